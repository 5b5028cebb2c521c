/* test_attrib_round11.c - attribution cases read from the eleventh
 * round's articles (269-436) and what they taught.
 *
 * The same data-driven form as test_quotes.c and test_attrib.c (st_qcase:
 * an article and the statements it must yield, with speakers), one
 * construct a case; a suite of its own so that neither file outgrows a
 * reading. */
#include "suites.h"

static const st_qcase cases[] = {
    /* Turkic patronymics: "uulu", "kyzy", "oglu" end a name in prose and
     * in a transcript's label */
    { "turkic_patronymic_words_end_names_and_labels",
      "Ordo Media spoke with Azamat Toktosun uulu, the deputy minister.\n\n"
      "Toktosun uulu: As of this morning there are about 640 trucks waiting at the border.\n\n"
      "Toktosun uulu: Three things. First, joint inspections at the checkpoint itself.\n\n"
      "Kazakh analyst Aigerim Nurlan kyzy disagreed. \xE2\x80\x9CThe rules are the rules,"
      "\xE2\x80\x9D Nurlan kyzy told reporters.\n\n\xE2\x80\x9C" "Azerbaijan is ready,"
      "\xE2\x80\x9D said Elchin Mammad oglu, the envoy.\n",
      { { "As of this morning", "Azamat Toktosun", "full" },
        { "Three things", "Azamat Toktosun", "full" },
        { "The rules are the rules", "Aigerim Nurlan", "full" },
        { "Azerbaijan is ready", "Elchin Mammad", "full" } } },
    /* a government release's "informed the meeting that" and "expressed
     * the hope that" report speech */
    { "informed_and_expressed_the_hope_are_cues",
      "Trade Minister Bhim Bahadur Karki opened the meeting.\n\n7. Senior Secretary Mr. "
      "Chowdhury informed the meeting that the draft \"will be placed before the Cabinet\" "
      "next month.\n\n10. Concluding the meeting, Hon. Minister Karki expressed the hope that "
      "the next meeting would \"turn today's understandings into results\", and thanked the "
      "delegation for its \"constructive and friendly engagement\".\n",
      { { "will be placed before", "Chowdhury", "partial" },
        { "turn today's understandings", "Bhim Bahadur Karki", "partial" },
        { "constructive and friendly", "Bhim Bahadur Karki", "partial" } } },
    /* a US legislator's party tag is an apposition, not the subject */
    { "us_party_tag_after_the_name_is_no_subject",
      "Rep. Tom Hale, R-Wichita, whose district includes two of the schools, said it was "
      "\xE2\x80\x9C" "a fair law.\xE2\x80\x9D\n",
      { { "a fair law.", "Tom Hale", "partial" } } },
    /* "director general at Itaipu Binacional, who sat …": the "who" is
     * the role holder's, the organisation no person introduced */
    { "who_after_a_role_s_employer_belongs_to_the_role_holder",
      "Sonia Raquel Gim\xC3\xA9nez de Villalba, Paraguay's director general at Itaipu "
      "Binacional, who sat beside the minister, gave the technical case.\n\n\"The figure "
      "published by Brasilia is 19.28 dollars per kilowatt-month,\" she said.\n",
      { { "The figure published", "Sonia Raquel Gim\xC3\xA9nez de Villalba", "full" } } },
    /* "X, said the company would appeal" is no business's apposition; a
     * sentence-initial "It" after "The company pointed to …" is the
     * company */
    { "it_after_the_company_s_sentence_is_the_company",
      "Velloria Therapeutics, a Brazilian drugmaker, makes the drug. The regulator ANAM "
      "rejected it on Monday. Its chief executive, Eduardo Penteado, said the company would "
      "appeal.\n\n\xE2\x80\x9CWe are disappointed,\xE2\x80\x9D Penteado said.\n\n"
      "The company pointed to a subgroup of patients. It added that it remained "
      "\xE2\x80\x9Copen to dialogue with the agency\xE2\x80\x9D.\n",
      { { "We are disappointed", "Eduardo Penteado", "full" },
        { "open to dialogue", "Velloria Therapeutics", "partial" } } },
    /* a participle's subject: a surname the text gave in full, opening
     * the sentence before a comma, beats an organisation later in it */
    { "participle_subject_is_a_known_surname_before_a_comma",
      "Health Minister Bambang Suryo Harahap rejected the call on Thursday.\n\n"
      "Harahap, however, left the door open to a visit by IHCA experts, saying they would be "
      "\"welcome to come once our own results are complete\".\n",
      { { "welcome to come", "Bambang Suryo Harahap", "partial" } } },
    /* "The national rail operator cancelled …, and said": a business
     * noun opening the sentence is the subject "and said" shares */
    { "business_noun_opening_the_sentence_is_and_said_s_subject",
      "The national rail operator cancelled half of its trains and two-thirds of regional "
      "services, and said traffic would remain \"severely disrupted\" on Friday.\n\n"
      "The airline grounded its fleet and said the strike was \"entirely avoidable\".\n",
      { { "severely disrupted", "national rail operator", "partial" },
        { "entirely avoidable", "airline", "partial" } } },
    /* "The employers called the strike “disproportionate”": employers
     * are an organisation, so the one-word fragment has a cue */
    { "employers_are_an_organisation_subject",
      "The employers called the strike \"disproportionate,\" but signaled room for a "
      "deal.\n",
      { { "disproportionate", "employers", "partial" } } },
    /* a surname alone, of a fuller name before, opening a sentence with
     * an apposition: the one person the paragraph names before its
     * uncued quote */
    { "surname_with_apposition_names_the_paragraph_s_person",
      "Almagre were level when \xC3\x81lvaro Mendieta headed in a corner, but the Brazilian "
      "restored the lead on 67 minutes.\n\nMendieta, who won the penalty, rejected any "
      "suggestion that he had gone down too easily. \xE2\x80\x9C" "Anyone who says I dived "
      "should watch it again, slowly.\xE2\x80\x9D\n",
      { { "Anyone who says I dived", "\xC3\x81lvaro Mendieta", "full" } } },
    /* a fragment with no cue in a sentence opening "She <verb>" is hers */
    { "she_opening_a_cueless_sentence_owns_its_fragment",
      "Labour economist Irmgard Z\xC3\xB6llner said the dispute was familiar.\n\n"
      "She expected a settlement \"somewhere in the region of six to seven percent\" "
      "within two years.\n",
      { { "somewhere in the region", "Irmgard Z\xC3\xB6llner", "partial" } } },
    { "known_surname_opening_a_cueless_sentence_owns_its_fragment",
      "Trade negotiator Ana Carolina Mendes met reporters in Montevideo.\n\n"
      "Mendes put the chances of a deal this year at \"better than fifty-fifty\" after the "
      "meeting.\n\nTraffic resumed on the bridge at \"a painfully slow pace\" later.\n",
      { { "better than fifty-fifty", "Ana Carolina Mendes", "partial" },
        { "a painfully slow pace", "", "partial" } } },
    /* nicknames and other names the text gives a person stand for them */
    { "aliases_the_text_gives_stand_for_the_person",
      "Celestino G\xC3\xB3mez Ayala, a Nivacl\xC3\xA9 leader better known by his nickname "
      "\"Kaiy\xC3\xB3,\" said the fish had stopped coming.\n\n\"The fish do not know about "
      "borders,\" Kaiy\xC3\xB3 told AMN by telephone.\n\nSenator Eduardo Guimar\xC3\xA3" "es "
      "Bastos, known in Minas Gerais politics as Dudu Bastos, said he would file a request.\n\n"
      "Dudu Bastos called the clause \"a blank cheque\".\n\nThe wrestler Rhiannon "
      "\xE2\x80\x9C" "Cardiff Cyclone\xE2\x80\x9D Pryce attacked a rival.\n\n\xE2\x80\x9C"
      "She had it coming,\xE2\x80\x9D Cardiff Cyclone told pals.\n",
      { { "The fish do not know", "Celestino G\xC3\xB3mez Ayala", "full" },
        { "a blank cheque", "Eduardo Guimar\xC3\xA3" "es Bastos", "partial" },
        { "She had it coming", "Rhiannon Pryce", "full" } } },
    /* "Sayyid" and the Australian "Cr" are titles; a name of seven words
     * ("bin … bin … Al …") is one name */
    { "sayyid_and_cr_titles_and_seven_word_names",
      "Oman's Foreign Minister Sayyid Talal bin Hamoud bin Faisal Al Busaidi told reporters "
      "the deal was real.\n\nSayyid Talal described the sessions as \"serious, at times "
      "difficult, but always respectful\".\n\nMayor Noel Harrower was blunt.\n\n\"Get in a "
      "room and lock the door,\" Cr Harrower said.\n",
      { { "serious, at times", "Talal bin Hamoud bin Faisal Al Busaidi", "partial" },
        { "Get in a room", "Noel Harrower", "full" } } },
    /* "Bill C-41," is no person introduced (a number names none), but
     * "Witness N7" is a person */
    { "a_name_with_a_number_is_no_person_unless_a_person_noun_heads_it",
      "Premier Marlene Stoesz said Alberta would not help.\n\nProducers must report emissions "
      "under Bill C-41, the Clean Energy Transition Accountability Act.\n\n\"Ottawa cannot ask "
      "Albertans to stand with it,\" she said.\n\nWitness N7, who spoke from behind a screen, "
      "was calm.\n\n\"The group behind this attack operates from abroad,\" Witness N7 said.\n",
      { { "Ottawa cannot ask", "Marlene Stoesz", "full" },
        { "The group behind", "Witness N7", "full" } } },
    /* "The 54-year-old from Guadalajara": where a person is from names
     * no speaker, neither for the quote before nor as a subject */
    { "a_person_from_a_place_is_not_the_place",
      "National coach Jes\xC3\xBAs Arredondo Villase\xC3\xB1or read from a sheet.\n\n"
      "\xE2\x80\x9CThey treat us like employees,\xE2\x80\x9D he said.\n\n\xE2\x80\x9CI was "
      "hired to pick the best players in Mexico.\xE2\x80\x9D\n\nThe 54-year-old from "
      "Guadalajara denied he was thinking about resigning, saying he would leave only "
      "\xE2\x80\x9Cwhen the contract ends\xE2\x80\x9D.\n",
      { { "They treat us", "Jes\xC3\xBAs Arredondo Villase\xC3\xB1or", "full" },
        { "I was hired", "Jes\xC3\xBAs Arredondo Villase\xC3\xB1or", "full" },
        { "when the contract ends", "Jes\xC3\xBAs Arredondo Villase\xC3\xB1or", "partial" } } },
    /* "in Belo Horizonte, the partnership makes economic sense": a clause
     * after the place, not an apposition naming a person ("economic" is a
     * portfolio word of titles) */
    { "a_clause_after_a_place_is_no_apposition",
      "\"We are open to meeting the leaders,\" said Gl\xC3\xB3ria Teixeira.\n\nMarket\n\n"
      "For Rafael Vasconcelos de Albuquerque, professor of mineral economics at a federal "
      "university in Belo Horizonte, the partnership makes economic sense.\n\n\"Joint "
      "processing is what the two countries have been discussing for fifteen years.\"\n",
      { { "We are open", "Gl\xC3\xB3ria Teixeira", "full" },
        { "Joint processing", "Rafael Vasconcelos de Albuquerque", "full" } } },
    /* a second given name and the last surname stand for the full name */
    { "second_given_name_and_last_surname_are_the_person",
      "Maria da Gl\xC3\xB3ria Nascimento Teixeira, the mining secretary, signed the deal.\n\n"
      "\"We want to be good neighbours,\" said Gl\xC3\xB3ria Teixeira.\n",
      { { "We want to be good", "Maria da Gl\xC3\xB3ria Nascimento Teixeira", "full" } } },
    /* "…, and afterwards told reporters": the "and" before an adverb */
    { "and_afterwards_told_shares_the_subject",
      "Foreign Minister Rodrigo Esteban Villalba C\xC3\xA1" "ceres received Ambassador "
      "Mar\xC3\xAD" "a In\xC3\xA9s Ferreyra at the palace, and afterwards told reporters that "
      "Paraguay had \"exhausted the technical channels\" and would act.\n",
      { { "exhausted the technical", "Rodrigo Esteban Villalba C\xC3\xA1" "ceres", "partial" } } },
    /* "Navkaar Technologies CEO and MD Venkatesh K. Raghavan": two titles
     * joined by "and", not an organisation's name running on */
    { "ceo_and_md_joins_titles_not_an_organisation",
      "[Image] Navkaar Technologies CEO and MD Venkatesh K. Raghavan at the campus. "
      "\"Clients are no longer asking whether to spend,\" he told analysts on Thursday.\n",
      { { "Clients are no longer", "Venkatesh K. Raghavan", "full" } } },
    /* "the Cypriot minister" of two ministers: the one the place fits,
     * though the other was mentioned last */
    { "a_role_s_place_picks_its_holder",
      "[Photo] Egyptian Petroleum Minister Karim Abdel-Moneim El-Sayed and Cypriot Energy "
      "Minister Giorgos Lambrou sign the agreement on Monday.\n\n\"This is a historic day,\" "
      "El-Sayed said.\n\nFor his part, the Cypriot minister said his country saw Egypt as "
      "\"a reliable partner in a region that needs them.\"\n",
      { { "This is a historic day", "Karim Abdel-Moneim El-Sayed", "full" },
        { "a reliable partner", "Giorgos Lambrou", "partial" } } },
    /* "who gave his name only as Artjom", "under the name Baron Von
     * Crumpet": a name the text presents as someone's is a person's */
    { "a_name_given_as_a_name_introduces_a_person",
      "Parishioners were divided.\n\n\"The state has no business here,\" said Nade\xC5\xBE" "da, "
      "67, a retired worker.\n\nA younger man who gave his name only as Artjom was more "
      "pragmatic. \"Honestly, I do not care what they call it.\"\n\nCraig Maddox arrived "
      "first.\n\nThe Tea and Biscuits Party candidate, who stands under the name Baron Von "
      "Crumpet, wore a top hat.\n\n\"I am here for the free sandwiches,\" he said.\n",
      { { "The state has no", "Nade\xC5\xBE" "da", "full" },
        { "Honestly, I do not care", "Artjom", "full" },
        { "I am here for", "Baron Von Crumpet", "full" } } },
    /* "Zara Okonjo, of Heathcote Law, which represented …": a name that
     * "which" follows is no person (unless a role names one before it) */
    { "a_name_followed_by_which_is_no_person",
      "Network director Kwame Asante said the ruling was a vindication.\n\nZara Okonjo, of "
      "Heathcote Law, which represented the residents, struck a more conciliatory note. "
      "\"We hope the Home Office will now sit down with the residents.\"\n",
      { { "We hope the Home Office", "Zara Okonjo", "full" } } },
    /* "Meenakshi Sundaram of Trivikram Securities asked": the person of
     * a firm whose name has no organisation word */
    { "a_person_of_a_firm_named_plainly",
      "Meenakshi Sundaram of Trivikram Securities asked about the retail account: \"Is the "
      "ramp-down a loss to a competitor?\"\n\nThe Royal College of Midwives said the closure "
      "was \"a symptom of years of understaffing\".\n",
      { { "Is the ramp-down", "Meenakshi Sundaram", "full" },
        { "a symptom of years", NULL, "partial" } } },
    /* "the agent, Marcelo Tavares Lins, whom he accused of …": he is not
     * the one the "whom" clause is about */
    { "he_in_a_whom_clause_is_not_its_antecedent",
      "Club president Jos\xC3\xA9 Manuel Barros Quintela was furious.\n\nThe 67-year-old also "
      "turned his fire on the player's agent, Marcelo Tavares Lins, whom he accused of "
      "\"poisoning the boy's head\".\n",
      { { "poisoning the boy", "Jos\xC3\xA9 Manuel Barros Quintela", "partial" } } },
    /* "a Thamesmead spokesperson", "an IAIA spokesman": the organisation
     * the modifier names, in full */
    { "a_named_spokesperson_speaks_for_the_full_name",
      "Thamesmead United have bid for the striker.\n\nTHAMESMEAD STAY CALM\n\nA Thamesmead "
      "spokesperson later added: \"We do not comment on speculation.\"\n\nThe International "
      "Athletics Integrity Agency (IAIA) banned the runner.\n\nAsked about it, an IAIA "
      "spokesman said: \"Our decisions are based on evidence.\"\n",
      { { "We do not comment", "Thamesmead United", "full" },
        { "Our decisions are based", "International Athletics Integrity Agency", "full" } } },
    /* "the union" is the union named before, whatever its name's words,
     * a plural possessive inside the name included */
    { "the_union_is_the_union_named_before",
      "The Association of Professional Footballers of Mexico (AFPM), which represents the "
      "players, called for talks.\n\n\"We call on both sides to resolve their "
      "differences,\" the union said.\n\nThe Allied Health Workers\xE2\x80\x99 Union balloted its "
      "members.\n\nA Department of Health spokesman said: \"We urge both sides to talk.\"\n\n"
      "The union said a walkout would go ahead unless \"a credible offer\" was tabled.\n",
      { { "We call on both sides", "Association of Professional Footballers of Mexico", "full" },
        { "We urge both sides", NULL, "full" },
        { "a credible offer", "Allied Health Workers\xE2\x80\x99 Union", "partial" } } },
    /* "estimated that", "indicated in a statement that", "he pointed out"
     * report speech */
    { "estimated_indicated_and_pointed_out_are_cues",
      "Agustina Ferr\xC3\xA9, chief economist at Campo Datos, estimated that a strike could "
      "shave \"between US$600 million and US$900 million\" off exports.\n\nLater, the "
      "Ministry of Hydrocarbons and Energy indicated in a statement that \"the doors of "
      "dialogue are open\".\n\nThe analyst Gonzalo Mendieta recalled the pilot plant.\n\n"
      "\"Bolivia has been announcing this for fifteen years,\" he pointed out.\n",
      { { "between US$600", "Agustina Ferr\xC3\xA9", "partial" },
        { "the doors of dialogue", "Ministry of Hydrocarbons and Energy", "partial" },
        { "Bolivia has been", "Gonzalo Mendieta", "full" } } },
    /* a witness known by a first name or a number, and the counsel
     * questioning her, who is not the one answering */
    { "a_witness_answers_not_her_questioner",
      "The girl, who was referred to in court only by her first name, Jasmine, gave "
      "evidence on Tuesday.\n\nUnder questioning from Crown prosecutor Annabelle Ferris, SC, "
      "she said the group was walking back to the car.\n\n\"He thought one of us had hit his "
      "car,\" she said.\n\nThe garda was referred to throughout the hearing as Witness 7.\n\n"
      "Una Walsh, counsel for the tribunal, took him through the log.\n\n\"Can you explain the gap?\" Ms Walsh "
      "asked.\n\n\"I have no explanation for it,\" the witness replied.\n",
      { { "He thought one of us", "Jasmine", "full" },
        { "Can you explain", "Una Walsh", "full" },
        { "I have no explanation", "Witness", "full" } } },
    /* appositions with a portfolio ("Minister of Irrigation and Water
     * Resources"), a dotted title ("Prof. X") or a bracketed degree ("X
     * (PhD)") before the cue */
    { "portfolio_dotted_title_and_degree_in_appositions",
      "Sudan's Minister of Irrigation and Water Resources, Prof. Hashim Eltayeb Mohamed Ahmed, "
      "who led the delegation, said Sudan saw benefits.\n\n\"Sudan sees the benefits of the "
      "dam.\"\n\nWater engineering lecturer at the Addis Ababa Institute of Technology, Yilkal "
      "Asfaw (PhD), told ENA that the deal was practical.\n\n\"The data-sharing mechanism is "
      "the most practical step.\"\n",
      { { "Sudan sees the benefits", "Hashim Eltayeb Mohamed Ahmed", "full" },
        { "The data-sharing mechanism", "Yilkal Asfaw", "full" } } },
    /* "Sheikh" inside a Somali name is part of it, not a title */
    { "sheikh_inside_a_name_is_no_title",
      "Speaking by phone, Somalia\xE2\x80\x99s Interior Minister Abdikarim Nur Sheikh Ali was "
      "unapologetic.\n\n\xE2\x80\x9CThe Somali people have waited more than fifty years.\xE2"
      "\x80\x9D\n",
      { { "The Somali people", "Abdikarim Nur Sheikh Ali", "full" } } },
    /* police ranks abbreviated in a row: "Insp. Gen. X", "Det. Supt. X" */
    { "abbreviated_police_ranks_before_a_name",
      "\"We have named 14 suspects,\" Riau Police chief Insp. Gen. Teguh Wicaksono said.\n\n"
      "Det. Supt. Mark Cole said the inquiry was \"at an early stage\".\n",
      { { "We have named", "Teguh Wicaksono", "full" },
        { "at an early stage", "Mark Cole", "partial" } } },
    /* a possessive ends a name run before a hyphenated word or a given
     * name: "Chepkurui's Kenyan-born coach", "CDC's Aminata Diallo" */
    { "a_possessive_ends_the_run_before_it",
      "\"We are ready,\" he said.\n\nChepkurui's Kenyan-born coach, Julius Kiprop Tanui, also "
      "rejected the claims.\n\n\"Rebecca trained with us in Kapchorwa all season.\"\n\n"
      "\"We will not be at the back of the queue,\" said Africa CDC's Aminata Diallo.\n",
      { { "We are ready", NULL, "full" },
        { "Rebecca trained with us", "Julius Kiprop Tanui", "full" },
        { "We will not be at the back", "Aminata Diallo", "full" } } },
    /* "d'Ursel" is a capitalised name; a ship after BRP is no person; a
     * person "from canton Ticino" is not Ticino */
    { "elided_particles_ships_and_places_of_origin",
      "\xE2\x80\x9CNeither camp can win outright,\xE2\x80\x9D said Jean-Marc d'Ursel, senior "
      "fellow at the Arcadia Institute.\n\nSecretary Maria Corazon Villarama spoke to "
      "reporters. Ms Villarama said the incident, in which a vessel fired water cannon at the "
      "BRP Datu Tamblot, was deliberate.\n\n\xE2\x80\x9CIt was not an accident.\xE2\x80\x9D"
      "\n\nSocial Democrat parliamentarian Nadia Rossetti from canton Ticino said: \"This "
      "initiative would have tied the government's hands.\"\n",
      { { "Neither camp can win", "Jean-Marc d'Ursel", "full" },
        { "It was not an accident", "Maria Corazon Villarama", "full" },
        { "This initiative would", "Nadia Rossetti", "full" } } },
    /* "…, but said", an age before a name, "For the economist X,", "10
     * p.m." inside a sentence, and she as the sentence's subject rather
     * than the object of "against" */
    { "but_said_age_for_the_role_pm_and_subject_over_object",
      "The Monetary Policy Committee held the rate, but said it would keep it there \"for a "
      "very prolonged period\".\n\n[Photo] Crews carry 81-year-old Remedios Ramos through "
      "floodwater. \xE2\x80\x9CI thought it was our end,\xE2\x80\x9D she told rescuers.\n\n"
      "For the economist Gonzalo Mendieta, a mining specialist, the contract is \"better "
      "written than the last\".\n\nTop seed Mariana Ferreira da Silva won again.\n\nFerreira "
      "da Silva, 29, had finished after midnight, following the quarterfinal against the Czech "
      "qualifier Tereza Hor\xC3\xA1kov\xC3\xA1.\n\nShe told reporters that starting at 10 p.m. "
      "was \"not fair on anyone\".\n",
      { { "for a very prolonged", "Monetary Policy Committee", "partial" },
        { "I thought it was", "Remedios Ramos", "full" },
        { "better written", "Gonzalo Mendieta", "partial" },
        { "not fair on anyone", "Mariana Ferreira da Silva", "partial" } } },
    /* "from Wigan, Greater Manchester," names a region, not a person */
    { "a_region_after_from_a_place_is_no_person",
      "Kelly Ashworth, 38, from Wigan, Greater Manchester, has two children.\n\nSpeaking at "
      "home, she told us: \xE2\x80\x9CThey\xE2\x80\x99re putting a price on my life.\xE2\x80"
      "\x9D\n",
      { { "They", "Kelly Ashworth", "full" } } },
    /* "X has long complained that …": "long" is an adverb between the
     * subject and its cue */
    { "has_long_complained_keeps_its_subject",
      "Governor Takanori Hirose has long complained that the central government treats Saga "
      "as \"a convenient place to put what nobody else wants.\"\n",
      { { "a convenient place", "Takanori Hirose", "partial" } } },
    /* the Pacific ʻokina (U+02BB) is a letter of the name it opens */
    { "okina_opens_a_name",
      "\xE2\x80\x9CThe science was clear,\xE2\x80\x9D said \xCA\xBBIoana Kaufusi, a marine "
      "biologist.\n",
      { { "The science was clear", "\xCA\xBBIoana Kaufusi", "full" } } },
    /* a transcript answer of several paragraphs is one statement, up to
     * the next label */
    { "a_transcript_answer_runs_over_its_paragraphs",
      "Jonathan Halloran, Department Spokesperson\n\nMR HALLORAN: Good afternoon, everybody. "
      "Just one item at the top.\n\nThe United States welcomes today's announcement by the "
      "two governments.\n\nWith that, Lara.\n\nQUESTION: Thanks. Can you confirm the "
      "exchange is under discussion?\n\nMR HALLORAN: I am not going to get into private "
      "diplomatic conversations, Lara.\n",
      { { "Good afternoon, everybody", "Jonathan Halloran", "full" },
        { "I am not going to get into", "Jonathan Halloran", "full" } } },
    /* "a co-chair of the Caucus on Hellenic Issues," is no second person
     * in the paragraph */
    { "a_name_after_on_is_a_topic_not_a_person",
      "\"That is the law,\" said Senator Beau Hargrove.\n\nRepresentative Nicholas "
      "Stavridakis, Democrat of New York and a co-chair of the Congressional Caucus on Hellenic "
      "Issues, raised a different objection. \"Turkey keeps sending its jets into Greek "
      "airspace.\"\n",
      { { "That is the law", "Beau Hargrove", "full" },
        { "Turkey keeps sending", "Nicholas Stavridakis", "full" } } },
    /* a capitalised role opening the sentence with its "The" */
    { "the_prime_minister_opening_a_sentence_is_a_subject",
      "Prime Minister John Mauga thanked New Zealand.\n\nThe Prime Minister said the "
      "arrangement was \"a model for the region\".\n\nOpposition Leader Jacob Kaiyo was "
      "unmoved.\n\nThe Opposition Leader said the deal amounted to \"sovereignty on a payment "
      "plan\".\n",
      { { "a model for the region", "John Mauga", "partial" },
        { "sovereignty on a payment", "Jacob Kaiyo", "partial" } } },
    /* a paragraph of one short sentence whose subject is a named
     * organisation speaks the uncued quote after it */
    { "an_organisation_s_short_paragraph_before_an_uncued_quote",
      "Washington would \"continue to raise concerns\", a US official said.\n\nThe Chinese "
      "Embassy in Kiribati rejected the criticism.\n\n\xE2\x80\x9C" "China-Kiribati "
      "fisheries cooperation is open and lawful.\xE2\x80\x9D\n",
      { { "continue to raise", "", "partial" },
        { "China-Kiribati fisheries", "Chinese Embassy in Kiribati", "full" } } },
    /* "said his wife, Grace, a retired midwife": the name in apposition to
     * a kin noun is the speaker, and a person introduced for "she" */
    { "a_name_after_his_wife_is_the_speaker",
      "Dr Emmanuel Oyelaran came to Kilbrennan in 1979.\n\n\xE2\x80\x98" "Emmanuel came "
      "here for six months and stayed,\xE2\x80\x99 said his wife, Grace, a retired midwife. She "
      "said he had \xE2\x80\x98never once talked about retiring\xE2\x80\x99, finally "
      "handing over the practice.\n",
      { { "Emmanuel came here", "Grace", "full" },
        { "never once talked", "Grace", "partial" } } },
    /* a dateline's dash opens the clause of the person it introduces; a
     * page's share buttons are no person */
    { "dateline_dash_introduces_share_buttons_do_not",
      "Share    Post    Email    Copy link\n\nAPARRI, Philippines (AN) \xE2\x80\x94 Rolando "
      "Pascua spent Wednesday picking through the remains of his house.\n\n\xE2\x80\x9CWe "
      "have nothing left,\xE2\x80\x9D the 54-year-old fisherman said.\n",
      { { "We have nothing left", "Rolando Pascua", "full" } } },
    /* "Mme", "Mlle": French honorifics, as Mrs and Miss */
    { "mme_is_an_honorific",
      "Sylvie Lemarchand, the mayor of Vireloup, wrote to the council.\n\nMme Lemarchand "
      "said the town felt \"deeply hurt\".\n",
      { { "deeply hurt", "Sylvie Lemarchand", "partial" } } },
    /* "GARY Whitlock accused …": a tabloid lead's shouted first name is
     * the name's own first word; a surname opening a clause after a comma
     * is the paragraph's one person */
    { "a_shouted_given_name_and_a_surname_after_a_comma",
      "GARY Whitlock accused the referee of \"bottling it\".\n\nKieran O'Dowd's double had "
      "turned the game.\n\nTold that his opposite number had called it a clear penalty, "
      "Whitlock managed a thin smile. \"Martin would say that, wouldn't he?\"\n",
      { { "bottling it", "Gary Whitlock", "partial" },
        { "Martin would say that", "Gary Whitlock", "full" } } },
    /* a portfolio's list ends before a person's name: "Cabinet Member for
     * Highways and Transport, Cllr Mark Oduya," is no organisation's name */
    { "a_portfolio_list_ends_before_a_person",
      "Cabinet Member for Highways and Transport, Cllr Mark Oduya, said the road would be "
      "built with \"the environment at its heart\".\n\nThe Ministry of Trade, Industry and "
      "Energy said it \"respects the business decisions of private companies\".\n",
      { { "the environment at", "Mark Oduya", "partial" },
        { "respects the business", "Ministry of Trade, Industry and Energy", "partial" } } },
    /* "said the Basque": a nationality after an inverted cue is a person */
    { "said_the_basque_is_a_person",
      "Spanish qualifier \xC3\x81lvaro S\xC3\xA1" "ez de Ibarra reached the final.\n\nS\xC3\xA1" "ez "
      "de Ibarra said he had not seen the mark.\n\n\"Honestly, from my side I could not see "
      "anything,\" said the Basque, who is into his first final.\n",
      { { "Honestly, from my side", "\xC3\x81lvaro S\xC3\xA1" "ez de Ibarra", "full" } } },
    /* a known surname opening the paragraph before an uncued quote, with
     * a verb after it, is the paragraph's one person */
    { "a_surname_opening_the_paragraph_before_an_uncued_quote",
      "Rovers boss Gary Whitlock saw red.\n\nKieran O'Dowd had scored twice.\n\nWhitlock was "
      "still seething when he arrived for his press conference.\n\n\"It's scandalous, "
      "absolutely scandalous.\"\n\nHalsworth manager Martin McAvoy saw it differently.\n\n"
      "\"From where I was standing it's a penalty.\"\n",
      { { "It's scandalous", "Gary Whitlock", "full" },
        { "From where I was", "Martin McAvoy", "full" } } },
    /* "Barrister X, representing Verdant Harbour, told": a clause after
     * the name, not a role's apposition */
    { "a_participle_clause_after_the_name_is_no_apposition",
      "Barrister Jonathan Kwok, representing Verdant Harbour, told the court at that hearing: "
      "\xE2\x80\x9CThe company has had well over a year.\xE2\x80\x9D\n",
      { { "The company has had", "Jonathan Kwok", "full" } } },
    /* "Xalida, a 41-year-old mother of five," introduces her for "she" */
    { "a_one_word_name_with_an_age_apposition_is_introduced",
      "Families spoke to the teams about their fears. Xalida, a 41-year-old mother of five "
      "from the village of Tel Qasab, showed staff photographs of her house.\n\n\"My house "
      "has no roof and no walls,\" she said.\n",
      { { "My house has no roof", "Xalida", "full" } } },
    /* "X of Y" in an apposition's first segment: the titled or named
     * person before "of", not the place or party after it */
    { "a_titled_person_of_a_place_or_party",
      "Ambassador Nomvula Dlamini-Sithole of South Africa, speaking for the G77, told the "
      "group: \"Our patience with that argument is finished.\"\n\nArchbishop Ilarion of Soroca, "
      "speaking alongside Bishop Nectarie of Hince, said the three could \"no longer "
      "commemorate the Patriarch\".\n",
      { { "Our patience", "Nomvula Dlamini-Sithole", "full" },
        { "no longer commemorate", "Ilarion", "partial" } } },
    /* "Amman police said", "explains X" after a quote, "said the
     * Forum's convenor, X", "the court clarified that" */
    { "police_explains_convenor_and_clarified",
      "Amman police said in a statement that officers had \"intervened swiftly\".\n\n"
      "\"Legally, both sides have arguments,\" explains Hortense Ngo Bisse, a sports lawyer.\n\n"
      "\"This is how the Board treats its heroes,\" said the Forum's convenor, Mohamed Rizvi "
      "Cassim.\n\nThe Supreme Court heard the case. The court clarified that it had \"not "
      "expressed any opinion on the merits\".\n",
      { { "intervened swiftly", "Amman police", "partial" },
        { "Legally, both sides", "Hortense Ngo Bisse", "full" },
        { "This is how the Board", "Mohamed Rizvi Cassim", "full" },
        { "not expressed any opinion", "Supreme Court", "partial" } } },
    /* the last segment's organisation before its acronym in brackets */
    { "an_organisation_before_its_acronym_in_apposition",
      "The largest producer, Lualaba Heng Da Mining (LHDM), said in a statement that it "
      "\"respects the sovereign decisions of the State\".\n",
      { { "respects the sovereign", "Lualaba Heng Da Mining", "partial" } } },
    /* any outlet noun of the word class, not only "paper" and "daily" */
    { "the_magazine_wrote_finds_the_magazine_named_before",
      "The weekly magazine Harbour Review called the merger a mistake, and port director "
      "Anna Berg disagreed.\n\n\xE2\x80\x9CWe have done this by the book,\xE2\x80\x9D Berg "
      "said.\n\n\xE2\x80\x9CThe port cannot serve two masters,\xE2\x80\x9D the magazine "
      "wrote in its editorial.\n",
      { { "We have done this", "Anna Berg", "full" },
        { "The port cannot serve", "Harbour Review", "full" } } },
    /* a role's portfolio in capitals between it and the name, before the
     * mention only; a portfolio run ending in a named person */
    { "a_role_then_its_portfolio_then_the_name",
      "Speaking in Nairobi, the Cabinet Secretary for Agriculture and Livestock Development, "
      "Hon. Dr. Wanjiku Njeri Kamau, EGH, spoke of integration.\n\nThe Cabinet Secretary "
      "clarified that the checks \xE2\x80\x9C" "are not directed at Uganda\xE2\x80\x9D.\n\n"
      "The Minister of Industry, Trade and Investment, Dr Oluwaseun Adeyemi, signed the pact, "
      "watched by the trader Folake Bello.\n\n\xE2\x80\x9CWe will share the "
      "responsibility,\xE2\x80\x9D the minister said.\n\nMinister of Water and Energy "
      "Tesfaye Gebremedhin told journalists the dam was built for all.\n\nAccording to the "
      "minister, the talks were held \xE2\x80\x9Cin a spirit of brotherhood\xE2\x80\x9D.\n\n"
      "Sudan\xE2\x80\x99s Minister of Irrigation and Water Resources, Prof. Hashim Eltayeb, "
      "who led the delegation, said Sudan saw benefits.\n",
      { { "are not directed at Uganda", "Wanjiku Njeri Kamau", "partial" },
        { "We will share the", "Oluwaseun Adeyemi", "full" },
        { "in a spirit of brotherhood", "Tesfaye Gebremedhin", "partial" } } },
    /* a relative clause in the sentence before does not make the role
     * before a name a relative clause's */
    { "a_relative_clause_in_the_sentence_before_is_not_this_one_s",
      "The agency, which owns the trucks, says it is still negotiating. Its country director "
      "for Chad, Anders Kjellberg, told us by phone:\n\n\xE2\x80\x98We have 64 trucks parked "
      "in the sun.\xE2\x80\x99\n",
      { { "We have 64 trucks", "Anders Kjellberg", "full" } } },
    /* "the company" is no public body, and a trade word follows a
     * business's own name ("Crannóg Stores", not "Co Galway") */
    { "the_company_is_no_board_nor_a_county",
      "Workers at a Pellmont Logistics warehouse will vote next month, the National Labor "
      "Relations Board said.\n\nThe company said it \"will respect the outcome\".\n\n"
      "Farmers picketed Cran\xC3\xB3g Stores on Tuesday. Among them was Mair\xC3\xA9" "ad "
      "Walsh, who farms outside Headford, Co Galway.\n\nThe company said the blockade "
      "\"does nothing to resolve the issue\".\n",
      { { "will respect the outcome", "Pellmont Logistics", "partial" },
        { "does nothing to resolve", "Cran\xC3\xB3g Stores", "partial" } } },
    /* post-nominal letters after a name in apposition to a role */
    { "post_nominal_letters_are_no_apposition",
      "On the consignments, the Principal Secretary, Mr. Otieno Odhiambo, CBS, stated that "
      "the exercise was \xE2\x80\x9Cproceeding in an orderly manner\xE2\x80\x9D.\n",
      { { "proceeding in an orderly", "Otieno Odhiambo", "partial" } } },
    /* an unnamed spokeswoman's organisation may be a business by its
     * trade word */
    { "a_spokeswoman_speaks_for_a_business_named_by_its_trade",
      "Halbrook Therapeutics said it was \xE2\x80\x9C" "committed\xE2\x80\x9D to the drug.\n\n"
      "A spokeswoman said: \xE2\x80\x9CWe share the frustration of patients.\xE2\x80\x9D\n",
      { { "committed", "Halbrook Therapeutics", "partial" },
        { "We share the frustration", "Halbrook Therapeutics", "full" } } },
    /* "the source" is a person the article does not name, not the last
     * speaker */
    { "the_source_is_unnamed_not_the_last_speaker",
      "Health Secretary Martin Crane refused to budge.\n\n\xE2\x80\x9CI have every sympathy "
      "with her,\xE2\x80\x9D he said.\n\nA Whitehall source was blunter. \xE2\x80\x9C"
      "They are holding a gun to our heads,\xE2\x80\x9D the source fumed. \xE2\x80\x9C"
      "It is disgusting.\xE2\x80\x9D\n",
      { { "I have every sympathy", "Martin Crane", "full" },
        { "They are holding a gun", "", "full" },
        { "It is disgusting.", "", "full" } } },
    /* "A Western diplomat in N'Djamena, who asked not to be named, said":
     * the noun phrase before the place, an unnamed source */
    { "a_source_in_a_place_then_a_relative_clause",
      "Partners reacted cautiously. A Western diplomat in N'Djamena, who asked not to be "
      "named, said embassies had been told \"barely twelve hours before\".\n\n\"The "
      "question is whether anybody believes the dates,\" the diplomat said.\n",
      { { "barely twelve hours", "", "partial" },
        { "The question is", "", "full" } } },
    /* "the official said" after "An EU official ..., speaking on condition
     * of anonymity," is that unnamed official; after "X, 58, a fisherman"
     * or "an official, identified only as Witness N7," the named one */
    { "the_role_after_an_indefinite_mention_is_unnamed",
      "Stavros Kalogeropoulos, spokesperson for the ministry, said the coast guard had no "
      "record.\n\nAn EU official in Brussels, speaking on condition of anonymity, said the "
      "Commission had seen the reports.\n\n\xE2\x80\x9CWe are aware of the reports,"
      "\xE2\x80\x9D the official said.\n\nDown at the harbor, Kim Jae-won, 58, a crab "
      "fisherman, said boats must stay in port.\n\n\xE2\x80\x9C" "Every day tied up costs us "
      "money,\xE2\x80\x9D the fisherman said.\n\nThe inquiry also heard from a senior "
      "official at the agency, identified only as Witness N7, who spoke from behind a "
      "screen.\n\n\xE2\x80\x9CThe group operates from abroad,\xE2\x80\x9D the official "
      "said.\n",
      { { "We are aware", "", "full" },
        { "Every day tied up", "Kim Jae-won", "full" },
        { "The group operates", "Witness N7", "full" } } },
};

START_TEST(attribution_case)
{
    st_test_quote_case(&cases[_i]);
}
END_TEST

Suite *st_suite_attrib_round11(void)
{
    return st_test_loop_suite("attrib_round11", attribution_case, sizeof cases / sizeof *cases);
}
