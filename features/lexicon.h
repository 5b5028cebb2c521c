/* lexicon.h - the domain lexicons, compiled in, looked up by phrase.
 *
 * The files in features/lexicons/ are the readable sources (each file's header says
 * what its list is for); the build embeds them so the feature fingerprint
 * always matches the code.  All lists merge into one table keyed by the
 * lower-cased phrase; each entry carries the fields its lists set. */
#ifndef ST_LEXICON_H
#define ST_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "../core/error.h"

enum st_idiom_cat { ST_IDIOM_NONE = 0, ST_IDIOM_CONC, ST_IDIOM_ADV, ST_IDIOM_NEUTRAL };
enum st_modal_class { ST_MODAL_NONE = 0, ST_MODAL_OBLIGATION, ST_MODAL_POSSIBILITY,
                      ST_MODAL_VOLITION, ST_MODAL_PROHIBITION };
enum st_cue_tone { ST_TONE_NONE = 0, ST_TONE_POSITIVE, ST_TONE_NEGATIVE, ST_TONE_NEUTRAL,
                   ST_TONE_ASSERTIVE };

typedef struct st_lex_entry {
    char *term;             /* lower-case phrase, words joined by one space */
    uint64_t hash;          /* st_lex_hash of term: probes compare it first */
    uint16_t len;           /* strlen(term) */
    uint8_t words;          /* number of words in term */
    float coop, conflict;   /* cooperation.txt / conflict.txt weights */
    float idiom_weight;
    uint8_t idiom;          /* enum st_idiom_cat */
    float intensifier;      /* multiplier, 0 when not an intensifier */
    float hedge;
    uint8_t negator_scope;  /* tokens a negator covers, 0 when not one */
    uint8_t modal;          /* enum st_modal_class */
    uint8_t tone;           /* enum st_cue_tone of a reporting verb */
    int8_t valence;         /* -3..3, 0 when absent */
} st_lex_entry;

#define ST_LEX_FIRST_BUCKETS 4096
#define ST_LEX_PAIR_BITS 32768

typedef struct st_lexicon {
    st_lex_entry *slots;    /* open addressing, power-of-two size */
    size_t nslots, count;
    uint8_t max_words;      /* longest phrase */
    /* By a hash of a phrase's first word: the most words of any phrase
     * starting with a word of that hash (1 when none), so a lookup can skip
     * phrase lengths no entry has. */
    uint8_t first_max[ST_LEX_FIRST_BUCKETS];
    /* A filter of the phrases' first two words (bit st_lex_pair_bit of
     * st_lex_pair_key of their two hashes set for every entry of two or
     * more words): a phrase search whose first two words miss it has only
     * one-word answers, and finds out without hashing the phrase. */
    uint64_t pairs[ST_LEX_PAIR_BITS / 64];
    char fingerprint[65];   /* SHA-256 over every embedded list */
} st_lexicon;

/* FNV-1a (64-bit) of a phrase, the table's key.  Callers that already
 * hold a word's hash extend it over the following words with
 * st_lex_hash_more instead of building the phrase. */
#define ST_LEX_HASH_INIT 1469598103934665603ULL
static inline uint64_t st_lex_hash_more(uint64_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

static inline uint64_t st_lex_hash(const char *s, size_t n)
{
    return st_lex_hash_more(ST_LEX_HASH_INIT, s, n);
}

/* Two words' st_lex_hash values combined, order mattering. */
static inline uint64_t st_lex_pair_key(uint64_t first, uint64_t second)
{
    return first ^ (second * 0x9E3779B97F4A7C15ULL + 0x632BE59BD9B4E019ULL);
}

static inline size_t st_lex_pair_bit(uint64_t pair_key)
{
    return (size_t)(pair_key >> 40) & (ST_LEX_PAIR_BITS - 1);
}

/* 0 when no entry of two or more words starts with the two words whose
 * st_lex_pair_key this is; 1 when one may. */
static inline int st_lexicon_pair_may(const st_lexicon *lx, uint64_t pair_key)
{
    size_t b = st_lex_pair_bit(pair_key);
    return (int)((lx->pairs[b / 64] >> (b % 64)) & 1);
}

/* Parses the embedded lists into lx.  Errors name the list and line. */
int st_lexicon_init(st_lexicon *lx, st_error *err);
void st_lexicon_finalise(st_lexicon *lx);

/* Entry for a phrase (lower case, single spaces), or NULL. */
const st_lex_entry *st_lexicon_get(const st_lexicon *lx, const char *term, size_t len);

/* The entry whose term has this hash and length and for which
 * same(entry, arg) holds, or NULL: a lookup for callers that hash a phrase
 * without writing it out (same compares the words themselves). */
typedef int (*st_lex_same_fn)(const st_lex_entry *e, const void *arg);

/* Inline, since it runs for every word of every statement: the probe
 * compares stored hashes and lengths; same runs on a match only. */
static inline const st_lex_entry *st_lexicon_find(const st_lexicon *lx, uint64_t hash,
                                                  size_t len, st_lex_same_fn same,
                                                  const void *arg)
{
    size_t i = (size_t)hash & (lx->nslots - 1);
    for (;;) {
        const st_lex_entry *e = &lx->slots[i];
        if (!e->term)
            return NULL;
        if (e->hash == hash && e->len == len && same(e, arg))
            return e;
        i = (i + 1) & (lx->nslots - 1);
    }
}

/* The most words of any phrase that may start with this word (an upper
 * bound, at least 1); _hash takes st_lex_hash of the word. */
unsigned st_lexicon_max_from(const st_lexicon *lx, const char *word, size_t len);
static inline unsigned st_lexicon_max_from_hash(const st_lexicon *lx, uint64_t word_hash)
{
    unsigned m = lx->first_max[word_hash & (ST_LEX_FIRST_BUCKETS - 1)];
    return m ? m : 1;
}

#endif
