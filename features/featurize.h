/* featurize.h - a statement as a sparse feature vector, and its sentiment.
 *
 * Layout (1-based, ascending, as libsvm requires):
 *   1 .. 64                dense features: lexicon scores with negation and
 *                          intensity, idioms, hedges, modals, reporting-verb
 *                          tone, ?/!, length, sentiment; the same scores of
 *                          the reporter's sentence for partial quotes
 *   65 .. 65+2^18-1        hashed word unigrams and bigrams of the quote
 *                          (FNV-1a, idf * log term frequency, L2-normalised;
 *                          the idf table lexicons/ngram_idf.txt comes from
 *                          the train split)
 *   then 2^16              hashed unigrams and bigrams of the reporter's
 *                          sentence around a partial quote, fragment removed
 * The version changes whenever this layout or its arithmetic changes; the
 * fingerprint hashes the version, these parameters and every lexicon. */
#ifndef ST_FEATURIZE_H
#define ST_FEATURIZE_H

#include <stddef.h>

#include "../core/error.h"
#include "lexicon.h"

#define ST_FEATURE_VERSION 2
#define ST_FX_DENSE 64
#define ST_FX_TEXT_BITS 18
#define ST_FX_CTX_BITS 16
#define ST_FX_TEXT_BASE (ST_FX_DENSE + 1)
#define ST_FX_CTX_BASE (ST_FX_TEXT_BASE + (1 << ST_FX_TEXT_BITS))
#define ST_FX_DIM (ST_FX_CTX_BASE + (1 << ST_FX_CTX_BITS) - 1)

/* Statements longer than this many tokens are featurized on their first
 * ST_FX_MAX_TOKENS tokens: bounded work for any input. */
#define ST_FX_MAX_TOKENS 4096

/* Counts below this have their log1p in a table (st_features.log1p_int). */
#define ST_FX_LOG1P_INTS 256

typedef struct st_features {
    st_lexicon lex;
    /* The idf of each n-gram slot, as an index into idf_palette: the
     * table has few distinct weights (177 now), and one byte a slot keeps
     * both blocks (320 KB) in a core's L2 cache, where 4-byte floats
     * (1.25 MB) missed it on most lookups. */
    uint8_t *text_idf;      /* per slot of the text block */
    uint8_t *ctx_idf;       /* per slot of the context block */
    float idf_palette[256];
    double log1p_int[ST_FX_LOG1P_INTS];     /* log1p(k), filled by log1p itself */
    int fast_words;         /* 1: mostly-ASCII statements skip the general tokenizer */
    uint8_t fast_fold[128]; /* the fast path's byte folding (st_cp_lower, ' for ’) */
    char fingerprint[17];   /* 16 hex digits */
} st_features;

typedef struct st_statement {
    const char *text;       /* the quoted words, UTF-8 */
    const char *context;    /* reporter's sentence for a partial quote, or NULL */
} st_statement;

typedef struct st_fvec {
    int *index;             /* ascending, 1-based */
    double *value;
    size_t n, cap;
} st_fvec;

int st_features_init(st_features *fx, st_error *err);
void st_features_finalise(st_features *fx);

/* Fills out (reset first) with the features of s, and *sentiment (may be
 * NULL) with its score in [-1, 1].  ST_ERR_INPUT for invalid UTF-8. */
int st_features_extract(const st_features *fx, const st_statement *s, st_fvec *out,
                        double *sentiment, st_error *err);

void st_fvec_free(st_fvec *v);

/* Calls emit(term, len, arg) for every n-gram term of the text block of s
 * (words, not_-words, bigrams written "a b"), repeats included: what
 * tools/idf_terms counts to write features/lexicons/ngram_idf.txt.  Stops
 * and returns -1 when emit does. */
int st_features_terms(const st_features *fx, const st_statement *s,
                      int (*emit)(const char *term, size_t len, void *arg), void *arg,
                      st_error *err);

/* Sentiment thresholds for the three-way label (chosen on the train split
 * to maximise 3-way accuracy, reported on dev in README): positive at or
 * above POS, negative at or below NEG, neutral between. */
#define ST_SENTIMENT_POS 0.31
#define ST_SENTIMENT_NEG (-0.27)
const char *st_sentiment_label(double score);

#endif
