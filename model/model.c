/* model.c - loading, verifying and predicting with the stance model. */
#include "model.h"
#include "svmtext.h"
#include "../core/sha256.h"

#include <errno.h>
#include <libsvm/svm.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef ST_MODEL_DIR
#define ST_MODEL_DIR "/usr/local/share/stanced"
#endif

static const char *const stance_names[] = { NULL, "conciliatory", "adversarial", "neutral" };

const char *st_stance_name(int stance)
{
    return stance >= 1 && stance <= 3 ? stance_names[stance] : "unknown";
}

int st_stance_parse(const char *name)
{
    int k;
    for (k = 1; k <= 3; k++)
        if (name && strcmp(name, stance_names[k]) == 0)
            return k;
    return 0;
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
 * the same sums libsvm's svm_predict_values forms, regrouped.  The three
 * pairs' weights of one feature sit side by side (w[index * ST_W_STRIDE +
 * p]): the table is 10 MB, each feature of a statement is a cache miss, and
 * this way one miss serves all three pairs.  The stride of four keeps a
 * feature's weights inside one 64-byte cache line. */
static int collapse_linear(st_model *m, st_error *err)
{
    const struct svm_model *s = m->svm;
    int start[ST_NCLASS], i, j, p = 0;
    size_t dim = (size_t)ST_FX_DIM + 1;

    m->w = calloc(dim * ST_W_STRIDE, sizeof *m->w);
    if (!m->w)
        return st_error_set(err, ST_ERR_NOMEM, "out of memory collapsing the model");
    start[0] = 0;
    for (i = 1; i < s->nr_class; i++)
        start[i] = start[i - 1] + s->nSV[i - 1];
    for (i = 0; i < s->nr_class; i++) {
        for (j = i + 1; j < s->nr_class; j++, p++) {
            double *w = m->w + p;
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
            m->rho[p] = s->rho[p];
            if (s->probA && s->probB) {
                m->prob_a[p] = s->probA[p];
                m->prob_b[p] = s->probB[p];
            }
        }
    }
    m->linear = 1;
    return ST_OK;
}

int st_model_load(st_model *m, const char *path, const char *fingerprint, st_error *err)
{
    char side[1100], hex[65];
    const char *want_sha = NULL;
    json_int_t want_bytes = -1;
    long bytes = -1;
    char *text = NULL;
    int rc, k, labels[ST_NCLASS];

    memset(m, 0, sizeof *m);
    snprintf(m->path, sizeof m->path, "%s", path);
    snprintf(side, sizeof side, "%s.json", path);
    rc = check_sidecar(m, side, fingerprint, &want_sha, &want_bytes, err);
    if (rc == ST_OK && !(text = read_model(path, hex, &bytes, err)))
        rc = ST_ERR_MODEL;
    if (rc == ST_OK && (bytes != (long)want_bytes || strcmp(hex, want_sha) != 0))
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
        m->svm = svm_load_model(path);
        if (!m->svm)
            rc = st_error_set(err, ST_ERR_MODEL, "%s: libsvm could not read the model", path);
    }
    if (rc == ST_OK && (svm_get_svm_type(m->svm) != C_SVC ||
                        svm_get_nr_class(m->svm) != ST_NCLASS))
        rc = st_error_set(err, ST_ERR_MODEL, "%s: not a 3-class C-SVC model", path);
    if (rc == ST_OK) {
        m->nr_class = ST_NCLASS;
        svm_get_labels(m->svm, labels);
        for (k = 0; k < ST_NCLASS && rc == ST_OK; k++) {
            if (labels[k] < 1 || labels[k] > 3)
                rc = st_error_set(err, ST_ERR_MODEL, "%s: unknown class label %d", path,
                                  labels[k]);
            m->label[k] = labels[k];
        }
    }
    if (rc == ST_OK) {
        m->has_prob = svm_check_probability_model(m->svm);
        snprintf(m->id, sizeof m->id, "stance-%.12s", hex);
        if (m->svm->param.kernel_type == LINEAR)
            rc = collapse_linear(m, err);
    }
    if (rc != ST_OK)
        st_model_free(m);
    return rc;
}

void st_model_free(st_model *m)
{
    if (m->svm)
        svm_free_and_destroy_model(&m->svm);
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

static void finish(const st_model *m, st_prediction *p)
{
    int i, j, k = 0, best = 0;
    double est[ST_NCLASS];
    if (m->has_prob) {
        const double min_prob = 1e-7;
        double r[ST_NCLASS][ST_NCLASS];
        for (i = 0; i < ST_NCLASS; i++)
            for (j = i + 1; j < ST_NCLASS; j++, k++) {
                double s = sigmoid_predict(p->dec[k], m->prob_a[k], m->prob_b[k]);
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
                ++vote[p->dec[k] > 0 ? i : j];
        for (i = 1; i < ST_NCLASS; i++)
            if (vote[i] > vote[best])
                best = i;
        for (i = 0; i < ST_NCLASS; i++)
            est[i] = i == best;
    }
    for (i = 0; i < ST_NCLASS; i++)
        p->prob[m->label[i]] = est[i];
    p->stance = m->label[best];
}

int st_model_predict(const st_model *m, const st_fvec *x, st_prediction *p, st_error *err)
{
    size_t k;
    int q;
    if (!m->linear)
        return st_model_predict_libsvm(m, x, p, err);
    double sum[3] = { 0, 0, 0 };
    memset(p, 0, sizeof *p);
    /* Each pair's sum runs over the features in the same order as before
     * the weights were interleaved, so the result is bit for bit the same. */
    for (k = 0; k < x->n; k++) {
        const double *w = m->w + (size_t)x->index[k] * ST_W_STRIDE;
        if (k + 8 < x->n)   /* the misses overlap instead of queueing */
            __builtin_prefetch(m->w + (size_t)x->index[k + 8] * ST_W_STRIDE);
        sum[0] += w[0] * x->value[k];
        sum[1] += w[1] * x->value[k];
        sum[2] += w[2] * x->value[k];
    }
    for (q = 0; q < 3; q++)
        p->dec[q] = sum[q] - m->rho[q];
    finish(m, p);
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

int st_model_predict_libsvm(const st_model *m, const st_fvec *x, st_prediction *p,
                            st_error *err)
{
    struct svm_node *nodes = st_model_nodes(x);
    double est[ST_NCLASS];
    int i;
    if (!nodes)
        return st_error_set(err, ST_ERR_NOMEM, "out of memory predicting");
    memset(p, 0, sizeof *p);
    svm_predict_values(m->svm, nodes, p->dec);
    if (m->has_prob) {
        p->stance = (int)svm_predict_probability(m->svm, nodes, est);
        for (i = 0; i < ST_NCLASS; i++)
            p->prob[m->label[i]] = est[i];
    } else {
        p->stance = (int)svm_predict(m->svm, nodes);
        p->prob[p->stance] = 1;
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
