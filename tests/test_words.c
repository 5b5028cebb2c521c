/* test_words.c - the word-level tables under quote extraction: word
 * classes and cues (wordclass.c), the per-article token folds (tokens.c)
 * and the given-name list (given_names.c). */
#include "suites.h"
#include "../features/tokens.h"
#include "../features/wordclass.h"
#include "../features/given_names.h"

#include <stdio.h>
#include <string.h>

/* Word classes: every class answers for its words and only them, whatever
 * a list's order (a binary search once missed "tells" and "writes", which
 * sat out of order), and a cue gives its canonical form. */
START_TEST(word_classes)
{
    const char *canon = NULL;
    ck_assert(st_wc_cue_speech("tells") && st_wc_cue_speech("told"));
    ck_assert(st_wc_cue_invertible("writes") && st_wc_cue_invertible("said"));
    ck_assert(!st_wc_cue_invertible("accused"));
    ck_assert(st_wc_title("minister") && !st_wc_title("ministry"));
    ck_assert(st_wc_org_head("ministry") && !st_wc_org_head("minister"));
    ck_assert(st_wc_place("china") && st_wc_pronoun("she") && st_wc_determiner("their"));
    ck_assert(!st_wc_place("") && !st_wc_function("xyzzy"));
    ck_assert_int_eq(st_wc_cue("according", &canon), ST_CUE_ACCORDING);
    ck_assert_str_eq(canon, "according to");
    ck_assert_int_eq(st_wc_cue("quoting", &canon), ST_CUE_QUOTED);
    ck_assert_int_eq(st_wc_cue("warned", &canon), ST_CUE_SAY);
    ck_assert_str_eq(canon, "warned");
    ck_assert_int_eq(st_wc_cue("ministry", &canon), ST_CUE_NONE);
    ck_assert_str_eq(st_wc_demonym("china"), "Chinese");
    ck_assert_ptr_null(st_wc_demonym("chinese"));
}
END_TEST

/* The per-article fold is st_token_lower's form, cut at the same place. */
START_TEST(token_folds)
{
    static const char src[] = "Xi\u2019s \u00c9LYS\u00c9E said: "
        "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\u00c9\u00c9 \u0416\u0423\u041a";
    char utf8[256], buf[ST_TOKEN_FOLD_MAX + 1];
    st_text t;
    st_tokens tk = { NULL, 0, 0 };
    st_folds f = { NULL, NULL };
    st_error err;
    size_t n = 0, len;
    /* Build the UTF-8 from the escapes above. */
    for (const char *p = src; *p; p++) {
        if (p[0] == '\\' && p[1] == 'u') {
            unsigned c;
            sscanf(p + 2, "%4x", &c);
            n += st_utf8_put(c, utf8 + n);
            p += 5;
        } else {
            utf8[n++] = *p;
        }
    }
    ck_assert_int_eq(st_text_decode(&t, utf8, n, &err), ST_OK);
    ck_assert_int_eq(st_tokenize(&t, 0, t.len, NULL, &tk, &err), ST_OK);
    ck_assert_int_eq(st_tokens_fold(&t, &tk, &f, &err), ST_OK);
    ck_assert_uint_ge(tk.n, 5);
    for (size_t k = 0; k < tk.n; k++) {
        const char *s = st_fold_get(&f, k, &len);
        ck_assert_str_eq(s, st_token_lower(&t, &tk.v[k], buf, sizeof buf));
        ck_assert_uint_eq(len, strlen(s));
        ck_assert_uint_le(len, ST_TOKEN_FOLD_MAX);
    }
    ck_assert_str_eq(st_fold_get(&f, 0, &len), "xi's");
    st_folds_free(&f);
    st_tokens_free(&tk);
    st_text_free(&t);
}
END_TEST

/* The given-name list is sorted and every line of it is indexed; lookups
 * find names with diacritics and miss unlisted ones. */
START_TEST(given_names)
{
    size_t listed, indexed = st_gn_count(&listed);
    ck_assert_uint_gt(listed, 1000);
    ck_assert_uint_lt(listed, ST_GN_MAX);
    ck_assert_msg(indexed == listed, "%zu of %zu entries indexed: a line is malformed or "
                  "out of byte order", indexed, listed);
    ck_assert_int_eq(st_gn_gender("brenda", 6), 'f');
    ck_assert_int_eq(st_gn_gender("matthias", 8), 'm');
    ck_assert_int_eq(st_gn_gender("józef", strlen("józef")), 'm');
    ck_assert_int_eq(st_gn_gender("alex", 4), 0);
    ck_assert_int_eq(st_gn_gender("zzzz", 4), 0);
    ck_assert_int_eq(st_gn_gender("", 0), 0);
}
END_TEST

Suite *st_suite_words(void)
{
    Suite *s = suite_create("words");
    TCase *tc = tcase_create("tables");
    tcase_add_test(tc, word_classes);
    tcase_add_test(tc, token_folds);
    tcase_add_test(tc, given_names);
    suite_add_tcase(s, tc);
    return s;
}
