/* server.h - stanced's sockets, worker threads, model swap and statistics.
 *
 * The main thread owns every socket but the workers' inproc ends: it reads
 * articles (PULL or SUB), hands them to workers over inproc, publishes what
 * comes back (XPUB, so a slow subscriber's drops are counted), answers the
 * control socket (REP) and the signalfd.  Workers take a reference on the
 * current model for each article, so a reload swaps models between
 * articles and every result names the one model that produced it. */
#ifndef ST_SERVER_H
#define ST_SERVER_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>

#include "../features/featurize.h"
#include "../model/model.h"
#include "config.h"

enum st_topic { T_ARTICLE, T_QUOTE_CONC, T_QUOTE_ADV, T_QUOTE_NEU, T_ERROR, T_COUNT };
extern const char *const st_topic_names[T_COUNT];

#define ST_REASONS 10
extern const char *const st_reason_names[ST_REASONS];

/* One [topic, json] message not yet accepted by the PUSH output. */
typedef struct st_pending {
    int topic;
    char *json;
    size_t len;
} st_pending;

typedef struct st_model_ref {
    st_model m;
    int refs;                   /* workers using it now */
    int retired;                /* replaced: freed when refs reaches 0 */
    double loaded_at;           /* unix time */
} st_model_ref;

#define ST_LATENCY_RING 4096

typedef struct st_server {
    st_config cfg;
    void *ctx, *in, *out, *out_push, *control, *jobs, *results;
    struct st_pending *pending;     /* results waiting for the PUSH output */
    size_t npending, cappending, pending_head;
    int sigfd;
    st_features fx;
    pthread_mutex_t model_lock;
    st_model_ref *model;
    pthread_t *threads;
    int nthreads;
    _Atomic long long *heartbeat;   /* per worker, monotonic ms */
    /* statistics, main thread only */
    unsigned long long received, dropped, inflight, reloads, reload_failures;
    unsigned long long published[T_COUNT], seq[T_COUNT], errors[ST_REASONS];
    unsigned long long quotes[ST_NCLASS + 1];
    uint32_t latency_us[ST_LATENCY_RING];
    unsigned long long latency_n;
    char last_reload_error[512];
    double started;
    struct st_zap *zap;             /* CURVE's ZAP handler, NULL when off */
} st_server;

/* The header frame a worker sends before its (topic, json) pairs. */
typedef struct st_result_head {
    uint64_t received_ns;
    uint32_t quotes[ST_NCLASS + 1];
    int32_t reason;             /* -1 ok, else index into st_reason_names */
} st_result_head;

int st_server_init(st_server *s, const st_config *cfg, st_error *err);
/* Runs until SIGTERM/SIGINT, then drains in-flight articles.  Returns 0. */
int st_server_run(st_server *s);
void st_server_finalise(st_server *s);

/* worker.c */
void *st_worker_main(void *arg);
st_model_ref *st_server_model_acquire(st_server *s);
void st_server_model_release(st_server *s, st_model_ref *r);
int st_reason_index(const char *name);
long long st_now_ms(void);

#endif
