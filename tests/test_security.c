/* test_security.c - stanced with CURVE: keys made by `stance keygen`, a
 * real daemon with CURVE on every socket and an allow-list, clients with
 * listed, unlisted, wrong and no keys; bad key files at startup.  The
 * suite's other half, defaults and files, is in test_lockdown.c. */
#include "suites.h"
#include "harness.h"
#include "../core/curve.h"

#include <fcntl.h>
#include <jansson.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zmq.h>

/* Keys for one test: the server's pair, a listed client, a stranger. */
typedef struct keys {
    char dir[64], srv[128], srv_key[128], cli[128], other[128], allow[128];
    char srv_pub[ST_CURVE_Z85 + 1], cli_pub[ST_CURVE_Z85 + 1], other_pub[ST_CURVE_Z85 + 1];
} keys;

static void slurp(const char *path, char *buf, size_t size)
{
    FILE *fp = fopen(path, "rb");
    size_t n;
    ck_assert_msg(fp != NULL, "cannot open %s", path);
    n = fread(buf, 1, size - 1, fp);
    buf[n] = '\0';
    fclose(fp);
}

static void spit(const char *path, const char *text)
{
    FILE *fp = fopen(path, "w");
    ck_assert_ptr_nonnull(fp);
    fputs(text, fp);
    fclose(fp);
}

/* Runs a shell command line; its exit status. */
static int run(const char *cmd)
{
    int st = system(cmd);
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

/* `stance keygen --out PREFIX`; checks the printed key is the .pub file's. */
static void keygen(const char *prefix, char pub[ST_CURVE_Z85 + 1])
{
    char cmd[1024], out[128], path[160];
    snprintf(cmd, sizeof cmd, "'%s' keygen --out '%s' > '%s.out' 2>/dev/null",
             getenv("ST_STANCE"), prefix, prefix);
    ck_assert_int_eq(run(cmd), 0);
    snprintf(path, sizeof path, "%s.out", prefix);
    slurp(path, out, sizeof out);
    ck_assert_uint_eq(strlen(out), ST_CURVE_Z85 + 1);
    snprintf(path, sizeof path, "%s.pub", prefix);
    {
        st_error err;
        ck_assert_msg(st_curve_read_key(path, pub, &err) == ST_OK, "%s", err.text);
    }
    ck_assert(strncmp(out, pub, ST_CURVE_Z85) == 0);
}

static void keys_make(keys *k)
{
    char text[512];
    memset(k, 0, sizeof *k);
    snprintf(k->dir, sizeof k->dir, "/tmp/st-sec-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(k->dir));
    snprintf(k->srv, sizeof k->srv, "%s/server", k->dir);
    snprintf(k->srv_key, sizeof k->srv_key, "%s/server.key", k->dir);
    snprintf(k->cli, sizeof k->cli, "%s/client", k->dir);
    snprintf(k->other, sizeof k->other, "%s/stranger", k->dir);
    snprintf(k->allow, sizeof k->allow, "%s/allow", k->dir);
    keygen(k->srv, k->srv_pub);
    keygen(k->cli, k->cli_pub);
    keygen(k->other, k->other_pub);
    snprintf(text, sizeof text, "# clients allowed to talk to stanced\n\n%s  crawler-1\n",
             k->cli_pub);
    spit(k->allow, text);
}

static void keys_free(keys *k)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", k->dir);
    ck_assert_int_eq(run(cmd), 0);
}

static void start_curve(th_daemon *d, const keys *k, int flags)
{
    const char *extra[] = { "--curve-secret", k->srv_key, "--curve-allow", k->allow, NULL };
    th_start_args(d, st_test_path("model/stance.model"), flags, extra);
}

/* A client socket connected to ep; CURVE with prefix's pair when
 * server_pub is given, plaintext otherwise. */
static void *client(th_daemon *d, int type, const char *ep, const char *server_pub,
                    const char *prefix)
{
    void *z = zmq_socket(d->ctx, type);
    int linger = 0;
    st_error err;
    ck_assert_ptr_nonnull(z);
    zmq_setsockopt(z, ZMQ_LINGER, &linger, sizeof linger);
    if (server_pub) {
        st_curve_pair p;
        ck_assert_msg(st_curve_load_pair(prefix, &p, &err) == ST_OK, "%s", err.text);
        ck_assert_msg(st_curve_apply_client(z, server_pub, &p, &err) == ST_OK, "%s", err.text);
    }
    if (type == ZMQ_SUB)
        zmq_setsockopt(z, ZMQ_SUBSCRIBE, "", 0);
    ck_assert_int_eq(zmq_connect(z, ep), 0);
    return z;
}

/* zmq_recv with a timeout (ms, scaled for sanitizer builds); -1 if none. */
static int recv_within(void *z, char *buf, size_t size, int ms)
{
    int n;
    ms *= th_timeout_scale();
    zmq_setsockopt(z, ZMQ_RCVTIMEO, &ms, sizeof ms);
    n = zmq_recv(z, buf, size - 1, 0);
    if (n >= 0)
        buf[n < (int)size ? n : (int)size - 1] = '\0';
    return n;
}

/* The next article result on a SUB, skipping quotes; NULL after ms. */
static json_t *article_within(void *sub, int ms)
{
    char topic[64], buf[1 << 16];
    json_error_t je;
    while (recv_within(sub, topic, sizeof topic, ms) >= 0) {
        ck_assert_int_ge(recv_within(sub, buf, sizeof buf, ms), 0);
        if (!strcmp(topic, "article"))
            return json_loads(buf, 0, &je);
    }
    return NULL;
}

/* A control command over CURVE with prefix's key; NULL if no reply in ms. */
static json_t *ask(th_daemon *d, const char *server_pub, const char *prefix, const char *cmd,
                   int ms)
{
    void *req = client(d, ZMQ_REQ, d->ctl, server_pub, prefix);
    char buf[1 << 16];
    json_error_t je;
    json_t *o = NULL;
    int waited, n = -1, sent = 0;
    th_drain_notify(d);     /* sd_notify blocks on a full datagram queue */
    /* Never blocking: a refused client may have no pipe to send on. */
    for (waited = 0; waited < ms * th_timeout_scale(); waited += 20) {
        if (!sent)
            sent = zmq_send(req, cmd, strlen(cmd), ZMQ_DONTWAIT) >= 0;
        if (sent && (n = zmq_recv(req, buf, sizeof buf - 1, ZMQ_DONTWAIT)) >= 0)
            break;
        th_drain_notify(d);
        th_sleep_ms(20);
    }
    zmq_close(req);
    if (n >= 0) {
        buf[n] = '\0';
        o = json_loads(buf, 0, &je);
        ck_assert_ptr_nonnull(o);
    }
    return o;
}

static long long stat_of(json_t *st, const char *a, const char *b, const char *c)
{
    json_t *v = json_object_get(st, a);
    if (b)
        v = json_object_get(v, b);
    if (c)
        v = json_object_get(v, c);
    ck_assert_msg(json_is_integer(v), "stats has no integer %s.%s.%s", a, b ? b : "",
                  c ? c : "");
    return json_integer_value(v);
}

/* Polls stats (as the listed client) until curve.<what>.<socket> > 0. */
static json_t *wait_counted(th_daemon *d, const keys *k, const char *what, const char *sock)
{
    int tries;
    for (tries = 0; tries < 100 * th_timeout_scale(); tries++) {
        json_t *st = ask(d, k->srv_pub, k->cli, "stats", 5000);
        ck_assert_ptr_nonnull(st);
        if (stat_of(st, "curve", what, sock) > 0)
            return st;
        json_decref(st);
        th_sleep_ms(50);
    }
    ck_abort_msg("nothing counted in curve.%s.%s", what, sock);
    return NULL;
}

static json_t *wait_denied(th_daemon *d, const keys *k, const char *sock)
{
    return wait_counted(d, k, "denied_on", sock);
}

START_TEST(keygen_refuses_overwrite)
{
    keys k;
    char pub[ST_CURVE_Z85 + 1], derived[ST_CURVE_Z85 + 1], before[128], after[128], cmd[1024];
    char path[160];
    st_curve_pair p;
    st_error err;
    struct stat st;

    keys_make(&k);
    /* The secret key is private; the public key derives from it. */
    ck_assert_int_eq(stat(k.srv_key, &st), 0);
    ck_assert_uint_eq(st.st_mode & 0777, 0600);
    ck_assert_int_eq(st.st_size, ST_CURVE_Z85 + 1);
    ck_assert_int_eq(st_curve_load_pair(k.srv, &p, &err), ST_OK);
    ck_assert_str_eq(p.pub, k.srv_pub);
    ck_assert_int_eq(zmq_curve_public(derived, p.sec), 0);
    ck_assert_str_eq(derived, k.srv_pub);
    ck_assert_str_ne(k.srv_pub, k.cli_pub);
    /* A second run keeps both files and says why. */
    slurp(k.srv_key, before, sizeof before);
    snprintf(cmd, sizeof cmd, "'%s' keygen --out '%s' > /dev/null 2> '%s/err'",
             getenv("ST_STANCE"), k.srv, k.dir);
    ck_assert_int_eq(run(cmd), 2);
    snprintf(path, sizeof path, "%s/err", k.dir);
    slurp(path, after, sizeof after);
    ck_assert_msg(strstr(after, "server.key exists") && strstr(after, "--force"), "%s", after);
    slurp(k.srv_key, after, sizeof after);
    ck_assert_str_eq(before, after);
    snprintf(path, sizeof path, "%s.pub", k.srv);
    ck_assert_int_eq(st_curve_read_key(path, pub, &err), ST_OK);
    ck_assert_str_eq(pub, k.srv_pub);
    /* --force replaces them, still 0600 even over a looser file. */
    ck_assert_int_eq(chmod(k.srv_key, 0644), 0);
    snprintf(cmd, sizeof cmd, "'%s' keygen --force --out '%s' > /dev/null 2>&1",
             getenv("ST_STANCE"), k.srv);
    ck_assert_int_eq(run(cmd), 0);
    ck_assert_int_eq(st_curve_read_key(path, pub, &err), ST_OK);
    ck_assert_str_ne(pub, k.srv_pub);
    ck_assert_int_eq(stat(k.srv_key, &st), 0);
    ck_assert_uint_eq(st.st_mode & 0777, 0600);
    keys_free(&k);
}
END_TEST

/* A listed client key: articles in, results out on PUB and PUSH, control. */
START_TEST(curve_allowed_client)
{
    keys k;
    th_daemon d;
    void *push, *sub, *pull;
    json_t *a, *st;
    char topic[64], buf[1 << 16], cmd[1024];

    keys_make(&k);
    start_curve(&d, &k, TH_PUSH_OUT);
    push = client(&d, ZMQ_PUSH, d.in, k.srv_pub, k.cli);
    sub = client(&d, ZMQ_SUB, d.out, k.srv_pub, k.cli);
    pull = client(&d, ZMQ_PULL, d.pushout, k.srv_pub, k.cli);
    th_sleep_ms(500);      /* handshakes and the subscription */
    ck_assert_int_ge(zmq_send(push, th_article, th_article_len, 0), 0);
    a = article_within(sub, 10000);
    ck_assert_ptr_nonnull(a);
    ck_assert_str_eq(json_string_value(json_object_get(a, "id")), "good-1");
    ck_assert_uint_eq(json_array_size(json_object_get(a, "quotes")), 2);
    json_decref(a);
    ck_assert_int_ge(recv_within(pull, topic, sizeof topic, 10000), 0);
    ck_assert_str_eq(topic, "article");
    ck_assert_int_ge(recv_within(pull, buf, sizeof buf, 10000), 0);
    ck_assert(strstr(buf, "\"good-1\"") != NULL);
    st = ask(&d, k.srv_pub, k.cli, "stats", 5000);
    ck_assert_ptr_nonnull(st);
    ck_assert(json_is_true(json_object_get(json_object_get(st, "curve"), "enabled")));
    ck_assert_int_eq(stat_of(st, "curve", "allowed_keys", NULL), 1);
    ck_assert_int_ge(stat_of(st, "curve", "accepted", NULL), 4);
    ck_assert_int_eq(stat_of(st, "received", NULL, NULL), 1);
    json_decref(st);
    /* The stance client with the same keys (the server key as a file). */
    snprintf(cmd, sizeof cmd, "'%s' stats '%s' --curve-server-key '%s.pub' --curve-key '%s' "
             "> '%s/stats.json'", getenv("ST_STANCE"), d.ctl, k.srv, k.cli, k.dir);
    ck_assert_int_eq(run(cmd), 0);
    snprintf(cmd, sizeof cmd, "%s/stats.json", k.dir);
    slurp(cmd, buf, sizeof buf);
    ck_assert_msg(strstr(buf, "\"enabled\": true") != NULL, "%s", buf);
    zmq_close(push);
    zmq_close(sub);
    zmq_close(pull);
    ck_assert_int_eq(th_stop(&d), 0);
    keys_free(&k);
}
END_TEST

/* An unlisted key gets nothing on any socket, and each refusal counts. */
START_TEST(curve_unlisted_key)
{
    keys k;
    th_daemon d;
    void *push, *sub, *pull, *req, *good_push, *good_sub, *good_pull;
    json_t *a, *st;
    char buf[1 << 16], log[1 << 16], path[160];
    int err_fd, saved;
    const char *p;
    int lines = 0;

    keys_make(&k);
    /* The daemon's log goes to a file, to read the refusals back. */
    snprintf(path, sizeof path, "%s/stanced.log", k.dir);
    err_fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    ck_assert_int_ge(err_fd, 0);
    saved = dup(2);
    dup2(err_fd, 2);
    {
        const char *extra[] = { "--curve-secret", k.srv_key, "--curve-allow", k.allow,
                                "--log-level", "notice", NULL };
        th_start_args(&d, st_test_path("model/stance.model"), TH_PUSH_OUT, extra);
    }
    dup2(saved, 2);
    close(saved);
    close(err_fd);
    push = client(&d, ZMQ_PUSH, d.in, k.srv_pub, k.other);
    sub = client(&d, ZMQ_SUB, d.out, k.srv_pub, k.other);
    pull = client(&d, ZMQ_PULL, d.pushout, k.srv_pub, k.other);
    req = client(&d, ZMQ_REQ, d.ctl, k.srv_pub, k.other);
    /* Queued, or refused at once (EAGAIN) once the pipe is gone: either
     * way nothing may arrive. */
    zmq_send(push, th_article, th_article_len, ZMQ_DONTWAIT);
    zmq_send(req, "stats", 5, ZMQ_DONTWAIT);
    json_decref(wait_denied(&d, &k, "ingest"));
    json_decref(wait_denied(&d, &k, "output"));
    json_decref(wait_denied(&d, &k, "push"));
    st = wait_denied(&d, &k, "control");
    ck_assert_int_eq(stat_of(st, "received", NULL, NULL), 0);
    ck_assert_int_ge(stat_of(st, "curve", "denied", NULL), 4);
    json_decref(st);
    /* A listed client's article is published: the stranger sees none of it. */
    good_push = client(&d, ZMQ_PUSH, d.in, k.srv_pub, k.cli);
    good_sub = client(&d, ZMQ_SUB, d.out, k.srv_pub, k.cli);
    good_pull = client(&d, ZMQ_PULL, d.pushout, k.srv_pub, k.cli);
    th_sleep_ms(500);
    ck_assert_int_ge(zmq_send(good_push, th_article, th_article_len, 0), 0);
    a = article_within(good_sub, 10000);
    ck_assert_ptr_nonnull(a);
    json_decref(a);
    ck_assert_int_ge(recv_within(good_pull, buf, sizeof buf, 10000), 0);
    ck_assert_int_lt(recv_within(sub, buf, sizeof buf, 1000), 0);
    ck_assert_int_lt(recv_within(pull, buf, sizeof buf, 200), 0);
    ck_assert_int_lt(recv_within(req, buf, sizeof buf, 200), 0);
    st = ask(&d, k.srv_pub, k.cli, "stats", 5000);
    ck_assert_int_eq(stat_of(st, "received", NULL, NULL), 1);   /* the listed client's only */
    json_decref(st);
    /* Twenty more strangers: all counted, the log stays short. */
    {
        void *many[20];
        long long before, after;
        int i;
        st = ask(&d, k.srv_pub, k.cli, "stats", 5000);
        before = stat_of(st, "curve", "denied", NULL);
        json_decref(st);
        for (i = 0; i < 20; i++)
            many[i] = client(&d, ZMQ_DEALER, d.ctl, k.srv_pub, k.other);
        for (i = 0; i < 100 * th_timeout_scale(); i++) {
            st = ask(&d, k.srv_pub, k.cli, "stats", 5000);
            after = stat_of(st, "curve", "denied", NULL);
            json_decref(st);
            if (after >= before + 20)
                break;
            th_sleep_ms(50);
        }
        ck_assert_int_ge(after, before + 20);
        for (i = 0; i < 20; i++)
            zmq_close(many[i]);
    }
    /* And the stance client with the stranger's key gets no answer. */
    snprintf(buf, sizeof buf, "'%s' stats '%s' --curve-server-key '%s' --curve-key '%s' "
             "> /dev/null 2>&1", getenv("ST_STANCE"), d.ctl, k.srv_pub, k.other);
    ck_assert_int_eq(run(buf), 1);
    zmq_close(push);
    zmq_close(sub);
    zmq_close(pull);
    zmq_close(req);
    zmq_close(good_push);
    zmq_close(good_sub);
    zmq_close(good_pull);
    ck_assert_int_eq(th_stop(&d), 0);
    slurp(path, log, sizeof log);
    for (p = log; (p = strstr(p, "refused CURVE client key ")); p++)
        lines++;
    /* One refusal is logged with the key's prefix and the socket... */
    snprintf(buf, sizeof buf, "refused CURVE client key %.8s... on ", k.other_pub);
    ck_assert_msg(strstr(log, buf) != NULL, "no '%s' in the log:\n%s", buf, log);
    /* ...but no more than the burst within a window, for 25+ refusals. */
    ck_assert_msg(lines >= 1 && lines <= 5, "%d refusals logged:\n%s", lines, log);
    keys_free(&k);
}
END_TEST

/* Clients without CURVE: the handshake fails, nothing gets through. */
START_TEST(curve_plaintext_client)
{
    keys k;
    th_daemon d;
    void *sub, *req, *good_push;
    json_t *st, *a;
    char buf[1 << 16];

    keys_make(&k);
    start_curve(&d, &k, 0);
    /* The harness's own PUSH and SUB are plaintext.  A send is queued or
     * refused at once (no pipe after a failed handshake): nothing may
     * arrive either way. */
    th_sleep_ms(200);
    zmq_send(d.push, th_article, th_article_len, ZMQ_DONTWAIT);
    req = client(&d, ZMQ_REQ, d.ctl, NULL, NULL);
    zmq_send(req, "stats", 5, ZMQ_DONTWAIT);
    ck_assert_int_lt(recv_within(req, buf, sizeof buf, 1500), 0);
    st = ask(&d, k.srv_pub, k.cli, "stats", 5000);
    ck_assert_ptr_nonnull(st);
    ck_assert_int_eq(stat_of(st, "received", NULL, NULL), 0);
    json_decref(st);
    /* The daemon saw the failed handshakes: counted before any ZAP. */
    json_decref(wait_counted(&d, &k, "handshake_failed_on", "ingest"));
    json_decref(wait_counted(&d, &k, "handshake_failed_on", "output"));
    st = wait_counted(&d, &k, "handshake_failed_on", "control");
    ck_assert_int_eq(stat_of(st, "curve", "denied", NULL), 0);
    json_decref(st);
    /* A client with CURVE but the wrong server key fares no better. */
    {
        void *wrong = client(&d, ZMQ_REQ, d.ctl, k.cli_pub, k.cli);
        long long before;
        st = ask(&d, k.srv_pub, k.cli, "stats", 5000);
        before = stat_of(st, "curve", "handshake_failed_on", "control");
        json_decref(st);
        zmq_send(wrong, "stats", 5, ZMQ_DONTWAIT);
        ck_assert_int_lt(recv_within(wrong, buf, sizeof buf, 1000), 0);
        zmq_close(wrong);
        st = ask(&d, k.srv_pub, k.cli, "stats", 5000);
        ck_assert_int_gt(stat_of(st, "curve", "handshake_failed_on", "control"), before);
        json_decref(st);
    }
    good_push = client(&d, ZMQ_PUSH, d.in, k.srv_pub, k.cli);
    sub = client(&d, ZMQ_SUB, d.out, k.srv_pub, k.cli);
    th_sleep_ms(500);
    ck_assert_int_ge(zmq_send(good_push, th_article, th_article_len, 0), 0);
    a = article_within(sub, 10000);
    ck_assert_ptr_nonnull(a);
    json_decref(a);
    ck_assert_int_lt(recv_within(d.sub, buf, sizeof buf, 1000), 0);
    st = ask(&d, k.srv_pub, k.cli, "stats", 5000);
    ck_assert_int_eq(stat_of(st, "received", NULL, NULL), 1);
    json_decref(st);
    snprintf(buf, sizeof buf, "'%s' stats '%s' > /dev/null 2>&1", getenv("ST_STANCE"), d.ctl);
    ck_assert_int_eq(run(buf), 1);
    zmq_close(req);
    zmq_close(good_push);
    zmq_close(sub);
    ck_assert_int_eq(th_stop(&d), 0);
    keys_free(&k);
}
END_TEST

/* The stance clients with keys: send and tail get through; a stranger's
 * key and a plaintext client are told why they are refused. */
START_TEST(curve_cli_clients)
{
    keys k;
    th_daemon d;
    char cmd[1024], file[160], out[1 << 16], errs[4096], path[160];
    const char *bin = getenv("ST_STANCE");
    FILE *tail;
    size_t n;

    keys_make(&k);
    start_curve(&d, &k, 0);
    snprintf(file, sizeof file, "%s/a.jsonl", k.dir);
    snprintf(out, sizeof out, "%s\n", th_article);
    spit(file, out);
    snprintf(cmd, sizeof cmd, "'%s' tail '%s' --json --count 1 --timeout 20 "
             "--curve-server-key '%s' --curve-key '%s'", bin, d.out, k.srv_pub, k.cli);
    tail = popen(cmd, "r");
    ck_assert_ptr_nonnull(tail);
    th_sleep_ms(1000 * th_timeout_scale());     /* tail subscribes */
    snprintf(cmd, sizeof cmd, "'%s' send '%s' '%s' --curve-server-key '%s.pub' "
             "--curve-key='%s.key' 2>/dev/null", bin, d.in, file, k.srv, k.cli);
    ck_assert_int_eq(run(cmd), 0);
    n = fread(out, 1, sizeof out - 1, tail);
    out[n] = '\0';
    ck_assert_int_eq(WEXITSTATUS(pclose(tail)), 0);
    ck_assert_msg(!strncmp(out, "article {", 9) && strstr(out, "\"good-1\""), "%s", out);
    /* Refused: exit 1 with the reason, at once rather than after a wait. */
    snprintf(path, sizeof path, "%s/err", k.dir);
    snprintf(cmd, sizeof cmd, "'%s' send '%s' '%s' --curve-server-key '%s' --curve-key '%s' "
             "2> '%s'", bin, d.in, file, k.srv_pub, k.other, path);
    ck_assert_int_eq(run(cmd), 1);
    slurp(path, errs, sizeof errs);
    ck_assert_msg(strstr(errs, "refused this client's key") != NULL, "%s", errs);
    snprintf(cmd, sizeof cmd, "'%s' tail '%s' --count 1 --timeout 10 --curve-server-key '%s' "
             "--curve-key '%s' 2> '%s'", bin, d.out, k.srv_pub, k.other, path);
    ck_assert_int_eq(run(cmd), 1);
    slurp(path, errs, sizeof errs);
    ck_assert_msg(strstr(errs, "refused this client's key") != NULL, "%s", errs);
    snprintf(cmd, sizeof cmd, "'%s' stats '%s' 2> '%s'", bin, d.ctl, path);
    ck_assert_int_eq(run(cmd), 1);
    slurp(path, errs, sizeof errs);
    ck_assert_msg(strstr(errs, "handshake with") != NULL, "%s", errs);
    /* Half the options, or a bad key, is a usage error. */
    snprintf(cmd, sizeof cmd, "'%s' stats '%s' --curve-key '%s' 2> '%s'", bin, d.ctl, k.cli,
             path);
    ck_assert_int_eq(run(cmd), 2);
    snprintf(cmd, sizeof cmd, "'%s' stats '%s' --curve-server-key short --curve-key '%s' "
             "2> '%s'", bin, d.ctl, k.cli, path);
    ck_assert_int_eq(run(cmd), 2);
    slurp(path, errs, sizeof errs);
    ck_assert_msg(strstr(errs, "key file short") != NULL, "%s", errs);
    {
        json_t *st = ask(&d, k.srv_pub, k.cli, "stats", 5000);
        ck_assert_int_eq(stat_of(st, "received", NULL, NULL), 1);
        ck_assert_int_ge(stat_of(st, "curve", "denied_on", "ingest"), 1);
        ck_assert_int_ge(stat_of(st, "curve", "denied_on", "output"), 1);
        json_decref(st);
    }
    ck_assert_int_eq(th_stop(&d), 0);
    keys_free(&k);
}
END_TEST

/* SUB ingest (connecting to a crawler's PUB) is a CURVE server too: the
 * publisher holds a listed client key. */
START_TEST(curve_sub_ingest)
{
    keys k;
    th_daemon d;
    char feed[160], in[170];
    void *ctx = zmq_ctx_new(), *pub = zmq_socket(ctx, ZMQ_PUB), *sub;
    int linger = 0, i;
    st_curve_pair p;
    st_error err;
    json_t *a = NULL, *st;

    keys_make(&k);
    snprintf(feed, sizeof feed, "ipc://%s/feed", k.dir);
    snprintf(in, sizeof in, ">%s", feed);
    zmq_setsockopt(pub, ZMQ_LINGER, &linger, sizeof linger);
    ck_assert_int_eq(st_curve_load_pair(k.cli, &p, &err), ST_OK);
    ck_assert_int_eq(st_curve_apply_client(pub, k.srv_pub, &p, &err), ST_OK);
    ck_assert_int_eq(zmq_bind(pub, feed), 0);
    {
        const char *extra[] = { "--curve-secret", k.srv_key, "--curve-allow", k.allow,
                                "--in", in, "--sub", "", NULL };
        th_start_args(&d, st_test_path("model/stance.model"), 0, extra);
    }
    sub = client(&d, ZMQ_SUB, d.out, k.srv_pub, k.cli);
    /* Publish until the daemon's subscription has arrived. */
    for (i = 0; i < 20 * th_timeout_scale() && !a; i++) {
        zmq_send(pub, "articles", 8, ZMQ_SNDMORE);
        zmq_send(pub, th_article, th_article_len, 0);
        a = article_within(sub, 500);
    }
    ck_assert_ptr_nonnull(a);
    ck_assert_str_eq(json_string_value(json_object_get(a, "id")), "good-1");
    json_decref(a);
    st = ask(&d, k.srv_pub, k.cli, "stats", 5000);
    ck_assert_int_ge(stat_of(st, "curve", "accepted", NULL), 3);
    ck_assert_int_eq(stat_of(st, "curve", "denied", NULL), 0);
    json_decref(st);
    zmq_close(sub);
    zmq_close(pub);
    zmq_ctx_term(ctx);
    ck_assert_int_eq(th_stop(&d), 0);
    keys_free(&k);
}
END_TEST

/* reload and SIGHUP re-read the allow-list; a broken one keeps the old
 * in force. */
START_TEST(curve_allow_list_reload)
{
    keys k;
    th_daemon d;
    json_t *r, *st;
    char text[512];

    keys_make(&k);
    start_curve(&d, &k, 0);
    ck_assert_ptr_null(ask(&d, k.srv_pub, k.other, "ping", 1000));
    snprintf(text, sizeof text, "%s\n%s\n", k.cli_pub, k.other_pub);
    spit(k.allow, text);
    r = ask(&d, k.srv_pub, k.cli, "reload", 10000);
    ck_assert_ptr_nonnull(r);
    ck_assert(json_is_true(json_object_get(r, "ok")));
    ck_assert_int_eq(stat_of(r, "allowed_keys", NULL, NULL), 2);
    json_decref(r);
    r = ask(&d, k.srv_pub, k.other, "ping", 5000);
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(json_string_value(json_object_get(r, "pong")), "stanced");
    json_decref(r);
    /* A bad line: the reload fails, naming it; both keys still work. */
    snprintf(text, sizeof text, "%s\nnot-a-key\n", k.cli_pub);
    spit(k.allow, text);
    r = ask(&d, k.srv_pub, k.cli, "reload", 10000);
    ck_assert_ptr_nonnull(r);
    ck_assert(json_is_false(json_object_get(r, "ok")));
    ck_assert_msg(strstr(json_string_value(json_object_get(r, "allow_list_error")), "allow:2"),
                  "%s", json_string_value(json_object_get(r, "allow_list_error")));
    ck_assert_int_eq(stat_of(r, "allowed_keys", NULL, NULL), 2);
    json_decref(r);
    r = ask(&d, k.srv_pub, k.other, "ping", 5000);
    ck_assert_ptr_nonnull(r);
    json_decref(r);
    st = ask(&d, k.srv_pub, k.cli, "stats", 5000);
    ck_assert_int_eq(stat_of(st, "curve", "allow_list_reloads", NULL), 1);
    ck_assert_int_eq(stat_of(st, "curve", "allow_list_reload_failures", NULL), 1);
    ck_assert_int_eq(stat_of(st, "curve", "denied_on", "control"), 1);
    json_decref(st);
    /* SIGHUP re-reads it too: the stranger's key is gone, so is it. */
    snprintf(text, sizeof text, "%s\n", k.cli_pub);
    spit(k.allow, text);
    ck_assert_int_eq(kill(d.pid, SIGHUP), 0);
    {
        int tries;
        for (tries = 0; tries < 100 * th_timeout_scale(); tries++) {
            st = ask(&d, k.srv_pub, k.cli, "stats", 5000);
            if (stat_of(st, "curve", "allowed_keys", NULL) == 1)
                break;
            json_decref(st);
            st = NULL;
            th_sleep_ms(50);
        }
        ck_assert_msg(st != NULL, "SIGHUP did not re-read the allow-list");
        ck_assert_int_eq(stat_of(st, "curve", "allow_list_reloads", NULL), 2);
        json_decref(st);
    }
    ck_assert_ptr_null(ask(&d, k.srv_pub, k.other, "ping", 1000));
    ck_assert_int_eq(th_stop(&d), 0);
    keys_free(&k);
}
END_TEST

/* Bad key settings stop the daemon at startup: exit 2, the file named. */
static const struct bad_key {
    const char *name, *secret, *allow, *expect;
} bad_keys[] = {
    /* secret-file content (NULL: no such file), allow-list content */
    { "short", "abc\n", "", "this is 3" },
    { "long", "rq:rM>}U?@Lns47E1%kR.o@n%FcmmsL/@{H8]yf7X\n", "", "this is 41" },
    { "bad_char", "rq:rM>}U?@Lns47E1%kR.o@n%~cmmsL/@{H8]yf7\n", "", "character 26 ('~')" },
    { "space", "rq:rM>}U?@Lns47E1%kR o@n%FcmmsL/@{H8]yf7\n", "", "character 21 (\\x20)" },
    { "two_lines", "rq:rM>}U?@Lns47E1%kR.o@n%FcmmsL/@{H8]yf7\n\n", "", "this is 41" },
    { "empty", "", "", "this is 0" },
    { "missing", NULL, "", "No such file" },
    { "allow_bad", "rq:rM>}U?@Lns47E1%kR.o@n%FcmmsL/@{H8]yf7\n",
      "# ok\nrq:rM>}U?@Lns47E1%kR.o@n%FcmmsL/@{H8]yf7\nshort-key\n", "allow:3" },
    { "allow_missing", "rq:rM>}U?@Lns47E1%kR.o@n%FcmmsL/@{H8]yf7\n", NULL, "allow: No such" },
};

START_TEST(curve_bad_key_files)
{
    const struct bad_key *b = &bad_keys[_i];
    char dir[64] = "/tmp/st-badkey-XXXXXX", sec[128], allow[128], cmd[1024], path[160];
    char out[4096];
    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(sec, sizeof sec, "%s/server.key", dir);
    snprintf(allow, sizeof allow, "%s/allow", dir);
    if (b->secret)
        spit(sec, b->secret);
    if (b->allow)
        spit(allow, b->allow);
    snprintf(cmd, sizeof cmd, "'%s' --config /dev/null --curve-secret '%s' --curve-allow '%s' "
             "--control @ipc://%s/ctl > /dev/null 2> %s/err", getenv("ST_STANCED"), sec, allow,
             dir, dir);
    ck_assert_msg(run(cmd) == 2, "%s: exit status not 2", b->name);
    snprintf(path, sizeof path, "%s/err", dir);
    slurp(path, out, sizeof out);
    ck_assert_msg(strstr(out, b->expect) != NULL, "%s: no '%s' in: %s", b->name, b->expect, out);
    ck_assert_msg(strstr(out, dir) != NULL, "%s: the file is not named: %s", b->name, out);
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    ck_assert_int_eq(run(cmd), 0);
}
END_TEST

/* CURVE is all or nothing: one setting without the other is refused. */
START_TEST(curve_half_configured)
{
    char cmd[1024], out[4096];
    const char *bin = getenv("ST_STANCED");
    snprintf(cmd, sizeof cmd, "'%s' --config /dev/null --curve-secret /nonexistent 2>&1", bin);
    {
        FILE *fp = popen(cmd, "r");
        size_t n = fread(out, 1, sizeof out - 1, fp);
        out[n] = '\0';
        ck_assert_int_eq(WEXITSTATUS(pclose(fp)), 2);
        ck_assert_msg(strstr(out, "needs curve-allow") != NULL, "%s", out);
    }
    snprintf(cmd, sizeof cmd, "'%s' --config /dev/null --curve-allow /nonexistent 2>&1", bin);
    {
        FILE *fp = popen(cmd, "r");
        size_t n = fread(out, 1, sizeof out - 1, fp);
        out[n] = '\0';
        ck_assert_int_eq(WEXITSTATUS(pclose(fp)), 2);
        ck_assert_msg(strstr(out, "needs curve-secret") != NULL, "%s", out);
    }
}
END_TEST

Suite *st_suite_security(void)
{
    Suite *s = suite_create("security");
    TCase *tc = tcase_create("curve");
    tcase_set_tags(tc, "daemon");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, keygen_refuses_overwrite);
    tcase_add_test(tc, curve_allowed_client);
    tcase_add_test(tc, curve_unlisted_key);
    tcase_add_test(tc, curve_plaintext_client);
    tcase_add_test(tc, curve_cli_clients);
    tcase_add_test(tc, curve_sub_ingest);
    tcase_add_test(tc, curve_allow_list_reload);
    tcase_add_loop_test(tc, curve_bad_key_files, 0, sizeof bad_keys / sizeof *bad_keys);
    tcase_add_test(tc, curve_half_configured);
    suite_add_tcase(s, tc);
    suite_add_tcase(s, st_tcase_lockdown());
    return s;
}
