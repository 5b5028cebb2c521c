/* tokens.c - the positioned tokenizer shared by extraction and features. */
#include "tokens.h"
#include "../core/util.h"

#include <stdlib.h>
#include <string.h>

static int push(st_tokens *tk, uint32_t s, uint32_t e, uint8_t type, uint8_t flags,
                st_error *err)
{
    if (st_grow((void **)&tk->v, &tk->cap, tk->n, sizeof *tk->v))
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
            int letters = 0, uppers = 0;
            while (i < to) {
                uint32_t d = cp[i];
                if (is_word_cp(d)) {
                    if (st_cp_is_letter(d)) {
                        letters++;
                        uppers += st_cp_is_upper(d);
                    }
                    i++;
                } else if (is_joiner(d) && i + 1 < to && is_word_cp(cp[i + 1]) &&
                           !(is_mark && is_mark[i])) {
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
            else if (st_cp_is_lower(cp[s]))
                flags |= ST_TF_LOWER;
            else if (st_cp_is_digit(cp[s]))
                flags |= ST_TF_DIGIT;
            if (letters >= 2 && uppers == letters)
                flags |= ST_TF_ALLCAPS;
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

char *st_token_lower(const st_text *t, const st_token *k, char *buf, size_t size)
{
    size_t o = 0;
    uint32_t i;

    for (i = k->start; i < k->end; i++) {
        char enc[4];
        uint32_t c = st_cp_lower(t->cp[i]);
        size_t n;
        if (c == 0x2019 || c == 0x2018)
            c = '\'';
        n = st_utf8_put(c, enc);
        if (o + n >= size)
            break;
        memcpy(buf + o, enc, n);
        o += n;
    }
    buf[o] = '\0';
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
