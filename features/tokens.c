/* tokens.c - the positioned tokenizer shared by extraction and features. */
#include "tokens.h"
#include "../core/util.h"

#include <stdlib.h>
#include <string.h>

static inline int push(st_tokens *tk, uint32_t s, uint32_t e, uint8_t type, uint8_t flags,
                       st_error *err)
{
    if (tk->n == tk->cap && st_grow((void **)&tk->v, &tk->cap, tk->n, sizeof *tk->v))
        return st_error_set(err, ST_ERR_NOMEM, "out of memory (%zu tokens)", tk->n);
    tk->v[tk->n].start = s;
    tk->v[tk->n].end = e;
    tk->v[tk->n].type = type;
    tk->v[tk->n].flags = flags;
    tk->n++;
    return ST_OK;
}

static int is_word_cp(uint32_t c)
{
    return st_cp_is_letter(c) || st_cp_is_digit(c);
}

/* Characters that may sit inside a word when a word character follows:
 * apostrophes (’ and the wrong-glyph ‘ too), hyphens, dots, and the
 * decimal comma of numbers. */
static int is_joiner(uint32_t c)
{
    return c == '\'' || c == 0x2019 || c == 0x2018 || c == '-' || c == 0x2010 ||
           c == 0x2011 || c == '.' || c == 0xB7;
}

/* Two or more letters in cp[s, e), every one upper case (NATO, G7S). */
static int all_caps(const uint32_t *cp, size_t s, size_t e)
{
    int letters = 0;
    for (size_t i = s; i < e; i++) {
        if (st_cp_is_letter(cp[i])) {
            if (!st_cp_is_upper(cp[i]))
                return 0;
            letters++;
        }
    }
    return letters >= 2;
}

int st_tokenize(const st_text *t, size_t from, size_t to,
                const uint8_t *is_mark, st_tokens *out, st_error *err)
{
    const uint32_t *cp = t->cp;
    size_t i = from;

    if (to > t->len)
        to = t->len;
    while (i < to) {
        uint32_t c = cp[i];
        if (c == '\n') {
            size_t s = i;
            while (i < to && (cp[i] == '\n' || st_cp_is_space(cp[i])))
                i++;
            if (push(out, (uint32_t)s, (uint32_t)i, ST_TOK_BREAK, 0, err))
                return err ? err->code : ST_ERR_NOMEM;
            continue;
        }
        if (st_cp_is_space(c)) {
            i++;
            continue;
        }
        if (is_word_cp(c)) {
            size_t s = i;
            uint8_t flags = 0;
            while (i < to) {
                uint32_t d = cp[i];
                /* ASCII, the common case: one table look-up */
                if (d < 0x80 && (st_ascii_class[d] & (ST_CC_LETTER | ST_CC_DIGIT))) {
                    i++;
                    continue;
                }
                if (is_word_cp(d)) {
                    i++;
                } else if (is_joiner(d) && i + 1 < to && is_word_cp(cp[i + 1]) &&
                           !(is_mark && is_mark[i])) {
                    if (d == '.' && i + 2 < to &&
                        st_initial_dot_name(cp[s], i - s > 1 ? cp[s + 1] : 0, i - s, cp[i + 1],
                                            cp[i + 2]))
                        break;  /* "N.Alakbarov": an initial, its stop, a name */
                    i++;
                } else if (d == ',' && i + 1 < to && st_cp_is_digit(cp[i + 1]) &&
                           st_cp_is_digit(cp[i - 1])) {
                    i++;    /* 200,000 stays one number */
                } else {
                    break;
                }
            }
            /* U.S. and e.g. keep their final dot: a dot after a one-letter
             * segment is part of an abbreviation. */
            if (i < to && cp[i] == '.' && i - s >= 2 && cp[i - 2] == '.')
                i++;
            if (st_cp_is_upper(cp[s]))
                flags |= ST_TF_CAP;
            else if (i - s > 3 && st_cp_is_lower(cp[s]) &&
                     ((cp[s + 2] == '-' && st_cp_is_upper(cp[s + 3])) ||
                      (i - s > 4 && cp[s + 3] == '-' && st_cp_is_upper(cp[s + 4]))))
                flags |= ST_TF_CAP;     /* al-Harthy, el-Sisi: an article and a name */
            else if (i - s > 3 && (cp[s] == 'd' || cp[s] == 'l') &&
                     (cp[s + 1] == '\'' || cp[s + 1] == 0x2019) && st_cp_is_upper(cp[s + 2]))
                flags |= ST_TF_CAP;     /* d'Ursel, d'Estaing: an elided particle and a name */
            else if (i - s > 2 && (cp[s] == 0x2BB || cp[s] == 0x2BF || cp[s] == 0x2BE) &&
                     st_cp_is_upper(cp[s + 1]))
                flags |= ST_TF_CAP;     /* ʻIoana, ʿAbd al-Rahman: a glottal mark and a name */
            else if (st_cp_is_lower(cp[s]))
                flags |= ST_TF_LOWER;
            else if (st_cp_is_digit(cp[s]))
                flags |= ST_TF_DIGIT;
            if ((st_cp_is_upper(cp[s]) || st_cp_is_digit(cp[s])) && all_caps(cp, s, i))
                flags |= ST_TF_ALLCAPS;     /* a word starting lower-case never is */
            if (push(out, (uint32_t)s, (uint32_t)i, ST_TOK_WORD, flags, err))
                return err ? err->code : ST_ERR_NOMEM;
            continue;
        }
        if (push(out, (uint32_t)i, (uint32_t)(i + 1), ST_TOK_PUNCT, 0, err))
            return err ? err->code : ST_ERR_NOMEM;
        i++;
    }
    return ST_OK;
}

void st_tokens_free(st_tokens *tk)
{
    free(tk->v);
    tk->v = NULL;
    tk->n = tk->cap = 0;
}

void st_folds_free(st_folds *f)
{
    free(f->s);
    free(f->off);
    f->s = NULL;
    f->off = NULL;
}

/* Writes the folded form of token k to out (size bytes with the NUL,
 * cut at a code point boundary); returns its length.  ASCII, most of any
 * article, takes no call. */
static size_t fold_into(const st_text *t, const st_token *k, char *out, size_t size)
{
    size_t o = 0;
    for (uint32_t i = k->start; i < k->end; i++) {
        uint32_t c = t->cp[i];
        if (c < 0x80) {
            if (o + 1 >= size)
                break;
            out[o++] = (char)st_cp_lower(c);
        } else {
            char enc[4];
            size_t n;
            c = st_cp_lower(c);
            if (c == 0x2019 || c == 0x2018)
                c = '\'';
            n = st_utf8_put(c, enc);
            if (o + n >= size)
                break;
            memcpy(out + o, enc, n);
            o += n;
        }
    }
    out[o] = '\0';
    return o;
}

/* fold_into for the common token: ASCII and short enough not to be cut,
 * so each code point is one table load and one store.  Anything else goes
 * to fold_into, which writes the same bytes for these. */
static size_t fold_ascii(const st_text *t, const st_token *k, char *out)
{
    const uint32_t *cp = t->cp + k->start;
    size_t n = k->end - k->start, i;
    if (n > ST_TOKEN_FOLD_MAX)
        return fold_into(t, k, out, ST_TOKEN_FOLD_MAX + 1);
    for (i = 0; i < n; i++) {
        uint32_t c = cp[i];
        if (c >= 0x80)
            return fold_into(t, k, out, ST_TOKEN_FOLD_MAX + 1);
        out[i] = (char)(c + ((st_ascii_class[c] & ST_CC_UPPER) ? 32 : 0));
    }
    out[n] = '\0';
    return n;
}

int st_tokens_fold(const st_text *t, const st_tokens *tk, st_folds *out, st_error *err)
{
    size_t k, bytes = 0, cap = 1;
    char *buf = NULL;
    uint32_t *off = malloc((tk->n + 1) * sizeof *off);

    out->s = NULL;
    out->off = NULL;
    /* A first guess of the room: most words are ASCII and short. */
    for (k = 0; k < tk->n; k++)
        cap += (tk->v[k].end - tk->v[k].start) + 1;
    if (off && cap < UINT32_MAX / 4)
        buf = malloc(cap);
    if (!buf)
        goto nomem;
    for (k = 0; k < tk->n; k++) {
        if (bytes + ST_TOKEN_FOLD_MAX + 1 > cap) {
            size_t ncap = cap * 2 + ST_TOKEN_FOLD_MAX + 1;
            char *nb = ncap < UINT32_MAX ? realloc(buf, ncap) : NULL;
            if (!nb)
                goto nomem;
            buf = nb;
            cap = ncap;
        }
        off[k] = (uint32_t)bytes;
        bytes += fold_ascii(t, &tk->v[k], buf + bytes) + 1;
    }
    off[tk->n] = (uint32_t)bytes;
    out->s = buf;
    out->off = off;
    return ST_OK;
nomem:
    free(buf);
    free(off);
    return st_error_set(err, ST_ERR_NOMEM, "out of memory folding %zu tokens", tk->n);
}

char *st_token_lower(const st_text *t, const st_token *k, char *buf, size_t size)
{
    fold_into(t, k, buf, size);
    return buf;
}

int st_token_is(const st_text *t, const st_token *k, const char *w)
{
    uint32_t i;
    size_t j = 0;

    for (i = k->start; i < k->end; i++, j++) {
        if (w[j] == '\0' || st_cp_lower(t->cp[i]) != (unsigned char)w[j])
            return 0;
    }
    return w[j] == '\0';
}
