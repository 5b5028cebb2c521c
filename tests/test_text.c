/* test_text.c - UTF-8 decoding, character classes and the tokenizer. */
#include "suites.h"
#include "../core/text.h"
#include "../features/tokens.h"

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

Suite *st_suite_text(void)
{
    Suite *s = suite_create("text");
    TCase *tc = tcase_create("utf8");
    tcase_add_test(tc, decode_counts_code_points);
    tcase_add_loop_test(tc, decode_rejects_invalid, 0, sizeof invalid / sizeof *invalid);
    tcase_add_test(tc, decode_rejects_nul);
    tcase_add_test(tc, case_classes);
    tcase_add_test(tc, tokenizer_keeps_words_whole);
    suite_add_tcase(s, tc);
    return s;
}
