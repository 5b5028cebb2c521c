/* test_malformed.c - hostile and odd messages against a real stanced
 * (issue 6): each case, on its own daemon and then all in turn on one,
 * must yield either an `error` message with the expected reason or a
 * valid `article` result; then the daemon must still be alive, answer
 * stats with the message counted, classify a normal article correctly
 * (two quotes by Maria Ortega), and exit 0 on SIGTERM. */
#include "suites.h"
#include "harness.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zmq.h>

/* A message: prefix, unit repeated n times, unit2 repeated n2 times,
 * suffix; sent as `frames` frames (the same bytes each). expect is an
 * error reason, or "article" for input that is a valid article (its id is
 * "m"), then quotes is the number of quotes expected, or -1 for any. */
static const struct mcase {
    const char *name, *prefix;
    size_t prefix_len;
    const char *unit;
    size_t n;
    const char *unit2;
    size_t n2;
    const char *suffix;
    int frames;
    const char *expect;
    int quotes;
} cases[] = {
#define E(name, s, reason) { name, s, sizeof s - 1, "", 0, "", 0, "", 1, reason, 0 }
#define A(name, s, q) { name, s, sizeof s - 1, "", 0, "", 0, "", 1, "article", q }
#define P "{\"id\":\"m\",\"text\":\""
#define T(s) P s "\"}"
    /* Not an article at all. */
    E("not_json", "not json at all", "not_json"),
    E("truncated", "{\"id\":\"t\",\"text\":\"abc", "not_json"),
    E("truncated_escape", "{\"id\":\"t\",\"text\":\"ab\\u20", "not_json"),
    E("array", "[1,2,3]", "not_object"),
    E("number", "42", "not_object"),
    E("string", "\"text\"", "not_object"),
    E("null", "null", "not_object"),
    E("true", "true", "not_object"),
    E("only_whitespace", "   \n\t  ", "not_json"),
    E("one_nul_byte", "\0", "not_json"),
    E("trailing_garbage", "{\"id\":\"x\",\"text\":\"a\"} xyz", "not_json"),
    E("two_objects", "{\"id\":\"x\",\"text\":\"a\"}{\"id\":\"y\",\"text\":\"b\"}", "not_json"),
    E("nan_literal", "{\"id\":\"x\",\"text\":\"a\",\"score\":NaN}", "not_json"),
    E("real_overflow", "{\"id\":\"x\",\"text\":\"a\",\"score\":1e999}", "not_json"),
    E("integer_overflow", "{\"id\":\"x\",\"text\":\"a\",\"n\":123456789012345678901234}",
      "not_json"),
    E("bom_before_json", "\xef\xbb\xbf{\"id\":\"x\",\"text\":\"a\"}", "not_json"),
    /* Wrong fields. */
    E("empty_object", "{}", "no_text"),
    E("no_text", "{\"id\":\"x\"}", "no_text"),
    E("text_number", "{\"id\":\"x\",\"text\":5}", "no_text"),
    E("text_null", "{\"id\":\"x\",\"text\":null}", "no_text"),
    E("text_array", "{\"id\":\"x\",\"text\":[\"a\",\"b\"]}", "no_text"),
    E("text_object", "{\"id\":\"x\",\"text\":{\"t\":\"a\"}}", "no_text"),
    E("id_object", "{\"id\":{},\"text\":\"a\"}", "bad_field"),
    E("id_number", "{\"id\":5,\"text\":\"a\"}", "bad_field"),
    E("title_number", "{\"id\":\"x\",\"title\":7,\"text\":\"a\"}", "bad_field"),
    E("duplicate_keys", "{\"id\":\"x\",\"text\":\"a\",\"text\":\"b\"}", "not_json"),
    /* Bytes and escapes Jansson refuses. */
    E("invalid_utf8", T("a\xff b"), "not_json"),
    E("overlong_utf8", T("a\xc0\xaf b"), "not_json"),
    E("utf8_surrogate", T("a\xed\xa0\x80 b"), "not_json"),
    E("utf8_cut_short", T("a\xe2\x80"), "not_json"),
    E("nul_escape", T("a\\u0000b"), "not_json"),
    E("lone_surrogate_escape", T("a\\ud800b"), "not_json"),
    E("raw_control_char", T("a\x01 b"), "not_json"),
    /* Frames. */
    { "empty_frame", "", 0, "", 0, "", 0, "", 1, "empty", 0 },
    { "two_frames", T("a"), sizeof T("a") - 1, "", 0, "", 0, "", 2, "extra_frames", 0 },
    { "three_frames", T("a"), sizeof T("a") - 1, "", 0, "", 0, "", 3, "extra_frames", 0 },
    /* Size and depth. */
    { "deep_nesting_100k", "", 0, "[", 100000, "]", 100000, "", 1, "not_json", 0 },
    { "frame_just_over_1m", P, sizeof P - 1, "x", 1536 * 1024, "", 0, "\"}", 1, "too_large", 0 },
    { "frame_50mb", P, sizeof P - 1, "x", 50u << 20, "", 0, "\"}", 1, "too_large", 0 },
    /* Odd but valid articles: a result, not an error. */
    A("empty_text", T(""), 0),
    A("whitespace_text", T("   \\n\\t  "), 0),
    A("escaped_controls", T("a\\u0001\\u0007\\u001b[31m\\u001f b"), 0),
    A("surrogate_pair_emoji", T("Talks \\ud83d\\ude00 resumed \xf0\x9f\x98\x80."), 0),
    A("bom_in_text", T("\\ufeffTrade talks resumed."), 0),
    A("rtl_arabic",
      T("\xd9\x82\xd8\xa7\xd9\x84 \xd8\xa7\xd9\x84\xd9\x88\xd8\xb2\xd9\x8a\xd8\xb1 "
        "\xc2\xab\xd9\x86\xd8\xb1\xd8\xad\xd8\xa8 \xd8\xa8\xd8\xa7\xd9\x84\xd9\x85\xd8\xad"
        "\xd8\xa7\xd8\xaf\xd8\xab\xd8\xa7\xd8\xaa\xc2\xbb."), -1),
    A("rtl_override_marks", T("\\u202e\xe2\x80\x9cWe welcome this,\xe2\x80\x9d said Maria "
                              "Ortega.\\u202c"), 1),
    A("cjk", T("\xe5\xa4\x96\xe9\x95\xbf\xe8\xaf\xb4\xef\xbc\x9a\xe3\x80\x8c\xe6\x88\x91"
               "\xe4\xbb\xac\xe6\xac\xa2\xe8\xbf\x8e\xe5\xaf\xb9\xe8\xaf\x9d\xe3\x80\x82"
               "\xe3\x80\x8d"), -1),
    A("combining_and_zwj", T("Mari\xcc\x81\xcc\x81\xcc\x81" "a \xe2\x80\x8d\xe2\x80\x8d said "
                             "\xe2\x80\x9c" "fine\xe2\x80\x9d."), -1),
    A("line_separators", T("\xe2\x80\x9cWe agree,\\u2028\\u2029\xe2\x80\x9d said Maria "
                           "Ortega."), -1),
    A("extra_fields", "{\"id\":\"m\",\"title\":null,\"meta\":{\"a\":[1,2,{\"b\":null}]},"
                      "\"text\":\"plain\",\"x\":1.5e300}", 0),
    { "quotes_100k", P, sizeof P - 1, "\\\"", 100000, "", 0, "\"}", 1,
      "article", -1 },
    { "curly_quotes_100k", P, sizeof P - 1, "\\u201c\\u201d", 50000, "", 0,
      "\"}", 1, "article", -1 },
    { "long_word_100k", P, sizeof P - 1, "a", 100000, "", 0, "\"}", 1,
      "article", 0 },
    { "one_word_900k", P, sizeof P - 1, "word ", 180000, "", 0, "\"}", 1,
      "article", 0 },
#undef T
#undef P
#undef A
#undef E
};

static char *build(const struct mcase *c, size_t *len)
{
    size_t ul = strlen(c->unit), ul2 = strlen(c->unit2), sl = strlen(c->suffix), i;
    char *buf, *p;
    *len = c->prefix_len + ul * c->n + ul2 * c->n2 + sl;
    buf = malloc(*len + 1);
    ck_assert_ptr_nonnull(buf);
    memcpy(buf, c->prefix, c->prefix_len);
    p = buf + c->prefix_len;
    if (ul == 1) {
        memset(p, c->unit[0], c->n);
        p += c->n;
    } else {
        for (i = 0; i < c->n; i++, p += ul)
            memcpy(p, c->unit, ul);
    }
    for (i = 0; i < c->n2; i++, p += ul2)
        memcpy(p, c->unit2, ul2);
    memcpy(p, c->suffix, sl);
    return buf;
}

/* The daemon's resident memory in kB, from /proc. */
/* Sends case c to d, checks its error or result, then the daemon's
 * health: alive, stats answering with `received` at seq (the count so far
 * with this message), and a normal article classified with its 2 quotes. */
static void check_case(th_daemon *d, const struct mcase *c, long long seq)
{
    size_t len;
    char *msg = build(c, &len);
    json_t *r, *st, *a;
    int f;

    for (f = 1; f <= c->frames; f++)
        ck_assert_int_ge(zmq_send(d->push, msg, len, f < c->frames ? ZMQ_SNDMORE : 0), 0);
    free(msg);
    if (strcmp(c->expect, "article") != 0) {
        r = th_next_of(d, "error");
        ck_assert_msg(r != NULL, "%s: no error message", c->name);
        ck_assert_msg(!strcmp(json_string_value(json_object_get(r, "reason")), c->expect),
                      "%s: reason %s, want %s", c->name,
                      json_string_value(json_object_get(r, "reason")), c->expect);
        ck_assert_msg(json_is_string(json_object_get(r, "message")), "%s: no message", c->name);
    } else {
        r = th_next_of(d, "article");
        ck_assert_msg(r != NULL, "%s: no article result", c->name);
        ck_assert_msg(!strcmp(json_string_value(json_object_get(r, "id")), "m"),
                      "%s: result for another id", c->name);
        ck_assert_msg(json_is_array(json_object_get(r, "quotes")), "%s: no quotes", c->name);
        ck_assert_msg(c->quotes < 0 ||
                      json_array_size(json_object_get(r, "quotes")) == (size_t)c->quotes,
                      "%s: %zu quotes, want %d", c->name,
                      json_array_size(json_object_get(r, "quotes")), c->quotes);
    }
    json_decref(r);
    ck_assert_int_eq(kill(d->pid, 0), 0);
    st = th_control(d, "stats");
    ck_assert_ptr_nonnull(st);
    ck_assert_msg(json_integer_value(json_object_get(st, "received")) == seq,
                  "%s: received %lld, want %lld", c->name,
                  (long long)json_integer_value(json_object_get(st, "received")), seq);
    json_decref(st);
    ck_assert_int_ge(zmq_send(d->push, th_article, th_article_len, 0), 0);
    a = th_next_of(d, "article");
    ck_assert_msg(a != NULL, "%s: the good article after it was not classified", c->name);
    ck_assert_str_eq(json_string_value(json_object_get(a, "id")), "good-1");
    ck_assert_uint_eq(json_array_size(json_object_get(a, "quotes")), 2);
    ck_assert_str_eq(json_string_value(json_object_get(
                         json_array_get(json_object_get(a, "quotes"), 0), "speaker")),
                     "Maria Ortega");
    json_decref(a);
}

/* Each case on a fresh daemon. */
START_TEST(malformed_then_good)
{
    static th_daemon d;
    const struct mcase *c = &cases[_i];

    th_start(&d, st_test_path("model/stance.model"));
    check_case(&d, c, 1);
    if (c->n >= (1u << 20) && !getenv("CK_TIMEOUT_MULTIPLIER")) {
        /* A 50 MB frame is read whole (libzmq's own bound is 64 MB with a
         * 1M --max-message) and freed again: the daemon does not keep it.
         * Not checked in slow builds: the sanitizer's quarantine holds
         * freed memory on purpose. */
        long kb = th_rss_kb(d.pid);
        printf("malformed %s: stanced resident %ld kB after it\n", c->name, kb);
        ck_assert_msg(kb > 0 && kb < 48 * 1024, "%s: %ld kB resident", c->name, kb);
    }
    ck_assert_int_eq(th_stop(&d), 0);
}
END_TEST

/* Every case in turn on one daemon, each checked as above: no state left
 * by one breaks the next.  The run `make valgrind` puts the daemon itself
 * under memcheck for (one daemon start instead of 54). */
START_TEST(all_cases_one_daemon)
{
    static th_daemon d;
    size_t i;

    th_start(&d, st_test_path("model/stance.model"));
    for (i = 0; i < sizeof cases / sizeof *cases; i++)
        check_case(&d, &cases[i], 2 * (long long)i + 1);
    ck_assert_int_eq(th_stop(&d), 0);
}
END_TEST

/* Over libzmq's own bound (ZMQ_MAXMSGSIZE: max(64 MiB, 2 x --max-message),
 * so 64 MiB here): libzmq drops the connection before the daemon sees the
 * frame, so no error message can be published: the frame is lost, as
 * stanced(8) says.  What is tested: nothing is counted or published for
 * it, the daemon stays healthy, and the sender's next article (its PUSH
 * socket reconnects by itself) is classified. */
START_TEST(frame_over_hard_bound)
{
    static th_daemon d;
    size_t n = 70u << 20;
    char *big = malloc(n);
    json_t *a, *st;

    ck_assert_ptr_nonnull(big);
    memset(big, 'x', n);
    th_start(&d, st_test_path("model/stance.model"));
    ck_assert_int_ge(zmq_send(d.push, big, n, 0), 0);
    free(big);
    ck_assert_int_ge(zmq_send(d.push, th_article, th_article_len, 0), 0);
    a = th_next_of(&d, "article");
    ck_assert_msg(a != NULL, "the article after a 70 MB frame was not classified");
    ck_assert_uint_eq(json_array_size(json_object_get(a, "quotes")), 2);
    json_decref(a);
    st = th_control(&d, "stats");
    ck_assert_int_eq(json_integer_value(json_object_get(st, "received")), 1);
    json_decref(st);
    ck_assert_int_eq(th_stop(&d), 0);
}
END_TEST

Suite *st_suite_malformed(void)
{
    Suite *s = suite_create("malformed");
    TCase *tc = tcase_create("malformed");
    TCase *seq = tcase_create("sequence");
    /* Tags: make valgrind runs "daemon" tcases with the daemon itself under
     * memcheck, and only those tagged "memcheck" among them. */
    tcase_set_tags(tc, "daemon");
    tcase_set_tags(seq, "daemon memcheck");
    tcase_set_timeout(tc, 60);
    tcase_set_timeout(seq, 120);
    tcase_add_loop_test(tc, malformed_then_good, 0, sizeof cases / sizeof *cases);
    tcase_add_test(tc, frame_over_hard_bound);
    tcase_add_test(seq, all_cases_one_daemon);
    suite_add_tcase(s, tc);
    suite_add_tcase(s, seq);
    return s;
}
