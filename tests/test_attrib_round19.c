/* test_attrib_round19.c - attribution cases read from the nineteenth
 * round's articles and what they taught.
 *
 * The same data-driven form as test_attrib_round18.c (st_qcase: an
 * article and the statements it must yield, with speakers; "" for a
 * statement nobody is named for), one construct a case. */
#include "suites.h"

static const st_qcase cases[] = {
    /* a reporter's label with the outlet in brackets ("REPORTER (Hokuriku Shimbun):") opens
     * a question, as "Q:" does, so the answer lines around it are statements and the
     * question none */
    { "reporter_label_opens_a_question",
      "Chief Cabinet Secretary Hirano Masatoshi held a press conference.\n\nHIRANO: First, "
      "I have one announcement. Prime Minister Sakakibara will visit the Republic of Korea "
      "next week.\n\nREPORTER (Hokuriku Shimbun): On Takeshima. What is the Government's re"
      "sponse?\n\nHIRANO: We will respond firmly to this.\n",
      { { "First, I have one", "Hirano Masatoshi", "full" },
        { "We will respond", "Hirano Masatoshi", "full" } } },
    /* Japanese government copy sets a family name first and in capitals after a title
     * ("Chief Cabinet Secretary HIRANO Masatoshi", "Prime Minister SAKAKIBARA Kenji"): the
     * capitals are the name, no acronym, and a label "CHIEF CABINET SECRETARY HIRANO:"
     * names him */
    { "family_name_in_capitals_after_a_title",
      "Chief Cabinet Secretary HIRANO Masatoshi\n\nCHIEF CABINET SECRETARY HIRANO: First, I"
      " have one announcement. The Prime Minister will visit.\n\nREPORTER (Hokuriku Shimbun"
      "): What is the response?\n\nCHIEF CABINET SECRETARY HIRANO: We will respond firmly t"
      "o this.\n\nPrime Minister SAKAKIBARA Kenji said on Monday: \"It was fine and we are "
      "happy.\"\n",
      { { "First, I have one", "HIRANO Masatoshi", "full" },
        { "We will respond", "HIRANO Masatoshi", "full" },
        { "It was fine", "SAKAKIBARA Kenji", "full" } } },
    /* a tabloid's crosshead in capitals that opens its line (‘CLOSE THE PORTS’ alone, or
     * before a headline's words in sentence case) is a shout someone made, not a title; one
     * that only names something (‘O PROFESSOR’ KEEPS HIS DISTANCE) stays out */
    { "shouted_crosshead_is_a_statement",
      "The minister was turned back at the border.\n\n\xE2\x80\x98" "CLOSE THE PORTS\xE2\x80\x99\n"
      "\nBack in the harbour, the fishermen want a blockade. \xE2\x80\x9C" "Close the ports"
      " to their boats,\xE2\x80\x9D skipper Oystein Brekke said.\n\n\xE2\x80\x98O PROFESSOR"
      "\xE2\x80\x99 KEEPS HIS DISTANCE\n\nThe coach said nothing.\n",
      { { "CLOSE THE PORTS", "Oystein Brekke", "full" },
        { "Close the ports to", "Oystein Brekke", "full" } } },
    /* a one-word label ("MOORCROFT:") that ends the full name of an earlier label ("RACHEL
     * MOORCROFT, MINISTER FOR HEALTH:") names the same person, when the text gives the name
     * nowhere else, as an Australian minister's transcript does */
    { "surname_label_after_a_full_name_label",
      "THE HON RACHEL MOORCROFT MP\nMINISTER FOR HEALTH\n\nRACHEL MOORCROFT, MINISTER FOR H"
      "EALTH: Thanks very much for coming along today, everyone.\n\nJOURNALIST: Minister, w"
      "ill the company withdraw the medicine?\n\nMOORCROFT: Look, that is a decision for th"
      "e company, and we will keep talking to them.\n\nJOURNALIST: Have you spoken to the c"
      "ompany?\n\nMOORCROFT: My door is open, and my department met them on Monday.\n",
      { { "Thanks very much", "Rachel Moorcroft", "full" },
        { "Look, that is", "Rachel Moorcroft", "full" },
        { "My door is open", "Rachel Moorcroft", "full" } } },
    /* a participle or a quantifier that opens a sentence before a comma or a noun
     * ("Reacting, Governor Nwosu … described", "Some highlights (our translation):") is no
     * name, so the name after it, or the one before, speaks */
    { "participle_or_quantifier_opening_a_sentence_is_no_name",
      "The tribunal upheld the election of Governor Chidiebere Nwosu.\n\nReacting, Governor"
      " Nwosu, in a statewide broadcast shortly after the judgment, described the verdict a"
      "s \"a victory for the good people of Imo State\" and thanked the youths.\n\nJean-Mar"
      "c Le Bihan has been addressing strikers in Le Havre. Some highlights (our translatio"
      "n):\n\n\"They tell us the reform is for everyone, that everyone must make an effort."
      "\"\n",
      { { "a victory for the good", "Chidiebere Nwosu", "partial" },
        { "They tell us", "Jean-Marc Le Bihan", "full" } } },
    /* "Mohd." (Muhammad shortened, with its full stop) opens the name after it, as an
     * initial does, so the "he" after names Mohd. Shafiuddin */
    { "mohd_with_its_full_stop_opens_a_name",
      "The court refused a stay.\n\nOutside the court hall, Mohd. Shafiuddin, president of "
      "the Telangana Cancer Patients' Welfare Association, welcomed the order. \"For two ye"
      "ars families have been selling gold,\" he said.\n",
      { { "For two years", "Mohd. Shafiuddin", "full" } } },
    /* an indefinite person before a body ("An official at the company, speaking on
     * condition of anonymity, said", "A colleague in the history department, who did not
     * want to be named, said:") is an unnamed source, not the body */
    { "indefinite_person_at_a_body_is_the_subject",
      "Hanbit Delivery did not issue an official response. An official at the company, spea"
      "king on condition of anonymity, said: \"Our rates are set by a system that responds "
      "to demand.\"\n\nDr Graham Pettigrew spoke to us. A colleague in the history departme"
      "nt, who did not want to be named, said: \"Graham can be blunt.\"\n",
      { { "Our rates are set", "", "full" },
        { "Graham can be blunt", "", "full" } } },
    /* counsel "submitted that" a thing was "…" (a court report's verb for what a lawyer
     * argues) reports the fragments after it */
    { "counsel_submitted_that",
      "The matter was heard on Tuesday.\n\nCountering this, the Authority's standing counse"
      "l Kavitha Suryanarayanan submitted that the company had \"enjoyed trade margins of o"
      "ver 600 per cent\" for several years.\n",
      { { "enjoyed trade margins", "Kavitha Suryanarayanan", "partial" } } },
    /* "the Bench said" (an Indian court report's judges, "a Division Bench of Justice X and
     * Justice Y") speaks for the court the text named, not for a "Division Bench" of its
     * own */
    { "the_bench_speaks_for_its_court",
      "The Madras High Court on Tuesday adjourned the plea. A Division Bench of Justice R. "
      "Subramanian and Justice K. Devi heard the case.\n\n\"We expect both constitutional f"
      "unctionaries to sit across the table,\" the Bench said.\n",
      { { "We expect both", "Madras High Court", "full" } } },
    /* an answer that runs over several paragraphs is one statement even where a later
     * paragraph quotes someone (the quote is nested in it); a question printed without its
     * colon ("Q    Senator X said …") ends it */
    { "answer_paragraphs_that_quote_stay_in_the_answer",
      "Deputy Minister Tseng Ya-hui opened the briefing.\n\nTSENG: Good afternoon, friends "
      "from the media. I will begin with the measures announced this week.\n\nAs our Premie"
      "r said last week, \"we will not be bullied by anyone, and we will not bully anyone,\""
      " and that remains our view.\n\nQ    Senator Ray Hollis said the duties are \"a tax o"
      "n every family who buys a car.\" What is your response?\n\nTSENG: We have heard that"
      ", and we will answer it in detail.\n",
      { { "Good afternoon, friends", "Tseng Ya-hui", "full" },
        { "a tax on every family", "Ray Hollis", "partial" },
        { "We have heard that", "Tseng Ya-hui", "full" } } },
    /* "the Minister" after "Minister for Water Resources Adv. P.J. Sebastian said" and a
     * meeting "chaired by Chief Minister K.R. Gopinathan" is the water minister: a Chief or
     * Prime Minister has a phrase of his own; "Adv." (an Indian advocate's style) is a
     * title */
    { "the_minister_is_not_the_chief_minister",
      "The state will act, Minister for Water Resources Adv. P.J. Sebastian said. He spoke "
      "after a meeting chaired by Chief Minister K.R. Gopinathan on Friday.\n\n\"We have no"
      " intention of denying them water,\" the Minister said.\n\nThe state will act, Water "
      "Minister Aldo Rossi said. He spoke after a meeting chaired by Prime Minister Carla B"
      "ianchi on Friday.\n\n\"We will not give up,\" the minister said.\n",
      { { "We have no intention", "P.J. Sebastian", "full" },
        { "We will not give up", "Aldo Rossi", "full" } } },
    /* a transcript label of a title and a surname ("Minister Lim:", "CAPT. DANLADI:") names
     * a person even where the text gives the name only in a header, when it labels two
     * lines or more and they do not ask */
    { "title_and_surname_label_names_its_person",
      "TRANSCRIPT OF DOORSTOP INTERVIEW\n\nMinister Lim: Good afternoon. Let me first give "
      "some background, and then I will take your questions.\n\nQ: Will the Government bloc"
      "k the app?\n\nMinister Lim: Blocking is a last resort, and it is not our objective t"
      "o shut anything down.\n",
      { { "Good afternoon. Let me", "Lim", "full" },
        { "Blocking is a last resort", "Lim", "full" } } },
};

START_TEST(attribution_case)
{
    st_test_quote_case(&cases[_i]);
}
END_TEST

Suite *st_suite_attrib_round19(void)
{
    return st_test_loop_suite("attrib_round19", attribution_case, sizeof cases / sizeof *cases);
}
