/* test_attrib_round23.c - attribution cases read from the twenty-third
 * round's articles and what they taught.
 *
 * The same data-driven form as test_attrib_round22.c (st_qcase: an
 * article and the statements it must yield, with speakers; "" for a
 * statement nobody is named for), one construct a case. */
#include "suites.h"

static const st_qcase cases[] = {
    /* a woman named in full as a cue's subject ("Anna Novak says she …") is a woman's
     * event: a later "he" with no man in sight is nobody named, not she; "Commodore" is a
     * title, not part of the name */
    { "a_full_name_cue_keeps_its_gender",
      "Anna Novak says she did nothing wrong. The question, she insists, was \"the most"
      " normal question in the world\".\n\nThe minister is having none of it.\n\n\"Nobo"
      "dy gets fired for questions in this country,\" he snapped.\n\nCommodore Ramon Vi"
      "llanueva, a spokesman for the coast guard, said the strategy was deliberate. \"T"
      "ransparency is our best protection,\" he said.\n",
      { { "the most normal question", "Anna Novak", "partial" },
        { "Nobody gets fired", "", "full" },
        { "Transparency is our best", "Ramon Villanueva", "full" } } },
};

START_TEST(attribution_case)
{
    st_test_quote_case(&cases[_i]);
}
END_TEST

Suite *st_suite_attrib_round23(void)
{
    return st_test_loop_suite("attrib_round23", attribution_case, sizeof cases / sizeof *cases);
}
