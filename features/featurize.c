/* featurize.c - a statement's feature vector and sentiment: the steps in
 * order, the idf table and the fingerprint.
 *
 * The work itself lives beside it: fx_words.c splits a statement into
 * words (hashes and lexicon entries worked out once per word), fx_score.c
 * computes the dense lexicon scores and the sentiment, fx_ngrams.c the
 * hashed n-gram blocks (see fx_internal.h). */
#include "featurize.h"
#include "fx_internal.h"
#include "../core/sha256.h"
#include "../core/text.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

_Static_assert(ST_FX_TEXT_BITS <= FX_SLOT_BITS_MAX && ST_FX_CTX_BITS <= FX_SLOT_BITS_MAX,
               "fx_sort_slots sorts keys of up to FX_SLOT_BITS_MAX bits");

/* The idf table, generated from the train split by `make idf`
 * (tools/idf_terms + tools/idf_build.py) and embedded like the lexicons. */
extern const char st_embed_ngram_idf[];
extern const size_t st_embed_ngram_idf_len;

/* Fills the per-slot idf of both n-gram blocks (as floats, text_idf and
 * ctx_idf) from the embedded table: slots of unlisted terms get the "*"
 * weight, a slot shared by listed terms the smallest of theirs (its
 * terms' union is at least as common). */
static int read_idf(float *text_idf, float *ctx_idf, st_error *err)
{
    const char *d = st_embed_ngram_idf;
    size_t n = st_embed_ngram_idf_len, pos = 0, lineno = 0, i;
    size_t nt = (size_t)1 << ST_FX_TEXT_BITS, nc = (size_t)1 << ST_FX_CTX_BITS;
    int have_default = 0;

    while (pos < n) {
        char term[2 * FX_TOK_MAX + 8], *tab, *end;
        size_t e = pos, len, k;
        double idf;
        uint32_t h;
        while (e < n && d[e] != '\n')
            e++;
        lineno++;
        len = e - pos;
        if (len == 0 || d[pos] == '#') {
            pos = e + 1;
            continue;
        }
        if (len >= sizeof term)
            return st_error_set(err, ST_ERR_INPUT, "ngram_idf:%zu: line too long", lineno);
        memcpy(term, d + pos, len);
        term[len] = '\0';
        pos = e + 1;
        tab = strchr(term, '\t');
        if (!tab)
            return st_error_set(err, ST_ERR_INPUT, "ngram_idf:%zu: no weight", lineno);
        *tab = '\0';
        idf = strtod(tab + 1, &end);
        if (end == tab + 1 || *end != '\0' || idf < 1 || idf > 100)
            return st_error_set(err, ST_ERR_INPUT, "ngram_idf:%zu: bad weight", lineno);
        if (!strcmp(term, "*")) {
            if (have_default)
                return st_error_set(err, ST_ERR_INPUT, "ngram_idf:%zu: second '*'", lineno);
            for (i = 0; i < nt; i++)
                text_idf[i] = (float)idf;
            for (i = 0; i < nc; i++)
                ctx_idf[i] = (float)idf;
            have_default = 1;
            continue;
        }
        if (!have_default)
            return st_error_set(err, ST_ERR_INPUT, "ngram_idf:%zu: '*' must come first",
                                lineno);
        for (k = 0; term[k]; k++)
            if (term[k] == ' ')
                term[k] = 0x1F;     /* the bigram separator of ngram_terms */
        h = fx_fnv32_more(FX_FNV32_INIT, term, k);
        if ((float)idf < text_idf[h & (nt - 1)])
            text_idf[h & (nt - 1)] = (float)idf;
        if ((float)idf < ctx_idf[h & (nc - 1)])
            ctx_idf[h & (nc - 1)] = (float)idf;
    }
    if (!have_default)
        return st_error_set(err, ST_ERR_INPUT, "ngram_idf: no '*' line");
    return ST_OK;
}

static int cmp_float(const void *a, const void *b)
{
    float x = *(const float *)a, y = *(const float *)b;
    return x < y ? -1 : x > y;
}

/* The palette index of v in fx->idf_palette[0, n) (sorted, v present). */
static uint8_t palette_index(const st_features *fx, size_t n, float v)
{
    size_t lo = 0, hi = n;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (fx->idf_palette[mid] <= v)
            lo = mid;
        else
            hi = mid;
    }
    return (uint8_t)lo;
}

/* Reads the idf table and stores it as one palette byte per slot: the
 * same float weights, in a quarter of the memory. */
static int load_idf(st_features *fx, st_error *err)
{
    size_t nt = (size_t)1 << ST_FX_TEXT_BITS, nc = (size_t)1 << ST_FX_CTX_BITS, i, k = 0;
    float *all = malloc((nt + nc) * sizeof *all);
    int rc;

    fx->text_idf = malloc(nt);
    fx->ctx_idf = malloc(nc);
    if (!all || !fx->text_idf || !fx->ctx_idf) {
        free(all);
        return st_error_set(err, ST_ERR_NOMEM, "out of memory loading the idf table");
    }
    if ((rc = read_idf(all, all + nt, err)) != ST_OK) {
        free(all);
        return rc;
    }
    {
        float *sorted = malloc((nt + nc) * sizeof *sorted);
        if (!sorted) {
            free(all);
            return st_error_set(err, ST_ERR_NOMEM, "out of memory loading the idf table");
        }
        memcpy(sorted, all, (nt + nc) * sizeof *sorted);
        qsort(sorted, nt + nc, sizeof *sorted, cmp_float);
        for (i = 0; i < nt + nc; i++) {
            if (i > 0 && sorted[i] == sorted[i - 1])
                continue;
            if (k == sizeof fx->idf_palette / sizeof *fx->idf_palette) {
                free(sorted);
                free(all);
                return st_error_set(err, ST_ERR_INPUT, "ngram_idf: more than %zu distinct "
                                    "weights (the slots keep a one-byte index)",
                                    sizeof fx->idf_palette / sizeof *fx->idf_palette);
            }
            fx->idf_palette[k++] = sorted[i];
        }
        free(sorted);
    }
    for (i = 0; i < nt; i++)
        fx->text_idf[i] = palette_index(fx, k, all[i]);
    for (i = 0; i < nc; i++)
        fx->ctx_idf[i] = palette_index(fx, k, all[nt + i]);
    free(all);
    return ST_OK;
}

int st_features_init(st_features *fx, st_error *err)
{
    st_sha256 h;
    char hex[65], params[160];
    int rc;
    size_t k;
    fx->text_idf = fx->ctx_idf = NULL;
    for (k = 0; k < ST_FX_LOG1P_INTS; k++)
        fx->log1p_int[k] = log1p((double)k);
    rc = st_lexicon_init(&fx->lex, err);
    if (rc != ST_OK)
        return rc;
    rc = load_idf(fx, err);
    if (rc != ST_OK) {
        st_features_finalise(fx);
        return rc;
    }
    fx_words_init(fx);
    snprintf(params, sizeof params,
             "v%d dense%d text%d ctx%d max%d pos%.3f neg%.3f scale%.4f ctxw%.3f "
             "dom%.3f before%.3f after%.3f negflip%.3f squash%.3f",
             ST_FEATURE_VERSION, ST_FX_DENSE, ST_FX_TEXT_BITS, ST_FX_CTX_BITS,
             ST_FX_MAX_TOKENS, ST_SENTIMENT_POS, ST_SENTIMENT_NEG,
             DENSE_SCALE, CTX_WEIGHT, SENT_DOMAIN, SENT_BEFORE, SENT_AFTER, SENT_NEGFLIP,
             SENT_SQUASH);
    st_sha256_init(&h);
    st_sha256_update(&h, params, strlen(params));
    st_sha256_update(&h, fx->lex.fingerprint, 64);
    st_sha256_update(&h, st_embed_ngram_idf, st_embed_ngram_idf_len);
    st_sha256_hex(&h, hex);
    memcpy(fx->fingerprint, hex, 16);
    fx->fingerprint[16] = '\0';
    return ST_OK;
}

void st_features_finalise(st_features *fx)
{
    st_lexicon_finalise(&fx->lex);
    free(fx->text_idf);
    free(fx->ctx_idf);
    fx->text_idf = fx->ctx_idf = NULL;
}

void st_fvec_free(st_fvec *v)
{
    free(v->index);
    free(v->value);
    memset(v, 0, sizeof *v);
}

const char *st_sentiment_label(double score)
{
    return score >= ST_SENTIMENT_POS ? "positive"
           : score <= ST_SENTIMENT_NEG ? "negative" : "neutral";
}

/* Room for the n-gram keys of most statements without a malloc. */
#define KEYS_ON_STACK 1024
/* Room for the words of most quotes (up to this many bytes) without a
 * malloc: 20 KB of stack; a longer quote's words go to the heap. */
#define QUOTE_WORDS_ON_STACK 256

int st_features_extract(const st_features *fx, const st_statement *s, st_fvec *out,
                        double *sentiment, st_error *err)
{
    fx_word quote_room[QUOTE_WORDS_ON_STACK], *w = NULL, *cw = NULL;
    size_t n, cn = 0, m, cm, k, room;
    fx_scores sc, csc;
    double sent;
    uint32_t stack_keys[3 * KEYS_ON_STACK], *keys = stack_keys, *raw, *tmp;
    int rc, partial = s->context != NULL;

    out->n = 0;
    rc = fx_split_statement(fx, s, quote_room, QUOTE_WORDS_ON_STACK, &w, &n, &cw, &cn, err);
    if (rc != ST_OK)
        return rc;
    fx_score_words(fx, w, n, &sc);
    sent = fx_sentiment_of(&sc);
    if (sentiment)
        *sentiment = sent;
    if (partial)
        fx_score_words(fx, cw, cn, &csc);
    /* The n-gram terms of the quote, then of the context (their hashes
     * serve both blocks: the text block reads quote and context as one
     * stream broken between them, the context block the context alone). */
    room = 2 * (n + cn) + 1;
    if (room > KEYS_ON_STACK) {
        keys = malloc(3 * room * sizeof *keys);
        if (!keys) {
            rc = st_error_set(err, ST_ERR_NOMEM, "out of memory extracting features");
            goto done;
        }
    } else {
        room = KEYS_ON_STACK;
    }
    raw = keys + room;
    tmp = raw + room;
    m = fx_ngram_hashes(w, n, raw);
    cm = fx_ngram_hashes(cw, cn, raw + m);
    for (k = 0; k < m + cm; k++)
        keys[k] = raw[k] & ((1u << ST_FX_TEXT_BITS) - 1);
    if (fx_put_dense(fx, out, &sc, 0, partial, sent) ||
        (partial && fx_put_dense(fx, out, &csc, CTX_OFFSET, 1, fx_sentiment_of(&csc))) ||
        fx_put_slots(fx, out, keys, m + cm, ST_FX_TEXT_BITS, ST_FX_TEXT_BASE, fx->text_idf,
                     1.0, tmp))
        rc = st_error_set(err, ST_ERR_NOMEM, "out of memory extracting features");
    if (rc == ST_OK && partial) {
        for (k = 0; k < cm; k++)
            keys[k] = raw[m + k] & ((1u << ST_FX_CTX_BITS) - 1);
        if (fx_put_slots(fx, out, keys, cm, ST_FX_CTX_BITS, ST_FX_CTX_BASE, fx->ctx_idf,
                         CTX_WEIGHT, tmp))
            rc = st_error_set(err, ST_ERR_NOMEM, "out of memory extracting features");
    }
    if (keys != stack_keys)
        free(keys);
done:
    if (w != quote_room)
        free(w);
    free(cw);
    return rc;
}

typedef struct term_relay {
    int (*emit)(const char *term, size_t len, void *arg);
    void *arg;
} term_relay;

/* Writes the 0x1F of a bigram back as a space for the caller. */
static int relay_term(const char *term, size_t len, void *arg)
{
    term_relay *r = arg;
    char buf[2 * FX_TOK_MAX + 4];
    size_t i;
    for (i = 0; i < len && i < sizeof buf; i++)
        buf[i] = term[i] == 0x1F ? ' ' : term[i];
    return r->emit(buf, i, r->arg);
}

int st_features_terms(const st_features *fx, const st_statement *s,
                      int (*emit)(const char *term, size_t len, void *arg), void *arg,
                      st_error *err)
{
    fx_word *w = NULL, *cw = NULL;
    size_t n, cn = 0;
    term_relay r;
    int rc;

    rc = fx_split_statement(fx, s, NULL, 0, &w, &n, &cw, &cn, err);
    if (rc != ST_OK)
        return rc;
    r.emit = emit;
    r.arg = arg;
    /* The quote, then the context: a break lies between them, so no
     * bigram and no negation scope crosses. */
    if (fx_ngram_terms(w, n, relay_term, &r) || fx_ngram_terms(cw, cn, relay_term, &r))
        rc = -1;
    free(w);
    free(cw);
    return rc;
}
