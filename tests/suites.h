/* suites.h - the Check suites linked into the one test runner. */
#ifndef ST_SUITES_H
#define ST_SUITES_H

#include <check.h>

#include "../features/featurize.h"

Suite *st_suite_text(void);
Suite *st_suite_quotes(void);
Suite *st_suite_words(void);
Suite *st_suite_layout(void);
Suite *st_suite_attrib(void);
Suite *st_suite_attrib_round11(void);
Suite *st_suite_attrib_round12(void);
Suite *st_suite_attrib_round13(void);
Suite *st_suite_attrib_round14(void);
Suite *st_suite_attrib_round15(void);
Suite *st_suite_attrib_round16(void);
Suite *st_suite_attrib_round17(void);
Suite *st_suite_attrib_round18(void);
Suite *st_suite_attrib_round19(void);
Suite *st_suite_attrib_round20(void);
Suite *st_suite_attrib_round21(void);
Suite *st_suite_attrib_round22(void);
Suite *st_suite_attrib_round23(void);
Suite *st_suite_attrib_round24(void);
Suite *st_suite_hostile(void);
Suite *st_suite_cli(void);
Suite *st_suite_model(void);
Suite *st_suite_features(void);
Suite *st_suite_daemon(void);
Suite *st_suite_malformed(void);
Suite *st_suite_unit(void);
Suite *st_suite_security(void);
TCase *st_tcase_lockdown(void);    /* part of the security suite */
Suite *st_suite_scale(void);
Suite *st_suite_load(void);
Suite *st_suite_jsonscan(void);

/* A feature extractor for the suites that need one (features, model):
 * made by st_test_fx_setup and freed by st_test_fx_teardown, a Check
 * checked fixture. */
extern st_features st_test_fx;
void st_test_fx_setup(void);
void st_test_fx_teardown(void);

/* A quote-extraction case: an article and the statements it must yield,
 * in order (words the quote starts with, speaker, "" for none, or NULL for any; kind).
 * A case that lists none asserts that nothing is emitted. */
#define ST_QCASE_MAX 6
typedef struct st_qwant {
    const char *words;
    const char *speaker;
    const char *kind;       /* "full" or "partial" */
} st_qwant;

typedef struct st_qcase {
    const char *name;
    const char *text;
    st_qwant q[ST_QCASE_MAX];
} st_qcase;

/* Extracts c->text and checks it against c (qcase.c). */
void st_test_quote_case(const st_qcase *c);

/* A suite named name of one test case, "cases", running test once for
 * each of n cases (qcase.c): the form the data-driven case files share. */
Suite *st_test_loop_suite(const char *name, const TTest *test, size_t n);

/* $ST_SRCDIR (the source tree) joined with rel, in a static buffer. */
const char *st_test_path(const char *rel);

/* The file at rel (e.g. "../shared/examples/..."), read whole and
 * NUL-terminated, its length in *len; NULL, after printing that test
 * skips, when it is absent (../shared is not part of the project). */
char *st_test_read_shared(const char *rel, const char *test, size_t *len);

#endif
