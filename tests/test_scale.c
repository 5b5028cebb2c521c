/* test_scale.c - scale-out through `stance proxy`: a ventilator, three
 * real stanced processes that connect in and out, a collector (pub-sub)
 * and a sink (push-pull), on TCP loopback.  Every id must arrive
 * exactly once on both output paths, and the ventilator must deal each
 * daemon a fair share of the stream. */
#include "suites.h"
#include "harness.h"

#include <jansson.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <zmq.h>

#define NDAEMONS 3

typedef struct proxy_proc {
    pid_t pid;
    char front[128], back[128], ctl[128];
} proxy_proc;

/* Starts `stance proxy MODE` on TCP loopback ports of its choosing (see
 * proxy_wait_ready), or on ipc endpoints in dir, with its control socket
 * at dir/MODE-ctl; its stderr goes to dir/MODE.log. */
static void proxy_start(proxy_proc *p, const char *dir, const char *mode, const char *hwm,
                        int ipc)
{
    const char *bin = getenv("ST_STANCE");
    char log[128];
    ck_assert_msg(bin != NULL, "ST_STANCE not set (run through make check)");
    if (ipc) {
        snprintf(p->front, sizeof p->front, "ipc://%s/%s-front", dir, mode);
        snprintf(p->back, sizeof p->back, "ipc://%s/%s-back", dir, mode);
    } else {
        snprintf(p->front, sizeof p->front, "tcp://127.0.0.1:*");
        snprintf(p->back, sizeof p->back, "tcp://127.0.0.1:*");
    }
    snprintf(p->ctl, sizeof p->ctl, "ipc://%s/%s-ctl", dir, mode);
    snprintf(log, sizeof log, "%s/%s.log", dir, mode);
    p->pid = fork();
    ck_assert_int_ge(p->pid, 0);
    if (p->pid == 0) {
        if (!freopen(log, "w", stderr))
            _exit(126);
        execl(bin, bin, "proxy", mode, p->front, p->back, "--control", p->ctl, "--hwm", hwm,
              (char *)NULL);
        _exit(127);
    }
}

/* One control command to a proxy; its JSON reply, or NULL after 5 s. */
static json_t *proxy_request(void *ctx, const char *ep, const char *cmd)
{
    void *req = zmq_socket(ctx, ZMQ_REQ);
    char buf[8192];
    int ms = 5000 * th_timeout_scale(), linger = 0, n;
    json_error_t je;
    zmq_setsockopt(req, ZMQ_RCVTIMEO, &ms, sizeof ms);
    zmq_setsockopt(req, ZMQ_LINGER, &linger, sizeof linger);
    ck_assert_int_eq(zmq_connect(req, ep), 0);
    ck_assert_int_ge(zmq_send(req, cmd, strlen(cmd), 0), 0);
    n = zmq_recv(req, buf, sizeof buf - 1, 0);
    zmq_close(req);
    if (n < 0)
        return NULL;
    buf[n < (int)sizeof buf ? n : (int)sizeof buf - 1] = '\0';
    return json_loads(buf, 0, &je);
}

/* Waits for the proxy's answer, then reads the ports it bound (its
 * ZMQ_LAST_ENDPOINT) from its stats. */
static void proxy_wait_ready(void *ctx, proxy_proc *p)
{
    json_t *r = proxy_request(ctx, p->ctl, "ping");
    const char *f, *b;
    ck_assert_msg(r != NULL, "no answer from the proxy on %s", p->ctl);
    ck_assert_str_eq(json_string_value(json_object_get(r, "pong")), "stance proxy");
    json_decref(r);
    r = proxy_request(ctx, p->ctl, "stats");
    ck_assert_ptr_nonnull(r);
    f = json_string_value(json_object_get(json_object_get(r, "frontend"), "endpoint"));
    b = json_string_value(json_object_get(json_object_get(r, "backend"), "endpoint"));
    ck_assert(f && b && strchr(f, '*') == NULL && strchr(b, '*') == NULL);
    snprintf(p->front, sizeof p->front, "%s", f);
    snprintf(p->back, sizeof p->back, "%s", b);
    json_decref(r);
}

static long long proxy_stat(void *ctx, const proxy_proc *p, const char *side, const char *dir)
{
    json_t *r = proxy_request(ctx, p->ctl, "stats");
    long long v;
    ck_assert_ptr_nonnull(r);
    v = json_integer_value(json_object_get(json_object_get(json_object_get(r, side), dir),
                                           "messages"));
    json_decref(r);
    return v;
}

static int proxy_stop(proxy_proc *p)
{
    int status = -1;
    kill(p->pid, SIGTERM);
    waitpid(p->pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static long long daemon_stat(th_daemon *d, const char *key)
{
    json_t *st = th_control(d, "stats");
    long long v = json_integer_value(json_object_get(st, key));
    json_decref(st);
    return v;
}

/* Receives [topic, json] without waiting; returns the article index of
 * an "article" result (ids are "<prefix>-<index>"), -2 for another topic,
 * -1 when nothing is queued. */
static long recv_article(void *sock, const char *prefix)
{
    char topic[64], buf[1 << 16];
    int n = zmq_recv(sock, topic, sizeof topic - 1, ZMQ_DONTWAIT), more = 0;
    size_t sz = sizeof more;
    json_error_t je;
    json_t *o;
    const char *id;
    long idx = -2;
    if (n < 0)
        return -1;
    topic[n < (int)sizeof topic ? n : (int)sizeof topic - 1] = '\0';
    ck_assert_int_eq(zmq_getsockopt(sock, ZMQ_RCVMORE, &more, &sz), 0);
    ck_assert_msg(more, "a result without its JSON frame");
    n = zmq_recv(sock, buf, sizeof buf - 1, 0);
    ck_assert_int_ge(n, 0);
    ck_assert_msg(strcmp(topic, "error") != 0, "error published: %.*s", n, buf);
    if (strcmp(topic, "article") != 0)
        return -2;
    buf[n < (int)sizeof buf ? n : (int)sizeof buf - 1] = '\0';
    o = json_loads(buf, 0, &je);
    ck_assert_ptr_nonnull(o);
    id = json_string_value(json_object_get(o, "id"));
    ck_assert_ptr_nonnull(id);
    if (!strncmp(id, prefix, strlen(prefix)) && id[strlen(prefix)] == '-')
        idx = atol(id + strlen(prefix) + 1);
    else
        idx = -3;   /* a late warm-up result: ignored */
    json_decref(o);
    return idx;
}

static int make_article(char *buf, size_t size, const char *prefix, long i)
{
    return snprintf(buf, size,
                    "{\"id\":\"%s-%ld\",\"text\":\"Talks resumed on Monday.\\n\\n\\u201cWe are "
                    "ready to listen to every proposal,\\u201d said Ana Ruiz, the envoy.\"}",
                    prefix, i);
}

/* Ventilator -> 3 daemons (1 worker each, --in, --out and --out-push all
 * connecting) -> collector and sink.  30,000 articles; ASan builds
 * (CK_TIMEOUT_MULTIPLIER > 1) send a quarter, 7,500, about 5 s there.
 * PUSH deals round robin to the daemons connected at the time and skips
 * one whose queue is full; on loopback the kernel's TCP buffers hold
 * megabytes, so these small articles are mostly dealt as they are sent.
 * The 20-47% bounds therefore check that all three daemons were connected
 * and dealt to from the start, which 2,500 articles each show as well as
 * 10,000. */
START_TEST(three_daemons_share_one_stream)
{
    th_daemon d[NDAEMONS];
    proxy_proc vent, coll, sink;
    char dir[64] = "/tmp/st-scale-XXXXXX", in[160], out[160], push_out[160], art[512];
    const long n = 30000 / (th_timeout_scale() > 1 ? 4 : 1);
    unsigned char *seen_sub = calloc((size_t)n, 1), *seen_push = calloc((size_t)n, 1);
    long long before[NDAEMONS], total = 0, warm = 0;
    long sent = 0, got_sub = 0, got_push = 0, dup_sub = 0, dup_push = 0, k;
    int zero = 0, linger = 0, i, ready = 0;
    void *ctx, *push, *sub, *pull;
    time_t deadline;
    struct timespec t0, t1;

    ck_assert(seen_sub && seen_push);
    ck_assert_ptr_nonnull(mkdtemp(dir));
    proxy_start(&vent, dir, "ventilator", "100", 0);
    proxy_start(&coll, dir, "collector", "100000", 0);
    proxy_start(&sink, dir, "sink", "1000", 0);
    ctx = zmq_ctx_new();
    th_sleep_ms(200);
    proxy_wait_ready(ctx, &vent);
    proxy_wait_ready(ctx, &coll);
    proxy_wait_ready(ctx, &sink);

    /* The subscriber first: the collector's XSUB hands its subscription
     * to each daemon's XPUB as that connects. */
    push = zmq_socket(ctx, ZMQ_PUSH);
    sub = zmq_socket(ctx, ZMQ_SUB);
    pull = zmq_socket(ctx, ZMQ_PULL);
    zmq_setsockopt(push, ZMQ_LINGER, &linger, sizeof linger);
    zmq_setsockopt(sub, ZMQ_LINGER, &linger, sizeof linger);
    zmq_setsockopt(pull, ZMQ_LINGER, &linger, sizeof linger);
    zmq_setsockopt(sub, ZMQ_RCVHWM, &zero, sizeof zero);
    zmq_setsockopt(sub, ZMQ_SUBSCRIBE, "article", 7);
    zmq_setsockopt(sub, ZMQ_SUBSCRIBE, "error", 5);
    ck_assert_int_eq(zmq_connect(push, vent.front), 0);
    ck_assert_int_eq(zmq_connect(sub, coll.back), 0);
    ck_assert_int_eq(zmq_connect(pull, sink.back), 0);
    th_sleep_ms(300);

    snprintf(in, sizeof in, ">%s", vent.back);
    snprintf(out, sizeof out, ">%s", coll.front);
    snprintf(push_out, sizeof push_out, ">%s", sink.front);
    for (i = 0; i < NDAEMONS; i++) {
        const char *const extra[] = { "--in", in, "--out", out, "--out-push", push_out,
                                      "--workers", "1", NULL };
        th_start_args(&d[i], st_test_path("model/stance.model"), 0, extra);
    }

    /* Warm-up: PUSH deals only to connected peers, so rounds of three
     * articles go until every daemon has taken one and every result came
     * back on both outputs. */
    for (int round = 0; round < 50 && !ready; round++) {
        long want = warm + NDAEMONS, wsub = 0, wpush = 0;
        for (k = 0; k < NDAEMONS; k++) {
            int len = make_article(art, sizeof art, "warm", warm + k);
            ck_assert_int_eq(zmq_send(push, art, (size_t)len, 0), len);
        }
        warm = want;
        deadline = time(NULL) + 10 * th_timeout_scale();
        while ((wsub < NDAEMONS || wpush < NDAEMONS) && time(NULL) <= deadline) {
            zmq_pollitem_t it[2] = { { sub, 0, ZMQ_POLLIN, 0 }, { pull, 0, ZMQ_POLLIN, 0 } };
            zmq_poll(it, 2, 100);
            while (recv_article(sub, "warm") >= 0)
                wsub++;
            for (long r; (r = recv_article(pull, "warm")) != -1;)
                wpush += r >= 0;
        }
        ck_assert_msg(wsub == NDAEMONS && wpush == NDAEMONS,
                      "warm-up round %d: %ld via the collector, %ld via the sink of %d", round,
                      wsub, wpush, NDAEMONS);
        ready = 1;
        for (i = 0; i < NDAEMONS; i++)
            ready &= daemon_stat(&d[i], "received") > 0;
    }
    ck_assert_msg(ready, "a daemon never took an article from the ventilator");
    for (i = 0; i < NDAEMONS; i++)
        before[i] = daemon_stat(&d[i], "received");

    /* The stream: sends and receives interleaved, ids s-0 .. s-(n-1). */
    clock_gettime(CLOCK_MONOTONIC, &t0);
    deadline = time(NULL) + 60 * th_timeout_scale();
    while ((got_sub < n || got_push < n) && time(NULL) <= deadline) {
        zmq_pollitem_t it[3] = { { sub, 0, ZMQ_POLLIN, 0 }, { pull, 0, ZMQ_POLLIN, 0 },
                                 { push, 0, ZMQ_POLLOUT, 0 } };
        zmq_poll(it, sent < n ? 3 : 2, 100);
        for (int b = 0; b < 256 && sent < n; b++) {
            int len = make_article(art, sizeof art, "s", sent);
            if (zmq_send(push, art, (size_t)len, ZMQ_DONTWAIT) < 0)
                break;
            sent++;
        }
        for (long r; (r = recv_article(sub, "s")) != -1;) {
            ck_assert_int_lt(r, n);
            if (r < 0)
                continue;
            if (seen_sub[r]++)
                dup_sub++;
            else
                got_sub++;
        }
        for (long r; (r = recv_article(pull, "s")) != -1;) {
            ck_assert_int_lt(r, n);
            if (r < 0)
                continue;
            if (seen_push[r]++)
                dup_push++;
            else
                got_push++;
        }
        for (i = 0; i < NDAEMONS; i++)
            th_drain_notify(&d[i]);     /* sd_notify must never block a daemon */
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    th_sleep_ms(200);   /* a duplicate would show up now */
    for (long r; (r = recv_article(sub, "s")) != -1;)
        dup_sub += r >= 0;
    for (long r; (r = recv_article(pull, "s")) != -1;)
        dup_push += r >= 0;
    fprintf(stderr, "scale: %ld articles through 3 daemons in %.2f s\n", n,
            (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9);

    ck_assert_int_eq(sent, n);
    ck_assert_msg(got_sub == n, "collector: %ld of %ld ids arrived", got_sub, n);
    ck_assert_msg(got_push == n, "sink: %ld of %ld ids arrived", got_push, n);
    ck_assert_int_eq(dup_sub, 0);
    ck_assert_int_eq(dup_push, 0);
    for (i = 0; i < NDAEMONS; i++) {
        long long took = daemon_stat(&d[i], "received") - before[i];
        fprintf(stderr, "scale: daemon %d took %lld (%.1f%%)\n", i, took, 100.0 * took / n);
        ck_assert_msg(took >= n * 20 / 100 && took <= n * 47 / 100,
                      "daemon %d took %lld of %ld articles", i, took, n);
        ck_assert_int_eq(daemon_stat(&d[i], "dropped"), 0);
        total += took;
    }
    ck_assert_int_eq(total, n);
    /* The proxies' own counters: one message per article in and one
     * result [topic, json] per article out of the collector (libzmq 4.3.4
     * counts a multipart message once; later versions count frames). */
    ck_assert_int_eq(proxy_stat(ctx, &vent, "frontend", "received"), warm + n);
    ck_assert_int_eq(proxy_stat(ctx, &vent, "backend", "sent"), warm + n);
    k = proxy_stat(ctx, &coll, "backend", "sent");
    ck_assert_msg(k == warm + n || k == 2 * (warm + n), "collector sent %ld messages", k);

    for (i = 0; i < NDAEMONS; i++)
        ck_assert_int_eq(th_stop(&d[i]), 0);
    zmq_close(push);
    zmq_close(sub);
    zmq_close(pull);
    zmq_ctx_term(ctx);
    ck_assert_int_eq(proxy_stop(&vent), 0);
    ck_assert_int_eq(proxy_stop(&coll), 0);
    ck_assert_int_eq(proxy_stop(&sink), 0);
    {
        char cmd[128];
        snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
        ck_assert_int_eq(system(cmd), 0);
    }
    free(seen_sub);
    free(seen_push);
}
END_TEST

static void *zsock(void *ctx, int type, const char *ep)
{
    void *z = zmq_socket(ctx, type);
    int linger = 0;
    zmq_setsockopt(z, ZMQ_LINGER, &linger, sizeof linger);
    ck_assert_int_eq(zmq_connect(z, ep), 0);
    return z;
}

/* Reads article results from pull for up to seconds, marking seen ids
 * "<prefix>-<i>"; returns when want distinct ids have arrived. */
static void pull_ids(void *pull, const char *prefix, unsigned char *seen, long want, long *got,
                     long *dup, int seconds)
{
    time_t end = time(NULL) + seconds * th_timeout_scale();
    while (*got < want && time(NULL) <= end) {
        zmq_pollitem_t it = { pull, 0, ZMQ_POLLIN, 0 };
        zmq_poll(&it, 1, 100);
        for (long r; (r = recv_article(pull, prefix)) != -1;)
            if (r >= 0 && seen[r]++)
                (*dup)++;
            else if (r >= 0)
                (*got)++;
    }
}

static void push_range(void *push, const char *prefix, long from, long to)
{
    char art[512];
    for (long i = from; i < to; i++) {
        int len = make_article(art, sizeof art, prefix, i);
        ck_assert_int_eq(zmq_send(push, art, (size_t)len, 0), len);
    }
}

static long long stable_received(th_daemon *d)
{
    long long prev = -1, now;
    for (int tries = 0; tries < 200 * th_timeout_scale(); tries++) {
        json_t *st = th_control(d, "stats");
        now = json_integer_value(json_object_get(st, "received"));
        int idle = json_integer_value(json_object_get(st, "inflight")) == 0;
        json_decref(st);
        if (idle && now == prev)
            return now;
        prev = now;
        th_sleep_ms(300);
    }
    ck_abort_msg("the daemon never went idle");
    return -1;
}

/* PAUSE holds the stream at the ventilator; the documented way to take a
 * daemon out (pause, let it finish what was dealt to it, stop it,
 * resume) loses nothing: every id arrives once through the sink. */
START_TEST(pause_and_drain_a_daemon)
{
    th_daemon d[2];
    proxy_proc vent, sink;
    char dir[64] = "/tmp/st-scale-XXXXXX", in[160], push_out[160];
    enum { N = 3000 };
    unsigned char *seen = calloc(N, 1);
    long got = 0, dup = 0;
    long long taken0, taken1;
    void *ctx, *push, *pull;
    json_t *r;
    int i;

    ck_assert_ptr_nonnull(seen);
    ck_assert_ptr_nonnull(mkdtemp(dir));
    proxy_start(&vent, dir, "ventilator", "100", 0);
    proxy_start(&sink, dir, "sink", "1000", 0);
    ctx = zmq_ctx_new();
    th_sleep_ms(200);
    proxy_wait_ready(ctx, &vent);
    proxy_wait_ready(ctx, &sink);
    push = zsock(ctx, ZMQ_PUSH, vent.front);
    pull = zsock(ctx, ZMQ_PULL, sink.back);
    snprintf(in, sizeof in, ">%s", vent.back);
    snprintf(push_out, sizeof push_out, ">%s", sink.front);
    for (i = 0; i < 2; i++) {
        const char *const extra[] = { "--in", in, "--out-push", push_out, "--workers", "1",
                                      NULL };
        th_start_args(&d[i], st_test_path("model/stance.model"), 0, extra);
    }
    /* Both connected: the first two articles go one to each. */
    push_range(push, "p", 0, 2);
    pull_ids(pull, "p", seen, 2, &got, &dup, 10);
    ck_assert_int_eq(got, 2);
    ck_assert_int_eq(daemon_stat(&d[0], "received"), 1);
    ck_assert_int_eq(daemon_stat(&d[1], "received"), 1);

    /* Paused: nothing passes the ventilator, and it says so. */
    r = proxy_request(ctx, vent.ctl, "pause");
    ck_assert(r && json_is_true(json_object_get(r, "paused")));
    json_decref(r);
    push_range(push, "p", 2, 1000);
    th_sleep_ms(500);
    ck_assert_int_eq(proxy_stat(ctx, &vent, "backend", "sent"), 2);
    ck_assert_int_eq(daemon_stat(&d[0], "received") + daemon_stat(&d[1], "received"), 2);
    r = proxy_request(ctx, vent.ctl, "resume");
    ck_assert(r && json_is_false(json_object_get(r, "paused")));
    json_decref(r);
    push_range(push, "p", 1000, 2000);

    /* Take daemon 0 out: pause, it finishes its queue, stop, resume. */
    r = proxy_request(ctx, vent.ctl, "pause");
    json_decref(r);
    taken0 = stable_received(&d[0]);
    ck_assert_int_eq(th_stop(&d[0]), 0);
    r = proxy_request(ctx, vent.ctl, "resume");
    json_decref(r);
    push_range(push, "p", 2000, N);
    pull_ids(pull, "p", seen, N, &got, &dup, 60);
    ck_assert_msg(got == N, "%ld of %d ids arrived", got, N);
    th_sleep_ms(200);
    pull_ids(pull, "p", seen, N + 1, &got, &dup, 0);
    ck_assert_int_eq(dup, 0);
    taken1 = daemon_stat(&d[1], "received");
    ck_assert_int_eq(taken0 + taken1, N);
    ck_assert_int_lt(taken0, 2000);    /* daemon 0 had shared the first 2,000 */

    ck_assert_int_eq(th_stop(&d[1]), 0);
    zmq_close(push);
    zmq_close(pull);
    zmq_ctx_term(ctx);
    ck_assert_int_eq(proxy_stop(&vent), 0);
    ck_assert_int_eq(proxy_stop(&sink), 0);
    {
        char cmd[128];
        snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
        ck_assert_int_eq(system(cmd), 0);
    }
    free(seen);
}
END_TEST

/* A subscriber of the collector that stops reading: the collector waits
 * (XPUB_NODROP), the daemon, whose XPUB connects out to it, counts what it
 * cannot hand over as dropped and keeps serving; the stuck collector
 * still answers stats (with an error) and stops on SIGTERM. */
START_TEST(collector_backpressure_is_counted)
{
    th_daemon d;
    proxy_proc coll;
    char dir[64] = "/tmp/st-scale-XXXXXX", out[160];
    void *ctx, *sub;
    int small = 10, status;
    long long dropped = 0;
    long sent = 0;
    struct timespec t0, t1;
    json_t *r;

    ck_assert_ptr_nonnull(mkdtemp(dir));
    proxy_start(&coll, dir, "collector", "10", 1);
    ctx = zmq_ctx_new();
    th_sleep_ms(200);
    proxy_wait_ready(ctx, &coll);
    sub = zmq_socket(ctx, ZMQ_SUB);
    zmq_setsockopt(sub, ZMQ_RCVHWM, &small, sizeof small);
    zmq_setsockopt(sub, ZMQ_SUBSCRIBE, "", 0);
    ck_assert_int_eq(zmq_connect(sub, coll.back), 0);
    th_sleep_ms(300);
    snprintf(out, sizeof out, ">%s", coll.front);
    {
        const char *const extra[] = { "--out", out, NULL };
        th_start_args(&d, st_test_path("model/stance.model"), 0, extra);
    }
    /* The subscriber never reads: queues fill up to the daemon. */
    while (dropped == 0 && sent < 20000) {
        for (int k = 0; k < 500; k++, sent++)
            ck_assert_int_ge(zmq_send(d.push, th_article, th_article_len, 0), 0);
        th_wait_received(&d, sent);
        dropped = daemon_stat(&d, "dropped");
    }
    ck_assert_msg(dropped > 0, "no drop counted after %ld articles", sent);
    r = th_control(&d, "ping");       /* the daemon still serves */
    ck_assert_str_eq(json_string_value(json_object_get(r, "pong")), "stanced");
    json_decref(r);
    r = proxy_request(ctx, coll.ctl, "stats");
    ck_assert_ptr_nonnull(r);
    ck_assert(json_is_false(json_object_get(r, "ok")));
    json_decref(r);
    clock_gettime(CLOCK_MONOTONIC, &t0);
    kill(coll.pid, SIGTERM);
    waitpid(coll.pid, &status, 0);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    ck_assert_int_lt(t1.tv_sec - t0.tv_sec, 10);
    ck_assert_int_eq(th_stop(&d), 0);
    zmq_close(sub);
    zmq_ctx_term(ctx);
    {
        char cmd[128];
        snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
        ck_assert_int_eq(system(cmd), 0);
    }
}
END_TEST

/* Usage errors exit 2 with a reason, an endpoint that cannot be bound
 * exits 1 with libzmq's reason, and --help documents every flag. */
START_TEST(proxy_command_line)
{
    static const struct { const char *args, *says; int status; } cases[] = {
        { "proxy", "usage: stance proxy", 2 },
        { "proxy funnel a b", "unknown mode 'funnel'", 2 },
        { "proxy ventilator tcp://127.0.0.1:*", "usage: stance proxy", 2 },
        { "proxy sink a b --hwm -5", "--hwm: '-5'", 2 },
        { "proxy sink a b --linger x", "--linger: 'x'", 2 },
        { "proxy sink a b --max-message 0", "--max-message: bad size", 2 },
        { "proxy stats", "usage: stance proxy stats", 2 },
        { "proxy collector tcp://no.such.host:1 tcp://127.0.0.1:*", "bind tcp://no.such.host:1", 1 },
        { "proxy --help", "--max-message BYTES", 0 },
    };
    const char *bin = getenv("ST_STANCE");
    ck_assert_ptr_nonnull(bin);
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        char cmd[512], out[4096];
        FILE *fp;
        size_t n;
        int status;
        snprintf(cmd, sizeof cmd, "'%s' %s 2>&1", bin, cases[k].args);
        fp = popen(cmd, "r");
        ck_assert_ptr_nonnull(fp);
        n = fread(out, 1, sizeof out - 1, fp);
        out[n] = '\0';
        status = pclose(fp);
        ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == cases[k].status,
                      "'%s' exited %d, not %d", cases[k].args, WEXITSTATUS(status),
                      cases[k].status);
        ck_assert_msg(strstr(out, cases[k].says) != NULL, "'%s' said: %s", cases[k].args, out);
    }
}
END_TEST

Suite *st_suite_scale(void)
{
    Suite *s = suite_create("scale");
    TCase *tc = tcase_create("proxy");
    tcase_set_tags(tc, "daemon");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, three_daemons_share_one_stream);
    tcase_add_test(tc, pause_and_drain_a_daemon);
    tcase_add_test(tc, collector_backpressure_is_counted);
    tcase_add_test(tc, proxy_command_line);
    suite_add_tcase(s, tc);
    return s;
}
