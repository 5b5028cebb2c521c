/* run_tests.c - the single Check runner behind `make check`. */
#include "suites.h"

#include <stdio.h>
#include <stdlib.h>

const char *st_test_path(const char *rel)
{
    static char buf[4096];
    const char *src = getenv("ST_SRCDIR");
    snprintf(buf, sizeof buf, "%s/%s", src ? src : ".", rel);
    return buf;
}

char *st_test_read_shared(const char *rel, const char *test, size_t *len)
{
    const char *path = st_test_path(rel);
    FILE *fp = fopen(path, "rb");
    char *buf;
    long n;

    if (!fp) {
        printf("SKIP %s: %s absent\n", test, path);
        return NULL;
    }
    fseek(fp, 0, SEEK_END);
    n = ftell(fp);
    rewind(fp);
    buf = malloc((size_t)n + 1);
    ck_assert_ptr_nonnull(buf);
    ck_assert_uint_eq(fread(buf, 1, (size_t)n, fp), (size_t)n);
    fclose(fp);
    buf[n] = '\0';
    *len = (size_t)n;
    return buf;
}

st_features st_test_fx;

void st_test_fx_setup(void)
{
    st_error err;
    ck_assert_msg(st_features_init(&st_test_fx, &err) == ST_OK, "%s", err.text);
}

void st_test_fx_teardown(void)
{
    st_features_finalise(&st_test_fx);
}

int main(void)
{
    SRunner *sr = srunner_create(st_suite_text());
    int failed;

    srunner_add_suite(sr, st_suite_quotes());
    srunner_add_suite(sr, st_suite_words());
    srunner_add_suite(sr, st_suite_layout());
    srunner_add_suite(sr, st_suite_attrib());
    srunner_add_suite(sr, st_suite_attrib_round11());
    srunner_add_suite(sr, st_suite_attrib_round12());
    srunner_add_suite(sr, st_suite_attrib_round13());
    srunner_add_suite(sr, st_suite_attrib_round14());
    srunner_add_suite(sr, st_suite_attrib_round15());
    srunner_add_suite(sr, st_suite_attrib_round16());
    srunner_add_suite(sr, st_suite_attrib_round17());
    srunner_add_suite(sr, st_suite_attrib_round18());
    srunner_add_suite(sr, st_suite_attrib_round19());
    srunner_add_suite(sr, st_suite_attrib_round20());
    srunner_add_suite(sr, st_suite_attrib_round21());
    srunner_add_suite(sr, st_suite_attrib_round22());
    srunner_add_suite(sr, st_suite_attrib_round23());
    srunner_add_suite(sr, st_suite_attrib_round24());
    srunner_add_suite(sr, st_suite_hostile());
    srunner_add_suite(sr, st_suite_cli());
    srunner_add_suite(sr, st_suite_model());
    srunner_add_suite(sr, st_suite_features());
    srunner_add_suite(sr, st_suite_daemon());
    srunner_add_suite(sr, st_suite_malformed());
    srunner_add_suite(sr, st_suite_unit());
    srunner_add_suite(sr, st_suite_security());
    srunner_add_suite(sr, st_suite_scale());
    srunner_add_suite(sr, st_suite_load());
    srunner_add_suite(sr, st_suite_jsonscan());
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
