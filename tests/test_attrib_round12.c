/* test_attrib_round12.c - attribution cases read from the twelfth
 * round's articles (437-461) and what they taught.
 *
 * The same data-driven form as test_attrib_round11.c (st_qcase: an
 * article and the statements it must yield, with speakers), one construct
 * a case. */
#include "suites.h"

static const st_qcase cases[] = {
    /* a Spanish or Equatoguinean transcript labels a speaker by the first
     * surnames, not the last: the label stands for the whole name */
    { "transcript_label_of_first_surnames_names_the_person",
      "Joint press conference by the minister, In\xC3\xA9s Carbajal Ortu\xC3\xB1o, and the "
      "minister of Equatorial Guinea, Crisantos Esono Ndong Abeso.\n\n"
      "CARBAJAL ORTU\xC3\x91O: Thank you, and a very warm welcome to the delegation today.\n\n"
      "ESONO NDONG: Thank you, Minister, dear friend. Nine years had passed since the last "
      "meeting.\n\n"
      "ESONO NDONG: Our oil production is falling, that is a fact, and we are not hiding "
      "it.\n",
      { { "Thank you, and a very", "In\xC3\xA9s Carbajal Ortu\xC3\xB1o", "full" },
        { "Thank you, Minister", "Crisantos Esono Ndong Abeso", "full" },
        { "Our oil production", "Crisantos Esono Ndong Abeso", "full" } } },
    /* a briefing transcript's label gives the role, a comma, an honorific
     * and the name */
    { "transcript_label_of_role_comma_name",
      "Transcript of Weekly Media Briefing by the Official Spokesperson\n\n"
      "Official Spokesperson, Shri Rohan Vashisht: Namaskar, good afternoon and welcome to "
      "this weekly briefing.\n\n"
      "Question: Sir, Ankita Deshpande from Press Trust of India. Will there be an "
      "announcement?\n\n"
      "Official Spokesperson, Shri Rohan Vashisht: India has always stood by Maldives, and we "
      "have extended support when it was needed.\n",
      { { "Namaskar", "Rohan Vashisht", "full" },
        { "India has always stood", "Rohan Vashisht", "full" } } },
    /* a country or capital as the subject of the clause that a speech
     * cue reports is the source's shorthand: the sayer is quoted; an
     * "according to" after the quote names the source */
    { "place_subject_inside_a_reported_clause_yields_to_the_sayer",
      "Rita Valente de Sousa, the consul, spoke on Monday.\n\n"
      "She said Lisbon had formally asked Maputo for \xE2\x80\x9C" "all possible information "
      "on the circumstances of the attack\xE2\x80\x9D through the embassy.\n\n"
      "Greece\xE2\x80\x99s migration minister, Than\xC3\xA1sis Rig\xC3\xB3poulos, who flew to "
      "Chania on Wednesday, said Athens had told the authorities in Benghazi \xE2\x80\x9C"
      "at every level\xE2\x80\x9D that the departures had to stop.\n\n"
      "Vietnam and China agreed on Tuesday to \xE2\x80\x9Cproperly manage and control "
      "differences at sea\xE2\x80\x9D, according to Vietnam\xE2\x80\x99s Ministry of "
      "Foreign Affairs.\n\n"
      "Finland seized the tanker; Russia called it \xE2\x80\x9Cpiracy in its purest "
      "form\xE2\x80\x9D on Friday.\n\n"
      "President Sebasti\xC3\xA3o Dida Correia spoke for two hours. Dida said he was "
      "\xE2\x80\x9Cready to sit down tomorrow\xE2\x80\x9D if Washington agreed to negotiate "
      "\xE2\x80\x9Clike adults\xE2\x80\x9D.\n",
      { { "all possible information", "Rita Valente de Sousa", "partial" },
        { "at every level", "Than\xC3\xA1sis Rig\xC3\xB3poulos", "partial" },
        { "properly manage", "Vietnamese Ministry of Foreign Affairs", "partial" },
        { "piracy in its purest", "Russia", "partial" },
        { "ready to sit down", "Sebasti\xC3\xA3o Dida Correia", "partial" },
        { "like adults", "Sebasti\xC3\xA3o Dida Correia", "partial" } } },
    /* a name right after a business noun is the business's, no person
     * a later "she" could stand for */
    { "name_after_a_business_noun_is_no_person",
      "Mette S\xC3\xB8ndergaard Holm, chief financial officer of the Copenhagen-based "
      "container line Nordhavn Linjer, pushed back from the next seat.\n\n\xE2\x80\x9C"
      "With respect to Ioannis, a global price is exactly what we asked for,\xE2\x80\x9D "
      "she said.\n",
      { { "With respect to Ioannis", "Mette S\xC3\xB8ndergaard Holm", "full" } } },
    /* "the Kyoto-based company" is the company named before, a place's
     * "-based" no name of its own; the news agency that saw the document
     * is not that company */
    { "hyphenated_place_modifier_and_the_company_named_before",
      "TOKYO, March 12 (Reuters) - Japanese chip equipment maker Kurosawa Precision lobbied "
      "the trade ministry to narrow planned restrictions, according to a document seen by "
      "Reuters and three people familiar with the matter.\n\nIn a letter dated Feb. 3, the "
      "Kyoto-based company said the draft rules would \"hand the market to competitors\" "
      "abroad.\n",
      { { "hand the market", "Kurosawa Precision", "partial" } } },
    /* "the mum-of-three, who works … in Gorleston, says": a person noun
     * before "-of-" heads the subject; the place in the relative clause
     * is no speaker */
    { "mum_of_three_heads_the_subject_past_a_relative_clause",
      "Ermelinda Mucavele, 41, lost touch with her brother in March.\n\n"
      "The mum-of-three, who works nights at a care home in Gorleston, says she has had "
      "\xE2\x80\x98no news at all\xE2\x80\x99.\n\n\xE2\x80\x98Nobody from the government "
      "has called me. Not once,\xE2\x80\x99 she said.\n",
      { { "no news at all", "Ermelinda Mucavele", "partial" },
        { "Nobody from the government", "Ermelinda Mucavele", "full" } } },
    /* a participle's partial quote in a sentence that ends "according
     * to X" is X's */
    { "participle_quote_with_according_to_after_is_the_source_s",
      "The Ministry of Foreign Affairs handed a protest note to the Cambodian embassy in "
      "Bangkok, calling the incident \xE2\x80\x9C" "a clear violation of Thailand\xE2\x80\x99s "
      "sovereignty\xE2\x80\x9D, according to ministry spokesman Kittiphong Ruangsri.\n",
      { { "a clear violation", "Kittiphong Ruangsri", "partial" } } },
    /* "the coastguard" is a body, as "the coast guard" was: the one the
     * text named */
    { "the_coastguard_is_the_body_named_before",
      "The Hellenic coastguard said 58 people had been rescued.\n\nThe coastguard rejected "
      "the criticism, saying its units had acted \xE2\x80\x9Cimmediately and in full "
      "compliance\xE2\x80\x9D with the rules.\n",
      { { "immediately and in full", "Hellenic coastguard", "partial" } } },
    /* "The BGF, which …, could not be reached. In February it said": the
     * "it" after a short opening phrase is the previous sentence's
     * organisation, an acronym included, not the one its relative clause
     * named */
    { "it_after_an_opening_phrase_is_the_previous_sentence_s_acronym",
      "The military and its Border Guard Force (BGF) allies said the compounds were shut.\n\n"
      "The BGF, which rebranded itself as the Karen National Army last year, could not be "
      "reached for comment. In February it said it had \xE2\x80\x9C" "cut ties with all "
      "foreigners\xE2\x80\x9D in its areas.\n",
      { { "cut ties", "Border Guard Force", "partial" } } },
    /* "the foreign ministry" is not the commerce ministry that spoke
     * before it; the Ministry of Foreign Affairs named before it is */
    { "a_ministry_s_portfolio_must_match_the_one_named_before",
      "China\xE2\x80\x99s commerce ministry said the move was \xE2\x80\x9C" "a typical act of "
      "hegemony\xE2\x80\x9D.\n\nThe foreign ministry said: \xE2\x80\x9CWe will respond "
      "firmly to this.\xE2\x80\x9D\n\nSeparately, China\xE2\x80\x99s Ministry of Foreign "
      "Affairs summoned the envoy.\n\nThe foreign ministry said: \xE2\x80\x9CThe envoy was "
      "told our position.\xE2\x80\x9D\n",
      { { "a typical act", "Chinese commerce ministry", "partial" },
        { "We will respond", "foreign ministry", "full" },
        { "The envoy was told", "Chinese Ministry of Foreign Affairs", "full" } } },
    /* francophone copy sets family names in capitals: after a known
     * given name, a title or a role's comma they end a person's name, no
     * acronym */
    { "family_names_in_capitals_end_a_person_s_name",
      "The Minister, Government Spokesperson, M. Mame Birame FAYE, read the communiqu\xC3\xA9.\n\n"
      "On the French side, the commander, G\xC3\xA9n\xC3\xA9ral Pierre-Yves de KERANGAL, also "
      "spoke. \"We leave with the feeling of duty accomplished,\" he said.\n\n"
      "The opposition MP Mme Nd\xC3\xA8ye Fatou GUEYE was unimpressed.\n\n"
      "\"The departure was negotiated long before this government,\" she told Teranga Info.\n\n"
      "In civil society, the coordinator of the Collectif, Aliou SECK, welcomed the departure. "
      "\"It is a great day for the whole country.\"\n",
      { { "We leave with", "Pierre-Yves de KERANGAL", "full" },
        { "The departure was", "Nd\xC3\xA8ye Fatou GUEYE", "full" },
        { "It is a great day", "Aliou SECK", "full" } } },
    /* an uncued quote after a one-sentence paragraph whose subject is
     * "the president" is the president's; "The official line came" has
     * no such subject */
    { "uncued_quote_after_a_role_subject_paragraph",
      "President Sebasti\xC3\xA3o Dida Correia spoke on Wednesday.\n\n\xE2\x80\x9C" "Brazil "
      "will not be anyone\xE2\x80\x99s backyard,\xE2\x80\x9D Dida said.\n\nOn the "
      "environment, with the climate conference five weeks away, the president cited the "
      "latest satellite data.\n\n\xE2\x80\x9C" "Deforestation in the Amazon fell for the third "
      "year in a row.\xE2\x80\x9D\n\nThe official line came at a briefing in New Delhi.\n\n"
      "\"Our first responsibility is to keep rice affordable for all.\"\n",
      { { "Brazil will not", "Sebasti\xC3\xA3o Dida Correia", "full" },
        { "Deforestation in the Amazon", "Sebasti\xC3\xA3o Dida Correia", "full" },
        { "Our first responsibility", "", "full" } } },
    /* a pronoun in object position after a person's introduction ("who
     * took her on", "sent him a video of her running") speaks of someone
     * else: it does not give the person a gender */
    { "object_pronouns_after_a_name_give_no_gender",
      "Luwam Habtemariam is racing again.\n\nThe man who now sets her sessions is Joost van "
      "der Heijden, a former steeplechaser who took her on, unpaid, after a caseworker sent "
      "him a video of her running on a treadmill.\n\n\"When she came to us she had the "
      "engine of a world-class runner,\" he says.\n",
      { { "When she came to us", "Joost van der Heijden", "full" } } },
    /* an unnamed source heard before lends its words to no later
     * source: "A Treasury source" is another unnamed person (the brief
     * gives null for "a source close to the talks", and the writers give
     * it for "A Whitehall source" too) */
    { "an_unnamed_source_s_words_name_no_organisation",
      "A senior government source said the commission was trying its luck.\n\n\xE2\x80\x9CWe "
      "went into this in good faith,\xE2\x80\x9D the source said.\n\nA Treasury source "
      "said: \xE2\x80\x9CThe growth case for closer ties is overwhelming.\xE2\x80\x9D\n",
      { { "We went into this", "", "full" },
        { "The growth case", "", "full" } } },
    /* a Spanish first surname said alone, before a particle's second
     * ("Quiroga" of Rosario Quiroga de la Fuente), is the whole name */
    { "first_surname_before_a_particle_surname",
      "Senator Rosario Quiroga de la Fuente, who leads the Peronist bloc, accused the "
      "government.\n\n\xE2\x80\x9CThey lecture us about dependence on China,"
      "\xE2\x80\x9D Quiroga said.\n",
      { { "They lecture us", "Rosario Quiroga de la Fuente", "full" } } },
    /* "the tribunal said" is a body speaking; "the company" never
     * stands for a tribunal */
    { "the_tribunal_speaks_as_a_body_and_is_no_company",
      "Deportes Cordillera were fined on Monday, the football federation's disciplinary "
      "tribunal said.\n\n\"The chants constitute discriminatory conduct of the utmost "
      "seriousness,\" the tribunal said in its ruling.\n\nHelix Quant Research Pvt Ltd "
      "appealed to the Securities Appellate Tribunal.\n\nThe company said its research "
      "\"was always accompanied by the disclosures required\".\n",
      { { "The chants constitute", "football federation's disciplinary tribunal", "full" },
        { "was always accompanied", "Helix Quant Research Pvt Ltd", "partial" } } },
};

START_TEST(attribution_case)
{
    st_test_quote_case(&cases[_i]);
}
END_TEST

Suite *st_suite_attrib_round12(void)
{
    return st_test_loop_suite("attrib_round12", attribution_case, sizeof cases / sizeof *cases);
}
