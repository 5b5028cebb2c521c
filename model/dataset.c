/* dataset.c - loading labelled statements and scoring predictions. */
#include "dataset.h"
#include "../core/util.h"
#include "../core/sha256.h"

#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static int sentiment_code(const char *s)
{
    if (!s)
        return 2;
    if (!strcmp(s, "positive"))
        return 1;
    if (!strcmp(s, "negative"))
        return -1;
    if (!strcmp(s, "neutral"))
        return 0;
    return 3;
}

void st_example_key(const char *salt, const char *id, char key[17])
{
    st_sha256 h;
    char hex[65];
    st_sha256_init(&h);
    st_sha256_update(&h, salt, strlen(salt));
    st_sha256_update(&h, id, strlen(id));
    st_sha256_hex(&h, hex);
    memcpy(key, hex, 16);
    key[16] = '\0';
}

/* Reads one file into d, hashing its bytes into h. */
static int load_file(st_dataset *d, const char *path, const st_features *fx, st_sha256 *hp,
                     st_error *err)
{
    FILE *fp = fopen(path, "rb");
    char *line = NULL;
    size_t cap = 0, lineno = 0, before = d->n;
    ssize_t len;
    int rc = ST_OK;
#define h (*hp)

    if (!fp)
        return st_error_set(err, ST_ERR_IO, "%s: %s", path, strerror(errno));
    while (rc == ST_OK && (len = getline(&line, &cap, fp)) != -1) {
        json_error_t je;
        json_t *o, *v;
        st_statement s;
        st_example *e;
        const char *stance;
        lineno++;
        st_sha256_update(&h, line, (size_t)len);
        if (strspn(line, " \t\r\n") == (size_t)len)
            continue;
        o = json_loadb(line, (size_t)len, 0, &je);
        if (!o || !json_is_object(o)) {
            json_decref(o);
            rc = st_error_set(err, ST_ERR_INPUT, "%s:%zu: not a JSON object", path, lineno);
            break;
        }
        v = json_object_get(o, "stance");
        if (!v)
            v = json_object_get(o, "label");
        stance = json_string_value(v);
        s.text = json_string_value(json_object_get(o, "text"));
        s.context = json_string_value(json_object_get(o, "context"));
        if (!s.text || !st_stance_parse(stance)) {
            json_decref(o);
            rc = st_error_set(err, ST_ERR_INPUT, "%s:%zu: need string \"text\" and a "
                              "\"stance\" of conciliatory/adversarial/neutral", path, lineno);
            break;
        }
        if (st_grow((void **)&d->v, &d->cap, d->n, sizeof *d->v)) {
            json_decref(o);
            rc = st_error_set(err, ST_ERR_NOMEM, "out of memory reading %s", path);
            break;
        }
        e = &d->v[d->n];
        memset(e, 0, sizeof *e);
        v = json_object_get(o, "id");
        e->id = strdup(json_is_string(v) ? json_string_value(v) : "");
        e->stance = st_stance_parse(stance);
        e->dev = json_is_string(json_object_get(o, "split")) &&
                 !strcmp(json_string_value(json_object_get(o, "split")), "dev");
        e->sentiment_gold = sentiment_code(json_string_value(json_object_get(o, "sentiment")));
        if (!e->id) {
            json_decref(o);
            rc = st_error_set(err, ST_ERR_NOMEM, "out of memory reading %s", path);
            break;
        }
        d->n++;
        rc = st_features_extract(fx, &s, &e->x, &e->sentiment, err);
        if (rc != ST_OK) {
            char why[sizeof err->text];
            snprintf(why, sizeof why, "%s", err->text);
            st_error_set(err, rc, "%s:%zu: %s", path, lineno, why);
        }
        json_decref(o);
    }
    free(line);
    fclose(fp);
#undef h
    if (rc == ST_OK && d->n == before)
        rc = st_error_set(err, ST_ERR_INPUT, "%s: no statements", path);
    return rc;
}

int st_dataset_load_files(st_dataset *d, const char *const *paths, size_t n,
                          const st_features *fx, st_error *err)
{
    st_sha256 h;
    size_t i;
    int rc = ST_OK;
    memset(d, 0, sizeof *d);
    st_sha256_init(&h);
    for (i = 0; i < n && rc == ST_OK; i++)
        rc = load_file(d, paths[i], fx, &h, err);
    st_sha256_hex(&h, d->sha256);
    if (rc != ST_OK)
        st_dataset_free(d);
    return rc;
}

int st_dataset_load(st_dataset *d, const char *path, const st_features *fx, st_error *err)
{
    return st_dataset_load_files(d, &path, 1, fx, err);
}

void st_dataset_free(st_dataset *d)
{
    size_t i;
    for (i = 0; i < d->n; i++) {
        free(d->v[i].id);
        st_fvec_free(&d->v[i].x);
    }
    free(d->v);
    memset(d, 0, sizeof *d);
}

void st_metrics_of(const st_confusion *c, st_metrics *out)
{
    int k, j;
    long right = 0, all = 0;
    memset(out, 0, sizeof *out);
    for (k = 1; k <= ST_NCLASS; k++) {
        long tp = c->m[k][k], pred = 0, gold = 0;
        for (j = 1; j <= ST_NCLASS; j++) {
            pred += c->m[j][k];
            gold += c->m[k][j];
            all += c->m[k][j];
        }
        right += tp;
        out->precision[k] = pred ? (double)tp / pred : 0;
        out->recall[k] = gold ? (double)tp / gold : 0;
        out->f1[k] = out->precision[k] + out->recall[k] > 0
                         ? 2 * out->precision[k] * out->recall[k] /
                               (out->precision[k] + out->recall[k])
                         : 0;
        out->macro_f1 += out->f1[k] / ST_NCLASS;
    }
    out->n = all;
    out->accuracy = all ? (double)right / all : 0;
}

void st_metrics_print(FILE *fp, const char *title, const st_confusion *c)
{
    st_metrics_print_as(fp, title, c, st_stance_name);
}

void st_metrics_print_as(FILE *fp, const char *title, const st_confusion *c,
                         const char *(*name)(int))
{
    st_metrics m;
    int k, j;
    st_metrics_of(c, &m);
    fprintf(fp, "%s (%ld statements)\n", title, m.n);
    fprintf(fp, "  %-14s %9s %9s %9s\n", "class", "precision", "recall", "F1");
    for (k = 1; k <= ST_NCLASS; k++)
        fprintf(fp, "  %-14s %9.3f %9.3f %9.3f\n", name(k), m.precision[k],
                m.recall[k], m.f1[k]);
    fprintf(fp, "  macro-F1 %.3f   accuracy %.3f\n", m.macro_f1, m.accuracy);
    fprintf(fp, "  confusion (rows gold, columns predicted):\n  %-14s", "");
    for (j = 1; j <= ST_NCLASS; j++)
        fprintf(fp, " %12s", name(j));
    fputc('\n', fp);
    for (k = 1; k <= ST_NCLASS; k++) {
        fprintf(fp, "  %-14s", name(k));
        for (j = 1; j <= ST_NCLASS; j++)
            fprintf(fp, " %12ld", c->m[k][j]);
        fputc('\n', fp);
    }
}
