/* featurize.c - lexicon scores, hashed n-grams and the sentiment score.
 *
 * One left-to-right pass over a statement's tokens does everything: the
 * longest lexicon phrase at each position is looked up once, a negator
 * opens a scope of N tokens (lexicon hits inside it count as negated, and
 * unigrams inside it get a not_ prefix), an intensifier scales the next
 * hit, and "but"/"however" split the valence into before (x0.5) and after
 * (x1.5), the contrast rule of the sentiment score. */
#include "featurize.h"
#include "tokens.h"
#include "../core/sha256.h"
#include "../core/text.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TOK_MAX 48

/* Fixed parameters of the features; all are in the fingerprint.
 * DENSE_SCALE: the dense lexicon scores against the unit-norm n-gram
 * blocks (chosen by 5-fold CV on the train split, README).
 * CTX_WEIGHT: norm of the reporter's-sentence n-gram block.
 * The sentiment score (chosen on the train split, README):
 * SENT_DOMAIN: weight of cooperation/conflict words in the sentiment sum
 * (valence entries are -3..3, domain weights 0.5..2);
 * SENT_BEFORE/SENT_AFTER: valence before and after a contrast word;
 * SENT_NEGFLIP: a negated valence counts as this much of its opposite;
 * SENT_SQUASH: s becomes s/sqrt(s^2 + SENT_SQUASH). */
#define DENSE_SCALE 0.05
#define CTX_WEIGHT 0.5
#define SENT_DOMAIN 1.0
#define SENT_BEFORE 0.5
#define SENT_AFTER 1.5
#define SENT_NEGFLIP 0.5
#define SENT_SQUASH 15.0

/* Dense feature slots; the context copies start at CTX_OFFSET. */
enum {
    F_COOP = 1, F_COOP_NEG, F_CONFLICT, F_CONFLICT_NEG, F_IDIOM_CONC, F_IDIOM_ADV,
    F_IDIOM_NEUTRAL, F_HEDGE, F_NEGATORS, F_MODAL_OBL, F_MODAL_POSS, F_MODAL_VOL,
    F_MODAL_PROH, F_TONE_POS, F_TONE_NEG, F_TONE_NEU, F_TONE_ASSERT, F_QUESTION,
    F_EXCLAIM, F_LENGTH, F_PARTIAL, F_SENTIMENT, F_VAL_POS, F_VAL_NEG, F_WE, F_THEY,
    F_NET, F_COUNT
};
#define CTX_OFFSET 32

typedef struct scores {
    double f[F_COUNT];
    double val_before, val_after;   /* valence around the last contrast word */
    int contrast;
} scores;

typedef struct word {
    char s[TOK_MAX];
    uint8_t len;
    uint8_t punct;          /* 0 word, else the ASCII punctuation character */
} word;

static uint32_t fnv32(const char *a, size_t na, const char *b, size_t nb);

/* The idf table, generated from the train split by `make idf`
 * (tools/idf_terms + tools/idf_build.py) and embedded like the lexicons. */
extern const char st_embed_ngram_idf[];
extern const size_t st_embed_ngram_idf_len;

/* Fills the per-slot idf of both n-gram blocks from the embedded table:
 * slots of unlisted terms get the "*" weight, a slot shared by listed
 * terms the smallest of theirs (its terms' union is at least as common). */
static int load_idf(st_features *fx, st_error *err)
{
    const char *d = st_embed_ngram_idf;
    size_t n = st_embed_ngram_idf_len, pos = 0, lineno = 0, i;
    size_t nt = (size_t)1 << ST_FX_TEXT_BITS, nc = (size_t)1 << ST_FX_CTX_BITS;
    int have_default = 0;

    fx->text_idf = malloc(nt * sizeof *fx->text_idf);
    fx->ctx_idf = malloc(nc * sizeof *fx->ctx_idf);
    if (!fx->text_idf || !fx->ctx_idf)
        return st_error_set(err, ST_ERR_NOMEM, "out of memory loading the idf table");
    while (pos < n) {
        char term[2 * TOK_MAX + 8], *tab, *end;
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
                fx->text_idf[i] = (float)idf;
            for (i = 0; i < nc; i++)
                fx->ctx_idf[i] = (float)idf;
            have_default = 1;
            continue;
        }
        if (!have_default)
            return st_error_set(err, ST_ERR_INPUT, "ngram_idf:%zu: '*' must come first",
                                lineno);
        for (k = 0; term[k]; k++)
            if (term[k] == ' ')
                term[k] = 0x1F;     /* the bigram separator of ngram_terms */
        h = fnv32(term, k, NULL, 0);
        if ((float)idf < fx->text_idf[h & (nt - 1)])
            fx->text_idf[h & (nt - 1)] = (float)idf;
        if ((float)idf < fx->ctx_idf[h & (nc - 1)])
            fx->ctx_idf[h & (nc - 1)] = (float)idf;
    }
    if (!have_default)
        return st_error_set(err, ST_ERR_INPUT, "ngram_idf: no '*' line");
    return ST_OK;
}

int st_features_init(st_features *fx, st_error *err)
{
    st_sha256 h;
    char hex[65], params[160];
    int rc;
    fx->text_idf = fx->ctx_idf = NULL;
    rc = st_lexicon_init(&fx->lex, err);
    if (rc != ST_OK)
        return rc;
    rc = load_idf(fx, err);
    if (rc != ST_OK) {
        st_features_finalise(fx);
        return rc;
    }
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

static int push(st_fvec *v, int index, double value)
{
    if (v->n == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 256;
        int *ix = realloc(v->index, cap * sizeof *ix);
        double *vx;
        if (!ix)
            return -1;
        v->index = ix;
        vx = realloc(v->value, cap * sizeof *vx);
        if (!vx)
            return -1;
        v->value = vx;
        v->cap = cap;
    }
    v->index[v->n] = index;
    v->value[v->n] = value;
    v->n++;
    return 0;
}

static uint32_t fnv32(const char *a, size_t na, const char *b, size_t nb)
{
    uint32_t h = 2166136261u;
    size_t i;
    for (i = 0; i < na; i++) {
        h ^= (unsigned char)a[i];
        h *= 16777619u;
    }
    if (b) {
        h ^= 0x1F;  /* separator between the words of a bigram */
        h *= 16777619u;
        for (i = 0; i < nb; i++) {
            h ^= (unsigned char)b[i];
            h *= 16777619u;
        }
    }
    return h;
}

/* Splits UTF-8 into lower-cased words and punctuation; skips the byte
 * range [skip_from, skip_to) (the fragment inside its context). */
static int split_words(const char *utf8, size_t skip_from, size_t skip_to, word **out,
                       size_t *n, st_error *err)
{
    st_text t;
    st_tokens tk = { NULL, 0, 0 };
    size_t i, k = 0, len = strlen(utf8);
    int rc;
    size_t *byte_of = NULL;

    *out = NULL;
    *n = 0;
    rc = st_text_decode(&t, utf8, len, err);
    if (rc != ST_OK)
        return rc;
    if (skip_to > skip_from) {
        /* Map code points to byte offsets to honour the byte skip range. */
        size_t b = 0;
        byte_of = malloc((t.len + 1) * sizeof *byte_of);
        if (!byte_of) {
            st_text_free(&t);
            return st_error_set(err, ST_ERR_NOMEM, "out of memory extracting features");
        }
        for (i = 0; i < t.len; i++) {
            char enc[4];
            byte_of[i] = b;
            b += st_utf8_put(t.cp[i], enc);
        }
        byte_of[t.len] = b;
    }
    rc = st_tokenize(&t, 0, t.len, NULL, &tk, err);
    if (rc == ST_OK) {
        size_t cap = tk.n < ST_FX_MAX_TOKENS ? tk.n : ST_FX_MAX_TOKENS;
        *out = calloc(cap ? cap : 1, sizeof **out);
        if (!*out)
            rc = st_error_set(err, ST_ERR_NOMEM, "out of memory extracting features");
        for (i = 0; rc == ST_OK && i < tk.n && k < cap; i++) {
            const st_token *x = &tk.v[i];
            word *w = &(*out)[k];
            if (x->type == ST_TOK_BREAK)
                continue;
            if (byte_of && byte_of[x->start] >= skip_from && byte_of[x->start] < skip_to)
                continue;
            if (x->type == ST_TOK_PUNCT) {
                uint32_t c = t.cp[x->start];
                if (c == 0x2026)
                    c = '.';
                if (c >= 0x80)
                    continue;   /* quote marks and the like carry nothing */
                w->punct = (uint8_t)c;
                w->s[0] = (char)c;
                w->len = 1;
            } else if (x->flags & ST_TF_DIGIT) {
                memcpy(w->s, "<num>", 6);
                w->len = 5;
            } else {
                st_token_lower(&t, x, w->s, sizeof w->s);
                w->len = (uint8_t)strlen(w->s);
            }
            k++;
        }
    }
    *n = k;
    free(byte_of);
    st_tokens_free(&tk);
    st_text_free(&t);
    return rc;
}

/* The longest lexicon phrase starting at word i; *len gets its length. */
static const st_lex_entry *longest(const st_lexicon *lx, const word *w, size_t n, size_t i,
                                   size_t *len)
{
    char buf[12 * (TOK_MAX + 1)];   /* a phrase of up to 12 words */
    size_t want, k;
    if (w[i].punct)
        return NULL;
    want = st_lexicon_max_from(lx, w[i].s, w[i].len);
    if (want > n - i)
        want = n - i;
    for (k = want; k >= 1; k--) {
        size_t j, o = 0;
        const st_lex_entry *e;
        for (j = 0; j < k; j++) {
            if (w[i + j].punct)
                break;
            if (j)
                buf[o++] = ' ';
            memcpy(buf + o, w[i + j].s, w[i + j].len);
            o += w[i + j].len;
        }
        if (j < k)
            continue;
        e = st_lexicon_get(lx, buf, o);
        if (!e && o > 3 && buf[o - 2] == '\'' && buf[o - 1] == 's')
            e = st_lexicon_get(lx, buf, o - 2);     /* "dictator's" */
        if (e) {
            *len = k;
            return e;
        }
    }
    return NULL;
}

/* The sentiment weight of a lexicon entry: its valence, else its
 * cooperation/conflict weight at SENT_DOMAIN. */
static double sent_base(const st_lex_entry *e)
{
    return e->valence ? e->valence : SENT_DOMAIN * (e->coop - e->conflict);
}

/* Negation turns "good" into mildly bad, not into its opposite;
 * intensifiers scale (m). */
static void add_valence(scores *sc, double base, double m, int negated)
{
    double v = base * m * (negated ? -SENT_NEGFLIP : 1.0);
    sc->val_after += v;
    if (v > 0)
        sc->f[F_VAL_POS] += v;
    else
        sc->f[F_VAL_NEG] -= v;
}

/* The entry of one word, or of the word without a possessive 's. */
static const st_lex_entry *lookup_word(const st_lexicon *lx, const word *w)
{
    const st_lex_entry *e = st_lexicon_get(lx, w->s, w->len);
    if (!e && w->len > 3 && w->s[w->len - 2] == '\'' && w->s[w->len - 1] == 's')
        e = st_lexicon_get(lx, w->s, (size_t)w->len - 2);
    return e;
}

static void score_words(const st_lexicon *lx, const word *w, size_t n, scores *sc)
{
    size_t i = 0, neg_left = 0, nwords = 0;
    double intens = 1.0;
    int intens_left = 0;

    memset(sc, 0, sizeof *sc);
    while (i < n) {
        size_t len = 1;
        const st_lex_entry *e = longest(lx, w, n, i, &len);
        int negated = neg_left > 0;
        if (w[i].punct) {
            if (w[i].punct == '?')
                sc->f[F_QUESTION] += 1;
            else if (w[i].punct == '!')
                sc->f[F_EXCLAIM] += 1;
            if (w[i].punct == '.' || w[i].punct == ';' || w[i].punct == '?' ||
                w[i].punct == '!')
                neg_left = 0;   /* a sentence end closes any negation */
            i++;
            continue;
        }
        nwords += len;
        if (!strcmp(w[i].s, "we") || !strcmp(w[i].s, "our") || !strcmp(w[i].s, "us"))
            sc->f[F_WE] += 1;
        else if (!strcmp(w[i].s, "they") || !strcmp(w[i].s, "their") || !strcmp(w[i].s, "you"))
            sc->f[F_THEY] += 1;
        if (len == 1 && (!strcmp(w[i].s, "but") || !strcmp(w[i].s, "however") ||
                         !strcmp(w[i].s, "yet"))) {
            /* Contrast: what came before counts for less. */
            sc->val_before += sc->val_after;
            sc->val_after = 0;
            sc->contrast = 1;
        }
        if (e) {
            double m = intens;
            if (e->negator_scope) {
                neg_left = e->negator_scope + 1;
                sc->f[F_NEGATORS] += 1;
            }
            if (e->intensifier > 0 && !e->coop && !e->conflict && !e->valence) {
                intens = e->intensifier;
                intens_left = 3;
            }
            if (e->coop > 0)
                sc->f[negated ? F_COOP_NEG : F_COOP] += m * e->coop;
            if (e->conflict > 0)
                sc->f[negated ? F_CONFLICT_NEG : F_CONFLICT] += m * e->conflict;
            if (e->idiom)
                sc->f[F_IDIOM_CONC + e->idiom - 1] += e->idiom_weight;
            if (e->hedge > 0)
                sc->f[F_HEDGE] += e->hedge;
            if (e->modal)
                sc->f[F_MODAL_OBL + e->modal - 1] += 1;
            if (e->tone)
                sc->f[F_TONE_POS + e->tone - 1] += 1;
            if (e->valence || e->coop > 0 || e->conflict > 0) {
                add_valence(sc, sent_base(e), m, negated);
            } else if (len > 1) {
                /* A phrase listed for another reason ("constructive
                 * atmosphere" is an idiom) keeps the valence of its words. */
                size_t j;
                for (j = i; j < i + len; j++) {
                    const st_lex_entry *we = lookup_word(lx, &w[j]);
                    if (we && (we->valence || we->coop > 0 || we->conflict > 0))
                        add_valence(sc, sent_base(we), m, negated);
                }
            }
            if (e->coop > 0 || e->conflict > 0 || e->valence) {
                intens = 1.0;
                intens_left = 0;
            }
        }
        if (intens_left > 0 && --intens_left == 0)
            intens = 1.0;
        if (neg_left > 0)
            neg_left = neg_left > len ? neg_left - len : 0;
        i += len;
    }
    sc->f[F_LENGTH] = log1p((double)nwords);
}

/* Sentiment in [-1, 1]: contrast-weighted valence, squashed as s/sqrt(s²+a)
 * so that a handful of strong words approaches the ends. */
static double sentiment_of(const scores *sc)
{
    double s = sc->contrast ? SENT_BEFORE * sc->val_before + SENT_AFTER * sc->val_after : sc->val_after;
    double e = sc->f[F_EXCLAIM] > 0 ? 1.1 : 1.0;
    s *= e;
    if (s == 0)
        return 0;
    s = s / sqrt(s * s + SENT_SQUASH);
    return s > 1 ? 1 : s < -1 ? -1 : s;
}

static int put_dense(st_fvec *v, const scores *sc, int offset, int partial, double sentiment)
{
    int k;
    for (k = 1; k < F_COUNT; k++) {
        double x = sc->f[k];
        if (k == F_PARTIAL)
            x = partial;
        else if (k == F_SENTIMENT)
            x = sentiment;
        else if (k == F_NET)
            x = tanh(0.5 * (sc->f[F_COOP] + sc->f[F_CONFLICT_NEG] - sc->f[F_CONFLICT] -
                            sc->f[F_COOP_NEG]));
        else if (k != F_LENGTH)
            x = log1p(x);   /* counts and weights: diminishing returns */
        if (x != 0 && push(v, offset + k, DENSE_SCALE * x))
            return -1;
    }
    return 0;
}

typedef struct slotw {
    int idx;
    float w;
} slotw;

static int cmp_slot(const void *a, const void *b)
{
    const slotw *x = a, *y = b;
    return x->idx < y->idx ? -1 : x->idx > y->idx;
}

/* Sorts by slot.  A statement has a few dozen n-grams: insertion sort
 * beats qsort's calls through a function pointer there; long ones (up to
 * ST_FX_MAX_TOKENS words) still get qsort. */
static void sort_slots(slotw *v, size_t m)
{
    if (m > 64) {
        qsort(v, m, sizeof *v, cmp_slot);
        return;
    }
    for (size_t i = 1; i < m; i++) {
        slotw x = v[i];
        size_t j = i;
        for (; j > 0 && v[j - 1].idx > x.idx; j--)
            v[j] = v[j - 1];
        v[j] = x;
    }
}

/* Appends the sorted (slot, weight) list as w*log(1+tf) per slot (the
 * smallest weight among the slot's terms), L2-normalised to scale. */
static int put_slots(st_fvec *v, slotw *idx, size_t m, double scale)
{
    size_t i, start = v->n;
    double norm = 0;
    int rc = 0;
    sort_slots(idx, m);
    for (i = 0; i < m && rc == 0;) {
        size_t j = i;
        float w = idx[i].w;
        while (j < m && idx[j].idx == idx[i].idx) {
            if (idx[j].w < w)
                w = idx[j].w;
            j++;
        }
        rc = push(v, idx[i].idx, w * log1p((double)(j - i)));
        i = j;
    }
    for (i = start; i < v->n; i++)
        norm += v->value[i] * v->value[i];
    norm = sqrt(norm);
    for (i = start; i < v->n && norm > 0; i++)
        v->value[i] *= scale / norm;
    return rc;
}

/* Calls emit for every n-gram term of w (put_ngrams hashes the same terms
 * in place; the two loops must agree): each word (as "not_" + word
 * inside a negation scope) and each pair of adjacent words (joined by the
 * byte 0x1F, so that a bigram's FNV-1a hash is that of its two words
 * with a separator).  Punctuation breaks bigrams; . ? ! close a scope. */
typedef int (*term_fn)(const char *term, size_t len, void *arg);

static int ngram_terms(const st_lexicon *lx, const word *w, size_t n, term_fn emit, void *arg)
{
    size_t i, neg_left = 0;
    for (i = 0; i < n; i++) {
        char buf[2 * TOK_MAX + 4];
        const st_lex_entry *e;
        if (w[i].punct) {
            if (w[i].punct == '.' || w[i].punct == '?' || w[i].punct == '!')
                neg_left = 0;
            continue;
        }
        if (neg_left > 0) {
            memcpy(buf, "not_", 4);
            memcpy(buf + 4, w[i].s, w[i].len);
            if (emit(buf, w[i].len + 4u, arg))
                return -1;
            neg_left--;
        } else if (emit(w[i].s, w[i].len, arg)) {
            return -1;
        }
        e = st_lexicon_get(lx, w[i].s, w[i].len);
        if (e && e->negator_scope)
            neg_left = e->negator_scope;
        if (i + 1 < n && !w[i + 1].punct) {
            memcpy(buf, w[i].s, w[i].len);
            buf[w[i].len] = 0x1F;
            memcpy(buf + w[i].len + 1, w[i + 1].s, w[i + 1].len);
            if (emit(buf, (size_t)w[i].len + 1 + w[i + 1].len, arg))
                return -1;
        }
    }
    return 0;
}

/* Continues an FNV-1a hash over more bytes. */
static uint32_t fnv32_more(uint32_t h, const char *a, size_t na)
{
    size_t i;
    for (i = 0; i < na; i++) {
        h ^= (unsigned char)a[i];
        h *= 16777619u;
    }
    return h;
}

/* Hashed unigrams and bigrams as idf * log(1+tf), L2-normalised to scale,
 * into [base, base + 2^bits): the terms of ngram_terms, hashed in place
 * (a bigram as its two words with the 0x1F separator, a negated word as
 * "not_" + word) so that no term string is built. */
static int put_ngrams(const st_lexicon *lx, st_fvec *v, const word *w, size_t n, int base,
                      int bits, const float *weight, double scale)
{
    slotw *idx = malloc((2 * n + 1) * sizeof *idx);
    uint32_t mask = (1u << bits) - 1, not_h = fnv32_more(2166136261u, "not_", 4);
    size_t i, m = 0, neg_left = 0;
    int rc;

    if (!idx)
        return -1;
    for (i = 0; i < n; i++) {
        const st_lex_entry *e;
        uint32_t h;
        if (w[i].punct) {
            if (w[i].punct == '.' || w[i].punct == '?' || w[i].punct == '!')
                neg_left = 0;
            continue;
        }
        if (neg_left > 0) {
            h = fnv32_more(not_h, w[i].s, w[i].len) & mask;
            neg_left--;
        } else {
            h = fnv32(w[i].s, w[i].len, NULL, 0) & mask;
        }
        idx[m].idx = base + (int)h;
        idx[m++].w = weight ? weight[h] : 1.0f;
        e = st_lexicon_get(lx, w[i].s, w[i].len);
        if (e && e->negator_scope)
            neg_left = e->negator_scope;
        if (i + 1 < n && !w[i + 1].punct) {
            h = fnv32(w[i].s, w[i].len, w[i + 1].s, w[i + 1].len) & mask;
            idx[m].idx = base + (int)h;
            idx[m++].w = weight ? weight[h] : 1.0f;
        }
    }
    rc = put_slots(v, idx, m, scale);
    free(idx);
    return rc;
}

/* The quote's words, then (for a partial quote) a break and the reporter's
 * sentence: the stream of the text n-gram block, where a word means the
 * same wherever it appears.  *all is w itself when there is no context. */
static int text_stream(const word *w, size_t n, const word *cw, size_t cn, word **all,
                       size_t *total)
{
    if (cn == 0) {
        *all = (word *)w;
        *total = n;
        return 0;
    }
    *all = malloc((n + cn + 1) * sizeof **all);
    if (!*all)
        return -1;
    memcpy(*all, w, n * sizeof **all);
    memset(&(*all)[n], 0, sizeof **all);
    (*all)[n].punct = '.';
    (*all)[n].s[0] = '.';
    (*all)[n].len = 1;     /* a break: no bigram across quote and context */
    memcpy(*all + n + 1, cw, cn * sizeof **all);
    *total = n + cn + 1;
    return 0;
}

static int put_text_ngrams(const st_features *fx, st_fvec *out, const word *w, size_t n,
                           const word *cw, size_t cn)
{
    word *all;
    size_t total;
    int rc;
    if (text_stream(w, n, cw, cn, &all, &total))
        return -1;
    rc = put_ngrams(&fx->lex, out, all, total, ST_FX_TEXT_BASE, ST_FX_TEXT_BITS, fx->text_idf,
                    1.0);
    if (all != w)
        free(all);
    return rc;
}

/* The statement's words, and for a partial quote the reporter's sentence
 * without the fragment itself (*cw NULL and *cn 0 otherwise). */
static int split_statement(const st_statement *s, word **w, size_t *n, word **cw, size_t *cn,
                           st_error *err)
{
    int rc = split_words(s->text, 0, 0, w, n, err);
    *cw = NULL;
    *cn = 0;
    if (rc != ST_OK || !s->context)
        return rc;
    {
        const char *at = strstr(s->context, s->text);
        size_t from = at ? (size_t)(at - s->context) : 0;
        size_t to = at ? from + strlen(s->text) : 0;
        rc = split_words(s->context, from, to, cw, cn, err);
    }
    if (rc != ST_OK) {
        free(*w);
        *w = NULL;
    }
    return rc;
}

int st_features_extract(const st_features *fx, const st_statement *s, st_fvec *out,
                        double *sentiment, st_error *err)
{
    word *w = NULL, *cw = NULL;
    size_t n, cn = 0;
    scores sc, csc;
    double sent;
    int rc, partial = s->context != NULL;

    out->n = 0;
    rc = split_statement(s, &w, &n, &cw, &cn, err);
    if (rc != ST_OK)
        return rc;
    score_words(&fx->lex, w, n, &sc);
    sent = sentiment_of(&sc);
    if (sentiment)
        *sentiment = sent;
    if (partial)
        score_words(&fx->lex, cw, cn, &csc);
    if (put_dense(out, &sc, 0, partial, sent) ||
        (partial && put_dense(out, &csc, CTX_OFFSET, 1, sentiment_of(&csc))) ||
        put_text_ngrams(fx, out, w, n, cw, cn) ||
        (partial && put_ngrams(&fx->lex, out, cw, cn, ST_FX_CTX_BASE, ST_FX_CTX_BITS,
                               fx->ctx_idf, CTX_WEIGHT)))
        rc = st_error_set(err, ST_ERR_NOMEM, "out of memory extracting features");
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
    char buf[2 * TOK_MAX + 4];
    size_t i;
    for (i = 0; i < len && i < sizeof buf; i++)
        buf[i] = term[i] == 0x1F ? ' ' : term[i];
    return r->emit(buf, i, r->arg);
}

int st_features_terms(const st_features *fx, const st_statement *s,
                      int (*emit)(const char *term, size_t len, void *arg), void *arg,
                      st_error *err)
{
    word *w = NULL, *cw = NULL, *all;
    size_t n, cn = 0, total;
    term_relay r;
    int rc;

    rc = split_statement(s, &w, &n, &cw, &cn, err);
    if (rc != ST_OK)
        return rc;
    r.emit = emit;
    r.arg = arg;
    if (text_stream(w, n, cw, cn, &all, &total)) {
        rc = st_error_set(err, ST_ERR_NOMEM, "out of memory listing terms");
    } else {
        if (ngram_terms(&fx->lex, all, total, relay_term, &r))
            rc = -1;
        if (all != w)
            free(all);
    }
    free(w);
    free(cw);
    return rc;
}
