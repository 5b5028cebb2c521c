/* util.c - sizes, clocks and ZeroMQ endpoint specs. */
#include "util.h"

#include <stdint.h>
#include <stdlib.h>
#include <time.h>
#include <zmq.h>

int st_grow(void **arr, size_t *cap, size_t n, size_t elem)
{
    size_t ncap;
    void *v;
    if (n < *cap)
        return 0;
    ncap = *cap ? *cap * 2 : 64;
    if (ncap > SIZE_MAX / elem)
        return -1;
    v = realloc(*arr, ncap * elem);
    if (!v)
        return -1;
    *arr = v;
    *cap = ncap;
    return 0;
}

int st_parse_size(const char *s, size_t *out)
{
    char *end;
    unsigned long long v = strtoull(s, &end, 10);
    if (end == s || *s == '-')
        return -1;
    switch (*end) {
    case 'k': case 'K': v <<= 10; end++; break;
    case 'm': case 'M': v <<= 20; end++; break;
    case 'g': case 'G': v <<= 30; end++; break;
    default: break;
    }
    if (*end != '\0' || v == 0)
        return -1;
    *out = (size_t)v;
    return 0;
}

uint64_t st_clock_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

double st_clock_wall(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

int st_endpoint_attach(void *sock, const char *spec, int dflt_bind, st_error *err)
{
    int bind = dflt_bind;
    const char *ep = spec;
    if (*ep == '@' || *ep == '>') {
        bind = *ep == '@';
        ep++;
    }
    if ((bind ? zmq_bind(sock, ep) : zmq_connect(sock, ep)) != 0)
        return st_error_set(err, ST_ERR_NET, "%s %s: %s", bind ? "bind" : "connect", ep,
                            zmq_strerror(zmq_errno()));
    return ST_OK;
}
