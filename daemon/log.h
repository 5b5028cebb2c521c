/* log.h - logging to stderr with <N> priority prefixes, which journald
 * turns into message priorities. */
#ifndef ST_LOG_H
#define ST_LOG_H

#include <syslog.h>

void st_log_set_level(int level);
int st_log_parse_level(const char *name);   /* -1 when unknown */
void st_log(int priority, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
