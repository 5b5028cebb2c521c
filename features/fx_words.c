/* fx_words.c - a statement split into the feature extractor's words.
 *
 * Text is decoded and tokenized by the shared tokenizer (tokens.c), so a
 * word here is the word the rest of the project sees.  Everything later
 * steps ask of a word is worked out here, once, in one pass over its
 * bytes: both FNV-1a hashes (the lexicon's and the n-grams'), its lexicon
 * entry with and without a possessive 's, how long a phrase it may start,
 * and its pronoun or contrast class.  The scoring and n-gram steps then
 * never hash, compare or look up a single word again. */
#include "fx_internal.h"
#include "tokens.h"
#include "../core/text.h"

#include <string.h>

static int same_bytes(const st_lex_entry *e, const void *arg)
{
    return memcmp(e->term, arg, e->len) == 0;
}

static uint8_t word_class(const char *s, size_t len)
{
    switch (len) {
    case 2:
        if (!memcmp(s, "we", 2) || !memcmp(s, "us", 2))
            return FX_WC_WE;
        break;
    case 3:
        if (!memcmp(s, "our", 3))
            return FX_WC_WE;
        if (!memcmp(s, "you", 3))
            return FX_WC_THEY;
        if (!memcmp(s, "but", 3) || !memcmp(s, "yet", 3))
            return FX_WC_CONTRAST;
        break;
    case 4:
        if (!memcmp(s, "they", 4))
            return FX_WC_THEY;
        break;
    case 5:
        if (!memcmp(s, "their", 5))
            return FX_WC_THEY;
        break;
    case 7:
        if (!memcmp(s, "however", 7))
            return FX_WC_CONTRAST;
        break;
    }
    return 0;
}

/* Fills in what w->s implies: hashes, entries, classes. */
static void describe_word(const st_lexicon *lx, fx_word *w)
{
    size_t len = w->len;
    uint64_t h64 = ST_LEX_HASH_INIT, cut64 = 0;
    uint32_t h32 = FX_FNV32_INIT;
    for (size_t i = 0; i < len; i++) {
        if (i + 2 == len)
            cut64 = h64;    /* the hash without a final 's */
        h64 ^= (unsigned char)w->s[i];
        h64 *= 1099511628211ULL;
        h32 ^= (unsigned char)w->s[i];
        h32 *= FX_FNV32_PRIME;
    }
    w->h64 = h64;
    w->h32 = h32;
    w->exact = st_lexicon_find(lx, h64, len, same_bytes, w->s);
    w->entry = w->exact;
    if (!w->entry && len > 3 && w->s[len - 2] == '\'' && w->s[len - 1] == 's')
        w->entry = st_lexicon_find(lx, cut64, len - 2, same_bytes, w->s);   /* "dictator's" */
    w->max_from = (uint8_t)st_lexicon_max_from_hash(lx, h64);
    w->cls = word_class(w->s, len);
}

/* The UTF-8 length of one code point. */
static size_t utf8_len(uint32_t c)
{
    return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

/* Splits UTF-8 into lower-cased words and punctuation; skips the byte
 * range [skip_from, skip_to) (the fragment inside its context). */
static int split_words(const st_lexicon *lx, const char *utf8, size_t skip_from,
                       size_t skip_to, fx_word **out, size_t *n, st_error *err)
{
    st_text t;
    st_tokens tk = { NULL, 0, 0 };
    size_t i, k = 0, len = strlen(utf8);
    size_t at_cp = 0, at_byte = 0;      /* a code point and its byte offset */
    int rc, skipping = skip_to > skip_from;

    *out = NULL;
    *n = 0;
    rc = st_text_decode(&t, utf8, len, err);
    if (rc != ST_OK)
        return rc;
    rc = st_tokenize(&t, 0, t.len, NULL, &tk, err);
    if (rc == ST_OK) {
        size_t cap = tk.n < ST_FX_MAX_TOKENS ? tk.n : ST_FX_MAX_TOKENS;
        *out = malloc((cap ? cap : 1) * sizeof **out);
        if (!*out)
            rc = st_error_set(err, ST_ERR_NOMEM, "out of memory extracting features");
        for (i = 0; rc == ST_OK && i < tk.n && k < cap; i++) {
            const st_token *x = &tk.v[i];
            fx_word *w = &(*out)[k];
            if (x->type == ST_TOK_BREAK)
                continue;
            if (skipping) {
                /* Tokens come in order: walk the byte offset along. */
                for (; at_cp < x->start; at_cp++)
                    at_byte += utf8_len(t.cp[at_cp]);
                if (at_byte >= skip_from && at_byte < skip_to)
                    continue;
            }
            if (x->type == ST_TOK_PUNCT) {
                uint32_t c = t.cp[x->start];
                if (c == 0x2026)
                    c = '.';
                if (c >= 0x80)
                    continue;   /* quote marks and the like carry nothing */
                memset(w, 0, sizeof *w);
                w->punct = (uint8_t)c;
                w->s[0] = (char)c;
                w->len = 1;
                k++;
                continue;
            }
            w->punct = 0;
            if (x->flags & ST_TF_DIGIT) {
                memcpy(w->s, "<num>", 6);
                w->len = 5;
            } else {
                /* ASCII words short enough not to be cut fold here;
                 * anything else the way st_token_lower does it. */
                size_t m = x->end - x->start, j;
                const uint32_t *cp = t.cp + x->start;
                for (j = 0; j < m && j < FX_TOK_MAX - 1 && cp[j] < 0x80; j++)
                    w->s[j] = (char)st_cp_lower(cp[j]);
                if (j == m) {
                    w->s[j] = '\0';
                    w->len = (uint8_t)j;
                } else {
                    st_token_lower(&t, x, w->s, sizeof w->s);
                    w->len = (uint8_t)strlen(w->s);
                }
            }
            describe_word(lx, w);
            k++;
        }
    }
    *n = k;
    st_tokens_free(&tk);
    st_text_free(&t);
    return rc;
}

int fx_split_statement(const st_features *fx, const st_statement *s, fx_word **w, size_t *n,
                       fx_word **cw, size_t *cn, st_error *err)
{
    int rc = split_words(&fx->lex, s->text, 0, 0, w, n, err);
    *cw = NULL;
    *cn = 0;
    if (rc != ST_OK || !s->context)
        return rc;
    {
        const char *at = strstr(s->context, s->text);
        size_t from = at ? (size_t)(at - s->context) : 0;
        size_t to = at ? from + strlen(s->text) : 0;
        rc = split_words(&fx->lex, s->context, from, to, cw, cn, err);
    }
    if (rc != ST_OK) {
        free(*w);
        *w = NULL;
    }
    return rc;
}
