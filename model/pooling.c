/* pooling.c - statements labelled apart from our audit, entered into
 * training as the means of small groups.
 *
 * The eval articles' statements (training-data/articles/eval) carry their
 * writers' labels, given from the guideline alone, without the sharpened
 * rules of our label audit, and they are the kind of text the daemon
 * reads.  Trained on one by one they outnumber our own statements and pull
 * the models to the writers' reading: dev stance macro-F1 fell from 0.859
 * to 0.825 in the thirteenth round's experiment.  A smaller weight per
 * statement is what is wanted, and libsvm has no per-example weights; so
 * each run of N same-label statements enters as one row, their mean.  All
 * their words still count, toward their label, while they weigh like
 * about 1/N as many statements (training-data/README.md has the figures).
 * The runs are fixed by a hash of the ids, not by file order. */
#include "pooling.h"

#include <libsvm/svm.h>
#include <stdlib.h>
#include <string.h>

typedef struct keyed {
    char key[17];           /* the first 16 hex digits of SHA-256(id) */
    size_t i;
} keyed;

static int by_key(const void *a, const void *b)
{
    const keyed *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    return c ? c : (x->i > y->i) - (x->i < y->i);
}

typedef struct term {
    int index;
    double value;
} term;

static int by_index(const void *a, const void *b)
{
    const term *x = a, *y = b;
    return (x->index > y->index) - (x->index < y->index);
}

/* The mean of the vectors of d->v[run[0..len-1].i], as libsvm nodes. */
static struct svm_node *mean_row(const st_dataset *d, const keyed *run, size_t len)
{
    size_t total = 0, k, j, n = 0;
    term *t;
    struct svm_node *row;
    for (k = 0; k < len; k++)
        total += d->v[run[k].i].x.n;
    t = malloc((total ? total : 1) * sizeof *t);
    row = malloc((total + 1) * sizeof *row);
    if (!t || !row) {
        free(t);
        free(row);
        return NULL;
    }
    for (k = 0, j = 0; k < len; k++) {
        const st_fvec *v = &d->v[run[k].i].x;
        size_t m;
        for (m = 0; m < v->n; m++, j++) {
            t[j].index = v->index[m];
            t[j].value = v->value[m];
        }
    }
    qsort(t, total, sizeof *t, by_index);
    for (j = 0; j < total; j++) {
        if (n > 0 && row[n - 1].index == t[j].index) {
            row[n - 1].value += t[j].value;
            continue;
        }
        row[n].index = t[j].index;
        row[n++].value = t[j].value;
    }
    for (k = 0; k < n; k++)
        row[k].value /= (double)len;
    row[n].index = -1;
    row[n].value = 0;
    free(t);
    return row;
}

int st_pooled_build(st_pooled *out, const st_dataset *d, int target, size_t group,
                    st_error *err)
{
    keyed *order;
    size_t i, cap;
    int cls;

    memset(out, 0, sizeof *out);
    if (group == 0 || d->n == 0)
        return ST_OK;
    cap = d->n / group + ST_NCLASS + 1;     /* at most one short run per class */
    order = malloc(d->n * sizeof *order);
    out->x = calloc(cap, sizeof *out->x);
    out->y = malloc(cap * sizeof *out->y);
    if (!order || !out->x || !out->y) {
        free(order);
        return st_error_set(err, ST_ERR_NOMEM, "out of memory pooling statements");
    }
    for (cls = 1; cls <= ST_NCLASS; cls++) {
        size_t m = 0, at;
        for (i = 0; i < d->n; i++) {
            if (d->v[i].dev || st_example_class(&d->v[i], target) != cls)
                continue;
            st_example_key("", d->v[i].id, order[m].key);
            order[m++].i = i;
        }
        qsort(order, m, sizeof *order, by_key);
        for (at = 0; at < m; at += group) {
            size_t len = m - at < group ? m - at : group;
            if (out->n == cap || !(out->x[out->n] = mean_row(d, order + at, len))) {
                free(order);
                return st_error_set(err, ST_ERR_NOMEM, "out of memory pooling statements");
            }
            out->y[out->n++] = cls;
            out->statements += len;
        }
    }
    free(order);
    return ST_OK;
}

void st_pooled_free(st_pooled *p)
{
    size_t i;
    if (p->x)
        for (i = 0; i < p->n; i++)
            free(p->x[i]);
    free(p->x);
    free(p->y);
    memset(p, 0, sizeof *p);
}
