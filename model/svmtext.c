/* svmtext.c - a strict reading of a libsvm model file's text, done before
 * libsvm's own loader sees it.
 *
 * svm_load_model trusts its input: a file cut short (even one whose
 * sidecar checksum was recomputed) makes it write past its buffers and
 * crash, and stray bytes inside a number are silently read as another
 * number.  The checksum guards against accidents between training and
 * loading; this guards the loader itself: the header must be the one
 * libsvm writes for a C-SVC model with nr_class classes, the counts must
 * agree, and every support-vector line must be complete numbers with
 * strictly ascending feature indices. */
#include "svmtext.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_SV 10000000L

typedef struct cursor {
    const char *p, *end;
    long line;
} cursor;

/* The next token of the current line ([p, *tend)); 0 at the end of the line. */
static int token(cursor *c, const char **t, size_t *n)
{
    while (c->p < c->end && (*c->p == ' ' || *c->p == '\t'))
        c->p++;
    if (c->p >= c->end || *c->p == '\n')
        return 0;
    *t = c->p;
    while (c->p < c->end && *c->p != ' ' && *c->p != '\t' && *c->p != '\n')
        c->p++;
    *n = (size_t)(c->p - *t);
    return 1;
}

/* Past the newline that ends the current line; 0 when the file ends
 * without one (a cut-off last line). */
static int next_line(cursor *c)
{
    while (c->p < c->end && *c->p != '\n')
        c->p++;
    if (c->p >= c->end)
        return 0;
    c->p++;
    c->line++;
    return 1;
}

static int number(const char *t, size_t n, double *v)
{
    char buf[64], *e;
    if (n == 0 || n >= sizeof buf || memchr(t, '\0', n))  /* libsvm reads C strings */
        return 0;
    memcpy(buf, t, n);
    buf[n] = '\0';
    errno = 0;
    *v = strtod(buf, &e);
    return *e == '\0' && errno == 0 && isfinite(*v);
}

static int integer(const char *t, size_t n, long *v)
{
    char buf[32], *e;
    if (n == 0 || n >= sizeof buf || memchr(t, '\0', n))
        return 0;
    memcpy(buf, t, n);
    buf[n] = '\0';
    errno = 0;
    *v = strtol(buf, &e, 10);
    return *e == '\0' && errno == 0;
}

/* Up to 40 bytes of a token for a message, printable ASCII only (error
 * texts end up in JSON replies, which must be valid UTF-8). */
static const char *shown(const char *t, size_t n, char out[48])
{
    size_t k;
    for (k = 0; k < n && k < 40; k++)
        out[k] = t[k] >= 0x20 && t[k] < 0x7f ? t[k] : '?';
    out[k] = '\0';
    return out;
}

static int is(const char *t, size_t n, const char *word)
{
    return n == strlen(word) && !memcmp(t, word, n);
}

/* Reads exactly count numbers (integers when ints) to the end of the line;
 * their sum in *sum when given. */
static int values(cursor *c, long count, int ints, long *sum, const char *key, const char *path,
                  st_error *err)
{
    const char *t;
    char sh[48];
    size_t n;
    long k, iv;
    double dv;
    if (sum)
        *sum = 0;
    for (k = 0; k < count; k++) {
        if (!token(c, &t, &n))
            return st_error_set(err, ST_ERR_MODEL, "%s: line %ld: %s has %ld values, want %ld",
                                path, c->line, key, k, count);
        if (ints ? !integer(t, n, &iv) || iv < 0 || iv > MAX_SV : !number(t, n, &dv))
            return st_error_set(err, ST_ERR_MODEL, "%s: line %ld: %s: bad value '%s'", path,
                                c->line, key, shown(t, n, sh));
        if (sum && ints)
            *sum += iv;
    }
    if (token(c, &t, &n))
        return st_error_set(err, ST_ERR_MODEL, "%s: line %ld: %s has more than %ld values",
                            path, c->line, key, count);
    return ST_OK;
}

static int check_text(const char *path, const char *text, size_t len, int nr_class,
                      st_error *err)
{
    cursor c = { text, text + len, 1 };
    const char *t;
    char sh[48];
    size_t n;
    long total_sv = -1, nr_sv_sum = -1, sv, pairs = (long)nr_class * (nr_class - 1) / 2;
    int have_type = 0, have_kernel = 0, have_class = 0, have_rho = 0, have_label = 0, rc;

    /* The header, up to the line "SV". */
    for (;;) {
        if (!token(&c, &t, &n)) {
            if (c.p >= c.end)
                return st_error_set(err, ST_ERR_MODEL, "%s: the header ends without SV", path);
            return st_error_set(err, ST_ERR_MODEL, "%s: line %ld: empty line in the header",
                                path, c.line);
        }
        if (is(t, n, "SV"))
            break;
        if (is(t, n, "svm_type")) {
            if (!token(&c, &t, &n) || !is(t, n, "c_svc"))
                return st_error_set(err, ST_ERR_MODEL, "%s: line %ld: svm_type is not c_svc",
                                    path, c.line);
            have_type = 1;
            rc = values(&c, 0, 0, NULL, "svm_type", path, err);
        } else if (is(t, n, "kernel_type")) {
            if (!token(&c, &t, &n) || !(is(t, n, "linear") || is(t, n, "polynomial") ||
                                        is(t, n, "rbf") || is(t, n, "sigmoid")))
                return st_error_set(err, ST_ERR_MODEL, "%s: line %ld: unknown kernel_type",
                                    path, c.line);
            have_kernel = 1;
            rc = values(&c, 0, 0, NULL, "kernel_type", path, err);
        } else if (is(t, n, "degree") || is(t, n, "gamma") || is(t, n, "coef0")) {
            rc = values(&c, 1, 0, NULL, "kernel parameter", path, err);
        } else if (is(t, n, "nr_class")) {
            long k;
            if (!token(&c, &t, &n) || !integer(t, n, &k) || k != nr_class)
                return st_error_set(err, ST_ERR_MODEL, "%s: line %ld: nr_class is not %d", path,
                                    c.line, nr_class);
            have_class = 1;
            rc = values(&c, 0, 0, NULL, "nr_class", path, err);
        } else if (is(t, n, "total_sv")) {
            if (!token(&c, &t, &n) || !integer(t, n, &total_sv) || total_sv < 1 ||
                total_sv > MAX_SV)
                return st_error_set(err, ST_ERR_MODEL, "%s: line %ld: bad total_sv", path,
                                    c.line);
            rc = values(&c, 0, 0, NULL, "total_sv", path, err);
        } else if (!have_class && (is(t, n, "rho") || is(t, n, "label") || is(t, n, "probA") ||
                                   is(t, n, "probB") || is(t, n, "nr_sv"))) {
            return st_error_set(err, ST_ERR_MODEL, "%s: line %ld: '%s' before nr_class",
                                path, c.line, shown(t, n, sh));
        } else if (is(t, n, "rho")) {
            have_rho = 1;
            rc = values(&c, pairs, 0, NULL, "rho", path, err);
        } else if (is(t, n, "label")) {
            have_label = 1;
            rc = values(&c, nr_class, 1, NULL, "label", path, err);
        } else if (is(t, n, "probA") || is(t, n, "probB")) {
            rc = values(&c, pairs, 0, NULL, "probA/probB", path, err);
        } else if (is(t, n, "nr_sv")) {
            rc = values(&c, nr_class, 1, &nr_sv_sum, "nr_sv", path, err);
        } else {
            return st_error_set(err, ST_ERR_MODEL, "%s: line %ld: unknown key '%s'", path,
                                c.line, shown(t, n, sh));
        }
        if (rc != ST_OK)
            return rc;
        if (!next_line(&c))
            return st_error_set(err, ST_ERR_MODEL, "%s: the file ends in its header", path);
    }
    if (!have_type || !have_kernel || !have_class || !have_rho || !have_label ||
        total_sv < 0 || nr_sv_sum != total_sv)
        return st_error_set(err, ST_ERR_MODEL,
                            "%s: incomplete header (svm_type, kernel_type, nr_class, total_sv, "
                            "rho, label and nr_sv summing to total_sv are required)", path);
    if ((rc = values(&c, 0, 0, NULL, "SV", path, err)) != ST_OK)
        return rc;
    /* Exactly total_sv complete lines: nr_class-1 coefficients, then
     * index:value pairs with strictly ascending indices. */
    for (sv = 0; sv < total_sv; sv++) {
        long last = 0, k, idx;
        double v;
        if (!next_line(&c) || c.p >= c.end)
            return st_error_set(err, ST_ERR_MODEL,
                                "%s: %ld support vectors of %ld, the file is cut short", path,
                                sv, total_sv);
        for (k = 0; k < nr_class - 1; k++)
            if (!token(&c, &t, &n) || !number(t, n, &v))
                return st_error_set(err, ST_ERR_MODEL,
                                    "%s: line %ld: bad coefficient in support vector %ld", path,
                                    c.line, sv + 1);
        while (token(&c, &t, &n)) {
            const char *colon = memchr(t, ':', n);
            if (!colon || !integer(t, (size_t)(colon - t), &idx) || idx <= last ||
                idx > INT_MAX - 1 || !number(colon + 1, n - (size_t)(colon + 1 - t), &v))
                return st_error_set(err, ST_ERR_MODEL,
                                    "%s: line %ld: bad feature '%s' in support vector %ld",
                                    path, c.line, shown(t, n, sh), sv + 1);
            last = idx;
        }
        if (c.p >= c.end)
            return st_error_set(err, ST_ERR_MODEL,
                                "%s: line %ld: support vector %ld of %ld is cut short", path,
                                c.line, sv + 1, total_sv);
    }
    /* Blank lines may follow (libsvm ignores them); nothing else. */
    if (next_line(&c))
        while (c.p < c.end && (*c.p == '\n' || *c.p == ' ' || *c.p == '\t' || *c.p == '\r'))
            c.p++;
    if (c.p != c.end)
        return st_error_set(err, ST_ERR_MODEL, "%s: line %ld: text after the last support "
                            "vector", path, c.line);
    return ST_OK;
}

int st_svm_text_check(const char *path, int nr_class, st_error *err)
{
    FILE *fp = fopen(path, "rb");
    char *text;
    long size;
    int rc;
    if (!fp)
        return st_error_set(err, ST_ERR_MODEL, "%s: %s", path, strerror(errno));
    if (fseek(fp, 0, SEEK_END) || (size = ftell(fp)) < 0 || fseek(fp, 0, SEEK_SET)) {
        fclose(fp);
        return st_error_set(err, ST_ERR_MODEL, "%s: cannot read", path);
    }
    text = malloc((size_t)size + 1);
    if (!text) {
        fclose(fp);
        return st_error_set(err, ST_ERR_NOMEM, "out of memory reading %s", path);
    }
    if (fread(text, 1, (size_t)size, fp) != (size_t)size) {
        free(text);
        fclose(fp);
        return st_error_set(err, ST_ERR_MODEL, "%s: cannot read", path);
    }
    fclose(fp);
    text[size] = '\0';
    rc = check_text(path, text, (size_t)size, nr_class, err);
    free(text);
    return rc;
}
