/* util.h - small helpers every front end needs: sizes, clocks, endpoints. */
#ifndef ST_UTIL_H
#define ST_UTIL_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"

/* Makes room for one more element in a growable array: *arr holds *n
 * elements of elem bytes in *cap slots; doubles (from 64) when full.
 * Returns 0, or -1 (array unchanged) when memory runs out. */
int st_grow(void **arr, size_t *cap, size_t n, size_t elem);

/* Parses "8M", "512k", "1G" or a plain byte count (> 0); 0 on success. */
int st_parse_size(const char *s, size_t *out);

uint64_t st_clock_ns(void);     /* monotonic nanoseconds */
double st_clock_wall(void);     /* seconds since the epoch */

/* Binds ("@endpoint") or connects (">endpoint") a ZeroMQ socket; a bare
 * endpoint binds when dflt_bind is set, else connects. */
int st_endpoint_attach(void *sock, const char *spec, int dflt_bind, st_error *err);

#endif
