/* reflow.c - which line breaks of a text are not paragraph breaks, and
 * where a text run together lost its paragraph breaks.
 *
 * The extractor reads a newline as a paragraph's end: a quote left open
 * there is carried into a paragraph that reopens it, or ends.  That is
 * right for web and feed text, where a paragraph is one line, and wrong
 * for text broken at a fixed width inside its paragraphs (plain-text wire
 * copy, press releases sent as e-mail), where every quotation that runs
 * over a line end would be lost.  So before pairing marks the extractor
 * asks st_reflow for a copy with the wraps read as spaces.
 *
 * A break between two non-blank lines is a wrap when the next line's
 * first word would not have fitted at the end of the line before it,
 * within the text's width: whoever wrapped the text had to break there.
 * A paragraph's short last line fails that test, so a paragraph that ends
 * without a blank line keeps its break.  The width is the length of the
 * longest lines (one line in sixteen may be longer: a URL, a table row).
 * The test is trusted only for a text wrapped as a whole: at least three
 * wraps, at least half of all breaks between non-blank lines, and few
 * lines past ST_REFLOW_MAX_WIDTH; a text whose paragraphs are each one
 * long line, or a page of short menu lines, is not unwrapped.
 *
 * Two breaks are kept even when forced: before a bullet, and before an
 * opening quote mark after a sentence's end, which is how a quotation
 * that runs over several paragraphs reopens (quotes.c needs that break).
 *
 * The opposite case, paragraphs run together into one line (some feeds
 * strip every newline), gets a newline where a sentence ends and a
 * quotation opens the next: the paragraph start that matters most to
 * attribution ("a quote paragraph continues the last speaker").  Both
 * edits replace one code point with one, so offsets are unchanged. */
#include "reflow.h"

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

/* One line of the text: [start, end) up to its newline, without it. */
typedef struct line {
    size_t start, end;
    size_t len;             /* up to the last visible code point */
    size_t first;           /* first visible code point */
    size_t first_word;      /* length of the first word */
    int blank;
} line;

/* Reads the line starting at start; returns the position of its newline,
 * or t->len (wmemchr: core/text.h). */
static size_t read_line(const st_text *t, size_t start, line *ln)
{
    const wchar_t *nl = wmemchr((const wchar_t *)t->cp + start, L'\n', t->len - start);
    size_t end = nl ? (size_t)(nl - (const wchar_t *)t->cp) : t->len, e = end, s = start, w;

    while (e > start && st_cp_is_space(t->cp[e - 1]))
        e--;
    while (s < e && st_cp_is_space(t->cp[s]))
        s++;
    for (w = s; w < e && !st_cp_is_space(t->cp[w]); w++)
        ;
    ln->start = start;
    ln->end = end;
    ln->len = e - start;
    ln->first = s;
    ln->first_word = w - s;
    ln->blank = s == e;
    return end;
}

static int is_bullet(uint32_t c)
{
    return c == 0x2022 || c == 0x25AA || c == 0x25E6 || c == 0xB7 || c == '*' || c == '-' ||
           c == 0x2013 || c == 0x2014;
}

static int is_open_mark(uint32_t c)
{
    return c == 0x201C || c == '"' || c == 0x2018 || c == '\'' || c == 0xAB || c == 0x201E;
}

/* 1 when the break between lines a and b (both non-blank) must stay. */
static int kept_break(const st_text *t, const line *a, const line *b)
{
    uint32_t first = t->cp[b->first], last = t->cp[a->start + a->len - 1];
    if (is_bullet(first) && b->first_word == 1)
        return 1;
    return is_open_mark(first) && st_cp_ends_sentence(last);
}

static int forced(const line *a, const line *b, size_t width)
{
    return a->len + 1 + b->first_word > width;
}

/* out = a copy of t, for the edits; -1 with err set when out of memory. */
static int copy_text(const st_text *t, st_text *out, st_error *err)
{
    out->cp = malloc((t->len + 1) * sizeof *out->cp);
    if (!out->cp) {
        st_error_set(err, ST_ERR_NOMEM, "out of memory reflowing %zu code points", t->len);
        return -1;
    }
    memcpy(out->cp, t->cp, (t->len + 1) * sizeof *out->cp);
    out->len = t->len;
    return 0;
}

/* A line this long is paragraphs run together, not one paragraph. */
#define RUN_TOGETHER_LINE 1000

/* 1 when the text before p ends a sentence (a closing mark aside). */
static int ends_sentence(const st_text *t, size_t p)
{
    uint32_t c;
    if (p == 0)
        return 0;
    c = t->cp[p - 1];
    if ((c == 0x201D || c == '"' || c == 0x2019 || c == '\'') && p > 1)
        c = t->cp[p - 2];
    return st_cp_ends_sentence(c);
}

/* In lines of paragraphs run together, the space between a sentence's
 * end and an opening mark becomes a newline: where a quotation opens a
 * sentence, a paragraph most likely began (and a quotation over several
 * paragraphs reopened).  Returns as st_reflow does. */
static int split_run_together(const st_text *t, st_text *out, st_error *err)
{
    size_t pos = 0, i;
    line a;
    int copied = 0;
    while (pos <= t->len) {
        pos = read_line(t, pos, &a);
        if (a.len >= RUN_TOGETHER_LINE) {
            for (i = a.start + 1; i + 1 < a.start + a.len; i++) {
                if (t->cp[i] != ' ' || !is_open_mark(t->cp[i + 1]) || !ends_sentence(t, i))
                    continue;
                if (!copied && copy_text(t, out, err) != 0)
                    return -1;
                copied = 1;
                out->cp[i] = '\n';
            }
        }
        pos++;
    }
    return copied;
}

int st_reflow(const st_text *t, st_text *out, st_error *err)
{
    size_t hist[ST_REFLOW_MAX_WIDTH + 1] = { 0 };
    size_t nonblank = 0, overlong = 0, width = 0, breaks = 0, wraps = 0, longer = 0, pos;
    size_t longest = 0;
    line a, b;

    if (t->len == 0)
        return 0;
    for (pos = 0; pos <= t->len; pos++) {
        pos = read_line(t, pos, &a);
        if (a.blank)
            continue;
        nonblank++;
        if (a.len > longest)
            longest = a.len;
        if (a.len > ST_REFLOW_MAX_WIDTH)
            overlong++;
        else
            hist[a.len]++;
    }
    if (nonblank < 4 || overlong * 10 > nonblank)
        return longest >= RUN_TOGETHER_LINE ? split_run_together(t, out, err) : 0;
    /* The width: the length reached by the longest lines, one line in
     * sixteen allowed past it. */
    longer = overlong;
    for (width = ST_REFLOW_MAX_WIDTH; width > 0; width--) {
        longer += hist[width];
        if (longer > nonblank / 16)
            break;
    }
    if (width < 30)
        return 0;
    pos = read_line(t, 0, &a);
    while (pos < t->len) {
        pos = read_line(t, pos + 1, &b);
        if (!a.blank && !b.blank) {
            breaks++;
            wraps += forced(&a, &b, width) && !kept_break(t, &a, &b);
        }
        a = b;
    }
    if (wraps < 3 || wraps * 2 < breaks)
        return 0;

    if (copy_text(t, out, err) != 0)
        return -1;
    pos = read_line(t, 0, &a);
    while (pos < t->len) {
        pos = read_line(t, pos + 1, &b);
        if (!a.blank && !b.blank && forced(&a, &b, width) && !kept_break(t, &a, &b)) {
            out->cp[a.end] = ' ';
            if (a.end > a.start && out->cp[a.end - 1] == '\r')
                out->cp[a.end - 1] = ' ';
        }
        a = b;
    }
    return 1;
}
