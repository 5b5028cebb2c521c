/* error.c - filling in st_error reports. */
#include "error.h"

#include <stdarg.h>
#include <stdio.h>

int st_error_set(st_error *err, int code, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->text, sizeof err->text, fmt, ap);
        va_end(ap);
        err->code = code;
    }
    return code;
}

const char *st_error_name(int code)
{
    switch (code) {
    case ST_OK: return "ok";
    case ST_ERR_NOMEM: return "nomem";
    case ST_ERR_IO: return "io";
    case ST_ERR_INPUT: return "input";
    case ST_ERR_LIMIT: return "limit";
    case ST_ERR_MODEL: return "model";
    case ST_ERR_USAGE: return "usage";
    case ST_ERR_NET: return "net";
    default: return "unknown";
    }
}
