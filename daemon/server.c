/* server.c - stanced's main loop: ingest, hand-off, publish, control. */
#include "server.h"
#include "log.h"
#include "zap.h"
#include "../core/curve.h"
#include "../core/util.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/signalfd.h>
#include <systemd/sd-daemon.h>
#include <time.h>
#include <unistd.h>
#include <zmq.h>

#define INFLIGHT_PER_WORKER 4

/* A socket with its LINGER; a client-facing one (domain set) is a CURVE
 * server when CURVE is on.  NULL when it cannot be made. */
static void *socket_of(st_server *s, int type, int linger, int domain)
{
    void *z = zmq_socket(s->ctx, type);
    st_error err;
    if (!z)
        return NULL;
    zmq_setsockopt(z, ZMQ_LINGER, &linger, sizeof linger);
    if (s->zap && domain >= 0 &&
        (st_curve_apply_server(z, s->cfg.curve_key, st_zap_domains[domain], &err) != ST_OK ||
         st_zap_watch(s->zap, s->ctx, z, domain, &err) != ST_OK)) {
        st_log(LOG_ERR, "%s", err.text);
        zmq_close(z);
        return NULL;
    }
    return z;
}

static st_model_ref *load_model(st_server *s, st_error *err)
{
    st_model_ref *r = calloc(1, sizeof *r);
    char buf[1024];
    const char *path = s->cfg.model[0] ? s->cfg.model : st_model_default_path(buf, sizeof buf);
    if (!r) {
        st_error_set(err, ST_ERR_NOMEM, "out of memory loading the model");
        return NULL;
    }
    /* Lean: the collapsed weights serve, and a reload beside the running
     * model holds one head's support vectors at a time. */
    if (st_model_load_lean(&r->m, path, s->fx.fingerprint, err) != ST_OK) {
        free(r);
        return NULL;
    }
    r->loaded_at = st_clock_wall();
    return r;
}

int st_server_init(st_server *s, const st_config *cfg, st_error *err)
{
    sigset_t mask;
    int zero = 0, one = 1, i, rc;
    /* --max-message is checked per message, so an oversized article gets
     * an error; libzmq's own limit is the hard bound on memory beyond it
     * (a peer that exceeds it loses its connection). */
    int64_t maxmsg = (int64_t)cfg->max_message * 2 > (64 << 20) ? (int64_t)cfg->max_message * 2
                                                               : (64 << 20);

    memset(s, 0, sizeof *s);
    s->cfg = *cfg;
    s->sigfd = -1;
    s->started = st_clock_wall();
    pthread_mutex_init(&s->model_lock, NULL);
    if ((rc = st_features_init(&s->fx, err)) != ST_OK)
        return rc;
    s->model = load_model(s, err);
    if (!s->model)
        return ST_ERR_MODEL;
    st_log(LOG_INFO, "model %s loaded from %s", s->model->m.id, s->model->m.path);
    /* The signals were blocked in main() before any thread existed. */
    sigemptyset(&mask);
    sigaddset(&mask, SIGTERM);
    sigaddset(&mask, SIGINT);
    sigaddset(&mask, SIGHUP);
    s->sigfd = signalfd(-1, &mask, SFD_CLOEXEC | SFD_NONBLOCK);
    if (s->sigfd < 0)
        return st_error_set(err, ST_ERR_NET, "signalfd: %s", strerror(errno));
    s->ctx = zmq_ctx_new();
    if (!s->ctx)
        return st_error_set(err, ST_ERR_NET, "zmq_ctx_new: %s", zmq_strerror(zmq_errno()));
    if (cfg->curve_secret[0]) {
        /* The handler is bound before any socket can take a connection:
         * without it libzmq would accept every CURVE client. */
        s->zap = calloc(1, sizeof *s->zap);
        if (!s->zap)
            return st_error_set(err, ST_ERR_NOMEM, "out of memory starting CURVE");
        if ((rc = st_zap_start(s->zap, s->ctx, cfg->curve_allow, err)) != ST_OK)
            return rc;
        {
            char pub[41];
            zmq_curve_public(pub, cfg->curve_key);
            st_log(LOG_INFO, "CURVE on every socket: server key %s, %zu client keys allowed",
                   pub, s->zap->nkeys);
        }
    }
    s->in = socket_of(s, cfg->use_sub ? ZMQ_SUB : ZMQ_PULL, 0, ST_ZAP_INGEST);
    s->out = socket_of(s, ZMQ_XPUB, 500, ST_ZAP_OUTPUT);
    s->control = socket_of(s, ZMQ_REP, 0, ST_ZAP_CONTROL);
    s->jobs = socket_of(s, ZMQ_PUSH, 0, -1);
    if (cfg->out_push[0]) {
        /* Queued results still go out at close, for up to 10 s. */
        s->out_push = socket_of(s, ZMQ_PUSH, 10000, ST_ZAP_PUSH);
        if (s->out_push)
            zmq_setsockopt(s->out_push, ZMQ_SNDHWM, &cfg->hwm, sizeof cfg->hwm);
        if (!s->out_push || (rc = st_endpoint_attach(s->out_push, cfg->out_push, 1, err)))
            return s->out_push ? rc : st_error_set(err, ST_ERR_NET, "zmq_socket failed");
    }
    s->results = socket_of(s, ZMQ_PULL, 0, -1);
    if (!s->in || !s->out || !s->control || !s->jobs || !s->results)
        return st_error_set(err, ST_ERR_NET, "zmq_socket: %s", zmq_strerror(zmq_errno()));
    zmq_setsockopt(s->in, ZMQ_MAXMSGSIZE, &maxmsg, sizeof maxmsg);
    zmq_setsockopt(s->in, ZMQ_RCVHWM, &cfg->hwm, sizeof cfg->hwm);
    zmq_setsockopt(s->out, ZMQ_SNDHWM, &cfg->hwm, sizeof cfg->hwm);
    if (cfg->use_sub)
        zmq_setsockopt(s->in, ZMQ_SUBSCRIBE, cfg->sub, strlen(cfg->sub));
    /* Full subscriber queues make sends fail with EAGAIN instead of
     * dropping silently: every loss is counted. */
    zmq_setsockopt(s->out, ZMQ_XPUB_NODROP, &one, sizeof one);
    zmq_setsockopt(s->jobs, ZMQ_SNDHWM, &zero, sizeof zero);
    zmq_setsockopt(s->results, ZMQ_RCVHWM, &zero, sizeof zero);
    if ((rc = st_endpoint_attach(s->in, cfg->in, !cfg->use_sub, err)) ||
        (rc = st_endpoint_attach(s->out, cfg->out, 1, err)) ||
        (rc = st_endpoint_attach(s->control, cfg->control, 1, err)) ||
        (rc = st_endpoint_attach(s->jobs, "@inproc://stanced-jobs", 1, err)) ||
        (rc = st_endpoint_attach(s->results, "@inproc://stanced-results", 1, err)))
        return rc;
    s->nthreads = cfg->workers;
    s->threads = calloc((size_t)s->nthreads, sizeof *s->threads);
    s->heartbeat = calloc((size_t)s->nthreads, sizeof *s->heartbeat);
    if (!s->threads || !s->heartbeat)
        return st_error_set(err, ST_ERR_NOMEM, "out of memory starting workers");
    for (i = 0; i < s->nthreads; i++) {
        void **arg = malloc(2 * sizeof *arg);
        if (!arg)
            return st_error_set(err, ST_ERR_NOMEM, "out of memory starting workers");
        arg[0] = s;
        arg[1] = (void *)(intptr_t)i;
        s->heartbeat[i] = st_now_ms();
        if (pthread_create(&s->threads[i], NULL, st_worker_main, arg)) {
            free(arg);
            s->nthreads = i;
            return st_error_set(err, ST_ERR_NOMEM, "cannot start worker %d", i);
        }
    }
    st_log(LOG_INFO, "listening: in %s%s, out %s%s%s, control %s, %d workers", cfg->in,
           cfg->use_sub ? " (SUB)" : "", cfg->out, cfg->out_push[0] ? ", push " : "",
           cfg->out_push, cfg->control, s->nthreads);
    return ST_OK;
}

static int topic_index(const char *t, size_t n)
{
    int k;
    for (k = 0; k < T_COUNT; k++)
        if (strlen(st_topic_names[k]) == n && !memcmp(t, st_topic_names[k], n))
            return k;
    return T_ERROR;
}

/* Sends the oldest waiting results to the PUSH output, in order, as far
 * as it takes them now.  Returns the number still waiting. */
static size_t flush_pending(st_server *s)
{
    while (s->pending_head < s->npending) {
        st_pending *p = &s->pending[s->pending_head];
        const char *name = st_topic_names[p->topic];
        if (zmq_send(s->out_push, name, strlen(name), ZMQ_SNDMORE | ZMQ_DONTWAIT) < 0)
            break;
        zmq_send(s->out_push, p->json, p->len, 0);  /* the second frame follows the first */
        free(p->json);
        s->pending_head++;
    }
    if (s->pending_head == s->npending)
        s->npending = s->pending_head = 0;
    return s->npending - s->pending_head;
}

static void push_result(st_server *s, int topic, const char *head, size_t hn, const char *json,
                        size_t len)
{
    st_pending *p;
    if (st_grow((void **)&s->pending, &s->cappending, s->npending, sizeof *s->pending)) {
        st_log(LOG_ERR, "out of memory queueing a result for the PUSH output");
        s->dropped++;
        return;
    }
    p = &s->pending[s->npending];
    p->json = malloc(hn + len - 1);
    if (!p->json) {
        s->dropped++;
        return;
    }
    memcpy(p->json, head, hn);
    memcpy(p->json + hn, json + 1, len - 1);
    p->len = hn + len - 1;
    p->topic = topic;
    s->npending++;
    flush_pending(s);
}

/* Publishes [topic, json] with the topic's next sequence number spliced in
 * as the first field.  A full subscriber queue counts as dropped; the
 * PUSH output, when configured, queues instead. */
static void publish(st_server *s, int topic, const char *json, size_t len)
{
    char head[48];
    size_t hn;
    const char *name = st_topic_names[topic];
    unsigned long long seq = ++s->seq[topic];
    if (len < 2 || json[0] != '{')
        return;
    hn = (size_t)snprintf(head, sizeof head, "{\"seq\":%llu%s", seq, json[1] == '}' ? "" : ",");
    if (s->out_push)
        push_result(s, topic, head, hn, json, len);
    {
        zmq_msg_t m;
        if (zmq_send(s->out, name, strlen(name), ZMQ_SNDMORE | ZMQ_DONTWAIT) < 0) {
            s->dropped++;
            return;
        }
        zmq_msg_init_size(&m, hn + len - 1);
        memcpy(zmq_msg_data(&m), head, hn);
        memcpy((char *)zmq_msg_data(&m) + hn, json + 1, len - 1);
        if (zmq_msg_send(&m, s->out, ZMQ_DONTWAIT) < 0) {
            zmq_msg_close(&m);
            s->dropped++;
            return;
        }
    }
    s->published[topic]++;
}

static void publish_error(st_server *s, int reason, const char *message)
{
    json_t *e = json_pack("{s:n, s:s, s:s}", "id", "reason", st_reason_names[reason],
                          "message", message);
    char *js = e ? json_dumps(e, JSON_COMPACT) : NULL;
    s->errors[reason]++;
    if (js)
        publish(s, T_ERROR, js, strlen(js));
    free(js);
    json_decref(e);
}

/* One message from the ingest socket: validated framing, then to a worker. */
static void on_ingest(st_server *s)
{
    zmq_msg_t m;
    int more;
    size_t frames = 1;
    uint64_t now = st_clock_ns();

    zmq_msg_init(&m);
    if (zmq_msg_recv(&m, s->in, ZMQ_DONTWAIT) < 0) {
        zmq_msg_close(&m);
        return;
    }
    s->received++;
    more = zmq_msg_more(&m);
    while (more) {
        /* PULL: the rest of a multi-frame message is read and refused.
         * SUB: a publisher sends [topic, article]: the last frame is kept. */
        zmq_msg_t x;
        zmq_msg_init(&x);
        zmq_msg_recv(&x, s->in, 0);
        more = zmq_msg_more(&x);
        if (s->cfg.use_sub)
            zmq_msg_move(&m, &x);
        zmq_msg_close(&x);
        frames++;
    }
    if (frames > 1 && !s->cfg.use_sub) {
        publish_error(s, st_reason_index("extra_frames"), "a message must be one frame");
    } else if (zmq_msg_size(&m) == 0) {
        publish_error(s, st_reason_index("empty"), "empty message");
    } else if (zmq_msg_size(&m) > s->cfg.max_message) {
        char why[128];
        snprintf(why, sizeof why, "message is %zu bytes, over --max-message %zu",
                 zmq_msg_size(&m), s->cfg.max_message);
        publish_error(s, st_reason_index("too_large"), why);
    } else {
        zmq_send(s->jobs, &now, sizeof now, ZMQ_SNDMORE);
        zmq_msg_send(&m, s->jobs, 0);
        s->inflight++;
        return;
    }
    zmq_msg_close(&m);
}

static void on_result(st_server *s)
{
    st_result_head h;
    int k;
    if (zmq_recv(s->results, &h, sizeof h, 0) != (int)sizeof h)
        return;
    for (;;) {
        zmq_msg_t t, j;
        zmq_msg_init(&t);
        zmq_msg_recv(&t, s->results, 0);
        if (zmq_msg_size(&t) == 0) {
            zmq_msg_close(&t);
            break;
        }
        zmq_msg_init(&j);
        zmq_msg_recv(&j, s->results, 0);
        publish(s, topic_index(zmq_msg_data(&t), zmq_msg_size(&t)), zmq_msg_data(&j),
                zmq_msg_size(&j));
        zmq_msg_close(&t);
        zmq_msg_close(&j);
    }
    if (h.reason >= 0 && h.reason < ST_REASONS)
        s->errors[h.reason]++;
    for (k = 1; k <= ST_NCLASS; k++)
        s->quotes[k] += h.quotes[k];
    s->latency_us[s->latency_n++ % ST_LATENCY_RING] =
        (uint32_t)((st_clock_ns() - h.received_ns) / 1000);
    s->inflight--;
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

static json_t *stats_json(st_server *s)
{
    json_t *o = json_object(), *pub = json_object(), *err = json_object(), *q = json_object();
    json_t *lat;
    uint32_t sorted[ST_LATENCY_RING];
    size_t n = s->latency_n < ST_LATENCY_RING ? (size_t)s->latency_n : ST_LATENCY_RING;
    int k;
    for (k = 0; k < T_COUNT; k++)
        json_object_set_new(pub, st_topic_names[k], json_integer((json_int_t)s->published[k]));
    for (k = 0; k < ST_REASONS; k++)
        json_object_set_new(err, st_reason_names[k], json_integer((json_int_t)s->errors[k]));
    for (k = 1; k <= ST_NCLASS; k++)
        json_object_set_new(q, st_stance_name(k), json_integer((json_int_t)s->quotes[k]));
    memcpy(sorted, s->latency_us, n * sizeof *sorted);
    qsort(sorted, n, sizeof *sorted, cmp_u32);
    lat = n ? json_pack("{s:i, s:i, s:i, s:i}", "samples", (int)n, "p50", (int)sorted[n / 2],
                        "p90", (int)sorted[n * 9 / 10], "p99", (int)sorted[n * 99 / 100])
            : json_pack("{s:i}", "samples", 0);
    pthread_mutex_lock(&s->model_lock);
    json_object_set_new(o, "model", json_pack("{s:s, s:s, s:f}", "id", s->model->m.id,
                                              "path", s->model->m.path, "loaded_at",
                                              s->model->loaded_at));
    pthread_mutex_unlock(&s->model_lock);
    json_object_set_new(o, "received", json_integer((json_int_t)s->received));
    json_object_set_new(o, "published", pub);
    json_object_set_new(o, "errors", err);
    json_object_set_new(o, "quotes", q);
    json_object_set_new(o, "dropped", json_integer((json_int_t)s->dropped));
    json_object_set_new(o, "inflight", json_integer((json_int_t)s->inflight));
    json_object_set_new(o, "latency_us", lat);
    json_object_set_new(o, "reloads", json_integer((json_int_t)s->reloads));
    json_object_set_new(o, "reload_failures", json_integer((json_int_t)s->reload_failures));
    json_object_set_new(o, "last_reload_error", s->last_reload_error[0]
                                                    ? json_string(s->last_reload_error)
                                                    : json_null());
    json_object_set_new(o, "curve", s->zap ? st_zap_stats(s->zap)
                                           : json_pack("{s:b}", "enabled", 0));
    json_object_set_new(o, "workers", json_integer(s->nthreads));
    json_object_set_new(o, "uptime_s", json_real(st_clock_wall() - s->started));
    return o;
}

/* Loads the configured model beside the current one and swaps it in; on
 * failure the current model keeps serving. */
static json_t *reload_model(st_server *s)
{
    st_error err;
    st_model_ref *fresh, *old;
    sd_notifyf(0, "RELOADING=1\nMONOTONIC_USEC=%llu", (unsigned long long)(st_clock_ns() / 1000));
    fresh = load_model(s, &err);
    if (!fresh) {
        s->reload_failures++;
        snprintf(s->last_reload_error, sizeof s->last_reload_error, "%s", err.text);
        st_log(LOG_ERR, "reload failed, keeping model %s: %s", s->model->m.id, err.text);
        sd_notifyf(0, "READY=1\nSTATUS=reload failed, still serving %s: %s", s->model->m.id,
                   err.text);
        return json_pack("{s:b, s:s, s:s}", "ok", 0, "error", err.text, "model", s->model->m.id);
    }
    pthread_mutex_lock(&s->model_lock);
    old = s->model;
    s->model = fresh;
    old->retired = 1;
    if (old->refs == 0) {
        st_model_free(&old->m);
        free(old);
    }
    pthread_mutex_unlock(&s->model_lock);
    s->reloads++;
    s->last_reload_error[0] = '\0';
    st_log(LOG_NOTICE, "reloaded: model %s", fresh->m.id);
    sd_notifyf(0, "READY=1\nSTATUS=serving model %s", fresh->m.id);
    return json_pack("{s:b, s:s}", "ok", 1, "model", fresh->m.id);
}

/* The model, then the CURVE allow-list: each keeps its old version when
 * the new one fails, and either failure makes "ok" false. */
static json_t *reload(st_server *s)
{
    json_t *r = reload_model(s);
    st_error err;
    if (!s->zap || !r)
        return r;
    if (st_zap_reload(s->zap, &err) != ST_OK) {
        json_object_set_new(r, "ok", json_false());
        json_object_set_new(r, "allow_list_error", json_string(err.text));
    }
    json_object_set_new(r, "allowed_keys", json_integer((json_int_t)s->zap->nkeys));
    return r;
}

static int rcv_more(void *sock)
{
    int more = 0;
    size_t sz = sizeof more;
    zmq_getsockopt(sock, ZMQ_RCVMORE, &more, &sz);
    return more;
}

static void on_control(st_server *s)
{
    char cmd[64];
    int n = zmq_recv(s->control, cmd, sizeof cmd - 1, 0);
    json_t *reply;
    char *js;
    if (n < 0)
        return;
    cmd[n < (int)sizeof cmd ? n : (int)sizeof cmd - 1] = '\0';
    while (rcv_more(s->control)) {
        char skip[16];
        zmq_recv(s->control, skip, sizeof skip, 0);
    }
    if (!strcmp(cmd, "ping"))
        reply = json_pack("{s:s}", "pong", "stanced");
    else if (!strcmp(cmd, "version"))
        reply = json_pack("{s:s, s:i, s:s}", "version", ST_VERSION, "feature_version",
                          ST_FEATURE_VERSION, "feature_fingerprint", s->fx.fingerprint);
    else if (!strcmp(cmd, "stats"))
        reply = stats_json(s);
    else if (!strcmp(cmd, "reload"))
        reply = reload(s);
    else
        reply = json_pack("{s:s}", "error", "unknown command (ping, version, stats, reload)");
    js = reply ? json_dumps(reply, JSON_COMPACT) : NULL;
    zmq_send(s->control, js ? js : "{}", js ? strlen(js) : 2, 0);
    free(js);
    json_decref(reply);
}


/* WATCHDOG=1 only while every worker has been seen alive recently: a
 * worker stuck in one article stops the heartbeat and systemd restarts us. */
static void watchdog(st_server *s)
{
    long long now = st_now_ms();
    int i;
    for (i = 0; i < s->nthreads; i++)
        if (now - s->heartbeat[i] > 10000) {
            st_log(LOG_WARNING, "worker %d silent for %lld ms", i, now - s->heartbeat[i]);
            return;
        }
    sd_notify(0, "WATCHDOG=1");
}

static void status(st_server *s, double *last_t, unsigned long long *last_n)
{
    double now = st_clock_wall();
    unsigned long long done = s->published[T_ARTICLE];
    double rate = now > *last_t ? (double)(done - *last_n) / (now - *last_t) : 0;
    sd_notifyf(0, "STATUS=%.1f articles/s, %llu received, %llu errors, %llu dropped, model %s",
               rate, s->received, s->published[T_ERROR], s->dropped, s->model->m.id);
    *last_t = now;
    *last_n = done;
}

int st_server_run(st_server *s)
{
    uint64_t wd_usec = 0;
    int wd = sd_watchdog_enabled(0, &wd_usec) > 0;
    long long next_tick = st_now_ms() + 1000, next_wd = 0;
    double last_t = st_clock_wall();
    unsigned long long last_n = 0;
    int stopping = 0, i;
    long long stop_deadline = 0;

    sd_notifyf(0, "READY=1\nSTATUS=serving model %s", s->model->m.id);
    for (;;) {
        zmq_pollitem_t it[6 + 1 + ST_ZAP_NDOMAINS];
        size_t waiting = s->out_push ? flush_pending(s) : 0;
        int n = 0, accept = !stopping && waiting == 0 &&
            s->inflight < (unsigned long long)(INFLIGHT_PER_WORKER * s->nthreads);
        int i_in = -1, i_res, i_ctl, i_out, i_sig, i_zap = -1, n_zap = 0;
        long long now;
        if (accept) {
            it[n] = (zmq_pollitem_t){ s->in, 0, ZMQ_POLLIN, 0 };
            i_in = n++;
        }
        it[n] = (zmq_pollitem_t){ s->results, 0, ZMQ_POLLIN, 0 };
        i_res = n++;
        it[n] = (zmq_pollitem_t){ s->control, 0, ZMQ_POLLIN, 0 };
        i_ctl = n++;
        it[n] = (zmq_pollitem_t){ s->out, 0, ZMQ_POLLIN, 0 };
        i_out = n++;
        it[n] = (zmq_pollitem_t){ NULL, s->sigfd, ZMQ_POLLIN, 0 };
        i_sig = n++;
        if (s->zap) {
            i_zap = n;
            n_zap = st_zap_pollitems(s->zap, it + n);
            n += n_zap;
        }
        if (waiting)
            it[n++] = (zmq_pollitem_t){ s->out_push, 0, ZMQ_POLLOUT, 0 };
        if (zmq_poll(it, n, 200) < 0 && zmq_errno() != EINTR)
            break;
        for (i = 0; i < n_zap; i++)
            if (it[i_zap + i].revents & ZMQ_POLLIN) {
                st_zap_serve(s->zap);
                break;
            }
        if (it[i_res].revents & ZMQ_POLLIN)
            for (i = 0; i < 64 && (zmq_poll(&it[i_res], 1, 0) > 0); i++)
                on_result(s);
        if (i_in >= 0 && (it[i_in].revents & ZMQ_POLLIN))
            for (i = 0; i < 64 && s->inflight <
                                      (unsigned long long)(INFLIGHT_PER_WORKER * s->nthreads);
                 i++) {
                zmq_pollitem_t one = { s->in, 0, ZMQ_POLLIN, 0 };
                if (zmq_poll(&one, 1, 0) <= 0)
                    break;
                on_ingest(s);
            }
        if (it[i_ctl].revents & ZMQ_POLLIN)
            on_control(s);
        if (it[i_out].revents & ZMQ_POLLIN) {
            char sub[256];   /* subscription notices: read and ignored */
            while (zmq_recv(s->out, sub, sizeof sub, ZMQ_DONTWAIT) >= 0)
                ;
        }
        if (it[i_sig].revents & ZMQ_POLLIN) {
            struct signalfd_siginfo si;
            while (read(s->sigfd, &si, sizeof si) == (ssize_t)sizeof si) {
                if (si.ssi_signo == SIGHUP) {
                    json_t *r = reload(s);
                    json_decref(r);
                } else if (!stopping) {
                    stopping = 1;
                    stop_deadline = st_now_ms() + 20000;
                    st_log(LOG_NOTICE, "signal %u: stopping, %llu articles in flight",
                           si.ssi_signo, s->inflight);
                    sd_notify(0, "STOPPING=1");
                }
            }
        }
        now = st_now_ms();
        if (stopping && ((s->inflight == 0 && (!s->out_push || flush_pending(s) == 0)) ||
                         now > stop_deadline)) {
            if (s->inflight)
                st_log(LOG_WARNING, "stopping with %llu articles unfinished", s->inflight);
            if (s->out_push && flush_pending(s))
                st_log(LOG_WARNING, "stopping with %zu results not taken by the PUSH output",
                       flush_pending(s));
            break;
        }
        if (now >= next_tick) {
            status(s, &last_t, &last_n);
            if (s->zap)
                st_zap_tick(s->zap);
            next_tick = now + 5000;
        }
        if (wd && now >= next_wd) {
            watchdog(s);
            next_wd = now + (long long)(wd_usec / 2000);
        }
    }
    st_log(LOG_INFO, "stopped: %llu received, %llu articles published, %llu errors, %llu dropped",
           s->received, s->published[T_ARTICLE], s->published[T_ERROR], s->dropped);
    return 0;
}

void st_server_finalise(st_server *s)
{
    int i;
    /* One empty job per worker tells it to finish. */
    for (i = 0; i < s->nthreads && s->jobs; i++)
        zmq_send(s->jobs, "", 0, 0);
    for (i = 0; i < s->nthreads; i++)
        pthread_join(s->threads[i], NULL);
    if (s->in) zmq_close(s->in);
    if (s->out) zmq_close(s->out);
    if (s->out_push) zmq_close(s->out_push);
    while (s->pending && s->pending_head < s->npending)
        free(s->pending[s->pending_head++].json);
    free(s->pending);
    if (s->control) zmq_close(s->control);
    if (s->jobs) zmq_close(s->jobs);
    if (s->results) zmq_close(s->results);
    if (s->zap) {
        st_zap_close(s->zap);
        free(s->zap);
    }
    if (s->ctx)
        zmq_ctx_term(s->ctx);
    if (s->sigfd >= 0)
        close(s->sigfd);
    if (s->model) {
        st_model_free(&s->model->m);
        free(s->model);
    }
    st_features_finalise(&s->fx);
    memset(s->cfg.curve_key, 0, sizeof s->cfg.curve_key);     /* the secret key */
    free(s->threads);
    free((void *)s->heartbeat);
    pthread_mutex_destroy(&s->model_lock);
}
