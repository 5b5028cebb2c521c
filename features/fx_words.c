/* fx_words.c - a statement split into the feature extractor's words.
 *
 * A word here is a word of the shared tokenizer (tokens.c): statements go
 * through the decoder and st_tokenize, except the mostly-ASCII ones a
 * byte-level splitter handles with the same rules (checked against the
 * tokenizer when the features load and in the test suite; see "The fast
 * path" below).  Everything later
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

/* Fills in what w->s implies, its hashes already set: entries, classes. */
static void describe_hashed(const st_lexicon *lx, fx_word *w)
{
    size_t len = w->len;
    w->exact = st_lexicon_find(lx, w->h64, len, same_bytes, w->s);
    w->entry = w->exact;
    if (!w->entry && len > 3 && w->s[len - 2] == '\'' && w->s[len - 1] == 's')
        w->entry = st_lexicon_find(lx, st_lex_hash(w->s, len - 2), len - 2, same_bytes,
                                   w->s);   /* "dictator's" */
    w->max_from = (uint8_t)st_lexicon_max_from_hash(lx, w->h64);
    w->cls = word_class(w->s, len);
}

/* Fills in what w->s implies: hashes, entries, classes. */
static void describe_word(const st_lexicon *lx, fx_word *w)
{
    uint64_t h64 = ST_LEX_HASH_INIT;
    uint32_t h32 = FX_FNV32_INIT;
    for (size_t i = 0; i < w->len; i++) {
        h64 = (h64 ^ (unsigned char)w->s[i]) * 1099511628211ULL;
        h32 = (h32 ^ (unsigned char)w->s[i]) * FX_FNV32_PRIME;
    }
    w->h64 = h64;
    w->h32 = h32;
    describe_hashed(lx, w);
}

/* The UTF-8 length of one code point. */
static size_t utf8_len(uint32_t c)
{
    return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

/* Splits UTF-8 into lower-cased words and punctuation through the shared
 * decoder and tokenizer; skips the byte range [skip_from, skip_to) (the
 * fragment inside its context). */
static int split_general(const st_lexicon *lx, const char *utf8, size_t skip_from,
                         size_t skip_to, fx_word *room, size_t room_n, fx_word **out,
                         size_t *n, st_error *err)
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
        *out = cap <= room_n && room ? room : malloc((cap ? cap : 1) * sizeof **out);
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

/* The fast path.  Most statements are ASCII apart from a few typographic
 * marks, and for those st_tokenize's rules come down to a few byte tests
 * on st_ascii_class (the same table it reads).  Such a statement is
 * copied into one byte per code point, the marks replaced by stand-ins:
 * FAST_APOS for ’ and ‘ (apostrophes: they join words and fold to '),
 * FAST_MARK for “ ” « » — – (punctuation outside ASCII, which features
 * drop) and FAST_ELLIPSIS for … (which features read as '.').  Anything
 * else outside ASCII, the stand-in bytes themselves, or a statement longer
 * than FAST_MAX bytes takes the general path.  fx_words_init compares
 * the two paths when the features load and turns this one off if they
 * ever disagree (tokens.c changed); the features suite compares them on
 * the whole training set. */
#define FAST_APOS 1
#define FAST_MARK 2
#define FAST_ELLIPSIS 3
#define FAST_MAX 4096

/* Maps utf8 into b (one byte per code point) and the skip range with it;
 * 0 when the statement needs the general path. */
static int fast_map(const char *utf8, size_t len, size_t skip_from, size_t skip_to,
                    uint8_t *b, size_t *blen, size_t *bfrom, size_t *bto)
{
    const uint8_t *u = (const uint8_t *)utf8;
    const uint64_t high = 0x8080808080808080ULL, fours = 0x0404040404040404ULL;
    size_t i = 0, o = 0, saved_from = 0, saved_to = 0;
    if (len > FAST_MAX)
        return 0;
    while (i < len) {
        uint8_t c = u[i];
        size_t n;
        uint64_t x;
        /* Runs of plain ASCII (no byte >= 0x80 or < 4) eight at a time. */
        if (i + 8 <= len) {
            memcpy(&x, u + i, 8);
            if (!(x & high) && !((x - fours) & ~x & high)) {
                memcpy(b + o, &x, 8);
                i += 8;
                o += 8;
                continue;
            }
        }
        if (c < 0x80) {
            if (c >= FAST_APOS && c <= FAST_ELLIPSIS)
                return 0;
            b[o++] = c;
            i++;
            continue;
        }
        if (c == 0xC2 && i + 1 < len && (u[i + 1] == 0xAB || u[i + 1] == 0xBB)) {
            b[o++] = FAST_MARK;                     /* « » */
            n = 2;
        } else if (c == 0xE2 && i + 2 < len && u[i + 1] == 0x80) {
            uint8_t d = u[i + 2];
            if (d == 0x98 || d == 0x99)
                b[o++] = FAST_APOS;                 /* ‘ ’ */
            else if (d == 0x9C || d == 0x9D || d == 0x93 || d == 0x94)
                b[o++] = FAST_MARK;                 /* “ ” – — */
            else if (d == 0xA6)
                b[o++] = FAST_ELLIPSIS;             /* … */
            else
                return 0;
            n = 3;
        } else {
            return 0;
        }
        /* A skip bound inside this code point: the general path's way. */
        if ((skip_from > i && skip_from < i + n) || (skip_to > i && skip_to < i + n))
            return 0;
        if (i < skip_from)
            saved_from += n - 1;
        if (i < skip_to)
            saved_to += n - 1;
        i += n;
    }
    *blen = o;
    *bfrom = skip_from <= len ? skip_from - saved_from : o;
    *bto = skip_to <= len ? skip_to - saved_to : o;
    return 1;
}

/* Mapped bytes are all below 0x80. */
static int fast_word_byte(uint8_t c)
{
    return st_ascii_class[c] & (ST_CC_LETTER | ST_CC_DIGIT);
}

static int fast_joiner(uint8_t c)
{
    return c == '\'' || c == '-' || c == '.' || c == FAST_APOS;
}

/* st_tokenize's rules over the mapped bytes, making words as
 * split_general does. */
static int split_fast(const st_features *fx, const uint8_t *b, size_t len, size_t skip_from,
                      size_t skip_to, fx_word *room, size_t room_n, fx_word **out, size_t *n,
                      st_error *err)
{
    const st_lexicon *lx = &fx->lex;
    const uint8_t *fold = fx->fast_fold;
    size_t i = 0, k = 0;
    int skipping = skip_to > skip_from;
    /* at most a word per byte */
    fx_word *v = len <= room_n && room ? room : malloc((len ? len : 1) * sizeof *v);

    *out = NULL;
    *n = 0;
    if (!v)
        return st_error_set(err, ST_ERR_NOMEM, "out of memory extracting features");
    while (i < len && k < ST_FX_MAX_TOKENS) {
        uint8_t c = b[i];
        size_t s = i;
        fx_word *w = &v[k];
        if (c == '\n') {        /* a paragraph break: no word */
            while (i < len && (b[i] == '\n' || (st_ascii_class[b[i]] & ST_CC_SPACE)))
                i++;
            continue;
        }
        if (st_ascii_class[c] & ST_CC_SPACE) {
            i++;
            continue;
        }
        if (fast_word_byte(c)) {
            while (i < len) {
                uint8_t d = b[i];
                if (fast_word_byte(d))
                    i++;
                else if (fast_joiner(d) && i + 1 < len && fast_word_byte(b[i + 1])) {
                    if (d == '.' && i + 2 < len &&
                        st_initial_dot_name(b[s], i - s > 1 ? b[s + 1] : 0, i - s, b[i + 1],
                                            b[i + 2]))
                        break;  /* as st_tokenize: "N.Alakbarov" */
                    i++;
                }
                else if (d == ',' && i + 1 < len && st_cp_is_digit(b[i + 1]) &&
                         st_cp_is_digit(b[i - 1]))
                    i++;    /* 200,000 stays one number */
                else
                    break;
            }
            if (i < len && b[i] == '.' && i - s >= 2 && b[i - 2] == '.')
                i++;        /* U.S., e.g. */
            if (skipping && s >= skip_from && s < skip_to)
                continue;
            w->punct = 0;
            if (st_cp_is_digit(c)) {
                memcpy(w->s, "<num>", 6);
                w->len = 5;
                describe_word(lx, w);
            } else {
                /* Folded and hashed in one pass. */
                size_t m = i - s < FX_TOK_MAX - 1 ? i - s : FX_TOK_MAX - 1, j;
                uint64_t h64 = ST_LEX_HASH_INIT;
                uint32_t h32 = FX_FNV32_INIT;
                for (j = 0; j < m; j++) {
                    uint8_t f = fold[b[s + j]];
                    w->s[j] = (char)f;
                    h64 = (h64 ^ f) * 1099511628211ULL;
                    h32 = (h32 ^ f) * FX_FNV32_PRIME;
                }
                w->s[m] = '\0';
                w->len = (uint8_t)m;
                w->h64 = h64;
                w->h32 = h32;
                describe_hashed(lx, w);
            }
            k++;
            continue;
        }
        i++;                    /* any other character is a token alone */
        if ((skipping && s >= skip_from && s < skip_to) || c == FAST_MARK || c == FAST_APOS)
            continue;           /* marks outside ASCII carry nothing */
        memset(w, 0, sizeof *w);
        w->punct = c == FAST_ELLIPSIS ? '.' : c;
        w->s[0] = (char)w->punct;
        w->len = 1;
        k++;
    }
    *out = v;
    *n = k;
    return ST_OK;
}

/* fx_split_words, writing into room (room_n words) when the words fit. */
static int split_into(const st_features *fx, const char *utf8, size_t skip_from, size_t skip_to,
                      enum fx_split_path path, fx_word *room, size_t room_n, fx_word **out,
                      size_t *n, st_error *err)
{
    uint8_t b[FAST_MAX];
    size_t blen, bfrom, bto;
    if (path != FX_SPLIT_GENERAL && fx->fast_words &&
        fast_map(utf8, strlen(utf8), skip_from, skip_to, b, &blen, &bfrom, &bto))
        return split_fast(fx, b, blen, bfrom, bto, room, room_n, out, n, err);
    if (path == FX_SPLIT_FAST) {
        *out = NULL;
        *n = 0;
        return ST_ERR_INPUT;
    }
    return split_general(&fx->lex, utf8, skip_from, skip_to, room, room_n, out, n, err);
}

int fx_split_words(const st_features *fx, const char *utf8, size_t skip_from, size_t skip_to,
                   enum fx_split_path path, fx_word **out, size_t *n, st_error *err)
{
    return split_into(fx, utf8, skip_from, skip_to, path, NULL, 0, out, n, err);
}

/* Statements that exercise every rule of the fast path. */
static const char *const selfcheck_texts[] = {
    "China’s and China‘s, ’tis ‘quoted’ and ’ alone; it's O'Brien's, rock 'n' roll'",
    "“Full” «guillemets» – en — em…and … ellipsis, a…b",
    "U.S. e.g. a.b.c. i.e.x Mr. No. 4. 4.5 .5 5. a..b a-b -a a- al-Assad el-Sisi A-B",
    "200,000 and 4,5,6 a,4 4,a ,4 4, 1,000.50 3rd 2024-11-29 x1 1x",
    "line one\nline two\n\n  para three\n \n",
    "MiXeD CaSe UPPER lower 42 ? ! ; : ( ) [ ] { } / \\ @ # $ % ^ & * _ + = < > | ~ ` \"",
    "tab\tvertical\vform\freturn\r end",
    "averyveryveryveryveryveryveryverylongwordthatpassesfortysevenbytesforsure and short",
    "",
};

static int selfcheck(const st_features *fx)
{
    size_t t;
    for (t = 0; t < sizeof selfcheck_texts / sizeof *selfcheck_texts; t++) {
        const char *text = selfcheck_texts[t];
        for (int with_skip = 0; with_skip < 2; with_skip++) {
            fx_word *a = NULL, *g = NULL;
            size_t na = 0, ng = 0, k;
            size_t from = with_skip ? strlen(text) / 4 : 0, to = with_skip ? strlen(text) / 2 : 0;
            int same;
            st_error err;
            /* a skip range starts and ends on code points */
            while (from > 0 && ((unsigned char)text[from] & 0xC0) == 0x80)
                from--;
            while (to > 0 && ((unsigned char)text[to] & 0xC0) == 0x80)
                to--;
            if (fx_split_words(fx, text, from, to, FX_SPLIT_FAST, &a, &na, &err) != ST_OK ||
                fx_split_words(fx, text, from, to, FX_SPLIT_GENERAL, &g, &ng, &err) != ST_OK) {
                free(a);
                free(g);
                return 0;
            }
            same = na == ng;
            for (k = 0; same && k < na; k++)
                same = a[k].len == g[k].len && a[k].punct == g[k].punct &&
                       memcmp(a[k].s, g[k].s, a[k].len) == 0;
            free(a);
            free(g);
            if (!same)
                return 0;
        }
    }
    return 1;
}

void fx_words_init(st_features *fx)
{
    for (uint32_t c = 0; c < 128; c++)
        fx->fast_fold[c] = (uint8_t)st_cp_lower(c);
    fx->fast_fold[FAST_APOS] = '\'';
    /* Same words either way, or the fast path stays off. */
    fx->fast_words = 1;
    fx->fast_words = selfcheck(fx);
}

int fx_split_statement(const st_features *fx, const st_statement *s, fx_word *room,
                       size_t room_n, fx_word **w, size_t *n, fx_word **cw, size_t *cn,
                       st_error *err)
{
    int rc = split_into(fx, s->text, 0, 0, FX_SPLIT_ANY, room, room_n, w, n, err);
    *cw = NULL;
    *cn = 0;
    if (rc != ST_OK || !s->context)
        return rc;
    {
        const char *at = strstr(s->context, s->text);
        size_t from = at ? (size_t)(at - s->context) : 0;
        size_t to = at ? from + strlen(s->text) : 0;
        rc = split_into(fx, s->context, from, to, FX_SPLIT_ANY, NULL, 0, cw, cn, err);
    }
    if (rc != ST_OK) {
        if (*w != room)
            free(*w);
        *w = NULL;
    }
    return rc;
}
