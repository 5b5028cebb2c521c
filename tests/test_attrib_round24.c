/* test_attrib_round24.c - attribution cases read from the twenty-fourth
 * round's articles and what they taught.
 *
 * The same data-driven form as test_attrib_round23.c (st_qcase: an
 * article and the statements it must yield, with speakers; "" for a
 * statement nobody is named for), one construct a case. */
#include "suites.h"
#include "../features/quotes.h"

#include <stdlib.h>
#include <string.h>

static const st_qcase cases[] = {
    /* a caption opening with its own bracketed label ("[Photo caption] ‘…’: X at …") quotes
     * in full, and the clause after the colon names the speaker */
    { "a_bracketed_caption_label_before_a_quote",
      "Inside the agency\n\nAminata Keita keeps two objects on her desk. The office is "
      "small and crowded.\n\n[Photo caption] \xE2\x80\x98We are building the plane whil"
      "e flying it\xE2\x80\x99: Aminata Keita at the agency\xE2\x80\x99s temporary head"
      "quarters in Kigali. Photograph: Claude Nshimiyimana for the Review\n\nHer deputy"
      " is Jean-Pierre Habimana.\n",
      { { "We are building the plane", "Aminata Keita", "full" } } },
    /* an apposition's possessive ("Pierre Habimana, her deputy,") is whose deputy he is, not
     * his gender: the next "she" is the woman before him */
    { "an_appositions_possessive_tells_no_gender",
      "Marta Kowalczyk runs the agency in Warsaw.\n\n\xE2\x80\x9CNobody is sure when sh"
      "e sleeps,\xE2\x80\x9D Pierre Habimana, her deputy, said.\n\n\xE2\x80\x9CWe are f"
      "aster than anyone,\xE2\x80\x9D she said.\n",
      { { "Nobody is sure", "Pierre Habimana", "full" },
        { "We are faster", "Marta Kowalczyk", "full" } } },
    /* the sentence just before a quote in its paragraph has he or she doing something no cue
     * says ("When I read his comment to her, she laughs. “…”"): that pronoun speaks, not the
     * speaker before */
    { "a_pronoun_subject_just_before_a_quote",
      "Marta Kowalczyk runs the agency. Tomasz Nowak, a professor in Krak\xC3\xB3w, is "
      "a critic of its methods.\n\n\xE2\x80\x9CI have respect for her, but she is wrong"
      ",\xE2\x80\x9D he told me by telephone.\n\nWhen I read his comment to her, she la"
      "ughs. \xE2\x80\x9CTomasz was my examiner once. He failed me.\xE2\x80\x9D\n",
      { { "I have respect", "Tomasz Nowak", "full" },
        { "Tomasz was my examiner", "Marta Kowalczyk", "full" } } },
    /* a correspondent asks, the one who spoke before answers, with an "Advertisement" and a
     * "Read more" line among the paragraphs between; a follow-up question alone after the
     * answer is the asker's, and the next answer the answerer's again */
    { "a_question_and_answer_across_clutter",
      "OPEC+ delays output increase again\n\n\xE2\x80\x9CWe are not the market\xE2\x80\x99s"
      " shock absorber,\xE2\x80\x9D Faisal Al-Harthi, an adviser to the Saudi delegatio"
      "n, told reporters on a call after the meeting.\n\nAdvertisement\n\nRead more: Oi"
      "l prices slip as Chinese demand cools\n\nThe exchange that followed was brief.\n"
      "\n\xE2\x80\x9CWill the kingdom tolerate another quarter of overproduction?\xE2\x80\x9D "
      "asked Jonas Weber, a correspondent for a German newswire.\n\n\xE2\x80\x9CWe have"
      " been patient. Patience is not unlimited.\xE2\x80\x9D\n\n\xE2\x80\x9CIs that a w"
      "arning to Baghdad?\xE2\x80\x9D\n\n\xE2\x80\x9CIt is a description of reality.\xE2\x80\x9D\n",
      { { "We are not the market", "Faisal Al-Harthi", "full" },
        { "Will the kingdom", "Jonas Weber", "full" },
        { "We have been patient", "Faisal Al-Harthi", "full" },
        { "Is that a warning", "Jonas Weber", "full" },
        { "It is a description", "Faisal Al-Harthi", "full" } } },
    /* a legislature's record labelling members by initial and surname ("P. Halvorsen:",
     * "Hon. D. Whitfield:") and naming them nowhere else: each label speaks, as the full
     * name the header gives ("Hon. Dana Whitfield") when there is one; a label on one line
     * ("R. Gagnon:") among others so labelled; "Madam Speaker:" is the one the header's
     * "Speaker:" line names */
    { "a_records_initialled_labels",
      "LEGISLATIVE ASSEMBLY\n\nOFFICIAL REPORT OF DEBATES\n\nSpeaker: Hon. Marion Okafo"
      "r\n\nMinister of Forests .......... Hon. Dana Whitfield\n\nOral Questions\n\nP. "
      "Halvorsen: The mill in Lakeview depends on fibre out of that watershed. Will the"
      " minister guarantee the jobs?\n\nMadam Speaker: Minister of Forests, on the ques"
      "tion.\n\nHon. D. Whitfield: There are fourteen tenures in the area, and every on"
      "e of them is protected under the agreement.\n\nMadam Speaker: Member for Lakevie"
      "w on a supplemental.\n\nP. Halvorsen: Sixty days on top of a permitting system t"
      "hat already takes a year is not protection.\n\nR. Gagnon: Madam Speaker, this is"
      " the third agreement this government has signed without telling anyone.\n",
      { { "The mill in Lakeview", "P. Halvorsen", "full" },
        { "Minister of Forests, on", "Marion Okafor", "full" },
        { "There are fourteen", "Dana Whitfield", "full" },
        { "Member for Lakeview", "Marion Okafor", "full" },
        { "Sixty days", "P. Halvorsen", "full" },
        { "Madam Speaker, this is", "R. Gagnon", "full" } } },
    /* an earnings call's transcript setting "Name -- Role" over each turn, and listing the
     * participants so at the top: each turn is its speaker's, a role word anywhere in the
     * list's line ("General Manager, Investor Relations") makes no analyst, and an analyst's
     * line ("-- Tsubame Capital Markets") labels a question, no statement */
    { "a_calls_name_and_role_lines",
      "Hoshigaoka Components Co., Ltd.\nQ2 FY2025 Earnings Call\n\nCorporate Participan"
      "ts\nKenji Morita -- General Manager, Investor Relations\nHaruto Sakamoto -- Pres"
      "ident and Chief Executive Officer\nMayumi Tanabe -- Managing Executive Officer a"
      "nd Chief Financial Officer\n\nConference Call Participants\nAya Kurokawa -- Tsub"
      "ame Capital Markets\n\nOperator\nGood afternoon, and welcome to the earnings con"
      "ference call. I will now hand over to Mr. Morita.\n\nKenji Morita -- General Man"
      "ager, Investor Relations\nThank you, operator, and thank you all for joining us."
      " The materials are on our website.\n\nHaruto Sakamoto -- President and Chief Exe"
      "cutive Officer\nThank you. For the first half, revenue rose six percent, support"
      "ed by higher volumes of steering units.\n\nAya Kurokawa -- Tsubame Capital Marke"
      "ts\nHow much of the tariff cost can you pass on to your customers this year?\n\n"
      "Mayumi Tanabe -- Managing Executive Officer and Chief Financial Officer\nOur for"
      "ecast assumes we recover about forty percent of the tariff cost through price re"
      "visions.\n",
      { { "Thank you, operator", "Kenji Morita", "full" },
        { "Thank you. For the first half", "Haruto Sakamoto", "full" },
        { "Our forecast assumes", "Mayumi Tanabe", "full" } } },
    /* an agency's initials for a name it gave whole before: "According to Z. Lomtadze" (the
     * mention itself is no fuller form of itself) and "J.R. Nurmatov", the initials one
     * token, for Jahongir Rustamovich Nurmatov */
    { "initials_for_the_full_name_before",
      "The document was signed in Baku by Minister of Economy of Georgia Zurab Lomtadze"
      " and Minister of Foreign Affairs of Uzbekistan Jahongir Rustamovich Nurmatov.\n\n"
      "According to Z. Lomtadze, the works on Georgian territory will be carried out \""
      "in full compliance with European environmental standards\".\n\n\"There are no wi"
      "nners or losers in this agreement,\" J.R. Nurmatov said.\n",
      { { "in full compliance", "Zurab Lomtadze", "partial" },
        { "There are no winners", "Jahongir Rustamovich Nurmatov", "full" } } },
    /* French copy: the auxiliary between subject and participle ("…, M. Koffi Yao Hermann, a
     * expliqué … « … »") and the inverted pronoun after a quote ("« … », a-t-il précisé"),
     * he of the man named before */
    { "french_copys_auxiliary_and_inverted_pronoun",
      "Le coordonnateur de la commission locale, M. Koffi Yao Hermann, a expliqu\xC3\xA9 "
      "ce contretemps par \xC2\xAB un retard dans l'acheminement des kits depuis l'entr"
      "ep\xC3\xB4t central \xC2\xBB.\n\n\xC2\xAB Tous les centres de la commune seront "
      "op\xC3\xA9rationnels en fin de matin\xC3\xA9" "e \xC2\xBB, a-t-il pr\xC3\xA9" "c"
      "is\xC3\xA9.\n",
      { { " un retard", "M. Koffi Yao Hermann", "partial" },
        { " Tous les centres", "M. Koffi Yao Hermann", "full" } } },
    /* "the spokesperson said" after "A spokesperson for the Chinese embassy in Canberra
     * described …" speaks for that embassy (a lower-case head and its place after the
     * capitals), not for the minister named before; a consulate is an organisation's head */
    { "the_spokesperson_introduced_for_a_body",
      "Trade Minister Nerida Flack said the government would seek an explanation from B"
      "eijing.\n\nA spokesperson for the Chinese embassy in Canberra described the deci"
      "sion as a routine biosecurity matter.\n\n\"The relevant measures were taken in a"
      "ccordance with Chinese laws,\" the spokesperson said in a written statement.\n\n"
      "The Chinese Consulate-General in Brisbane also weighed in last night, saying it "
      "\"firmly opposes the politicisation of normal commercial co-operation\".\n",
      { { "The relevant measures", "Chinese embassy in Canberra", "full" },
        { "firmly opposes", "Chinese Consulate-General", "partial" } } },
    /* "In a written response to The Daily Kanto, the company said": the company is the
     * business named before, not the paper it answered */
    { "an_outlet_is_no_company",
      "Kanae Motor, Japan\xE2\x80\x99s fifth-largest automaker by domestic output, deni"
      "ed that its staff had used the prospect of moving orders overseas as leverage. I"
      "n a written response to The Daily Kanto, the company said it \xE2\x80\x9Cvalues "
      "its long-standing relationships with all of its suppliers\xE2\x80\x9D.\n",
      { { "values its long-standing", "Kanae Motor", "partial" } } },
    /* "has just published a statement" (an adverb between) names the statement's issuer;
     * "The prime minister's office has issued a statement." then, opening the next
     * paragraph, "“…,” it said": the office, an office-holder's body */
    { "an_office_that_issued_a_statement_before",
      "The Lebanese army has just published a statement on its deployment in the south."
      "\n\n\xE2\x80\x9C" "Army units completed their deployment today to twelve additio"
      "nal positions,\xE2\x80\x9D the statement said.\n\nThe prime minister's office ha"
      "s issued a statement on the day's developments.\n\n\xE2\x80\x9CLebanon is commit"
      "ted to the full implementation of the cessation of hostilities arrangements,\xE2\x80\x9D "
      "it said.\n",
      { { "Army units completed", "Lebanese army", "full" },
        { "Lebanon is committed", "prime minister's office", "full" } } },
    /* "the JCS said" after "South Korea's Joint Chiefs of Staff": three letters or more
     * spelling a run of capitals named before in order are that body, though no word of it
     * heads organisations' names */
    { "letters_spelling_a_body_named_before",
      "South Korea\xE2\x80\x99s Joint Chiefs of Staff said in a text message that the m"
      "issile flew about 1,000 km before landing in the sea.\n\n\xE2\x80\x9COur militar"
      "y is maintaining a full readiness posture while closely sharing information with"
      " the United States and Japan,\xE2\x80\x9D the JCS said.\n",
      { { "Our military", "Joint Chiefs of Staff", "full" } } },
    /* "But the federation was having none of it. In a short statement, it said …": a
     * conjunction opening the sentence before, an opening phrase and its comma before "it",
     * and "the federation" resolved to the International Judo Federation named before (a
     * name, not the noun's own words) */
    { "it_after_the_federation_having_none_of_it",
      "The post racked up two million likes, with fans bombarding the International Jud"
      "o Federation\xE2\x80\x99s accounts.\n\nBrazilian Judo Confederation president Ma"
      "rcelo Ribeiro Cunha told reporters in Budapest that the referees had made \xE2\x80\x9C" "a"
      " grotesque mistake\xE2\x80\x9D.\n\nBut the federation was having none of it. In "
      "a short statement, it said the decision was \xE2\x80\x9C" "final and fully in li"
      "ne with the rules\xE2\x80\x9D.\n",
      { { "a grotesque mistake", "Marcelo Ribeiro Cunha", "partial" },
        { "final and fully", "International Judo Federation", "partial" } } },
    /* a press conference whose header names its "Moderator: Claire Vautrin, …": her lines
     * call the questions and are no statements (the writers leave them unmarked), the
     * speaker's answers are */
    { "the_headers_moderator_calls_questions",
      "EXECUTIVE BOARD MEETING \xE2\x80\x94 CLOSING PRESS CONFERENCE\n\nSpeakers:\nAstr"
      "id Halvorsen, President\nModerator: Claire Vautrin, Director of Communications\n"
      "\nCLAIRE VAUTRIN: Good afternoon, everybody, and welcome. The President will ope"
      "n with a short statement, and then we will go to your questions.\n\nASTRID HALVO"
      "RSEN: Thank you, Claire. The Executive Board today decided to withdraw the provi"
      "sional place of weightlifting on the programme.\n\nCLAIRE VAUTRIN: Thank you. Th"
      "e first question, please, from the front row.\n\nASTRID HALVORSEN: The programme"
      " is not a right. It has to be earned, and it has to be protected.\n",
      { { "Thank you, Claire", "Astrid Halvorsen", "full" },
        { "The programme is not", "Astrid Halvorsen", "full" } } },
    /* a health agency's press-conference transcript: "Speaker key:" lists initials and
     * names, and each turn opens with the initials and a space ("RM Thank you, Margaux"); a
     * reporter's initials, in no key, label no statement, nor do those of a moderator the
     * text introduces nowhere else */
    { "initials_a_speaker_key_names",
      "Virtual press conference on avian influenza\n21 January\n\nSpeaker key:\nMH Marg"
      "aux Hennequin\nRM Dr Rafael Montenegro Ibarra\nIH Dr Ingrid Halvorsen\n\n00:00:2"
      "1\nMH Good morning and welcome. With us today are Dr Rafael Montenegro Ibarra, A"
      "ssistant Director-General, and Dr Ingrid Halvorsen, Technical Lead. I will now h"
      "and over to Dr Montenegro.\n\n00:01:15\nRM Thank you, Margaux, and good day to e"
      "veryone. At this stage we have no evidence of sustained human-to-human transmiss"
      "ion.\n\n00:05:14\nTL Thank you for taking my question. Is the virus better adapt"
      "ed to humans?\n\n00:05:31\nIH Thank you, Tobias. In the sequences we have seen s"
      "o far, we do not see the key mutations.\n",
      { { "Thank you, Margaux", "Rafael Montenegro Ibarra", "full" },
        { "Thank you, Tobias", "Ingrid Halvorsen", "full" } } },
    /* "CEO:" labelling a briefing whose header reads "PRESS BRIEFING BY SHRI ARINDAM
     * SENGUPTA, CHIEF ELECTORAL OFFICER": the letters spell the role the header gives after
     * the name and its comma, and the name (its honorific dropped) speaks */
    { "letters_of_the_role_the_header_gives",
      "OFFICE OF THE CHIEF ELECTORAL OFFICER\nMedia Cell\n\nTRANSCRIPT OF THE PRESS BRI"
      "EFING BY SHRI ARINDAM SENGUPTA, CHIEF ELECTORAL OFFICER, WEST BENGAL\n\nCEO: Goo"
      "d afternoon, and thank you all for coming. The draft electoral roll was publishe"
      "d on 1 March.\n\nQ (Debashis Mitra, Bangla Barta TV): Sir, the ruling party has "
      "alleged that genuine voters are being deleted. What is your response?\n\nCEO: No"
      " name is deleted without a notice and a hearing, and every objection is verified"
      " in the field.\n",
      { { "Good afternoon", "Arindam Sengupta", "full" },
        { "No name is deleted", "Arindam Sengupta", "full" } } },
    /* "the President of the Republic said": the title is the subject, of a country after its
     * "of" ("the Republic", a place), and names the holder the text introduced, not
     * "Republic" */
    { "the_president_of_the_republic",
      "President Augustin Kazadi welcomed the entry into force of the ceasefire on Wedn"
      "esday.\n\n\xE2\x80\x9CWe extend our hand to all those who choose peace,\xE2\x80\x9D "
      "the President of the Republic said.\n",
      { { "We extend our hand", "Augustin Kazadi", "full" } } },
    /* a legislature's record (a line labelled "The Speaker (Hon. X):"): a member whose lines
     * all ask the minister makes statements, unlike an interviewer or an analyst whose lines
     * mostly ask */
    { "a_members_questions_in_a_legislatures_record",
      "Oral Questions\n\nBACK-TO-WORK LEGISLATION\n\nMr. Kwame Asante-Boateng: My quest"
      "ion is for the Minister of Labour. Will the minister rule out back-to-work legis"
      "lation?\n\nThe Speaker (Hon. Theodore Brancato): Minister of Labour.\n\nHon. \xC3\x89m"
      "ilie Rousseau-Kirby: I have no plans to table such legislation, and I want both "
      "sides back at the table.\n\nMr. Kwame Asante-Boateng: Speaker, no plans is what "
      "governments always say. Will she rule it out today, yes or no?\n",
      { { "My question is for", "Kwame Asante-Boateng", "full" },
        { "I have no plans", "\xC3\x89milie Rousseau-Kirby", "full" },
        { "Speaker, no plans", "Kwame Asante-Boateng", "full" } } },
};

START_TEST(attribution_case)
{
    st_test_quote_case(&cases[_i]);
}
END_TEST

/* A record's last answer of two paragraphs before a note that closes
 * the excerpt ("[End of excerpt. …]"): the answer runs to the note, not
 * only its first line (the note ends the transcript). */
START_TEST(an_answer_runs_to_the_closing_note)
{
    static const char text[] =
        "Oral Questions\n\nP. Halvorsen: Will the Premier commit today that the agreement"
        " will come to a free vote of all members?\n\nG. Moreau: Thank you, Madam Speaker"
        ", and I want to thank the member for the question.\n\nThis agreement will come t"
        "o this House. Every member will have the opportunity to read it, debate it and v"
        "ote on it.\n\nP. Halvorsen: The Premier has had eleven years to talk to the peop"
        "le of the valley, and he chose not to.\n\nG. Moreau: I will take no lessons on c"
        "onsultation from the member opposite.\n\nAnd I hope every member will be in the "
        "gallery when we sign it.\n\n[End of excerpt. Oral Questions continued.]\n";
    st_text t;
    st_quotes qs = { NULL, 0, 0 };
    st_error err;
    char *last;
    ck_assert_int_eq(st_text_decode(&t, text, strlen(text), &err), ST_OK);
    ck_assert_int_eq(st_quotes_extract(&t, &qs, &err), ST_OK);
    ck_assert_uint_eq(qs.n, 4);
    last = st_text_utf8(&t, qs.v[3].start, qs.v[3].end);
    ck_assert_ptr_nonnull(strstr(last, "when we sign it."));
    ck_assert_str_eq(qs.v[3].speaker, "G. Moreau");
    free(last);
    st_quotes_free(&qs);
    st_text_free(&t);
}
END_TEST

Suite *st_suite_attrib_round24(void)
{
    Suite *s = st_test_loop_suite("attrib_round24", attribution_case, sizeof cases / sizeof *cases);
    TCase *tc = tcase_create("records");
    tcase_add_test(tc, an_answer_runs_to_the_closing_note);
    suite_add_tcase(s, tc);
    return s;
}
