/* test_attrib_round18.c - attribution cases read from the eighteenth
 * round's articles and what they taught.
 *
 * The same data-driven form as test_attrib_round17.c (st_qcase: an
 * article and the statements it must yield, with speakers; "" for a
 * statement nobody is named for), one construct a case. */
#include "suites.h"

static const st_qcase cases[] = {
    /* an unnamed source whose anonymity clause holds a verb of speech ("A senior official, who
     * requested not to be named as he was not authorised to speak to the media, rejected …")
     * reports after the clause: the "he" after is that unnamed person */
    { "unnamed_source_after_a_long_anonymity_clause",
      "Mr Wazir spoke first. \"No,\" Mr Wazir said.\n\n"
      "A senior Frontier Corps official, who requested not to be named as he was not author"
      "ised to speak to the media, rejected the Afghan version. \"Our troops responded only"
      " after they were fired upon,\" he said.\n",
      { { "No,", "Wazir", "full" },
        { "Our troops responded", "", "full" } } },
    /* a portfolio of one or two words before a name no list gives ("Minister for Foreign Affairs
     * Wang Yi", "Minister for Parliamentary Affairs Rana Mushtaq Ahmad Noon") ends where the
     * name starts */
    { "portfolio_before_an_unlisted_given_name",
      "\"We disagree,\" Minister for Foreign Affairs Wang Yi said.\n\n"
      "\"We will talk,\" said Minister for Parliamentary Affairs Rana Mushtaq Ahmad Noon.\n",
      { { "We disagree", "Wang Yi", "full" },
        { "We will talk", "Rana Mushtaq Ahmad Noon", "full" } } },
    /* a role's holder whose portfolio and name end in a comma ("Federal Minister for
     * Parliamentary Affairs X, when contacted,") is "the minister" after, not a prime minister
     * named further on */
    { "role_holder_after_a_portfolio_and_a_comma",
      "Federal Minister for Parliamentary Affairs Rana Mushtaq Ahmad Noon, when contacted, "
      "played down the threat.\n\n\"The SIP is our valued partner,\" he told The News.\n\n"
      "\"There is no crack in the coalition,\" the minister said.\n\n"
      "Sources told The News that Prime Minister Iftikhar Ahmed Sahi had asked his aides to"
      " act.\n",
      { { "The SIP is our", "Rana Mushtaq Ahmad Noon", "full" },
        { "There is no crack", "Rana Mushtaq Ahmad Noon", "full" } } },
    /* a named person's request quoted as its object inside a reported clause ("Sources told The
     * News that Prime Minister X had asked his aides to “…”") is that person's, not the sources' */
    { "request_quoted_as_the_object_of_a_pluperfect",
      "Sources privy to a meeting at the PM House on Tuesday told The News that Prime Minis"
      "ter Iftikhar Ahmed Sahi had asked his aides to \xE2\x80\x9C" "bring the SIP on board be"
      "fore the budget is presented\xE2\x80\x9D and had expressed displeasure.\n\n"
      "Exp\xC3\xB3sito said the Junta had asked Madrid to act and was \xE2\x80\x9Cstill wai"
      "ting for an answer\xE2\x80\x9D.\n",
      { { "bring the SIP", "Iftikhar Ahmed Sahi", "partial" },
        { "still waiting", "Exp\xC3\xB3sito", "partial" } } },
    /* a club's name ("outside the Karachi Press Club") introduces no person for the "she" after */
    { "club_is_no_person",
      "President Naila Jabeen Rathore said the union would stage a protest outside the Kara"
      "chi Press Club on Thursday.\n\n"
      "\"The use of FIA notices has become a pattern,\" she said.\n",
      { { "The use of FIA", "Naila Jabeen Rathore", "full" } } },
    /* a document's words after "read" ("“…,” read a statement from the ministry", "read the
     * written order issued by Justice Malik") are its author's; so are those of "said a
     * statement issued by X" */
    { "document_read_and_issued_by",
      "\"No coercive measures shall be taken,\" read the written order issued by Justice Na"
      "veed Malik later in the day.\n\n"
      "\"We regret the decision,\" read a statement from the ministry.\n\n"
      "\"We will appeal,\" said a statement issued by the Foreign Office.\n",
      { { "No coercive", "Naveed Malik", "full" },
        { "We regret", "ministry", "full" },
        { "We will appeal", "Foreign Office", "full" } } },
    /* a dotted title's full stop opens no sentence, so an unlisted given name after it that ends
     * like an agent noun ("Dr. Naseer Ali Bangash") stays the name's first word */
    { "given_name_after_a_dotted_title",
      "\"This is a gift,\" said Dr. Naseer Ali Bangash.\n\n"
      "The market was busy. Shopper Aisha Bello, 36, said: \"Prices are high.\"\n",
      { { "This is a gift", "Naseer Ali Bangash", "full" },
        { "Prices are high", "Aisha Bello", "full" } } },
    /* a portfolio's acronym in brackets ("Minister for States and Frontier Regions (SAFRON)
     * Engr. X") lies between the role and its holder, so "the minister" is the holder */
    { "portfolio_acronym_in_brackets",
      "PESHAWAR, Mar 11 (APP): Federal Minister for States and Frontier Regions (SAFRON) En"
      "gr. Naseer Ahmed Bangash on Tuesday inaugurated the terminal.\n\n"
      "Addressing the ceremony, the minister said that the government was taking steps.\n\n"
      "\"This terminal is a gift,\" he said.\n",
      { { "This terminal is a gift", "Naseer Ahmed Bangash", "full" } } },
    /* two words after a portfolio whose acronym names a body ("Minister for EU Affairs Gergely
     * Nagy") are a person, though no list gives the given name, and the "he" after is him */
    { "person_after_an_acronym_portfolio_unlisted_given_name",
      "\"The rules are the rules,\" Commission spokesperson Annika Lindqvist-Moreau told re"
      "porters.\n\nMinister for EU Affairs Gergely V\xC3\xA1mosi-Nagy said the decision was"
      " wrong.\n\n\"This is not a technical decision,\" he said.\n",
      { { "The rules are", "Annika Lindqvist-Moreau", "full" },
        { "This is not a technical", "Gergely V\xC3\xA1mosi-Nagy", "full" } } },
    /* a reporter's aside between two quotes of one speaker ("And then the caveat:", "And finally
     * this:") names no one: the speaker before it goes on */
    { "aside_between_quotes_of_one_speaker",
      "Home Affairs Commissioner Riikka H\xC3\xA4m\xC3\xA4l\xC3\xA4inen speaking now. She i"
      "s clearly trying to keep both sides on board:\n\n"
      "\"The Commission understands the exceptional situation at the border.\"\n\n"
      "And then the caveat:\n\n\"Any derogation must be strictly limited in time.\"\n",
      { { "The Commission understands", "Riikka H\xC3\xA4m\xC3\xA4l\xC3\xA4inen", "full" },
        { "Any derogation", "Riikka H\xC3\xA4m\xC3\xA4l\xC3\xA4inen", "full" } } },
    /* a paragraph whose subject is a role and whose verb is an irregular past ("The minister
     * took a swipe at Western countries …") introduces the uncued quote after it */
    { "role_paragraph_with_an_irregular_past",
      "Mines Minister Tinashe Mavhunga opened the plant. \"We thank our friends,\" he said."
      "\n\nThe minister took a swipe at Western countries that imposed sanctions on Zimbabw"
      "e more than two decades ago.\n\n"
      "\"Those who imposed illegal sanctions on our country hoped we would fail.\"\n",
      { { "We thank", "Tinashe Mavhunga", "full" },
        { "Those who imposed", "Tinashe Mavhunga", "full" } } },
    /* "only" between an auxiliary and its cue ("X would only say that the EU executive “…”")
     * leaves X the subject */
    { "would_only_say",
      "Official line: Commission spokesperson Thibault Marchetti would only say that the EU"
      " executive \xE2\x80\x9C" "does not comment on the timing of individual decisions.\xE2"
      "\x80\x9D\n",
      { { "does not comment", "Thibault Marchetti", "partial" } } },
    /* an unnamed person or a role as the subject of a clause before an inline colon ("A person
     * close to the company was blunter: “…”") speaks, not the last named speaker */
    { "unnamed_person_before_an_inline_colon",
      "Benedikt Aurich said Aptira \"remains committed to constructive engagement\" with th"
      "e team.\n\nA person close to the company was blunter: \"Everything is on the table, "
      "including Luxembourg.\"\n\nMines Minister Tinashe Mavhunga opened the plant.\n\n"
      "The minister was blunter: \"We will not wait.\"\n",
      { { "remains committed", "Benedikt Aurich", "partial" },
        { "Everything is on", "", "full" },
        { "We will not wait", "Tinashe Mavhunga", "full" } } },
    /* a pronoun after a preposition ("Pugh-Evans is having none of it:") is an object, so the
     * clause's subject before the colon is the surname */
    { "object_pronoun_is_no_colon_subject",
      "CMA chief executive Rhiannon Pugh-Evans spoke first. \"We will act,\" she said.\n\n"
      "The MP Owen Prys-Jenkins asks whether the CMA is \"in danger of strangling growth\"."
      "\n\nPugh-Evans is having none of it:\n\n"
      "\"I do not accept that framing.\"\n",
      { { "We will act", "Rhiannon Pugh-Evans", "full" },
        { "in danger", "Owen Prys-Jenkins", "partial" },
        { "I do not accept", "Rhiannon Pugh-Evans", "full" } } },
    /* a union's "Brother" and Zimbabwe's "Cde" are styles of address, not the name's first word,
     * so the fullest form is the person's own name */
    { "brother_and_cde_are_styles",
      "IFMS general secretary Sunil Kumar Menon said: \"No seafarer should be ordered into "
      "a war zone.\"\n\n\"We welcome the talks,\" Brother Menon said.\n\n"
      "Mines Minister Cde Tinashe Mavhunga opened the plant. \"We thank our friends,\" Cde "
      "Mavhunga said.\n",
      { { "No seafarer", "Sunil Kumar Menon", "full" },
        { "We welcome", "Sunil Kumar Menon", "full" },
        { "We thank", "Tinashe Mavhunga", "full" } } },
    /* "one of them" as a cue's subject ("“…,” one of them told reporters") is one of a group the
     * article does not name, not the last named man */
    { "one_of_them_is_unnamed",
      "Andriy Kovalchuk spoke first. \"We are ready,\" he said.\n\n"
      "Released servicemen step off a bus. \"I did not believe it until I saw the bus,\" on"
      "e of them told reporters.\n",
      { { "We are ready", "Andriy Kovalchuk", "full" },
        { "I did not believe", "", "full" } } },
    /* a school district is an organisation ("the district said it “…”"), the one the article
     * named */
    { "the_district_is_an_organisation",
      "The Pima Valley Unified School District board voted 4-1 on Tuesday to close two scho"
      "ols.\n\nIn a statement Thursday morning, the district said it \"recognizes how painf"
      "ul this decision is for families\".\n",
      { { "recognizes how painful", "Pima Valley Unified School District", "partial" } } },
    /* a public speaker's label with an address ("HANNA RUUD, 2218 Oak Ridge Road:"), as council
     * minutes print it, labels that speaker's line */
    { "transcript_label_with_an_address",
      "PRESENT: Mayor Karin Lindqvist-Boyd; Council Members Darius Fenwick, Mai Xiong, Thom"
      "as J. Brekke and Ingrid Solberg. ALSO PRESENT: City Administrator Paul Vang; Police "
      "Chief Robert Haugland; City Clerk Denise Ostrander.\n\n"
      "MAYOR LINDQVIST-BOYD: Okay. We have three people signed up to speak on this item. Pl"
      "ease keep it to three minutes. First is Hanna Ruud.\n\n"
      "HANNA RUUD, 2218 Oak Ridge Road: Good evening. I've lived on Oak Ridge thirty-one ye"
      "ars. In November my neighbor's pickup was stolen out of his driveway, and these came"
      "ras found it in two days in Maplewood. I know people worry about privacy. I worry ab"
      "out it too. But the chief has been straight with us, and I'm asking you to renew it."
      "\n\nMAYOR LINDQVIST-BOYD: Thank you, Ms. Ruud. Abdirahman Farah.\n\n"
      "ABDIRAHMAN FARAH, 640 Birch Street: Thank you, Mayor. I went and read this company's"
      " brochure, the one on their website. It says, and I'm quoting, \"nationwide network "
      "access for partner agencies.\" That is not thirty days in Cottage Lake. That is our "
      "license plates in every department in the country that buys in. The chief may have t"
      "he best intentions. The company doesn't work for him and it doesn't work for us. Vot"
      "e no.\n\n",
      { { "Okay. We have", "Karin Lindqvist-Boyd", "full" },
        { "Good evening", "Hanna Ruud", "full" },
        { "Thank you, Mayor", "Abdirahman Farah", "full" } } },
    /* "promising", "vowing", "pledging" are participle cues, and a copula's complement before
     * one ("X became Rockford’s first Black woman police chief promising to “…”") is not its
     * subject */
    { "promising_after_a_copula_complement",
      "Yolanda Pruitt-Harmon became Rockford\xE2\x80\x99s first Black woman police chief pr"
      "omising to \"fix the trust.\" Two years in, her hardest fight may be with City Hall."
      "\n",
      { { "fix the trust", "Yolanda Pruitt-Harmon", "partial" } } },
    /* an indefinite person and where they are ("a nurse at the hospital said", "One organizer on
     * the west side said:") is a source the article does not name; a spokesman at a body speaks
     * for it */
    { "unnamed_person_with_a_place_phrase",
      "Dana Lee spoke first. \"Yes,\" she said.\n\n"
      "\"She is better than what we had,\" a nurse at the hospital said.\n\n"
      "One organizer on the west side said: \"It is a low bar.\"\n\n"
      "\"We regret it,\" a spokesman at the ministry said.\n",
      { { "Yes,", "Dana Lee", "full" },
        { "She is better", "", "full" },
        { "It is a low bar", "", "full" },
        { "We regret it", "ministry", "full" } } },
    /* a quote after a sentence that cites an unnamed person ("…, according to a local agent for
     * a major Asian carrier, who asked not to be named") is that person's, cued by "he said" or
     * not at all */
    { "quote_after_according_to_an_unnamed_source",
      "Gonzalo Vial spoke first. \"We are losing money,\" he said.\n\n"
      "At least two services have already omitted San Antonio this week, according to a loc"
      "al agent for a major Asian carrier, who asked not to be named.\n\n"
      "\"Two of our services went straight to Callao.\"\n\n"
      "Gonzalo Vial spoke again. \"We wait,\" he said.\n\n"
      "Exports fell, according to a local broker, who asked not to be named.\n\n"
      "\"Nobody is buying,\" he said.\n",
      { { "We are losing", "Gonzalo Vial", "full" },
        { "Two of our services", "", "full" },
        { "We wait", "Gonzalo Vial", "full" },
        { "Nobody is buying", "", "full" } } },
    /* Danish and German guillemets »…« (the French pair reversed) pair as quote marks, across
     * paragraphs too; French «…» still do */
    { "danish_guillemets",
      "Four hours later, Greenland's premier, Kista Lynge H\xC3\xB8" "egh, posted a short vide"
      "o.\n\n\xC2\xBBWe read about it in the Danish newspapers like everyone else. Not one "
      "krone was discussed.\n\n\xC2\xBBThis is not how partners treat each other\xC2\xAB, s"
      "he said.\n\n\xC2\xABWe will not give in,\xC2\xBB said Minister Paul Durand.\n",
      { { "We read about it", "Kista Lynge H\xC3\xB8" "egh", "full" },
        { "We will not give in", "Paul Durand", "full" } } },
    /* a briefing's "Spokesperson:" label is the spokesperson its header names ("by the
     * Spokesperson, Ambassador X,"), and its "Answer:" lines are that person's, as "A:" ones are */
    { "briefing_spokesperson_and_answer_labels",
      "Transcript of the Weekly Press Briefing by the Spokesperson, Ambassador Samina Khali"
      "d Durrani, on Friday, 7 March 2025\n\n"
      "Spokesperson: Assalam-o-Alaikum. Pakistan attaches great importance to its relations"
      " with Afghanistan, and we remain committed to a constructive engagement.\n\n"
      "Question: Zeeshan Yousafzai, Mashriq TV. Torkham has been closed for five days now. "
      "What is Pakistan's position?\n\n"
      "Answer: Thank you, Zeeshan. Yes, the situation at Torkham will be discussed during t"
      "he visit. Our position is very clear.\n\n"
      "Question: Ambreen Akhtar, Daily Awam. Are the talks stalled?\n\n"
      "Answer: No, I would not characterise it that way. The channels of communication betw"
      "een the two countries are open at all levels.\n",
      { { "Assalam-o-Alaikum", "Samina Khalid Durrani", "full" },
        { "Thank you, Zeeshan", "Samina Khalid Durrani", "full" },
        { "No, I would not", "Samina Khalid Durrani", "full" } } },
    /* a related link led by "READ |", as South African sites print it, holds no statement */
    { "read_bar_link_is_no_statement",
      "\"We will vote against the bill,\" party leader Tshepo Maleka said.\n\n"
      "READ | 'Marriage of convenience': Opposition circles as GNU tensions rise\n\n"
      "The committee meets on Thursday.\n",
      { { "We will vote", "Tshepo Maleka", "full" } } },
    /* a plural title before a list of names ("Council Members Darius Fenwick, Mai Xiong, Thomas
     * J. Brekke and Ingrid Solberg") introduces each of them, the one before the "and" too, so
     * their transcript labels name them */
    { "plural_title_before_a_list_of_names",
      "PRESENT: Mayor Karin Lindqvist-Boyd; Council Members Darius Fenwick, Mai Xiong, Thom"
      "as J. Brekke and Ingrid Solberg.\n\n"
      "MAYOR LINDQVIST-BOYD: All right, we are on item 9. Let us begin.\n\n"
      "COUNCIL MEMBER XIONG: Chief, I appreciate the numbers, I really do. But I have resid"
      "ents who worry.\n\nCOUNCIL MEMBER BREKKE: I will be blunt. Twenty-nine stolen cars i"
      "s twenty-nine families who got their car back.\n\n"
      "COUNCIL MEMBER FENWICK: Quick one for Mr. Vang. Where is that money coming from?\n",
      { { "All right", "Karin Lindqvist-Boyd", "full" },
        { "Chief, I appreciate", "Mai Xiong", "full" },
        { "I will be blunt", "Thomas J. Brekke", "full" },
        { "Quick one", "Darius Fenwick", "full" } } },
    /* a transcript label of six tokens, a title and particles among them ("Dr Ali bin Rashid Al
     * Naimi:"), labels its line */
    { "six_token_transcript_label",
      "Transcript of the Weekly Media Briefing by HE Dr Ali bin Rashid Al Naimi, Official S"
      "pokesperson of the Ministry of Foreign Affairs\n\n"
      "Dr Ali bin Rashid Al Naimi: Good morning, and welcome to this week's briefing. The S"
      "tate of Qatar congratulates both parties on this important step.\n\n"
      "Question (Khalid Al Marri, Al Waha newspaper): Can you tell us what the timetable lo"
      "oks like?\n\nDr Al Naimi: The agreement provides for a joint monitoring mechanism th"
      "at will hold its first meeting within fifteen days.\n",
      { { "Good morning", "Ali bin Rashid Al Naimi", "full" },
        { "The agreement provides", "Ali bin Rashid Al Naimi", "full" } } },
    /* a venue's name before a comma ("at the Centro de Congressos, the former defender said") is
     * no person the role stands in apposition to */
    { "venue_before_a_role_is_no_apposition",
      "Tomislav Bari\xC5\xA1i\xC4\x87 lost the vote. \"It was close,\" Bari\xC5\xA1i\xC4"
      "\x87 said.\n\nSpeaking to reporters outside the hall at the Centro de Congressos, th"
      "e 54-year-old former international defender said the process had been \"compromised "
      "from the start\".\n",
      { { "It was close", "Tomislav Bari\xC5\xA1i\xC4\x87", "full" },
        { "compromised from", "Tomislav Bari\xC5\xA1i\xC4\x87", "partial" } } },
    /* a topic phrase opening the sentence ("On triage nurse Kylie Bell, she said:") names whom
     * she speaks of, not who speaks; "Magistrate" is a title */
    { "topic_phrase_before_a_pronoun",
      "Coroner Miriam Falconer delivered her findings. \"It is not acceptable,\" she said."
      "\n\nOn triage nurse Kylie Bell, she said: \"I do not find that Ms Bell acted with in"
      "difference.\"\n\n\"Had he been treated, he would have lived,\" Magistrate Falconer s"
      "aid.\n",
      { { "It is not acceptable", "Miriam Falconer", "full" },
        { "I do not find", "Miriam Falconer", "full" },
        { "Had he been", "Miriam Falconer", "full" } } },
    /* a plural noun that is also a cue word, after a number or a word of quantity ("for the two
     * Borneo states “…”", "its 27 member states"), is no cue */
    { "plural_noun_is_no_cue",
      "Plantation Minister Nor Azlan Harun spoke. \"We are ready,\" he said.\n\n"
      "Nor Azlan said the proposed threshold of RM3,650 per tonne for the two Borneo states"
      " \"remains under study\" and that no final decision had been made.\n",
      { { "We are ready", "Nor Azlan Harun", "full" },
        { "remains under study", "Nor Azlan Harun", "partial" } } },
    /* a long body's name, a role in lower case, then its holder's name after an inverted cue
     * ("said Sabah Oil Palm Smallholders Association chairperson Juliana Majinbon") is the
     * holder */
    { "holder_after_a_long_body_and_role",
      "\"We cannot pay,\" said Sabah Oil Palm Smallholders Association chairperson Juliana "
      "Majinbon.\n\n\"Where were they?\" asked Barisan Rakyat Sabah information chief Mohd "
      "Rizal Asmat.\n",
      { { "We cannot pay", "Juliana Majinbon", "full" },
        { "Where were they", "Mohd Rizal Asmat", "full" } } },
    /* a body's possessive, its title in capitals and a comma before the holder's name ("said the
     * ministry’s Director General of Water Resources, Bambang Hermawan") make the holder the
     * subject */
    { "holder_after_a_possessive_body_title",
      "\"Normalization requires land,\" said the ministry\xE2\x80\x99s Director General of "
      "Water Resources, Bambang Hermawan.\n",
      { { "Normalization requires", "Bambang Hermawan", "full" } } },
    /* a portfolio may hold "in" between capitals ("Minister of Management and Innovation in
     * Public Services X"), so "the minister" is X, not the portfolio's last word */
    { "portfolio_with_in_between_capitals",
      "Minister of Management and Innovation in Public Services Cl\xC3\xA1udia Rangel Furta"
      "do said the offer is final.\n\n"
      "\"We have made a serious proposal,\" the minister said.\n",
      { { "We have made", "Cl\xC3\xA1udia Rangel Furtado", "full" } } },
    /* a role phrase's demonym fits its country's acronym ("the Emirati minister" of "UAE
     * Minister of State for Foreign Trade X"), across a second portfolio and a name's particles
     * ("Qatari Minister of State Sultan bin Abdullah Al Kuwari") */
    { "demonym_of_an_acronym_and_a_second_portfolio",
      "Turkish Trade Minister Hakan Yurdakul spoke. UAE Minister of State for Foreign Trade"
      " Obaid Rashid Al Nuaimi echoed the tone.\n\n"
      "The Emirati minister also said his country viewed Turkish firms as \"reliable and in"
      "novative partners\".\n\nQatari Minister of State Sultan bin Abdullah Al Kuwari arriv"
      "ed later.\n\nThe Qatari minister said: \"Dialogue is the only way.\"\n",
      { { "reliable and innovative", "Obaid Rashid Al Nuaimi", "partial" },
        { "Dialogue is the only", "Sultan bin Abdullah Al Kuwari", "full" } } },
    /* a role paragraph's irregular past may be "paid", "led", "met", "won" or "lost" ("The
     * Minister paid tribute to …") */
    { "role_paragraph_paid_tribute",
      "Samoan minister Afamasaga Lino Tuiletufuga returned home. \"We fought and we were he"
      "ard,\" he said.\n\nThe Minister paid tribute to other island delegations.\n\n"
      "\"I want to thank our brothers and sisters from Tuvalu.\"\n",
      { { "We fought", "Afamasaga Lino Tuiletufuga", "full" },
        { "I want to thank", "Afamasaga Lino Tuiletufuga", "full" } } },
    /* a party's role in lower case, with its portfolio, before its holder after an inverted cue
     * ("said CMT secretary for ideology and publicity Abdallah Mrisho Makame"); a "Partido" is a
     * party, no person */
    { "holder_after_a_lower_case_portfolio_and_partido",
      "\"Boycotts have never built any nation,\" said CMT secretary for ideology and public"
      "ity Abdallah Mrisho Makame while addressing a rally.\n\n"
      "Central bank chief Rodrigo Almeida Saldanha spoke. \"We will do whatever is necessar"
      "y,\" he told senators.\n\nPressed by lawmakers from the president's Partido Popular "
      "Trabalhista on whether he was at odds with the government, he replied: \"There is no"
      " fight.\"\n",
      { { "Boycotts have never", "Abdallah Mrisho Makame", "full" },
        { "We will do", "Rodrigo Almeida Saldanha", "full" },
        { "There is no fight", "Rodrigo Almeida Saldanha", "full" } } },
    /* "answered" is a verb of speech ("“…,” Sotak answered.") */
    { "answered_is_a_cue",
      "\"You are lying, are you not?\" Ferrante asked.\n\n"
      "\"I am sitting here because I got tired of lying,\" Sotak answered.\n",
      { { "You are lying", "Ferrante", "full" },
        { "I am sitting", "Sotak", "full" } } },
    /* a publication named with "Press" ("told Iran Free Press") is no person for the "he" after */
    { "press_publication_is_no_person",
      "Her husband, Kaveh Nikpour, said the case was built on her reporting.\n\n"
      "\"They punished her for doing her job,\" Nikpour told Iran Free Press by phone.\n\n"
      "\"When the interrogators questioned her, they had printouts of her articles,\" he sa"
      "id.\n",
      { { "They punished", "Kaveh Nikpour", "full" },
        { "When the interrogators", "Kaveh Nikpour", "full" } } },
    /* "nevertheless", "nonetheless", "meanwhile" between a subject and its cue are skipped like
     * the other adverbs ("The spokesman nevertheless stressed that Iran remained “…”") */
    { "nevertheless_between_subject_and_cue",
      "Foreign Ministry spokesman Mehdi Sharifzadeh spoke on Monday. \"We will respond,\" t"
      "he spokesman said.\n\nThe spokesman nevertheless stressed that Iran remained \"ready"
      " for dialogue based on mutual respect.\"\n",
      { { "We will respond", "Mehdi Sharifzadeh", "full" },
        { "ready for dialogue", "Mehdi Sharifzadeh", "partial" } } },
};

START_TEST(attribution_case)
{
    st_test_quote_case(&cases[_i]);
}
END_TEST

Suite *st_suite_attrib_round18(void)
{
    return st_test_loop_suite("attrib_round18", attribution_case, sizeof cases / sizeof *cases);
}
