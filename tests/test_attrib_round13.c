/* test_attrib_round13.c - attribution cases read from the thirteenth
 * round's articles and what they taught.
 *
 * The same data-driven form as test_attrib_round12.c (st_qcase: an
 * article and the statements it must yield, with speakers), one construct
 * a case. */
#include "suites.h"

static const st_qcase cases[] = {
    /* an acronym spelled out earlier names its organisation, possessive
     * or not: "according to the AIU's written decision" */
    { "possessive_acronym_names_the_organisation_spelled_out",
      "The ban was imposed by the Athletics Integrity Unit (AIU) on Thursday.\n\n"
      "\"The athlete did not establish how the substance got there,\" the AIU said in a "
      "statement.\n\n"
      "According to the AIU's written decision, the level was \"not consistent with\" the "
      "supplement.\n\n"
      "The findings were, according to the AIU\xE2\x80\x99s report, \"well above the "
      "threshold\" for the drug.\n",
      { { "The athlete did not", "Athletics Integrity Unit", "full" },
        { "not consistent with", "Athletics Integrity Unit", "partial" },
        { "well above the threshold", "Athletics Integrity Unit", "partial" } } },
};

START_TEST(attribution_case)
{
    st_test_quote_case(&cases[_i]);
}
END_TEST

Suite *st_suite_attrib_round13(void)
{
    Suite *s = suite_create("attrib_round13");
    TCase *tc = tcase_create("cases");
    tcase_add_loop_test(tc, attribution_case, 0, sizeof cases / sizeof *cases);
    suite_add_tcase(s, tc);
    return s;
}
