/* test_attrib_round15.c - attribution cases read from the fifteenth
 * round's articles and what they taught.
 *
 * The same data-driven form as test_attrib_round14.c (st_qcase: an
 * article and the statements it must yield, with speakers; "" for a
 * statement nobody is named for), one construct a case. */
#include "suites.h"

static const st_qcase cases[] = {
    /* cue verbs of assurance, allegation, specification and naming: a partial quote in the
     * reporter's sentence */
    { "assured_alleged_specified_terming_are_cues",
      "Union Jal Shakti Minister Raghunath Prasad Meena chaired the meeting.\n\n"
      "The Union Minister assured that the Government of India would extend \"full technica"
      "l and financial support\" to the mechanism.\n\n"
      "Sindh Chief Minister Makhdoom Ghulam Rasool Soomro alleged that the federal governme"
      "nt had \xE2\x80\x9C" "bulldozed the scheme\xE2\x80\x9D through the council.\n\n"
      "Energy Minister Mihai-Ovidiu St\xC4\x83nculescu specified that, after the works, the"
      " route will cover \xE2\x80\x9Ethe entire winter consumption of the right bank\xE2"
      "\x80\x9D next year.\n\nThe Sindh Assembly passed a resolution terming the project "
      "\xE2\x80\x9C" "a violation of the constitutional rights of the people\xE2\x80\x9D.\n",
      { { "full technical", "Raghunath Prasad Meena", "partial" },
        { "bulldozed the scheme", "Makhdoom Ghulam Rasool Soomro", "partial" },
        { "the entire winter", "Mihai-Ovidiu St\xC4\x83nculescu", "partial" },
        { "a violation of the", "Sindh Assembly", "partial" } } },
    /* an inverted cue whose subject is a capitalised role alone ("stated the President"), as
     * "the President said" is */
    { "inverted_cue_then_capitalised_role",
      "President Mario An\xC3\xAD" "bal Letona Sandoval chaired the council.\n\n"
      "The measure was adopted at a session of the National Security Council.\n\n"
      "\xE2\x80\x9CThe closure is temporary and preventive,\xE2\x80\x9D stated the Presiden"
      "t at the close of the session.\n",
      { { "The closure is temporary", "Mario An\xC3\xAD" "bal Letona Sandoval", "full" } } },
    /* Spanish-language abbreviated titles before a name after an inverted cue, which do not end
     * the sentence; "thundered" inverts like "said" */
    { "lic_title_after_inverted_cue",
      "\"Here nobody is going to cover for anybody,\" thundered Lic. Ernesto Villase\xC3"
      "\xB1or Garza, president of the club.\n\n"
      "\"The audit speaks for itself,\" said Ing. Rosa Elena Padilla, the federation's trea"
      "surer.\n",
      { { "Here nobody", "Ernesto Villase\xC3\xB1or Garza", "full" },
        { "The audit speaks", "Rosa Elena Padilla", "full" } } },
    /* a paragraph that only names a topic before a colon ("And, on the Moscow Patriarchate:") is
     * no speaker: the speaker before it goes on */
    { "topic_lead_before_colon_continues_the_speaker",
      "Interior minister Lauri M\xC3\xA4" "esalu has just spoken to reporters. His key lines:"
      "\n\n\xE2\x80\x9CNot a single icon will be removed.\xE2\x80\x9D\n\n"
      "And, on the Moscow Patriarchate:\n\n"
      "\xE2\x80\x9CWhat we will not accept is that property is run as an outpost.\xE2\x80"
      "\x9D\n",
      { { "Not a single icon", "Lauri M\xC3\xA4" "esalu", "full" },
        { "What we will not accept", "Lauri M\xC3\xA4" "esalu", "full" } } },
    /* an employer set off by commas after a person ("X, of Corretora Atlântica,") is no person,
     * so "he" is X */
    { "employer_between_commas_is_no_antecedent",
      "Henrique Sato Vilela, of Corretora Atl\xC3\xA2ntica, kept his neutral rating on the "
      "stock. \xE2\x80\x9CInvestors wanted offtake certainty and they got it,\xE2\x80\x9D h"
      "e wrote in a note to clients.\n",
      { { "Investors wanted", "Henrique Sato Vilela", "full" } } },
    /* a person in apposition to a role right before a colon speaks, not the organisation that
     * opens the sentence */
    { "named_role_before_colon",
      "The Global Monetary Facility has put out a statement from its mission chief, Anjali "
      "Raman:\n\n\xE2\x80\x9CWe welcome today\xE2\x80\x99s agreement, which is an important"
      " step.\xE2\x80\x9D\n",
      { { "We welcome today", "Anjali Raman", "full" } } },
    /* a sentence opening with "But" has its subject after it, not a setting to skip ("But Sen.
     * X, a member of the majority bloc, urged") */
    { "but_opening_the_subject_clause",
      "But Sen. Imelda Q. Sotelo, a member of the majority bloc, urged the administration t"
      "o \"keep the lines open with Beijing\" even as it documented actions at sea.\n",
      { { "keep the lines open", "Imelda Q. Sotelo", "partial" } } },
    /* "faction" heads an organisation, so "X of the Hayrenik faction called" is X's */
    { "person_of_a_faction",
      "Opposition lawmaker Artur Khachatrian of the Hayrenik faction called the process \"a"
      " unilateral concession dressed up as a procedure\".\n",
      { { "a unilateral concession", "Artur Khachatrian", "partial" } } },
    /* "The Administrator of X, Ms. Y, stated:": a capitalised role of an organisation, then the
     * person with an abbreviated title */
    { "administrator_of_an_organisation_then_the_name",
      "The Administrator of Gazotrans Moldova S.R.L., Ms. Natalia Rusu, stated: \xE2\x80"
      "\x9EOur teams have worked together at Ungheni every day for the past two years.\xE2"
      "\x80\x9D\n",
      { { "Our teams have worked", "Natalia Rusu", "full" } } },
    /* a view sentence by a newly named person ends the paragraph before a quote: the quote is
     * that view, with no cue or with "he told" */
    { "view_sentence_before_the_quote",
      "Kwon Tae-sung said the door is open. \"We will stay,\" Kwon said.\n\n"
      "So is this a tactic? Lars Emborg at Seaview Analytics thinks the maths forces a deal"
      ".\n\n\"If Hanbit walks, Atlas loses roughly 14% of its capacity overnight.\"\n\n"
      "Shippers are tired. Marta Quiroga of the shippers' council doubts the alliance will "
      "survive.\n\n\"Whatever happens, the alliance has lost the trust of its customers,\" "
      "she told The Box Line.\n",
      { { "We will stay", "Kwon Tae-sung", "full" },
        { "If Hanbit walks", "Lars Emborg", "full" },
        { "Whatever happens", "Marta Quiroga", "full" } } },
    /* "the company" is the business named before it whose name ends in a trade word: Ports,
     * Marine, Maritime, Terminals as Mining or Shipping */
    { "the_company_of_ports_and_marine_names",
      "Faisal Al Mansoori, regional chief executive of Gulf Meridian Ports, said the deal w"
      "as good.\n\nIn a statement issued later, the company said it looked forward to \"a l"
      "ong and productive partnership with the people of Bangladesh\".\n\n"
      "Kwon Tae-sung, chief executive of Hanbit Marine, said the door is open.\n\n"
      "In an emailed statement on Wednesday, the company said: \"Hanbit Marine remains comm"
      "itted to the alliance's customers.\"\n",
      { { "a long and productive", "Gulf Meridian Ports", "partial" },
        { "Hanbit Marine remains", "Hanbit Marine", "full" } } },
    /* "H.E." (His Excellency) is a title, as in Gulf and Cambodian official copy, not the
     * initials of a name */
    { "his_excellency_is_a_title",
      "UAE Minister of Energy H.E. Hamad bin Sultan Al Dhaheri spoke at the meeting.\n\n"
      "\"The UAE will remain a reliable partner,\" H.E. Al Dhaheri said.\n",
      { { "The UAE will remain", "Hamad bin Sultan Al Dhaheri", "full" } } },
    /* a participle's subject: a noun phrase later in the clause does not outrank a surname the
     * text gave in full before */
    { "surname_before_a_participle_outranks_a_later_noun_phrase",
      "Jordanian Minister of Planning Faisal Awad Al-Momani addressed the donors. \"Transpa"
      "rency is the guarantee,\" he said.\n\n"
      "Al-Momani also referred to the Kingdom's own experience in hosting refugees, noting "
      "that \"Jordan still hosts more than 1.3 million Syrian brothers and sisters\".\n",
      { { "Transparency is", "Faisal Awad Al-Momani", "full" },
        { "Jordan still hosts", "Faisal Awad Al-Momani", "partial" } } },
    /* a tabloid's descriptor capitalised before a name ("Billionaire Harte", "Mum-of-three
     * Kerry-Ann Boateng") is no part of the name */
    { "tabloid_descriptor_before_a_name",
      "Club owner Declan Harte unveiled the plan on Monday.\n\n"
      "Billionaire Harte said the move was \"the only way this club can compete with the bi"
      "g boys\".\n\nMum-of-three Kerry-Ann Boateng said: \"We were never asked.\"\n",
      { { "the only way", "Declan Harte", "partial" },
        { "We were never asked", "Kerry-Ann Boateng", "full" } } },
    /* the low-9 opening mark closed by “ as German and Balkan copy sets it, before a full stop
     * or comma too */
    { "low_nine_quote_closed_by_left_mark_before_punctuation",
      "Bishop Damaskin Petrovi\xC4\x87 spoke on Monday. He called it \xE2\x80\x9E" "a politica"
      "l project dressed in cassocks\xE2\x80\x9C.\n\n"
      "\xE2\x80\x9ESince 2019, Constantinople has shown that it is ready to act\xE2\x80\x9C"
      ", Stankovi\xC4\x87 told our newspaper.\n",
      { { "a political project", "Damaskin Petrovi\xC4\x87", "partial" },
        { "Since 2019", "Stankovi\xC4\x87", "full" } } },
    /* an unnamed source placed somewhere ("a source in the Phanar, who asked not to be named",
     * "a diplomat in Moscow") is no place speaking */
    { "unnamed_source_in_a_place_who_asked_not_to_be_named",
      "A source in the Phanar, who asked not to be named, told our newspaper that the Patri"
      "archate is \xE2\x80\x9Estudying all the documents carefully\xE2\x80\x9C.\n\n"
      "A diplomat in Moscow, who asked not to be named, said: \"The talks are going nowhere"
      ".\"\n",
      { { "studying all the documents", "", "partial" },
        { "The talks are going", "", "full" } } },
    /* "the company" is a business: not an international organisation, agency or federation named
     * after it */
    { "the_company_is_no_organisation_or_agency",
      "Nordvik Therapeutics makes the drug. Health Minister Helena Vasconcelos said the lic"
      "ence was \"temporary, non-exclusive and fully within the TRIPS agreement\", referrin"
      "g to the World Trade Organization rules.\n\n"
      "Nordvik, whose shares fell 3.8% in Copenhagen, said it was \"deeply disappointed\" b"
      "y the decision.\n\n\"This decision undermines the very innovation that made the medi"
      "cine possible,\" the company said.\n",
      { { "temporary, non-exclusive", "Helena Vasconcelos", "partial" },
        { "deeply disappointed", "Nordvik Therapeutics", "partial" },
        { "This decision undermines", "Nordvik Therapeutics", "full" } } },
    /* a ministry named with its portfolio (Defense) is not the last ministry that spoke with
     * another (Foreign) */
    { "defense_ministry_is_not_the_foreign_ministry_before",
      "In Bucharest, Romania\xE2\x80\x99s Foreign Ministry summoned the Russian charg\xC3"
      "\xA9 d\xE2\x80\x99" "affaires. In a statement, the ministry said it \xE2\x80\x9C" "firmly "
      "condemns the repeated attacks\xE2\x80\x9D.\n\n"
      "Russia\xE2\x80\x99s Defense Ministry, for its part, claimed it had struck \xE2\x80"
      "\x9Cinfrastructure used to store Western-supplied weapons.\xE2\x80\x9D It provided n"
      "o evidence.\n",
      { { "firmly condemns", "Romanian Foreign Ministry", "partial" },
        { "infrastructure used", "Russian Defense Ministry", "partial" } } },
    /* "the spokesperson of the transitional government, Commandant X,": the role's of-phrase
     * before the named person, who "the spokesperson" is after; commandant is a title;
     * "qualified … as" names words */
    { "spokesperson_of_a_body_then_the_titled_name",
      "In Conakry, the spokesperson of the transitional government, Commandant S\xC3\xA9kou"
      " Oumar Camara, reacted in a statement read on national television.\n\n"
      "\xE2\x80\x9CThe Government of the Transition rejects these illegal sanctions. Guinea"
      " will not be intimidated,\xE2\x80\x9D the spokesperson declared.\n\n"
      "Commandant Camara qualified the border closure as \xE2\x80\x9C" "a collective punishmen"
      "t of the Guinean people\xE2\x80\x9D.\n",
      { { "The Government of the Transition", "S\xC3\xA9kou Oumar Camara", "full" },
        { "a collective punishment", "S\xC3\xA9kou Oumar Camara", "partial" } } },
    /* a participle's subject "the Russian embassy in Tokyo" is the embassy, not "the Russian" (a
     * demonym alone is a person) */
    { "demonym_before_an_organisation_head",
      "On 10 March, the Russian embassy in Tokyo issued a statement saying: \"The Russian s"
      "ide has proposed a meeting of technical experts.\"\n",
      { { "The Russian side", "Russian embassy", "full" } } },
    /* "Brigadier" spelled out is a title, as the abbreviated "Brig" was */
    { "brigadier_is_a_title",
      "Dubai Police's director of anti-narcotics, Brigadier Salem Khamis Al Suwaidi, briefe"
      "d reporters.\n\n\"We urge members of the public to report any suspicious activity,\""
      " Brigadier Al Suwaidi said.\n",
      { { "We urge members", "Salem Khamis Al Suwaidi", "full" } } },
    /* the round's new words collide with none of their look-alikes: the bank ING is no "Ing."
     * title, "Rest assured" assures no one */
    { "new_titles_and_cues_leave_look_alikes_alone",
      "\"Rates will stay high,\" ING said in a note to clients.\n\n"
      "Analysts at ING said the move was \"a pleasant surprise for clients\".\n\n"
      "Rest assured, \"we will be back\", the captain told reporters.\n",
      { { "Rates will stay high", "ING", "full" },
        { "a pleasant surprise", "ING", "partial" },
        { "we will be back", "captain", "partial" } } },
    /* a full quote that ends its sentence, then a new sentence whose cue reports a clause of its
     * own ("said it was studying"): no attribution of the quote, which keeps the words before it */
    { "new_sentence_reporting_a_clause_is_no_attribution",
      "On 10 March, the Russian embassy in Tokyo issued a statement saying: \xE2\x80\x9CThe"
      " Russian side has proposed a meeting of technical experts.\xE2\x80\x9D Japan\xE2\x80"
      "\x99s foreign ministry said it was studying the proposal.\n",
      { { "The Russian side", "Russian embassy", "full" } } },
};

START_TEST(attribution_case)
{
    st_test_quote_case(&cases[_i]);
}
END_TEST

Suite *st_suite_attrib_round15(void)
{
    return st_test_loop_suite("attrib_round15", attribution_case, sizeof cases / sizeof *cases);
}
