/* test_attrib_round21.c - attribution cases read from the twenty-first
 * round's articles and what they taught.
 *
 * The same data-driven form as test_attrib_round20.c (st_qcase: an
 * article and the statements it must yield, with speakers; "" for a
 * statement nobody is named for), one construct a case. */
#include "suites.h"

/* Eleven paragraphs of about sixty words with no name in them, to set a
 * name more than 600 tokens back. */
#define FILLER_PARAGRAPH                                                                          \
    "The vote follows months of meetings at the site, where shifts run through the night and "   \
    "the trucks arrive before dawn. Some of those who work there say the pace has grown harder "  \
    "each year; others say the pay has kept up. Most of them did not want to talk about it on "   \
    "the record, and the few who did spoke about their children and their rent.\n\n"
#define FILLER_PARAGRAPHS                                                                         \
    FILLER_PARAGRAPH FILLER_PARAGRAPH FILLER_PARAGRAPH FILLER_PARAGRAPH FILLER_PARAGRAPH         \
    FILLER_PARAGRAPH FILLER_PARAGRAPH FILLER_PARAGRAPH FILLER_PARAGRAPH FILLER_PARAGRAPH         \
    FILLER_PARAGRAPH

static const st_qcase cases[] = {
    /* a tabloid's kicker in capitals before a headline quote ("COMMUTERS' ANGER:", "QUOTE OF
     * THE DAY:") is no speaker's name: it holds a preposition or an article; one that opens
     * with the surname of a person the article names in full ("HALVORSEN AFTER THE VOTE:")
     * speaks for that person */
    { "capitals_kicker_is_no_speakers_name",
      "HALVORSEN AFTER THE VOTE: 'WE WERE ROBBED IN BROAD DAYLIGHT!'\n\nThe councillor stor"
      "med out of the chamber on Tuesday night.\n\nDeputy mayor Sigrid Halvorsen said the r"
      "esult was \"a farce from start to finish\".\n",
      { { "WE WERE ROBBED", "Sigrid Halvorsen", "full" },
        { "a farce from start", "Sigrid Halvorsen", "partial" } } },
    /* a paragraph that opens a British single quote, holds a plural possessive ("the other
     * candidates' forms") and is reopened by the next paragraph's opening mark is one
     * statement: the possessive's mark is an apostrophe, not the close */
    { "plural_possessive_inside_a_single_quoted_paragraph",
      "'We will apply again in the spring,' Mr Tokayev said.\n\nHe recounts the day his pap"
      "ers came back.\n\n'The clerk told me forty of our signatures were invalid. I asked w"
      "hether the other candidates' forms had been read the same way. He only shrugged.\n\n"
      "'I do not blame the clerk. He follows orders, like everybody in that office.'\n\nThe"
      " commission declined to comment.\n",
      { { "We will apply again", "Tokayev", "full" },
        { "The clerk told me", "Tokayev", "full" } } },
    /* "Ald." and "Coun.", the abbreviated titles of North American city councils, and the
     * Spanish "Dra." end with a stop that ends no sentence: "said Ald. X, whose ward …"
     * names X */
    { "abbreviated_council_titles_before_a_name",
      "\"This is a good day for the workers,\" said Ald. Marcus Delacroix-Hyde, whose ward "
      "includes the port.\n\n\"The levy is fair and it is overdue,\" said Coun. Halyna Petr"
      "enko, who moved the bylaw.\n\n\"The readings will be public every month,\" said Dra."
      " Roc\xC3\xADo Albarrac\xC3\xADn.\n",
      { { "This is a good day", "Marcus Delacroix-Hyde", "full" },
        { "The levy is fair", "Halyna Petrenko", "full" },
        { "The readings will be", "Roc\xC3\xADo Albarrac\xC3\xADn", "full" } } },
    /* a body named with a plural possessive ("the Southern Trawler Owners’ Union", "the
     * Timber Exporters’ Council") is one organisation, never a person called "Trawler
     * Owners" whom a later "he" could mean; a country's possessive ("Laos’ Ministry") is not
     * such a name */
    { "plural_possessive_in_a_bodys_name",
      "\"We were never consulted,\" said Park Ji-hoon, head of the Busan branch of the Sout"
      "hern Trawler Owners\xE2\x80\x99 Union.\n\n\"The quota cut was decided in a hotel in "
      "Seoul,\" he said.\n\nThe Timber Exporters' Council, which speaks for the mills, call"
      "ed the levy 'a tax on honest work'.\n",
      { { "We were never consulted", "Park Ji-hoon", "full" },
        { "The quota cut", "Park Ji-hoon", "full" },
        { "a tax on honest work", "Timber Exporters' Council", "partial" } } },
    /* "Speaking to reporters", "talking with journalists": the phrase after a verb of
     * speaking is the audience, never the speaker; the sentence's subject after the
     * participle's comma speaks, or the person the sentence before named when a colon ends
     * the participle's phrase */
    { "speaking_to_reporters_is_an_audience",
      "Estonia's Interior Minister Kaarel Sepp arrived late after his train was held at Tap"
      "a. Speaking to reporters as he hurried in:\n\n\"Our border is not a museum exhibit. "
      "It has to be defended every day.\"\n\nThe losing candidate was calm. Talking with jo"
      "urnalists outside the hall, Mutesi thanked her supporters and promised to \"work wit"
      "h the new chair\".\n",
      { { "Our border is not", "Kaarel Sepp", "full" },
        { "work with the new chair", "Mutesi", "partial" } } },
    /* an indefinite person after the cue whose relative clause gives a name ("said one
     * trader, who gave only her first name, Aigul", "joked a taxi driver who gave his name
     * only as Rashid") is that person */
    { "relative_clause_gives_an_unnamed_persons_name",
      "\"Prices doubled in a week,\" said one trader, who gave only her first name, Aigul.\n"
      "\n\"Nobody in that office has ever sat in traffic,\" joked a taxi rider who gave his"
      " name only as Rashid.\n",
      { { "Prices doubled", "Aigul", "full" },
        { "Nobody in that office", "Rashid", "full" } } },
    /* a briefing transcript whose header names its speakers after Spanish dotted titles
     * ("Lic. Mateo Condori Huanca", "Ing. Rosario Vargas de Peñaranda") and whose labels
     * give a role and the surnames in capitals: an answer runs on over its "First: …"
     * paragraphs to a bracketed note that a question follows, and an answer opening with a
     * stage direction ("(Laughs.)") is still the labelled person's */
    { "transcript_answers_past_notes_and_stage_directions",
      "Press conference of the Minister of Mines, Lic. Mateo Condori Huanca, and the Vice M"
      "inister of Water, Ing. Rosario Vargas de Pe\xC3\xB1"
      "aranda\n\nMINISTER CONDORI HUANCA: Good afternoon, and thank you for your patience t"
      "oday.\n\nFirst: the talks with the cooperatives will resume on Monday in Oruro.\n\nS"
      "econd: no concession will be signed without a water study.\n\n[Questions from the pr"
      "ess.]\n\nQ. (Luc\xC3\xAD"
      "a Mamani, Radio Illimani): Vice Minister, who pays for the water study?\n\nVICE MINI"
      "STER VARGAS DE PE\xC3\x91"
      "ARANDA: The study is paid by the State, not by the company, and it will be public.\n"
      "\nQ. (Jorge Rivas, El Altiplano): Minister, the cooperatives call you a traitor. You"
      "r answer?\n\nMINISTER CONDORI HUANCA: (Laughs.) I will not answer insults with insul"
      "ts, and the door stays open.\n",
      { { "Good afternoon, and thank you", "Mateo Condori Huanca", "full" },
        { "The study is paid", "Rosario Vargas de Pe\xC3\xB1"
"aranda", "full" },
        { "I will not answer insults", "Mateo Condori Huanca", "full" } } },
    /* a plural possessive may stand a word or two before the body's head ("the Dockers'
     * Safety Network"): the run goes on to the head, so a later "the group" is that body,
     * not the words after the apostrophe */
    { "plural_possessive_then_more_words_before_the_head",
      "Ana Ruiz, a lawyer with the Dockers' Safety Network, said inspections had stopped.\n"
      "\nThe group called on the port authority to \"reopen every file closed since March\""
      ".\n",
      { { "reopen every file", "Dockers' Safety Network", "partial" } } },
    /* "ordered the ministry to “…”" quotes the order of whoever gave it (a court, a
     * tribunal); "ordered 12 ships and “…”" is a purchase, no cue; "grumbled neighbour X"
     * names X after the verb as "said" does */
    { "an_order_given_is_a_cue_a_purchase_is_not",
      "The Regional Court of Tarija upheld the farmers' appeal on Friday. The court ordered"
      " the ministry to \"hold a new hearing within 60 days\".\n\nElsa Brun, who runs the l"
      "ine, said the firm had ordered six new ferries and \"cannot wait another year for a "
      "decision\".\n\n\"The queue starts at five in the morning,\" grumbled neighbour Tomas"
      "z Wierzbicki, 70.\n",
      { { "hold a new hearing", "Regional Court of Tarija", "partial" },
        { "cannot wait another year", "Elsa Brun", "partial" },
        { "The queue starts", "Tomasz Wierzbicki", "full" } } },
    /* a body's Spanish or French name goes on after a preposition and an article in lower
     * case ("Frente Cívico por la Defensa del Río"): the words after them are no woman whom
     * the "she" after means */
    { "romance_preposition_and_article_go_on_in_a_bodys_name",
      "Marisol Quispe Rojas, spokeswoman for the Frente C\xC3\xADvico por la Defensa del R\xC3"
      "\xADo, addressed the crowd outside the court.\n\n\"We will be back every week until "
      "the permit is gone,\" she said.\n",
      { { "We will be back", "Marisol Quispe Rojas", "full" } } },
    /* links are no statements: a "Read more" behind an arrow ("→ Read more: ‘…’: …") and the
     * quoted titles of a newsletter's reading list under its head ("WHAT WE'RE READING") */
    { "arrowed_read_more_and_a_reading_list_are_links",
      "\"The corridor is open for business,\" the minister said.\n\n\xE2\x86\x92 Read more:"
      " \xE2\x80\x98We are a partner, not a pipeline\xE2\x80\x99: the port's ambitions expl"
      "ained\n\nWHAT WE'RE READING\n- 'Why the northern ports are losing cargo' (Harbour We"
      "ekly)\n- 'Steel buyers brace for a summer of duties' (Metals Daily)\n",
      { { "The corridor is open", "minister", "full" } } },
    /* a person the article names only in capitals (a transcript header's "THE HON. MIRRIN
     * TREMBATH MLA" for its "TREASURER:" lines) is published as the name is written, "Mirrin
     * Trembath", whether or not the given name is a listed one */
    { "a_name_given_only_in_capitals_is_published_in_mixed_case",
      "TRANSCRIPT\n\nTHE HON. MIRRIN TREMBATH MLA\nTREASURER OF THE NORTHERN TERRITORY\n\nT"
      "REASURER: Thanks for coming out this morning, everyone, I will keep this short.\n\nJ"
      "OURNALIST: Is the budget still in deficit?\n\nTREASURER: We are on track to return t"
      "o surplus within the next two years.\n",
      { { "Thanks for coming out", "Mirrin Trembath", "full" },
        { "We are on track", "Mirrin Trembath", "full" } } },
    /* "The Latvian ministry struck a calmer tone in a statement. It said …": the "it" is the
     * body the sentence before opened with, a capitalised country's word and a lower-case
     * head, not the unnamed official who spoke before */
    { "it_after_a_sentence_opened_by_a_countrys_body",
      "A Lithuanian customs official, who asked not to be named, said queues would grow.\n\n"
      "\"Nobody should be surprised by a three-day wait,\" the official said.\n\nThe Latvia"
      "n ministry struck a calmer tone in a statement. It said both sides were \"ready to k"
      "eep the crossing open\" through the winter.\n",
      { { "Nobody should be surprised", "Lithuanian customs official", "full" },
        { "ready to keep the crossing", "Latvian ministry", "partial" } } },
    /* a habit of naming ("have taken to calling the towers “ghost blocks”", "what he likes
     * to call “the quiet years”") introduces a name, not anyone's words */
    { "a_habit_of_naming_introduces_a_term",
      "Residents have taken to calling the empty towers \xE2\x80\x9Cghost blocks\xE2\x80\x9D"
      ", and the council has not disagreed.\n\nThe mayor, Ana Lutz, looked back on what she "
      "likes to call \xE2\x80\x9Cthe quiet years\xE2\x80\x9D.\n\n\xE2\x80\x9CWe will fill "
      "them by spring,\xE2\x80\x9D Lutz said.\n",
      { { "We will fill them", "Ana Lutz", "full" } } },
    /* a person named straight after a body's name ("… of the Ministry of Foreign Affairs
     * Nurlan Abbasov"), a given name and another capital after the portfolio, is that
     * person, whom "N.Abbasov" names later; "Licda." is a title, as "Lic." */
    { "a_person_after_a_bodys_name_and_licda_as_a_title",
      "Meanwhile, Head of the Press Service of the Ministry of Foreign Affairs Nurlan Abbasov "
      "commented on the new arms deliveries.\n\n\"The deliveries seriously undermine the pe"
      "ace agenda in the region,\" N.Abbasov said.\n\nHauliers also welcomed the deal. \"Eve"
      "ry hour we save at the border is an hour we give back to our drivers,\" said Licda. Ma"
      "rta Elena Sosa Ruiz, who heads the hauliers' chamber.\n",
      { { "The deliveries seriously", "Nurlan Abbasov", "full" },
        { "Every hour we save", "Marta Elena Sosa Ruiz", "full" } } },
    /* a foreign ministry's briefing: numbered questions ("2. Question (…):"), each answer
     * under "Answer:" alone on its line, and no label naming anyone: the answers are the
     * briefer's, whom the header names after "Briefing by" (a "Posted:" line named no one) */
    { "answers_under_answer_alone_are_the_briefers",
      "Regular Press Briefing by MOFA Spokesperson Tran Bao Linh\nThursday, 24 July\n\nPost"
      "ed: 24/07 18:30 | Print | Email\n\n1. Question (VNA): What is the ministry's respons"
      "e to the detention of the fishermen?\n\nAnswer:\n\nThe ministry directed the embassy"
      " to verify the information at once.\n\nWe ask that the fishermen be treated humanely"
      ".\n\n2. Question (Reuters): How does the ministry view the incident at the shoal?\n\n"
      "Answer:\n\nWe are following the developments at sea closely.\n",
      { { "The ministry directed the embassy", "Tran Bao Linh", "full" },
        { "We are following the developments", "Tran Bao Linh", "full" } } },
    /* "Ratu", a Fijian chief's style, is a title before the given name, as "Sir" is:
     * "Ratu Iliesa said" is Ratu Iliesa Naivalu */
    { "ratu_is_a_title_before_the_given_name",
      "Minister for Disaster Management Ratu Iliesa Naivalu urged people to stay in the "
      "evacuation centres.\n\n\"Stay where you are. The rivers will keep rising through th"
      "e night,\" Ratu Iliesa said in Suva.\n",
      { { "Stay where you are", "Iliesa Naivalu", "full" } } },
    /* a live page's key point, a bullet and a role before the name ("• Nationalist
     * challenger Cornel Vulpescu: “…”"), is labelled by that name; and "challenger" is a
     * role, so that "Vulpescu has finally spoken. … he told the crowd" is him, not the
     * analyst named last in full */
    { "a_bulleted_label_and_a_challenger_named_before",
      "Key points\n\xE2\x80\xA2 Nationalist challenger Cornel Vulpescu: \"We do not recogni"
      "se these numbers\"\n\xE2\x80\xA2 Turnout 64.8 per cent\n\nWe asked political scien"
      "tist Andrei Munteanu-Hossu what to expect. \"The first test will be in the streets,"
      "\" he said.\n\nVulpescu has finally spoken, in front of his supporters.\n\n\"The dia"
      "spora votes were counted in the dark,\" he told the crowd.\n",
      { { "We do not recognise", "Cornel Vulpescu", "full" },
        { "The first test", "Andrei Munteanu-Hossu", "full" },
        { "The diaspora votes", "Cornel Vulpescu", "full" } } },
    /* an earnings call's transcript sets each turn's speaker alone on the line above it,
     * after a list of participants ("Name - role" or "Name - firm"): the turns are the
     * speakers' statements; the operator's and the analyst's (listed with a firm) are not,
     * and an answer ends at the next line of capitals alone ("Operator") */
    { "a_calls_turns_under_names_alone",
      "Company Participants\n\nTorquil Brannagh - Chief Executive Officer\nYsolde Penhallow -"
      " Chief Financial Officer\n\nConference Call Participants\n\nAmbrose Quillfeather - Har"
      "low Dene Securities\n\nOperator\n\nGood morning, and welcome to the Fenmoor Energy res"
      "ults call. I will now hand over to the chief executive.\n\nTorquil Brannagh\n\nThank y"
      "ou, operator. It has been a solid quarter, and production was up six per cent.\n\nYsol"
      "de Penhallow\n\nThank you, Torquil. Underlying profit was down, reflecting lower gas p"
      "rices.\n\nOperator\n\nOur first question comes from Ambrose Quillfeather.\n\nAmbrose Q"
      "uillfeather\n\nGood morning. Could you say more about the windfall tax and what it mea"
      "ns for investment?\n\nTorquil Brannagh\n\nWe will put our money where we are treated a"
      "s a partner rather than a cash machine.\n\nOperator\n\nThere are no further questions."
      " That concludes today's call.\n",
      { { "Thank you, operator. It has been", "Torquil Brannagh", "full" },
        { "Thank you, Torquil. Underlying", "Ysolde Penhallow", "full" },
        { "We will put our money", "Torquil Brannagh", "full" } } },
    /* a label with a role in capitals and two family names, then only the two family names
     * ("LEGAL ADVISER VILLACRÉS ORDÓÑEZ:"), is the person its earlier label named in full */
    { "a_label_of_two_family_names_after_the_full_one",
      "TRANSCRIPT OF THE WEEKLY PRESS BRIEFING\n\n"
      "SPOKESPERSON VALERIA ANDRADE CEVALLOS: Good morning, and thank you for joining us to"
      "day.\n\nLEGAL ADVISER SANTIAGO VILLACR\xC3\x89S ORD\xC3\x93\xC3\x91" "EZ: Thank you, Va"
      "leria. Good morning to all of you.\n\nQUESTION (El Comercio): Will Ecuador pay the a"
      "ward?\n\nLEGAL ADVISER VILLACR\xC3\x89S ORD\xC3\x93\xC3\x91" "EZ: Ecuador complies with"
      " its international obligations; it always has.\n\nSPOKESPERSON ANDRADE CEVALLOS: Our"
      " relations with Canada are excellent and they will stay so.\n",
      { { "Good morning, and thank", "Valeria Andrade Cevallos", "full" },
        { "Thank you, Valeria", "Santiago Villacr\xC3\xA9s Ord\xC3\xB3\xC3\xB1" "ez", "full" },
        { "Ecuador complies", "Santiago Villacr\xC3\xA9s Ord\xC3\xB3\xC3\xB1" "ez", "full" },
        { "Our relations with Canada", "Valeria Andrade Cevallos", "full" } } },
    /* a tabloid's headline that is a quote alone, in capitals, ending with "!" or "?"
     * ("'WE ARE HUNGRY!'") is a headline all the same: its speaker is whoever the body
     * says spoke its words */
    { "a_shouted_quote_alone_is_a_headline",
      "Riders swarm depot over pay cut\n\n'WE ARE HUNGRY!'\n\nBy Ana Cruz\n\nHundreds of de"
      "livery riders massed outside the company's depot on Monday.\n\n\"We are hungry! The "
      "company is rich and pays us coins,\" shouted Rodel Bautista, 41, chairman of the rid"
      "ers' group.\n",
      { { "WE ARE HUNGRY!", "Rodel Bautista", "full" },
        { "We are hungry! The company", "Rodel Bautista", "full" } } },
    /* a label of a title and a surname ("PRESIDENT ARAMAYO:", and "GENERAL MANAGER
     * QUISBERT:" on one line only) names the full name the header gives in capitals
     * ("…, LIC. MARCELO ARAMAYO SILES, AND …"); an answer ends at a label in capitals */
    { "a_titled_surname_label_takes_the_headers_full_name",
      "CENTRAL BANK OF BOLIVIA\n\nPRESS CONFERENCE BY THE PRESIDENT OF THE CENTRAL BANK, LI"
      "C. MARCELO ARAMAYO SILES, AND THE GENERAL MANAGER, LIC. ROXANA QUISBERT CONDORI\n\nP"
      "RESIDENT ARAMAYO: Good morning, and thank you for coming. The reserves stand at 2,18"
      "4 million dollars.\n\nQUESTION (Erbol): Can you give us details of the agreement wit"
      "h Brazil?\n\nPRESIDENT ARAMAYO: I will ask Lic. Quisbert, who led the negotiation, t"
      "o answer.\n\nGENERAL MANAGER QUISBERT: Thank you, President. On Monday we signed a m"
      "emorandum with the Central Bank of Brazil.\n",
      { { "Good morning, and thank", "Marcelo Aramayo Siles", "full" },
        { "I will ask Lic. Quisbert", "Marcelo Aramayo Siles", "full" },
        { "Thank you, President", "Roxana Quisbert Condori", "full" } } },
    /* a crosshead's shout after a kicker in capitals and its colon ("MINISTER: "NOTHING IS
     * SET IN STONE"") is a statement, as one opening its line is */
    { "a_shout_after_a_capitals_kicker_is_a_statement",
      "Commuters were left stuck for hours on the ring road.\n\nMINISTER: \"NOTHING IS SET "
      "IN STONE\"\n\nBy the afternoon, Agriculture Minister Pieter Van Acker called the far"
      "mers' union and invited a delegation to his office.\n\n\"I understand the anger out "
      "there,\" Van Acker said.\n",
      { { "NOTHING IS SET IN STONE", "Pieter Van Acker", "full" },
        { "I understand the anger", "Pieter Van Acker", "full" } } },
    /* a title's stop, then one name and a note in brackets ("AMB. TSEGAYE (in Amharic):"),
     * and an Ethiopian woman's style with its slash ("W/RO MERON TESFAYE (Director
     * General, …):") open a transcript's labels */
    { "a_dotted_title_and_a_slashed_style_open_labels",
      "WEEKLY PRESS BRIEFING\n\nThe briefing was given by the ministry's spokesperson, Amba"
      "ssador Tsegaye Mengistu Abebe.\n\nAMB. TSEGAYE: Good afternoon. We have three items "
      "today for you.\n\nQUESTION (Dawit Hailemariam, Addis Broadcasting Network, in Amhari"
      "c): How does the Ministry see this?\n\nAMB. TSEGAYE (in Amharic): This letter is a r"
      "epetition of old and baseless allegations.\n\nW/RO MERON TESFAYE (Director General, "
      "National Corridor Development Enterprise): Compensation rates were revised last year"
      ".\n",
      { { "Good afternoon", "Tsegaye Mengistu Abebe", "full" },
        { "This letter is a repetition", "Tsegaye Mengistu Abebe", "full" },
        { "Compensation rates", "Meron Tesfaye", "full" } } },
    /* a header's "Spokesperson: Qiao Mingxuan" introduces the person its "Qiao Mingxuan:"
     * lines name, whose family name comes first and is no listed given name */
    { "a_role_colon_name_line_introduces_the_label",
      "Transcript of the Regular Press Conference\n\nSpokesperson: Qiao Mingxuan\n\nQiao Min"
      "gxuan: Good afternoon, friends from the press. Welcome to this week's regular press c"
      "onference.\n\nBloomberg: Will China respond to the new export rules?\n\nQiao Mingxua"
      "n: We have noted the relevant announcement and will take the necessary measures.\n",
      { { "Good afternoon, friends", "Qiao Mingxuan", "full" },
        { "We have noted the relevant", "Qiao Mingxuan", "full" } } },
    /* a surname after a courtesy title and in apposition ("Mrs Ellison, a retired nurse,
     * read her statement") introduces her, so the uncued quote after her paragraph is
     * hers, not the last speaker's */
    { "a_titled_surname_in_apposition_introduces_a_person",
      "Police said the money came from frauds in which victims are groomed over weeks.\n\nMr"
      "s Ellison, a retired nurse from Yarm, read her victim impact statement from the witne"
      "ss box.\n\n'I met Sophia on a language app in the spring of 2023. She said she was a "
      "businesswoman.'\n",
      { { "I met Sophia", "Ellison", "full" } } },
    /* a rank of another language's, hyphenated and in lower case, between an inverted cue
     * and a name of two words ("explained comisar-\xC8\x99" "ef Lavinia Dragulescu") */
    { "a_hyphenated_foreign_rank_after_an_inverted_cue",
      "\"The joint check takes twelve minutes on average,\" explained comisar-\xC8\x99" "ef Lav"
      "inia Dragulescu, spokeswoman for the border police.\n",
      { { "The joint check", "Lavinia Dragulescu", "full" } } },
    /* the subject of "asked him whether" is the one asking, no antecedent for the "he"
     * who answers */
    { "the_one_who_asked_him_is_not_he",
      "Chief Segundo Antiman came out of the room for a few minutes during a recess. Our cor"
      "respondent Javiera Oyarce asked him whether the community accepts the offer.\n\n\"We"
      " receive it as a first step. Not the last, but a first step,\" he said, before going "
      "back inside.\n",
      { { "We receive it", "Segundo Antiman", "full" } } },
    /* "“…,” it said" after a sentence whose subject is a body ("Asked about her case, the
     * Eritrean embassy in The Hague replied in writing."): that body */
    { "it_after_a_quote_is_the_body_of_the_sentence_before",
      "She ran from the hotel that night.\n\nAsked about her case, the Eritrean embassy in T"
      "he Hague replied in writing. \"Eritrea does not comment on individual athletes who ch"
      "oose to abandon their national team,\" it said.\n",
      { { "Eritrea does not comment", "Eritrean embassy", "full" } } },
    /* "the company said", with its full name far back (over 600 tokens) and its short
     * form before a role ("Pellmont spokeswoman Kara Lindgren said"): the look-up of the
     * short form is not spent on the person's name nearer the quote */
    { "the_company_is_the_short_form_before_a_role_far_from_its_full_name",
      "Workers at a Pellmont Logistics warehouse in Ohio will vote on forming a union next m"
      "onth, the labour board said.\n\n" FILLER_PARAGRAPHS
      "Pellmont spokeswoman Kara Lindgren said the meetings were voluntary.\n\n\"The union "
      "has made promises it cannot keep,\" Lindgren said.\n\nThe company said it \"will res"
      "pect the outcome of the vote, whatever it is.\"\n",
      { { "The union has made", "Kara Lindgren", "full" },
        { "will respect the outcome", "Pellmont Logistics", "partial" } } },
    /* a cue's base form in an infinitive after a word of intent ("was careful to underline
     * that …", "was at pains to stress that …") reports the clause's subject's words */
    { "an_infinitive_of_stressing_is_a_cue",
      "Foreign Minister Gustavo Benitez spoke in Asuncion on Monday.\n\nThe minister was neve"
      "rtheless careful to underline that relations with Brazil \"remain excellent in every "
      "other area\".\n",
      { { "remain excellent", "Gustavo Benitez", "partial" } } },
};

START_TEST(attribution_case)
{
    st_test_quote_case(&cases[_i]);
}
END_TEST

Suite *st_suite_attrib_round21(void)
{
    return st_test_loop_suite("attrib_round21", attribution_case, sizeof cases / sizeof *cases);
}
