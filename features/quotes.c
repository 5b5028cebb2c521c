/* quotes.c - pairing quote marks into statements.
 *
 * Marks are classified by glyph and neighbours (an apostrophe inside a word
 * is not a mark, whichever glyph a CMS used), paired per paragraph on a
 * stack so nested quotes stay inside the outer one, and carried across a
 * paragraph break when the next paragraph reopens with the same family:
 * the multi-paragraph convention of news writing.  Each top-level pair is
 * then judged a statement or not (scare quote, title, name) by evidence.c,
 * and attrib.c says who said it. */
#include "quotes.h"
#include "evidence.h"
#include "reflow.h"
#include "../core/util.h"

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

enum { FAM_DOUBLE = 1, FAM_SINGLE, FAM_GUIL, FAM_CORNER, FAM_CORNER2 };
enum { ROLE_OPEN = 1, ROLE_CLOSE = 2, ROLE_BOTH = 3 };

typedef struct mark {
    size_t pos;
    uint8_t fam, role;
    uint8_t possessive;     /* a closing ’ after -s that may be an apostrophe */
} mark;

typedef struct span {
    size_t open, close;     /* mark positions; close = end of content */
} span;

typedef struct vec {
    void *v;
    size_t n, cap, size;
} vec;

static void *vec_push(vec *a)
{
    if (st_grow(&a->v, &a->cap, a->n, a->size))
        return NULL;
    return (char *)a->v + a->size * a->n++;
}

static int open_context(uint32_t p)
{
    return p == 0 || st_cp_is_space(p) || p == '(' || p == '[' || p == '{' ||
           p == 0x2014 || p == 0x2013 || p == '-' || p == '/' || p == 0x201C ||
           p == 0x2018 || p == '"' || p == '\'' || p == 0xAB || p == 0x2022 ||
           p == ':' || p == 0x300C;
}

/* '90s, ’80s: an elided century, not a quotation. */
static int elided_year(const uint32_t *cp, size_t i, size_t len)
{
    return i + 3 < len + 1 && st_cp_is_digit(cp[i + 1]) && i + 2 < len &&
           st_cp_is_digit(cp[i + 2]) && (i + 3 >= len || !st_cp_is_digit(cp[i + 3]));
}

/* Classifies the code point at i; returns 0 when it is not a quote mark. */
static int classify(const uint32_t *cp, size_t i, size_t len, mark *m)
{
    uint32_t c = cp[i];
    uint32_t p = i ? cp[i - 1] : 0;
    uint32_t n = i + 1 < len ? cp[i + 1] : 0;
    int pctx = open_context(p);
    int nspace = n == 0 || st_cp_is_space(n);

    m->pos = i;
    m->possessive = 0;
    switch (c) {
    case 0x201C: /* “ */
        /* closing after a word when a space or a sentence's punctuation
         * follows: the German and Balkan „…“, and the wrong glyph */
        m->fam = FAM_DOUBLE;
        m->role = (st_cp_is_alnum(p) || p == '.' || p == ',') &&
                          (nspace || n == '.' || n == ',' || n == ';' || n == ':' || n == ')' ||
                           n == '?' || n == '!')
                      ? ROLE_CLOSE
                      : ROLE_OPEN;
        return 1;
    case 0x201E: /* „ */
        m->fam = FAM_DOUBLE;
        m->role = ROLE_OPEN;
        return 1;
    case 0x201D: /* ” */
        m->fam = FAM_DOUBLE;
        m->role = pctx && !nspace && p != 0x201C ? ROLE_OPEN : ROLE_CLOSE;
        return 1;
    case '"':
        m->fam = FAM_DOUBLE;
        if (pctx && nspace)
            return 0;
        m->role = pctx ? ROLE_OPEN : (nspace || !st_cp_is_alnum(n)) ? ROLE_CLOSE : ROLE_BOTH;
        return 1;
    case 0x2018: /* ‘ */
        if (st_cp_is_alnum(p) || elided_year(cp, i, len))
            return 0;   /* China‘s: the wrong glyph for an apostrophe */
        m->fam = FAM_SINGLE;
        m->role = ROLE_OPEN;
        return !nspace;
    case 0x2019: /* ’ */
    case '\'':
        if (st_cp_is_alnum(p) && st_cp_is_alnum(n))
            return 0;   /* China’s, don't */
        m->fam = FAM_SINGLE;
        if (pctx) {
            if (nspace || elided_year(cp, i, len) || c == 0x2019)
                return 0;
            m->role = ROLE_OPEN;
            return 1;
        }
        m->role = ROLE_CLOSE;
        m->possessive = (p == 's' || p == 'S') && nspace;
        return 1;
    case 0xAB: /* « */
        /* closing right after a word or a stop: Danish and German
         * »…« (French «…» opens after a space) */
        m->fam = FAM_GUIL;
        m->role = p && !pctx && !st_cp_is_space(p) && (nspace || !st_cp_is_alnum(n)) ? ROLE_CLOSE
                                                                                     : ROLE_OPEN;
        return 1;
    case 0xBB: /* » */
        /* opening after a space and right before a word: »…« */
        m->fam = FAM_GUIL;
        m->role = pctx && st_cp_is_alnum(n) ? ROLE_OPEN : ROLE_CLOSE;
        return 1;
    case 0x300C: case 0x300D: /* 「 」 */
        m->fam = FAM_CORNER;
        m->role = c == 0x300C ? ROLE_OPEN : ROLE_CLOSE;
        return 1;
    case 0x300E: case 0x300F: /* 『 』 */
        m->fam = FAM_CORNER2;
        m->role = c == 0x300E ? ROLE_OPEN : ROLE_CLOSE;
        return 1;
    default:
        return 0;
    }
}

/* The pairing state carried from paragraph to paragraph. */
typedef struct pairer {
    mark stack[ST_QUOTES_MAX_DEPTH];
    size_t depth;
    vec children;           /* spans closed directly inside stack[0] */
    vec out;                /* top-level spans */
} pairer;

static int emit(vec *to, size_t open, size_t close)
{
    span *s = vec_push(to);
    if (!s)
        return -1;
    s->open = open;
    s->close = close;
    return 0;
}

static int stack_find(const pairer *pr, uint8_t fam)
{
    size_t k = pr->depth;
    while (k > 0) {
        k--;
        if (pr->stack[k].fam == fam)
            return (int)k;
    }
    return -1;
}

/* 1 when a later single closing mark in this paragraph, before any single
 * opening mark, makes the possessive reading of m the likelier one. */
static int later_single_close(const mark *ms, size_t i, size_t n)
{
    size_t j;
    for (j = i + 1; j < n; j++) {
        if (ms[j].fam != FAM_SINGLE)
            continue;
        return ms[j].role != ROLE_OPEN;
    }
    return 0;
}

static size_t para_end(const st_text *t, size_t i);
static size_t next_para_first(const st_text *t, size_t i);

/* 1 when m, a closing ’ after -s and the paragraph's last single mark, is
 * better read as an apostrophe: the quote it would close opened the
 * paragraph, and the next paragraph reopens it ("'… the other parties'
 * lists the same way." then "'I am not angry …'"), so closing it here
 * would leave the rest of the paragraph unquoted. */
static int possessive_before_reopen(const st_text *t, const pairer *pr, int at, size_t pstart,
                                    size_t pe, const mark *ms, size_t i, size_t n)
{
    size_t first = pstart, nf, j;
    const mark *m = &ms[i];
    mark reopen;
    for (j = i + 1; j < n; j++)
        if (ms[j].fam == FAM_SINGLE)
            return 0;
    while (first < pe && st_cp_is_space(t->cp[first]))
        first++;
    if (at != 0 || pr->stack[0].pos != first || m->fam != FAM_SINGLE)
        return 0;
    nf = next_para_first(t, pe);
    return nf < t->len && classify(t->cp, nf, para_end(t, nf), &reopen) &&
           reopen.fam == FAM_SINGLE && reopen.role == ROLE_OPEN;
}

/* The newline ending the paragraph at i, or t->len (wmemchr: core/text.h). */
static size_t para_end(const st_text *t, size_t i)
{
    const wchar_t *nl;
    if (i >= t->len)
        return t->len;
    nl = wmemchr((const wchar_t *)t->cp + i, L'\n', t->len - i);
    return nl ? (size_t)(nl - (const wchar_t *)t->cp) : t->len;
}

/* Position of the first visible character of the next non-blank paragraph
 * after the break at i, or t->len. */
static size_t next_para_first(const st_text *t, size_t i)
{
    while (i < t->len && (t->cp[i] == '\n' || st_cp_is_space(t->cp[i])))
        i++;
    return i;
}

/* 1 when the code point before pos, past white space, ends a sentence. */
static int after_sentence_end(const st_text *t, size_t pos)
{
    uint32_t c;
    while (pos > 0 && st_cp_is_space(t->cp[pos - 1]))
        pos--;
    if (pos == 0)
        return 0;
    c = t->cp[pos - 1];
    return st_cp_ends_sentence(c);
}

/* The ASCII quote marks, as one table load per code point. */
static const uint8_t ascii_mark[128] = { ['"'] = 1, ['\''] = 1 };

static int pair_marks(const st_text *t, pairer *pr)
{
    vec ms = { NULL, 0, 0, sizeof(mark) };
    size_t i = 0, skip_reopen = ST_NO_POS;
    int rc = 0;

    while (i < t->len && rc == 0) {
        size_t pe = para_end(t, i), pstart = i, k;
        ms.n = 0;
        for (k = i; k < pe; k++) {
            mark m;
            uint32_t c;
            k = st_cp_find_ascii2(t->cp, k, pe, '"', '\'');
            if (k >= pe)
                break;
            c = t->cp[k];
            /* Most characters are not marks: test the glyph before looking
             * at neighbours. */
            if (c < 0x80 ? !ascii_mark[c]
                         : (c < 0x2018 || c > 0x201E) && c != 0xAB && c != 0xBB &&
                           (c < 0x300C || c > 0x300F))
                continue;
            if (k == skip_reopen || !classify(t->cp, k, pe, &m))
                continue;
            mark *slot = vec_push(&ms);
            if (!slot) {
                rc = -1;
                break;
            }
            *slot = m;
        }
        for (k = 0; k < ms.n && rc == 0; k++) {
            mark *m = (mark *)ms.v + k;
            int at = stack_find(pr, m->fam);
            int closes = m->role == ROLE_CLOSE || (m->role == ROLE_BOTH && at >= 0);
            if (m->fam == FAM_DOUBLE && m->role == ROLE_OPEN && at >= 0 &&
                t->cp[m->pos] == '"' && t->cp[pr->stack[at].pos] == '"' &&
                !st_cp_is_space(m->pos ? t->cp[m->pos - 1] : ' '))
                closes = 1;
            if (closes) {
                if (at < 0)
                    continue;   /* a close with no opener: stray */
                if (m->possessive && (later_single_close(ms.v, k, ms.n) ||
                                      possessive_before_reopen(t, pr, at, pstart, pe, ms.v, k, ms.n)))
                    continue;
                pr->depth = (size_t)at;
                if (pr->depth == 0) {
                    rc = emit(&pr->out, pr->stack[0].pos, m->pos);
                    pr->children.n = 0;
                } else if (pr->depth == 1) {
                    rc = emit(&pr->children, pr->stack[at].pos, m->pos);
                }
            } else if (pr->depth == 1 && at == 0 && after_sentence_end(t, m->pos)) {
                /* “… matter. “What we …: the quote's own family opening a
                 * sentence inside it reopens it, as a new paragraph would
                 * (text whose paragraphs were run together). */
                continue;
            } else if (pr->depth < ST_QUOTES_MAX_DEPTH) {
                pr->stack[pr->depth++] = *m;
            }
        }
        skip_reopen = ST_NO_POS;
        if (pr->depth > 0 && rc == 0) {
            mark *b = &pr->stack[0];
            size_t nf = next_para_first(t, pe);
            mark reopen;
            if (nf < t->len && classify(t->cp, nf, para_end(t, nf), &reopen) &&
                reopen.fam == b->fam && reopen.role != ROLE_CLOSE) {
                /* Multi-paragraph quote: the next paragraph reopens it. */
                pr->depth = 1;
                skip_reopen = nf;
            } else {
                size_t first = pstart;
                while (first < pe && st_cp_is_space(t->cp[first]))
                    first++;
                if (b->pos == first || b->pos < pstart) {
                    /* A quote opened at a paragraph start and never closed:
                     * the paragraph is the quote. */
                    size_t e = st_ev_trim_end(t, b->pos + 1, pe);
                    if (e > b->pos + 1)
                        rc = emit(&pr->out, b->pos, e);
                } else {
                    /* A stray opener: what it seemed to nest is top level. */
                    size_t c;
                    for (c = 0; c < pr->children.n && rc == 0; c++) {
                        span *s = (span *)pr->children.v + c;
                        rc = emit(&pr->out, s->open, s->close);
                    }
                }
                pr->depth = 0;
                pr->children.n = 0;
            }
        }
        i = pe < t->len ? pe + 1 : pe;
    }
    free(ms.v);
    return rc;
}

static int span_cmp(const void *a, const void *b)
{
    const span *x = a, *y = b;
    return x->open < y->open ? -1 : x->open > y->open;
}

/* A span found not to be a statement: its words and both its marks are
 * the reporter's text again (a name after a quoted nickname, Lee
 * “Bulldog” Hartnell, must not stop at the closing mark). */
static void unquote(st_doc *d, const span *s)
{
    size_t end = s->close < d->t->len ? s->close + 1 : d->t->len;
    memset(d->in_quote + s->open, 0, end - s->open);
}

size_t st_doc_token_at(const st_doc *d, size_t pos)
{
    size_t lo = 0, hi = d->tk.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->tk.v[mid].start < pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

int st_quotes_extract(const st_text *t, st_quotes *out, st_error *err)
{
    pairer pr;
    st_doc d;
    st_text reflowed = { NULL, 0 };
    size_t i, k, words;
    int rc = ST_OK, title;

    memset(&pr, 0, sizeof pr);
    memset(&d, 0, sizeof d);
    pr.children.size = pr.out.size = sizeof(span);
    out->n = 0;
    /* Hard-wrapped text is read with its line wraps as spaces, and
     * paragraphs run together are split again (reflow.c); offsets are the
     * same in both texts. */
    switch (st_reflow(t, &reflowed, err)) {
    case -1:
        return ST_ERR_NOMEM;
    case 1:
        t = &reflowed;
        break;
    }
    d.t = t;
    d.is_mark = calloc(t->len + 1, 1);
    d.in_quote = calloc(t->len + 1, 1);
    d.stop = calloc(t->len + 1, 1);
    if (!d.is_mark || !d.in_quote || !d.stop || pair_marks(t, &pr) != 0) {
        rc = st_error_set(err, ST_ERR_NOMEM, "out of memory pairing quote marks");
        goto done;
    }
    if (pr.out.n > 1)
        qsort(pr.out.v, pr.out.n, sizeof(span), span_cmp);
    for (i = 0; i < pr.out.n; i++) {
        span *s = (span *)pr.out.v + i;
        d.is_mark[s->open] = 1;
        if (s->close < t->len && t->cp[s->close] != '\n')
            d.is_mark[s->close] = 1;
        memset(d.in_quote + s->open, 1, s->close - s->open + 1 > t->len - s->open
               ? t->len - s->open : s->close - s->open + 1);
    }
    if (st_tokenize(t, 0, t->len, d.is_mark, &d.tk, err) != ST_OK ||
        st_tokens_fold(t, &d.tk, &d.folds, err) != ST_OK) {
        rc = err ? err->code : ST_ERR_NOMEM;
        goto done;
    }
    st_ev_sentence_stops(&d, d.stop);
    /* Each token's word class, looked up the first time it is asked for
     * (attrib_int.h): the attributor asks about the same words hundreds of
     * times per article. */
    d.wc = malloc((d.tk.n + 1) * sizeof *d.wc);
    d.name_wc = malloc((d.tk.n + 1) * sizeof *d.name_wc);
    if (!d.wc || !d.name_wc) {
        rc = st_error_set(err, ST_ERR_NOMEM, "out of memory (%zu tokens)", d.tk.n);
        goto done;
    }
    for (k = 0; k < d.tk.n; k++)
        d.wc[k] = d.name_wc[k] = ST_DOC_WC_UNSEEN;
    for (i = 0; i < pr.out.n && out->n < ST_QUOTES_MAX; i++) {
        span *s = (span *)pr.out.v + i;
        st_quote q;
        memset(&q, 0, sizeof q);
        q.open_mark = s->open;
        q.start = s->open + 1;
        q.end = s->close;
        q.mention_start = q.mention_end = ST_NO_POS;
        q.kind = st_ev_decide_kind(t, s->open, q.start, q.end);
        /* A span without a word is never a statement: dropped before the
         * sentence scan (100,000 quote marks in a row are 50,000 spans). */
        words = st_ev_count_words(t, q.start, q.end, &title);
        if (words == 0) {
            unquote(&d, s);
            continue;
        }
        st_ev_sentence_bounds(&d, &q, s->close);
        if (!st_ev_is_statement(&d, &q, words, title)) {
            unquote(&d, s);
            continue;
        }
        if (st_grow((void **)&out->v, &out->cap, out->n, sizeof *out->v)) {
            rc = st_error_set(err, ST_ERR_NOMEM, "out of memory (%zu quotes)", out->n);
            goto done;
        }
        out->v[out->n++] = q;
    }
    /* Scare quotes dropped above no longer hide sentence breaks. */
    for (k = 0; k < out->n; k++) {
        st_quote *q = &out->v[k];
        st_ev_sentence_bounds(&d, q, q->end);
    }
    rc = st_attrib_run(&d, out, err);
done:
    free(pr.children.v);
    free(pr.out.v);
    free(d.is_mark);
    free(d.in_quote);
    free(d.stop);
    free(d.wc);
    free(d.name_wc);
    st_tokens_free(&d.tk);
    st_folds_free(&d.folds);
    free(reflowed.cp);
    return rc;
}

void st_quotes_free(st_quotes *q)
{
    size_t i;
    for (i = 0; i < q->n; i++)
        free(q->v[i].speaker);
    free(q->v);
    q->v = NULL;
    q->n = q->cap = 0;
}

const char *st_quote_kind_name(int kind)
{
    return kind == ST_KIND_PARTIAL ? "partial" : "full";
}
