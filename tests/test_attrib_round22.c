/* test_attrib_round22.c - attribution cases read from the twenty-second
 * round's articles and what they taught.
 *
 * The same data-driven form as test_attrib_round21.c (st_qcase: an
 * article and the statements it must yield, with speakers; "" for a
 * statement nobody is named for), one construct a case. */
#include "suites.h"

static const st_qcase cases[] = {
    /* two people introduced with one surname ("Aoife and Pádraig Ó Ceallaigh"): the first
     * given name alone is that person with the shared surname, and a courtesy title of her
     * sex before the surname is she, not the man whose full name the text prints */
    { "a_couple_named_with_one_surname",
      "Among the families who campaigned were Aoife and P\xC3\xA1" "draig \xC3\x93 Ceallaigh "
      "from Ballinamore.\n\n\"We were told nothing went wrong,\" Aoife said.\n\n\"It was a f"
      "ailure of governance,\" Ms \xC3\x93 Ceallaigh said.\n\n\"We will keep asking,\" Mr "
      "\xC3\x93 Ceallaigh said.\n\nBritain and Daniel Smith signed the lease in May.\n\n\"W"
      "e are pleased,\" Smith said.\n",
      { { "We were told nothing", "Aoife \xC3\x93 Ceallaigh", "full" },
        { "It was a failure", "Aoife \xC3\x93 Ceallaigh", "full" },
        { "We will keep asking", "P\xC3\xA1" "draig \xC3\x93 Ceallaigh", "full" },
        { "We are pleased", "Daniel Smith", "full" } } },
};

START_TEST(attribution_case)
{
    st_test_quote_case(&cases[_i]);
}
END_TEST

Suite *st_suite_attrib_round22(void)
{
    return st_test_loop_suite("attrib_round22", attribution_case, sizeof cases / sizeof *cases);
}
