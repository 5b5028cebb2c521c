/* svmtext.c - checks a libsvm model file's text (see svmtext.h).
 *
 * It reads the text the way libsvm 3.24's svm_load_model does: the header
 * as whitespace-separated tokens (fscanf "%80s", "%d", "%lf") up to "SV",
 * then one support vector per line (strtok on " \t" and ":"), and accepts
 * only what that reader parses into a consistent model. */
#include "svmtext.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define MAX_CLASS 64
#define MAX_TOKEN 80            /* libsvm reads header words with %80s */

typedef struct cursor {
    const char *p, *end;
    long line;
} cursor;

static int bad(const cursor *c, st_error *err, const char *what)
{
    return st_error_set(err, ST_ERR_MODEL, "model text, line %ld: %s", c->line, what);
}

/* The next header word into tok; 0 at the end of the text, -1 when longer
 * than libsvm reads in one go. */
static int word(cursor *c, char tok[MAX_TOKEN + 1])
{
    size_t n = 0;
    while (c->p < c->end && (*c->p == ' ' || *c->p == '\t' || *c->p == '\n'))
        if (*c->p++ == '\n')
            c->line++;
    while (c->p < c->end && *c->p != ' ' && *c->p != '\t' && *c->p != '\n') {
        if (n == MAX_TOKEN)
            return -1;
        tok[n++] = *c->p++;
    }
    tok[n] = '\0';
    return n > 0;
}

static int to_int(const char *s, long lo, long hi, int *out)
{
    char *end;
    long v;
    errno = 0;
    v = strtol(s, &end, 10);
    if (end == s || *end || errno || v < lo || v > hi)
        return -1;
    *out = (int)v;
    return 0;
}

static int to_double(const char *s, double *out)
{
    char *end;
    errno = 0;
    *out = strtod(s, &end);
    return end == s || *end || !isfinite(*out) ? -1 : 0;
}

/* 1 when s is a plain decimal ([+-]digits[.digits][e[+-]digits]) that
 * strtod reads whole and finite: at most 20 digits and an exponent within
 * +-280 keep it far from overflow.  A model file holds about a million such
 * numbers, and strtod, which libsvm runs on them again anyway, is most of
 * the cost of checking them; anything else still goes to to_double. */
static int plain_finite(const char *s)
{
    int digits = 0, exp = 0, edigits = 0;
    if (*s == '+' || *s == '-')
        s++;
    for (; *s >= '0' && *s <= '9'; s++)
        digits++;
    if (*s == '.')
        for (s++; *s >= '0' && *s <= '9'; s++)
            digits++;
    if (digits == 0 || digits > 20)
        return 0;
    if (*s == 'e' || *s == 'E') {
        s++;
        if (*s == '+' || *s == '-')
            s++;
        for (; *s >= '0' && *s <= '9' && edigits < 4; s++, edigits++)
            exp = exp * 10 + (*s - '0');
        if (edigits == 0 || exp > 280)
            return 0;
    }
    return *s == '\0';
}

static int finite_number(const char *s)
{
    double d;
    return plain_finite(s) || to_double(s, &d) == 0;
}

enum { K_SVM_TYPE, K_KERNEL, K_DEGREE, K_GAMMA, K_COEF0, K_NR_CLASS, K_TOTAL_SV, K_RHO,
       K_LABEL, K_PROBA, K_PROBB, K_NR_SV, K_SV, K_COUNT };
static const char *const keys[K_COUNT] = { "svm_type", "kernel_type", "degree", "gamma",
    "coef0", "nr_class", "total_sv", "rho", "label", "probA", "probB", "nr_sv", "SV" };

/* The header up to and including the "SV" line; fills the counts the
 * support vectors are checked against. */
static int header(cursor *c, int *nr_class, int *total_sv, st_error *err)
{
    char tok[MAX_TOKEN + 1];
    unsigned seen = 0;
    int kernel = -1, k, i, n, r, sum = 0, nsv[MAX_CLASS] = { 0 };
    double d;

    for (;;) {
        if ((r = word(c, tok)) <= 0)
            return bad(c, err, r < 0 ? "word too long" : "no SV section");
        for (k = 0; k < K_COUNT && strcmp(tok, keys[k]); k++)
            ;
        if (k == K_COUNT)
            return bad(c, err, "unknown header word");
        if (seen & (1u << k))
            return bad(c, err, "header word repeated");
        seen |= 1u << k;
        if (k == K_SV)
            break;
        if (k >= K_RHO && !(seen & (1u << K_NR_CLASS)))
            return bad(c, err, "class-dependent header before nr_class");
        n = k == K_LABEL || k == K_NR_SV ? *nr_class
            : k >= K_RHO ? *nr_class * (*nr_class - 1) / 2 : 1;
        for (i = 0; i < n; i++) {
            if ((r = word(c, tok)) <= 0)
                return bad(c, err, r < 0 ? "word too long" : "header value missing");
            switch (k) {
            case K_SVM_TYPE:
                if (strcmp(tok, "c_svc") && strcmp(tok, "nu_svc"))
                    return bad(c, err, "not a classification svm_type");
                break;
            case K_KERNEL:
                for (kernel = 0; kernel < 4; kernel++)
                    if (!strcmp(tok, (const char *const[]){ "linear", "polynomial", "rbf",
                                                            "sigmoid" }[kernel]))
                        break;
                if (kernel == 4)
                    return bad(c, err, "kernel_type not linear, polynomial, rbf or sigmoid");
                break;
            case K_DEGREE:
                if (to_int(tok, 0, 100, &r))
                    return bad(c, err, "degree not 0..100");
                break;
            case K_NR_CLASS:
                if (to_int(tok, 2, MAX_CLASS, nr_class))
                    return bad(c, err, "nr_class not 2..64");
                break;
            case K_TOTAL_SV:
                if (to_int(tok, 0, INT_MAX, total_sv))
                    return bad(c, err, "total_sv not a count");
                break;
            case K_LABEL:
                if (to_int(tok, INT_MIN, INT_MAX, &r))
                    return bad(c, err, "label not an integer");
                break;
            case K_NR_SV:
                if (to_int(tok, 0, INT_MAX, &nsv[i]))
                    return bad(c, err, "nr_sv not a count");
                break;
            default:    /* gamma, coef0, rho, probA, probB */
                if (to_double(tok, &d))
                    return bad(c, err, "header value not a finite number");
            }
        }
    }
    /* libsvm skips the rest of the SV line; nothing should be there. */
    if (c->p >= c->end || *c->p != '\n')
        return bad(c, err, "text after SV");
    c->p++;
    c->line++;
    for (k = 0; k < K_COUNT; k++)
        if (!(seen & (1u << k)) &&
            (k <= K_KERNEL || k == K_NR_CLASS || k == K_TOTAL_SV || k == K_RHO ||
             k == K_LABEL || k == K_NR_SV ||
             (k == K_DEGREE && kernel == 1) || (k == K_GAMMA && kernel >= 1) ||
             (k == K_COEF0 && (kernel == 1 || kernel == 3))))
            return st_error_set(err, ST_ERR_MODEL, "model text: no %s in the header", keys[k]);
    for (i = 0; i < *nr_class; i++) {
        if (nsv[i] > INT_MAX - sum)
            return bad(c, err, "nr_sv overflows");
        sum += nsv[i];
    }
    if (sum != *total_sv)
        return st_error_set(err, ST_ERR_MODEL, "model text: nr_sv adds up to %d, total_sv is %d",
                            sum, *total_sv);
    return ST_OK;
}

/* One support vector line: ncoef coefficients, then index:value pairs. */
static int sv_line(cursor *c, int ncoef, st_error *err)
{
    const char *nl = memchr(c->p, '\n', (size_t)(c->end - c->p)), *p = c->p;
    char tok[64], *colon;
    int ntok = 0, last = 0, idx;

    if (!nl)
        return bad(c, err, c->p == c->end ? "fewer support vectors than total_sv"
                                          : "last line not terminated");
    for (;;) {
        size_t n;
        while (p < nl && (*p == ' ' || *p == '\t'))
            p++;
        if (p == nl)
            break;
        for (n = 0; p + n < nl && p[n] != ' ' && p[n] != '\t'; n++)
            ;
        if (n >= sizeof tok)
            return bad(c, err, "number too long");
        memcpy(tok, p, n);
        tok[n] = '\0';
        p += n;
        colon = strchr(tok, ':');
        if (ntok++ < ncoef) {
            if (colon || !finite_number(tok))
                return bad(c, err, "coefficient not a finite number");
            continue;
        }
        if (!colon)
            return bad(c, err, "expected index:value");
        *colon = '\0';
        if (to_int(tok, 1, INT_MAX, &idx) || idx <= last)
            return bad(c, err, "feature index not ascending from 1");
        last = idx;
        if (strchr(colon + 1, ':') || !finite_number(colon + 1))
            return bad(c, err, "feature value not a finite number");
    }
    if (ntok < ncoef)
        return bad(c, err, "too few coefficients");
    c->p = nl + 1;
    c->line++;
    return ST_OK;
}

int st_svm_text_check(const char *text, size_t len, st_error *err)
{
    cursor c = { text, text + len, 1 };
    int nr_class = 0, total_sv = 0, i, rc;
    size_t k;

    /* No NUL (libsvm's line reader would lose the rest of the line), no
     * carriage return or other control character the two readers split
     * differently. */
    for (k = 0; k < len; k++) {
        unsigned char ch = (unsigned char)text[k];
        if ((ch < 0x20 && ch != '\n' && ch != '\t') || ch > 0x7e)
            return st_error_set(err, ST_ERR_MODEL,
                                "model text: byte 0x%02x at offset %zu is not model text", ch, k);
    }
    if ((rc = header(&c, &nr_class, &total_sv, err)) != ST_OK)
        return rc;
    for (i = 0; i < total_sv; i++)
        if ((rc = sv_line(&c, nr_class - 1, err)) != ST_OK)
            return rc;
    /* Blank lines after the last vector are harmless (libsvm reads
     * total_sv lines); anything else is not a model. */
    while (c.p < c.end && (*c.p == ' ' || *c.p == '\t' || *c.p == '\n'))
        if (*c.p++ == '\n')
            c.line++;
    if (c.p != c.end)
        return bad(&c, err, "text after the last support vector");
    return ST_OK;
}
