/* test_attrib_round13.c - attribution cases read from the thirteenth
 * round's articles and what they taught.
 *
 * The same data-driven form as test_attrib_round12.c (st_qcase: an
 * article and the statements it must yield, with speakers), one construct
 * a case. */
#include "suites.h"

static const st_qcase cases[] = {
    /* an acronym spelled out earlier names its organisation, possessive
     * or not: "according to the AIU's written decision" */
    { "possessive_acronym_names_the_organisation_spelled_out",
      "The ban was imposed by the Athletics Integrity Unit (AIU) on Thursday.\n\n"
      "\"The athlete did not establish how the substance got there,\" the AIU said in a "
      "statement.\n\n"
      "According to the AIU's written decision, the level was \"not consistent with\" the "
      "supplement.\n\n"
      "The findings were, according to the AIU\xE2\x80\x99s report, \"well above the "
      "threshold\" for the drug.\n",
      { { "The athlete did not", "Athletics Integrity Unit", "full" },
        { "not consistent with", "Athletics Integrity Unit", "partial" },
        { "well above the threshold", "Athletics Integrity Unit", "partial" } } },
    /* "Chargé d'Affaires" is a diplomat's rank before a surname, not
     * part of the name */
    { "charge_d_affaires_is_a_title_before_the_surname",
      "The embassy sent its envoy, Daniel Okafor, to the signing.\n\n"
      "\"We are proud to stand with you,\" Charg\xC3\xA9 d'Affaires Okafor said.\n\n"
      "\"We will stay,\" said Charg\xC3\xA9 d\xE2\x80\x99" "Affaires Okafor.\n",
      { { "We are proud", "Daniel Okafor", "full" },
        { "We will stay", "Daniel Okafor", "full" } } },
    /* the cue before a colon that ends the paragraph has its subject in
     * its own sentence, not in the paragraph's sentence before */
    { "colon_cue_subject_is_in_its_own_sentence",
      "Exporters are furious, and saying so on the record, which is new. B.V. Krishna "
      "Rao, president of the Indian Rice Exporters' Federation, told us:\n\n"
      "\"Our members have contracts signed at old prices.\"\n",
      { { "Our members have", "B.V. Krishna Rao", "full" } } },
    /* "according to the company's filing": the body the possessive
     * names wrote the document; "the company" is the one named before */
    { "according_to_the_bodys_document_names_the_body",
      "Hsinlu Semiconductor will build a packaging plant in Malaysia, the company said "
      "on Tuesday.\n\n"
      "The plant will be \xE2\x80\x98" "fully powered by renewable electricity by "
      "2030\xE2\x80\x99, according to the company\xE2\x80\x99s filing with the stock "
      "exchange.\n",
      { { "fully powered by", "Hsinlu Semiconductor", "partial" } } },
    /* an inverted cue's unnamed source: the article before the
     * capitalised word still makes it indefinite, so nobody is named */
    { "inverted_cue_with_an_indefinite_capitalised_source_names_nobody",
      "Delegates met again on Monday, said Amina Warsame, the bloc's envoy.\n\n"
      "\"Everyone wants one vote in principle,\" said a Western diplomat in Nairobi.\n\n"
      "\"Twenty percent will not get companies to sign,\" said one European "
      "negotiator.\n",
      { { "Everyone wants one vote", "", "full" },
        { "Twenty percent will not", "", "full" } } },
    /* "Marlow County Sheriff Ronald Pruitt Jr.": a county's name and a
     * title before a person; the surname later stands for the person */
    { "county_and_title_before_a_name_introduce_the_person",
      "Marlow County Sheriff Ronald \"Ronnie\" Pruitt Jr. held a brief news conference "
      "on Tuesday.\n\n\"My deputies followed policy,\" Pruitt said.\n\n"
      "Tolliver County Commission Chairman Wendell J. Ashby Sr. said he had not seen the "
      "report.\n\n\"That is a problem, and we need to fix it,\" Ashby said.\n",
      { { "My deputies followed", "Ronald Pruitt Jr", "full" },
        { "That is a problem", "Wendell J. Ashby Sr", "full" } } },
    /* "His Highness" is a style of address before a name, and later
     * stands for the person so styled */
    { "his_highness_is_a_style_before_the_name",
      "The round was held under the auspices of His Highness Sayyid Faisal bin Hamoud Al "
      "Busaidi, Minister of Foreign Affairs, who conveyed messages.\n\n"
      "His Highness said: \"The Sultanate will continue to spare no effort.\"\n",
      { { "The Sultanate will", "Faisal bin Hamoud Al Busaidi", "full" } } },
    /* "Minister of Foreign Affairs and International Cooperation, X,":
     * the last portfolio of the list is no person, so the paragraph
     * names one person, who speaks the uncued quote after it */
    { "last_portfolio_of_a_title_is_no_person",
      "The tone was set at the opening session. In front of diplomats, Mali's Minister "
      "of Foreign Affairs and International Cooperation, Moussa Aly DEMB\xC3\x89L\xC3\x89, "
      "made it clear that the three countries would not reconsider their departure.\n\n"
      "\xC2\xAB" "The decision of our three States is sovereign and it is final. No one "
      "will negotiate our dignity.\xC2\xBB\n",
      { { "The decision of our", "Moussa Aly DEMB\xC3\x89L\xC3\x89", "full" } } },
    /* "Del." is a delegate's title, its full stop ends no sentence; and
     * "One of them, X, said" names X, not "them" */
    { "delegate_title_and_one_of_them_apposition",
      "The bill passed 52-47. \"This is not an anti-data center bill,\" said Del. Thuy "
      "Linh Pham, D-Fairfax, the bill's sponsor.\n\n"
      "Three Democrats voted no. One of them, Del. Kevin J. McGrath, D-Loudoun, said the "
      "trigger was \"drawn with a ruler, not with any science behind it.\"\n\n"
      "Director Guillermo Del Toro was there too. \"I like it,\" Del Toro said.\n",
      { { "This is not an anti", "Thuy Linh Pham", "full" },
        { "drawn with a ruler", "Kevin J. McGrath", "partial" },
        { "I like it", "Guillermo Del Toro", "full" } } },
    /* "Role, Name, who …, said": the relative clause describes the name
     * in apposition, which is the subject; "A diplomat in N'Djamena,
     * who asked not to be named, said" stays an unnamed source */
    { "relative_clause_after_a_name_in_apposition",
      "The Permanent Secretary of the Ministry, Engr. Chukwuemeka Obiora Nwankwo, who gave "
      "details of the affected titles, said: \xE2\x80\x9C" "Of the fourteen titles, nine "
      "were exploration licences.\xE2\x80\x9D\n\n"
      "A Western diplomat in N'Djamena, who asked not to be named, said embassies were told "
      "\"barely twelve hours\" before the broadcast.\n",
      { { "Of the fourteen titles", "Chukwuemeka Obiora Nwankwo", "full" },
        { "barely twelve hours", "", "partial" } } },
    /* a briefing transcript: the spokesman introduced after "Dr." is a
     * person, so his surname labels his answers; a question labelled
     * with its outlet alone ("Q (Press TV):") is no one's statement */
    { "transcript_of_a_spokesman_after_an_abbreviated_title",
      "Weekly Press Briefing by Spokesman Dr. Hamid-Reza Tavakkoli Darabi\n\n"
      "Tavakkoli Darabi: In the name of God. I would like to express our condolences to "
      "the people of Herat.\n\n"
      "Q (Press TV): The US Treasury has designated another group of companies. How do "
      "you respond?\n\n"
      "Tavakkoli Darabi: These unilateral and illegal sanctions are a clear example of "
      "economic terrorism.\n",
      { { "In the name of God", "Hamid-Reza Tavakkoli Darabi", "full" },
        { "These unilateral and", "Hamid-Reza Tavakkoli Darabi", "full" } } },
    /* a label in capitals with the speaker's titles before a surname
     * that comes first in the name ("Morishita Ryuji") */
    { "transcript_label_of_titles_and_a_family_name_first",
      "Press Conference by the Chief Cabinet Secretary\n\n"
      "Chief Cabinet Secretary Morishita Ryuji\n\n"
      "CHIEF CABINET SECRETARY MORISHITA: I have one announcement. The Prime Minister "
      "will visit Seoul next week.\n\n"
      "REPORTER: Will the summit address the ruling?\n\n"
      "CHIEF CABINET SECRETARY MORISHITA: I would like to refrain from prejudging the "
      "content of the summit.\n",
      { { "I have one announcement", "Morishita Ryuji", "full" },
        { "I would like to refrain", "Morishita Ryuji", "full" } } },
    /* a sports desk's epithet for the coach introduced before: "the
     * former Enyimba tactician" */
    { "sports_epithet_refers_to_the_person_introduced",
      "Nigeria coach Augustine Ebuka Nwabueze was all smiles.\n\n"
      "\"I am proud of my boys,\" Nwabueze said.\n\n"
      "The former Enyimba tactician dismissed suggestions that the penalty was soft, "
      "insisting it was \"a clear foul, everybody can see it.\"\n",
      { { "I am proud", "Augustine Ebuka Nwabueze", "full" },
        { "a clear foul", "Augustine Ebuka Nwabueze", "partial" } } },
    /* "made clear" and "made it clear" report speech */
    { "made_clear_is_a_reporting_cue",
      "Trade Minister Dwi Haryanto Kusumanegara made clear that the policy was \"not up for "
      "negotiation with anyone\".\n\n"
      "He, however, made it clear that any deal would be \"subject to security "
      "guarantees\".\n",
      { { "not up for negotiation", "Dwi Haryanto Kusumanegara", "partial" },
        { "subject to security", "Dwi Haryanto Kusumanegara", "partial" } } },
    /* "Name of Org said": the person, and "she" after it is hers; the
     * organisation after "of" is where she works, no person */
    { "person_of_organisation_is_the_speaker",
      "Campaigners went further. Anna L\xC3\xBC" "decke-Brandt of the Bonn-based Forum "
      "R\xC3\xBCstungskontrolle said the decision showed why a law was needed.\n\n"
      "\"As long as these decisions are taken in secret, parliament is blind,\" she said.\n\n"
      "John Smith of Acme Holdings said: \"We are fine with the plan.\"\n",
      { { "As long as these", "Anna L\xC3\xBC" "decke-Brandt", "full" },
        { "We are fine with", "John Smith", "full" } } },
    /* a briefing's title gives the spokesperson's name with a
     * possessive, before the title of a thing: she labels the answers */
    { "spokesperson_named_in_a_possessive_title_labels_the_answers",
      "Foreign Ministry Spokesperson Fang Zhiyuan's Regular Press Conference on April 10\n\n"
      "Fang Zhiyuan: China and Malaysia are good neighbors across the sea and strategic "
      "partners.\n\n"
      "CCTV: Could you share more details about the visit?\n\n"
      "Fang Zhiyuan: We have made clear our position on this many times and will not repeat "
      "it.\n",
      { { "China and Malaysia", "Fang Zhiyuan", "full" },
        { "We have made clear", "Fang Zhiyuan", "full" } } },
    /* a Hong Kong name: English given name, family name, Chinese given
     * name; the family name alone stands for it (post-nominals aside) */
    { "hong_kong_family_name_stands_for_the_full_name",
      "Its counsel, Raymond Ho Chi-fai SC, had asked for a further adjournment.\n\n"
      "\"We are closer to a deal than ever,\" Ho said.\n\n"
      "Benjamin Kwok Wai-lun, for the petitioner, brushed that aside. \"The company has had "
      "every opportunity,\" Kwok said.\n",
      { { "We are closer", "Raymond Ho Chi-fai SC", "full" },
        { "The company has had", "Benjamin Kwok Wai-lun", "full" } } },
    /* police ranks abbreviated before a surname: "Const", "Snr Const" */
    { "abbreviated_police_ranks_are_titles",
      "Senior Constable Luke Pendergast gave evidence on Tuesday.\n\n"
      "\"I honestly thought he was sleeping it off,\" Const Pendergast said.\n\n"
      "\"No, that is not right,\" Snr Const Pendergast replied.\n",
      { { "I honestly thought", "Luke Pendergast", "full" },
        { "No, that is not right", "Luke Pendergast", "full" } } },
    /* "Dar es Salaam" is one name over its particle, so the university's
     * name is no person in the apposition before the lecturer's */
    { "dar_es_salaam_is_one_name",
      "A lecturer in transport economics at the University of Dar es Salaam, Dr Neema "
      "Kileo, said threats to switch ports were common.\n\n"
      "\"Mombasa and Dar es Salaam compete for the same cargo,\" she said.\n",
      { { "Mombasa and Dar", "Neema Kileo", "full" } } },
    /* a councillor's party and ward in brackets after the name: the
     * bracket's comma splits no apposition */
    { "party_and_ward_in_brackets_after_a_name",
      "Cllr Gail Booth (Con, Linthwaite), who voted against, described it as \"the wrong "
      "development in the wrong place\".\n",
      { { "the wrong development", "Gail Booth", "partial" } } },
    /* a listed company is a business: "the company" is it */
    { "exchange_listed_name_is_the_company",
      "Analyst Kelvin Ng Wing-hong expects more volatility.\n\n"
      "Shares of Shenzhen-listed Xinghe Microelectronics dropped 7.1%. In a statement to the "
      "exchange, the company said it \"firmly opposes\" any attempt to politicise trade.\n",
      { { "firmly opposes", "Xinghe Microelectronics", "partial" } } },
    /* a Luo name's closing apostrophe ("Ochieng\u2019") before its verb */
    { "name_ending_in_an_apostrophe_is_the_subject",
      "But branch secretary Kevin Omondi Ochieng\xE2\x80\x99 dismissed the plan as "
      "\xE2\x80\x9C" "a promise written on water\xE2\x80\x9D, saying the union had heard "
      "it before.\n\n"
      "\xE2\x80\x9C" "Every year it is the same story,\xE2\x80\x9D Ochieng\xE2\x80\x99 "
      "said.\n",
      { { "a promise written", "Kevin Omondi Ochieng", "partial" },
        { "Every year it is", "Kevin Omondi Ochieng", "full" } } },
    /* "The Kremlin's readout said", "The central bank's statement
     * said": the owner of the document speaks */
    { "the_owner_of_a_document_speaks",
      "The Czech National Bank raised rates on Thursday.\n\n"
      "The central bank\xE2\x80\x99s statement said the move \"tightened monetary "
      "conditions somewhat\".\n\n"
      "The Kremlin's readout said the talks were \"frank and constructive\".\n",
      { { "tightened monetary", "Czech National Bank", "partial" },
        { "frank and constructive", "Kremlin", "partial" } } },
    /* "the Council" after "the IGAD Council of Ministers": the body
     * named before; not a head in a possessive ("the Board's Director") */
    { "capitalised_body_head_after_the_is_the_body_named_before",
      "The IGAD Council of Ministers met in Addis Ababa on Friday.\n\n"
      "In its communique, the Council expressed \"deep concern\" over recent clashes.\n\n"
      "The Kenya Markets and Competition Board fined three firms. The Board's Director of "
      "Enforcement, Ms. Wanjiku Mwangi, spoke after the ruling.\n\n"
      "The Board found the firms' explanation \"not supported by the evidence\".\n",
      { { "deep concern", "IGAD Council of Ministers", "partial" },
        { "not supported by", "Kenya Markets and Competition Board", "partial" } } },
    /* "he said" after a paragraph that only reports X's words about
     * someone else: X, the sayer */
    { "pronoun_after_reported_speech_is_the_sayer",
      "Martin Colley, 52, of Sunniside, pleaded guilty to fraud.\n\n"
      "Anthony Marwood, prosecuting, said Colley set up Wearvale Facilities Ltd in 2018 and "
      "began submitting invoices.\n\n"
      "\"Over five years, the defendant raised 212 invoices,\" he said.\n",
      { { "Over five years", "Anthony Marwood", "full" } } },
    /* an infinitive naming verb reports the clause's subject ("used his
     * radio show to label ... “…”"); "as Turkish Cypriots call Mia Milia"
     * names a place and reports nobody */
    { "infinitive_naming_verb_reports_the_clause_subject",
      "Former Test prop Mick \xE2\x80\x9CThe Fridge\xE2\x80\x9D Costigan used his breakfast "
      "radio show to label the exodus to rugby \xE2\x80\x9C" "a cancer on the game"
      "\xE2\x80\x9D.\n\n"
      "Hasan G\xC3\xBCven, who commutes from Haspolat, as Turkish Cypriots call Mia Milia, "
      "said the crossing would change his mornings.\n\n"
      "\"Right now it takes me an hour and a half in the queue,\" he said.\n",
      { { "a cancer on the game", "Mick Costigan", "partial" },
        { "Right now it takes", "Hasan G\xC3\xBCven", "full" } } },
    /* a cue after "and" shares the main clause's subject, not that of a
     * relative clause's verb ("who asked not to be named") */
    { "and_cue_skips_a_relative_clause_verb",
      "Workers said they had not been paid since June.\n\n"
      "A representative of the subcontractor, Al Mansoori Steel Contracting, who asked not to "
      "be named, blamed the main contractor and said wages would be cleared \"as soon as the "
      "funds are released\".\n",
      { { "as soon as the funds", "", "partial" } } },
};

START_TEST(attribution_case)
{
    st_test_quote_case(&cases[_i]);
}
END_TEST

Suite *st_suite_attrib_round13(void)
{
    return st_test_loop_suite("attrib_round13", attribution_case, sizeof cases / sizeof *cases);
}
