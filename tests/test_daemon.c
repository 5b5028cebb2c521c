/* test_daemon.c - stanced end to end: a real daemon process, real ZeroMQ
 * sockets on ipc endpoints, the real model, and a NOTIFY_SOCKET that
 * receives its sd_notify messages. */
#include "suites.h"
#include "harness.h"

#include <errno.h>
#include <jansson.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <zmq.h>

START_TEST(end_to_end)
{
    th_daemon d;
    json_t *a, *q, *st;
    char topic[64];

    th_start(&d, st_test_path("model/stance.model"));
    ck_assert_int_ge(zmq_send(d.push, th_article, th_article_len, 0), 0);
    a = th_next(&d, topic, sizeof topic);
    ck_assert_ptr_nonnull(a);
    ck_assert_str_eq(topic, "article");
    ck_assert_int_eq(json_integer_value(json_object_get(a, "seq")), 1);
    ck_assert_str_eq(json_string_value(json_object_get(a, "id")), "good-1");
    ck_assert_uint_eq(json_array_size(json_object_get(a, "quotes")), 2);
    ck_assert(strncmp(json_string_value(json_object_get(a, "model")), "stance-", 7) == 0);
    for (int k = 0; k < 2; k++) {
        q = th_next(&d, topic, sizeof topic);
        ck_assert_ptr_nonnull(q);
        ck_assert(strncmp(topic, "quote.", 6) == 0);
        ck_assert_str_eq(topic + 6, json_string_value(json_object_get(q, "stance")));
        ck_assert_str_eq(json_string_value(json_object_get(q, "article_id")), "good-1");
        ck_assert_int_eq(json_integer_value(json_object_get(q, "index")), k);
        ck_assert_str_eq(json_string_value(json_object_get(q, "speaker")), "Maria Ortega");
        json_decref(q);
    }
    json_decref(a);
    st = th_control(&d, "stats");
    ck_assert_int_eq(json_integer_value(json_object_get(st, "received")), 1);
    ck_assert_int_eq(json_integer_value(json_object_get(json_object_get(st, "published"),
                                                        "article")), 1);
    json_decref(st);
    st = th_control(&d, "ping");
    ck_assert_str_eq(json_string_value(json_object_get(st, "pong")), "stanced");
    json_decref(st);
    ck_assert_int_eq(th_stop(&d), 0);
    ck_assert(strstr(d.notes, "STATUS=") != NULL);
    ck_assert(strstr(d.notes, "STOPPING=1") != NULL);
}
END_TEST

/* A corrupt model on reload keeps the old one serving; a good one swaps. */
START_TEST(reload_corrupt_then_good)
{
    th_daemon d;
    json_t *r, *a, *st;
    char cmd[1024];
    const char *id;

    th_start(&d, st_test_path("model/stance.model"));
    st = th_control(&d, "stats");
    id = json_string_value(json_object_get(json_object_get(st, "model"), "id"));
    ck_assert_ptr_nonnull(id);
    snprintf(cmd, sizeof cmd, "head -c 4000 %s > %s.t && mv %s.t %s", d.model, d.model,
             d.model, d.model);
    ck_assert_int_eq(system(cmd), 0);
    kill(d.pid, SIGHUP);
    r = th_control(&d, "reload");
    ck_assert(json_is_false(json_object_get(r, "ok")));
    ck_assert(strstr(json_string_value(json_object_get(r, "error")), "checksum") != NULL);
    json_decref(r);
    ck_assert_int_ge(zmq_send(d.push, th_article, th_article_len, 0), 0);
    a = th_next_of(&d, "article");
    ck_assert_ptr_nonnull(a);
    ck_assert_str_eq(json_string_value(json_object_get(a, "model")), id);
    json_decref(a);
    json_decref(st);
    st = th_control(&d, "stats");
    ck_assert_int_eq(json_integer_value(json_object_get(st, "reload_failures")), 2);
    json_decref(st);
    snprintf(cmd, sizeof cmd, "cp '%s' %s", st_test_path("model/stance.model"), d.model);
    ck_assert_int_eq(system(cmd), 0);
    r = th_control(&d, "reload");
    ck_assert(json_is_true(json_object_get(r, "ok")));
    json_decref(r);
    ck_assert(strstr(d.notes, "RELOADING=1") != NULL || th_wait_note(&d, "RELOADING=1", 5));
    ck_assert_int_eq(th_stop(&d), 0);
}
END_TEST

/* SIGTERM while busy: every article already accepted is published. */
START_TEST(sigterm_drains)
{
    th_daemon d;
    int n = 120, got = 0, status;
    char buf[1024], topic[64];
    json_t *o;

    th_start(&d, st_test_path("model/stance.model"));
    zmq_setsockopt(d.sub, ZMQ_UNSUBSCRIBE, "", 0);
    zmq_setsockopt(d.sub, ZMQ_SUBSCRIBE, "article", 7);
    th_sleep_ms(200);
    for (int i = 0; i < n; i++) {
        int len = snprintf(buf, sizeof buf, "{\"id\":\"a%d\",\"text\":\"\\u201cWe reject this "
                           "%d times,\\u201d said Li Wei.\"}", i, i);
        ck_assert_int_ge(zmq_send(d.push, buf, (size_t)len, 0), 0);
    }
    /* Wait until the daemon has taken them all, then stop it at once. */
    th_wait_received(&d, n);
    kill(d.pid, SIGTERM);
    while ((o = th_next(&d, topic, sizeof topic))) {
        got++;
        json_decref(o);
        if (got == n)
            break;
    }
    waitpid(d.pid, &status, 0);
    d.pid = -1;
    ck_assert_int_eq(got, n);
    ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    th_stop(&d);
}
END_TEST

/* Reads the PUSH output until it has seen n article results (or times
 * out); records each article's id and model, and checks that every quote
 * names the same model as its article. */
static int pull_articles(th_daemon *d, void *pull, int n, int *seen, char (*model_of)[32])
{
    int got = 0, ms = 15000 * th_timeout_scale();
    char topic[64], buf[1 << 17];
    zmq_setsockopt(pull, ZMQ_RCVTIMEO, &ms, sizeof ms);
    (void)d;
    while (got < n) {
        int tn = zmq_recv(pull, topic, sizeof topic - 1, 0), bn;
        json_error_t je;
        json_t *o;
        int idx;
        if (tn < 0)
            break;
        topic[tn] = '\0';
        bn = zmq_recv(pull, buf, sizeof buf - 1, 0);
        ck_assert_int_ge(bn, 0);
        buf[bn] = '\0';
        o = json_loads(buf, 0, &je);
        ck_assert_ptr_nonnull(o);
        if (!strcmp(topic, "article")) {
            idx = atoi(json_string_value(json_object_get(o, "id")) + 1);
            ck_assert_int_lt(idx, n);
            seen[idx]++;
            snprintf(model_of[idx], 32, "%s", json_string_value(json_object_get(o, "model")));
            for (size_t q = 0; q < json_array_size(json_object_get(o, "quotes")); q++)
                ck_assert(json_object_get(json_array_get(json_object_get(o, "quotes"), q),
                                          "stance") != NULL);
            got++;
        } else if (!strncmp(topic, "quote.", 6)) {
            idx = atoi(json_string_value(json_object_get(o, "article_id")) + 1);
            ck_assert_int_lt(idx, n);
            if (model_of[idx][0])   /* the article came first: same model */
                ck_assert_str_eq(model_of[idx], json_string_value(json_object_get(o, "model")));
        }
        json_decref(o);
    }
    return got;
}

static void send_articles(th_daemon *d, int n)
{
    char buf[512];
    for (int i = 0; i < n; i++) {
        int len = snprintf(buf, sizeof buf, "{\"id\":\"a%d\",\"text\":\"\\u201cWe reject "
                           "this, but talks go on,\\u201d said Li Wei, envoy number %d.\"}", i, i);
        ck_assert_int_ge(zmq_send(d->push, buf, (size_t)len, 0), 0);
    }
}

/* SIGTERM while busy, with the PUSH output: every accepted article is
 * delivered exactly once before the daemon exits 0. */
START_TEST(sigterm_drains_push_output)
{
    th_daemon d;
    enum { N = 200 };
    static int seen[N];
    static char model_of[N][32];
    void *pull;
    int status, got;

    memset(seen, 0, sizeof seen);
    memset(model_of, 0, sizeof model_of);
    th_start_args(&d, st_test_path("model/stance.model"), TH_PUSH_OUT, NULL);
    pull = th_open_pull(&d);
    send_articles(&d, N);
    th_wait_received(&d, N);
    kill(d.pid, SIGTERM);
    got = pull_articles(&d, pull, N, seen, model_of);
    waitpid(d.pid, &status, 0);
    d.pid = -1;
    ck_assert_int_eq(got, N);
    for (int i = 0; i < N; i++)
        ck_assert_int_eq(seen[i], 1);
    ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    zmq_close(pull);
    th_stop(&d);
}
END_TEST

/* Reloads under load, alternating two valid models: every article arrives
 * exactly once, classified by one of them, never a mix. */
START_TEST(reload_under_load)
{
    th_daemon d;
    enum { N = 300 };
    static int seen[N];
    static char model_of[N][32];
    char cmd[2048];
    void *pull;
    int reloads = 0, got;
    json_t *st;

    memset(seen, 0, sizeof seen);
    memset(model_of, 0, sizeof model_of);
    th_start_args(&d, st_test_path("model/stance.model"), TH_PUSH_OUT, NULL);
    /* Model B: the same model plus a trailing newline, its sidecar
     * updated: another valid model with another id. */
    snprintf(cmd, sizeof cmd,
             "cd %s && cp m.model a.model && cp m.model.json a.model.json && "
             "cp m.model b.model && printf '\\n' >> b.model && "
             "sum=$(sha256sum b.model | cut -c1-64) && size=$(stat -c %%s b.model) && "
             "sed -e 's/^  \"model_sha256\": \"[0-9a-f]*\"/  \"model_sha256\": \"'$sum'\"/' "
             "-e 's/^  \"model_bytes\": [0-9]*/  \"model_bytes\": '$size'/' m.model.json "
             "> b.model.json", d.dir);   /* the top-level keys: the sentiment head's stay */
    ck_assert_int_eq(system(cmd), 0);
    pull = th_open_pull(&d);
    for (int batch = 0; batch < 10; batch++) {
        char buf[512];
        for (int i = batch * (N / 10); i < (batch + 1) * (N / 10); i++) {
            int len = snprintf(buf, sizeof buf, "{\"id\":\"a%d\",\"text\":\"\\u201cWe "
                               "welcome the talks,\\u201d said Ana Ruiz.\"}", i);
            ck_assert_int_ge(zmq_send(d.push, buf, (size_t)len, 0), 0);
        }
        snprintf(cmd, sizeof cmd, "cd %s && cp %c.model m.model && cp %c.model.json m.model.json",
                 d.dir, batch % 2 ? 'a' : 'b', batch % 2 ? 'a' : 'b');
        ck_assert_int_eq(system(cmd), 0);
        st = th_control(&d, "reload");
        ck_assert_msg(json_is_true(json_object_get(st, "ok")), "reload %d failed", batch);
        json_decref(st);
        reloads++;
    }
    got = pull_articles(&d, pull, N, seen, model_of);
    ck_assert_int_eq(got, N);
    for (int i = 0; i < N; i++) {
        ck_assert_int_eq(seen[i], 1);
        ck_assert(strncmp(model_of[i], "stance-", 7) == 0);
    }
    st = th_control(&d, "stats");
    ck_assert_int_eq(json_integer_value(json_object_get(st, "reloads")), reloads);
    json_decref(st);
    zmq_close(pull);
    ck_assert_int_eq(th_stop(&d), 0);
}
END_TEST

/* SUB ingest from a publishing crawler, and WATCHDOG=1 while workers live. */
START_TEST(sub_ingest_and_watchdog)
{
    th_daemon d;
    const char *bin = getenv("ST_STANCED");
    char ep[160], sub_in[170];
    void *ctx, *pub, *sub;
    int linger = 0, status, ms = 10000 * th_timeout_scale(), n;
    char topic[64], buf[1 << 16];

    memset(&d, 0, sizeof d);
    snprintf(d.dir, sizeof d.dir, "/tmp/st-sub-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(d.dir));
    snprintf(ep, sizeof ep, "ipc://%s/crawler", d.dir);
    snprintf(d.out, sizeof d.out, "ipc://%s/out", d.dir);
    snprintf(d.notify, sizeof d.notify, "%s/notify", d.dir);
    ctx = zmq_ctx_new();
    pub = zmq_socket(ctx, ZMQ_PUB);
    sub = zmq_socket(ctx, ZMQ_SUB);
    zmq_setsockopt(pub, ZMQ_LINGER, &linger, sizeof linger);
    zmq_setsockopt(sub, ZMQ_LINGER, &linger, sizeof linger);
    zmq_setsockopt(sub, ZMQ_RCVTIMEO, &ms, sizeof ms);
    zmq_setsockopt(sub, ZMQ_SUBSCRIBE, "article", 7);
    ck_assert_int_eq(zmq_bind(pub, ep), 0);
    {
        struct sockaddr_un sa;
        d.nfd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        memset(&sa, 0, sizeof sa);
        sa.sun_family = AF_UNIX;
        memcpy(sa.sun_path, d.notify, strlen(d.notify) + 1);
        ck_assert_int_eq(bind(d.nfd, (struct sockaddr *)&sa, sizeof sa), 0);
    }
    snprintf(sub_in, sizeof sub_in, ">%s", ep);
    d.pid = fork();
    ck_assert_int_ge(d.pid, 0);
    if (d.pid == 0) {
        char out[170], ctl[170], wpid[32];
        snprintf(out, sizeof out, "@%s", d.out);
        snprintf(ctl, sizeof ctl, "@ipc://%s/ctl", d.dir);
        snprintf(wpid, sizeof wpid, "%ld", (long)getpid());
        setenv("NOTIFY_SOCKET", d.notify, 1);
        setenv("WATCHDOG_USEC", "400000", 1);    /* WATCHDOG=1 every 0.2 s */
        setenv("WATCHDOG_PID", wpid, 1);
        execl(bin, bin, "--config", "/dev/null", "--in", sub_in, "--sub", "news.", "--out", out,
              "--control", ctl, "--model", st_test_path("model/stance.model"),
              "--workers", "2", "--log-level", "warning", (char *)NULL);
        _exit(127);
    }
    ck_assert(th_wait_note(&d, "READY=1", 20));
    ck_assert_int_eq(zmq_connect(sub, d.out), 0);
    th_sleep_ms(500);     /* both subscriptions settle */
    /* The crawler publishes [topic, article]; the daemon reads the last
     * frame of anything under "news.". */
    ck_assert_int_ge(zmq_send(pub, "other.x", 7, ZMQ_SNDMORE), 0);   /* not subscribed */
    ck_assert_int_ge(zmq_send(pub, "{\"id\":\"skip\",\"text\":\"x\"}", 24, 0), 0);
    ck_assert_int_ge(zmq_send(pub, "news.world", 10, ZMQ_SNDMORE), 0);
    ck_assert_int_ge(zmq_send(pub, th_article, th_article_len, 0), 0);
    n = zmq_recv(sub, topic, sizeof topic - 1, 0);
    ck_assert_int_gt(n, 0);
    topic[n] = '\0';
    ck_assert_str_eq(topic, "article");
    n = zmq_recv(sub, buf, sizeof buf - 1, 0);
    ck_assert_int_gt(n, 0);
    buf[n] = '\0';
    ck_assert(strstr(buf, "\"id\":\"good-1\"") != NULL);
    ck_assert(th_wait_note(&d, "WATCHDOG=1", 5));
    kill(d.pid, SIGTERM);
    waitpid(d.pid, &status, 0);
    ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    zmq_close(pub);
    zmq_close(sub);
    zmq_ctx_term(ctx);
    close(d.nfd);
    snprintf(buf, sizeof buf, "rm -rf %s", d.dir);
    ck_assert_int_eq(system(buf), 0);
}
END_TEST

START_TEST(bad_flags_and_config)
{
    const char *bin = getenv("ST_STANCED");
    char cmd[1024];
    ck_assert_ptr_nonnull(bin);
    snprintf(cmd, sizeof cmd, "'%s' --workers 0 --config /dev/null 2>/dev/null", bin);
    ck_assert_int_eq(WEXITSTATUS(system(cmd)), 2);
    snprintf(cmd, sizeof cmd, "printf 'bogus = 1\\n' > /tmp/st-bad.conf && '%s' --config "
             "/tmp/st-bad.conf 2>&1 | grep -q 'st-bad.conf:1: unknown key'", bin);
    ck_assert_int_eq(WEXITSTATUS(system(cmd)), 0);
    /* Found while writing the config fuzzer: values that do not fit
     * were cut short, NUL bytes ended a line early. */
    snprintf(cmd, sizeof cmd, "printf 'in = @tcp://%%0300d\\n' 0 > /tmp/st-bad.conf && '%s' "
             "--config /tmp/st-bad.conf 2>&1 | grep -q 'st-bad.conf:1: in: longer than 255'",
             bin);
    ck_assert_int_eq(WEXITSTATUS(system(cmd)), 0);
    snprintf(cmd, sizeof cmd, "printf 'workers = 2\\0junk\\n' > /tmp/st-bad.conf && '%s' "
             "--config /tmp/st-bad.conf 2>&1 | grep -q 'st-bad.conf:1: NUL byte'", bin);
    ck_assert_int_eq(WEXITSTATUS(system(cmd)), 0);
    ck_assert_int_eq(system("rm -f /tmp/st-bad.conf"), 0);
    snprintf(cmd, sizeof cmd, "'%s' --config /dev/null --model /nonexistent/m.model "
             "--in @ipc:///tmp/st-x-in --out @ipc:///tmp/st-x-out --control @ipc:///tmp/st-x-c "
             "2>&1 | grep -q 'm.model.json'", bin);
    ck_assert_int_eq(WEXITSTATUS(system(cmd)), 0);
    /* The shipped example config parses; flags override its endpoints. */
    snprintf(cmd, sizeof cmd, "'%s' --config '%s' --model /nonexistent/m.model "
             "--in @ipc:///tmp/st-y-in --out @ipc:///tmp/st-y-out --control @ipc:///tmp/st-y-c "
             "2>&1 | grep -q 'm.model.json'", bin, st_test_path("systemd/stanced.conf"));
    ck_assert_int_eq(WEXITSTATUS(system(cmd)), 0);
    snprintf(cmd, sizeof cmd, "'%s' --help | grep -q -- '--max-message'", bin);
    ck_assert_int_eq(WEXITSTATUS(system(cmd)), 0);
}
END_TEST

Suite *st_suite_daemon(void)
{
    Suite *s = suite_create("daemon");
    TCase *tc = tcase_create("daemon");
    /* make valgrind: run with stanced itself under memcheck (see Makefile). */
    tcase_set_tags(tc, "daemon memcheck");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, end_to_end);
    tcase_add_test(tc, reload_corrupt_then_good);
    tcase_add_test(tc, sigterm_drains);
    tcase_add_test(tc, sigterm_drains_push_output);
    tcase_add_test(tc, reload_under_load);
    tcase_add_test(tc, sub_ingest_and_watchdog);
    tcase_add_test(tc, bad_flags_and_config);
    suite_add_tcase(s, tc);
    return s;
}

/* The unit file: `systemd-analyze verify` prints nothing and the offline
 * security exposure is at most 2.0 (threshold 20 on its 0-100 scale).
 * Skipped where systemd-analyze is absent. */
START_TEST(unit_file_checks)
{
    const char *bin = getenv("ST_STANCED");
    char cmd[2048];
    if (system("command -v systemd-analyze >/dev/null 2>&1") != 0) {
        printf("SKIP unit_file_checks: no systemd-analyze\n");
        return;
    }
    ck_assert_ptr_nonnull(bin);
    snprintf(cmd, sizeof cmd,
             "d=$(mktemp -d) && sed 's|^ExecStart=/usr/local/bin/stanced|ExecStart=%s|' '%s' "
             "> $d/stanced.service && out=$(systemd-analyze verify --man=no $d/stanced.service "
             "2>&1) && test -z \"$out\" && systemd-analyze security --offline=true "
             "--threshold=20 $d/stanced.service > /dev/null 2>&1; rc=$?; rm -rf $d; exit $rc",
             bin, st_test_path("systemd/stanced.service"));
    ck_assert_int_eq(WEXITSTATUS(system(cmd)), 0);
}
END_TEST

Suite *st_suite_unit(void)
{
    Suite *s = suite_create("systemd");
    TCase *tc = tcase_create("unit");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, unit_file_checks);
    suite_add_tcase(s, tc);
    return s;
}
