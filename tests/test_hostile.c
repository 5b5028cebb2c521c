/* test_hostile.c - the extractor on broken and hostile text.
 *
 * Every input here must come back as ST_OK with a bounded number of
 * statements and no sanitizer report; none may crash or loop. */
#include "suites.h"
#include "../features/quotes.h"

#include <stdlib.h>
#include <string.h>

static size_t run(const char *s, size_t len, st_quotes *qs)
{
    st_text t;
    st_error err;
    ck_assert_int_eq(st_text_decode(&t, s, len, &err), ST_OK);
    ck_assert_int_eq(st_quotes_extract(&t, qs, &err), ST_OK);
    for (size_t i = 0; i < qs->n; i++) {
        ck_assert_uint_le(qs->v[i].start, qs->v[i].end);
        ck_assert_uint_le(qs->v[i].end, t.len);
    }
    st_text_free(&t);
    return qs->n;
}

static const char *const broken[] = {
    "",
    "\n\n\n",
    "“",
    "”",
    "\"",
    "“unclosed quote that goes on and on without end",
    "closing only” here” and” there”",
    "“open “open “open ‘deep “deeper",
    "\"a\" \"b\" \"c\" \"d\"",
    "’tis the season, rock ’n’ roll in the ’90s",
    "“At the very start and the very end”",
    "“x”",
    "said said said said said he she they",
    "«guillemet» «unbalanced",
    "“Quote one.” “Quote two.” “Quote three.” said",
    "He said: \xe2\x80\x9c",
    /* a cue whose apposition comma is the text's first token (found by
     * the extract fuzzer: it read the token before the first) */
    ", said the minister.\n\n\"We will do it,\" he said.",
    "\xd9\x82\xd8\xa7\xd9\x84 \xe2\x80\x9c\xd9\x86\xd8\xb9\xd9\x85\xe2\x80\x9d",  /* Arabic */
    "\xe4\xb9\xa0\xe8\xbf\x91\xe5\xb9\xb3\xe8\xaf\xb4\xe3\x80\x8c\xe5\xa5\xbd\xe3\x80\x8d",
};

/* Under valgrind (make valgrind sets ST_MEMCHECK) the large inputs are a
 * hundredth of their size: the same code paths, memchecked in seconds;
 * their full sizes run natively and under ASan. */
static size_t scaled(size_t n)
{
    return getenv("ST_MEMCHECK") ? n / 100 : n;
}

START_TEST(broken_text)
{
    st_quotes qs = { NULL, 0, 0 };
    run(broken[_i], strlen(broken[_i]), &qs);
    st_quotes_free(&qs);
}
END_TEST

/* 10,000 marks in a row, of each glyph: no statement, no blow-up. */
START_TEST(ten_thousand_marks)
{
    static const char *const glyph[] = { "\xe2\x80\x9c", "\xe2\x80\x9d", "\"", "'",
                                         "\xe2\x80\x98", "\xe2\x80\x99" };
    for (size_t g = 0; g < sizeof glyph / sizeof *glyph; g++) {
        size_t gl = strlen(glyph[g]), n = scaled(10000);
        char *s = malloc(n * gl + 1);
        st_quotes qs = { NULL, 0, 0 };
        ck_assert_ptr_nonnull(s);
        for (size_t i = 0; i < n; i++)
            memcpy(s + i * gl, glyph[g], gl);
        s[n * gl] = '\0';
        ck_assert_uint_le(run(s, n * gl, &qs), n / 2);
        st_quotes_free(&qs);
        free(s);
    }
}
END_TEST

/* Alternating one-word quotes in one endless sentence: the cue search is
 * windowed, so this stays linear; statements are capped. */
START_TEST(many_quotes_one_sentence)
{
    const char *unit = "he said \xe2\x80\x9cyes no maybe\xe2\x80\x9d and ";
    size_t ul = strlen(unit), n = scaled(30000);
    char *s = malloc(ul * n + 1);
    st_quotes qs = { NULL, 0, 0 };
    ck_assert_ptr_nonnull(s);
    for (size_t i = 0; i < n; i++)
        memcpy(s + i * ul, unit, ul);
    s[ul * n] = '\0';
    ck_assert_uint_le(run(s, ul * n, &qs), ST_QUOTES_MAX);
    ck_assert_uint_eq(qs.n, n < ST_QUOTES_MAX ? n : ST_QUOTES_MAX);
    st_quotes_free(&qs);
    free(s);
}
END_TEST

/* A 5 MB article of realistic paragraphs is processed whole. */
START_TEST(five_megabyte_article)
{
    const char *para = "Officials met in Geneva on Tuesday. \xe2\x80\x9cWe made progress "
                       "on the border and on trade,\xe2\x80\x9d said Ana Lima, the envoy. "
                       "Analysts called the so-called \xe2\x80\x98reset\xe2\x80\x99 fragile.\n\n";
    size_t pl = strlen(para), n = scaled(5 * 1024 * 1024) / pl + 1;
    char *s = malloc(pl * n + 1);
    st_quotes qs = { NULL, 0, 0 };
    ck_assert_ptr_nonnull(s);
    for (size_t i = 0; i < n; i++)
        memcpy(s + i * pl, para, pl);
    s[pl * n] = '\0';
    ck_assert_uint_eq(run(s, pl * n, &qs), n < ST_QUOTES_MAX ? n : ST_QUOTES_MAX);
    ck_assert_str_eq(qs.v[qs.n - 1].speaker, "Ana Lima");
    st_quotes_free(&qs);
    free(s);
}
END_TEST

/* A call's transcript of thousands of turns, each under a name alone on
 * its line (transcript.c reads such lines as labels): every turn is one
 * statement, up to the cap, and the last ones are still attributed. */
START_TEST(thousands_of_turns_under_names_alone)
{
    const char *head = "Company Participants\n\nTorquil Brannagh - Chief Executive Officer\n"
                       "Ysolde Penhallow - Chief Financial Officer\n\nOperator\n\n"
                       "Good morning, and welcome to the call.\n\n";
    const char *turn = "Torquil Brannagh\n\nThank you. It has been a solid quarter for us.\n\n"
                       "Ysolde Penhallow\n\nThank you, Torquil. Profit was down this time.\n\n";
    size_t hl = strlen(head), tl = strlen(turn), n = scaled(4000), i;
    char *s = malloc(hl + tl * n + 1);
    st_quotes qs = { NULL, 0, 0 };
    ck_assert_ptr_nonnull(s);
    memcpy(s, head, hl);
    for (i = 0; i < n; i++)
        memcpy(s + hl + i * tl, turn, tl);
    s[hl + tl * n] = '\0';
    ck_assert_uint_ge(run(s, hl + tl * n, &qs), 2);
    ck_assert_uint_le(qs.n, ST_QUOTES_MAX);
    ck_assert_str_eq(qs.v[0].speaker, "Torquil Brannagh");
    ck_assert_str_eq(qs.v[1].speaker, "Ysolde Penhallow");
    st_quotes_free(&qs);
    free(s);
}
END_TEST

Suite *st_suite_hostile(void)
{
    Suite *s = suite_create("hostile");
    TCase *tc = tcase_create("hostile");
    tcase_set_timeout(tc, 60);
    tcase_add_loop_test(tc, broken_text, 0, sizeof broken / sizeof *broken);
    tcase_add_test(tc, ten_thousand_marks);
    tcase_add_test(tc, many_quotes_one_sentence);
    tcase_add_test(tc, five_megabyte_article);
    tcase_add_test(tc, thousands_of_turns_under_names_alone);
    suite_add_tcase(s, tc);
    return s;
}
