/* fx_internal.h - what the files of the feature extractor share.
 *
 * featurize.c runs the steps; fx_words.c splits a statement into words and
 * works out, once per word, everything later steps ask of it (its hashes,
 * its lexicon entries, whether it is a pronoun or a contrast word);
 * fx_score.c turns the words into the dense lexicon scores and the
 * sentiment; fx_ngrams.c into the hashed n-gram blocks.  Not an API: the
 * tests include it to check the sort and the phrase search directly. */
#ifndef ST_FX_INTERNAL_H
#define ST_FX_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include <math.h>
#include <stdlib.h>

#include "featurize.h"

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

/* Dense feature slots of the reporter's sentence start here. */
#define CTX_OFFSET 32

/* Longest word kept, in bytes with the NUL (a longer one is cut). */
#define FX_TOK_MAX 48

/* What the sentiment and pronoun features ask of a word, decided once. */
enum fx_word_class {
    FX_WC_WE = 1,           /* we, our, us */
    FX_WC_THEY = 2,         /* they, their, you */
    FX_WC_CONTRAST = 4,     /* but, however, yet */
};

typedef struct fx_word {
    char s[FX_TOK_MAX];     /* lower-cased, NUL-terminated; "<num>" for numbers */
    uint8_t len;
    uint8_t punct;          /* 0 word, else the ASCII punctuation character */
    uint8_t cls;            /* enum fx_word_class bits */
    uint8_t max_from;       /* most words of a lexicon phrase starting here */
    uint32_t h32;           /* FNV-1a (32-bit) of s: the unigram's hash */
    uint64_t h64;           /* st_lex_hash of s */
    const st_lex_entry *exact;  /* the lexicon entry of s, or NULL */
    const st_lex_entry *entry;  /* of s, else of s without a possessive 's */
} fx_word;

/* The words of utf8 without those starting in the byte range
 * [skip_from, skip_to): by the fast path for the statements it takes
 * (mostly ASCII; see fx_words.c) when the features' self-check passed,
 * else by the shared decoder and tokenizer.  FX_SPLIT_GENERAL forces the
 * latter; FX_SPLIT_FAST only tries the former (ST_ERR_INPUT when it does
 * not apply).  The caller frees *out. */
enum fx_split_path { FX_SPLIT_ANY, FX_SPLIT_GENERAL, FX_SPLIT_FAST };
int fx_split_words(const st_features *fx, const char *utf8, size_t skip_from, size_t skip_to,
                   enum fx_split_path path, fx_word **out, size_t *n, st_error *err);

/* Sets up the fast path (its fold table), then turns it on only if it
 * splits a set of statements covering its rules exactly as the general
 * path does (st_features_init calls it). */
void fx_words_init(st_features *fx);

/* The statement's words, and for a partial quote the reporter's sentence
 * without the fragment itself (*cw NULL and *cn 0 otherwise).  The
 * quote's words go into room (room_n words; may be NULL) when they fit,
 * else into a malloc'd array; the caller frees *w unless it is room, and
 * *cw. */
int fx_split_statement(const st_features *fx, const st_statement *s, fx_word *room,
                       size_t room_n, fx_word **w, size_t *n, fx_word **cw, size_t *cn,
                       st_error *err);

/* Dense scores of a word sequence. */
enum {
    F_COOP = 1, F_COOP_NEG, F_CONFLICT, F_CONFLICT_NEG, F_IDIOM_CONC, F_IDIOM_ADV,
    F_IDIOM_NEUTRAL, F_HEDGE, F_NEGATORS, F_MODAL_OBL, F_MODAL_POSS, F_MODAL_VOL,
    F_MODAL_PROH, F_TONE_POS, F_TONE_NEG, F_TONE_NEU, F_TONE_ASSERT, F_QUESTION,
    F_EXCLAIM, F_LENGTH, F_PARTIAL, F_SENTIMENT, F_VAL_POS, F_VAL_NEG, F_WE, F_THEY,
    F_NET, F_COUNT
};

typedef struct fx_scores {
    double f[F_COUNT];
    double val_before, val_after;   /* valence around the last contrast word */
    int contrast;
} fx_scores;

void fx_score_words(const st_features *fx, const fx_word *w, size_t n, fx_scores *sc);
double fx_sentiment_of(const fx_scores *sc);
int fx_put_dense(const st_features *fx, st_fvec *v, const fx_scores *sc, int offset,
                 int partial, double sentiment);

/* The longest lexicon phrase starting at word i (NULL when none); *len
 * gets its number of words. */
const st_lex_entry *fx_longest(const st_lexicon *lx, const fx_word *w, size_t n, size_t i,
                               size_t *len);

/* The 32-bit FNV-1a hashes (unmasked) of the n-gram terms of w, in order,
 * into out (room for 2n); returns how many. */
size_t fx_ngram_hashes(const fx_word *w, size_t n, uint32_t *out);

/* Appends the slots keys[0..m) (each below 2^bits, bits at most
 * FX_SLOT_BITS_MAX; keys and tmp are scratch) as fx->idf_palette[weight[slot]] *
 * log(1 + count) at base + slot, L2-normalised to scale.  tmp has room for
 * m keys. */
int fx_put_slots(const st_features *fx, st_fvec *v, uint32_t *keys, size_t m, unsigned bits,
                 int base, const uint8_t *weight, double scale, uint32_t *tmp);

/* Sorts keys[0..m), each below 2^bits (bits at most FX_SLOT_BITS_MAX, m
 * below 2^32), ascending, using tmp (room for m keys) as well; returns
 * where the sorted keys are, keys or tmp. */
#define FX_SLOT_BITS_MAX 18
uint32_t *fx_sort_slots(uint32_t *keys, size_t m, unsigned bits, uint32_t *tmp);

/* Calls emit for every n-gram term of w, the terms fx_ngram_hashes
 * hashes (a bigram's words joined by 0x1F). */
int fx_ngram_terms(const fx_word *w, size_t n,
                   int (*emit)(const char *term, size_t len, void *arg), void *arg);

/* FNV-1a (32-bit), the n-gram hash, continued over more bytes. */
#define FX_FNV32_INIT 2166136261u
#define FX_FNV32_PRIME 16777619u
static inline uint32_t fx_fnv32_more(uint32_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= FX_FNV32_PRIME;
    }
    return h;
}

/* log1p(k) for the small integers that term and word counts are, filled
 * by the same log1p calls so the values are bit for bit those. */
static inline double fx_log1p_count(const st_features *fx, size_t k)
{
    return k < ST_FX_LOG1P_INTS ? fx->log1p_int[k] : log1p((double)k);
}

/* Makes room for more entries in v (doubling, at least 256). */
static inline int fx_reserve(st_fvec *v, size_t more)
{
    if (v->n + more > v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 256;
        int *ix;
        double *vx;
        while (cap < v->n + more)
            cap *= 2;
        ix = realloc(v->index, cap * sizeof *ix);
        if (!ix)
            return -1;
        v->index = ix;
        vx = realloc(v->value, cap * sizeof *vx);
        if (!vx)
            return -1;
        v->value = vx;
        v->cap = cap;
    }
    return 0;
}

#endif
