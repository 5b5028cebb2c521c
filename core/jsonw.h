/* jsonw.h - writing JSON text straight into a growing buffer.
 *
 * Results leave the daemon thousands of times a second; building a
 * Jansson tree per quote and serialising it cost more than classifying
 * (docs/performance.md).  This writer appends JSON to one buffer: strings
 * escaped (the input was validated as UTF-8, so bytes pass through),
 * integers, and reals with nine decimals.  Allocation failure is sticky:
 * every call after it does nothing, and the caller checks `failed` once at
 * the end.  Structure (braces, commas, keys) is the caller's literal text. */
#ifndef ST_JSONW_H
#define ST_JSONW_H

#include <stddef.h>
#include <stdint.h>

typedef struct st_jw {
    char *buf;          /* NUL-terminated when not failed */
    size_t len, cap;
    int failed;
} st_jw;

void st_jw_init(st_jw *w);
void st_jw_free(st_jw *w);
/* Empties the buffer (keeping its memory) and clears failed. */
void st_jw_reset(st_jw *w);

/* Appends n bytes as they are (structure and keys: the caller's JSON). */
void st_jw_raw(st_jw *w, const char *s, size_t n);
/* Only for string literals (the "" makes anything else a compile error). */
#define ST_JW_LIT(w, lit) st_jw_raw((w), "" lit, sizeof(lit) - 1)

/* A JSON string of n bytes of UTF-8, escaped; or null when s is NULL. */
void st_jw_strn(st_jw *w, const char *s, size_t n);
void st_jw_str(st_jw *w, const char *s);
/* A JSON string of code points [0, n) of cp. */
void st_jw_cps(st_jw *w, const uint32_t *cp, size_t n);
void st_jw_int(st_jw *w, long long v);
/* A real with nine decimals, trailing zeros dropped but one kept (0.5,
 * 1.0); null for NaN or infinity, which JSON cannot carry. */
void st_jw_real(st_jw *w, double v);

#endif
