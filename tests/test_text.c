/* test_text.c - UTF-8 decoding, character classes, the tokenizer, the
 * JSON writer and SHA-256. */
#include "suites.h"
#include "../core/jsonw.h"
#include "../core/sha256.h"
#include "../core/text.h"
#include "../features/tokens.h"

#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

START_TEST(decode_counts_code_points)
{
    st_text t;
    st_error err;
    const char *s = "Erdo\xc4\x9f" "an \xe2\x80\x9cok\xe2\x80\x9d \xf0\x9f\x98\x80";
    ck_assert_int_eq(st_text_decode(&t, s, strlen(s), &err), ST_OK);
    ck_assert_uint_eq(t.len, 14);
    ck_assert_uint_eq(t.cp[4], 0x11F);
    ck_assert_uint_eq(t.cp[13], 0x1F600);
    char *back = st_text_utf8(&t, 0, t.len);
    ck_assert_str_eq(back, s);
    free(back);
    st_text_free(&t);
}
END_TEST

/* Each invalid sequence must be rejected with its byte offset. */
static const struct { const char *bytes; size_t len; size_t bad_at; } invalid[] = {
    { "ab\xff", 3, 2 },                 /* never valid */
    { "\xc0\xaf", 2, 0 },               /* overlong slash */
    { "x\xe0\x80\x80", 4, 1 },          /* overlong NUL */
    { "\xed\xa0\x80", 3, 0 },           /* surrogate */
    { "ok\xe2\x80", 4, 2 },             /* truncated at the end */
    { "\xf4\x90\x80\x80", 4, 0 },       /* above U+10FFFF */
    { "a\x80" "b", 3, 1 },              /* lone continuation */
};

START_TEST(decode_rejects_invalid)
{
    st_text t;
    st_error err;
    ck_assert_int_eq(st_text_decode(&t, invalid[_i].bytes, invalid[_i].len, &err),
                     ST_ERR_INPUT);
    ck_assert_ptr_null(t.cp);
    ck_assert_uint_eq(st_utf8_invalid_at(invalid[_i].bytes, invalid[_i].len),
                      invalid[_i].bad_at);
    ck_assert(strstr(err.text, "invalid UTF-8") != NULL);
}
END_TEST

START_TEST(decode_rejects_nul)
{
    st_text t;
    st_error err;
    ck_assert_int_eq(st_text_decode(&t, "a\0b", 3, &err), ST_ERR_INPUT);
    ck_assert(strstr(err.text, "NUL") != NULL);
}
END_TEST

START_TEST(case_classes)
{
    ck_assert(st_cp_is_upper(0x130));   /* İ */
    ck_assert(st_cp_is_lower(0x131));   /* ı */
    ck_assert_uint_eq(st_cp_lower(0x130), (uint32_t)'i');  /* İstanbul is istanbul */
    ck_assert(st_cp_is_upper(0x15E));   /* Ş */
    ck_assert_uint_eq(st_cp_lower(0x15E), 0x15F);
    ck_assert(st_cp_is_upper(0x141));   /* Ł: the shifted parity range */
    ck_assert_uint_eq(st_cp_lower(0x141), 0x142);
    ck_assert(st_cp_is_upper(0x416));   /* Ж */
    ck_assert(st_cp_is_letter(0x4E60)); /* 习 */
    ck_assert(!st_cp_is_upper(0x4E60));
    ck_assert(st_cp_is_space(0xA0));
}
END_TEST

START_TEST(tokenizer_keeps_words_whole)
{
    st_text t;
    st_error err;
    st_tokens tk = { NULL, 0, 0 };
    const char *s = "China\xe2\x80\x99s U.S. al-Assad 200,000 tr\xc3\xa8s\n\nNext";
    char buf[64];
    ck_assert_int_eq(st_text_decode(&t, s, strlen(s), &err), ST_OK);
    ck_assert_int_eq(st_tokenize(&t, 0, t.len, NULL, &tk, &err), ST_OK);
    ck_assert_uint_eq(tk.n, 7);
    ck_assert_str_eq(st_token_lower(&t, &tk.v[0], buf, sizeof buf), "china's");
    ck_assert_str_eq(st_token_lower(&t, &tk.v[1], buf, sizeof buf), "u.s.");
    ck_assert_str_eq(st_token_lower(&t, &tk.v[2], buf, sizeof buf), "al-assad");
    ck_assert(tk.v[2].flags & ST_TF_CAP);   /* an article before a name */
    ck_assert_str_eq(st_token_lower(&t, &tk.v[3], buf, sizeof buf), "200,000");
    ck_assert_int_eq(tk.v[5].type, ST_TOK_BREAK);
    ck_assert(st_token_is(&t, &tk.v[6], "next"));
    st_tokens_free(&tk);
    st_text_free(&t);
}
END_TEST

/* ST_TF_ALLCAPS: two or more letters, all capitals; digits do not count,
 * and a word starting lower-case never is (the tokenizer only checks words
 * that start with a capital or a digit). */
static const struct caps_case {
    const char *word;
    int allcaps;
} caps_cases[] = {
    { "NATO", 1 }, { "EU", 1 }, { "G7", 0 }, { "3GPP", 1 }, { "5G", 0 }, { "Nato", 0 },
    { "A", 0 }, { "iPHONE", 0 }, { "U.S.", 1 }, { "\xc3\x89TATS", 1 }, { "\xc3\x89tats", 0 },
    { "COVID-19", 1 }, { "al-ASSAD", 0 }, { "2024", 0 },
};

START_TEST(tokenizer_all_caps)
{
    const struct caps_case *c = &caps_cases[_i];
    st_text t;
    st_error err;
    st_tokens tk = { NULL, 0, 0 };
    ck_assert_int_eq(st_text_decode(&t, c->word, strlen(c->word), &err), ST_OK);
    ck_assert_int_eq(st_tokenize(&t, 0, t.len, NULL, &tk, &err), ST_OK);
    ck_assert_uint_eq(tk.n, 1);
    ck_assert_msg(((tk.v[0].flags & ST_TF_ALLCAPS) != 0) == c->allcaps, "%s", c->word);
    st_tokens_free(&tk);
    st_text_free(&t);
}
END_TEST

/* The vector skip over plain ASCII must stop exactly where a scalar scan
 * does: at every length and alignment, with the hit in every lane. */
static size_t find_ascii2_scalar(const uint32_t *cp, size_t from, size_t end, uint32_t a,
                                 uint32_t b)
{
    while (from < end && cp[from] < 0x80 && cp[from] != a && cp[from] != b)
        from++;
    return from;
}

START_TEST(find_ascii2_matches_scalar)
{
    static const uint32_t pool[] = { 'a', 'Z', ' ', '.', '"', '\'', 0x7F, 0x80, 0xE9, 0x201C };
    uint32_t cp[24];
    unsigned seed = 12345;
    for (int round = 0; round < 2000; round++) {
        size_t len = (size_t)(round % 24), from, end;
        for (size_t i = 0; i < len; i++) {
            seed = seed * 1103515245u + 12345u;
            /* mostly plain letters, so that long runs are skipped */
            cp[i] = (seed >> 16) % 4 ? 'a' + (seed >> 8) % 26 : pool[(seed >> 20) % 10];
        }
        for (from = 0; from <= len; from++)
            for (end = from; end <= len; end++) {
                ck_assert_uint_eq(st_cp_find_ascii2(cp, from, end, '"', '\''),
                                  find_ascii2_scalar(cp, from, end, '"', '\''));
                ck_assert_uint_eq(st_cp_find_ascii2(cp, from, end, 'q', 'Q'),
                                  find_ascii2_scalar(cp, from, end, 'q', 'Q'));
            }
    }
}
END_TEST

/* The JSON writer: strings as data, each written by st_jw_strn and by
 * st_jw_cps (from code points) must read back with Jansson as the same
 * string, and the expected text is checked where it is fixed. */
static const struct jw_case {
    const char *in;
    const char *out;        /* the exact JSON, or NULL to check the round trip only */
} jw_cases[] = {
    { "plain", "\"plain\"" },
    { "", "\"\"" },
    { "say \"no\"", "\"say \\\"no\\\"\"" },
    { "back\\slash", "\"back\\\\slash\"" },
    { "line\nbreak\ttab\r", "\"line\\nbreak\\ttab\\r\"" },
    { "\x01\x1f\x7f", "\"\\u0001\\u001f\\u007f\"" },
    { "\xe2\x80\x9cWe\xe2\x80\x9d \xe4\xb8\xad\xe6\x96\x87 \xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d \xf0\x9f\x98\x80", NULL },
    { "\b\f/", "\"\\b\\f/\"" },
};

START_TEST(json_writer_strings)
{
    const struct jw_case *c = &jw_cases[_i];
    st_jw w;
    st_text t;
    st_error err;
    json_error_t je;
    json_t *back;
    char doc[512];

    st_jw_init(&w);
    st_jw_str(&w, c->in);
    ck_assert(!w.failed);
    if (c->out)
        ck_assert_str_eq(w.buf, c->out);
    snprintf(doc, sizeof doc, "[%s]", w.buf);
    back = json_loads(doc, 0, &je);
    ck_assert_msg(back != NULL, "%s does not parse: %s", w.buf, je.text);
    ck_assert_str_eq(json_string_value(json_array_get(back, 0)), c->in);
    json_decref(back);
    /* the same from code points */
    ck_assert_int_eq(st_text_decode(&t, c->in, strlen(c->in), &err), ST_OK);
    st_jw_reset(&w);
    st_jw_cps(&w, t.cp, t.len);
    snprintf(doc, sizeof doc, "[%s]", w.buf);
    back = json_loads(doc, 0, &je);
    ck_assert_ptr_nonnull(back);
    ck_assert_str_eq(json_string_value(json_array_get(back, 0)), c->in);
    json_decref(back);
    st_text_free(&t);
    st_jw_free(&w);
}
END_TEST

START_TEST(json_writer_numbers)
{
    static const struct { double v; const char *out; } reals[] = {
        { 0.0, "0.0" }, { 1.0, "1.0" }, { -1.0, "-1.0" }, { 0.5, "0.5" },
        { 0.123456789, "0.123456789" }, { 0.1234567894, "0.123456789" },
        { -0.0000000001, "0.0" }, { 2.5e-9, "0.000000003" }, { 123.25, "123.25" },
        { 1e12, "1000000000000.0" }, { NAN, "null" }, { INFINITY, "null" },
    };
    st_jw w;
    st_jw_init(&w);
    for (size_t k = 0; k < sizeof reals / sizeof *reals; k++) {
        st_jw_reset(&w);
        st_jw_real(&w, reals[k].v);
        ck_assert_str_eq(w.buf, reals[k].out);
    }
    st_jw_reset(&w);
    st_jw_int(&w, -9223372036854775807LL - 1);
    ST_JW_LIT(&w, ",");
    st_jw_int(&w, 0);
    ST_JW_LIT(&w, ",");
    st_jw_int(&w, 42);
    ST_JW_LIT(&w, ",");
    st_jw_str(&w, NULL);
    ck_assert_str_eq(w.buf, "-9223372036854775808,0,42,null");
    st_jw_free(&w);
}
END_TEST

/* FIPS 180-4 / NIST example digests, each checked with the portable
 * rounds (_i even) and with the SHA extensions when the CPU has them. */
static const struct sha_case {
    const char *text;
    size_t repeat;          /* the text this many times */
    const char *hex;
} sha_cases[] = {
    { "", 1, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" },
    { "abc", 1, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" },
    { "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 1,
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1" },
    { "a", 1000000, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0" },
};

START_TEST(sha256_known_digests)
{
    const struct sha_case *c = &sha_cases[_i / 2];
    st_sha256 h;
    char hex[65];
    size_t k;
    int accel = st_sha256_accel(_i % 2);
    if (_i % 2 && !accel)
        return;             /* no SHA extensions here: the portable case covers it */
    st_sha256_init(&h);
    for (k = 0; k < c->repeat; k++)
        st_sha256_update(&h, c->text, strlen(c->text));
    st_sha256_hex(&h, hex);
    st_sha256_accel(1);
    ck_assert_str_eq(hex, c->hex);
}
END_TEST

/* Pseudo-random bytes fed in pieces of every length up to 200: the same
 * digest as in one piece, by both kinds of rounds. */
START_TEST(sha256_pieces_and_paths_agree)
{
    static unsigned char data[20000];
    char one[65], pieces[65], portable[65];
    st_sha256 h;
    uint32_t x = 2463534242u;
    size_t i, at, len = 1;
    for (i = 0; i < sizeof data; i++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        data[i] = (unsigned char)x;
    }
    st_sha256_init(&h);
    st_sha256_update(&h, data, sizeof data);
    st_sha256_hex(&h, one);
    st_sha256_init(&h);
    for (at = 0; at < sizeof data; at += len, len = len % 200 + 1)
        st_sha256_update(&h, data + at, at + len > sizeof data ? sizeof data - at : len);
    st_sha256_hex(&h, pieces);
    st_sha256_accel(0);
    st_sha256_init(&h);
    st_sha256_update(&h, data, sizeof data);
    st_sha256_hex(&h, portable);
    st_sha256_accel(1);
    ck_assert_str_eq(pieces, one);
    ck_assert_str_eq(portable, one);
}
END_TEST

Suite *st_suite_text(void)
{
    Suite *s = suite_create("text");
    TCase *tc = tcase_create("utf8");
    tcase_add_test(tc, decode_counts_code_points);
    tcase_add_loop_test(tc, decode_rejects_invalid, 0, sizeof invalid / sizeof *invalid);
    tcase_add_test(tc, decode_rejects_nul);
    tcase_add_test(tc, case_classes);
    tcase_add_test(tc, tokenizer_keeps_words_whole);
    tcase_add_loop_test(tc, tokenizer_all_caps, 0, sizeof caps_cases / sizeof *caps_cases);
    tcase_add_test(tc, find_ascii2_matches_scalar);
    tcase_add_loop_test(tc, json_writer_strings, 0, sizeof jw_cases / sizeof *jw_cases);
    tcase_add_test(tc, json_writer_numbers);
    tcase_add_loop_test(tc, sha256_known_digests, 0, 2 * sizeof sha_cases / sizeof *sha_cases);
    tcase_add_test(tc, sha256_pieces_and_paths_agree);
    suite_add_tcase(s, tc);
    return s;
}
