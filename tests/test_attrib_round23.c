/* test_attrib_round23.c - attribution cases read from the twenty-third
 * round's articles and what they taught.
 *
 * The same data-driven form as test_attrib_round22.c (st_qcase: an
 * article and the statements it must yield, with speakers; "" for a
 * statement nobody is named for), one construct a case. */
#include "suites.h"

static const st_qcase cases[] = {
    /* a woman named in full as a cue's subject ("Anna Novak says she …") is a woman's
     * event: a later "he" with no man in sight is nobody named, not she; "Commodore" is a
     * title, not part of the name */
    { "a_full_name_cue_keeps_its_gender",
      "Anna Novak says she did nothing wrong. The question, she insists, was \"the most"
      " normal question in the world\".\n\nThe minister is having none of it.\n\n\"Nobo"
      "dy gets fired for questions in this country,\" he snapped.\n\nCommodore Ramon Vi"
      "llanueva, a spokesman for the coast guard, said the strategy was deliberate. \"T"
      "ransparency is our best protection,\" he said.\n",
      { { "the most normal question", "Anna Novak", "partial" },
        { "Nobody gets fired", "", "full" },
        { "Transparency is our best", "Ramon Villanueva", "full" } } },
    /* a state assembly's proceedings: members labelled with their seat or portfolio in
     * brackets ("SHRI BINOD KUMAR JHA (Nirmali):"), named nowhere else; "MD." abbreviating a
     * given name inside a label; and "MR. SPEAKER:", the person the header puts "in the
     * Chair" with that role after his name */
    { "assembly_labels_with_seats_and_the_chair",
      "PROCEEDINGS\n\n[SHRI JAGDISH NARAYAN THAKUR, Hon'ble Speaker, in the Chair]\n\nM"
      "R. SPEAKER: Calling attention notice given by Shri Md. Iqbal Ansari and four oth"
      "er Hon'ble Members. He may read the notice.\n\nSHRI MD. IQBAL ANSARI (Araria): H"
      "on'ble Speaker Sir, through you I draw the attention of the Government to a matt"
      "er of urgent public importance.\n\nSHRI RAMASHISH PRASAD SINHA (Minister, Disast"
      "er Management): Sir, the Government is fully seized of the situation and relief "
      "camps are running.\n\nSHRIMATI KUMUD LATA DEVI (Saharsa): Sir, I thank the Hon'b"
      "le Minister and the Department for the prompt action in my district.\n\nSHRI BIN"
      "OD KUMAR JHA (Nirmali): Sir, I want to raise the permanent solution for the emba"
      "nkments.\n\nSHRI RAMASHISH PRASAD SINHA: Sir, the Government of India has stood "
      "with Bihar at every step of the way.\n",
      { { "Calling attention notice", "Jagdish Narayan Thakur", "full" },
        { "Hon'ble Speaker Sir", "Md. Iqbal Ansari", "full" },
        { "Sir, the Government is fully", "Ramashish Prasad Sinha", "full" },
        { "Sir, I thank the", "Kumud Lata Devi", "full" },
        { "Sir, I want to raise", "Binod Kumar Jha", "full" },
        { "Sir, the Government of India", "Ramashish Prasad Sinha", "full" } } },
    /* a devolved parliament's official report on the web: each turn under a line that is
     * the member's name with seat and party in brackets (a question's number before it),
     * the office with its holder in brackets ("The First Minister (Morag Lindsay)"), or
     * the office alone for the holder so named before */
    { "official_report_name_and_office_lines",
      "First Minister's Question Time\n\nThe Presiding Officer (Kenneth Drummond)\nWe m"
      "ove to First Minister's question time. I remind members that questions should be"
      " brief.\n\nLink to this contribution | Share this contribution\n\n1. Callum Fras"
      "er (Aberdeenshire West) (Con)\nTo ask the First Minister what engagements she ha"
      "s planned for the rest of the day.\n\nThe First Minister (Morag Lindsay)\nEngage"
      "ments to take forward the Government's programme for Scotland.\n\nCallum Fraser\n"
      "The First Minister's Government has spent the week briefing against a ban on dis"
      "posable vapes.\n\nThe First Minister\nCallum Fraser is simply wrong. The bill th"
      "at this Parliament passed goes considerably further.\n",
      { { "We move to First Minister", "Kenneth Drummond", "full" },
        { "To ask the First Minister", "Callum Fraser", "full" },
        { "Engagements to take forward", "Morag Lindsay", "full" },
        { "The First Minister's Government", "Callum Fraser", "full" },
        { "Callum Fraser is simply wrong", "Morag Lindsay", "full" } } },
    /* the Commons' record: a question's number and reference ("Q1. [908340]") before the
     * member's line, and a courtesy title before the name ("Mrs Priya Marchant
     * (Hambledon) (Con)", later "Mrs Marchant") */
    { "commons_question_numbers_and_courtesy_titles",
      "Prime Minister\n\nThe Prime Minister was asked\xE2\x80\x94\n\nEngagements\n\nQ1."
      " [908340] Rebecca Lyle (Ashworth) (Lab)\n\nIf he will list his official engageme"
      "nts for Wednesday 18 March.\n\nThe Prime Minister (Graham Tolland)\n\nThis morni"
      "ng I had meetings with ministerial colleagues and others, and I shall have furth"
      "er such meetings later today.\n\n12:03:00\n\nMrs Priya Marchant (Hambledon) (Con"
      ")\n\nToday's figures show that 7.4 million people are waiting for hospital treat"
      "ment, more than on the day he took office.\n\nThe Prime Minister\n\nThe right ho"
      "n. Lady has some nerve. Waiting lists rose in 13 of the 14 years her party was i"
      "n office.\n\nMrs Marchant\n\nThe Prime Minister cannot answer a simple question."
      " Patients want a yes or a no, and all they get is a spreadsheet.\n",
      { { "If he will list", "Rebecca Lyle", "full" },
        { "This morning I had meetings", "Graham Tolland", "full" },
        { "Today's figures show", "Priya Marchant", "full" },
        { "The right hon. Lady", "Graham Tolland", "full" },
        { "The Prime Minister cannot", "Priya Marchant", "full" } } },
    /* a participle clause between the name and the cue ("X, speaking from hospital in Bandar
     * Abbas, said") is no role before a name, though the place opens with a given name
     * (Bandar) */
    { "a_participle_clause_before_the_cue",
      "One of the injured fishermen, Gholam-Hossein Baluchzadeh, speaking from hospital"
      " in Bandar Abbas, said: \"The ship was coming straight at us.\"\n",
      { { "The ship was coming", "Gholam-Hossein Baluchzadeh", "full" } } },
    /* an unnamed source opening the sentence before ("An expert called by the Romanian side,
     * Dr X, told the court …"): "called by" is a passive participle, not the report, so the
     * person in apposition is named and "she" is she */
    { "a_passive_participle_is_no_report",
      "A prison conditions expert called by the Romanian side, Dr Alina Mure\xC8\x99" "a"
      "n, told the court things had changed.\n\n\"Conditions in the Craiova facility ha"
      "ve improved considerably since 2020,\" she said.\n",
      { { "Conditions in the Craiova", "Alina Mure\xC8\x99" "an", "full" } } },
    /* a role, then in apposition a title with its portfolio and the full name ("Togo's
     * agent, Minister of Justice Kossi Mawuli Agbodjan, insisted"): the name, not the role
     * resolved to another agent named before */
    { "a_role_then_a_titled_name_with_its_portfolio",
      "Ghana's agent, Attorney General Kwabena Asiedu-Mensah, opened the case.\n\nTogo'"
      "s agent, Minister of Justice Kossi Mawuli Agbodjan, insisted that the concession"
      "s \"cannot create rights where the law gives none\".\n\n\"Togo comes to this cha"
      "mber as a friend of Ghana,\" he said.\n",
      { { "cannot create rights", "Kossi Mawuli Agbodjan", "partial" },
        { "Togo comes to this", "Kossi Mawuli Agbodjan", "full" } } },
    /* a person "of" a body the text names with a lowercase noun ("Rep. Kwak Min-seok of the
     * main opposition party said", "X of the ruling coalition called"): the person, not the
     * body */
    { "a_person_of_a_body_named_in_lowercase",
      "\"The government signed a fisheries deal without saying a word,\" Rep. Kwak Min-"
      "seok of the main opposition party said in a statement.\n\nAndrea Colonna of the "
      "ruling coalition called the rescues \"a pull factor for traffickers\".\n",
      { { "The government signed", "Kwak Min-seok", "full" },
        { "a pull factor", "Andrea Colonna", "partial" } } },
    /* after "the", capitalised words then a title ("the Upper Bann MP said", "the Data
     * Commissioner said") are a role, not a name: the person who holds it */
    { "a_title_after_capitalised_modifiers",
      "But DUP MP Samuel Gilliland said his party would \"study the detail line by line"
      "\" before taking a position.\n\n\"Any arrangement which leaves Northern Ireland "
      "taking laws from Brussels remains a fundamental problem,\" the Upper Bann MP sai"
      "d.\n\nThe Data Commissioner, Wanjiru Kamau-Otieno, announced the fine on Monday."
      "\n\n\"Filing a complaint is free,\" the Data Commissioner said.\n",
      { { "study the detail", "Samuel Gilliland", "partial" },
        { "Any arrangement which", "Samuel Gilliland", "full" },
        { "Filing a complaint", "Wanjiru Kamau-Otieno", "full" } } },
    /* a caption that labels its quote with the speaker's name after its own label ("[Photo:
     * Gulnara Temirbekova: «…»]"): that name, not the speaker before; the name after
     * "Photo:" is no photographer's credit when a colon follows it */
    { "a_caption_label_names_the_captions_speaker",
      "\"A resumption of testing would trigger others,\" the expert Dauren Seitkali emp"
      "hasised.\n\n[Photo: Gulnara Temirbekova: \"Memory is our only protection\"]\n\nT"
      "he chair of the foundation, Gulnara Temirbekova, spoke about the consequences.\n",
      { { "A resumption of testing", "Dauren Seitkali", "full" },
        { "Memory is our only", "Gulnara Temirbekova", "full" } } },
    /* after "Minister for", a portfolio of words no list holds ("Inter-Provincial
     * Coordination", "Strategic Analysis") runs into the name: the name starts at the known
     * given name */
    { "a_portfolio_no_list_holds_before_a_given_name",
      "Federal Minister for Inter-Provincial Coordination Rana Shahid Mehmood, whose mi"
      "nistry oversees sports, wrote on X: \"The government stands fully behind the PCC"
      ".\"\n\nChief research fellow of the Astana Centre for Strategic Analysis Dauren "
      "Seitkali believes the threat is political.\n\n\"A resumption of testing would tr"
      "igger others,\" the expert emphasised.\n",
      { { "The government stands", "Rana Shahid Mehmood", "full" },
        { "A resumption of testing", "Dauren Seitkali", "full" } } },
    /* Sheikh ending a name that opens with a known given name ("Ayesha Qadir Sheikh") is the
     * surname, not a title: she is introduced, and "she" is she */
    { "sheikh_as_a_surname",
      "Federal Minister Rana Shahid Mehmood wrote on X: \"The government stands fully b"
      "ehind the board.\"\n\nAt the weekly briefing, Foreign Office spokesperson Ayesha"
      " Qadir Sheikh was asked whether the matter had been raised.\n\n\"Pakistan has al"
      "ways kept sport separate from politics,\" she said.\n",
      { { "The government stands", "Rana Shahid Mehmood", "full" },
        { "Pakistan has always", "Ayesha Qadir Sheikh", "full" } } },
    /* a participle's subject after "with" may carry its title ("with Secretary Meera Iyer
     * saying") or follow an "and" joining it to another "with" clause ("with Dhaka pressing
     * for … and Union Secretary X saying"): that person, not the wire in the dateline */
    { "a_titled_subject_after_with_and",
      "NEW DELHI, Feb 18 (BSA) India and Bangladesh opened talks on the treaty, with Dh"
      "aka pressing for a guarantee and Union Jal Shakti Secretary Anand K. Rajeshwar s"
      "aying India was ready for a \"longer and more flexible\" arrangement.\n\nThe tal"
      "ks ended with Secretary Meera Iyer saying the deal was \"close\".\n",
      { { "longer and more flexible", "Anand K. Rajeshwar", "partial" },
        { "close", "Meera Iyer", "partial" } } },
    /* a body's officer named in apposition after a title of the body ("stated the President
     * of the Banco Central del Uruguay, Ec. X"), and after a spokesman of a body ("A
     * spokesman for the Public Ministry, Dr. X, said"): the person, past a dotted title
     * ("Ec." is an economist's, as Uruguay writes it) */
    { "titled_holders_in_apposition",
      "\"Inflation has remained within the target range,\" stated the President of the "
      "Banco Central del Uruguay, Ec. Mar\xC3\xAD" "a In\xC3\xA9s Larra\xC3\xB1" "aga B"
      "entancor.\n\nA spokesman for the Public Ministry, Dr. Marvin Omar Lagos Sevilla,"
      " said the state would comply \"as it has done in every previous case.\"\n",
      { { "Inflation has remained", "Mar\xC3\xAD" "a In\xC3\xA9s Larra\xC3\xB1" "aga Bentancor", "full" },
        { "as it has done", "Marvin Omar Lagos Sevilla", "partial" } } },
    /* "the company" for a business whose name holds no business word: one that spoke in the
     * two paragraphs before ("Mealgo, which holds …, said"), no person the text introduces;
     * or one an apposition calls a joint venture */
    { "the_company_a_business_named_without_its_words",
      "Mealgo, which holds around 55 percent of the market, said in a statement that it"
      " recognized the burden on riders.\n\n\"We fully understand how hard our riders' "
      "work is in this weather,\" the company said.\n\nKifumbe Copper, the joint ventur"
      "e that holds the licence, has suspended work on the northern slope.\n\n\"We will"
      " respect the tribunal's decision,\" the company said.\n",
      { { "We fully understand", "Mealgo", "full" },
        { "We will respect", "Kifumbe Copper", "full" } } },
    /* a person "from" a place or body opening a subject with a relative clause ("Skipper X
     * from Neskaupstaður, who has fished …, told"): the person, not the place ("Skipper" a
     * describing word before the name); "came from X, … who said" stays X */
    { "a_person_from_a_place_in_apposition",
      "Skipper Gu\xC3\xB0mundur Einarsson from Neskaupsta\xC3\xB0ur, who has fished alo"
      "ngside Norwegian boats for decades, told Dagsavisa Nord by phone:\n\n\"I have go"
      "od friends in \xC3\x85lesund. Fishermen are not the enemy.\"\n\nThe comment came"
      " from Bjarne Solheim, chief strategist at Oslo-based Nordvik Bank, who said the "
      "group was \"clearly more worried about a glut\".\n",
      { { "I have good friends", "Gu\xC3\xB0mundur Einarsson", "full" },
        { "clearly more worried", "Bjarne Solheim", "partial" } } },
    /* Dutch and Flemish titles in lower case, several in a row, before the name after an
     * inverted cue ("said prof. dr. Hanneke Terpstra", "said dr. ir. X"): past them to the
     * name; "ir." ends no sentence */
    { "lowercase_dutch_titles",
      "\"We are proud to build this instrument with them,\" said dr. ir. Marloes van Di"
      "jk-Hoekstra, director of NISI.\n\n\"We are delighted to open this project to our"
      " students,\" said prof. dr. Hanneke Terpstra, Rector Magnificus of Rijnland Univ"
      "ersity.\n",
      { { "We are proud", "Marloes van Dijk-Hoekstra", "full" },
        { "We are delighted", "Hanneke Terpstra", "full" } } },
    /* a colon's sentence whose subject is a surname, then a place after a preposition ("X
     * has reacted, from the trailer on the Place du Luxembourg, to reports …:"): the place,
     * holding no given name, is no subject (a role's post, "Consul General in Peshawar X",
     * is left as it was) */
    { "a_place_after_a_preposition_is_no_subject",
      "Luc Vandenbroucke spoke to the crowd.\n\nVandenbroucke has reacted, from the tra"
      "iler serving as a stage on the Place du Luxembourg, to reports that the Commissi"
      "on is offering simplification:\n\n\"Simplification, simplification - we have hea"
      "rd that word for two years now.\"\n",
      { { "Simplification, simplification", "Luc Vandenbroucke", "full" } } },
    /* a party to a case styled before a surname, as Indian court copy writes it ("Petitioner
     * Jadhav, who …, called"): the person the text named in full */
    { "a_party_to_a_case_before_a_surname",
      "Ratan Bhaurao Jadhav filed the case in 2023.\n\nPetitioner Jadhav, who has spent"
      " his own money on the case, called the order \"a victory for ordinary people\".\n",
      { { "a victory for ordinary", "Ratan Bhaurao Jadhav", "partial" } } },
    /* "what he called “unacceptable interference”": a person's pronoun before the naming
     * verb says whose words they are, a partial quote of that speaker; "what officials call
     * a “pivot to the East”" stays a term */
    { "what_he_called_quotes_his_words",
      "Rafael Antonio Pe\xC3\xB1" "a Almonte spoke on Monday. He also rejected what he "
      "called \xE2\x80\x9Cunacceptable interference\xE2\x80\x9D by Haitian officials.\n"
      "\nThe plan is what officials call a \xE2\x80\x9Cpivot to the East\xE2\x80\x9D.\n",
      { { "unacceptable interference", "Rafael Antonio Pe\xC3\xB1" "a Almonte", "partial" } } },
    /* a quote after the noun "operation" that opens in lower case ("with the link back in
     * operation “by midsummer at the earliest”") is a partial statement, not an operation's
     * name, which is capitalised (Operation “Iron Wall”) */
    { "in_operation_then_a_lowercase_quote",
      "Juha-Pekka Salmivaara said a repair vessel could begin work in April, with the l"
      "ink back in operation \"by midsummer at the earliest\".\n\nThe army launched Ope"
      "ration \"Iron Wall\" on Monday.\n",
      { { "by midsummer", "Juha-Pekka Salmivaara", "partial" } } },
    /* a portfolio ending in Irrigation, Aviation, Livestock, Heritage, Electricity,
     * Telecommunications, Mines or Lands before the minister's name ("Minister of Water
     * Resources and Irrigation Ashraf Abdel-Moneim Ghoneim") is no part of the name */
    { "portfolio_tails_irrigation_and_others",
      "Egypt's Minister of Water Resources and Irrigation Ashraf Abdel-Moneim Ghoneim s"
      "aid the dam was filled \"without coordination\".\n\nThe minister said talks woul"
      "d resume \"when Cairo is heard\".\n",
      { { "without coordination", "Ashraf Abdel-Moneim Ghoneim", "partial" },
        { "when Cairo is heard", "Ashraf Abdel-Moneim Ghoneim", "partial" } } },
    /* he or she is no organisation named since: one an apposition calls a body ("Tekoha
     * Rekávo, an organisation that …"), nor one after "the" ("The Social Democrats will also
     * table …") */
    { "he_or_she_is_no_body",
      "Lawyer Alba Duarte Villalba, of Tekoha Rek\xC3\xA1vo, an organisation that has a"
      "dvised the community since 2012, blamed the State.\n\n\"The State has known abou"
      "t this claim since 2009,\" she said.\n\nDeputy Clodagh N\xC3\xAD Bhriain will ra"
      "ise the issue on Tuesday. The Social Democrats will also table a motion next wee"
      "k.\n\n\"Renters are not a problem to be managed,\" she said.\n",
      { { "The State has known", "Alba Duarte Villalba", "full" },
        { "Renters are not", "Clodagh N\xC3\xAD Bhriain", "full" } } },
    /* a title with its portfolio in lower case after "for" before the name ("Alderwoman for
     * mobility Claudine Schmit-Ries set out the details.") introduces her, as "head of
     * public affairs X" does: "she said" after it is she */
    { "a_title_for_a_lowercase_portfolio",
      "Alderwoman for mobility Claudine Schmit-Ries set out the details.\n\n\"From 1 Ju"
      "ne, the first 30 minutes will remain free,\" she said. \"Buses on line 5 will ru"
      "n every seven minutes at peak times.\"\n",
      { { "From 1 June", "Claudine Schmit-Ries", "full" },
        { "Buses on line 5", "Claudine Schmit-Ries", "full" } } },
    /* the name others use for a person, between dashes after the full name ("Adaeze Okafor —
     * Dazé to her 14 million followers —"), is that person, in a headline before it too
     * ("Dazé is back: “…”") */
    { "a_name_others_use_between_dashes",
      "Daz\xC3\xA9 is back: \"I had to lose my voice to find it again\"\n\nThe studio i"
      "n Lekki is quiet, and Adaeze Okafor \xE2\x80\x94 Daz\xC3\xA9 to her 14 million f"
      "ollowers \xE2\x80\x94 is laughing at herself.\n\n\"Five years ago I could not wa"
      "lk into a room like this without shaking,\" she says.\n",
      { { "I had to lose", "Adaeze Okafor", "full" },
        { "Five years ago", "Adaeze Okafor", "full" } } },
    /* two people of one surname, one introduced with a title ("Dr. Moumita Chakraborty",
     * later "Tapan Chakraborty … Mr. Chakraborty"): "Dr. Chakraborty" is the one the same
     * title introduced, not the one named last */
    { "the_same_title_picks_the_namesake",
      "Dr. Moumita Chakraborty, a hydrologist at Jadavpur University, studies the river"
      ".\n\nDownstream, Tapan Chakraborty, who heads a cooperative, said the debate fel"
      "t distant. \"Nobody has asked us,\" Mr. Chakraborty said.\n\nDr. Chakraborty sai"
      "d the complaint reflected a wider gap. \"The treaty talks about cusecs,\" she sa"
      "id.\n",
      { { "Nobody has asked", "Tapan Chakraborty", "full" },
        { "The treaty talks", "Moumita Chakraborty", "full" } } },
    /* a setting with its region ("In Esashi, Hokkaido, Sasaki Hideo, who heads …, said"):
     * the one capitalised word after the setting is the region, not the subject */
    { "a_settings_region_is_no_subject",
      "In Esashi, Hokkaido, Sasaki Hideo, who heads a squid fishing cooperative, said a"
      "bout 30 boats had stayed in port. \"We hear about a missile on the radio,\" he s"
      "aid.\n",
      { { "We hear about a missile", "Sasaki Hideo", "full" } } },
    /* an unnamed spokeswoman after a business named by one word with no business word in it
     * spoke ("Hartwells said last night … A spokeswoman said:"): the spokeswoman speaks for
     * it */
    { "a_spokeswoman_of_a_one_word_business",
      "Hartwells said last night its offer was worth far more than the union claims.\n\n"
      "A spokeswoman said: \"We are disappointed that the union has chosen to take acti"
      "on.\"\n",
      { { "We are disappointed", "Hartwells", "full" } } },
    /* a quote named by the paragraph after it through a body's officer ("Those were the
     * words of Montebravo sporting director X", "That was the defiant message from City
     * chairman X"): the person, not the body's one word */
    { "the_words_of_a_bodys_officer",
      "\"We have made a serious offer for a serious player, and we have done everything"
      " by the book.\"\n\nThose were the words of Montebravo sporting director \xC3\x8D\xC3\xB1i"
      "go Larra\xC3\xB1" "aga, speaking to Spanish reporters.\n\n\"He is not for sale. "
      "Not for any money.\"\n\nThat was the defiant message from City chairman Vikram S"
      "ethi last night.\n",
      { { "We have made a serious", "\xC3\x8D\xC3\xB1igo Larra\xC3\xB1" "aga", "full" },
        { "He is not for sale", "Vikram Sethi", "full" } } },
};

START_TEST(attribution_case)
{
    st_test_quote_case(&cases[_i]);
}
END_TEST

Suite *st_suite_attrib_round23(void)
{
    return st_test_loop_suite("attrib_round23", attribution_case, sizeof cases / sizeof *cases);
}
