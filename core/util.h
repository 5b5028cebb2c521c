/* util.h - small helpers every front end needs: sizes, clocks, endpoints. */
#ifndef ST_UTIL_H
#define ST_UTIL_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"

/* Parses "8M", "512k", "1G" or a plain byte count (> 0); 0 on success. */
int st_parse_size(const char *s, size_t *out);

uint64_t st_clock_ns(void);     /* monotonic nanoseconds */
double st_clock_wall(void);     /* seconds since the epoch */

/* Binds ("@endpoint") or connects (">endpoint") a ZeroMQ socket; a bare
 * endpoint binds when dflt_bind is set, else connects. */
int st_endpoint_attach(void *sock, const char *spec, int dflt_bind, st_error *err);

#endif
