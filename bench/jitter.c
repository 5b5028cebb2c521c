/* jitter.c - how late the machine wakes a sleeping thread.
 *
 *     build/bench/jitter [SLEEPS]     (default 6000 sleeps of 0.5 ms)
 *
 * A latency percentile of the daemon can be no better than the machine's
 * own scheduling: a thread that asks to sleep 0.5 ms and wakes 3 ms later
 * holds up every article queued behind it.  This prints the distribution
 * of oversleep for plain nanosleep, with no ZeroMQ and no stanced, so that
 * bench/run's latency figures can be read against what the machine does. */
#include "../core/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static int cmp_ll(const void *a, const void *b)
{
    long long x = *(const long long *)a, y = *(const long long *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
    size_t n = argc > 1 ? strtoul(argv[1], NULL, 10) : 6000, i, over1 = 0, over2 = 0;
    const struct timespec half = { 0, 500000 };
    long long *late = calloc(n ? n : 1, sizeof *late);

    if (!late || n == 0) {
        fprintf(stderr, "jitter: %s\n", n ? "out of memory" : "SLEEPS must be > 0");
        return 1;
    }
    for (i = 0; i < n; i++) {
        unsigned long long t0 = st_clock_ns();
        nanosleep(&half, NULL);
        late[i] = (long long)(st_clock_ns() - t0) - 500000;
        over1 += late[i] > 1000000;
        over2 += late[i] > 2000000;
    }
    qsort(late, n, sizeof *late, cmp_ll);
    printf("jitter: %zu sleeps of 0.5 ms woke late by p50 %.3f ms, p99 %.3f ms, max %.2f ms; "
           "%zu over 1 ms, %zu over 2 ms\n", n, late[n / 2] / 1e6, late[n * 99 / 100] / 1e6,
           late[n - 1] / 1e6, over1, over2);
    free(late);
    return 0;
}
