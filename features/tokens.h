/* tokens.h - splitting article text into positioned tokens.
 *
 * One tokenizer serves the quote extractor (which needs case and exact
 * code-point positions) and the feature extractor (which folds case).
 * Words keep internal apostrophes, hyphens and dots (China's, al-Assad,
 * U.S.); every other visible character is a one-character token. */
#ifndef ST_TOKENS_H
#define ST_TOKENS_H

#include <stddef.h>
#include <stdint.h>

#include "../core/error.h"
#include "../core/text.h"

enum st_tok_type {
    ST_TOK_WORD = 1,    /* letters/digits with internal ' ’ - . */
    ST_TOK_PUNCT,       /* any other single visible character */
    ST_TOK_BREAK,       /* a paragraph break: one or more newlines */
};

enum st_tok_flag {
    ST_TF_CAP = 1,      /* word starts with an upper-case letter */
    ST_TF_LOWER = 2,    /* word starts with a lower-case letter */
    ST_TF_DIGIT = 4,    /* word starts with a digit */
    ST_TF_ALLCAPS = 8,  /* two or more letters, all upper case */
};

typedef struct st_token {
    uint32_t start, end;    /* code points [start, end) */
    uint8_t type;
    uint8_t flags;
} st_token;

typedef struct st_tokens {
    st_token *v;
    size_t n, cap;
} st_tokens;

/* Case-folded forms of a token list, made once: token k's is the
 * NUL-terminated string at s + off[k]. */
typedef struct st_folds {
    char *s;
    uint32_t *off;
} st_folds;

/* Longest case-folded form kept, in bytes (a longer word is cut at a code
 * point boundary, as st_token_lower does with a buffer of this plus one). */
#define ST_TOKEN_FOLD_MAX 63

/* "N.Alakbarov", "Sh.Mirzaahmedov": is a dot after the word's first n
 * characters (c0, and c1 when n is 2) an initial's stop before a name
 * (next, then after), written without a space as some agencies do?  ASCII
 * letters only, so that the byte splitter of the features agrees. */
static inline int st_initial_dot_name(uint32_t c0, uint32_t c1, size_t n, uint32_t next,
                                      uint32_t after)
{
    return (n == 1 || (n == 2 && c1 >= 'a' && c1 <= 'z')) && c0 >= 'A' && c0 <= 'Z' &&
           next >= 'A' && next <= 'Z' && after >= 'a' && after <= 'z';
}

/* Tokenizes code points [from, to) of t, appending to out.  A code point is
 * a quote mark or apostrophe in a word according to is_mark (may be NULL):
 * marks never join words, so "said“We" splits into said, “, We. */
int st_tokenize(const st_text *t, size_t from, size_t to,
                const uint8_t *is_mark, st_tokens *out, st_error *err);
void st_tokens_free(st_tokens *tk);

/* Case-folds every token of tk once into out (the form st_token_lower
 * gives with a buffer of ST_TOKEN_FOLD_MAX + 1 bytes), for code that asks
 * many times.  Free with st_folds_free. */
int st_tokens_fold(const st_text *t, const st_tokens *tk, st_folds *out, st_error *err);
void st_folds_free(st_folds *f);

/* Token k's folded form and its length in bytes. */
static inline const char *st_fold_get(const st_folds *f, size_t k, size_t *len)
{
    *len = f->off[k + 1] - f->off[k] - 1;
    return f->s + f->off[k];
}

/* Case-folded UTF-8 form of token k in buf (truncated to size-1 bytes);
 * returns buf. */
char *st_token_lower(const st_text *t, const st_token *k, char *buf, size_t size);

/* 1 when token k case-folds to exactly the ASCII word w. */
int st_token_is(const st_text *t, const st_token *k, const char *w);

/* The n code points at cp spell a Spanish-language title before a name,
 * capital then lower case: "Lic.", "Licda.", "Lcdo.", "Ing.", "Dra.",
 * "Mtra." ("Lic. Ernesto Villaseñor", "Licda. Doris Villeda", "Ing. Rosa
 * Padilla"), an economist's "Ec.", an architect's "Arq.", a lawyer's
 * "Abog." (Uruguay, the Andes); never the bank ING, the insurer LIC or
 * the European Commission's EC. */
static inline int st_cp_spanish_title(const uint32_t *cp, size_t n)
{
    static const char *const titles[] = { "Lic", "Ing", "Dra", "Licda", "Licdo", "Lcda", "Lcdo",
                                          "Mtra", "Mtro", "Ec", "Arq", "Abog", NULL };
    size_t i, k;
    for (i = 0; titles[i]; i++) {
        for (k = 0; k < n && titles[i][k] && cp[k] == (uint32_t)(unsigned char)titles[i][k]; k++)
            ;
        if (k == n && titles[i][k] == '\0')
            return 1;
    }
    return 0;
}

#endif
