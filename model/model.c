/* model.c - loading, verifying and predicting with the stance model. */
#include "model.h"
#include "svmtext.h"
#include "../core/sha256.h"

#include <errno.h>
#include <libsvm/svm.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef ST_MODEL_DIR
#define ST_MODEL_DIR "/usr/local/share/stanced"
#endif

/* Class names by class 1..3: the stance model's and the sentiment head's. */
static const char *const stance_names[] = { NULL, "conciliatory", "adversarial", "neutral" };
static const char *const sentiment_names[] = { NULL, "positive", "negative", "neutral" };

static const char *class_name(const char *const *names, int c)
{
    return c >= 1 && c <= ST_NCLASS ? names[c] : "unknown";
}

static int class_parse(const char *const *names, const char *name)
{
    int k;
    for (k = 1; k <= ST_NCLASS; k++)
        if (name && strcmp(name, names[k]) == 0)
            return k;
    return 0;
}

const char *st_stance_name(int stance)
{
    return class_name(stance_names, stance);
}

int st_stance_parse(const char *name)
{
    return class_parse(stance_names, name);
}

const char *st_sentiment_class_name(int c)
{
    return class_name(sentiment_names, c);
}

int st_sentiment_class_parse(const char *name)
{
    return class_parse(sentiment_names, name);
}

static int check_sidecar(st_model *m, const char *side, const char *fingerprint,
                         const char **sha, json_int_t *bytes, st_error *err)
{
    json_error_t je;
    json_t *v;
    m->sidecar = json_load_file(side, JSON_REJECT_DUPLICATES, &je);
    if (!m->sidecar)
        return st_error_set(err, ST_ERR_MODEL, "%s: %s (line %d)", side,
                            access(side, R_OK) ? strerror(errno) : je.text, je.line);
    v = json_object_get(m->sidecar, "format");
    if (!json_is_string(v) || strcmp(json_string_value(v), ST_MODEL_FORMAT) != 0)
        return st_error_set(err, ST_ERR_MODEL, "%s: not a %s sidecar", side, ST_MODEL_FORMAT);
    v = json_object_get(m->sidecar, "feature_version");
    if (!json_is_integer(v) || json_integer_value(v) != ST_FEATURE_VERSION)
        return st_error_set(err, ST_ERR_MODEL,
                            "%s: model built for feature version %lld, this build has %d",
                            side, json_is_integer(v) ? (long long)json_integer_value(v) : -1LL,
                            ST_FEATURE_VERSION);
    v = json_object_get(m->sidecar, "feature_fingerprint");
    if (!json_is_string(v) || strcmp(json_string_value(v), fingerprint) != 0)
        return st_error_set(err, ST_ERR_MODEL,
                            "%s: feature fingerprint %s does not match this build's %s "
                            "(lexicons or parameters changed: retrain)",
                            side, json_is_string(v) ? json_string_value(v) : "(none)",
                            fingerprint);
    v = json_object_get(m->sidecar, "model_sha256");
    *sha = json_is_string(v) ? json_string_value(v) : NULL;
    v = json_object_get(m->sidecar, "model_bytes");
    *bytes = json_is_integer(v) ? json_integer_value(v) : -1;
    if (!*sha || *bytes < 0)
        return st_error_set(err, ST_ERR_MODEL, "%s: no model_sha256/model_bytes", side);
    return ST_OK;
}

/* The whole model file, NUL-terminated, with its SHA-256: the bytes that
 * are checked are the bytes that were hashed. */
#define ST_MODEL_MAX_BYTES (1L << 30)
static char *read_model(const char *path, char hex[65], long *bytes, st_error *err)
{
    FILE *fp = fopen(path, "rb");
    char *buf = NULL;
    size_t cap = 0, n = 0, got;
    st_sha256 h;

    if (!fp) {
        st_error_set(err, ST_ERR_MODEL, "%s: %s", path, strerror(errno));
        return NULL;
    }
    do {
        if (n + 65536 + 1 > cap) {
            char *nb = cap >= (size_t)ST_MODEL_MAX_BYTES ? NULL
                                                         : realloc(buf, cap ? cap * 2 : 1 << 20);
            if (!nb) {
                st_error_set(err, ST_ERR_MODEL, "%s: over %ld bytes or out of memory", path,
                             ST_MODEL_MAX_BYTES);
                free(buf);
                fclose(fp);
                return NULL;
            }
            buf = nb;
            cap = cap ? cap * 2 : 1 << 20;
        }
        got = fread(buf + n, 1, 65536, fp);
        n += got;
    } while (got > 0);
    if (ferror(fp)) {
        st_error_set(err, ST_ERR_MODEL, "%s: read error", path);
        free(buf);
        fclose(fp);
        return NULL;
    }
    fclose(fp);
    buf[n] = '\0';
    st_sha256_init(&h);
    st_sha256_update(&h, buf, n);
    st_sha256_hex(&h, hex);
    *bytes = (long)n;
    return buf;
}

/* w[p] = sum over the support vectors of classes i and j of coef * SV:
 * the same sums libsvm's svm_predict_values forms, regrouped.  The pairs'
 * weights of one feature sit side by side (w[index * ST_W_STRIDE + off +
 * p], off 0 for stance and ST_W_SENTIMENT for sentiment): the table is
 * 21 MB, each feature of a statement is a cache miss, and this way one
 * miss serves both heads' three pairs.  The table is 64-byte aligned, so
 * a feature's eight slots are one cache line. */
static void collapse_head(st_model *m, st_head *h, int off)
{
    const struct svm_model *s = h->svm;
    int start[ST_NCLASS], i, j, p = 0;
    size_t dim = (size_t)ST_FX_DIM + 1;

    start[0] = 0;
    for (i = 1; i < s->nr_class; i++)
        start[i] = start[i - 1] + s->nSV[i - 1];
    for (i = 0; i < s->nr_class; i++) {
        for (j = i + 1; j < s->nr_class; j++, p++) {
            double *w = m->w + off + p;
            const double *coef1 = s->sv_coef[j - 1], *coef2 = s->sv_coef[i];
            int k;
            for (k = 0; k < s->nSV[i]; k++) {
                const struct svm_node *x = s->SV[start[i] + k];
                for (; x->index != -1; x++)
                    if (x->index >= 1 && (size_t)x->index < dim)
                        w[(size_t)x->index * ST_W_STRIDE] += coef1[start[i] + k] * x->value;
            }
            for (k = 0; k < s->nSV[j]; k++) {
                const struct svm_node *x = s->SV[start[j] + k];
                for (; x->index != -1; x++)
                    if (x->index >= 1 && (size_t)x->index < dim)
                        w[(size_t)x->index * ST_W_STRIDE] += coef2[start[j] + k] * x->value;
            }
        }
    }
}

static int alloc_weights(st_model *m, st_error *err)
{
    size_t bytes = ((size_t)ST_FX_DIM + 1) * ST_W_STRIDE * sizeof *m->w;
    m->w = aligned_alloc(64, (bytes + 63) / 64 * 64);
    if (!m->w)
        return st_error_set(err, ST_ERR_NOMEM, "out of memory collapsing the model");
    memset(m->w, 0, bytes);
    return ST_OK;
}

/* Frees one head's libsvm model, and hands glibc's cached pages back:
 * libsvm's support vectors are thousands of small heap blocks that glibc
 * keeps for reuse. */
static void release_head(st_head *h)
{
    if (!h->svm)
        return;
    svm_free_and_destroy_model(&h->svm);
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

static int is_linear(const st_head *h)
{
    return h->svm && h->svm->param.kernel_type == LINEAR;
}

/* Reads, verifies and loads one head's model file: the size and SHA-256
 * the sidecar gives, then the text check, then libsvm.  The hex digest is
 * left in hex. */
static int load_head(st_head *h, const char *path, const char *want_sha, json_int_t want_bytes,
                     char hex[65], st_error *err)
{
    long bytes = -1;
    char *text = read_model(path, hex, &bytes, err);
    int rc = ST_OK, k, labels[ST_NCLASS];

    if (!text)
        return ST_ERR_MODEL;
    if (bytes != (long)want_bytes || strcmp(hex, want_sha) != 0)
        rc = st_error_set(err, ST_ERR_MODEL,
                          "%s: checksum mismatch (%ld bytes, sha256 %.12s; sidecar says %lld "
                          "bytes, %.12s): truncated or corrupt",
                          path, bytes, hex, (long long)want_bytes, want_sha);
    /* A matching checksum proves the file is the one described, not that
     * libsvm can read it safely: the text is checked first. */
    if (rc == ST_OK && st_svm_text_check(text, (size_t)bytes, err) != ST_OK) {
        char why[sizeof err->text];
        snprintf(why, sizeof why, "%s", err->text);
        rc = st_error_set(err, ST_ERR_MODEL, "%s: %s", path, why);
    }
    free(text);
    if (rc == ST_OK) {
        h->svm = svm_load_model(path);
        if (!h->svm)
            rc = st_error_set(err, ST_ERR_MODEL, "%s: libsvm could not read the model", path);
    }
    if (rc == ST_OK && (svm_get_svm_type(h->svm) != C_SVC ||
                        svm_get_nr_class(h->svm) != ST_NCLASS))
        rc = st_error_set(err, ST_ERR_MODEL, "%s: not a 3-class C-SVC model", path);
    if (rc == ST_OK) {
        svm_get_labels(h->svm, labels);
        for (k = 0; k < ST_NCLASS && rc == ST_OK; k++) {
            if (labels[k] < 1 || labels[k] > 3)
                rc = st_error_set(err, ST_ERR_MODEL, "%s: unknown class label %d", path,
                                  labels[k]);
            h->label[k] = labels[k];
        }
    }
    if (rc == ST_OK) {
        const struct svm_model *s = h->svm;
        h->present = 1;
        h->has_prob = svm_check_probability_model(h->svm);
        for (k = 0; k < ST_NCLASS; k++) {
            h->rho[k] = s->rho[k];
            if (s->probA && s->probB) {
                h->prob_a[k] = s->probA[k];
                h->prob_b[k] = s->probB[k];
            }
        }
    }
    return rc;
}

/* The sentiment head, path + ".sentiment" beside the stance model (as the
 * sidecar is path + ".json"), when the sidecar has a "sentiment" object
 * vouching for it.  No object: no head, and the rules score stands. */
static int load_sentiment(st_model *m, const char *path, st_error *err)
{
    json_t *o = json_object_get(m->sidecar, "sentiment"), *sha, *bytes;
    char file[1100], hex[65];
    int rc;

    if (!o)
        return ST_OK;
    sha = json_object_get(o, "model_sha256");
    bytes = json_object_get(o, "model_bytes");
    if (!json_is_string(sha) || !json_is_integer(bytes))
        return st_error_set(err, ST_ERR_MODEL,
                            "%s.json: \"sentiment\" has no model_sha256/model_bytes", path);
    snprintf(file, sizeof file, "%s.sentiment", path);
    rc = load_head(&m->sentiment, file, json_string_value(sha), json_integer_value(bytes), hex,
                   err);
    if (rc == ST_OK && !m->sentiment.has_prob)
        rc = st_error_set(err, ST_ERR_MODEL, "%s: the sentiment head has no probability "
                          "estimates", file);
    return rc;
}

/* The sidecar says the sentiment head is linear, or there is none: what
 * a lean load needs to know before it lets the stance head's vectors go
 * (the fast path serves both heads or neither).  The file itself is
 * checked once it is loaded. */
static int sentiment_claims_linear(const st_model *m)
{
    json_t *o = json_object_get(m->sidecar, "sentiment");
    const char *k = json_string_value(json_object_get(o, "kernel"));
    return !o || (k && strcmp(k, "linear") == 0);
}

/* lean: collapse each linear head as soon as it is loaded and free its
 * libsvm model before the next is read, so that at most one head's
 * support vectors and the weight table are in memory at once. */
static int model_load(st_model *m, const char *path, const char *fingerprint, int lean,
                      st_error *err)
{
    char side[1100], hex[65];
    const char *want_sha = NULL;
    json_int_t want_bytes = -1;
    int rc;

    memset(m, 0, sizeof *m);
#ifdef __GLIBC__
    /* glibc raises its mmap threshold to the size of each mmapped block
     * freed, so once the stance head's node array (about 10 MB) is
     * released, the sentiment head's arrays land on the heap beside the
     * stance head's freed pieces, which malloc_trim cannot hand back:
     * peak resident memory 63.7 MB instead of 46.5 MB with the
     * eighteenth round's model.  A fixed threshold keeps every large
     * block mmapped and returned to the system when freed. */
    mallopt(M_MMAP_THRESHOLD, 1 << 20);
#endif
    snprintf(m->path, sizeof m->path, "%s", path);
    snprintf(side, sizeof side, "%s.json", path);
    rc = check_sidecar(m, side, fingerprint, &want_sha, &want_bytes, err);
    if (rc == ST_OK)
        rc = load_head(&m->stance, path, want_sha, want_bytes, hex, err);
    if (rc == ST_OK) {
        m->svm = m->stance.svm;
        snprintf(m->id, sizeof m->id, "stance-%.12s", hex);
        lean = lean && is_linear(&m->stance) && sentiment_claims_linear(m);
        if (lean && (rc = alloc_weights(m, err)) == ST_OK) {
            collapse_head(m, &m->stance, 0);
            release_head(&m->stance);
            m->svm = NULL;
        }
    }
    if (rc == ST_OK)
        rc = load_sentiment(m, path, err);
    if (rc == ST_OK && lean && m->sentiment.present) {
        if (is_linear(&m->sentiment)) {
            collapse_head(m, &m->sentiment, ST_W_SENTIMENT);
            release_head(&m->sentiment);
        } else {
            rc = st_error_set(err, ST_ERR_MODEL, "%s.sentiment: not a linear model, as %s says",
                              path, side);
        }
    }
    if (rc == ST_OK && lean) {
        m->linear = 1;
    } else if (rc == ST_OK && is_linear(&m->stance) &&
               (!m->sentiment.svm || is_linear(&m->sentiment))) {
        /* The fast path serves both heads or neither. */
        rc = alloc_weights(m, err);
        if (rc == ST_OK) {
            collapse_head(m, &m->stance, 0);
            if (m->sentiment.present)
                collapse_head(m, &m->sentiment, ST_W_SENTIMENT);
            m->linear = 1;
        }
    }
    if (rc != ST_OK)
        st_model_free(m);
    return rc;
}

int st_model_load(st_model *m, const char *path, const char *fingerprint, st_error *err)
{
    return model_load(m, path, fingerprint, 0, err);
}

int st_model_load_lean(st_model *m, const char *path, const char *fingerprint, st_error *err)
{
    return model_load(m, path, fingerprint, 1, err);
}

int st_model_release_libsvm(st_model *m)
{
    if (!m->linear)
        return 0;
    release_head(&m->stance);
    release_head(&m->sentiment);
    m->svm = NULL;
    return 1;
}

void st_model_free(st_model *m)
{
    if (m->stance.svm)
        svm_free_and_destroy_model(&m->stance.svm);
    if (m->sentiment.svm)
        svm_free_and_destroy_model(&m->sentiment.svm);
    json_decref(m->sidecar);
    free(m->w);
    memset(m, 0, sizeof *m);
}

/* libsvm 3.24's sigmoid_predict and multiclass_probability (Wu, Lin and
 * Weng's method 2), reproduced operation for operation so that the fast
 * path's probabilities equal svm_predict_probability's. */
static double sigmoid_predict(double dec, double a, double b)
{
    double f = dec * a + b;
    return f >= 0 ? exp(-f) / (1.0 + exp(-f)) : 1.0 / (1 + exp(f));
}

static void multiclass_probability(int k, double r[ST_NCLASS][ST_NCLASS], double *p)
{
    double q[ST_NCLASS][ST_NCLASS], qp[ST_NCLASS], pqp, eps = 0.005 / k;
    int t, j, iter, max_iter = 100 > k ? 100 : k;

    for (t = 0; t < k; t++) {
        p[t] = 1.0 / k;
        q[t][t] = 0;
        for (j = 0; j < t; j++) {
            q[t][t] += r[j][t] * r[j][t];
            q[t][j] = q[j][t];
        }
        for (j = t + 1; j < k; j++) {
            q[t][t] += r[j][t] * r[j][t];
            q[t][j] = -r[j][t] * r[t][j];
        }
    }
    for (iter = 0; iter < max_iter; iter++) {
        double max_error = 0;
        pqp = 0;
        for (t = 0; t < k; t++) {
            qp[t] = 0;
            for (j = 0; j < k; j++)
                qp[t] += q[t][j] * p[j];
            pqp += p[t] * qp[t];
        }
        for (t = 0; t < k; t++) {
            double e = fabs(qp[t] - pqp);
            if (e > max_error)
                max_error = e;
        }
        if (max_error < eps)
            break;
        for (t = 0; t < k; t++) {
            double diff = (-qp[t] + pqp) / q[t][t];
            p[t] += diff;
            pqp = (pqp + diff * (diff * q[t][t] + 2 * qp[t])) / (1 + diff) / (1 + diff);
            for (j = 0; j < k; j++) {
                qp[j] = (qp[j] + diff * q[t][j]) / (1 + diff);
                p[j] /= (1 + diff);
            }
        }
    }
}

/* Probabilities (libsvm's, or one-hot votes without them) and the
 * likeliest class of head h from its pair decision values dec. */
static int finish(const st_head *h, const double *dec, double *prob)
{
    int i, j, k = 0, best = 0;
    double est[ST_NCLASS];
    if (h->has_prob) {
        const double min_prob = 1e-7;
        double r[ST_NCLASS][ST_NCLASS];
        for (i = 0; i < ST_NCLASS; i++)
            for (j = i + 1; j < ST_NCLASS; j++, k++) {
                double s = sigmoid_predict(dec[k], h->prob_a[k], h->prob_b[k]);
                s = s < min_prob ? min_prob : s;
                r[i][j] = s > 1 - min_prob ? 1 - min_prob : s;
                r[j][i] = 1 - r[i][j];
            }
        multiclass_probability(ST_NCLASS, r, est);
        for (i = 1; i < ST_NCLASS; i++)
            if (est[i] > est[best])
                best = i;
    } else {
        int vote[ST_NCLASS] = { 0 };
        for (i = 0; i < ST_NCLASS; i++)
            for (j = i + 1; j < ST_NCLASS; j++, k++)
                ++vote[dec[k] > 0 ? i : j];
        for (i = 1; i < ST_NCLASS; i++)
            if (vote[i] > vote[best])
                best = i;
        for (i = 0; i < ST_NCLASS; i++)
            est[i] = i == best;
    }
    for (i = 0; i < ST_NCLASS; i++)
        prob[h->label[i]] = est[i];
    return h->label[best];
}

static void sentiment_score(st_prediction *p)
{
    p->has_sentiment = 1;
    p->sentiment = p->sentiment_prob[ST_SENT_POSITIVE] - p->sentiment_prob[ST_SENT_NEGATIVE];
    p->sentiment = p->sentiment < -1 ? -1 : p->sentiment > 1 ? 1 : p->sentiment;
}

int st_model_predict(const st_model *m, const st_fvec *x, st_prediction *p, st_error *err)
{
    size_t k;
    int q;
    if (!m->linear)
        return st_model_predict_libsvm(m, x, p, err);
    double sum[ST_W_STRIDE] = { 0 };
    memset(p, 0, sizeof *p);
    /* Both heads' pair sums in one pass: a feature's eight weights are one
     * cache line, and without a sentiment head its four are zero.  Each
     * sum adds the features in the same order as before, so the stance
     * result is the same to the last bit. */
    for (k = 0; k < x->n; k++) {
        const double *w = m->w + (size_t)x->index[k] * ST_W_STRIDE;
        if (k + 8 < x->n)   /* the misses overlap instead of queueing */
            __builtin_prefetch(m->w + (size_t)x->index[k + 8] * ST_W_STRIDE);
        sum[0] += w[0] * x->value[k];
        sum[1] += w[1] * x->value[k];
        sum[2] += w[2] * x->value[k];
        sum[ST_W_SENTIMENT + 0] += w[ST_W_SENTIMENT + 0] * x->value[k];
        sum[ST_W_SENTIMENT + 1] += w[ST_W_SENTIMENT + 1] * x->value[k];
        sum[ST_W_SENTIMENT + 2] += w[ST_W_SENTIMENT + 2] * x->value[k];
    }
    for (q = 0; q < 3; q++)
        p->dec[q] = sum[q] - m->stance.rho[q];
    p->stance = finish(&m->stance, p->dec, p->prob);
    if (m->sentiment.present) {
        for (q = 0; q < 3; q++)
            p->sentiment_dec[q] = sum[ST_W_SENTIMENT + q] - m->sentiment.rho[q];
        p->sentiment_class = finish(&m->sentiment, p->sentiment_dec, p->sentiment_prob);
        sentiment_score(p);
    }
    return ST_OK;
}

struct svm_node *st_model_nodes(const st_fvec *x)
{
    struct svm_node *n = malloc((x->n + 1) * sizeof *n);
    size_t k;
    if (!n)
        return NULL;
    for (k = 0; k < x->n; k++) {
        n[k].index = x->index[k];
        n[k].value = x->value[k];
    }
    n[x->n].index = -1;
    n[x->n].value = 0;
    return n;
}

/* One head through libsvm: decision values, then label and probabilities. */
static void predict_head_libsvm(const st_head *h, const struct svm_node *nodes, double *dec,
                                double *prob, int *label)
{
    double est[ST_NCLASS];
    int i;
    svm_predict_values(h->svm, nodes, dec);
    if (h->has_prob) {
        *label = (int)svm_predict_probability(h->svm, nodes, est);
        for (i = 0; i < ST_NCLASS; i++)
            prob[h->label[i]] = est[i];
    } else {
        *label = (int)svm_predict(h->svm, nodes);
        prob[*label] = 1;
    }
}

int st_model_predict_libsvm(const st_model *m, const st_fvec *x, st_prediction *p,
                            st_error *err)
{
    struct svm_node *nodes;
    if (!m->stance.svm)
        return st_error_set(err, ST_ERR_MODEL, "%s: libsvm's copy of the model was released "
                            "after collapsing it", m->path);
    if (!(nodes = st_model_nodes(x)))
        return st_error_set(err, ST_ERR_NOMEM, "out of memory predicting");
    memset(p, 0, sizeof *p);
    predict_head_libsvm(&m->stance, nodes, p->dec, p->prob, &p->stance);
    if (m->sentiment.present) {
        predict_head_libsvm(&m->sentiment, nodes, p->sentiment_dec, p->sentiment_prob,
                            &p->sentiment_class);
        sentiment_score(p);
    }
    free(nodes);
    return ST_OK;
}

const char *st_model_default_path(char *buf, size_t size)
{
    const char *env = getenv("STANCED_MODEL");
    char exe[1024];
    ssize_t n;
    if (env && *env) {
        snprintf(buf, size, "%s", env);
        return buf;
    }
    /* A binary run from the source tree (bin/, or bin/ inside a build folder) uses the
     * model built there. */
    n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        char *slash;
        int up;
        exe[n] = '\0';
        for (up = 0; up < 3; up++) {
            slash = strrchr(exe, '/');
            if (!slash)
                break;
            *slash = '\0';
            snprintf(buf, size, "%s/model/stance.model", exe);
            if (access(buf, R_OK) == 0 && strstr(exe, "/share") == NULL) {
                char mk[1100];
                snprintf(mk, sizeof mk, "%s/Makefile", exe);
                if (access(mk, R_OK) == 0)
                    return buf;
            }
        }
    }
    snprintf(buf, size, "%s/stance.model", ST_MODEL_DIR);
    return buf;
}
