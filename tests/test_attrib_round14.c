/* test_attrib_round14.c - attribution cases read from the fourteenth
 * round's articles and what they taught.
 *
 * The same data-driven form as test_attrib_round13.c (st_qcase: an
 * article and the statements it must yield, with speakers; "" for a
 * statement nobody is named for), one construct a case. */
#include "suites.h"

static const st_qcase cases[] = {
    /* a presidency's transcript: a Spanish title before a name set in
     * capitals ("PRESIDENTA", "CANCILLER"); a full name that opens with a
     * given name is a person even when the text names them nowhere else,
     * and is given in the name's own case */
    { "transcript_label_in_capitals_with_a_spanish_title",
      "Morning press conference of President Rosaura Villase\xC3\xB1or Aguirre\n\n"
      "PRESIDENTA ROSAURA VILLASE\xC3\x91OR AGUIRRE: Good morning to everyone, today we "
      "begin with the water report.\n\n"
      "CANCILLER JOAQU\xC3\x8DN ECHEVERR\xC3\x8D" "A SOL\xC3\x8DS: Thank you, President. I "
      "want to inform you that we held a call with the Department of State.\n",
      { { "Good morning to everyone", "Rosaura Villase\xC3\xB1or Aguirre", "full" },
        { "Thank you, President. I want", "Joaqu\xC3\xADn Echeverr\xC3\xAD" "a Sol\xC3\xADs",
          "full" } } },
    /* a label in capitals that is no person's name stays no statement */
    { "capitals_label_that_is_no_name_is_no_answer",
      "MARKET REPORT: Shares in the port operator rose by four per cent on the news.\n\n"
      "BREAKING NEWS: The talks have been called off for the day and will resume.\n",
      { { NULL, NULL, NULL } } },
    /* an answer whose first line is only pleasantries ("Thank you,
     * President. Good morning.") runs on into its next paragraphs */
    { "short_first_line_of_an_answer_counts_with_its_paragraphs",
      "Transcript of the briefing by Director Leopoldo Z\xC3\xA1rate Ben\xC3\xADtez and "
      "Minister Paulina Ochoa Trejo\n\n"
      "OCHOA TREJO: We will present the support plan for producers on Thursday.\n\n"
      "Z\xC3\x81RATE BEN\xC3\x8DTEZ: Thank you, Minister. Good morning.\n\n"
      "As you know, the treaty sets deliveries by five-year cycles, and the cycle closes "
      "in October.\n\n"
      "OCHOA TREJO: And the producers will be consulted before any transfer.\n",
      { { "We will present", "Paulina Ochoa Trejo", "full" },
        { "Thank you, Minister. Good morning.\n\nAs you know", "Leopoldo Z\xC3\xA1rate Ben\xC3\xADtez",
          "full" },
        { "And the producers", "Paulina Ochoa Trejo", "full" } } },
    /* "… En Route Pittsburgh, PA", as the White House heads a gaggle's
     * transcript, ends the name before it; and a title with a given name
     * after "and" is a person, not the tail of an organisation's name
     * ("Renata Sallow and National Economic Council Director Tomás
     * Ibáñez") */
    { "en_route_ends_a_name_and_a_titled_person_after_and",
      "Press Gaggle by Principal Deputy Press Secretary Renata Sallow and National Economic "
      "Council Director Tom\xC3\xA1s Ib\xC3\xA1\xC3\xB1" "ez En Route Pittsburgh, PA\n\n"
      "MS. SALLOW:  Hi, everybody. Quick rundown of the day and then I hand it over.\n\n"
      "MR. IB\xC3\x81\xC3\x91" "EZ:  Thanks, Renata. So we have two pieces to announce "
      "today.\n",
      { { "Hi, everybody", "Renata Sallow", "full" },
        { "Thanks, Renata", "Tom\xC3\xA1s Ib\xC3\xA1\xC3\xB1" "ez", "full" } } },
    /* "Speaker" is a title (a parliament's presiding officer), and "a
     * House Republican leadership aide" an unnamed source (a plain word
     * may come before the role) that no earlier name stands for */
    { "speaker_is_a_title_and_a_leadership_aide_is_unnamed",
      "Speaker of Parliament Pirkko Lahtela received the delegation in Helsinki.\n\n"
      "\"Our cooperation has gained a new dimension,\" says Speaker Lahtela.\n\n"
      "A spokesperson for Speaker Glen Marchetti (R-Ohio) did not respond.\n\n"
      "\"Nobody in leadership wants a vote on this,\" said a House Republican leadership "
      "aide.\n",
      { { "Our cooperation", "Lahtela", "full" },
        { "Nobody in leadership", "", "full" } } },
    /* "says President of the Storting Sundvold": a title of a named
     * body, with its article, before the surname */
    { "title_of_the_body_before_a_surname_after_the_cue",
      "Speaker Pirkko Lahtela received the President of the Storting, Eirik Sundvold, in "
      "Helsinki.\n\n"
      "\"Finland and Norway share a long border,\" says Speaker Lahtela.\n\n"
      "\"Norway has followed Finland's path with admiration,\" says President of the "
      "Storting Sundvold.\n",
      { { "Finland and Norway", "Pirkko Lahtela", "full" },
        { "Norway has followed", "Eirik Sundvold", "full" } } },
    /* "said a Western diplomat who requested anonymity": the relative
     * pronoun ends the role phrase (lower-case "who" is not the WHO) */
    { "relative_who_ends_an_unnamed_source_after_the_cue",
      "\"Everyone in that hotel knows this is not a ceasefire,\" said a Western diplomat who "
      "requested anonymity because he was not authorised to speak.\n",
      { { "Everyone in that hotel", "", "full" } } },
    /* "S. Tulegenov" once Serik Tulegenov is named: initials and the
     * surname stand for the name given whole */
    { "initials_and_surname_stand_for_the_full_name",
      "Deputy Prime Minister Serik Tulegenov met the Uzbek delegation in Astana.\n\n"
      "\"We will move from seasonal disputes to planning,\" S. Tulegenov said.\n",
      { { "We will move", "Serik Tulegenov", "full" } } },
    /* a UN meeting's coverage: "the representative of France", "the
     * representative of the Russian Federation" (its plain name),
     * "China's delegate" speak for their countries, and "he said" after
     * them is the country's too; the Special Representative of the
     * Secretary-General is no country's */
    { "representative_of_a_country_speaks_for_it",
      "Briefing the Council, H\xC3\xA9l\xC3\xA8ne Mbarga Ekotto, Special Representative of "
      "the Secretary-General, said fighting had spread. \"Every week without a ceasefire is "
      "measured in lives,\" she said.\n\n"
      "The representative of France said her country \"condemns in the strongest terms\" "
      "the offensive.\n\n"
      "The representative of the Russian Federation warned against the \"selective and "
      "politically motivated application\" of sanctions.\n\n"
      "China's delegate said the root causes could only be addressed politically. \"The "
      "parties should meet each other halfway,\" he said.\n",
      { { "Every week without", "H\xC3\xA9l\xC3\xA8ne Mbarga Ekotto", "full" },
        { "condemns in the strongest", "France", "partial" },
        { "selective and politically", "Russia", "partial" },
        { "The parties should meet", "China", "full" } } },
    /* "her Honour said": a judge's style of address stands for the
     * Justice the article names */
    { "her_honour_is_the_justice",
      "Justice Fiona Brereton-Walsh heard the application on Monday.\n\n"
      "\"I'm not going to be drawn into assessing the advice,\" her Honour said.\n",
      { { "I'm not going to be drawn", "Fiona Brereton-Walsh", "full" } } },
    /* "he told the court" opening the paragraph after "Mr Galea said the
     * order was “…” and argued that Hengtai …": the sayer, though his
     * paragraph quotes a phrase after its cue and names him by surname */
    { "pronoun_after_a_paragraph_quoting_a_phrase_is_the_sayer",
      "Counsel for Hengtai Resources, Anthony Galea, opened the case.\n\n"
      "Mr Galea said the order was \"a political decision\" and argued the Treasurer had "
      "failed to consider that Hengtai held no board seat.\n\n"
      "\"If the Commonwealth can do this to a shareholder, it can do it to anyone,\" he told "
      "the court.\n",
      { { "a political decision", "Anthony Galea", "partial" },
        { "If the Commonwealth", "Anthony Galea", "full" } } },
    /* "Minister of Water Resources of the Republic of Uzbekistan Ulugbek
     * Nazarov": the state's name after the portfolio, then the name, whom
     * "the minister" stands for (not the farmer quoted since) */
    { "portfolio_then_the_state_then_the_name",
      "Minister of Water Resources of the Republic of Uzbekistan Ulugbek Nazarov met Kazakh "
      "officials in Turkestan on Monday.\n\n"
      "Kazakh farmer Dauren Abenov said the canals had been dry since June.\n\n"
      "\"We will keep to the agreed schedule,\" the minister said.\n",
      { { "We will keep", "Ulugbek Nazarov", "full" } } },
    /* "Minister of Water and Energy Dr. Eng. Tesfaye Gebremedhin Alemu":
     * abbreviated titles with their stops between the portfolio and the
     * name, whom "the minister" stands for */
    { "dotted_titles_between_portfolio_and_name",
      "Speaking at the dam site in Metekel Zone of Benishangul-Gumuz Regional State, Minister "
      "of Water and Energy Dr. Eng. Tesfaye Gebremedhin Alemu said the filling was complete.\n\n"
      "\"The dam is a project of Ethiopians,\" the minister said.\n",
      { { "The dam is a project", "Tesfaye Gebremedhin Alemu", "full" } } },
    /* "the Sudanese minister" of "received his Sudanese counterpart
     * Hassan Al-Amin" when the only minister named is the host */
    { "place_counterpart_is_the_role_of_that_place",
      "Foreign Minister Hazem El-Sayed received his Sudanese counterpart Hassan Mohamed "
      "Al-Amin in Cairo on Sunday.\n\n"
      "\"Egypt will not stand idly by,\" the minister said.\n\n"
      "\"Sudan and Egypt stand in one trench,\" the Sudanese minister said.\n",
      { { "Egypt will not stand", "Hazem El-Sayed", "full" },
        { "Sudan and Egypt stand", "Hassan Mohamed Al-Amin", "full" } } },
    /* "Asked by a reporter whether …, the governor was blunt:": the
     * participle clause of a cue verb is no subject; the governor is */
    { "asked_by_a_reporter_clause_before_a_colon_subject",
      "Central bank governor Selim A\xC4\x9F" "ao\xC4\x9F" "lu held a press conference.\n\n"
      "Asked by a reporter from a business daily whether the government had pressed for a "
      "larger cut, the governor was blunt:\n\n"
      "\"Nobody calls me to tell me what to do with interest rates.\"\n",
      { { "Nobody calls me", "Selim A\xC4\x9F" "ao\xC4\x9F" "lu", "full" } } },
    /* "Sho Hirano of Minato Securities asked": a business's name (its
     * trade word) after "of", so the name before it is a person, known
     * given name or not */
    { "person_of_a_business_named_by_its_trade_word",
      "During the call, Sho Hirano of Minato Securities asked whether the company was "
      "\"prepared to shift more production\" to the United States.\n",
      { { "prepared to shift", "Sho Hirano", "partial" } } },
    /* "known by his nom de guerre “Aurelio Cárdenas”", "alias “El
     * Mono”": the other name, or its surname alone, is the person named
     * in full */
    { "nom_de_guerre_and_alias_stand_for_the_full_name",
      "The delegation is headed by Hernando P\xC3\xA9rez Galvis, known by his nom de guerre "
      "\"Aurelio C\xC3\xA1rdenas\", a member of the central command.\n\n"
      "C\xC3\xA1rdenas accused the army of \"offensive operations\" in the area.\n\n"
      "Police arrested Juan Ortiz Salcedo, alias \"El Mono\", in Cali.\n\n"
      "\"I have nothing to say,\" El Mono told reporters.\n",
      { { "offensive operations", "Hernando P\xC3\xA9rez Galvis", "partial" },
        { "I have nothing to say", "Juan Ortiz Salcedo", "full" } } },
    /* "QUOTE OF THE DAY: “…” — Sen. Wendell Stroud (R-Miss.), on the
     * talks": the name after a dash that follows the closing mark is
     * credited with the words, not the newsletter's label */
    { "dash_after_the_closing_mark_credits_the_name",
      "Senators met again on Tuesday.\n\n"
      "QUOTE OF THE DAY: \xE2\x80\x9CI have never once seen a plan survive contact with a "
      "Tuesday.\xE2\x80\x9D \xE2\x80\x94 Sen. Wendell Stroud (R-Miss.), on the shutdown "
      "talks.\n",
      { { "I have never once seen", "Wendell Stroud", "full" } } },
    /* a ministry's briefing: the spokesperson's labelled opening, then
     * "Q:" and "A:" lines; each answer is a statement of the person who
     * opened the briefing, the questions none */
    { "answer_lines_of_a_q_and_a_briefing_are_the_briefers",
      "Regular Briefing by Deputy Spokesperson Koo Ha-rin\n\n"
      "Deputy Spokesperson Koo Ha-rin: Good morning. I will begin with one announcement about "
      "the repatriation.\n\n"
      "Q: Has the North responded to the notification?\n\n"
      "A: As of this morning, there has been no response from the North.\n\n"
      "Q: When will the minister travel?\n\n"
      "A: The minister will meet the ambassador on Thursday.\n",
      { { "Good morning. I will", "Koo Ha-rin", "full" },
        { "As of this morning", "Koo Ha-rin", "full" },
        { "The minister will meet", "Koo Ha-rin", "full" } } },
    /* a reporter's question labelled with her name and outlet is a
     * question too: the answers after it are the briefer's, not hers */
    { "answers_after_a_named_reporters_question_are_the_briefers",
      "Regular Briefing by Deputy Spokesperson Koo Ha-rin\n\n"
      "Deputy Spokesperson Koo Ha-rin: Good morning. I will begin with one announcement about "
      "the repatriation.\n\n"
      "Q (Elif Sahin, Anadolu Agency): Has the North responded to the notification?\n\n"
      "A: As of this morning, there has been no response from the North.\n\n"
      "Q: When will the minister travel?\n\n"
      "A: The minister will meet the ambassador on Thursday.\n",
      /* (the reporter's question is no statement: the briefs count the
       * answers) */
      { { "Good morning. I will", "Koo Ha-rin", "full" },
        { "As of this morning", "Koo Ha-rin", "full" },
        { "The minister will meet", "Koo Ha-rin", "full" } } },
    /* "A:" lines with no labelled briefer before the questions are left
     * alone: the lead's person is too often someone else */
    { "answer_lines_without_a_labelled_briefer_are_left_alone",
      "We spoke to Ines Duarte, the harbour master, about the new rules.\n\n"
      "Q: Will the port close?\n\n"
      "A: No decision of that kind has been taken by the authority.\n",
      { { NULL, NULL, NULL } } },
    /* a broadcaster's transcript labels "NAME, ROLE IN CAPITALS:", with
     * a bracket's note; a podcast's "[00:02:48] Name:" and "Name (note,
     * archival audio):" */
    { "broadcast_and_podcast_labels",
      "Anchor Dana Whitcomb spoke with correspondent Rowena Espiritu-Lim, coast guard "
      "spokesperson Liu Dexiang, former ambassador Tariq Masood Khawaja and spokesperson "
      "Vikrant Sahni.\n\n"
      "DANA WHITCOMB, MNN ANCHOR: Good evening. Tonight, the shoal.\n\n"
      "ROWENA ESPIRITU-LIM, MNN CORRESPONDENT: Dana, two supply boats left Palawan before "
      "dawn this morning.\n\n"
      "LIU DEXIANG, CHINA COAST GUARD SPOKESPERSON (through translator): The vessels intruded "
      "into the waters without permission.\n\n"
      "[00:02:48] Tariq Masood Khawaja: Well, legally it means nothing, and that is the "
      "problem.\n\n"
      "[00:03:10] Vikrant Sahni (official spokesperson, archival audio): The treaty was "
      "concluded in a spirit of goodwill.\n",
      { { "Good evening", "Dana Whitcomb", "full" },
        { "Dana, two supply boats", "Rowena Espiritu-Lim", "full" },
        { "The vessels intruded", "Liu Dexiang", "full" },
        { "Well, legally", "Tariq Masood Khawaja", "full" },
        { "The treaty was concluded", "Vikrant Sahni", "full" } } },
    /* "Member of the Political Bureau and Minister of Foreign Affairs
     * Rogelio Sardiñas Portuondo": a person after "and" (a given name
     * after the portfolio), the portfolio's "Affairs" no part of the
     * name, and "the Foreign Minister" is he (the word in the portfolio) */
    { "foreign_minister_of_minister_of_foreign_affairs",
      "Member of the Political Bureau and Minister of Foreign Affairs Rogelio Sardi\xC3\xB1" "as "
      "Portuondo on Tuesday denounced the measures published in the Federal Register.\n\n"
      "\"The blockade is a crime against Cuban families,\" the Foreign Minister wrote.\n",
      { { "The blockade is a crime", "Rogelio Sardi\xC3\xB1" "as Portuondo", "full" } } },
    /* "Pyongyang, November 9 (KCNA) -- Kang Song Chol, …, issued a
     * press statement": the dateline's dash starts the sentence whose
     * subject issued the statement that "said" */
    { "statement_issuer_after_a_dateline_dash",
      "Pyongyang, November 9 (KCNA) -- Kang Song Chol, vice-minister of Foreign Affairs of "
      "the DPRK, issued a press statement on Saturday.\n\n"
      "The statement said:\n\n"
      "\"The group has no legal ground.\"\n",
      { { "The group has no legal", "Kang Song Chol", "full" } } },
    /* "Venerable" is a style before a monk's name; "the monk" is a
     * role noun standing for him; "Metropolitan Pavel" keeps his rank */
    { "religious_styles_and_the_clergy_as_roles",
      "Venerable Ashin Kawiya, a 58-year-old abbot, told the press conference that the "
      "military had burned his monastery.\n\n"
      "The monk urged Buddhist leaders to \"speak with one voice\" against the attacks.\n\n"
      "\"We will not be bargained over,\" Metropolitan Pavel said.\n",
      { { "speak with one voice", "Ashin Kawiya", "partial" },
        { "We will not be bargained", "Metropolitan Pavel", "full" } } },
    /* a podcast's host, named only in the labels, whose lines mostly
     * ask: the questions are no statements, the guest's answers are */
    { "host_named_only_in_labels_who_mostly_asks_is_no_speaker",
      "TRANSCRIPT (EXCERPT)\n\n"
      "SIGRID AUNE: Tom\xC3\xA1s, let's start with the geography. Where exactly is it?\n\n"
      "TOM\xC3\x81S REYES: It is a few square kilometres of ice on the peninsula, and the "
      "claims overlap there.\n\n"
      "SIGRID AUNE: And what is actually in the plan?\n\n"
      "TOM\xC3\x81S REYES: A runway, two hangars and a fuel depot, which is what worries "
      "the scientists.\n",
      { { "It is a few square", "Tom\xC3\xA1s Reyes", "full" },
        { "A runway, two hangars", "Tom\xC3\xA1s Reyes", "full" } } },
};

START_TEST(attribution_case)
{
    st_test_quote_case(&cases[_i]);
}
END_TEST

Suite *st_suite_attrib_round14(void)
{
    return st_test_loop_suite("attrib_round14", attribution_case, sizeof cases / sizeof *cases);
}
