/* test_layout.c - the same article in the layouts real feeds deliver.
 *
 * One team-written article, its statements and speakers checked with its
 * paragraphs split three ways; then hard-wrapped at several widths (blank-line and single-newline
 * paragraphs, LF and CRLF), which must yield the same statements with
 * the same speakers, and at the same offsets where the layout keeps
 * them.  Texts that are not wrapped must come out of reflow.c untouched. */
#include "suites.h"
#include "../features/quotes.h"
#include "../features/reflow.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const paragraphs[] = {
    "\xE2\x80\x98Nobody here can wait another month\xE2\x80\x99: Valmora port strike enters "
    "second week as talks stall",
    "VALMORA (Wire) \xE2\x80\x94 Dockworkers at the port of Valmora stayed off the job for an "
    "eighth day on Tuesday after talks between their union and the harbour authority broke "
    "up without agreement late on Monday night.",
    "\xE2\x80\x98We came to the table with a serious offer and we were told to wait another "
    "month for an answer,\xE2\x80\x99 said Teodora Marinescu-Vale, general secretary of the "
    "Valmora Dockers\xE2\x80\x99 Union. \xE2\x80\x98Nobody here can wait another month.\xE2\x80\x99",
    "Harbour authority chairman Idris Okonkwo-Baptiste said the union\xE2\x80\x99s demands "
    "would add \xE2\x80\x9Csomething close to forty per cent\xE2\x80\x9D to the port\xE2\x80\x99s "
    "wage bill and described the walkout as \xE2\x80\x9Cpremature and damaging to everyone who "
    "depends on this harbour\xE2\x80\x9D.",
    "\xE2\x80\x9CWe have never refused to talk. We have refused to sign something we cannot "
    "pay for,\xE2\x80\x9D Okonkwo-Baptiste told reporters outside the authority\xE2\x80\x99s "
    "offices.",
    "\xE2\x80\x9CThe shipping lines are already sending vessels to other ports, and every "
    "week that passes makes it harder to win them back.",
    "\xE2\x80\x9CI would ask the union to come back on Thursday with an open mind,\xE2\x80\x9D "
    "he said.",
    "Shipping analyst Mireille Fontaine-Dubois said the dispute was \xE2\x80\x9Cthe worst the "
    "port has seen in a generation\xE2\x80\x9D and warned that smaller exporters would feel it "
    "first.",
};

static const struct { const char *words, *speaker, *kind; } expected[] = {
    { "Nobody here can wait", "Teodora Marinescu-Vale", "full" },   /* the headline */
    { "We came to the table", "Teodora Marinescu-Vale", "full" },
    { "Nobody here can wait", "Teodora Marinescu-Vale", "full" },
    { "something close to forty", "Idris Okonkwo-Baptiste", "partial" },
    { "premature and damaging", "Idris Okonkwo-Baptiste", "partial" },
    { "We have never refused", "Idris Okonkwo-Baptiste", "full" },
    { "The shipping lines", "Idris Okonkwo-Baptiste", "full" },  /* runs over two paragraphs */
    { "the worst the port", "Mireille Fontaine-Dubois", "partial" },
};
#define NEXPECTED (sizeof expected / sizeof *expected)
#define MULTI_PARAGRAPH 6   /* expected[6] runs over two paragraphs */
#define NPARA (sizeof paragraphs / sizeof *paragraphs)

/* The article with its paragraphs joined by sep, decoded. */
static void article(st_text *t, const char *sep)
{
    size_t n = 1, k;
    char *s;
    st_error err;
    for (k = 0; k < NPARA; k++)
        n += strlen(paragraphs[k]) + strlen(sep);
    s = malloc(n);
    ck_assert_ptr_nonnull(s);
    s[0] = '\0';
    for (k = 0; k < NPARA; k++) {
        strcat(s, paragraphs[k]);
        strcat(s, sep);
    }
    ck_assert_int_eq(st_text_decode(t, s, strlen(s), &err), ST_OK);
    free(s);
}

/* Wraps t in place at width code points, greedily, as a mail client or a
 * wire system does: a space becomes a newline, so offsets are kept. */
static void wrap(st_text *t, size_t width)
{
    size_t i, col = 0, last_space = ST_NO_POS;
    for (i = 0; i < t->len; i++) {
        if (t->cp[i] == '\n') {
            col = 0;
            last_space = ST_NO_POS;
            continue;
        }
        if (t->cp[i] == ' ')
            last_space = i;
        if (++col > width && last_space != ST_NO_POS) {
            t->cp[last_space] = '\n';
            col = i - last_space;
            last_space = ST_NO_POS;
        }
    }
}

/* Every LF becomes CR LF. */
static void to_crlf(st_text *t)
{
    size_t i, n = 0, k = 0;
    uint32_t *cp;
    for (i = 0; i < t->len; i++)
        n += t->cp[i] == '\n';
    cp = malloc((t->len + n + 1) * sizeof *cp);
    ck_assert_ptr_nonnull(cp);
    for (i = 0; i <= t->len; i++) {
        if (i < t->len && t->cp[i] == '\n')
            cp[k++] = '\r';
        cp[k++] = t->cp[i];
    }
    free(t->cp);
    t->cp = cp;
    t->len += n;
}

/* The quote's words with each run of white space as one space. */
static char *words_of(const st_text *t, const st_quote *q)
{
    return st_text_utf8_words(t, q->start, q->end);
}

static void extract(const st_text *t, st_quotes *qs)
{
    st_error err;
    memset(qs, 0, sizeof *qs);
    ck_assert_msg(st_quotes_extract(t, qs, &err) == ST_OK, "%s", err.text);
}

/* Paragraphs after a blank line, after one newline, or run together
 * with a space (where a quotation reopening in the next paragraph is only
 * told by its mark after a sentence's end). */
static const char *const separators[] = { "\n\n", "\n", " " };

/* qs must be the expected statements, speakers and kinds.  Run together,
 * the headline is no longer a line of its own, and its quote goes
 * unattributed: its speaker is not asked for. */
static void check_expected(const st_text *t, const st_quotes *qs, const char *layout,
                           int run_together)
{
    size_t k;
    ck_assert_msg(qs->n == NEXPECTED, "%s: %zu statements, want %zu", layout, qs->n,
                  (size_t)NEXPECTED);
    for (k = 0; k < NEXPECTED; k++) {
        const st_quote *q = &qs->v[k];
        char *w = words_of(t, q);
        ck_assert_msg(strncmp(w, expected[k].words, strlen(expected[k].words)) == 0,
                      "%s #%zu: got \"%s\"", layout, k, w);
        ck_assert_msg((k == 0 && run_together) ||
                      (q->speaker && strcmp(q->speaker, expected[k].speaker) == 0),
                      "%s #%zu: speaker %s, want %s", layout, k,
                      q->speaker ? q->speaker : "(null)", expected[k].speaker);
        ck_assert_str_eq(st_quote_kind_name(q->kind), expected[k].kind);
        if (k == MULTI_PARAGRAPH)
            ck_assert_msg(strstr(w, "open mind,") != NULL, "%s: the two-paragraph quote was "
                          "cut: %s", layout, w);
        free(w);
    }
}

START_TEST(article_statements_and_speakers)
{
    st_text t;
    st_quotes qs;
    article(&t, separators[_i]);
    extract(&t, &qs);
    check_expected(&t, &qs, separators[_i][0] == ' ' ? "run together" : "paragraphs",
                   separators[_i][0] == ' ');
    st_quotes_free(&qs);
    st_text_free(&t);
}
END_TEST

/* Curly marks and apostrophes as ASCII ' and ", as many sites send them. */
static void to_ascii_marks(st_text *t)
{
    size_t i;
    for (i = 0; i < t->len; i++) {
        if (t->cp[i] == 0x201C || t->cp[i] == 0x201D)
            t->cp[i] = '"';
        else if (t->cp[i] == 0x2018 || t->cp[i] == 0x2019)
            t->cp[i] = '\'';
    }
}

/* Layouts: paragraph separator, wrap width (0: none), CRLF, ASCII marks. */
static const struct {
    const char *sep;
    size_t width;
    int crlf, ascii;
} layouts[] = {
    { "\n\n", 72, 0, 0 }, { "\n\n", 60, 0, 0 }, { "\n\n", 80, 0, 0 }, { "\n\n", 40, 0, 0 },
    { "\n", 72, 0, 0 },   { "\n", 60, 0, 0 },   { "\n\n", 72, 1, 0 }, { "\n", 66, 1, 0 },
    { "\n\n", 0, 0, 1 },  { "\n", 0, 0, 1 },    { "\n\n", 72, 0, 1 }, { " ", 0, 0, 1 },
};

/* Each layout yields the statements, speakers and kinds of the article
 * as first written, at the same offsets where the layout keeps them. */
START_TEST(layouts_read_as_written)
{
    st_text plain, t, flat = { NULL, 0 };
    st_quotes want, got;
    char name[64];
    size_t k;
    snprintf(name, sizeof name, "width %zu%s%s, separator %zu", layouts[_i].width,
             layouts[_i].crlf ? " CRLF" : "", layouts[_i].ascii ? " ASCII" : "",
             strlen(layouts[_i].sep));
    article(&plain, layouts[_i].sep);
    extract(&plain, &want);
    article(&t, layouts[_i].sep);
    if (layouts[_i].width)
        wrap(&t, layouts[_i].width);
    if (layouts[_i].ascii)
        to_ascii_marks(&t);
    if (layouts[_i].crlf)
        to_crlf(&t);
    extract(&t, &got);
    check_expected(&t, &got, name, layouts[_i].sep[0] == ' ');
    for (k = 0; !layouts[_i].crlf && k < want.n; k++) {
        ck_assert_uint_eq(got.v[k].start, want.v[k].start);
        ck_assert_uint_eq(got.v[k].end, want.v[k].end);
    }
    /* What the extractor read: a wrapped text with its wraps as spaces,
     * a text run together split again. */
    ck_assert_int_eq(st_reflow(&t, &flat, NULL),
                     layouts[_i].width || layouts[_i].sep[0] == ' ' ? 1 : 0);
    st_text_free(&flat);
    st_quotes_free(&want);
    st_quotes_free(&got);
    st_text_free(&plain);
    st_text_free(&t);
}
END_TEST

/* Blank-line paragraphs wrapped at 72: every newline inside a paragraph
 * becomes a space, every blank line stays. */
START_TEST(wraps_become_spaces_paragraph_breaks_stay)
{
    st_text t, flat, plain;
    size_t i;
    article(&plain, "\n\n");
    article(&t, "\n\n");
    wrap(&t, 72);
    ck_assert_int_eq(st_reflow(&t, &flat, NULL), 1);
    for (i = 0; i < t.len; i++)
        ck_assert_msg(flat.cp[i] == plain.cp[i], "at %zu: U+%04X, want U+%04X", i,
                      (unsigned)flat.cp[i], (unsigned)plain.cp[i]);
    st_text_free(&flat);
    st_text_free(&t);
    st_text_free(&plain);
}
END_TEST

/* Texts that are not hard-wrapped are returned untouched. */
static const char *const unwrapped[] = {
    /* one line a paragraph, as web and feed text comes */
    "A headline\n\nA first paragraph long enough to pass any width that a wrapped text would "
    "use, with more words.\nA second paragraph just as long as the first one is, and longer "
    "still than a hundred code points.\nA third.\nA fourth paragraph, long again, well past "
    "the hundred code points a wrapped line may have at most.\n",
    /* a menu of short lines */
    "Home\nWorld\nBusiness\nSport\nCulture\nOpinion\nVideo\nPodcasts\nNewsletters\n",
    /* three short lines */
    "Line one of a poem\nline two of a poem\nline three of it\n",
    /* short lines, each a sentence: every break leaves room for the next word */
    ("The vote is on Friday.\nThe result is due on Monday.\nThe count starts at nine.\n"
     "Observers arrive on Thursday.\nPolls close at eight.\n"),
    "",
};

START_TEST(unwrapped_text_untouched)
{
    st_text t, flat = { NULL, 0 };
    st_error err;
    ck_assert_int_eq(st_text_decode(&t, unwrapped[_i], strlen(unwrapped[_i]), &err), ST_OK);
    ck_assert_int_eq(st_reflow(&t, &flat, &err), 0);
    ck_assert_ptr_null(flat.cp);
    st_text_free(&t);
}
END_TEST

/* A bullet line and a paragraph reopening a quotation keep their breaks
 * even where the line before them is full (every line here is at most 60
 * code points; five of the ten breaks are wraps). */
START_TEST(bullets_and_reopened_quotes_keep_their_break)
{
    const char *s =
        "Negotiators from both delegations met for eleven hours on\n"
        "Tuesday in the capital and agreed a short list of steps that\n"
        "each side will take before the next round, which the chair\n"
        "of the talks read out to reporters shortly after midnight in\n"
        "the hall of the old customs house on the harbour front, and\n"
        "which she summed up in brief and in this order of business\n"
        "\xE2\x80\xA2 talks will resume next week at the same venue, same chair\n"
        "\xE2\x80\xA2 both sides will publish their proposals\n"
        "The chair said afterwards that she was hopeful but careful.\n"
        "\xE2\x80\x9CWe are not there yet, but we are closer than at any time.\n"
        "\xE2\x80\x9CThe next round will tell us if it is enough,\xE2\x80\x9D she said.\n";
    st_text t, flat;
    st_error err;
    size_t i, newlines = 0;
    ck_assert_int_eq(st_text_decode(&t, s, strlen(s), &err), ST_OK);
    ck_assert_int_eq(st_reflow(&t, &flat, &err), 1);
    for (i = 0; i < flat.len; i++) {
        newlines += flat.cp[i] == '\n';
        if (i > 0 && (flat.cp[i] == 0x2022 || flat.cp[i] == 0x201C))
            ck_assert_msg(flat.cp[i - 1] == '\n', "break before U+%04X at %zu joined",
                          (unsigned)flat.cp[i], i);
    }
    /* the five wraps are joined; the two bullets, the two reopening marks,
     * the sentence after the short bullet and the final newline stay */
    ck_assert_uint_eq(newlines, 6);
    st_text_free(&flat);
    st_text_free(&t);
}
END_TEST

/* Paragraphs run together into one line: a newline goes back where a
 * sentence ends and a quotation opens the next (five places in the
 * article), and nowhere else. */
START_TEST(run_together_split_before_quotations)
{
    st_text t, split;
    size_t i, newlines = 0;
    article(&t, " ");
    ck_assert_uint_ge(t.len, 1000);
    ck_assert_int_eq(st_reflow(&t, &split, NULL), 1);
    for (i = 0; i < split.len; i++) {
        if (split.cp[i] != '\n')
            continue;
        newlines++;
        ck_assert_msg(t.cp[i] == ' ' && i + 1 < t.len &&
                      (t.cp[i + 1] == 0x201C || t.cp[i + 1] == 0x2018), "newline at %zu", i);
    }
    ck_assert_uint_eq(newlines, 5);
    st_text_free(&split);
    st_text_free(&t);
}
END_TEST

/* The published example article (not part of the project), web clutter
 * and all, in four layouts: the same statements with the same speakers as
 * in the layout it was published in.  Skips when ../shared is absent. */
static const struct { size_t width; int crlf, ascii; } example_layouts[] = {
    { 72, 0, 0 }, { 60, 0, 0 }, { 72, 1, 0 }, { 0, 0, 1 },
};

START_TEST(example_article_in_layouts)
{
    size_t n, k;
    char *buf = st_test_read_shared("../shared/examples/article-xi-putin.txt",
                                    "example_article_in_layouts", &n);
    st_text plain, t;
    st_quotes want, got;
    st_error err;

    if (!buf)
        return;
    ck_assert_int_eq(st_text_decode(&plain, buf, n, &err), ST_OK);
    ck_assert_int_eq(st_text_decode(&t, buf, n, &err), ST_OK);
    free(buf);
    extract(&plain, &want);
    ck_assert_uint_ge(want.n, 19);
    if (example_layouts[_i].width)
        wrap(&t, example_layouts[_i].width);
    if (example_layouts[_i].ascii)
        to_ascii_marks(&t);
    if (example_layouts[_i].crlf)
        to_crlf(&t);
    extract(&t, &got);
    ck_assert_uint_eq(got.n, want.n);
    for (k = 0; k < want.n; k++) {
        char *a = words_of(&plain, &want.v[k]), *b = words_of(&t, &got.v[k]);
        ck_assert_msg(strncmp(a, b, 12) == 0, "#%zu: \"%s\" against \"%s\"", k, b, a);
        ck_assert_str_eq(got.v[k].speaker ? got.v[k].speaker : "(null)",
                         want.v[k].speaker ? want.v[k].speaker : "(null)");
        free(a);
        free(b);
    }
    st_quotes_free(&want);
    st_quotes_free(&got);
    st_text_free(&plain);
    st_text_free(&t);
}
END_TEST

/* Link clutter is told from its words, not from its spacing: an indented
 * list of other stories, a "Read more" with a no-break space. */
static const char *const clutter[] = {
    "The minister left without comment.\n\n"
    "    Most read\n"
    "    1. Heatwave grips the north as power demand hits a record\n"
    "    2. \xE2\x80\x98I heard the ice crack\xE2\x80\x99: a glaciologist\xE2\x80\x99s last "
    "season\n"
    "    3. Five charts that explain this year\xE2\x80\x99s floods\n",
    "The minister left without comment.\n\n"
    "Read\xC2\xA0more: \xE2\x80\x98We were not consulted\xE2\x80\x99, say islanders\n",
    "The minister left without comment.\n\n"
    "Related\xC2\xA0stories\n"
    "\xE2\x80\xA2\xC2\xA0\xE2\x80\x98No seat for the junta\xE2\x80\x99, bloc tells envoy\n",
};

START_TEST(clutter_in_any_spacing)
{
    st_text t;
    st_quotes qs;
    st_error err;
    ck_assert_int_eq(st_text_decode(&t, clutter[_i], strlen(clutter[_i]), &err), ST_OK);
    extract(&t, &qs);
    ck_assert_msg(qs.n == 0, "clutter %d: %zu statements", _i, qs.n);
    st_quotes_free(&qs);
    st_text_free(&t);
}
END_TEST

Suite *st_suite_layout(void)
{
    Suite *s = suite_create("layout");
    TCase *tc = tcase_create("reflow");
    tcase_add_loop_test(tc, article_statements_and_speakers, 0,
                        sizeof separators / sizeof *separators);
    tcase_add_loop_test(tc, layouts_read_as_written, 0, sizeof layouts / sizeof *layouts);
    tcase_add_test(tc, wraps_become_spaces_paragraph_breaks_stay);
    tcase_add_loop_test(tc, unwrapped_text_untouched, 0, sizeof unwrapped / sizeof *unwrapped);
    tcase_add_test(tc, bullets_and_reopened_quotes_keep_their_break);
    tcase_add_test(tc, run_together_split_before_quotations);
    tcase_add_loop_test(tc, example_article_in_layouts, 0,
                        sizeof example_layouts / sizeof *example_layouts);
    tcase_add_loop_test(tc, clutter_in_any_spacing, 0, sizeof clutter / sizeof *clutter);
    suite_add_tcase(s, tc);
    return s;
}
