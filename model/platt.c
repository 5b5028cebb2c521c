/* platt.c - probability estimates fitted on our own cross-validation.
 *
 * libsvm's probability training runs a 5-fold cross-validation of its own
 * inside every final training, single-threaded, with rand() deciding the
 * folds: it took most of `make`'s training time.  The trainer already
 * cross-validates the same model on worker threads (train.c), so the
 * held-out decision values are at hand: the sigmoids are fitted on them
 * here, the final model trains without libsvm's probability step, and
 * probA/probB are written into it.  svm_predict_probability and the fast
 * path then use them as they would libsvm's own. */
#include "platt.h"

#include <libsvm/svm.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Index of the label pair (x, y), x < y, in 1..3. */
static int pair_index(int x, int y)
{
    return x == 1 ? y - 2 : 2;
}

int st_platt_decisions(const struct svm_model *m, const struct svm_node *x,
                       double out[ST_NPAIRS])
{
    double dec[ST_NPAIRS];
    /* (three classes, as many as pairs) */
    int labels[ST_NPAIRS], vote[ST_NPAIRS] = { 0 }, i, j, p = 0, best = 0;
    svm_predict_values(m, x, dec);
    svm_get_labels(m, labels);
    for (i = 0; i < ST_NPAIRS; i++)
        for (j = i + 1; j < ST_NPAIRS; j++, p++) {
            int lo = labels[i] < labels[j] ? labels[i] : labels[j];
            int hi = labels[i] < labels[j] ? labels[j] : labels[i];
            out[pair_index(lo, hi)] = labels[i] < labels[j] ? dec[p] : -dec[p];
            vote[dec[p] > 0 ? i : j]++;
        }
    /* libsvm's own vote (svm_predict), from the values just computed */
    for (i = 1; i < ST_NPAIRS; i++)
        if (vote[i] > vote[best])
            best = i;
    return labels[best];
}

/* Platt's sigmoid by Newton's method with backtracking (Lin, Lin and Weng,
 * "A note on Platt's probabilistic outputs for support vector machines",
 * 2007): y[i] is +1 or -1.  t holds l doubles of scratch. */
static void sigmoid_fit(size_t l, const double *f, const signed char *y, double *t, double *A,
                        double *B)
{
    double prior1 = 0, prior0 = 0, hi, lo, fval = 0, a, b;
    const double min_step = 1e-10, sigma = 1e-12, eps = 1e-5;
    size_t i;
    int iter;

    for (i = 0; i < l; i++) {
        if (y[i] > 0)
            prior1++;
        else
            prior0++;
    }
    hi = (prior1 + 1.0) / (prior1 + 2.0);
    lo = 1 / (prior0 + 2.0);
    a = 0.0;
    b = log((prior0 + 1.0) / (prior1 + 1.0));
    for (i = 0; i < l; i++) {
        double fApB = f[i] * a + b;
        t[i] = y[i] > 0 ? hi : lo;
        fval += fApB >= 0 ? t[i] * fApB + log(1 + exp(-fApB))
                          : (t[i] - 1) * fApB + log(1 + exp(fApB));
    }
    for (iter = 0; iter < 100; iter++) {
        double h11 = sigma, h22 = sigma, h21 = 0, g1 = 0, g2 = 0, det, dA, dB, gd, step;
        for (i = 0; i < l; i++) {
            double fApB = f[i] * a + b, p, q, d1, d2;
            if (fApB >= 0) {
                p = exp(-fApB) / (1.0 + exp(-fApB));
                q = 1.0 / (1.0 + exp(-fApB));
            } else {
                p = 1.0 / (1.0 + exp(fApB));
                q = exp(fApB) / (1.0 + exp(fApB));
            }
            d2 = p * q;
            h11 += f[i] * f[i] * d2;
            h22 += d2;
            h21 += f[i] * d2;
            d1 = t[i] - p;
            g1 += f[i] * d1;
            g2 += d1;
        }
        if (fabs(g1) < eps && fabs(g2) < eps)
            break;
        det = h11 * h22 - h21 * h21;
        dA = -(h22 * g1 - h21 * g2) / det;
        dB = -(-h21 * g1 + h11 * g2) / det;
        gd = g1 * dA + g2 * dB;
        for (step = 1; step >= min_step; step /= 2.0) {
            double na = a + step * dA, nb = b + step * dB, nf = 0;
            for (i = 0; i < l; i++) {
                double fApB = f[i] * na + nb;
                nf += fApB >= 0 ? t[i] * fApB + log(1 + exp(-fApB))
                                : (t[i] - 1) * fApB + log(1 + exp(fApB));
            }
            if (nf < fval + 0.0001 * step * gd) {
                a = na;
                b = nb;
                fval = nf;
                break;
            }
        }
        if (step < min_step)
            break;  /* the line search failed: keep the last good point */
    }
    *A = a;
    *B = b;
}

int st_platt_fit(const double *dec, const int *cls, size_t n, st_platt *out, st_error *err)
{
    double *f = malloc((n ? n : 1) * sizeof *f), *t = malloc((n ? n : 1) * sizeof *t);
    signed char *y = malloc(n ? n : 1);
    int x, z;

    if (!f || !t || !y) {
        free(f);
        free(t);
        free(y);
        return st_error_set(err, ST_ERR_NOMEM, "out of memory fitting probabilities");
    }
    for (x = 1; x <= ST_NPAIRS; x++)
        for (z = x + 1; z <= ST_NPAIRS; z++) {
            int p = pair_index(x, z);
            size_t i, l = 0;
            for (i = 0; i < n; i++)
                if (cls[i] == x || cls[i] == z) {
                    f[l] = dec[3 * i + (size_t)p];
                    y[l++] = cls[i] == x ? 1 : -1;
                }
            sigmoid_fit(l, f, y, t, &out->a[p], &out->b[p]);
        }
    free(f);
    free(t);
    free(y);
    return ST_OK;
}

int st_platt_attach(struct svm_model *m, const st_platt *p, st_error *err)
{
    int labels[ST_NPAIRS], i, j, k = 0;
    double *pa = malloc(ST_NPAIRS * sizeof *pa), *pb = malloc(ST_NPAIRS * sizeof *pb);
    if (!pa || !pb) {
        free(pa);
        free(pb);
        return st_error_set(err, ST_ERR_NOMEM, "out of memory fitting probabilities");
    }
    svm_get_labels(m, labels);
    /* A pair the model orders the other way round sees -f: P(first) =
     * 1 - 1/(1 + exp(a f + b)) = 1/(1 + exp(a (-f) - b)). */
    for (i = 0; i < ST_NPAIRS; i++)
        for (j = i + 1; j < ST_NPAIRS; j++, k++) {
            int lo = labels[i] < labels[j] ? labels[i] : labels[j];
            int hi = labels[i] < labels[j] ? labels[j] : labels[i];
            int c = pair_index(lo, hi);
            pa[k] = p->a[c];
            pb[k] = labels[i] < labels[j] ? p->b[c] : -p->b[c];
        }
    free(m->probA);
    free(m->probB);
    m->probA = pa;
    m->probB = pb;
    m->param.probability = 1;
    return ST_OK;
}
