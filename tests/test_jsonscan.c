/* test_jsonscan.c - the fast route for an article's "text" (engine/jsonscan.c
 * and the envelope in engine/article.c) against the full-Jansson route.
 *
 * The fast route is only correct if, for every input, it ends exactly as
 * Jansson alone would: the same id, title and text bytes, or the same
 * reason, error text and recovered id.  Each case below is parsed both
 * ways and compared field by field; the table also says which route the
 * case must take, so a fast route that silently always gave up, or one
 * that accepted what it should refuse, fails here too. */
#include "suites.h"
#include "../engine/article.h"
#include "../engine/jsonscan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { R_FAST, R_NOT_FAST, R_ANY };

/* A message and what must come of it: reason NULL means a valid article. */
static const struct rcase {
    const char *name;
    const char *json;
    size_t len;
    size_t max_text;
    int route;
    const char *reason;
} rcases[] = {
#define MAX ST_ARTICLE_DEFAULT_MAX
#define C(name, s, route, reason) { name, s, sizeof s - 1, MAX, route, reason }
#define T(s) "{\"id\":\"a1\",\"text\":\"" s "\"}"
    /* Valid articles the fast route takes. */
    C("plain", T("Talks resumed on Thursday, officials said."), R_FAST, NULL),
    C("empty_text", T(""), R_FAST, NULL),
    C("every_short_escape", T("q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t end"), R_FAST, NULL),
    C("unicode_escapes", T("\\u0041\\u00e9\\u07FF\\u0800\\u20AC\\uD7FF\\uE000\\uFFFF\\u0001\\u001f"),
      R_FAST, NULL),
    C("surrogate_pair", T("smile \\ud83d\\ude00 and \\uD83D\\uDE00"), R_FAST, NULL),
    C("surrogate_pair_extremes", T("\\ud800\\udc00 \\udbff\\udfff"), R_FAST, NULL),
    C("raw_utf8_each_length", T("\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80 \xf4\x8f\xbf\xbf"), R_FAST,
      NULL),
    C("raw_utf8_boundaries", T("\xc2\x80\xdf\xbf\xe0\xa0\x80\xed\x9f\xbf\xee\x80\x80\xf0\x90\x80\x80"),
      R_FAST, NULL),
    C("raw_del", T("a\x7f b"), R_FAST, NULL),
    C("escape_at_word_boundaries", T("12345678\\n12345678\\u00e912345678\xc3\xa9" "1234567"),
      R_FAST, NULL),
    C("title", "{\"id\":\"a1\",\"title\":\"Headline \\u201cquoted\\u201d\",\"text\":\"x\"}", R_FAST,
      NULL),
    C("title_null", "{\"id\":\"a1\",\"title\":null,\"text\":\"x\"}", R_FAST, NULL),
    C("no_id", "{\"text\":\"x\"}", R_FAST, NULL),
    C("text_first", "{\"text\":\"x\",\"id\":\"a1\",\"title\":\"t\"}", R_FAST, NULL),
    C("whitespace_everywhere", " \t\r\n{ \"id\" : \"a1\" ,\n\"text\"\t:\r\"x\" \n}\n\t ", R_FAST, NULL),
    C("no_whitespace_text_last", "{\"id\":\"a1\",\"text\":\"x\"}", R_FAST, NULL),
    C("nested_text_keys", "{\"meta\":{\"text\":\"inner\",\"a\":[{\"text\":1}]},\"text\":\"outer\","
      "\"list\":[{\"text\":\"x\"},[\"text\"]]}", R_FAST, NULL),
    C("brackets_and_quotes_in_strings", "{\"id\":\"a\\\"}{[\",\"title\":\"\\\\\",\"o\":{\"k\":\"]}\\\"\"},"
      "\"text\":\"x\"}", R_FAST, NULL),
    C("other_scalars", "{\"n\":-1.5e+3,\"i\":0,\"b\":true,\"f\":false,\"z\":null,\"a\":[],\"o\":{},"
      "\"text\":\"x\"}", R_FAST, NULL),
    C("key_like_text", "{\"tex\":1,\"texts\":2,\"Text\":3,\"text \":4,\"text\":\"x\"}", R_FAST, NULL),
    C("extra_fields", "{\"id\":\"a1\",\"source\":\"wire\",\"url\":\"http://x/\\u00e9\",\"published\":"
      "\"2026-11-29\",\"text\":\"x\"}", R_FAST, NULL),
    /* Field errors found after the envelope parses: still the fast route. */
    C("id_integer", "{\"id\":5,\"text\":\"x\"}", R_FAST, ST_REASON_BAD_FIELD),
    C("id_object", "{\"id\":{},\"text\":\"x\"}", R_FAST, ST_REASON_BAD_FIELD),
    C("id_null", "{\"id\":null,\"text\":\"x\"}", R_FAST, ST_REASON_BAD_FIELD),
    C("title_number", "{\"id\":\"a1\",\"title\":7,\"text\":\"x\"}", R_FAST, ST_REASON_BAD_FIELD),
    C("title_array", "{\"id\":\"a1\",\"title\":[],\"text\":\"x\"}", R_FAST, ST_REASON_BAD_FIELD),
    { "over_limit", T("0123456789"), sizeof T("0123456789") - 1, 9, R_FAST, ST_REASON_TOO_LARGE },
    { "at_limit", T("0123456789"), sizeof T("0123456789") - 1, 10, R_FAST, NULL },
    /* the limit counts decoded bytes: 12 bytes of escapes are 4 of text */
    { "limit_counts_decoded", T("\\ud83d\\ude00"), sizeof T("\\ud83d\\ude00") - 1, 4, R_FAST, NULL },
    { "limit_decoded_over", T("\\ud83d\\ude00"), sizeof T("\\ud83d\\ude00") - 1, 3, R_FAST,
      ST_REASON_TOO_LARGE },
    { "limit_zero", T(""), sizeof T("") - 1, 0, R_FAST, NULL },
    /* Strings Jansson refuses: the decoder gives up, Jansson says why. */
    C("lone_high_surrogate", T("a\\ud800b"), R_NOT_FAST, ST_REASON_NOT_JSON),
    C("lone_high_surrogate_at_end", T("a\\ud800"), R_NOT_FAST, ST_REASON_NOT_JSON),
    C("lone_low_surrogate", T("a\\udc00b"), R_NOT_FAST, ST_REASON_NOT_JSON),
    C("high_then_ascii_escape", T("\\ud800\\u0041"), R_NOT_FAST, ST_REASON_NOT_JSON),
    C("high_then_high", T("\\ud800\\ud800"), R_NOT_FAST, ST_REASON_NOT_JSON),
    C("high_then_short_escape", T("\\ud800\\n"), R_NOT_FAST, ST_REASON_NOT_JSON),
    C("reversed_pair", T("\\ude00\\ud83d"), R_NOT_FAST, ST_REASON_NOT_JSON),
    C("nul_escape", T("a\\u0000b"), R_NOT_FAST, ST_REASON_NOT_JSON),
    C("short_unicode_escape", T("a\\u12"), R_NOT_FAST, ST_REASON_NOT_JSON),
    C("bad_hex", T("a\\u12G4"), R_NOT_FAST, ST_REASON_NOT_JSON),
    C("unknown_escape", T("a\\x41"), R_NOT_FAST, ST_REASON_NOT_JSON),
    C("capital_u_escape", T("a\\U0041"), R_NOT_FAST, ST_REASON_NOT_JSON),
    C("escaped_apostrophe", T("it\\'s"), R_NOT_FAST, ST_REASON_NOT_JSON),
    C("raw_control_01", T("a\x01 b"), R_NOT_FAST, ST_REASON_NOT_JSON),
    C("raw_control_1f", T("a\x1f b"), R_NOT_FAST, ST_REASON_NOT_JSON),
    C("raw_newline", T("a\nb"), R_NOT_FAST, ST_REASON_NOT_JSON),
    C("raw_tab", T("a\tb"), R_NOT_FAST, ST_REASON_NOT_JSON),
    C("raw_nul", T("a\0b"), R_NOT_FAST, ST_REASON_NOT_JSON),
    C("lone_continuation", T("a\x80 b"), R_NOT_FAST, ST_REASON_NOT_JSON),
    C("continuation_bf", T("a\xbf b"), R_NOT_FAST, ST_REASON_NOT_JSON),
    C("overlong_nul_c0", T("a\xc0\x80 b"), R_NOT_FAST, ST_REASON_NOT_JSON),
    C("overlong_c1", T("a\xc1\xbf b"), R_NOT_FAST, ST_REASON_NOT_JSON),
    C("overlong_3_bytes", T("a\xe0\x80\xaf b"), R_NOT_FAST, ST_REASON_NOT_JSON),
    C("overlong_3_bytes_max", T("a\xe0\x9f\xbf b"), R_NOT_FAST, ST_REASON_NOT_JSON),
    C("overlong_4_bytes", T("a\xf0\x80\x80\xaf b"), R_NOT_FAST, ST_REASON_NOT_JSON),
    C("overlong_4_bytes_max", T("a\xf0\x8f\xbf\xbf b"), R_NOT_FAST, ST_REASON_NOT_JSON),
    C("utf8_high_surrogate", T("a\xed\xa0\x80 b"), R_NOT_FAST, ST_REASON_NOT_JSON),
    C("utf8_low_surrogate", T("a\xed\xbf\xbf b"), R_NOT_FAST, ST_REASON_NOT_JSON),
    C("utf8_over_10ffff", T("a\xf4\x90\x80\x80 b"), R_NOT_FAST, ST_REASON_NOT_JSON),
    C("utf8_f5_lead", T("a\xf5\x80\x80\x80 b"), R_NOT_FAST, ST_REASON_NOT_JSON),
    C("utf8_fe", T("a\xfe b"), R_NOT_FAST, ST_REASON_NOT_JSON),
    C("utf8_ff", T("a\xff b"), R_NOT_FAST, ST_REASON_NOT_JSON),
    C("utf8_five_byte_form", T("a\xf8\x88\x80\x80\x80 b"), R_NOT_FAST, ST_REASON_NOT_JSON),
    C("utf8_cut_by_ascii", T("a\xc3" "A b"), R_NOT_FAST, ST_REASON_NOT_JSON),
    C("utf8_cut_3_of_4", T("a\xf0\x9f\x98 b"), R_NOT_FAST, ST_REASON_NOT_JSON),
    C("utf8_cut_at_closing_quote", T("a\xe2\x82"), R_NOT_FAST, ST_REASON_NOT_JSON),
    C("utf8_lead_at_closing_quote", T("a\xc3"), R_NOT_FAST, ST_REASON_NOT_JSON),
    C("utf8_lead_before_backslash", T("a\xc3\\n"), R_NOT_FAST, ST_REASON_NOT_JSON),
    /* "text" that is not a string, or not there. */
    C("text_number", "{\"id\":\"a1\",\"text\":5}", R_NOT_FAST, ST_REASON_NO_TEXT),
    C("text_null", "{\"id\":\"a1\",\"text\":null}", R_NOT_FAST, ST_REASON_NO_TEXT),
    C("text_true", "{\"id\":\"a1\",\"text\":true}", R_NOT_FAST, ST_REASON_NO_TEXT),
    C("text_object", "{\"id\":\"a1\",\"text\":{\"text\":\"x\"}}", R_NOT_FAST, ST_REASON_NO_TEXT),
    C("text_array", "{\"id\":\"a1\",\"text\":[\"x\"]}", R_NOT_FAST, ST_REASON_NO_TEXT),
    C("text_missing", "{\"id\":\"a1\",\"title\":\"t\"}", R_NOT_FAST, ST_REASON_NO_TEXT),
    C("text_only_nested", "{\"id\":\"a1\",\"meta\":{\"text\":\"x\"}}", R_NOT_FAST, ST_REASON_NO_TEXT),
    C("empty_object", "{}", R_NOT_FAST, ST_REASON_NO_TEXT),
    /* Keys the scanner leaves to Jansson. */
    C("escaped_text_key", "{\"id\":\"a1\",\"te\\u0078t\":\"x\"}", R_NOT_FAST, NULL),
    C("escaped_text_key_and_text", "{\"te\\u0078t\":\"x\",\"text\":\"y\"}", R_NOT_FAST,
      ST_REASON_NOT_JSON),
    C("escaped_other_key", "{\"\\u0069d\":\"a1\",\"text\":\"x\"}", R_NOT_FAST, NULL),
    C("nul_in_key", "{\"a\\u0000\":1,\"text\":\"x\"}", R_NOT_FAST, ST_REASON_NOT_JSON),
    C("duplicate_text", "{\"id\":\"a1\",\"text\":\"a\",\"text\":\"b\"}", R_NOT_FAST,
      ST_REASON_NOT_JSON),
    C("duplicate_text_first_not_string", "{\"text\":1,\"text\":\"b\"}", R_NOT_FAST,
      ST_REASON_NOT_JSON),
    C("duplicate_id", "{\"id\":\"a\",\"id\":\"b\",\"text\":\"x\"}", R_NOT_FAST, ST_REASON_NOT_JSON),
    /* Structure Jansson refuses around a good "text". */
    C("trailing_garbage", T("x") " xyz", R_NOT_FAST, ST_REASON_NOT_JSON),
    C("trailing_comma", "{\"id\":\"a1\",\"text\":\"x\",}", R_NOT_FAST, ST_REASON_NOT_JSON),
    C("two_objects", T("x") T("y"), R_NOT_FAST, ST_REASON_NOT_JSON),
    C("missing_colon", "{\"id\" \"a1\",\"text\":\"x\"}", R_NOT_FAST, ST_REASON_NOT_JSON),
    C("missing_comma", "{\"id\":\"a1\" \"text\":\"x\"}", R_NOT_FAST, ST_REASON_NOT_JSON),
    C("unclosed_object", "{\"id\":\"a1\",\"text\":\"x\"", R_NOT_FAST, ST_REASON_NOT_JSON),
    C("bad_number_after", "{\"text\":\"x\",\"n\":01}", R_NOT_FAST, ST_REASON_NOT_JSON),
    C("bad_literal_before", "{\"b\":tru,\"text\":\"x\"}", R_NOT_FAST, ST_REASON_NOT_JSON),
    C("nan", "{\"n\":NaN,\"text\":\"x\"}", R_NOT_FAST, ST_REASON_NOT_JSON),
    C("real_overflow", "{\"n\":1e999,\"text\":\"x\"}", R_NOT_FAST, ST_REASON_NOT_JSON),
    C("mismatched_brackets", "{\"a\":[1},\"text\":\"x\"}", R_NOT_FAST, ST_REASON_NOT_JSON),
    C("bad_utf8_in_id", "{\"id\":\"\xff\",\"text\":\"x\"}", R_NOT_FAST, ST_REASON_NOT_JSON),
    C("bad_utf8_outside_strings", "{\"id\":\"a1\",\xc3\xa9\"text\":\"x\"}", R_NOT_FAST,
      ST_REASON_NOT_JSON),
    C("nul_in_title", "{\"title\":\"\\u0000\",\"text\":\"x\"}", R_NOT_FAST, ST_REASON_NOT_JSON),
    C("control_in_title", "{\"title\":\"a\nb\",\"text\":\"x\"}", R_NOT_FAST, ST_REASON_NOT_JSON),
    C("nul_byte_outside", "{\"id\":\"a1\",\0\"text\":\"x\"}", R_NOT_FAST, ST_REASON_NOT_JSON),
    C("bom", "\xef\xbb\xbf" T("x"), R_NOT_FAST, ST_REASON_NOT_JSON),
    C("form_feed_whitespace", "{\f\"text\":\"x\"}", R_NOT_FAST, ST_REASON_NOT_JSON),
    C("single_quotes", "{'text':'x'}", R_NOT_FAST, ST_REASON_NOT_JSON),
    C("empty_input", "", R_NOT_FAST, ST_REASON_NOT_JSON),
    C("only_whitespace", " \n\t ", R_NOT_FAST, ST_REASON_NOT_JSON),
    /* Not an object at all. */
    C("array", "[{\"text\":\"x\"}]", R_NOT_FAST, ST_REASON_NOT_OBJECT),
    C("string", "\"text\"", R_NOT_FAST, ST_REASON_NOT_OBJECT),
    C("number", "42", R_NOT_FAST, ST_REASON_NOT_OBJECT),
    C("null", "null", R_NOT_FAST, ST_REASON_NOT_OBJECT),
#undef T
#undef C
#undef MAX
};

static void assert_same_str(const char *what, const char *fast, const char *slow)
{
    ck_assert_msg((fast == NULL) == (slow == NULL) && (!fast || strcmp(fast, slow) == 0),
                  "%s: fast \"%s\", full \"%s\"", what, fast ? fast : "(null)",
                  slow ? slow : "(null)");
}

/* Parses buf both ways and asserts the same outcome.  Returns the fast
 * route's return code, and its route and reason through the pointers. */
static int compare_routes(const char *buf, size_t len, size_t max_text, st_article_route *route,
                          const char **reason)
{
    st_article fa, sa;
    st_error fe = { 0, "" }, se = { 0, "" };
    const char *fr = NULL, *sr = NULL;
    char *fid = NULL, *sid = NULL;
    int frc = st_article_parse_route(&fa, buf, len, max_text, &fr, &fid, &fe, route);
    int src = st_article_parse_slow(&sa, buf, len, max_text, &sr, &sid, &se);

    ck_assert_int_eq(frc, src);
    assert_same_str("recovered id", fid, sid);
    if (frc != ST_OK) {
        assert_same_str("reason", fr, sr);
        ck_assert_int_eq(fe.code, se.code);
        assert_same_str("error", fe.text, se.text);
    } else {
        assert_same_str("id", fa.id, sa.id);
        assert_same_str("title", fa.title, sa.title);
        ck_assert_uint_eq(fa.text_bytes, sa.text_bytes);
        ck_assert(memcmp(fa.text_utf8, sa.text_utf8, sa.text_bytes) == 0);
        ck_assert(fa.text_utf8[fa.text_bytes] == '\0');
        ck_assert_uint_eq(fa.text.len, sa.text.len);
        ck_assert(memcmp(fa.text.cp, sa.text.cp, sa.text.len * sizeof *sa.text.cp) == 0);
        st_article_free(&fa);
        st_article_free(&sa);
    }
    free(fid);
    free(sid);
    *reason = frc == ST_OK ? NULL : fr;
    return frc;
}

START_TEST(routes_agree_on_table)
{
    const struct rcase *c = &rcases[_i];
    st_article_route route;
    const char *reason;

    compare_routes(c->json, c->len, c->max_text, &route, &reason);
    ck_assert_msg((reason == NULL) == (c->reason == NULL) && (!reason || !strcmp(reason, c->reason)),
                  "%s: reason %s, expected %s", c->name, reason ? reason : "(ok)",
                  c->reason ? c->reason : "(ok)");
    if (c->route == R_FAST)
        ck_assert_msg(route == ST_ROUTE_FAST, "%s: route %d, expected the fast one", c->name,
                      (int)route);
    else if (c->route == R_NOT_FAST)
        ck_assert_msg(route == ST_ROUTE_GAVE_UP || route == ST_ROUTE_ENVELOPE_FAILED,
                      "%s: route %d, expected the full one", c->name, (int)route);
}
END_TEST

/* The messages for the limit are the same text both ways. */
START_TEST(over_limit_message)
{
    static const char msg[] = "{\"id\":\"big\",\"text\":\"0123456789\\u00e9\"}";
    st_article a;
    st_error err;
    const char *reason;
    char *id = NULL;
    st_article_route route;

    ck_assert_int_ne(st_article_parse_route(&a, msg, sizeof msg - 1, 11, &reason, &id, &err,
                                            &route), ST_OK);
    ck_assert_int_eq(route, ST_ROUTE_FAST);
    ck_assert_str_eq(reason, ST_REASON_TOO_LARGE);
    ck_assert_int_eq(err.code, ST_ERR_LIMIT);
    ck_assert_str_eq(err.text, "text is 12 bytes, over the limit of 11");
    ck_assert_str_eq(id, "big");
    free(id);
}
END_TEST

static const char sample[] =
    " {\"id\": \"s-1\", \"title\": \"Talks \\u201cresume\\u201d\", \"meta\": {\"text\": [1, "
    "\"}\"]},\n \"text\": \"\xe2\x80\x9cWe are ready,\xe2\x80\x9d she said.\\n\\ud83d\\ude00 "
    "caf\xc3\xa9 \\\"ok\\\" \\\\ end\", \"n\": -12.5e3, \"ok\": true}\n";

/* Every prefix of a sample message (truncated in a string, an escape, a
 * UTF-8 sequence, between tokens) ends the same way on both routes. */
START_TEST(truncated_at_every_offset)
{
    st_article_route route;
    const char *reason;
    size_t n = sizeof sample - 1, fast = 0;

    for (size_t cut = 0; cut <= n; cut++) {
        compare_routes(sample, cut, ST_ARTICLE_DEFAULT_MAX, &route, &reason);
        fast += route == ST_ROUTE_FAST;
    }
    /* the whole message, and it minus its final newline, and no prefix shorter */
    ck_assert_uint_eq(fast, 2);
    compare_routes(sample, n, ST_ARTICLE_DEFAULT_MAX, &route, &reason);
    ck_assert_ptr_null(reason);
    ck_assert_int_eq(route, ST_ROUTE_FAST);
}
END_TEST

/* Every byte of the sample replaced in turn by each byte that means
 * something to a JSON reader or to UTF-8. */
START_TEST(mutated_at_every_offset)
{
    static const char bytes[] = { '"', '\\', '{', '}', '[', ']', ':', ',', ' ', '\n', 'u', '0',
                                  'd', '\0', '\x01', '\x7f', '\x80', '\xbf', '\xc3', '\xed',
                                  '\xf0', '\xf4', '\xff' };
    char buf[sizeof sample];
    st_article_route route;
    const char *reason;

    for (size_t at = 0; at < sizeof sample - 1; at++)
        for (size_t b = 0; b < sizeof bytes; b++) {
            memcpy(buf, sample, sizeof sample);
            buf[at] = bytes[b];
            compare_routes(buf, sizeof sample - 1, ST_ARTICLE_DEFAULT_MAX, &route, &reason);
        }
}
END_TEST

/* Nesting past Jansson's depth limit in another member: the scanner
 * counts brackets without limit, Jansson refuses the envelope. */
START_TEST(deep_nesting_elsewhere)
{
    size_t depth = 5000, n = 0;
    char *buf = malloc(2 * depth + 64);
    st_article_route route;
    const char *reason;

    ck_assert_ptr_nonnull(buf);
    n += (size_t)sprintf(buf, "{\"a\":");
    memset(buf + n, '[', depth);
    n += depth;
    memset(buf + n, ']', depth);
    n += depth;
    n += (size_t)sprintf(buf + n, ",\"text\":\"x\"}");
    compare_routes(buf, n, ST_ARTICLE_DEFAULT_MAX, &route, &reason);
    ck_assert_str_eq(reason, ST_REASON_NOT_JSON);
    ck_assert_int_eq(route, ST_ROUTE_ENVELOPE_FAILED);
    free(buf);
}
END_TEST

/* A big envelope (over the stack buffer) and a big text. */
START_TEST(large_envelope_and_text)
{
    size_t big = 300000, n = 0;
    char *buf = malloc(2 * big + 64);
    st_article_route route;
    const char *reason;

    ck_assert_ptr_nonnull(buf);
    n += (size_t)sprintf(buf, "{\"title\":\"");
    memset(buf + n, 't', big);
    n += big;
    n += (size_t)sprintf(buf + n, "\",\"text\":\"");
    for (size_t i = 0; i < big / 6; i++, n += 6)
        memcpy(buf + n, i % 2 ? "\\u00e9" : "word. ", 6);
    n += (size_t)sprintf(buf + n, "\"}");
    compare_routes(buf, n, ST_ARTICLE_DEFAULT_MAX, &route, &reason);
    ck_assert_ptr_null(reason);
    ck_assert_int_eq(route, ST_ROUTE_FAST);
    free(buf);
}
END_TEST

/* The team's gold articles, as stance quotes reads them: every one takes
 * the fast route and ends as the full route does. */
START_TEST(gold_articles_take_fast_route)
{
    FILE *fp = fopen(st_test_path("training-data/articles/gold.jsonl"), "r");
    char *line = NULL;
    size_t cap = 0, lines = 0;
    ssize_t len;
    st_article_route route;
    const char *reason;

    ck_assert_ptr_nonnull(fp);
    while ((len = getline(&line, &cap, fp)) > 0) {
        compare_routes(line, (size_t)len, ST_ARTICLE_DEFAULT_MAX, &route, &reason);
        ck_assert_ptr_null(reason);
        ck_assert_int_eq(route, ST_ROUTE_FAST);
        lines++;
    }
    ck_assert_uint_ge(lines, 30);
    free(line);
    fclose(fp);
}
END_TEST

/* The scanner's span and the decoder's bytes, spelled out. */
START_TEST(scanner_and_decoder_directly)
{
    static const char msg[] = "{\"text\":\"a\\u00e9\\ud83d\\ude00\\t\\/\"}";
    static const char want[] = "a\xc3\xa9\xf0\x9f\x98\x80\t/";
    char out[sizeof msg];
    size_t start, end, n;

    ck_assert(st_jsonscan_find_text(msg, sizeof msg - 1, &start, &end));
    ck_assert_uint_eq(start, 9);
    ck_assert_uint_eq(end, sizeof msg - 3);
    ck_assert(st_jsonscan_decode_string(msg + start, end - start, out, &n));
    ck_assert_uint_eq(n, sizeof want - 1);
    ck_assert(memcmp(out, want, n + 1) == 0);
    ck_assert(!st_jsonscan_find_text(NULL, 0, &start, &end));
    ck_assert(!st_jsonscan_find_text("{\"text\":\"x\"", 11, &start, &end));
    ck_assert(!st_jsonscan_decode_string("\\u0000", 6, out, &n));
    ck_assert(!st_jsonscan_decode_string("a\"b", 3, out, &n));
    ck_assert(!st_jsonscan_decode_string("\\", 1, out, &n));
}
END_TEST

Suite *st_suite_jsonscan(void)
{
    Suite *s = suite_create("jsonscan");
    TCase *tc = tcase_create("routes");
    tcase_add_loop_test(tc, routes_agree_on_table, 0, sizeof rcases / sizeof *rcases);
    tcase_add_test(tc, over_limit_message);
    tcase_add_test(tc, truncated_at_every_offset);
    tcase_add_test(tc, mutated_at_every_offset);
    tcase_add_test(tc, deep_nesting_elsewhere);
    tcase_add_test(tc, large_envelope_and_text);
    tcase_add_test(tc, gold_articles_take_fast_route);
    tcase_add_test(tc, scanner_and_decoder_directly);
    suite_add_tcase(s, tc);
    return s;
}
