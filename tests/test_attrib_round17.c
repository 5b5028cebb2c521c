/* test_attrib_round17.c - attribution cases read from the seventeenth
 * round's articles and what they taught.
 *
 * The same data-driven form as test_attrib_round16.c (st_qcase: an
 * article and the statements it must yield, with speakers; "" for a
 * statement nobody is named for), one construct a case. */
#include "suites.h"

static const st_qcase cases[] = {
    /* a title's portfolio that opens with an organisation's acronym ("Minister for EU Affairs
     * X") ends before the name: the person is introduced, and her surname later is her */
    { "portfolio_with_an_acronym_before_the_name",
      "Minister for EU Affairs Anna Kovac arrived late for the talks.\n\n"
      "\"We will not accept this deal,\" Kovac said.\n\n"
      "\"The door stays open,\" State Secretary for EU Affairs Marta Horvat told reporters."
      "\n",
      { { "We will not accept", "Anna Kovac", "full" },
        { "The door stays open", "Marta Horvat", "full" } } },
    /* a sports ranking after the cue ("said world No 6 X", "said No. 2 seed X") describes the
     * person named after it */
    { "ranking_before_the_name_after_the_cue",
      "\"It was a hard match,\" said world No 6 Elena Petrova after the final.\n\n"
      "\"I was lucky in the tie-break,\" said No. 2 seed Ana Lucic.\n",
      { { "It was a hard match", "Elena Petrova", "full" },
        { "I was lucky", "Ana Lucic", "full" } } },
    /* a list of adjectives opening an organisation's name after its article ("the Foreign,
     * Commonwealth and Development Office") is part of the name */
    { "organisation_name_opening_with_a_list",
      "\"We are monitoring the situation closely,\" a spokesperson for the Foreign, Commonw"
      "ealth and Development Office said.\n",
      { { "We are monitoring", "Foreign, Commonwealth and Development Office", "full" } } },
};

START_TEST(attribution_case)
{
    st_test_quote_case(&cases[_i]);
}
END_TEST

Suite *st_suite_attrib_round17(void)
{
    return st_test_loop_suite("attrib_round17", attribution_case, sizeof cases / sizeof *cases);
}
