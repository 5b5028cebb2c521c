/* qcase.c - the runner of the data-driven quote cases (st_qcase) that
 * test_quotes.c, test_attrib.c and the test_attrib_round*.c files list: extracts a
 * case's article and checks its statements, speakers and kinds; and the suite
 * every such file builds around its cases. */
#include "suites.h"
#include "../features/quotes.h"

#include <stdlib.h>
#include <string.h>

void st_test_quote_case(const st_qcase *c)
{
    st_text t;
    st_quotes qs = { NULL, 0, 0 };
    st_error err;
    size_t want_n = 0, k;

    while (want_n < ST_QCASE_MAX && c->q[want_n].words)
        want_n++;
    ck_assert_int_eq(st_text_decode(&t, c->text, strlen(c->text), &err), ST_OK);
    ck_assert_int_eq(st_quotes_extract(&t, &qs, &err), ST_OK);
    ck_assert_msg(qs.n == want_n, "%s: %zu statements, want %zu", c->name, qs.n, want_n);
    for (k = 0; k < want_n; k++) {
        const st_quote *q = &qs.v[k];
        char *words = st_text_utf8(&t, q->start, q->end);
        ck_assert_msg(strncmp(words, c->q[k].words, strlen(c->q[k].words)) == 0,
                      "%s #%zu: got \"%s\"", c->name, k, words);
        if (c->q[k].speaker && !c->q[k].speaker[0])
            ck_assert_msg(q->speaker == NULL, "%s #%zu: speaker %s, want none", c->name, k,
                          q->speaker);
        else if (c->q[k].speaker)
            ck_assert_msg(q->speaker && strcmp(q->speaker, c->q[k].speaker) == 0,
                          "%s #%zu: speaker %s, want %s", c->name, k,
                          q->speaker ? q->speaker : "(null)", c->q[k].speaker);
        ck_assert_str_eq(st_quote_kind_name(q->kind), c->q[k].kind);
        free(words);
    }
    st_quotes_free(&qs);
    st_text_free(&t);
}

Suite *st_test_loop_suite(const char *name, const TTest *test, size_t n)
{
    Suite *s = suite_create(name);
    TCase *tc = tcase_create("cases");
    tcase_add_loop_test(tc, test, 0, (int)n);
    suite_add_tcase(s, tc);
    return s;
}
