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
    /* a briefing's header that names its speaker under a "Briefer:" label ("Briefer:
     * Spokesperson Choi Min-seo"): the "A:" lines are that person's */
    { "a_briefer_label_names_who_answers",
      "Spokesperson's Regular Press Briefing\n\nDate: Thursday, July 10, 2025\nBriefer: Spo"
      "kesperson Choi Min-seo\n\nQ: Will this affect the minister's visit to Tokyo next week"
      "?\n\nA: The visit will proceed as scheduled, and that principle remains unchanged.\n\n"
      "Q: Has the ambassador been summoned?\n\nA: A minister at the embassy was called in th"
      "is afternoon to receive our protest.\n",
      { { "The visit will proceed", "Choi Min-seo", "full" },
        { "A minister at the embassy", "Choi Min-seo", "full" } } },
    /* the paragraphs under a transcript's "Opening Remarks" heading, printed without a
     * label, are the remarks of the one who gives the briefing, up to the first question:
     * one statement, like an answer of several paragraphs */
    { "opening_remarks_under_a_heading_are_the_briefers",
      "Transcript of the Weekly Press Briefing by the Spokesperson\nMs. Rabia Anwar Sheikh\nI"
      "slamabad, Thursday, 19 June 2025\n\nOpening Remarks\n\nGood afternoon. I will begin "
      "today's briefing with an announcement.\n\nThe foreign minister will visit Tokyo next w"
      "eek to hold talks. That is all for my opening remarks.\n\nQuestion (Amna Butt, Metro T"
      "V): Will the team travel to India?\n\nSpokesperson: No such decision has been taken ye"
      "t, and it will be taken in due course.\n\nQuestion (Amna Butt, Metro TV): And the fli"
      "ghts to Dhaka?\n\nSpokesperson: We have seen the reports and we will share details whe"
      "n they are final.\n",
      { { "Good afternoon. I will begin", "Rabia Anwar Sheikh", "full" },
        { "No such decision", "Rabia Anwar Sheikh", "full" },
        { "We have seen the reports", "Rabia Anwar Sheikh", "full" } } },
    /* "X, in a statement signed by his adviser, Mr Y, said", "X, in a written statement,
     * said": the document X spoke in, and who signed or issued it, are between commas and
     * are no subject; "in a submission to the commission," is left as it was */
    { "a_signed_statement_between_commas_is_no_subject",
      "The Minister of Health, Dr Ama Owusu, in a statement signed by her Special Adviser on "
      "Media and Publicity, Mr Kofi Mensah, said the hospital \"will reopen on Monday\".\n\n"
      "Ms Abena Darko, in a written statement, said the union \"will not be intimidated\".\n",
      { { "will reopen on Monday", "Ama Owusu", "partial" },
        { "will not be intimidated", "Abena Darko", "partial" } } },
    /* a portfolio's branch in brackets ("Minister of State for Petroleum Resources (Oil),
     * Dr X") does not end the role before the name: "the minister" is X */
    { "a_portfolios_branch_in_brackets",
      "The Minister of State for Petroleum Resources (Oil), Dr Haruna Yakubu Dankolo, spoke "
      "on Monday.\n\nThe minister warned that a strike \"would only compound the hardship of "
      "workers\".\n",
      { { "would only compound", "Haruna Yakubu Dankolo", "partial" } } },
    /* an inverted cue, a role in capitals and its holder's name in apposition ("declared
     * the Minister of Communication and Government Spokesman, Colonel X,"): the name */
    { "inverted_cue_role_then_apposed_name",
      "\"We will not take orders,\" declared the Minister of Communication and Government Spo"
      "kesman, Colonel Abdourahamane Hamidou Soumana, reading a communiqu\xC3\xA9.\n\n\"We "
      "will not move,\" said the Minister of Defence, General Salifou Mody, on Monday.\n",
      { { "We will not take orders", "Abdourahamane Hamidou Soumana", "full" },
        { "We will not move", "Salifou Mody", "full" } } },
    /* a surname in capitals, as francophone copy sets it ("SOUMANA said", "added Colonel
     * SOUMANA"), is the person named in full before, not an acronym; an acronym that ends
     * a phrase that is no person ("Four CCG vessels") stays an acronym */
    { "a_surname_in_capitals_is_no_acronym",
      "The government spokesman, Colonel Abdourahamane Hamidou SOUMANA, spoke on Monday.\n\n"
      "\"The border will reopen when the conditions are met,\" added Colonel SOUMANA.\n\n\"We"
      " owe no one an explanation,\" SOUMANA said.\n\nFour CCG vessels entered the zone on "
      "Tuesday.\n\n\"These are routine inspections,\" CCG said.\n",
      { { "The border will reopen", "Abdourahamane Hamidou SOUMANA", "full" },
        { "We owe no one", "Abdourahamane Hamidou SOUMANA", "full" },
        { "These are routine", "CCG", "full" } } },
    /* an ordinal after a name ("Nana Ofosuhene Agyeman III") is not among the words its
     * short forms use: "Nana Agyeman" and "Agyeman" are that chief */
    { "a_short_form_of_a_name_with_an_ordinal",
      "The Omanhene of the area, Nana Ofosuhene Agyeman III, chaired the durbar.\n\n\"We wil"
      "l work hand in hand with the Minister,\" Nana Agyeman said.\n\n\"Any chief who sold "
      "land will be destooled,\" Agyeman warned.\n",
      { { "We will work hand", "Nana Ofosuhene Agyeman III", "full" },
        { "Any chief who sold", "Nana Ofosuhene Agyeman III", "full" } } },
    /* a body's words given by a person after the quote ("The coalition described the plan as
     * “…”, according to its convener, Dr X"): the person, whom a title or "its convener"
     * vouches for; a newspaper after "according to" is no nearer the source */
    { "a_bodys_words_according_to_its_person",
      "The Coalition Against Water Pollution described the announcement as \"too little, too"
      " late\", according to its convener, Dr Efua Boakye-Ansah.\n\nThe Ofin Farmers Union"
      " described the plan as \"a slap in the face\", according to the Daily Graphic.\n",
      { { "too little", "Efua Boakye-Ansah", "partial" },
        { "a slap in the face", "Ofin Farmers Union", "partial" } } },
    /* a spokesperson described by the first words of a company's name ("A Pennine Northern
     * spokesperson") speaks for the company named in full before */
    { "a_spokesperson_described_by_a_short_form",
      "Drivers at Pennine Northern Trains walked out on Monday.\n\nA Pennine Northern spokesp"
      "erson said: \"We are disappointed that the union has chosen to strike.\"\n\nThe spoke"
      "sperson added: \"Our door remains open.\"\n",
      { { "We are disappointed", "Pennine Northern Trains", "full" },
        { "Our door remains open", "Pennine Northern Trains", "full" } } },
    /* "a GFD spokeswoman" is not the spokeswoman an apposition gives to another body ("X,
     * a spokeswoman for Hanse Regio"), but is the one it gives to the body those letters
     * stand for ("Y, a spokeswoman for the Department of Homeland Security") */
    { "a_spokespersons_body_in_capitals_must_agree",
      "\"Our trains are very full,\" said Inga Petersen, a spokeswoman for Hanse Regio, which"
      " runs local services.\n\nThe Gewerkschaft Fahrpersonal Deutschland (GFD) called the "
      "strike.\n\nA GFD spokeswoman said the letter \"had not yet arrived\".\n\n\"The cart"
      "els have gone airborne,\" said Danielle Whitcomb, a spokeswoman for the Department of "
      "Homeland Security.\n\nThe DHS spokeswoman said the department \"welcomes any conversat"
      "ion\" with Mexico.\n",
      { { "Our trains are very full", "Inga Petersen", "full" },
        { "had not yet arrived", "Gewerkschaft Fahrpersonal Deutschland", "partial" },
        { "The cartels have gone", "Danielle Whitcomb", "full" },
        { "welcomes any conversation", "Danielle Whitcomb", "partial" } } },
    /* a quote with no cue after a quote of several paragraphs goes on with that quote's
     * speaker: the earlier quote speaks up to its last paragraph */
    { "a_quote_after_a_quote_of_several_paragraphs",
      "Annelies Vandenbroucke, President of the Authority, said:\n\n\xE2\x80\x9C" "An algori"
      "thm can be a useful management tool. It cannot be a judge that nobody may question.\n"
      "\n\xE2\x80\x9C" "Couriers who lose their income are entitled to know why.\xE2\x80\x9D"
      "\n\n\xE2\x80\x9CI also want to thank the couriers who came forward. Without them, th"
      "is case would not have been possible.\xE2\x80\x9D\n",
      { { "An algorithm can be", "Annelies Vandenbroucke", "full" },
        { "I also want to thank", "Annelies Vandenbroucke", "full" } } },
    /* letters a name defines in brackets though a compound word hides one initial
     * ("Federatie Havenwerkers (FHW)"): "the FHW said" is that body, not "FHW" */
    { "letters_a_compound_name_defines",
      "The Federatie Havenwerkers (FHW), which says it represents 4,200 dockers, called the s"
      "trike.\n\nIn a message sent to members on Wednesday, the FHW said pickets would be rei"
      "nforced.\n\n\"The employers are betting that you will get tired and go back in. Prove"
      " them wrong.\"\n",
      { { "The employers are betting", "Federatie Havenwerkers", "full" } } },
    /* the words a list cites after "such as", however their commas sit ("words such as
     * “believe,” “expect,” “plan” and “will.”"), are no statements */
    { "words_a_list_cites_are_no_statements",
      "\"We will build the plant together,\" said Chairman Kim Tae-ho.\n\nThis release cont"
      "ains forward-looking statements, which can be identified by words such as \xE2\x80\x9C"
      "believe,\xE2\x80\x9D \xE2\x80\x9C" "expect,\xE2\x80\x9D \xE2\x80\x9Cplan,\xE2\x80"
      "\x9D \xE2\x80\x9Cintend\xE2\x80\x9D and \xE2\x80\x9Cwill.\xE2\x80\x9D These state"
      "ments are based on information available to management.\n",
      { { "We will build", "Kim Tae-ho", "full" } } },
    /* a chair's role in a Hansard label with the person in brackets ("THE CHAIRPERSON
     * (HON. MHURIRO):") is that person; a name with a body in brackets ("DR YARED TEKLE
     * BERHANE (WHO):") is still the name's */
    { "a_chairs_label_names_the_person_in_brackets",
      "MEMBERS PRESENT:\nHon. Tafadzwa Mhuriro (Chairperson)\nHon. Rudo Chikomba\n\nIN ATTE"
      "NDANCE:\nMr Farai Chidzikwe, Permanent Secretary\nDr Yared Tekle Berhane, WHO\n\nTHE"
      " CHAIRPERSON (HON. MHURIRO): Good morning, Hon. Members. I welcome the Permanent Secre"
      "tary and his team.\n\nMR CHIDZIKWE: Thank you, Madam Chair. I will go straight to the"
      " figures.\n\nDR YARED TEKLE BERHANE (WHO): Thank you, and good morning. We have recorde"
      "d more cases this week.\n\nTHE CHAIRPERSON (HON. MHURIRO): Order, Hon. Members. I wan"
      "t to thank the team for coming.\n",
      { { "Good morning, Hon. Members", "Tafadzwa Mhuriro", "full" },
        { "Thank you, Madam Chair", "Farai Chidzikwe", "full" },
        { "Thank you, and good morning", "Yared Tekle Berhane", "full" },
        { "Order, Hon. Members", "Tafadzwa Mhuriro", "full" } } },
    /* a Spanish role in capitals with a one-letter "Y" and the name's abbreviated rank or
     * style after its comma ("SECRETARIO DE SEGURIDAD Y PROTECCIÓN CIUDADANA, LIC. X:",
     * "COMANDANTE DE LA GUARDIA NACIONAL, GRAL. Y:") labels an answer */
    { "a_spanish_role_label_with_an_abbreviated_style",
      "MORNING PRESS CONFERENCE OF PRESIDENT ELENA ROSAS CAMARGO\n\nPRESIDENTA ELENA ROSAS "
      "CAMARGO: Good morning to everyone. The Secretary will give us the figures.\n\nSECRETA"
      "RIO DE SEGURIDAD Y PROTECCI\xC3\x93N CIUDADANA, LIC. RODRIGO ANAYA QUINTANILLA: Thank y"
      "ou, Presidenta. In January the daily average of homicides fell.\n\nPRESIDENTA ELENA RO"
      "SAS CAMARGO: Thank you. General, please go ahead.\n\nCOMANDANTE DE LA GUARDIA NACIONAL"
      ", GRAL. RAMIRO ZEPEDA ONTIVEROS: With your permission, Presidenta. Ten thousand element"
      "s remain deployed.\n",
      { { "Good morning to everyone", "Elena Rosas Camargo", "full" },
        { "Thank you, Presidenta", "Rodrigo Anaya Quintanilla", "full" },
        { "Thank you. General", "Elena Rosas Camargo", "full" },
        { "With your permission", "Ramiro Zepeda Ontiveros", "full" } } },
    /* one country's ministry is not another's that spoke before ("Russia's foreign
     * ministry" after "Ukraine's foreign ministry"); "the ministry" goes on with the last */
    { "one_countrys_ministry_is_not_anothers",
      "Ukraine's foreign ministry said it was \"deeply grateful to our European partners\"."
      "\n\nRussia's foreign ministry called the decision \"outright theft that will not go "
      "unanswered\".\n\nThe ministry said the move was \"a provocation\".\n",
      { { "deeply grateful", "Ukrainian foreign ministry", "partial" },
        { "outright theft", "Russian foreign ministry", "partial" },
        { "a provocation", "Russian foreign ministry", "partial" } } },
    /* "X responded in a statement …" then "“…,” the statement said": the statement is X's,
     * not the last speaker's */
    { "the_statement_a_body_responded_in",
      "Security Minister Mario Soto said most of the people arrested were foreigners.\n\n\"O"
      "f the 214 people we detained, 180 had crossed the border,\" Soto said.\n\nThe Nicaragu"
      "an Embassy in San Jos\xC3\xA9 responded in a statement on Tuesday evening rejecting th"
      "e claims.\n\n\"The Government of Nicaragua reiterates its willingness to cooperate,\" "
      "the statement said.\n",
      { { "Of the 214 people", "Mario Soto", "full" },
        { "The Government of Nicaragua", "Nicaraguan Embassy in San Jos\xC3\xA9", "full" } } },
    /* an inverted cue, a country's adjective, a plain word and a title in capitals before
     * the name ("said Irish centre-right MEP Siobhán Ní Dhomhnaill") */
    { "inverted_cue_place_plain_word_title_name",
      "Not everyone was convinced. \"The Commission has united every farm organisation agai"
      "nst itself,\" said Irish centre-right MEP Siobh\xC3\xA1n N\xC3\xAD Dhomhnaill, who jo"
      "ined the march.\n",
      { { "The Commission has united", "Siobh\xC3\xA1n N\xC3\xAD Dhomhnaill", "full" } } },
    /* "reckons" reports its subject's words, and "likened … to “…”" names them as "called"
     * does */
    { "reckons_and_likened_are_cues",
      "The Alliance of Construction Product Importers, which fought the case from the start,"
      " reckons the duties will \"add \xE2\x82\xAC" "900 to the bill of a typical home\".\n\nGi"
      "anluca Della Valle chairs the committee. That said, Della Valle likened the arrangemen"
      "t to \"a courtesy phone call after the fact\".\n",
      { { "add", "Alliance of Construction Product Importers", "partial" },
        { "a courtesy phone call", "Gianluca Della Valle", "partial" } } },
    /* a US congressional hearing's labels, a title and a surname ending in a full stop
     * ("Senator Kilbride. Good morning.", "Dr. Vasudevan. Thank you."); not a name with a
     * middle initial opening prose ("Mayor Thomas J. Whitaker, who …") nor a role ("Chief
     * Negotiator Prof. Dr X") */
    { "a_hearings_labels_end_in_a_full_stop",
      "Hon. Margaret A. Kilbride, U.S. Senator from New Hampshire\n\nAnand Vasudevan, Ph.D., C"
      "hief Scientist, Meridian Intelligence\n\nSenator Kilbride. Good morning. This hearing o"
      "f the subcommittee will come to order, and we will hear from our witnesses.\n\nDr. Vas"
      "udevan. Thank you, Chair Kilbride. Meridian supports a federal incident reporting requ"
      "irement.\n\nSenator Kilbride. Could Meridian meet a reporting window of three days, as"
      " the bill asks?\n\nMayor Thomas J. Whitaker, who negotiated the deal, said the terms w"
      "ere fair.\n",
      { { "Good morning. This hearing", "Margaret A. Kilbride", "full" },
        { "Thank you, Chair Kilbride", "Anand Vasudevan", "full" },
        { "Could Meridian meet", "Margaret A. Kilbride", "full" } } },
    /* a programme's host, who welcomes the audience and names himself or herself in the
     * first line ("welcome to Between the Lines. I'm Yasmine Haddad."), gives questions and
     * cues, not answers, even when most of them end in a full stop */
    { "a_hosts_lines_are_no_answers",
      "Yasmine Haddad: Marhaba, and welcome to Between the Lines. I'm Yasmine Haddad. Today we"
      " talk about the municipal elections.\n\nRima Karam: Thank you, Yasmine, happy to be he"
      "re with you today.\n\nYasmine Haddad: Rima, the minister said the elections would be he"
      "ld on time. Tell us about the border villages.\n\nRima Karam: Technically, the ministr"
      "y has done its homework, but the villages are half destroyed.\n\nYasmine Haddad: Rima "
      "Karam, thank you for joining us on the programme.\n",
      { { "Thank you, Yasmine", "Rima Karam", "full" },
        { "Technically, the ministry", "Rima Karam", "full" } } },
    /* letters spelled by a body named after a country's possessive ("Britain's Information
     * Commissioner's Office … the ICO said") */
    { "letters_of_a_body_after_a_possessive",
      "Britain's Information Commissioner's Office fined the garden-centre chain \xC2\xA3" "3.1"
      " million.\n\n\"Basic measures simply weren't in place,\" the ICO said.\n",
      { { "Basic measures", "Information Commissioner's Office", "full" } } },
    /* "Hon'ble", an Indian government's courtesy title: "the Hon'ble Minister added" is the
     * minister the note named */
    { "honble_is_a_title",
      "Giving details, the Hon'ble Minister for Urban Development Smt. R. Hemalatha Gowda said"
      " the delimitation was complete.\n\nThe Hon'ble Minister added that the Department had"
      " written to the Commission. \"We have requested the Commission to consider the examina"
      "tion calendar,\" she said.\n",
      { { "We have requested", "R. Hemalatha Gowda", "full" } } },
    /* "it" after a sentence in which a body issued a document is that body ("The Basra
     * governorate issued a statement calling for calm. “…,” it said."), not the body that
     * spoke before; a governorate, a municipality and a prefecture are bodies */
    { "it_is_the_body_that_issued_a_statement",
      "\"We cut exports because the fields need maintenance,\" the Iranian oil ministry said.\n"
      "\nThe Basra governorate issued a statement calling for calm. \"Basra governorate calls"
      " on its dear citizens to exercise restraint,\" it said.\n",
      { { "We cut exports", "Iranian oil ministry", "full" },
        { "Basra governorate calls", "Basra governorate", "full" } } },
    /* letters that spell the title words before a person's name ("the ASG" after
     * "Additional Solicitor General Rajeshwar Prasad Nirmal", "the CS" after "Cabinet
     * Secretary X") are that person, not a body's acronym */
    { "a_roles_letters_are_its_holder",
      "Justice Sreedharan asked Additional Solicitor General Rajeshwar Prasad Nirmal, who appe"
      "ared for the Union, how long the Bill had been pending.\n\nThe ASG objected to the inte"
      "rvention, terming it \"an attempt to argue the merits through the back door\".\n",
      { { "an attempt to argue", "Rajeshwar Prasad Nirmal", "partial" } } },
    /* a person before "of the" and a body whose name a lowercase word opens ("MP Georges
     * Achkar of the opposition Lebanon First bloc told") */
    { "a_person_of_a_body_a_lowercase_word_opens",
      "\"This ministry has had three years and billions of dollars,\" MP Georges Achkar of th"
      "e opposition Lebanon First bloc told the committee.\n",
      { { "This ministry has had", "Georges Achkar", "full" } } },
    /* a briefing's header "Answers of the MFA Spokesperson X to the questions of journalists"
     * names who answers its "Answer:" lines */
    { "answers_of_the_spokesperson_in_the_header",
      "12 June 2025\n\nAnswers of the MFA Spokesperson Lilit Avagyan to the questions of jou"
      "rnalists at the weekly briefing\n\nQuestion: What were the results of the meeting in K"
      "ars?\n\nAnswer: We welcome the agreement reached yesterday on the practical steps to o"
      "pen the crossing.\n\nQuestion: Will the minister travel to Tbilisi?\n\nAnswer: On 16 "
      "June the Minister will pay a working visit to Tbilisi.\n",
      { { "We welcome the agreement", "Lilit Avagyan", "full" },
        { "On 16 June the Minister", "Lilit Avagyan", "full" } } },
    /* "the spokesperson" speaks for the body a spokesperson spoke for before, not for the
     * wire credited in brackets in the dateline ("HONG KONG, April 1 (Xinhua) --") */
    { "a_spokesperson_is_not_the_wires",
      "HONG KONG, April 1 (Xinhua) -- The government of the HKSAR on Monday condemned the rep"
      "ort.\n\n\"The HKSAR Government firmly rejects the baseless accusations,\" a spokesper"
      "son for the HKSAR government said in a statement.\n\nThe spokesperson said the law tar"
      "gets only \"an extremely small minority\".\n",
      { { "The HKSAR Government firmly", "HKSAR government", "full" },
        { "an extremely small minority", "HKSAR government", "partial" } } },
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
