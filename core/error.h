/* error.h - the error report every fallible stanced function fills in.
 *
 * Like Jansson's json_error_t: the caller owns an st_error, passes it down,
 * and prints err.text when a function returns non-zero.  Functions never
 * print or exit on their own. */
#ifndef ST_ERROR_H
#define ST_ERROR_H

#include <stddef.h>

enum st_status {
    ST_OK = 0,
    ST_ERR_NOMEM,       /* an allocation failed */
    ST_ERR_IO,          /* a file could not be read or written */
    ST_ERR_INPUT,       /* malformed input: JSON, UTF-8, fields */
    ST_ERR_LIMIT,       /* input over a configured size limit */
    ST_ERR_MODEL,       /* a model or sidecar is missing, corrupt or mismatched */
    ST_ERR_USAGE,       /* bad command-line or configuration value */
    ST_ERR_NET,         /* a socket operation failed */
};

typedef struct st_error {
    int code;           /* one of enum st_status */
    char text[512];     /* human-readable reason, never empty when code != 0 */
} st_error;

/* Records code and a printf-style message in err (which may be NULL) and
 * returns code, so callers can write: return st_error_set(err, ...). */
int st_error_set(st_error *err, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Short stable name of a status code ("nomem", "input", ...) for logs and
 * the "reason" field of published errors. */
const char *st_error_name(int code);

#endif
