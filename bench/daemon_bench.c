/* daemon_bench.c - a running stanced measured from outside, over loopback.
 *
 *     build/bench/daemon_bench IN OUT_PUSH PID CORPUS.jsonl [N] [LATENCY_N]
 *
 * IN is the daemon's ingest endpoint (it binds PULL), OUT_PUSH its
 * --out-push endpoint, PID its process.  Two phases:
 *   1. throughput: N articles (default 20,000, cycling through the corpus
 *      with fresh ids) pushed as fast as the daemon takes them, while the
 *      results are read; articles/s from the first send to the last result;
 *   2. latency: LATENCY_N articles (default 5,000) sent at half of that
 *      rate, each one's send-to-result time; p50 and p99, and the share
 *      of the machine's CPU time the hypervisor took meanwhile (steal).
 * Then the daemon's peak resident memory (VmHWM).  One line of figures per
 * phase; every result is counted, and a missing one is an error.
 * DAEMON_BENCH_LATENCIES=FILE writes each latency (ns) in send order. */
#include "../core/util.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zmq.h>

typedef struct corpus {
    char **text;            /* each article's JSON with "id":"%s" placeholder split */
    size_t n;
} corpus;

typedef struct run {
    void *ctx;
    const char *in;
    const corpus *c;
    size_t n, first;        /* articles to send, first id number */
    double rate;            /* articles/s; 0 = as fast as possible */
    unsigned long long *sent_ns;    /* per article, when sent */
    size_t bytes;
    int failed;
} run;

/* Reads a JSONL corpus; each line must start with {"id": "..." and is kept
 * from the first comma after the id on, to be prefixed with a new id. */
static int load(const char *path, corpus *c)
{
    FILE *fp = fopen(path, "r");
    char *line = NULL;
    size_t cap = 0, room = 0;
    ssize_t len;
    c->text = NULL;
    c->n = 0;
    if (!fp)
        return -1;
    while ((len = getline(&line, &cap, fp)) > 0) {
        char *rest = strstr(line, "\", ");
        if (!rest || strncmp(line, "{\"id\": \"", 8) != 0)
            continue;
        if (c->n == room) {
            char **nv = realloc(c->text, (room = room ? room * 2 : 256) * sizeof *nv);
            if (!nv)
                return -1;
            c->text = nv;
        }
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = '\0';
        if (!(c->text[c->n++] = strdup(rest + 1)))
            return -1;
    }
    free(line);
    fclose(fp);
    return c->n ? 0 : -1;
}

static void *sender(void *arg)
{
    run *r = arg;
    void *push = zmq_socket(r->ctx, ZMQ_PUSH);
    int linger = -1;    /* every article queued here must reach the daemon */
    char *buf = NULL;
    size_t cap = 0;
    unsigned long long start = st_clock_ns();

    zmq_setsockopt(push, ZMQ_LINGER, &linger, sizeof linger);
    if (zmq_connect(push, r->in) != 0) {
        fprintf(stderr, "daemon_bench: connect %s: %s\n", r->in, zmq_strerror(zmq_errno()));
        r->failed = 1;
        zmq_close(push);
        return NULL;
    }
    for (size_t i = 0; i < r->n; i++) {
        const char *rest = r->c->text[i % r->c->n];
        size_t need = strlen(rest) + 32;
        int len;
        if (need > cap) {
            free(buf);
            if (!(buf = malloc(cap = need * 2))) {
                r->failed = 1;
                break;
            }
        }
        /* Paced: sleep until this article's slot.  Sleep only, never spin:
         * on a 2-core machine a spinning sender takes a core from the
         * daemon's threads.  A late wake-up only delays the send, and the
         * latency is counted from the real send. */
        if (r->rate > 0) {
            unsigned long long due = start + (unsigned long long)(i * 1e9 / r->rate), now;
            while ((now = st_clock_ns()) < due) {
                struct timespec ts = { (time_t)((due - now) / 1000000000ULL),
                                       (long)((due - now) % 1000000000ULL) };
                nanosleep(&ts, NULL);
            }
        }
        len = snprintf(buf, cap, "{\"id\": \"b%zu\"%s", r->first + i, rest);
        r->sent_ns[i] = st_clock_ns();
        if (zmq_send(push, buf, (size_t)len, 0) < 0) {
            r->failed = 1;
            break;
        }
        r->bytes += (size_t)len;
    }
    free(buf);
    zmq_close(push);
    return NULL;
}

/* The machine's CPU time so far, in clock ticks: all of it, and the part
 * the hypervisor gave to someone else ("steal", /proc/stat).  A virtual
 * CPU that is not running stalls whatever thread was on it, so the steal
 * during the latency phase is printed beside the percentiles. */
static int cpu_ticks(unsigned long long *total, unsigned long long *steal)
{
    unsigned long long v[8] = { 0 };
    FILE *fp = fopen("/proc/stat", "r");
    int n = fp ? fscanf(fp, "cpu %llu %llu %llu %llu %llu %llu %llu %llu", &v[0], &v[1], &v[2],
                        &v[3], &v[4], &v[5], &v[6], &v[7]) : 0;
    if (fp)
        fclose(fp);
    if (n != 8)
        return -1;
    *total = v[0] + v[1] + v[2] + v[3] + v[4] + v[5] + v[6] + v[7];
    *steal = v[7];
    return 0;
}

static int cmp_u64(const void *a, const void *b)
{
    unsigned long long x = *(const unsigned long long *)a, y = *(const unsigned long long *)b;
    return x < y ? -1 : x > y;
}

/* Sends n articles (at rate, or flat out) and reads their results; fills
 * lat (n entries) with each one's latency in ns.  Returns elapsed seconds
 * from the first send to the last result, or -1. */
static double phase(void *ctx, void *pull, const char *in, const corpus *c, size_t n,
                    size_t first, double rate, unsigned long long *lat, size_t *bytes)
{
    run r = { ctx, in, c, n, first, rate, calloc(n, sizeof(unsigned long long)), 0, 0 };
    pthread_t th;
    size_t got = 0;
    unsigned long long t0, last = 0;
    char topic[64], body[1 << 20];
    int ms = 30000;

    if (!r.sent_ns)
        return -1;
    zmq_setsockopt(pull, ZMQ_RCVTIMEO, &ms, sizeof ms);
    t0 = st_clock_ns();
    pthread_create(&th, NULL, sender, &r);
    while (got < n) {
        int tn = zmq_recv(pull, topic, sizeof topic - 1, 0), bn;
        char *id;
        if (tn < 0)
            break;
        bn = zmq_recv(pull, body, sizeof body - 1, 0);
        if (bn < 0)
            break;
        if (tn != 7 || memcmp(topic, "article", 7) != 0)
            continue;
        body[bn < (int)sizeof body ? bn : (int)sizeof body - 1] = '\0';
        last = st_clock_ns();
        id = strstr(body, "\"id\":\"b");
        if (id) {
            size_t k = strtoull(id + 7, NULL, 10) - first;
            if (k < n && lat)
                lat[k] = last - r.sent_ns[k];
        }
        got++;
    }
    pthread_join(th, NULL);
    *bytes = r.bytes;
    free(r.sent_ns);
    if (got < n || r.failed) {
        fprintf(stderr, "daemon_bench: %zu of %zu results arrived\n", got, n);
        return -1;
    }
    return (last - t0) / 1e9;
}

static long vm_kb(long pid, const char *key)
{
    char path[64], line[256];
    long kb = -1;
    FILE *fp;
    snprintf(path, sizeof path, "/proc/%ld/status", pid);
    if (!(fp = fopen(path, "r")))
        return -1;
    while (fgets(line, sizeof line, fp))
        if (!strncmp(line, key, strlen(key)))
            kb = atol(line + strlen(key) + 1);
    fclose(fp);
    return kb;
}

int main(int argc, char **argv)
{
    corpus c;
    void *ctx, *pull;
    size_t n, ln, bytes;
    double secs, rate;
    unsigned long long *lat, tot0 = 0, steal0 = 0, tot1 = 0, steal1 = 0;
    int have_steal, linger = 0, hwm = 100000;
    long pid;

    if (argc < 5) {
        fprintf(stderr, "usage: daemon_bench IN OUT_PUSH PID CORPUS.jsonl [N] [LATENCY_N]\n");
        return 2;
    }
    pid = atol(argv[3]);
    n = argc > 5 ? strtoul(argv[5], NULL, 10) : 20000;
    ln = argc > 6 ? strtoul(argv[6], NULL, 10) : 5000;
    if (load(argv[4], &c)) {
        fprintf(stderr, "daemon_bench: no articles in %s\n", argv[4]);
        return 1;
    }
    ctx = zmq_ctx_new();
    pull = zmq_socket(ctx, ZMQ_PULL);
    zmq_setsockopt(pull, ZMQ_LINGER, &linger, sizeof linger);
    zmq_setsockopt(pull, ZMQ_RCVHWM, &hwm, sizeof hwm);
    if (zmq_connect(pull, argv[2]) != 0) {
        fprintf(stderr, "daemon_bench: connect %s: %s\n", argv[2], zmq_strerror(zmq_errno()));
        return 1;
    }
    /* A short warm-up so connections exist and the model is paged in. */
    if (phase(ctx, pull, argv[1], &c, 200, 1000000000, 0, NULL, &bytes) < 0)
        return 1;
    secs = phase(ctx, pull, argv[1], &c, n, 0, 0, NULL, &bytes);
    if (secs < 0)
        return 1;
    rate = n / secs;
    printf("throughput: %zu articles (%.1f MB) in %.2f s: %.0f articles/s, %.1f MB/s\n", n,
           bytes / 1e6, secs, rate, bytes / 1e6 / secs);
    lat = calloc(ln, sizeof *lat);
    have_steal = cpu_ticks(&tot0, &steal0) == 0;
    if (!lat || phase(ctx, pull, argv[1], &c, ln, 2000000000, rate / 2, lat, &bytes) < 0)
        return 1;
    have_steal = have_steal && cpu_ticks(&tot1, &steal1) == 0 && tot1 > tot0;
    if (getenv("DAEMON_BENCH_LATENCIES")) {     /* in send order, to look for a pattern */
        FILE *fp = fopen(getenv("DAEMON_BENCH_LATENCIES"), "w");
        for (size_t i = 0; fp && i < ln; i++)
            fprintf(fp, "%llu\n", lat[i]);
        if (fp)
            fclose(fp);
    }
    qsort(lat, ln, sizeof *lat, cmp_u64);
    printf("latency at %.0f articles/s (half of maximum): p50 %.2f ms, p99 %.2f ms, "
           "max %.2f ms\n", rate / 2, lat[ln / 2] / 1e6, lat[ln * 99 / 100] / 1e6,
           lat[ln - 1] / 1e6);
    if (have_steal)
        printf("host steal during the latency phase: %.1f%% of the machine's CPU time\n",
               100.0 * (double)(steal1 - steal0) / (double)(tot1 - tot0));
    printf("memory: peak resident %.1f MB, now %.1f MB\n", vm_kb(pid, "VmHWM") / 1024.0,
           vm_kb(pid, "VmRSS") / 1024.0);
    free(lat);
    {   /* the last articles' quote messages: take them, so none is left */
        char drain[1 << 16];
        int ms = 300;
        zmq_setsockopt(pull, ZMQ_RCVTIMEO, &ms, sizeof ms);
        while (zmq_recv(pull, drain, sizeof drain, 0) >= 0)
            ;
    }
    zmq_close(pull);
    zmq_ctx_term(ctx);
    for (size_t i = 0; i < c.n; i++)
        free(c.text[i]);
    free(c.text);
    return 0;
}
