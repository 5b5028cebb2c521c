/* worker.c - a classification thread: inproc job in, result frames out. */
#include "server.h"
#include "log.h"
#include "../core/util.h"
#include "../engine/article.h"
#include "../engine/classify.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zmq.h>

const char *const st_topic_names[T_COUNT] = { "article", "quote.conciliatory",
                                              "quote.adversarial", "quote.neutral", "error" };
const char *const st_reason_names[ST_REASONS] = { "not_json", "not_object", "no_text",
    "bad_utf8", "too_large", "bad_field", "empty", "extra_frames", "internal", "nomem" };

int st_reason_index(const char *name)
{
    int k;
    for (k = 0; k < ST_REASONS; k++)
        if (!strcmp(name, st_reason_names[k]))
            return k;
    return 8;   /* internal */
}

long long st_now_ms(void)
{
    return (long long)(st_clock_ns() / 1000000u);
}

st_model_ref *st_server_model_acquire(st_server *s)
{
    st_model_ref *r;
    pthread_mutex_lock(&s->model_lock);
    r = s->model;
    r->refs++;
    pthread_mutex_unlock(&s->model_lock);
    return r;
}

void st_server_model_release(st_server *s, st_model_ref *r)
{
    int free_it;
    pthread_mutex_lock(&s->model_lock);
    free_it = --r->refs == 0 && r->retired;
    pthread_mutex_unlock(&s->model_lock);
    if (free_it) {
        st_model_free(&r->m);
        free(r);
    }
}

static int send_frames(void *sock, const char *topic, const char *json, size_t len)
{
    return zmq_send(sock, topic, strlen(topic), ZMQ_SNDMORE) < 0 ||
           zmq_send(sock, json, len, ZMQ_SNDMORE) < 0 ? -1 : 0;
}

/* One worker's buffers, reused from article to article. */
typedef struct worker_buf {
    st_classified result;
    st_jw quote;            /* one quote message at a time */
    st_jw tail;             /* ,"article_id":…  then  ,"model":…  (split at split) */
} worker_buf;

/* The error message for a rejected article. */
static void send_error(void *res, st_result_head *h, const char *id, const char *reason,
                       const char *message)
{
    json_t *e = json_pack("{s:o, s:s, s:s}", "id", id ? json_string(id) : json_null(),
                          "reason", reason, "message", message);
    char *js = e ? json_dumps(e, JSON_COMPACT) : NULL;
    h->reason = st_reason_index(reason);
    zmq_send(res, h, sizeof *h, ZMQ_SNDMORE);
    if (js)
        send_frames(res, "error", js, strlen(js));
    else
        st_log(LOG_ERR, "out of memory reporting a rejected article (%s)", reason);
    free(js);
    json_decref(e);
    zmq_send(res, "", 0, 0);
}

/* Classifies one message and sends the header and the (topic, json) pairs;
 * the last frame is an empty terminator.  Each quote goes out on its own
 * as its fields from the article's JSON plus article_id, index and model. */
static void handle(st_server *s, worker_buf *wb, void *res, uint64_t received,
                   const char *buf, size_t len)
{
    st_result_head h;
    st_article a;
    st_error err;
    const char *reason = NULL;
    char *id = NULL;
    st_jw *tail = &wb->tail;
    size_t split = 0;
    st_classified *c = &wb->result;
    int rc = -1;
    size_t i;

    memset(&h, 0, sizeof h);
    h.received_ns = received;
    h.reason = -1;
    if (st_article_parse(&a, buf, len, s->cfg.max_message, &reason, &id, &err) == ST_OK) {
        st_model_ref *m = st_server_model_acquire(s);
        rc = st_classify_article(&s->fx, &m->m, &a, NULL, c, &err);
        if (rc == ST_OK) {
            st_jw_reset(tail);
            ST_JW_LIT(tail, ",\"article_id\":");
            st_jw_str(tail, a.id);
            split = tail->len;
            ST_JW_LIT(tail, ",\"model\":");
            st_jw_str(tail, m->m.id);
        }
        st_server_model_release(s, m);
        st_article_free(&a);
        if (rc == ST_OK && tail->failed)
            rc = st_error_set(&err, ST_ERR_NOMEM, "out of memory");
        if (rc != ST_OK)
            reason = "nomem";
    }
    if (rc != ST_OK) {
        send_error(res, &h, id, reason ? reason : "internal", err.text);
        free(id);
        return;
    }
    free(id);
    for (i = 0; i < c->nquotes; i++)
        h.quotes[c->quote[i].stance]++;
    zmq_send(res, &h, sizeof h, ZMQ_SNDMORE);
    send_frames(res, "article", c->json.buf, c->json.len);
    for (i = 0; i < c->nquotes; i++) {
        st_jw *q = &wb->quote;
        char topic[64];
        st_jw_reset(q);
        ST_JW_LIT(q, "{");
        st_jw_raw(q, c->json.buf + c->quote[i].start, c->quote[i].end - c->quote[i].start);
        st_jw_raw(q, tail->buf, split);
        ST_JW_LIT(q, ",\"index\":");
        st_jw_int(q, (long long)i);
        st_jw_raw(q, tail->buf + split, tail->len - split);
        ST_JW_LIT(q, "}");
        if (q->failed) {
            st_log(LOG_ERR, "out of memory publishing quote %zu of an article", i);
            continue;
        }
        snprintf(topic, sizeof topic, "quote.%s", st_stance_name(c->quote[i].stance));
        send_frames(res, topic, q->buf, q->len);
    }
    zmq_send(res, "", 0, 0);
}

void *st_worker_main(void *arg)
{
    st_server *s = ((void **)arg)[0];
    int index = (int)(intptr_t)((void **)arg)[1];
    void *jobs = zmq_socket(s->ctx, ZMQ_PULL);
    void *res = zmq_socket(s->ctx, ZMQ_PUSH);
    int linger = 0;
    worker_buf wb;

    free(arg);
    st_classified_init(&wb.result);
    st_jw_init(&wb.quote);
    st_jw_init(&wb.tail);
    zmq_setsockopt(jobs, ZMQ_LINGER, &linger, sizeof linger);
    zmq_setsockopt(res, ZMQ_LINGER, &linger, sizeof linger);
    if (zmq_connect(jobs, "inproc://stanced-jobs") || zmq_connect(res, "inproc://stanced-results")) {
        st_log(LOG_ERR, "worker %d: inproc connect failed: %s", index, zmq_strerror(zmq_errno()));
        zmq_close(jobs);
        zmq_close(res);
        return NULL;
    }
    for (;;) {
        zmq_pollitem_t it = { jobs, 0, ZMQ_POLLIN, 0 };
        zmq_msg_t head, body;
        uint64_t received = 0;
        s->heartbeat[index] = st_now_ms();
        if (zmq_poll(&it, 1, 500) <= 0)
            continue;
        zmq_msg_init(&head);
        if (zmq_msg_recv(&head, jobs, 0) < 0) {
            zmq_msg_close(&head);
            break;
        }
        if (zmq_msg_size(&head) != sizeof received) {
            zmq_msg_close(&head);
            break;  /* the empty job: shut down */
        }
        memcpy(&received, zmq_msg_data(&head), sizeof received);
        zmq_msg_close(&head);
        zmq_msg_init(&body);
        zmq_msg_recv(&body, jobs, 0);
        handle(s, &wb, res, received, zmq_msg_data(&body), zmq_msg_size(&body));
        zmq_msg_close(&body);
    }
    st_classified_free(&wb.result);
    st_jw_free(&wb.quote);
    st_jw_free(&wb.tail);
    zmq_close(jobs);
    zmq_close(res);
    return NULL;
}
