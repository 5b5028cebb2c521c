/* jsonw.c - the JSON writer (see jsonw.h). */
#include "jsonw.h"
#include "text.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void st_jw_init(st_jw *w)
{
    w->buf = NULL;
    w->len = w->cap = 0;
    w->failed = 0;
}

void st_jw_free(st_jw *w)
{
    free(w->buf);
    st_jw_init(w);
}

void st_jw_reset(st_jw *w)
{
    w->len = 0;
    w->failed = 0;
    if (w->buf)
        w->buf[0] = '\0';
}

/* Room for n more bytes and the terminating NUL. */
static int room(st_jw *w, size_t n)
{
    size_t need, cap;
    char *nb;
    if (w->failed)
        return 0;
    need = w->len + n + 1;
    if (need <= w->cap)
        return 1;
    cap = w->cap ? w->cap : 256;
    while (cap < need && cap < SIZE_MAX / 2)
        cap *= 2;
    if (cap < need || !(nb = realloc(w->buf, cap))) {
        w->failed = 1;
        return 0;
    }
    w->buf = nb;
    w->cap = cap;
    return 1;
}

void st_jw_raw(st_jw *w, const char *s, size_t n)
{
    if (!room(w, n))
        return;
    memcpy(w->buf + w->len, s, n);
    w->len += n;
    w->buf[w->len] = '\0';
}

/* The escape of byte c, or NULL when it goes as it is. */
static const char *escape_of(unsigned char c, char tmp[8])
{
    switch (c) {
    case '"': return "\\\"";
    case '\\': return "\\\\";
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    case '\b': return "\\b";
    case '\f': return "\\f";
    default:
        if (c >= 0x20 && c != 0x7F)
            return NULL;
        snprintf(tmp, 8, "\\u%04x", c);
        return tmp;
    }
}

void st_jw_strn(st_jw *w, const char *s, size_t n)
{
    size_t i = 0, run;
    if (!s) {
        ST_JW_LIT(w, "null");
        return;
    }
    ST_JW_LIT(w, "\"");
    while (i < n) {
        char tmp[8];
        const char *e;
        /* Copy the longest run that needs no escape in one go. */
        for (run = i; run < n; run++) {
            unsigned char c = (unsigned char)s[run];
            if (c < 0x20 || c == '"' || c == '\\' || c == 0x7F)
                break;
        }
        st_jw_raw(w, s + i, run - i);
        if (run == n)
            break;
        e = escape_of((unsigned char)s[run], tmp);
        st_jw_raw(w, e, strlen(e));
        i = run + 1;
    }
    ST_JW_LIT(w, "\"");
}

void st_jw_str(st_jw *w, const char *s)
{
    st_jw_strn(w, s, s ? strlen(s) : 0);
}

void st_jw_cps(st_jw *w, const uint32_t *cp, size_t n)
{
    ST_JW_LIT(w, "\"");
    if (!room(w, n * 6))    /* the worst case: every one \u00XX */
        return;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = cp[i];
        char tmp[8];
        const char *e;
        if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
            w->buf[w->len++] = (char)c;     /* most of any text: as it is */
            continue;
        }
        e = c < 0x80 ? escape_of((unsigned char)c, tmp) : NULL;
        if (e) {
            size_t k = strlen(e);
            memcpy(w->buf + w->len, e, k);
            w->len += k;
        } else {
            w->len += st_utf8_put(c, w->buf + w->len);
        }
    }
    w->buf[w->len] = '\0';
    ST_JW_LIT(w, "\"");
}

void st_jw_int(st_jw *w, long long v)
{
    char tmp[24], *p = tmp + sizeof tmp;
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        *--p = '-';
    st_jw_raw(w, p, (size_t)(tmp + sizeof tmp - p));
}

void st_jw_real(st_jw *w, double v)
{
    char tmp[40];
    long long scaled;
    int n, k;
    if (!isfinite(v)) {
        ST_JW_LIT(w, "null");
        return;
    }
    if (fabs(v) >= 1e9) {   /* beyond the fixed form: C's, always with '.' or 'e' */
        n = snprintf(tmp, sizeof tmp, "%.17g", v);
        st_jw_raw(w, tmp, (size_t)n);
        if (!strpbrk(tmp, ".en"))
            ST_JW_LIT(w, ".0");
        return;
    }
    scaled = llround(fabs(v) * 1e9);
    if (v < 0 && scaled)
        ST_JW_LIT(w, "-");
    st_jw_int(w, scaled / 1000000000LL);
    tmp[0] = '.';
    for (k = 9, scaled %= 1000000000LL; k >= 1; k--, scaled /= 10)
        tmp[k] = (char)('0' + scaled % 10);
    for (n = 10; n > 2 && tmp[n - 1] == '0'; n--)
        ;
    st_jw_raw(w, tmp, (size_t)n);
}
