/* test_attrib_round20.c - attribution cases read from the twentieth
 * round's articles and what they taught.
 *
 * The same data-driven form as test_attrib_round19.c (st_qcase: an
 * article and the statements it must yield, with speakers; "" for a
 * statement nobody is named for), one construct a case. */
#include "suites.h"

static const st_qcase cases[] = {
    /* a transcript labelled by a role alone ("CHIEF MINISTER:", "Spokesperson:") names the
     * person its header gives on the line next to that role ("THE HON. MARIA DOYLE MLA /
     * CHIEF MINISTER OF THE NORTHERN TERRITORY", "by the Spokesperson / Ms. Rabia Anwar
     * Sheikh"); the reporter's lines stay out */
    { "role_label_names_the_headers_person",
      "TRANSCRIPT\n\nTHE HON. MARIA DOYLE MLA\nCHIEF MINISTER OF THE NORTHERN TERRITORY\n\n"
      "THE HON. SELINA WURRAMARRBA MLA\nMINISTER FOR HOUSING\n\nCHIEF MINISTER: Thanks for "
      "coming, everyone. I will make a few remarks first.\n\nJOURNALIST: Were you consulted"
      "?\n\nCHIEF MINISTER: We got a phone call at half past four on Tuesday afternoon.\n",
      { { "Thanks for coming", "Maria Doyle", "full" },
        { "We got a phone call", "Maria Doyle", "full" } } },
    /* a ministry's briefing whose header ends "by the Spokesperson" and names her on the
     * next line: every "Spokesperson:" answer is hers, even when her surname is also a
     * title word (Sheikh) */
    { "spokesperson_label_after_the_header_name",
      "Transcript of the Weekly Press Briefing by the Spokesperson\nMs. Rabia Anwar Sheikh\n"
      "Islamabad, Thursday\n\nQuestion (Zeeshan Naqvi, Capital Dispatch): Madam, what about"
      " the border?\n\nSpokesperson: We have seen those remarks, and they do not merit a re"
      "sponse.\n\nQuestion (Amna Butt, Metro): And the talks?\n\nSpokesperson: Channels of "
      "communication remain open at every level.\n",
      { { "We have seen those", "Rabia Anwar Sheikh", "full" },
        { "Channels of communication", "Rabia Anwar Sheikh", "full" } } },
    /* an earnings call's transcript labels its management by name, with a middle initial
     * ("Venkatesh R. Iyer:"), and lists them with an honorific in its header ("MR.
     * VENKATESH R. IYER – MANAGING DIRECTOR"); the analyst whose lines mostly ask is no
     * statement */
    { "earnings_call_speakers_listed_with_honorifics",
      "MANAGEMENT: MR. VENKATESH R. IYER \xE2\x80\x93 MANAGING DIRECTOR \xE2\x80\x93 SAHYAD"
      "RI INFOTECH LIMITED\nMS. SHALINI MEHROTRA \xE2\x80\x93 CHIEF FINANCIAL OFFICER \xE2\x80\x93 "
      "SAHYADRI INFOTECH LIMITED\n\nModerator: Good day and welcome to the call. The first "
      "question is from the line of Abhishek Kulkarni from Nirmal Securities. Please go ahe"
      "ad.\n\nAbhishek Kulkarni: Venkatesh, on the North American bank, can you give us som"
      "e colour?\n\nVenkatesh R. Iyer: Abhishek, let me be very clear on this. The relation"
      "ship remains strong.\n\nAbhishek Kulkarni: Thank you, and all the best.\n\nShalini M"
      "ehrotra: Thanks, Venkatesh. Based on the advice of our counsel, we do not consider i"
      "t.\n\nAbhishek Kulkarni: Shalini, on the guidance, are we tracking to the upper end?"
      "\n\nShalini Mehrotra: Abhishek, we are maintaining our revenue guidance of four to s"
      "ix per cent.\n",
      { { "Abhishek, let me be", "Venkatesh R. Iyer", "full" },
        { "Thanks, Venkatesh.", "Shalini Mehrotra", "full" },
        { "Abhishek, we are", "Shalini Mehrotra", "full" } } },
    /* the Welsh "ap" inside a name ("Cllr Rhodri ap Gwilym", later "Cllr ap Gwilym") is a
     * particle, not the AP agency, so the councillor is a person the "he" after names */
    { "welsh_ap_is_a_particle_not_a_news_agency",
      "Cllr Rhodri ap Gwilym told the committee: \"I want to be straight with members and w"
      "ith tenants.\"\n\nThe committee heard from Tregaron Building Surveys on the repairs."
      "\n\nCllr ap Gwilym said he would attend the June meeting. \"I'd rather be held to ac"
      "count on this than not,\" he said.\n",
      { { "I want to be straight", "Rhodri ap Gwilym", "full" },
        { "I'd rather be held", "Rhodri ap Gwilym", "full" } } },
    /* "Md" (Mohammad shortened, as Bangladeshi copy writes it) opens a name after a
     * portfolio or a constituency ("Relief Md Enamul Haque Sarker", "MP for Sunamganj-3 Md
     * Habibur Rahman Talukdar"); "MD" in capitals is still a managing director's title */
    { "md_opens_a_bangladeshi_name",
      "State Minister for Disaster Management and Relief Md Enamul Haque Sarker has dismiss"
      "ed the claims, calling them \"baseless and politically motivated\".\n\nRuling allian"
      "ce MP for Sunamganj-3 Md Habibur Rahman Talukdar has hit back at the opposition.\n\n"
      "\"Those who never set foot in the haor are now doing politics with people's sufferin"
      "g,\" he told reporters.\n\nNavkaar Technologies CEO and MD Venkatesh K. Raghavan sai"
      "d: \"We are fine with the results this quarter.\"\n",
      { { "baseless and politically", "Md Enamul Haque Sarker", "partial" },
        { "Those who never set foot", "Md Habibur Rahman Talukdar", "full" },
        { "We are fine with", "Venkatesh K. Raghavan", "full" } } },
    /* "a committee member" is a person the text does not name (member is a person noun, not
     * only a title), so "said a central working committee member of the Loktantrik Congress
     * who asked not to be named" gives no speaker, neither the committee nor the person
     * named before */
    { "committee_member_is_an_unnamed_person",
      "Binod Kumar Sah leads the Manch.\n\n\"Frankly, the Manch has a point. We promised th"
      "ings in that agreement,\" said a central working committee member of the Loktantrik "
      "Congress who asked not to be named.\n\n\"We will wait for the talks to finish before"
      " we decide anything at all,\" a committee member said.\n",
      { { "Frankly, the Manch", "", "full" },
        { "We will wait", "", "full" } } },
    /* "One senior figure at the council said" is an unnamed person at the council, as "a
     * nurse at the hospital" is: no speaker, not the council */
    { "senior_figure_at_a_body_is_an_unnamed_person",
      "The Lower Ashcombe Parish Council objected to the scheme.\n\nOne senior figure at th"
      "e council said that without a five-year supply the plan carried \"very limited weigh"
      "t\" and that a refusal would \"almost certainly be overturned on appeal, with costs\""
      ".\n",
      { { "very limited weight", "", "partial" },
        { "almost certainly", "", "partial" } } },
    /* a firm named with an ampersand ("Brackley & Dunn") is one name, so "A Brackley & Dunn
     * spokesman said" speaks for the firm, not for "Dunn spokesman"; and the firm is no
     * fuller form of a partner's surname ("Rao said" after "law firm Rao & Sethi") */
    { "ampersand_joins_a_firms_name",
      "Nandini Rao, a partner at Delhi law firm Rao & Sethi, said the case was a test.\n\n\""
      "The law puts the obligation squarely on the company,\" Rao said.\n\nShareholders vot"
      "ed against the pay report of Brackley & Dunn on Tuesday.\n\nA Brackley & Dunn spokes"
      "man said last night: \"Simon has led a difficult but necessary turnaround.\"\n",
      { { "The law puts", "Nandini Rao", "full" },
        { "Simon has led", "Brackley & Dunn", "full" } } },
    /* an indefinite person who is named in apposition ("An investment analyst with Sahel
     * Equity Partners, Ms. Halima Yusuf-Bello, noted that …") is that named person for the
     * "she said" after, not an unnamed source; one who is not named ("A senior registered
     * nurse at Te Awa, who asked not to be named, said") stays unnamed */
    { "indefinite_source_named_in_apposition",
      "The Head of Research at Ikoyi Capital Securities, Mr. Tunde Fasanmi, said: \"Crestfi"
      "eld is in a race against time.\"\n\nAn investment analyst with Sahel Equity Partners"
      ", Ms. Halima Yusuf-Bello, noted that the market had already passed its verdict on th"
      "e lender.\n\n\"The stock has lost 31 per cent year-to-date, while the banking index "
      "is up,\" she said.\n\nA senior registered nurse on a ward at Te Awa, who asked not t"
      "o be named because she was not authorised to speak, said night shifts had become rou"
      "tine.\n\n\"Last month we had two nurses for 28 patients,\" she said.\n",
      { { "Crestfield is in", "Tunde Fasanmi", "full" },
        { "The stock has lost", "Halima Yusuf-Bello", "full" },
        { "Last month we had", "", "full" } } },
    /* a quote with no cue after "Cllr Eirlys Prosser … said members had heard similar
     * assurances before" is hers; the paragraph after, "The meeting heard from Cllr Gareth
     * Lloyd-Rees, who …", brings in the next speaker and does not claim it, as "That
     * warning came from X" would */
    { "heard_from_names_the_next_speaker",
      "Cllr Eirlys Prosser, who chairs the committee, said members had heard similar assura"
      "nces before.\n\n\"With respect to the cabinet member, we were told in 2023 that ther"
      "e was a plan. This committee will not accept it again.\"\n\nThe meeting heard from C"
      "llr Gareth Lloyd-Rees, who represents the Hendre ward, about a family whose son had "
      "been admitted twice.\n",
      { { "With respect to", "Eirlys Prosser", "full" } } },
    /* an Irish surname with "Ní" ("Ní Bhriain") is a woman's, so in a live blog whose
     * newest entries come first, the "He" after "Cllr Seán Ó Conaill was asked about Ní
     * Bhriain's remarks" is the councillor, not her */
    { "irish_ni_surname_is_a_womans",
      "\xC3\x93 Conaill responds\n\nCllr Se\xC3\xA1n \xC3\x93 Conaill was asked about N\xC3\xAD "
      "Bhriain\xE2\x80\x99s remarks on the Knockanore site. He was not impressed, describin"
      "g her criticism as \xE2\x80\x9C" "a bit rich from someone who hasn\xE2\x80\x99t sat "
      "through a single budget meeting\xE2\x80\x9D.\n\nN\xC3\xAD Bhriain elected\n\nIt\xE2\x80\x99s"
      " official. Aoife N\xC3\xAD Bhriain of the Ballinacrea Residents\xE2\x80\x99 Alliance"
      " is elected on the first count.\n",
      { { "a bit rich", "Se\xC3\xA1n \xC3\x93 Conaill", "partial" } } },
    /* "the bench said" in lower case, as South Asian court reports write it, speaks for the
     * court the text named ("The High Court granted bail … In its order, the bench said");
     * with no court named (a football report) it is no subject */
    { "lowercase_bench_is_its_court",
      "The High Court granted bail to the former minister on Tuesday.\n\nIn its order, the "
      "bench said the bail was granted \"considering the petitioner's age, his physical con"
      "dition and the period in custody\".\n",
      { { "considering the petitioner", "High Court", "partial" } } },
    /* a company whose name ends in an abbreviation with its stop ("Hsin Yuan Fishery Co.
     * said", "Hexley Inc., said") is the subject of the cue after it, as "Franklin Odom
     * Jr." is */
    { "company_abbreviation_before_the_cue",
      "In a statement, Hsin Yuan Fishery Co. said it \xE2\x80\x9C" "extends its deepest con"
      "dolences to the family\xE2\x80\x9D.\n",
      { { "extends its deepest", "Hsin Yuan Fishery Co", "partial" } } },
    /* "the statement said" after "read out a statement from the Revolutionary Guards navy"
     * is the navy's, not the company that spoke before */
    { "statement_from_a_body_speaks_for_it",
      "Dubai-based Corniche Maritime Services said it was monitoring the ship.\n\nIranian s"
      "tate television has read out a statement from the Revolutionary Guards navy.\n\n\xE2\x80\x9CT"
      "he foreign tanker Aurora Pearl was seized by order of the judiciary\xE2\x80\x9D the "
      "statement said.\n",
      { { "The foreign tanker", "Revolutionary Guards navy", "full" } } },
    /* a transcript that sets the label alone on its line and the answer on the next
     * ("President Takasugi:" then the answer, as a Japanese company's press conference
     * summary does) still gives each answer to its label */
    { "label_alone_on_its_line",
      "Speakers: Takasugi Ryouhei, President and Representative Director\n\n1. Opening Rema"
      "rks\n\nPresident Takasugi:\nToday, the Regulation Authority approved the draft revie"
      "w report for Unit 2.\n\n2. Questions and Answers\n\nQ (Hokuriku Mainichi Shimbun): W"
      "ill you meet the governor?\n\nPresident Takasugi:\nI have requested a meeting with G"
      "overnor Okubo, and I hope to see him soon.\n",
      { { "Today, the Regulation", "Takasugi Ryouhei", "full" },
        { "I have requested", "Takasugi Ryouhei", "full" } } },
    /* a transcript's list of those present that gives each person's label in brackets
     * ("Datuk Dr Mohd Nasrudin Ismail — Chairman (NASRUDIN)") names the person each
     * "NASRUDIN:" line is */
    { "label_defined_in_brackets_in_the_list_present",
      "TRANSCRIPT OF PRESS CONFERENCE\n\nPresent:\nDatuk Dr Mohd Nasrudin Ismail \xE2\x80\x94 "
      "Chairman (NASRUDIN)\nPuan Rosmawati Abdullah \xE2\x80\x94 Legal Adviser (ROSMAWATI)\n"
      "\nNASRUDIN: Accept, yes. A judgment of the Federal Court binds everyone.\n\nQ: Will "
      "the state ask for an amendment?\n\nROSMAWATI: There are three broad options open to "
      "the state now.\n",
      { { "Accept, yes.", "Mohd Nasrudin Ismail", "full" },
        { "There are three", "Rosmawati Abdullah", "full" } } },
    /* a Singaporean name written English given name, family name, then the Chinese given
     * name in two words ("Daniel Koh Jun Wei") is "Mr Koh" later, so his "he said" is his,
     * not the woman quoted before */
    { "singapore_name_family_name_second",
      "The House fined Non-constituency MP Daniel Koh Jun Wei $5,000 on Tuesday.\n\nMs Shar"
      "mila Devi Nair, the opposition leader, said the process was unfair.\n\nSpeaking to r"
      "eporters outside Parliament House after the vote, she described the process as \xE2\x80\x9Cl"
      "opsided from start to finish\xE2\x80\x9D.\n\nMr Koh, who spoke for less than five mi"
      "nutes, apologised again to the House.\n\n\xE2\x80\x9CI accept that I fell short of t"
      "he standard this House expects of every member,\xE2\x80\x9D he said.\n",
      { { "lopsided from start", "Sharmila Devi Nair", "partial" },
        { "I accept that I fell", "Daniel Koh Jun Wei", "full" } } },
    /* a "she" inside a sentence whose subject is a role ("The judge allowed a discount …,
     * which she said was “…”") is the role's holder, the judge the text named, not the
     * woman quoted just before */
    { "pronoun_inside_a_role_subjects_sentence",
      "In the District Court on Friday, Judge Margaret Halloran sentenced Morrissey to nine"
      " years' jail.\n\nHis barrister, Priya Raghunathan, told an earlier hearing her clien"
      "t had been drinking.\n\n\"He has asked me to say, in his presence, that he is sorry,"
      "\" Ms Raghunathan said.\n\nThe judge allowed a 25 per cent discount for the early gu"
      "ilty plea, which she said was \"required by law and properly given\", but stressed t"
      "he need for deterrence.\n",
      { { "He has asked me", "Priya Raghunathan", "full" },
        { "required by law", "Margaret Halloran", "partial" } } },
};

START_TEST(attribution_case)
{
    st_test_quote_case(&cases[_i]);
}
END_TEST

Suite *st_suite_attrib_round20(void)
{
    return st_test_loop_suite("attrib_round20", attribution_case, sizeof cases / sizeof *cases);
}
