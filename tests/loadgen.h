/* loadgen.h - load for the tests: articles with unique ids and varied
 * shapes, generated from their number, and a sender thread that pushes
 * them on its own PUSH socket. */
#ifndef ST_LOADGEN_H
#define ST_LOADGEN_H

#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>

/* Seconds on the monotonic clock. */
double th_now(void);

/* Article number i as one JSON message with id "L<i>" into buf; returns
 * its length (8 KB is always enough). */
size_t th_load_article(char *buf, size_t size, long i);

typedef struct th_sender {
    void *ctx;
    const char *endpoint;
    long max;
    int hwm;                    /* its SNDHWM */
    atomic_long sent;
    atomic_int stop;
    int failed;
    atomic_int linger_ms;       /* at close: how long queued articles may take */
    pthread_t thread;
} th_sender;

/* Starts a thread sending articles 0..max-1 to endpoint (a PUSH socket
 * with SNDHWM hwm); it stops early when s->stop is set. */
void th_sender_start(th_sender *s, void *ctx, const char *endpoint, int hwm, long max);
/* Stops and joins it; asserts it did not fail; the number sent. */
long th_sender_join(th_sender *s);

#endif
