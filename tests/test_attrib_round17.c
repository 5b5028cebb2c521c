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
    /* an age in brackets after a name ("Gunnhild Aasen (78) sits"), as Nordic papers print it,
     * introduces a person, and the "she" after names her */
    { "age_in_brackets_introduces_a_person",
      "Gunnhild Aasen (78) sits at her kitchen table in a wool sweater.\n\n"
      "The thermostat on the wall shows 17 degrees.\n\n"
      "\"I have never seen anything like it,\" she tells the paper.\n",
      { { "I have never seen", "Gunnhild Aasen", "full" } } },
    /* a hyphenated lowercase modifier opening the party after "of the" ("MK X of the far-right Y
     * party posts a video:") leaves the person the subject */
    { "person_of_the_far_right_party",
      "MK Elyashiv Margalit of the far-right Tkuma Leumit party, which voted against the ag"
      "reement, posts a video on social media:\n\n"
      "\"This is a surrender deal.\"\n",
      { { "This is a surrender", "Elyashiv Margalit", "full" } } },
    /* a kin noun before a name gives that person's sex ("whose brother Omer, 23,"), so the "she"
     * after is the sister */
    { "kin_noun_gives_the_sex",
      "Among the protesters was Einav Rozental-Hadad, whose brother Omer, 23, was kidnapped"
      " from the kibbutz.\n\n\"You are abandoning them,\" she said.\n",
      { { "You are abandoning", "Einav Rozental-Hadad", "full" } } },
    /* a quote after a sentence whose subject is an unnamed indefinite person reporting speech
     * ("A senior officer said the army was preparing. “…,” he said") is that unnamed person's,
     * not the last named man's; "A reporter asked him" is no such sentence */
    { "he_after_an_unnamed_source_sentence",
      "Liran Ben-Shimol spoke first. \"No,\" he said.\n\n"
      "But a minister from one of the religious parties told Mivzak News that the cabinet w"
      "ould back the deal. \"We must complete the deal,\" he said.\n\n"
      "A senior officer in the Southern Command said the army was preparing.\n\n"
      "\"The forces are ready,\" he said.\n\n"
      "A reporter asked him about it. \"It is fine,\" he said.\n",
      { { "No,", "Liran Ben-Shimol", "full" },
        { "We must complete", "", "full" },
        { "The forces are ready", "", "full" },
        { "It is fine", "Liran Ben-Shimol", "full" } } },
    /* "the witness" is the one the text calls "Witness 7", though another person was introduced
     * since */
    { "the_witness_is_witness_seven",
      "The garda, who has been granted anonymity, was referred to throughout the hearing as"
      " Witness 7, and gave evidence on the ninth day.\n\n"
      "Darragh Moloney, 24, from Mayfield, was arrested. He was found unresponsive at 3.31a"
      "m.\n\nQuestioned by counsel Una Fhlaithearta, Witness 7 agreed that the entry had be"
      "en made before Mr Moloney was found.\n\n"
      "\"Can you help?\" Ms Fhlaithearta asked.\n\n"
      "\"I have no explanation,\" the witness replied.\n",
      { { "Can you help?", "Una Fhlaithearta", "full" },
        { "I have no explanation", "Witness", "full" } } },
    /* a document between the subject and its cue ("Raj Bhavan in a release said") leaves the
     * subject the speaker, and "the release" after is its */
    { "document_between_subject_and_cue",
      "Minister T. Muthuvel Pandian spoke first. \"We are ready,\" Pandian said.\n\n"
      "Responding to the letter, Raj Bhavan in a release said the Governor was examining ea"
      "ch Bill \"as he is constitutionally bound to do\".\n\n"
      "\"Several of the Bills contain provisions,\" the release said.\n",
      { { "We are ready", "T. Muthuvel Pandian", "full" },
        { "as he is", "Raj Bhavan", "partial" },
        { "Several of the Bills", "Raj Bhavan", "full" } } },
    /* members of state legislatures are titled like MPs ("Hosakote MLA Manjula Devaraj told") */
    { "mla_is_a_title",
      "\"Nobody has approached me,\" Hosakote MLA Manjula Devaraj told reporters.\n",
      { { "Nobody has approached", "Manjula Devaraj", "full" } } },
    /* a house number and comma before a name ("at 8, Civil Lines,") make it an address, not a
     * person a later "he" could be */
    { "address_after_a_house_number",
      "Outgoing Chief Minister Rameshwar Lal Choudhary has conceded defeat. Speaking to rep"
      "orters outside his official residence at 8, Civil Lines, he said: \"I accept the man"
      "date of the people with humility.\"\n",
      { { "I accept the mandate", "Rameshwar Lal Choudhary", "full" } } },
    /* a publication's name ("told Baltic Power Report") introduces no person for the "she" after */
    { "publication_is_no_person",
      "\"We are ready,\" CEO Rasa Kazlauskiene told Baltic Power Report on the sidelines of"
      " a grid conference in Vilnius.\n\n"
      "\"Since synchronisation, our deviations have stayed low,\" she said.\n",
      { { "We are ready", "Rasa Kazlauskiene", "full" },
        { "Since synchronisation", "Rasa Kazlauskiene", "full" } } },
    /* a surname's ending gives the sex where the given name does not ("Petrauskienė",
     * "Kowalski") */
    { "surname_ending_gives_the_sex",
      "Daiva Petrauskien\xC4\x97, a lawyer, and Vytis Kowalski, a farmer, arrived at the he"
      "aring together.\n\n\"We will appeal,\" she said.\n",
      { { "We will appeal", "Daiva Petrauskien\xC4\x97", "full" } } },
    /* an initial written against its surname ("N.Alakbarov said", "Sh.Mirzaahmedov told"), as
     * Azerbaijani and Central Asian agencies print it, is the person named in full before */
    { "initial_against_the_surname",
      "Presidential aide Nazim Alakbarov spoke in Baku on Friday.\n\n"
      "\"The text has been agreed,\" N.Alakbarov said.\n\n"
      "Deputy governor Shavkat Mirzaahmedov was more cautious. \"The canal will take years,"
      "\" Sh.Mirzaahmedov told reporters.\n",
      { { "The text has been", "Nazim Alakbarov", "full" },
        { "The canal will", "Shavkat Mirzaahmedov", "full" } } },
    /* a transcript's label may open with His Excellency's letters before an abbreviated title
     * ("HE DR. MAHMOUD AL-RASHIDI:"): the answer is his, not the last questioner's (whose
     * question is no statement) */
    { "his_excellency_before_a_dotted_title_in_a_label",
      "Secretary General Mahmoud Al-Rashidi opened the press conference.\n\n"
      "MODERATOR: Thank you. We go to the questions.\n\n"
      "QUESTION (Lars Brenner, Petroleum Markets Daily): Are you concerned about compliance"
      "?\n\nHE DR. MAHMOUD AL-RASHIDI: Thank you for the question. Overall conformity is hi"
      "gh.\n",
      { { "Thank you for the question", "Mahmoud Al-Rashidi", "full" } } },
    /* a lawyer named with his firm and its city before a relative clause ("X of Harcourt Lindley
     * in Amsterdam, who acts for Noordwind, told") is the subject, not the client in the clause */
    { "person_of_a_firm_in_a_city_before_who",
      "Pieter van der Linden of Harcourt Lindley in Amsterdam, who acts for Noordwind, told"
      " Arbitration Briefing: \"Romania has now lost at every stage.\"\n",
      { { "Romania has now lost", "Pieter van der Linden", "full" } } },
    /* an organisation named after its kind ("the cooperative Agrícola Poniente Unida")
     * introduces no person for the "he" after */
    { "cooperative_is_no_person",
      "Antonio Maldonado Fuentes, manager of the cooperative Agr\xC3\xAD" "cola Poniente Unida"
      ", gave the figures. \"Our growers are being paid 0.42 euros a kilo,\" he said.\n",
      { { "Our growers", "Antonio Maldonado Fuentes", "full" } } },
    /* a partial quote in a clause reported by a speech cue, after a pluperfect verb that is no
     * speech ("X said the Junta had asked Madrid to act and was “…”"), is the reporting
     * speaker's; a pluperfect speech cue keeps its own ("Y said Z had told him Alabama would
     * “…”") */
    { "pluperfect_cue_inside_a_reported_clause",
      "Maria Exposito arrived at noon. Exposito said the Junta had asked the government to "
      "press Brussels and was \"still waiting for an answer from Madrid\".\n\n"
      "Governor Thomas Whitcombe said Governor Lorraine Beasley-Tate had told him Alabama w"
      "ould \"see Georgia in court\".\n",
      { { "still waiting", "Maria Exposito", "partial" },
        { "see Georgia", "Lorraine Beasley-Tate", "partial" } } },
    /* after an inverted cue, a role with its portfolio then the name in apposition ("said the
     * regional minister for agriculture, María Dolores Expósito Linares,") is that person */
    { "role_with_portfolio_then_name_after_the_cue",
      "Antonio Maldonado Fuentes, manager of a cooperative, gave the figures.\n\n"
      "\"The Junta stands with the growers,\" said the regional minister for agriculture, M"
      "ar\xC3\xAD" "a Dolores Exp\xC3\xB3sito Linares, who visited the blockade at midday.\n",
      { { "The Junta stands", "Mar\xC3\xAD" "a Dolores Exp\xC3\xB3sito Linares", "full" } } },
    /* a participle right after a name that "with" opens ("with Sæther-Holm saying the evidence
     * was “…”") has that name for its subject; not a name set off by a comma ("his relationship
     * with X, accusing") */
    { "with_name_saying",
      "Judge Ingrid S\xC3\xA6ther-Holm read the verdict. Defendant Pascal Yakit\xC3\xA9, 52"
      ", stood impassively. He was acquitted of one count, with S\xC3\xA6ther-Holm saying t"
      "he evidence was \"insufficiently reliable\".\n\n"
      "Coach Darren Kellock has torched his relationship with Sione Latu, accusing the play"
      "er of \"walking out on his mates\".\n",
      { { "insufficiently reliable", "Ingrid S\xC3\xA6ther-Holm", "partial" },
        { "walking out", "Darren Kellock", "partial" } } },
    /* a pronoun contracted with its verb ("She's been scathing:") is a pronoun subject, resolved
     * as "she" */
    { "contracted_pronoun_before_a_colon",
      "The Greens leader, Ayesha Rahman, has been speaking in the Senate courtyard. She's b"
      "een scathing:\n\n\"Pacific leaders are telling us their countries are going under.\""
      "\n",
      { { "Pacific leaders", "Ayesha Rahman", "full" } } },
    /* "Fr" is a priest's title ("Fr Mafi said"), not part of his name */
    { "fr_is_a_title",
      "Catholic priest Father Tevita Mafi runs a drop-in centre in Caboolture.\n\n"
      "\"People do not run away from good jobs,\" Fr Mafi said.\n",
      { { "People do not", "Tevita Mafi", "full" } } },
    /* a reporter's question in a transcript ("Q (Elif Şahin, Anadolu Agency): …", "QUESTION
     * (…):") is no statement, as the briefs count the answers; a quote inside it still is one */
    { "transcript_question_is_no_statement",
      "Deputy Minister Ay\xC5\x9F" "e \xC3\x87" "elik briefed reporters.\n\n"
      "Q (Elif \xC5\x9E" "ahin, Anadolu Agency): Is the ministry satisfied with the response s"
      "o far?\n\nDR. AY\xC5\x9E" "E \xC3\x87" "EL\xC4\xB0K: Every death is one too many, and I of"
      "fer my condolences.\n\nQUESTION (Tran Bao Ngoc, VTV): China's foreign ministry said "
      "the boats had been \"fishing illegally in waters under China's jurisdiction\". How d"
      "o you respond?\n\nDR. AY\xC5\x9E" "E \xC3\x87" "EL\xC4\xB0K: We reject that claim entirely"
      " and we have said so.\n",
      { { "Every death", "Ay\xC5\x9F" "e \xC3\x87" "elik", "full" },
        { "fishing illegally", "Chinese foreign ministry", "partial" },
        { "We reject that claim", "Ay\xC5\x9F" "e \xC3\x87" "elik", "full" } } },
    /* "our source said" after an unnamed source's introduction is that unnamed source, not a
     * person named after it */
    { "our_source_is_unnamed",
      "Dragan Mi\xC4\x87unovi\xC4\x87 spoke first. \"We are here,\" he said.\n\n"
      "A source in the Government of Serbia, who wished to remain anonymous, revealed that "
      "the leadership had been warning for weeks.\n\n"
      "\"Belgrade has already informed Brussels,\" our source said.\n\n"
      "Security expert Milan Jovi\xC4\x87 believes this is only the beginning.\n",
      { { "We are here", "Dragan Mi\xC4\x87unovi\xC4\x87", "full" },
        { "Belgrade has already", "", "full" } } },
    /* a body's name may run straight into a person's ("Head of the Presidential Administration
     * Nazim Alakbarov said"): the name is the last two words, and "N.Alakbarov" after is him;
     * not "the United Nations Organization Stabilization Mission in the Congo" */
    { "body_name_then_person_name",
      "Head of the Presidential Administration Nazim Alakbarov said at a forum in Baku that"
      " talks continued.\n\n\"Claims remain the main obstacle,\" N.Alakbarov stressed.\n\n"
      "Briefing the Council, H\xC3\xA9l\xC3\xA8ne Mbarga Ekotto, head of the United Nations"
      " Organization Stabilization Mission in the Congo, said access had been cut. \"Our tr"
      "oops have been shot at,\" she said.\n",
      { { "Claims remain", "Nazim Alakbarov", "full" },
        { "Our troops", "H\xC3\xA9l\xC3\xA8ne Mbarga Ekotto", "full" } } },
    /* Spanish and French copy: the verbs of speech ("afirmó", "dijo", "a déclaré") are cues, and
     * a Spanish verb after a quote with no subject ("…", sostuvo.) stands for the dropped
     * pronoun; "dijo un funcionario" names an unnamed source */
    { "spanish_and_french_cues",
      "En conferencia de prensa, la Fiscal General del Estado, Sandra Lizeth Ocampo Bahena,"
      " neg\xC3\xB3 que la dependencia haya abandonado a las familias.\n\n"
      "\"Rechazo categ\xC3\xB3ricamente que haya abandono\", sostuvo.\n\n"
      "\"No nos vamos a ir\", afirm\xC3\xB3 Fausto Arregu\xC3\xADn Ledesma.\n\n"
      "\"La instrucci\xC3\xB3n es acompa\xC3\xB1" "ar\", dijo un funcionario que pidi\xC3\xB3 "
      "el anonimato.\n\n\xC2\xABNous ne c\xC3\xA9" "derons pas\xC2\xBB, a d\xC3\xA9" "clar\xC3"
      "\xA9 Jean-Marc Delorme.\n",
      { { "Rechazo", "Sandra Lizeth Ocampo Bahena", "full" },
        { "No nos vamos", "Fausto Arregu\xC3\xADn Ledesma", "full" },
        { "La instrucci", "", "full" },
        { "Nous ne", "Jean-Marc Delorme", "full" } } },
    /* "Amb" is an ambassador's title ("Amb Sang said") */
    { "amb_is_a_title",
      "Lead mediator Ambassador Jeremiah Kipkorir Sang told the opening session that no par"
      "ty would be locked out.\n\n\"The door of this process is open,\" Amb Sang said.\n",
      { { "The door of this", "Jeremiah Kipkorir Sang", "full" } } },
    /* a transcript label in capitals may give a role with its portfolio, a comma, then the name
     * ("SECRETARIO DE SEGURIDAD PÚBLICA, FAUSTO ARREGUÍN LEDESMA:"); "NAME, ROLE:" is the other
     * way round */
    { "label_role_with_portfolio_then_name",
      "MODERADORA: Cedemos el uso de la voz al secretario de Seguridad P\xC3\xBA" "blica, Faus"
      "to Arregu\xC3\xADn Ledesma.\n\n"
      "SECRETARIO DE SEGURIDAD P\xC3\x9A" "BLICA, FAUSTO ARREGU\xC3\x8DN LEDESMA: Muchas graci"
      "as. Buenos d\xC3\xAD" "as a los representantes de los medios de comunicaci\xC3\xB3n.\n\n"
      "ANCHOR: Our correspondent Rowena Espiritu-Lim has been following this from Manila.\n\n"
      "ROWENA ESPIRITU-LIM, MNN CORRESPONDENT: Dana, what we know is that two supply boats "
      "left Palawan.\n",
      { { "Muchas gracias", "Fausto Arregu\xC3\xADn Ledesma", "full" },
        { "Dana, what we know", "Rowena Espiritu-Lim", "full" } } },
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
