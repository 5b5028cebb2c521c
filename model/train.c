/* train.c - cross-validation, grid search and the final models.
 *
 * CV folds are stratified by stance and assigned by a seeded hash of the
 * statement id, so results do not depend on file order or thread timing.
 * Every training runs on worker threads without libsvm's probability step
 * (which calls rand() and cross-validates again, single-threaded): the
 * fold models' held-out decision values fit the probability sigmoids
 * (platt.c), and the final stance model and sentiment head train side by
 * side.  Nothing depends on rand(), so the models are deterministic. */
#include "train.h"
#include "dataset.h"
#include "model.h"
#include "platt.h"
#include "pooling.h"
#include "report.h"
#include "../core/sha256.h"

#include <errno.h>
#include <libsvm/svm.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

typedef struct job {
    int target;                 /* 0 stance, 1 the sentiment head */
    int kernel;
    double c, gamma;
    int fold;                   /* -1: the final model, on every train example */
    st_confusion conf;
    double *dec;                /* per example, 3 pair decision values (platt.h),
                                   filled for the fold's held-out examples */
    struct svm_model *model;    /* the final model */
} job;

typedef struct pool {
    const st_dataset *d;
    struct svm_node **nodes;    /* per example */
    int *fold_of;               /* per example, -1 for dev */
    st_pooled pooled[2];        /* rows every training of a target also gets */
    job *jobs;
    const size_t *order;        /* the jobs' running order, or NULL: in turn */
    size_t njobs, next, done;
    pthread_mutex_t lock;
    int progress;
    time_t started;
    const char *what;
    int failed;
} pool;

static void quiet(const char *s)
{
    (void)s;
}

/* Example i's class for a target (0 when unlabelled: left out). */
static int class_of(const st_dataset *d, size_t i, int target)
{
    return st_example_class(&d->v[i], target);
}

static struct svm_parameter params(int kernel, double c, double gamma, int prob)
{
    struct svm_parameter p;
    memset(&p, 0, sizeof p);
    p.svm_type = C_SVC;
    p.kernel_type = kernel == ST_KERNEL_RBF ? RBF : LINEAR;
    p.gamma = gamma;
    p.C = c;
    p.cache_size = 200;
    /* libsvm's stopping tolerance: 1e-2 rather than its default 1e-3 cut
     * training on the 142 articles' data from 111 s to 99 s on two cores
     * (make must train in under two minutes) with dev and CV figures the
     * same to three decimals. */
    p.eps = 1e-2;
    p.shrinking = 1;
    p.probability = prob;
    return p;
}

static void progress(pool *p)
{
    double frac = p->njobs ? (double)p->done / (double)p->njobs : 1;
    long elapsed = (long)(time(NULL) - p->started);
    long eta = p->done ? (long)(elapsed * (1 - frac) / frac) : 0;
    int bar = (int)(frac * 30), k;
    if (!p->progress)
        return;
    fprintf(stderr, "\r%-16s [", p->what);
    for (k = 0; k < 30; k++)
        fputc(k < bar ? '#' : ' ', stderr);
    fprintf(stderr, "] %zu/%zu  ETA %lds   ", p->done, p->njobs, eta);
    if (p->done == p->njobs)
        fputc('\n', stderr);
}

/* Trains on every train-split example outside job->fold and predicts the
 * fold, keeping its decision values; a final job (fold -1) trains on them
 * all and keeps the model. */
static int run_job(pool *p, job *j)
{
    const st_dataset *d = p->d;
    struct svm_problem prob;
    struct svm_parameter par = params(j->kernel, j->c, j->gamma, 0);
    struct svm_model *m;
    const st_pooled *extra = &p->pooled[j->target];
    size_t i, n = 0;

    prob.y = malloc((d->n + extra->n) * sizeof *prob.y);
    prob.x = malloc((d->n + extra->n) * sizeof *prob.x);
    if (j->fold >= 0 && !j->dec)
        j->dec = malloc(d->n * ST_NPAIRS * sizeof *j->dec);
    if (!prob.y || !prob.x || (j->fold >= 0 && !j->dec)) {
        free(prob.y);
        free(prob.x);
        return -1;
    }
    for (i = 0; i < d->n; i++)
        if (p->fold_of[i] >= 0 && p->fold_of[i] != j->fold && class_of(d, i, j->target)) {
            prob.y[n] = class_of(d, i, j->target);
            prob.x[n++] = p->nodes[i];
        }
    /* Pooled rows train every fold and are never scored: the CV figures
     * and the probability sigmoids stay those of our own statements. */
    for (i = 0; i < extra->n; i++) {
        prob.y[n] = extra->y[i];
        prob.x[n++] = extra->x[i];
    }
    prob.l = (int)n;
    m = svm_train(&prob, &par);
    if (j->fold < 0) {
        /* The model points into the nodes of p, never into prob itself. */
        j->model = m;
        free(prob.y);
        free(prob.x);
        return m ? 0 : -1;
    }
    memset(&j->conf, 0, sizeof j->conf);
    for (i = 0; i < d->n; i++)
        if (p->fold_of[i] == j->fold && class_of(d, i, j->target)) {
            int label = st_platt_decisions(m, p->nodes[i], j->dec + i * ST_NPAIRS);
            j->conf.m[class_of(d, i, j->target)][label]++;
        }
    svm_free_and_destroy_model(&m);
    free(prob.y);
    free(prob.x);
    return 0;
}

static void *worker(void *arg)
{
    pool *p = arg;
    for (;;) {
        job *j;
        pthread_mutex_lock(&p->lock);
        if (p->next == p->njobs || p->failed) {
            pthread_mutex_unlock(&p->lock);
            return NULL;
        }
        j = &p->jobs[p->order ? p->order[p->next] : p->next];
        p->next++;
        pthread_mutex_unlock(&p->lock);
        if (run_job(p, j)) {
            pthread_mutex_lock(&p->lock);
            p->failed = 1;
            pthread_mutex_unlock(&p->lock);
            return NULL;
        }
        pthread_mutex_lock(&p->lock);
        p->done++;
        progress(p);
        pthread_mutex_unlock(&p->lock);
    }
}

static int run_pool(pool *p, int threads)
{
    pthread_t tid[16];
    int t, started = 0;
    if (threads < 1)
        threads = 1;
    if (threads > 16)
        threads = 16;
    p->next = p->done = 0;
    p->started = time(NULL);
    progress(p);
    for (t = 0; t < threads; t++)
        if (pthread_create(&tid[t], NULL, worker, p) == 0)
            started++;
    if (started == 0)
        worker(p);
    for (t = 0; t < started; t++)
        pthread_join(tid[t], NULL);
    return p->failed ? -1 : 0;
}

/* The two final models' jobs (fold -1: every train example): the stance
 * model with the setting given, the sentiment head (linear) with C sent_c. */
static void set_finals(job *finals, int kernel, double c, double gamma, double sent_c)
{
    memset(finals, 0, 2 * sizeof *finals);
    finals[0].kernel = kernel;
    finals[0].c = c;
    finals[0].gamma = gamma;
    finals[0].fold = -1;
    finals[1].target = 1;
    finals[1].kernel = ST_KERNEL_LINEAR;
    finals[1].c = sent_c;
    finals[1].fold = -1;
}

/* Stratified folds: within each stance, examples ordered by a seeded hash
 * of their id are dealt round-robin. */
static void assign_folds(const st_dataset *d, int folds, unsigned seed, int *fold_of)
{
    size_t i, *order = malloc(d->n * sizeof *order);
    char (*key)[17] = malloc(d->n * sizeof *key);
    char salt[32];
    int k;
    if (!order || !key) {
        for (i = 0; i < d->n; i++)
            fold_of[i] = d->v[i].dev ? -1 : (int)(i % (size_t)folds);
        free(order);
        free(key);
        return;
    }
    snprintf(salt, sizeof salt, "%u:", seed);
    for (i = 0; i < d->n; i++)
        st_example_key(salt, d->v[i].id, key[i]);
    for (k = 1; k <= ST_NCLASS; k++) {
        size_t n = 0, a, b;
        for (i = 0; i < d->n; i++)
            if (!d->v[i].dev && d->v[i].stance == k)
                order[n++] = i;
        for (a = 1; a < n; a++)     /* insertion sort by key: n is small */
            for (b = a; b > 0 && strcmp(key[order[b - 1]], key[order[b]]) > 0; b--) {
                size_t t = order[b];
                order[b] = order[b - 1];
                order[b - 1] = t;
            }
        for (a = 0; a < n; a++)
            fold_of[order[a]] = (int)(a % (size_t)folds);
    }
    for (i = 0; i < d->n; i++)
        if (d->v[i].dev)
            fold_of[i] = -1;
    free(order);
    free(key);
}

/* The sigmoids of the group of fold jobs starting at g (o->folds of them,
 * together holding out every train example once), attached to m. */
static int attach_probabilities(const st_train_opts *o, const pool *p, const job *g,
                                struct svm_model *m, st_error *err)
{
    const st_dataset *d = p->d;
    double *dec = malloc(d->n * ST_NPAIRS * sizeof *dec);
    int *cls = calloc(d->n, sizeof *cls);
    st_platt pl;
    size_t i;
    int rc;
    if (!dec || !cls) {
        free(dec);
        free(cls);
        return st_error_set(err, ST_ERR_NOMEM, "out of memory fitting probabilities");
    }
    for (i = 0; i < d->n; i++) {
        int f = p->fold_of[i];
        if (f < 0 || f >= o->folds || !g[f].dec)
            continue;
        cls[i] = class_of(d, i, g[f].target);
        memcpy(dec + i * ST_NPAIRS, g[f].dec + i * ST_NPAIRS, ST_NPAIRS * sizeof *dec);
    }
    rc = st_platt_fit(dec, cls, d->n, &pl, err);
    if (rc == ST_OK)
        rc = st_platt_attach(m, &pl, err);
    free(dec);
    free(cls);
    return rc;
}

/* Saves m to path via a temporary file and rename. */
static int save_model(const struct svm_model *m, const char *path, st_error *err)
{
    char tmp[1100];
    snprintf(tmp, sizeof tmp, "%s.tmp.%ld", path, (long)getpid());
    if (svm_save_model(tmp, m)) {
        unlink(tmp);
        return st_error_set(err, ST_ERR_IO, "%s: cannot write the model", tmp);
    }
    if (rename(tmp, path)) {
        int rc = st_error_set(err, ST_ERR_IO, "renaming into %s: %s", path, strerror(errno));
        unlink(tmp);
        return rc;
    }
    return ST_OK;
}

/* The sidecar's "sentiment" object: the head's file (by name, beside the
 * model), its checksum, and how it was made and scored.  NULL with errno
 * set when the file cannot be read. */
static json_t *sentiment_json(const char *path, double c, size_t ntrain, const st_metrics *dev,
                              const st_metrics *rules)
{
    char hex[65];
    long bytes = 0;
    json_t *j;
    if (st_sha256_file(path, hex, &bytes) != 0)
        return NULL;
    j = json_pack("{s:s, s:s, s:I, s:[s,s,s], s:s, s:f, s:b, s:I}",
                  "model_file", strrchr(path, '/') ? strrchr(path, '/') + 1 : path,
                  "model_sha256", hex, "model_bytes", (json_int_t)bytes,
                  "labels", "positive", "negative", "neutral", "kernel", "linear", "C", c,
                  "probability", 1, "training_statements", (json_int_t)ntrain);
    if (j && dev)
        json_object_set_new(j, "dev", json_pack("{s:f, s:f, s:I, s:f}", "accuracy",
                                                 dev->accuracy, "macro_f1", dev->macro_f1,
                                                 "statements", (json_int_t)dev->n,
                                                 "rules_accuracy", rules->accuracy));
    if (!j)
        errno = ENOMEM;
    return j;
}

/* Writes out.json (via a temporary file and rename) describing the model
 * file at o->out: its checksum, the features it expects, how it was made. */
static int write_sidecar(const st_train_opts *o, const st_features *fx, const st_dataset *d,
                         int kernel, double c, double gamma, const st_metrics *cv,
                         const st_metrics *dev, size_t ntrain, json_t *sentiment,
                         json_t *pooled, st_error *err)
{
    char hex[65], tmp[1100], side[1100], when[32];
    long bytes = 0;
    json_t *j;
    time_t now = time(NULL);
    int rc;

    if (st_sha256_file(o->out, hex, &bytes) != 0)
        return st_error_set(err, ST_ERR_IO, "%s: %s", o->out, strerror(errno));
    strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", gmtime(&now));
    j = json_pack("{s:s, s:s, s:s, s:I, s:i, s:s, s:[s,s,s], s:s, s:f, s:o, s:b, s:s, s:I, "
                  "s:i, s:{s:i, s:f, s:f}, s:{s:f, s:f, s:I}, s:s}",
                  "format", ST_MODEL_FORMAT,
                  "model_file", strrchr(o->out, '/') ? strrchr(o->out, '/') + 1 : o->out,
                  "model_sha256", hex, "model_bytes", (json_int_t)bytes,
                  "feature_version", ST_FEATURE_VERSION,
                  "feature_fingerprint", fx->fingerprint,
                  "labels", "conciliatory", "adversarial", "neutral",
                  "kernel", kernel == ST_KERNEL_RBF ? "rbf" : "linear",
                  "C", c, "gamma", kernel == ST_KERNEL_RBF ? json_real(gamma) : json_null(),
                  "probability", 1,
                  "training_data_sha256", d->sha256,
                  "training_statements", (json_int_t)ntrain,
                  "seed", (int)o->seed,
                  "cv", "folds", o->folds, "macro_f1", cv->macro_f1, "accuracy", cv->accuracy,
                  "dev", "macro_f1", dev->macro_f1, "accuracy", dev->accuracy,
                  "statements", (json_int_t)dev->n,
                  "created", when);
    if (!j || (sentiment && json_object_set(j, "sentiment", sentiment)) ||
        (pooled && json_object_set(j, "pooled", pooled))) {
        json_decref(j);
        return st_error_set(err, ST_ERR_NOMEM, "out of memory writing the sidecar");
    }
    snprintf(side, sizeof side, "%s.json", o->out);
    snprintf(tmp, sizeof tmp, "%s.json.tmp.%ld", o->out, (long)getpid());
    rc = json_dump_file(j, tmp, JSON_INDENT(2) | JSON_SORT_KEYS);
    json_decref(j);
    if (rc)
        return st_error_set(err, ST_ERR_IO, "%s: cannot write", tmp);
    if (rename(tmp, side)) {
        rc = st_error_set(err, ST_ERR_IO, "renaming into %s: %s", side, strerror(errno));
        unlink(tmp);
        return rc;
    }
    return ST_OK;
}

/* Reads o->pooled and builds its rows for each model that takes them;
 * *side gets the sidecar's "pooled" object describing them. */
static int load_pooled(const st_train_opts *o, const st_features *fx, pool *p, json_t **side,
                       FILE *log, st_error *err)
{
    st_dataset pd;
    const st_pooled *stance_rows = &p->pooled[0], *sent_rows = &p->pooled[1];
    int rc = st_dataset_load(&pd, o->pooled, fx, err);
    if (rc != ST_OK)
        return rc;
    rc = st_pooled_build(&p->pooled[0], &pd, 0, o->stance_pool, err);
    if (rc == ST_OK)
        rc = st_pooled_build(&p->pooled[1], &pd, 1, o->sentiment_pool, err);
    if (rc == ST_OK) {
        fprintf(log, "pooled: %s (%zu statements), sha256 %.16s: stance %zu rows of %zu, "
                "sentiment head %zu rows of %zu\n", o->pooled, pd.n, pd.sha256, stance_rows->n,
                o->stance_pool, sent_rows->n, o->sentiment_pool);
        /* the statements that went into rows, for the model that took more */
        size_t used = stance_rows->statements > sent_rows->statements ? stance_rows->statements
                                                                      : sent_rows->statements;
        *side = json_pack("{s:s, s:s, s:I, s:{s:I, s:I}, s:{s:I, s:I}}", "file", o->pooled,
                          "sha256", pd.sha256, "statements", (json_int_t)used,
                          "stance", "group", (json_int_t)o->stance_pool, "rows",
                          (json_int_t)stance_rows->n, "sentiment", "group",
                          (json_int_t)o->sentiment_pool, "rows", (json_int_t)sent_rows->n);
        if (!*side)
            rc = st_error_set(err, ST_ERR_NOMEM, "out of memory training");
    }
    st_dataset_free(&pd);
    return rc;
}

int st_train_run(const st_train_opts *o, const st_features *fx, FILE *log, st_error *err)
{
    st_dataset d;
    pool p;
    size_t i, ntrain = 0, nj = 0;
    int rc, best_kernel, k;
    double best_c, best_gamma, best_f1 = -1, sent_c = o->sentiment_c, best_sent_acc = -1;
    static const double grid_c[] = { 0.125, 0.5, 2, 8, 32 };
    static const double grid_g[] = { 0.125, 0.5, 2 };
    st_confusion cv_best, dev_conf;
    st_metrics cv_m, dev_m;
    char sent_out[1100];
    size_t sent_ntrain = 0, best_group = 0, sent_group = 0;
    json_t *sentiment = NULL;
    st_model loaded;
    json_t *pooled = NULL;
    size_t *order = NULL;       /* folds and final models in one pool (no grid): their order */

    svm_set_print_string_function(quiet);
    rc = st_dataset_load_files(&d, o->data, o->ndata, fx, err);
    if (rc != ST_OK)
        return rc;
    memset(&p, 0, sizeof p);
    pthread_mutex_init(&p.lock, NULL);
    p.d = &d;
    p.progress = o->progress;
    p.nodes = calloc(d.n, sizeof *p.nodes);
    p.fold_of = malloc(d.n * sizeof *p.fold_of);
    /* The stance grid (5 C x 3 gamma x 2 kernels at most, or one setting),
     * the sentiment head's (5 C, or one), and the two final models. */
    p.jobs = calloc(2 * 5 * 3 * (size_t)o->folds + 5 * (size_t)o->folds + 2, sizeof *p.jobs);
    if (!p.nodes || !p.fold_of || !p.jobs) {
        rc = st_error_set(err, ST_ERR_NOMEM, "out of memory training");
        goto done;
    }
    for (i = 0; i < d.n; i++) {
        p.nodes[i] = st_model_nodes(&d.v[i].x);
        if (!p.nodes[i]) {
            rc = st_error_set(err, ST_ERR_NOMEM, "out of memory training");
            goto done;
        }
        ntrain += !d.v[i].dev;
    }
    fprintf(log, "data:");
    for (i = 0; i < o->ndata; i++)
        fprintf(log, " %s", o->data[i]);
    fprintf(log, " (%zu statements: %zu train, %zu dev), sha256 %.16s\n", d.n, ntrain,
            d.n - ntrain, d.sha256);
    if (o->pooled && (o->stance_pool || o->sentiment_pool) &&
        (rc = load_pooled(o, fx, &p, &pooled, log, err)) != ST_OK)
        goto done;
    assign_folds(&d, o->folds, o->seed, p.fold_of);
    /* The sentiment head needs each of its three classes in the train
     * split, enough for every fold: data without sentiment labels trains
     * the stance model alone, and says so. */
    if (sent_c > 0) {
        size_t per_class[ST_NCLASS + 1] = { 0 };
        for (i = 0; i < d.n; i++)
            if (!d.v[i].dev)
                per_class[st_example_sentiment_class(&d.v[i])]++;
        for (k = 1; k <= ST_NCLASS; k++)
            if (per_class[k] < 2 * (size_t)o->folds) {
                fprintf(log, "too few %s sentiment labels in the train split (%zu): "
                        "no sentiment head\n", st_sentiment_class_name(k), per_class[k]);
                sent_c = 0;
                break;
            }
    }

    /* The candidates: the grid, or the one setting given. */
    for (k = ST_KERNEL_LINEAR; k <= ST_KERNEL_RBF; k++) {
        size_t ci, gi;
        if ((o->kernel != ST_KERNEL_AUTO && o->kernel != k) ||
            (!o->grid && o->kernel == ST_KERNEL_AUTO && k != ST_KERNEL_LINEAR))
            continue;
        for (ci = 0; ci < (o->grid ? sizeof grid_c / sizeof *grid_c : 1); ci++)
            for (gi = 0; gi < (o->grid && k == ST_KERNEL_RBF ? sizeof grid_g / sizeof *grid_g : 1);
                 gi++) {
                int f;
                for (f = 0; f < o->folds; f++) {
                    job *j = &p.jobs[nj++];
                    j->kernel = k;
                    j->c = o->grid ? grid_c[ci] : o->c;
                    j->gamma = o->grid ? grid_g[gi] : o->gamma;
                    j->fold = f;
                }
            }
    }
    /* The sentiment head's CV (linear): its held-out decision values fit
     * its probabilities; with --grid it also chooses C, by accuracy. */
    for (k = 0; sent_c > 0 && k < (o->grid ? (int)(sizeof grid_c / sizeof *grid_c) : 1); k++) {
        int f;
        for (f = 0; f < o->folds; f++) {
            job *j = &p.jobs[nj++];
            j->target = 1;
            j->kernel = ST_KERNEL_LINEAR;
            j->c = o->grid ? grid_c[k] : o->sentiment_c;
            j->fold = f;
        }
    }
    p.njobs = nj;
    p.what = o->grid ? "grid search" : "cross-validation";
    /* With one setting (no grid) the final models' settings are known
     * already: they join the folds on the worker threads, longest first
     * (the sentiment head's final model, its folds, the stance model's,
     * its folds), so that no thread idles while another finishes one long
     * training.  Each job trains alone, so the models are the same. */
    if (!o->grid) {
        size_t n = 0, t;
        if (!(order = malloc((nj + 2) * sizeof *order))) {
            rc = st_error_set(err, ST_ERR_NOMEM, "out of memory training");
            goto done;
        }
        set_finals(p.jobs + nj, p.jobs[0].kernel, p.jobs[0].c, p.jobs[0].gamma, sent_c);
        for (t = sent_c > 0 ? 2 : 1; t-- > 0;) {
            order[n++] = nj + t;
            for (i = 0; i < nj; i++)
                if (p.jobs[i].target == (int)t)
                    order[n++] = i;
        }
        p.order = order;
        p.njobs = n;
        p.what = "training";
    }
    if (run_pool(&p, o->threads)) {
        rc = st_error_set(err, ST_ERR_NOMEM, "out of memory in cross-validation");
        goto done;
    }
    p.order = NULL;
    best_kernel = p.jobs[0].kernel;
    best_c = p.jobs[0].c;
    best_gamma = p.jobs[0].gamma;
    for (i = 0; i < nj; i += (size_t)o->folds) {
        st_confusion sum;
        st_metrics m;
        int f, a, b;
        memset(&sum, 0, sizeof sum);
        for (f = 0; f < o->folds; f++)
            for (a = 0; a <= ST_NCLASS; a++)
                for (b = 0; b <= ST_NCLASS; b++)
                    sum.m[a][b] += p.jobs[i + (size_t)f].conf.m[a][b];
        st_metrics_of(&sum, &m);
        if (p.jobs[i].target) {
            fprintf(log, "  sentiment head C=%g  CV 3-way accuracy %.4f\n", p.jobs[i].c,
                    m.accuracy);
            if (m.accuracy > best_sent_acc) {
                best_sent_acc = m.accuracy;
                sent_c = p.jobs[i].c;
                sent_group = i;
            }
            continue;
        }
        if (o->grid && p.jobs[i].kernel == ST_KERNEL_RBF)
            fprintf(log, "  kernel=rbf C=%g gamma=%g  CV macro-F1 %.4f\n", p.jobs[i].c,
                    p.jobs[i].gamma, m.macro_f1);
        else if (o->grid)
            fprintf(log, "  kernel=linear C=%g  CV macro-F1 %.4f\n", p.jobs[i].c, m.macro_f1);
        if (m.macro_f1 > best_f1) {
            best_f1 = m.macro_f1;
            best_kernel = p.jobs[i].kernel;
            best_c = p.jobs[i].c;
            best_gamma = p.jobs[i].gamma;
            best_group = i;
            cv_best = sum;
        }
    }
    fprintf(log, "chosen: kernel=%s C=%g", best_kernel == ST_KERNEL_RBF ? "rbf" : "linear",
            best_c);
    if (best_kernel == ST_KERNEL_RBF)
        fprintf(log, " gamma=%g", best_gamma);
    if (sent_c > 0)
        fprintf(log, ", sentiment head C=%g", sent_c);
    fprintf(log, "\n");
    {
        char title[64];
        snprintf(title, sizeof title, "%d-fold cross-validation (train split)", o->folds);
        st_metrics_print(log, title, &cv_best);
    }

    /* The final models, side by side on the worker threads, then the
     * probability sigmoids from the chosen settings' held-out decision
     * values.  The sentiment head and the stance model are written first,
     * the sidecar that vouches for them last: a reader in between sees a
     * checksum mismatch, never a half-written file. */
    {
        job *all = p.jobs, *finals = p.jobs + nj;
        size_t nfinal = sent_c > 0 ? 2 : 1;
        if (o->grid) {     /* (without the grid they trained with the folds) */
            set_finals(finals, best_kernel, best_c, best_gamma, sent_c);
            p.jobs = finals;
            p.njobs = nfinal;
            p.what = nfinal == 2 ? "final models" : "final model";
            rc = run_pool(&p, o->threads);
            p.jobs = all;
        }
        if (rc) {
            rc = st_error_set(err, ST_ERR_NOMEM, "out of memory training the final models");
            goto done;
        }
        rc = attach_probabilities(o, &p, all + best_group, finals[0].model, err);
        if (rc == ST_OK && nfinal == 2)
            rc = attach_probabilities(o, &p, all + sent_group, finals[1].model, err);
        snprintf(sent_out, sizeof sent_out, "%s.sentiment", o->out);
        if (rc == ST_OK && nfinal == 2 && (rc = save_model(finals[1].model, sent_out, err)) == ST_OK) {
            for (i = 0; i < d.n; i++)
                sent_ntrain += !d.v[i].dev && st_example_sentiment_class(&d.v[i]);
            if (!(sentiment = sentiment_json(sent_out, sent_c, sent_ntrain, NULL, NULL)))
                rc = st_error_set(err, ST_ERR_IO, "%s: %s", sent_out, strerror(errno));
        }
        if (rc == ST_OK)
            rc = save_model(finals[0].model, o->out, err);
        for (i = 0; i < nfinal; i++)
            svm_free_and_destroy_model(&finals[i].model);
        if (rc != ST_OK)
            goto done;
    }

    /* Score dev with the model as written (libsvm keeps 8 significant
     * digits), through the verifying loader, which also proves the files;
     * then record the dev scores in the sidecar. */
    {
        st_metrics none, sent_m, rules_m;
        st_confusion sent_conf, rules_conf;
        memset(&none, 0, sizeof none);
        st_metrics_of(&cv_best, &cv_m);
        rc = write_sidecar(o, fx, &d, best_kernel, best_c, best_gamma, &cv_m, &none, ntrain,
                           sentiment, pooled, err);
        if (rc != ST_OK)
            goto done;
        rc = st_model_load(&loaded, o->out, fx->fingerprint, err);
        if (rc != ST_OK)
            goto done;
        memset(&dev_conf, 0, sizeof dev_conf);
        memset(&sent_conf, 0, sizeof sent_conf);
        memset(&rules_conf, 0, sizeof rules_conf);
        for (i = 0; i < d.n; i++) {
            st_prediction pr;
            int gold_sent = st_example_sentiment_class(&d.v[i]);
            if (!d.v[i].dev)
                continue;
            st_model_predict(&loaded, &d.v[i].x, &pr, NULL);
            dev_conf.m[d.v[i].stance][pr.stance]++;
            if (gold_sent && pr.has_sentiment)
                sent_conf.m[gold_sent][pr.sentiment_class]++;
            if (gold_sent)
                rules_conf.m[gold_sent][st_sentiment_class_parse(
                    st_sentiment_label(d.v[i].sentiment))]++;
        }
        st_model_free(&loaded);
        st_metrics_of(&dev_conf, &dev_m);
        st_metrics_print(log, "dev split", &dev_conf);
        st_metrics_of(&rules_conf, &rules_m);
        if (sentiment) {
            json_decref(sentiment);
            st_metrics_of(&sent_conf, &sent_m);
            st_metrics_print_as(log, "sentiment head, dev split", &sent_conf,
                                st_sentiment_class_name);
            sentiment = sentiment_json(sent_out, sent_c, sent_ntrain, &sent_m, &rules_m);
            if (!sentiment) {
                rc = st_error_set(err, ST_ERR_IO, "%s: %s", sent_out, strerror(errno));
                goto done;
            }
        }
        if (rules_m.n)
            fprintf(log, "sentiment rules score alone, dev split: 3-way accuracy %.3f "
                    "(%ld statements)\n", rules_m.accuracy, rules_m.n);
        rc = write_sidecar(o, fx, &d, best_kernel, best_c, best_gamma, &cv_m, &dev_m, ntrain,
                           sentiment, pooled, err);
        if (rc != ST_OK)
            goto done;
    }
    fprintf(log, "wrote %s%s%s and %s.json\n", o->out, sentiment ? ", " : "",
            sentiment ? sent_out : "", o->out);
    if (o->report) {
        rc = st_report_svg(o->report, &cv_best, &dev_conf, err);
        if (rc == ST_OK)
            fprintf(log, "wrote %s\n", o->report);
    }
done:
    free(order);
    json_decref(sentiment);
    json_decref(pooled);
    if (p.jobs)
        for (i = 0; i < nj + 2; i++) {
            free(p.jobs[i].dec);
            if (p.jobs[i].model)
                svm_free_and_destroy_model(&p.jobs[i].model);
        }
    if (p.nodes)
        for (i = 0; i < d.n; i++)
            free(p.nodes[i]);
    st_pooled_free(&p.pooled[0]);
    st_pooled_free(&p.pooled[1]);
    free(p.nodes);
    free(p.fold_of);
    free(p.jobs);
    pthread_mutex_destroy(&p.lock);
    st_dataset_free(&d);
    return rc;
}
