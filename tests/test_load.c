/* test_load.c - load and faults against a real stanced on ipc sockets:
 * 200,000 varied articles through PUSH -> stanced -> PUSH with small
 * high-water marks (every id once, resident memory flat), 50 reloads
 * while a sender keeps pushing, corrupt/truncated/mismatched models on
 * reload, SIGTERM while the sender is still sending, and a slow PUB
 * subscriber whose losses must equal the daemon's `dropped` exactly.
 * Sizes shrink under AddressSanitizer (see tl_articles()); the articles
 * and the sender thread are in loadgen.c. */
#include "suites.h"
#include "harness.h"
#include "loadgen.h"
#include "../core/sha256.h"

#include <jansson.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <zmq.h>

#if defined(__SANITIZE_ADDRESS__)
#define TL_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TL_ASAN 1
#endif
#endif
#ifndef TL_ASAN
#define TL_ASAN 0
#endif

/* The high-water mark of every socket on the article path, the test's
 * and the daemon's (--hwm): small, so back-pressure is exercised. */
#define TL_HWM 16
#define TL_HWM_STR "16"

/* Articles for the load test: $ST_LOAD_ARTICLES, else 200,000, or 40,000
 * in an AddressSanitizer build (about 5 times slower, and its allocator's
 * resident memory settles later: from article 5,000 to 20,000 it still
 * grew 3-4%, from 10,000 to 40,000 2.6%). */
static long tl_articles(void)
{
    const char *e = getenv("ST_LOAD_ARTICLES");
    if (e && atol(e) > 0)
        return atol(e);
    return TL_ASAN ? 40000 : 200000;
}

/* ---- what arrived on the PUSH output ---- */

typedef struct tl_seen {
    long cap;
    unsigned char *count;       /* per article id */
    unsigned char *model;       /* 1 or 2: which model classified it */
    char models[2][32];         /* their ids */
    long articles, quotes, errors, dup, unknown, mixed, malformed;
} tl_seen;

static void seen_init(tl_seen *t, long cap)
{
    memset(t, 0, sizeof *t);
    t->cap = cap;
    t->count = calloc((size_t)cap, 1);
    t->model = calloc((size_t)cap, 1);
    ck_assert(t->count && t->model);
}

static void seen_free(tl_seen *t)
{
    free(t->count);
    free(t->model);
}

/* Which known model the message names: 1 or 2, 0 for none of them. */
static int model_code(tl_seen *t, const char *json)
{
    const char *m = strstr(json, "\"model\":\"");
    for (int k = 0; m && k < 2; k++)
        if (t->models[k][0] && !strncmp(m + 9, t->models[k], strlen(t->models[k])) &&
            m[9 + strlen(t->models[k])] == '"')
            return k + 1;
    return 0;
}

/* Records one [topic, json] result.  Read without a full JSON parse (the
 * daemon writes compact JSON, "seq" then "id" first): the 200,000 results
 * must not cost the test more CPU than the daemon. */
static void seen_add(tl_seen *t, const char *topic, const char *json)
{
    const char *p;
    long id;
    int code;
    if (!strcmp(topic, "error")) {
        t->errors++;
        return;
    }
    p = strstr(json, !strcmp(topic, "article") ? "\"id\":\"L" : "\"article_id\":\"L");
    if (!p || (id = atol(strchr(p, 'L') + 1)) < 0 || id >= t->cap) {
        t->malformed++;
        return;
    }
    code = t->models[0][0] ? model_code(t, json) : 0;
    if (t->models[0][0] && !code)
        t->unknown++;
    if (!strcmp(topic, "article")) {
        if (t->count[id]++)
            t->dup++;
        t->model[id] = (unsigned char)code;
        t->articles++;
    } else {
        /* The article's result comes first; its quotes must name its model. */
        if (t->model[id] != code)
            t->mixed++;
        t->quotes++;
    }
}

/* Receives one result into t; 0 on time-out. */
static int pull_one(void *pull, tl_seen *t, char *buf, size_t size)
{
    char topic[64];
    int tn = zmq_recv(pull, topic, sizeof topic - 1, 0), bn;
    if (tn < 0)
        return 0;
    topic[tn < (int)sizeof topic ? tn : (int)sizeof topic - 1] = '\0';
    bn = zmq_recv(pull, buf, size - 1, 0);
    if (bn < 0 || bn >= (int)size) {
        t->malformed++;
        return 1;
    }
    buf[bn] = '\0';
    seen_add(t, topic, buf);
    return 1;
}

static void *open_pull(th_daemon *d, int timeout_ms)
{
    void *pull = zmq_socket(d->ctx, ZMQ_PULL);
    int hwm = TL_HWM, linger = 0;
    zmq_setsockopt(pull, ZMQ_RCVHWM, &hwm, sizeof hwm);
    zmq_setsockopt(pull, ZMQ_LINGER, &linger, sizeof linger);
    zmq_setsockopt(pull, ZMQ_RCVTIMEO, &timeout_ms, sizeof timeout_ms);
    ck_assert_int_eq(zmq_connect(pull, d->pushout), 0);
    return pull;
}

static long long stat_int(th_daemon *d, const char *key)
{
    json_t *st = th_control(d, "stats");
    long long v = json_integer_value(json_object_get(st, key));
    json_decref(st);
    return v;
}

static void model_id(th_daemon *d, char *out, size_t size)
{
    json_t *st = th_control(d, "stats");
    snprintf(out, size, "%s",
             json_string_value(json_object_get(json_object_get(st, "model"), "id")));
    json_decref(st);
}

/* The daemon under ASan: a small allocator quarantine (4 MB instead of
 * 256 MB), so that resident memory reaches its plateau early instead of
 * growing until 256 MB of freed blocks are held; freed memory is still
 * poisoned and use of a recently freed block still caught. */
static const char *const *daemon_flags(void)
{
    static const char *const flags[] = { "--hwm", TL_HWM_STR, NULL };
    if (TL_ASAN) {
        const char *old = getenv("ASAN_OPTIONS");
        char opts[512];
        snprintf(opts, sizeof opts, "%s%squarantine_size_mb=4", old ? old : "",
                 old && *old ? ":" : "");
        setenv("ASAN_OPTIONS", opts, 1);   /* this forked test only, for the child */
    }
    return flags;
}

/* 200,000 articles (40,000 under ASan) through PUSH -> stanced -> PUSH,
 * every socket at a high-water mark of 16: each id exactly once, and the
 * daemon's resident memory grows less than 5% from the quarter mark
 * (article 50,000; 10,000 under ASan) to the end. */
START_TEST(load_push_to_push)
{
    th_daemon d;
    th_sender snd;
    tl_seen t;
    long n = tl_articles(), mark = n / 4, missing = 0;
    long rss0, rss_mark = -1, rss_end, rss_max = 0;
    char buf[1 << 16];
    double t0, t1;
    void *pull;

    th_start_args(&d, st_test_path("model/stance.model"), TH_PUSH_OUT | TH_TCP_IN,
                  daemon_flags());
    zmq_setsockopt(d.sub, ZMQ_UNSUBSCRIBE, "", 0);     /* PUB: no subscriber */
    pull = open_pull(&d, 30000 * th_timeout_scale());
    seen_init(&t, n);
    rss0 = th_rss_kb(d.pid);
    t0 = th_now();
    th_sender_start(&snd, d.ctx, d.in, TL_HWM, n);
    while (t.articles < n && pull_one(pull, &t, buf, sizeof buf)) {
        if (t.articles && (t.articles % 10000 == 0 || t.articles == mark)) {
            long rss = th_rss_kb(d.pid);
            if (rss > rss_max)
                rss_max = rss;
            if (t.articles == mark && rss_mark < 0)
                rss_mark = rss;
        }
    }
    t1 = th_now();
    rss_end = th_rss_kb(d.pid);
    ck_assert_int_eq(th_sender_join(&snd), n);
    for (long i = 0; i < n; i++)
        missing += t.count[i] == 0;
    printf("load: %ld articles sent, %ld received (%ld quotes) in %.1f s (%.0f/s), "
           "%ld missing, %ld duplicated; daemon VmRSS %ld kB at start, %ld kB at article %ld, "
           "%ld kB at %ld (max %ld kB, growth %+.2f%%)\n",
           n, t.articles, t.quotes, t1 - t0, (double)t.articles / (t1 - t0), missing, t.dup,
           rss0, rss_mark, mark, rss_end, n, rss_max,
           100.0 * (double)(rss_end - rss_mark) / (double)rss_mark);
    fflush(stdout);
    ck_assert_int_eq(t.articles, n);
    ck_assert_int_eq(missing, 0);
    ck_assert_int_eq(t.dup, 0);
    ck_assert_int_eq(t.malformed, 0);
    ck_assert_int_eq(t.errors, 0);
    ck_assert_int_gt(t.quotes, n / 2);
    ck_assert_int_gt(rss_mark, 0);
    ck_assert_msg(rss_end * 100 < rss_mark * 105, "VmRSS grew from %ld kB to %ld kB",
                  rss_mark, rss_end);
    ck_assert_int_eq(stat_int(&d, "received"), n);
    zmq_close(pull);
    seen_free(&t);
    ck_assert_int_eq(th_stop(&d), 0);
}
END_TEST

/* ---- reloads while a sender keeps pushing ---- */

typedef struct tl_puller {
    void *pull;
    tl_seen *seen;
    atomic_long target;         /* stop after this many articles (-1: not yet known) */
    atomic_long articles;       /* progress, for the main thread */
    double deadline;
    pthread_t thread;
} tl_puller;

static void *puller_main(void *arg)
{
    tl_puller *p = arg;
    static char buf[1 << 16];
    while (th_now() < p->deadline) {
        long target = p->target;
        if (target >= 0 && p->seen->articles >= target)
            break;
        pull_one(p->pull, p->seen, buf, sizeof buf);
        p->articles = p->seen->articles;
    }
    return NULL;
}

/* 50 reloads, alternating two valid models, while a sender thread keeps
 * pushing and a puller thread reads the PUSH output: every article sent
 * arrives exactly once, classified by one of the two models, and every
 * quote names its article's model. */
START_TEST(reloads_under_load)
{
    enum { RELOADS = 50 };
    th_daemon d;
    th_sender snd;
    tl_puller pl;
    tl_seen t;
    char a[256], b[256], cmd[2048];
    long sent, missing = 0, by_model[3] = { 0 };
    int reloads = 0;
    double t0, t1;

    th_start_args(&d, st_test_path("model/stance.model"), TH_PUSH_OUT | TH_TCP_IN,
                  daemon_flags());
    zmq_setsockopt(d.sub, ZMQ_UNSUBSCRIBE, "", 0);
    seen_init(&t, 2000000);
    model_id(&d, t.models[0], sizeof t.models[0]);
    /* Model B: the same model plus a trailing newline, re-signed. */
    snprintf(a, sizeof a, "%s/a.model", d.dir);
    snprintf(b, sizeof b, "%s/b.model", d.dir);
    snprintf(cmd, sizeof cmd, "cp %s %s && cp %s.json %s.json && cp %s %s && printf '\\n' >> %s",
             d.model, a, d.model, a, d.model, b, b);
    ck_assert_int_eq(system(cmd), 0);
    th_resign_model(b, d.model);
    {
        char hex[65];
        long bytes;
        ck_assert_int_eq(st_sha256_file(b, hex, &bytes), 0);
        snprintf(t.models[1], sizeof t.models[1], "stance-%.12s", hex);
    }
    memset(&pl, 0, sizeof pl);
    pl.pull = open_pull(&d, 200);
    pl.seen = &t;
    pl.target = -1;
    pl.deadline = th_now() + 100.0 * th_timeout_scale();
    ck_assert_int_eq(pthread_create(&pl.thread, NULL, puller_main, &pl), 0);
    th_sender_start(&snd, d.ctx, d.in, TL_HWM, t.cap);
    t0 = th_now();
    for (int k = 0; k < RELOADS; k++) {
        const char *src = k % 2 ? a : b;
        long before = pl.articles;
        json_t *r;
        /* Some articles between reloads, so each reload lands mid-stream. */
        while (pl.articles < before + 50 && th_now() < pl.deadline)
            th_sleep_ms(5);
        snprintf(cmd, sizeof cmd, "cp %s %s.t && cp %s.json %s.json && mv %s.t %s", src,
                 d.model, src, d.model, d.model, d.model);
        ck_assert_int_eq(system(cmd), 0);
        r = th_control(&d, "reload");
        ck_assert_msg(json_is_true(json_object_get(r, "ok")), "reload %d: %s", k,
                      json_string_value(json_object_get(r, "error")));
        ck_assert_str_eq(json_string_value(json_object_get(r, "model")), t.models[k % 2 ? 0 : 1]);
        json_decref(r);
        reloads++;
    }
    t1 = th_now();
    sent = th_sender_join(&snd);
    pl.target = sent;
    pthread_join(pl.thread, NULL);
    for (long i = 0; i < sent; i++) {
        missing += t.count[i] == 0;
        by_model[t.model[i] <= 2 ? t.model[i] : 0]++;
    }
    printf("reloads: %d reloads in %.1f s while %ld articles were sent; %ld received "
           "(%ld by model A, %ld by model B, %ld by neither), %ld quotes, %ld missing, "
           "%ld duplicated, %ld quotes naming another model than their article's\n",
           reloads, t1 - t0, sent, t.articles, by_model[1], by_model[2], by_model[0],
           t.quotes, missing, t.dup, t.mixed);
    fflush(stdout);
    ck_assert_str_ne(t.models[0], t.models[1]);
    ck_assert_int_eq(t.articles, sent);
    ck_assert_int_eq(missing, 0);
    ck_assert_int_eq(t.dup, 0);
    ck_assert_int_eq(t.unknown, 0);
    ck_assert_int_eq(t.mixed, 0);
    ck_assert_int_eq(t.malformed, 0);
    ck_assert_int_eq(by_model[0], 0);
    ck_assert_int_gt(by_model[1], 0);
    ck_assert_int_gt(by_model[2], 0);
    ck_assert_int_eq(stat_int(&d, "reloads"), RELOADS);
    ck_assert_int_eq(stat_int(&d, "reload_failures"), 0);
    ck_assert_int_eq(stat_int(&d, "received"), sent);
    zmq_close(pl.pull);
    seen_free(&t);
    ck_assert_int_eq(th_stop(&d), 0);
}
END_TEST

/* ---- bad models on reload ---- */

enum { DAMAGE_TRUNCATE, DAMAGE_GARBAGE, DAMAGE_HEADER, DAMAGE_FINGERPRINT, DAMAGE_VERSION };

static const struct bad_model {
    const char *name;
    int damage, resign;
    const char *error;          /* expected in the reload's error */
} bad_models[] = {
    { "truncated to 2 MB, sidecar unchanged", DAMAGE_TRUNCATE, 0, "checksum mismatch" },
    { "truncated to 2 MB, checksum recomputed", DAMAGE_TRUNCATE, 1, "last line not terminated" },
    { "same size, bytes overwritten mid-file", DAMAGE_GARBAGE, 0, "checksum mismatch" },
    { "same size, bytes overwritten, checksum recomputed", DAMAGE_GARBAGE, 1, "is not model text" },
    { "same size, header damaged, checksum recomputed", DAMAGE_HEADER, 1, "unknown header word" },
    { "sidecar of another feature set (fingerprint)", DAMAGE_FINGERPRINT, 0,
      "feature fingerprint" },
    { "sidecar of another feature version", DAMAGE_VERSION, 0, "feature version" },
};

/* Overwrites len bytes of path at offset with what (same size). */
static void overwrite(const char *path, long offset, const char *what)
{
    FILE *fp = fopen(path, "r+b");
    ck_assert_ptr_nonnull(fp);
    ck_assert_int_eq(fseek(fp, offset, SEEK_SET), 0);
    ck_assert_uint_eq(fwrite(what, 1, strlen(what), fp), strlen(what));
    ck_assert_int_eq(fclose(fp), 0);
}

static void edit_sidecar(const char *model, const char *key, json_t *value)
{
    char side[256];
    json_error_t je;
    json_t *sc;
    snprintf(side, sizeof side, "%s.json", model);
    sc = json_load_file(side, 0, &je);
    ck_assert_ptr_nonnull(sc);
    json_object_set_new(sc, key, value);
    ck_assert_int_eq(json_dump_file(sc, side, JSON_INDENT(2)), 0);
    json_decref(sc);
}

/* 1 when the byte just before offset in path is a newline. */
static int ends_line_at(const char *path, long offset)
{
    FILE *f = fopen(path, "rb");
    int c;
    ck_assert_ptr_nonnull(f);
    ck_assert_int_eq(fseek(f, offset - 1, SEEK_SET), 0);
    c = fgetc(f);
    fclose(f);
    return c == '\n';
}

/* Each damaged model on reload: the reload fails with its reason, the old
 * model keeps classifying, and the good model then reloads fine. */
START_TEST(bad_model_keeps_old)
{
    const struct bad_model *bm = &bad_models[_i];
    th_daemon d;
    char old[64], cmd[1024], good[256];
    json_t *r, *art;

    th_start_args(&d, st_test_path("model/stance.model"), 0, NULL);
    model_id(&d, old, sizeof old);
    snprintf(good, sizeof good, "%s/good.model", d.dir);
    snprintf(cmd, sizeof cmd, "cp %s %s && cp %s.json %s.json", d.model, good, d.model, good);
    ck_assert_int_eq(system(cmd), 0);
    switch (bm->damage) {
    case DAMAGE_TRUNCATE:
        /* Cut mid-line, whatever the model's line lengths: a cut right
         * after a newline is a different fault (a short model). */
        ck_assert_int_eq(truncate(d.model, 2000000 - ends_line_at(d.model, 2000000)), 0);
        break;
    case DAMAGE_GARBAGE:
        overwrite(d.model, 1500000, "#\xff?x");
        break;
    case DAMAGE_HEADER:
        overwrite(d.model, 0, "svm_tyqe");
        break;
    case DAMAGE_FINGERPRINT:
        edit_sidecar(d.model, "feature_fingerprint", json_string("0123456789abcdef"));
        break;
    case DAMAGE_VERSION:
        edit_sidecar(d.model, "feature_version", json_integer(99));
        break;
    }
    if (bm->resign)
        th_resign_model(d.model, good);
    r = th_control(&d, "reload");
    ck_assert_msg(json_is_false(json_object_get(r, "ok")), "%s: the reload succeeded", bm->name);
    ck_assert_msg(strstr(json_string_value(json_object_get(r, "error")), bm->error) != NULL,
                  "%s: error '%s' does not mention '%s'", bm->name,
                  json_string_value(json_object_get(r, "error")), bm->error);
    printf("bad model: %s: refused (%s)\n", bm->name,
           json_string_value(json_object_get(r, "error")));
    json_decref(r);
    ck_assert_int_ge(zmq_send(d.push, th_article, th_article_len, 0), 0);
    art = th_next_of(&d, "article");
    ck_assert_ptr_nonnull(art);
    ck_assert_str_eq(json_string_value(json_object_get(art, "model")), old);
    ck_assert_uint_eq(json_array_size(json_object_get(art, "quotes")), 2);
    json_decref(art);
    ck_assert_int_eq(stat_int(&d, "reload_failures"), 1);
    snprintf(cmd, sizeof cmd, "cp %s %s && cp %s.json %s.json", good, d.model, good, d.model);
    ck_assert_int_eq(system(cmd), 0);
    r = th_control(&d, "reload");
    ck_assert(json_is_true(json_object_get(r, "ok")));
    json_decref(r);
    ck_assert_int_eq(th_stop(&d), 0);
}
END_TEST

/* ---- SIGTERM while the sender is still sending ---- */

/* Reads the "stopped: N received" count from the daemon's log. */
static long long log_received(const char *log)
{
    FILE *fp = fopen(log, "r");
    char line[1024];
    long long n = -1;
    ck_assert_ptr_nonnull(fp);
    while (fgets(line, sizeof line, fp)) {
        const char *p = strstr(line, "stopped: ");
        if (p)
            n = atoll(p + 9);
    }
    fclose(fp);
    return n;
}

/* SIGTERM while a sender is pushing as fast as the daemon takes articles:
 * the daemon stops reading and exits 0, and every article it accepted
 * (its final "received") is delivered on the PUSH output exactly once:
 * ids 0..received-1, since one PUSH connection keeps its order. */
START_TEST(sigterm_under_load_drains)
{
    static const char *const flags[] = { "--hwm", TL_HWM_STR, "--log-level", "info", NULL };
    th_daemon d;
    th_sender snd;
    tl_seen t;
    long before = TL_ASAN ? 1000 : 5000, missing = 0, beyond = 0;
    long long accepted;
    char buf[1 << 16];
    int status = -1;
    double deadline;
    void *pull;

    th_start_args(&d, st_test_path("model/stance.model"), TH_PUSH_OUT | TH_LOG_FILE | TH_TCP_IN,
                  flags);
    zmq_setsockopt(d.sub, ZMQ_UNSUBSCRIBE, "", 0);
    pull = open_pull(&d, 500);
    seen_init(&t, 2000000);
    th_sender_start(&snd, d.ctx, d.in, TL_HWM, t.cap);
    snd.linger_ms = 0;          /* what the daemon did not take is not ours to wait for */
    deadline = th_now() + 100.0 * th_timeout_scale();
    while (t.articles < before && th_now() < deadline)
        pull_one(pull, &t, buf, sizeof buf);
    ck_assert_int_eq(t.articles, before);
    kill(d.pid, SIGTERM);
    /* Read until the daemon has exited and its output is empty. */
    for (;;) {
        if (pull_one(pull, &t, buf, sizeof buf))
            continue;
        if (status == -1 && waitpid(d.pid, &status, WNOHANG) == d.pid)
            continue;   /* one more empty read after the exit */
        if (status != -1 || th_now() > deadline)
            break;
    }
    ck_assert_msg(status != -1, "stanced did not exit after SIGTERM");
    d.pid = -1;
    ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    accepted = log_received(d.log);
    for (long i = 0; i < t.cap; i++) {
        if (i < accepted)
            missing += t.count[i] != 1;
        else
            beyond += t.count[i] != 0;
    }
    printf("sigterm: SIGTERM after %ld articles delivered, with the sender still sending "
           "(%ld sent); the daemon had accepted %lld, %ld delivered, %ld missing, %ld "
           "duplicated\n", before, (long)snd.sent, accepted, t.articles, missing, t.dup);
    fflush(stdout);
    ck_assert_int_eq(th_sender_join(&snd) >= accepted, 1);
    ck_assert_int_gt(accepted, before);
    ck_assert_int_eq(t.articles, accepted);
    ck_assert_int_eq(missing, 0);
    ck_assert_int_eq(beyond, 0);
    ck_assert_int_eq(t.dup, 0);
    zmq_close(pull);
    seen_free(&t);
    th_stop(&d);
}
END_TEST

/* ---- a slow PUB subscriber ---- */

/* One subscriber's view: per topic, the sequence numbers received. */
typedef struct tl_view {
    void *sub;
    long long *seqs[8];
    long n[8], cap[8];
    long long last[8], gaps[8];
    long disorder, messages;
    atomic_int stop;
    pthread_t thread;
} tl_view;

static const char *const topics[] = { "article", "quote.conciliatory", "quote.adversarial",
                                      "quote.neutral", "error" };
enum { NTOPICS = 5 };

/* Records one message; 0 on time-out. */
static int view_one(tl_view *v)
{
    char topic[64], buf[1 << 16];
    int tn = zmq_recv(v->sub, topic, sizeof topic - 1, 0), bn, k;
    long long seq;
    if (tn < 0)
        return 0;
    topic[tn < (int)sizeof topic ? tn : (int)sizeof topic - 1] = '\0';
    bn = zmq_recv(v->sub, buf, sizeof buf - 1, 0);
    if (bn < 0)
        return 0;
    buf[bn < (int)sizeof buf ? bn : (int)sizeof buf - 1] = '\0';
    for (k = 0; k < NTOPICS && strcmp(topic, topics[k]); k++)
        ;
    if (k == NTOPICS || strncmp(buf, "{\"seq\":", 7)) {
        v->disorder++;
        return 1;
    }
    seq = atoll(buf + 7);
    if (seq <= v->last[k])
        v->disorder++;
    else
        v->gaps[k] += seq - v->last[k] - 1;
    v->last[k] = seq;
    if (v->n[k] == v->cap[k]) {
        v->cap[k] = v->cap[k] ? v->cap[k] * 2 : 1024;
        v->seqs[k] = realloc(v->seqs[k], (size_t)v->cap[k] * sizeof *v->seqs[k]);
        if (!v->seqs[k])
            abort();
    }
    v->seqs[k][v->n[k]++] = seq;
    v->messages++;
    return 1;
}

static void *fast_main(void *arg)
{
    tl_view *v = arg;
    while (!v->stop)
        view_one(v);
    while (view_one(v))
        ;
    return NULL;
}

static long long view_gaps(const tl_view *v)
{
    long long g = 0;
    for (int k = 0; k < NTOPICS; k++)
        g += v->gaps[k];
    return g;
}

/* Reads v until it has received want_messages in all. */
static int view_until(tl_view *v, long want_messages)
{
    double end = th_now() + 10.0 * th_timeout_scale();
    while (v->messages < want_messages && th_now() < end)
        view_one(v);
    return v->messages >= want_messages;
}

/* A fast subscriber and a slow one (receive high-water mark 4, reading
 * one message per millisecond) on the PUB output while 20,000 articles
 * (5,000 under ASan), some malformed, flow; the daemon's own --hwm is 16.
 * With XPUB_NODROP a message that any matching subscriber cannot take is
 * sent to none, so: the sum of the sequence gaps each subscriber sees on
 * every topic equals the daemon's `dropped`, both see the same sequence
 * numbers, and each received exactly `published` messages per topic. */
START_TEST(slow_subscriber_drops_exact)
{
    th_daemon d;
    th_sender snd;
    tl_view fast, slow;
    json_t *st, *pub;
    long n = TL_ASAN ? 5000 : 20000;
    long long dropped, published = 0, last_sum = 0;
    int hwm = 4, linger = 0, ms = 100;
    static const char closer[] =
        "{\"id\":\"close\",\"text\":\"Talks resumed in Geneva on Friday.\\n\\n\\u201cWe welcome "
        "this constructive dialogue and look forward to working together,\\u201d said Maria "
        "Ortega, the envoy.\\n\\n\\u201cThese sanctions are an outrageous provocation and we "
        "will retaliate,\\u201d said Ivan Petrov, the minister.\\n\\n\\u201cThe meeting will "
        "take place on Tuesday at the ministry,\\u201d said Chen Hui, a spokesman.\"}";

    th_start_args(&d, st_test_path("model/stance.model"), TH_TCP_IN, daemon_flags());
    memset(&fast, 0, sizeof fast);
    memset(&slow, 0, sizeof slow);
    fast.sub = d.sub;          /* the harness's SUB: all topics, high-water mark 100,000 */
    zmq_setsockopt(fast.sub, ZMQ_RCVTIMEO, &ms, sizeof ms);
    slow.sub = zmq_socket(d.ctx, ZMQ_SUB);
    zmq_setsockopt(slow.sub, ZMQ_RCVHWM, &hwm, sizeof hwm);
    zmq_setsockopt(slow.sub, ZMQ_LINGER, &linger, sizeof linger);
    zmq_setsockopt(slow.sub, ZMQ_RCVTIMEO, &ms, sizeof ms);
    zmq_setsockopt(slow.sub, ZMQ_SUBSCRIBE, "", 0);
    ck_assert_int_eq(zmq_connect(slow.sub, d.out), 0);
    ck_assert_int_eq(pthread_create(&fast.thread, NULL, fast_main, &fast), 0);
    th_sleep_ms(300);
    /* Both subscriptions are in place once the slow one gets this. */
    ck_assert_int_ge(zmq_send(d.push, th_article, th_article_len, 0), 0);
    ck_assert(view_until(&slow, 3));
    /* The flood, then n/500 messages that are not JSON (the error topic). */
    th_sender_start(&snd, d.ctx, d.in, TL_HWM, n);
    for (double end = th_now() + 120.0 * th_timeout_scale(); snd.sent < n && th_now() < end;) {
        if (view_one(&slow))
            th_sleep_ms(1);
    }
    ck_assert_int_eq(th_sender_join(&snd), n);
    for (long i = 0; i < n / 500; i++)
        ck_assert_int_ge(zmq_send(d.push, "not json", 8, 0), 0);
    for (double end = th_now() + 30.0 * th_timeout_scale();
         stat_int(&d, "received") < 1 + n + n / 500 && th_now() < end;)
        th_sleep_ms(50);
    ck_assert_int_eq(stat_int(&d, "received"), 1 + n + n / 500);
    while (stat_int(&d, "inflight") > 0)
        th_sleep_ms(20);
    while (view_one(&slow))     /* what is still queued for the slow one */
        ;
    /* Closers, once every queue is empty: one article with a quote of
     * each stance and one error, so that a drop at the end of any topic
     * would show as a gap too. */
    ck_assert_int_ge(zmq_send(d.push, closer, sizeof closer - 1, 0), 0);
    ck_assert_int_ge(zmq_send(d.push, "not json", 8, 0), 0);
    ck_assert(view_until(&slow, slow.messages + 5));
    th_sleep_ms(300);
    fast.stop = 1;
    pthread_join(fast.thread, NULL);
    st = th_control(&d, "stats");
    dropped = json_integer_value(json_object_get(st, "dropped"));
    pub = json_object_get(st, "published");
    for (int k = 0; k < NTOPICS; k++) {
        long long p = json_integer_value(json_object_get(pub, topics[k]));
        published += p;
        last_sum += slow.last[k];
        ck_assert_msg(slow.n[k] == p && fast.n[k] == p,
                      "%s: published %lld, slow got %ld, fast got %ld", topics[k], p,
                      slow.n[k], fast.n[k]);
        ck_assert_msg(!memcmp(slow.seqs[k], fast.seqs[k], (size_t)p * sizeof(long long)),
                      "%s: the two subscribers saw different messages", topics[k]);
        ck_assert_int_eq(slow.last[k], fast.last[k]);
    }
    printf("slow subscriber: %ld articles + %ld malformed; %lld messages published, %lld "
           "dropped; slow subscriber got %ld and saw %lld sequence gaps (article %lld, "
           "conciliatory %lld, adversarial %lld, neutral %lld, error %lld), fast one got %ld "
           "and saw %lld\n",
           n + 2, n / 500 + 1, published, dropped, slow.messages, view_gaps(&slow),
           slow.gaps[0], slow.gaps[1], slow.gaps[2], slow.gaps[3], slow.gaps[4],
           fast.messages, view_gaps(&fast));
    fflush(stdout);
    ck_assert_int_gt(dropped, 0);
    ck_assert_int_eq(view_gaps(&slow), dropped);
    ck_assert_int_eq(view_gaps(&fast), dropped);
    ck_assert_int_eq(last_sum, published + dropped);    /* no loss after the last seen */
    ck_assert_int_eq(slow.disorder, 0);
    ck_assert_int_eq(fast.disorder, 0);
    json_decref(st);
    for (int k = 0; k < NTOPICS; k++) {
        free(slow.seqs[k]);
        free(fast.seqs[k]);
    }
    zmq_close(slow.sub);
    ck_assert_int_eq(th_stop(&d), 0);
}
END_TEST

/* --hwm: validated, documented in --help. */
START_TEST(hwm_flag)
{
    const char *bin = getenv("ST_STANCED");
    char cmd[1024];
    ck_assert_ptr_nonnull(bin);
    snprintf(cmd, sizeof cmd, "'%s' --config /dev/null --hwm 0 2>&1 | grep -q 'hwm: .0. is not'",
             bin);
    ck_assert_int_eq(WEXITSTATUS(system(cmd)), 0);
    snprintf(cmd, sizeof cmd, "'%s' --config /dev/null --hwm 12x 2>/dev/null", bin);
    ck_assert_int_eq(WEXITSTATUS(system(cmd)), 2);
    snprintf(cmd, sizeof cmd, "'%s' --help | grep -q -- '--hwm N'", bin);
    ck_assert_int_eq(WEXITSTATUS(system(cmd)), 0);
}
END_TEST

Suite *st_suite_load(void)
{
    Suite *s = suite_create("load");
    TCase *load = tcase_create("load"), *faults = tcase_create("faults");
    /* Timeouts are multiplied by CK_TIMEOUT_MULTIPLIER (4 under ASan). */
    /* Real daemons: outside `make valgrind`'s runner pass (see Makefile). */
    tcase_set_tags(load, "daemon");
    tcase_set_tags(faults, "daemon");
    tcase_set_timeout(load, 300);
    tcase_add_test(load, load_push_to_push);
    tcase_set_timeout(faults, 120);
    tcase_add_test(faults, reloads_under_load);
    tcase_add_loop_test(faults, bad_model_keeps_old, 0, sizeof bad_models / sizeof *bad_models);
    tcase_add_test(faults, sigterm_under_load_drains);
    tcase_add_test(faults, slow_subscriber_drops_exact);
    tcase_add_test(faults, hwm_flag);
    suite_add_tcase(s, load);
    suite_add_tcase(s, faults);
    return s;
}
