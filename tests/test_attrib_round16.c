/* test_attrib_round16.c - attribution cases read from the sixteenth
 * round's articles and what they taught.
 *
 * The same data-driven form as test_attrib_round15.c (st_qcase: an
 * article and the statements it must yield, with speakers; "" for a
 * statement nobody is named for), one construct a case. */
#include "suites.h"

static const st_qcase cases[] = {
    /* a role introduced with an indefinite article and left unnamed ("A national coach, who did
     * not wish to be named,") is the "the coach" that speaks next, not the next person the text
     * names */
    { "indefinite_role_before_the_next_named_person",
      "Rohit Dahiya, who is leading the protest, said the boxers would stay.\n\n"
      "The protest began on Monday.\n\n"
      "Buses came from Rohtak.\n\nThe federation has not replied.\n\n"
      "A national coach, who did not wish to be named, backed the boxers' complaint.\n\n"
      "\"Trials have been held in a hurry,\" the coach said.\n\n"
      "Former boxer Thokchom Renubala Devi said the matter should not be left to the federa"
      "tion.\n\n\"The athletes must be heard first,\" she said.\n",
      { { "Trials have been held", "", "full" },
        { "The athletes must be heard", "Thokchom Renubala Devi", "full" } } },
    /* a question mark ends the quote and a speech cue opens what follows ("“…?” HNP leader X
     * said at a press conference, calling …"): an attribution, though a partial quote follows in
     * the sentence */
    { "question_mark_then_cue_before_a_second_quote",
      "\"They cannot agree on a budget, so how can they run a country?\" HNP leader Bohumil"
      " Kratochv\xC3\xADl said at a press conference, calling on the cabinet to \"stop the "
      "chaos and step aside\".\n",
      { { "They cannot agree", "Bohumil Kratochv\xC3\xADl", "full" },
        { "stop the chaos", "Bohumil Kratochv\xC3\xADl", "partial" } } },
    /* a body after a title's "of" is the title's ("Speaker of parliament X"), so X is a person
     * introduced, the "he" of the quote after, not the last speaker */
    { "title_of_a_body_then_the_name",
      "Peter Z\xC3\xA1me\xC4\x8Dn\xC3\xADk of the Alliance saw the whole scene. \"It looked"
      " like a pub,\" he told reporters.\n\n"
      "Speaker of parliament Miroslav Tk\xC3\xA1\xC4\x8Dik tried to calm the situation. \"I"
      " have invited both colleagues,\" he said in the evening.\n",
      { { "It looked like", "Peter Z\xC3\xA1me\xC4\x8Dn\xC3\xADk", "full" },
        { "I have invited", "Miroslav Tk\xC3\xA1\xC4\x8Dik", "full" } } },
    /* a portfolio opened by a place's adjective ("State Secretary for European Affairs X") does
     * not run into the name */
    { "portfolio_with_a_place_adjective_before_the_name",
      "State Secretary for European Affairs Hana Posp\xC3\xAD\xC5\xA1ilov\xC3\xA1 stopped b"
      "riefly at the doorstep.\n\n\"The Czech Republic's position has not changed,\" she sa"
      "id.\n",
      { { "The Czech Republic", "Hana Posp\xC3\xAD\xC5\xA1ilov\xC3\xA1", "full" } } },
    /* lowercase modifiers between "of the" and an organisation ("X of the main opposition People
     * Power Party, a member of …, said") leave X the subject */
    { "person_of_the_main_opposition_party",
      "Rep. Cho Hyun-seok of the main opposition People Power Party, a member of the Nation"
      "al Assembly's defense committee, said in a Facebook post, \"The government's line me"
      "ans nothing if the North answers it with a missile.\"\n",
      { { "The government's line", "Cho Hyun-seok", "full" } } },
    /* "sneered" is a cue; a tabloid's "Firebrand" before a surname is a descriptor, not a given
     * name */
    { "sneered_and_firebrand",
      "Gary Pennington, 58, general secretary of the rail union, announced the walkouts.\n\n"
      "Firebrand Pennington said: \"We won't be bullied by a Government like this.\"\n\n"
      "World No 6 Kev Marchbank sneered: \"If he wants to be a politician, he can stand for"
      " the council.\"\n",
      { { "We won't be bullied", "Gary Pennington", "full" },
        { "If he wants", "Kev Marchbank", "full" } } },
    /* the people of everyday stories are persons ("a civil servant who pleaded anonymity told
     * our correspondent", "A commuter said"): an unnamed source, not the last speaker going on */
    { "everyday_people_are_unnamed_sources",
      "Ade Bello, the union's president, said: \"We will strike on Monday.\"\n\n"
      "At the Federal Secretariat in Abuja, a civil servant who pleaded anonymity told our "
      "correspondent, \"We are tired. Transport alone takes half my salary.\"\n\n"
      "A commuter said: \"The buses are already full by six in the morning.\"\n",
      { { "We will strike", "Ade Bello", "full" },
        { "We are tired", "", "full" },
        { "The buses are already", "", "full" } } },
    /* an indefinite role with no name in its sentence is an unnamed source, not a holder of the
     * role named before ("said one European diplomat, who asked not to be named"); "An Iraqi
     * source" too: a country's adjective names no organisation */
    { "indefinite_role_is_not_the_named_holder_before",
      "Tom\xC3\xA1s Echeverr\xC3\xAD" "a, the Uruguayan diplomat who chaired the conference, s"
      "aid: \"We will try again.\"\n\n"
      "In private, few were so generous. \"Everyone in the room knew by Wednesday that Mosc"
      "ow would not move,\" said a European diplomat who spoke on the condition of anonymit"
      "y.\n\nAn Iraqi source who took part in the talks told Al-Diyar that Ankara had offer"
      "ed \"about 400 cubic meters per second\" in summer.\n",
      { { "We will try again", "Tom\xC3\xA1s Echeverr\xC3\xAD" "a", "full" },
        { "Everyone in the room", "", "full" },
        { "about 400 cubic", "", "partial" } } },
    /* an indefinite role named only below it is that person ("a judge told him he had 'shamed'
     * his club", then "Judge X told the court") */
    { "indefinite_role_named_after",
      "Darren Pocklington, 38, was jailed for four months.\n\n"
      "He sobbed in the dock as a judge told him he had \xE2\x80\x9Cshamed\xE2\x80\x9D his "
      "club and his country.\n\nJudge Marloes Hoekstra told the court: \xE2\x80\x9CThat is "
      "not a moment of madness. That is a choice.\xE2\x80\x9D\n",
      { { "shamed", "Marloes Hoekstra", "partial" },
        { "That is not a moment", "Marloes Hoekstra", "full" } } },
    /* "A Treasury source", "A Border Force source": an unnamed person, null as the brief asks,
     * though a capitalised body names where they work */
    { "an_institution_s_source_is_unnamed",
      "Gary Pennington, general secretary of the union, announced the walkouts. \"We won't "
      "be bullied,\" he said.\n\nA Whitehall source added: \"There's no more money in the p"
      "ot.\"\n",
      { { "We won't be bullied", "Gary Pennington", "full" },
        { "There's no more money", "", "full" } } },
    /* a US lawmaker's party and district between commas ("State Sen. X, R-Sierra Vista, said")
     * are no apposition; the subject is the name */
    { "party_and_district_after_a_name",
      "State Sen. Karen Holloway, R-Sierra Vista, said in a statement that Arizona \"should"
      " not have to beg Washington for help securing its own border.\"\n",
      { { "should not have to beg", "Karen Holloway", "partial" } } },
    /* "Limited" ends a company's name, so "he" after it is the person named before, not the
     * company */
    { "limited_ends_a_company_name",
      "Health Minister Adebayo Ogunleye spoke in Abuja.\n\n"
      "The minister also announced an agreement with an Indian manufacturer, Sudhar Vaccine"
      "s Limited, for routine vaccines.\n\n"
      "Recalling the pandemic, he said, \"During COVID-19, our people waited for months.\""
      "\n",
      { { "During COVID-19", "Adebayo Ogunleye", "full" } } },
    /* a participle's subject runs past a dotted title and a dateline's agency ("TOPEKA, Kan.
     * (AP) — Kansas Gov. X on Friday vetoed …, calling it") */
    { "participle_subject_past_dotted_title_and_dateline",
      "TOPEKA, Kan. (AP) \xE2\x80\x94 Kansas Gov. Ellen Marsh on Friday vetoed a bill on pr"
      "operty taxes, calling it \"a mandate dressed up as relief\" and setting up a likely "
      "override vote.\n",
      { { "a mandate dressed up", "Ellen Marsh", "partial" } } },
    /* "said a senior government official": the body before a person noun is the person's, an
     * unnamed source */
    { "a_body_s_official_after_the_cue",
      "Nikhil Sethi said the company wanted \"a practical glide path\".\n\n"
      "\"They were given eighteen months. That will not work,\" said a senior government of"
      "ficial who did not wish to be named.\n",
      { { "a practical glide path", "Nikhil Sethi", "partial" },
        { "They were given", "", "full" } } },
    /* a run opening with a saint's word ("in calle San Vicente") is a place, not a person for
     * "he" */
    { "saint_word_opens_a_place",
      "Manuel Ruiz Lozano has conceded defeat at the socialists' headquarters in calle San "
      "Vicente, in front of a subdued room.\n\n"
      "\"The result is bad, very bad, and I am not going to hide behind excuses,\" he said."
      "\n",
      { { "The result is bad", "Manuel Ruiz Lozano", "full" } } },
    /* "the ministry's press service said": the body it serves speaks; "Auto" ends a business's
     * name, for "the company" */
    { "press_service_and_auto",
      "The Ministry of Energy of Uzbekistan declined to comment on Kyrgyz procedures.\n\n"
      "\"Uzbekistan respects the sovereign decisions of the Kyrgyz parliament,\" the minist"
      "ry's press service said.\n\nWe also had a response from Huaxin Auto, one of the Chin"
      "ese carmakers.\n\nA spokesperson for the company told us: \"Our success in Europe is"
      " based on technology, not subsidies.\"\n",
      { { "Uzbekistan respects", "Ministry of Energy of Uzbekistan", "full" },
        { "Our success in Europe", "Huaxin Auto", "full" } } },
    /* US county and city offices are titles ("County Supervisor X", "Comptroller X", "Alderwoman
     * X"): the name after them is a person introduced, and the title stays out of it */
    { "county_and_city_offices_are_titles",
      "\"My deputies are not immigration agents,\" Whitcomb said.\n\n"
      "County Supervisor Linda Carrasco-Hale raised the issue at Tuesday's board meeting.\n\n"
      "\"I've asked the governor's office three times for emergency money,\" she said.\n\n"
      "Comptroller Ruth Abernathy-Soto said every day without a budget was \"a day of uncer"
      "tainty\".\n",
      { { "My deputies", "Whitcomb", "full" },
        { "I've asked", "Linda Carrasco-Hale", "full" },
        { "a day of uncertainty", "Ruth Abernathy-Soto", "partial" } } },
};

START_TEST(attribution_case)
{
    st_test_quote_case(&cases[_i]);
}
END_TEST

Suite *st_suite_attrib_round16(void)
{
    return st_test_loop_suite("attrib_round16", attribution_case, sizeof cases / sizeof *cases);
}
