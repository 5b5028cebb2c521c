/* log.c - one line per event on stderr, prefixed "<N>" for journald. */
#include "log.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static int threshold = LOG_INFO;

void st_log_set_level(int level)
{
    threshold = level;
}

int st_log_parse_level(const char *name)
{
    static const struct { const char *n; int l; } names[] = {
        { "err", LOG_ERR }, { "error", LOG_ERR }, { "warning", LOG_WARNING },
        { "notice", LOG_NOTICE }, { "info", LOG_INFO }, { "debug", LOG_DEBUG },
    };
    size_t i;
    for (i = 0; i < sizeof names / sizeof *names; i++)
        if (!strcmp(name, names[i].n))
            return names[i].l;
    return -1;
}

void st_log(int priority, const char *fmt, ...)
{
    char line[1024];
    va_list ap;
    if (priority > threshold)
        return;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    /* One write per line, so lines from threads never interleave. */
    fprintf(stderr, "<%d>%s\n", priority, line);
}
