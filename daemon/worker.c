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

static int send_pair(void *sock, const char *topic, json_t *o)
{
    char *js = json_dumps(o, JSON_COMPACT);
    int rc;
    if (!js)
        return -1;
    rc = zmq_send(sock, topic, strlen(topic), ZMQ_SNDMORE) < 0 ||
         zmq_send(sock, js, strlen(js), ZMQ_SNDMORE) < 0;
    free(js);
    return rc ? -1 : 0;
}

/* Classifies one message and sends the header and the (topic, json) pairs;
 * the last frame is an empty terminator. */
static void handle(st_server *s, void *res, uint64_t received, const char *buf, size_t len)
{
    st_result_head h;
    st_article a;
    st_error err;
    const char *reason = NULL;
    char *id = NULL;
    json_t *doc = NULL;
    size_t i;

    memset(&h, 0, sizeof h);
    h.received_ns = received;
    h.reason = -1;
    if (st_article_parse(&a, buf, len, s->cfg.max_message, &reason, &id, &err) == ST_OK) {
        st_model_ref *m = st_server_model_acquire(s);
        doc = st_classify_article(&s->fx, &m->m, &a, NULL, &err);
        st_server_model_release(s, m);
        st_article_free(&a);
        if (!doc)
            reason = "nomem";
    }
    if (!doc) {
        json_t *e = json_pack("{s:o, s:s, s:s}", "id", id ? json_string(id) : json_null(),
                              "reason", reason ? reason : "internal", "message", err.text);
        h.reason = st_reason_index(reason ? reason : "internal");
        zmq_send(res, &h, sizeof h, ZMQ_SNDMORE);
        if (e)
            send_pair(res, "error", e);
        json_decref(e);
        free(id);
        zmq_send(res, "", 0, 0);
        return;
    }
    free(id);
    {
        json_t *quotes = json_object_get(doc, "quotes");
        json_t *q;
        for (i = 0; i < json_array_size(quotes); i++)
            h.quotes[st_stance_parse(json_string_value(
                json_object_get(json_array_get(quotes, i), "stance")))]++;
        zmq_send(res, &h, sizeof h, ZMQ_SNDMORE);
        send_pair(res, "article", doc);
        json_array_foreach(quotes, i, q) {
            json_t *one = json_deep_copy(q);
            char topic[64];
            if (!one)
                continue;
            json_object_set(one, "article_id", json_object_get(doc, "id"));
            json_object_set_new(one, "index", json_integer((json_int_t)i));
            json_object_set(one, "model", json_object_get(doc, "model"));
            snprintf(topic, sizeof topic, "quote.%s",
                     json_string_value(json_object_get(q, "stance")));
            send_pair(res, topic, one);
            json_decref(one);
        }
    }
    json_decref(doc);
    zmq_send(res, "", 0, 0);
}

void *st_worker_main(void *arg)
{
    st_server *s = ((void **)arg)[0];
    int index = (int)(intptr_t)((void **)arg)[1];
    void *jobs = zmq_socket(s->ctx, ZMQ_PULL);
    void *res = zmq_socket(s->ctx, ZMQ_PUSH);
    int linger = 0;

    free(arg);
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
        handle(s, res, received, zmq_msg_data(&body), zmq_msg_size(&body));
        zmq_msg_close(&body);
    }
    zmq_close(jobs);
    zmq_close(res);
    return NULL;
}
