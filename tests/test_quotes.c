/* test_quotes.c - quote extraction and attribution, one construct a case.
 *
 * Data-driven like Jansson's suites: each case is an article and the
 * statements it must yield, in order (words, speaker, kind).  A case that
 * lists no statements asserts that nothing is emitted. */
#include "suites.h"
#include "../features/quotes.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const st_qcase cases[] = {
    { "x_said_curly",
      "Talks resumed on Monday.\n\n“We are ready to listen,” Mara Lindqvist said.\n",
      { { "We are ready to listen,", "Mara Lindqvist", "full" } } },
    { "said_x_inverted_with_apposition",
      "“The window is closing,” said Tomasz Wrona, a senior fellow at the Baltic Institute.\n",
      { { "The window is closing,", "Tomasz Wrona", "full" } } },
    { "said_descriptor_words_then_full_name",
      "Shipments stalled at the port.\n\n“We have three ships on the water,” said distributor "
      "Beau Landry.\n\n“Prices will rise,” says consumer champion Priya Rao of the shoppers’ "
      "group.\n\n“We are ready,” said talks resumed Monday.\n",
      { { "We have three ships on the water,", "Beau Landry", "full" },
        { "Prices will rise,", "Priya Rao", "full" },
        { "We are ready,", "Priya Rao", "full" } } },
    { "council_and_spanish_titles_before_a_surname_or_given_name",
      "Group leader Cllr Tomasz Wójcik accused the council.\n\n‘This budget was written in a "
      "panic,’ Cllr Wójcik said.\n\nTeodora Vaca, who sells cheese, remembers the strike.\n\n"
      "“My stall was closed,” Doña Teodora said.\n",
      { { "This budget was written in a panic,", "Tomasz Wójcik", "full" },
        { "My stall was closed,", "Teodora Vaca", "full" } } },
    { "pronoun_after_roles_written_in_lowercase",
      "“We protest,” said Kim Tae-yang, a director general.\n\n"
      "The ministry called in Mizuno Ren, deputy chief of mission, to hear it.\n\n"
      "“I listened carefully,” he said.\n\n"
      "“It is a disaster,” said Callum MacLeod, a distiller.\n\n"
      "Somerset cheesemaker Tom Higginbottom took to social media. “Spent 30 years,” he "
      "wrote.\n\n"
      "Head of public affairs John Smith met them. “We listened,” he said.\n",
      { { "We protest,", "Kim Tae-yang", "full" },
        { "I listened carefully,", "Mizuno Ren", "full" },
        { "It is a disaster,", "Callum MacLeod", "full" },
        { "Spent 30 years,", "Tom Higginbottom", "full" },
        { "We listened,", "John Smith", "full" } } },
    { "agent_noun_before_a_broadcaster_is_not_a_person",
      "Colonel Ali Garba, a spokesman, was quoted by state broadcaster Télé Sahel as saying "
      "the border would stay shut.\n\n“Security is non-negotiable,” he said.\n",
      { { "Security is non-negotiable,", "Ali Garba", "full" } } },
    { "embassy_in_a_city_and_delegation_to_a_country",
      "The Chinese Embassy in New Delhi, in a statement posted after the talks, said the two "
      "countries were “partners rather than rivals”.\n\n"
      "The EU Delegation to Georgia said it was “deeply concerned”.\n",
      { { "partners rather than rivals", "Chinese Embassy in New Delhi", "partial" },
        { "deeply concerned", "EU Delegation to Georgia", "partial" } } },
    { "capitalised_role_after_the_and_councilmember",
      "Deputy Minister Ayşe Çelik opened the briefing.\n\nCases rose in June.\n\n"
      "“The increase is significant,” the Deputy Minister said.\n\n"
      "Councilmember Rosa Delgado chaired the hearing.\n\nThe report found overtime rose.\n\n"
      "“Nobody can work that many hours,” the councilmember said.\n",
      { { "The increase is significant,", "Ayşe Çelik", "full" },
        { "Nobody can work that many hours,", "Rosa Delgado", "full" } } },
    { "role_then_name_in_apposition",
      "The film’s director, Turkish documentary maker Elif Kaya Demirtaş, told reporters she "
      "was “heartbroken” by the walkout.\n\n"
      "The Data Commissioner, Wanjiru Kamau-Otieno, said: “Borrowing is not a crime.”\n\n"
      "The view of Lukas Brenner, general manager of a supplier in Foshan, south China‘s "
      "Guangdong Province, who said orders were “harder to forecast”.\n\n"
      "Rafael Nogueira, mayor of Foz do Iguaçu, said it was “a disgrace”.\n",
      { { "heartbroken", "Elif Kaya Demirtaş", "partial" },
        { "Borrowing is not a crime.", "Wanjiru Kamau-Otieno", "full" },
        { "harder to forecast", "Lukas Brenner", "partial" },
        { "a disgrace", "Rafael Nogueira", "partial" } } },
    { "role_with_portfolios_then_name",
      "In a statement, Ghana’s Minister for Tourism, Arts and Culture, Akosua Boateng-Mensah, "
      "welcomed the return as “an important act of honesty”.\n",
      { { "an important act of honesty", "Akosua Boateng-Mensah", "partial" } } },
    { "a_name_as_object_does_not_take_the_pronoun",
      "Lumora AI said it would “appeal”.\n\n"
      "Commission spokesperson Teodora Vasileva told reporters the rules apply.\n\n"
      "She said the office had sent Lumora a request. “We will look at the documentation "
      "first,” she said.\n\n"
      "Maartje van den Berg, who directs the museum, gave an interview.\n\n"
      "The minister sent Teodora a letter. Asked about it, van den Berg did not retreat. "
      "“I understand,” she said.\n",
      { { "appeal", "Lumora AI", "partial" },
        { "We will look at the documentation first,", "Teodora Vasileva", "full" },
        { "I understand,", "Maartje van den Berg", "full" } } },
    { "colon_cue_after_a_heading_does_not_reach_the_paragraph_before",
      "ATHLETES\n\nTurkish volleyball player Ece Şahin, 19, who won bronze, told Meridian "
      "Press by telephone:\n\n“I cried when I heard.”\n\nANALYSTS\n\n"
      "Sato Haruki, a sports economist at Waseda University in Tokyo, said:\n\n"
      "“Youth Games rarely make money.”\n",
      { { "I cried when I heard.", "Ece Şahin", "full" },
        { "Youth Games rarely make money.", "Sato Haruki", "full" } } },
    { "country_possessive_ministry_takes_the_adjective",
      "The broadcaster quoted Kyrgyzstan’s Foreign Ministry as saying the vote was “calm”.\n\n"
      "Mozambique’s energy ministry said the pipeline was “safe”.\n",
      { { "calm", "Kyrgyz Foreign Ministry", "partial" },
        { "safe", "Mozambican energy ministry", "partial" } } },
    { "interview_answer_after_narration_with_a_pronoun",
      "Amina Diallo keeps two objects on her desk. “That pack killed a child,” she says.\n\n"
      "The office is two floors of a rented block in Kigali.\n\n"
      "The question everyone asks is about speed. I put it to her that patients wait too "
      "long.\n\n“Absolutely, and I would go further.”\n",
      { { "That pack killed a child,", "Amina Diallo", "full" },
        { "Absolutely, and I would go further.", "Amina Diallo", "full" } } },
    { "emotive_cues_inverted_and_after_a_pronoun",
      "“I won,” beamed Tom Odell.\n\n"
      "Shopper Aisha Bello, 36, was picking up cheese. “I didn’t know we had a trade war,” she "
      "laughed.\n",
      { { "I won,", "Tom Odell", "full" },
        { "I didn’t know we had a trade war,", "Aisha Bello", "full" } } },
    { "describes_as_after_a_pronoun_is_quoted",
      "Mariam Sow, who leads the talks, spoke on Monday. The unification of forces, which she "
      "described as “the heart of the whole process”, comes first.\n\n"
      "The scheme, described as “Band A”, starts in May.\n",
      { { "the heart of the whole process", "Mariam Sow", "partial" } } },
    { "transcript_labels_in_capitals_and_named_questions",
      "Deputy Minister Ayşe Çelik and Dr Murat Yilmaz briefed reporters.\n\n"
      "Q (Elif Sahin, Anadolu Agency): Is the ministry satisfied with the response?\n\n"
      "DR. AYŞE ÇELİK: Every death is one too many, and I offer my condolences.\n\n"
      "MURAT YILMAZ: In Sivas, spraying has been completed in most villages.\n\n"
      "Q: Will the crossing close?\n\nMORE: Ministry says the season is early this year\n",
      /* (the reporter's question, "Q (…):", is no statement) */
      { { "Every death is one too many", "Ayşe Çelik", "full" },
        { "In Sivas, spraying", "Murat Yilmaz", "full" } } },
    { "colon_paragraph_without_a_reporting_verb",
      "“We will back the challenge,” Siobhán Ní Bhriain added.\n\n"
      "Cllr Faizal bin Osman, Cabinet Member for Planning, set out the next steps:\n\n"
      "“The council has six weeks to lodge a claim.”\n\n"
      "Speaking at a buying centre outside Kumasi, Kwabena Asante, the trade minister, was "
      "blunter:\n\n“We will not be the forest police.”\n",
      { { "We will back the challenge,", "Siobhán Ní Bhriain", "full" },
        { "The council has six weeks", "Faizal bin Osman", "full" },
        { "We will not be the forest police.", "Kwabena Asante", "full" } } },
    { "role_then_name_before_an_inline_colon",
      "The coalition said voting was “calm”.\n\n"
      "The coalition’s director, Mihaela Roșca, went further at a briefing: “We have no "
      "evidence of systemic fraud.”\n",
      { { "calm", "coalition", "partial" },
        { "We have no evidence of systemic fraud.", "Mihaela Roșca", "full" } } },
    { "the_workplace_after_a_role_is_not_a_person",
      "Parents met on Monday.\n\n"
      "Mrs Folasade Ogunbiyi, headteacher of Eastgate Infants, who would lead the merged "
      "school, tried to reassure families.\n\n“No child will change building,” she said.\n",
      { { "No child will change building,", "Folasade Ogunbiyi", "full" } } },
    { "told_reporters_then_surname",
      "Foreign Minister Amina Diallo arrived in Dakar.\n\n“Nothing is agreed yet,” Diallo told reporters.\n",
      { { "Nothing is agreed yet,", "Amina Diallo", "full" } } },
    { "according_to",
      "The deal is “a betrayal of farmers”, according to Henrik Solberg, who leads the union.\n",
      { { "a betrayal of farmers", "Henrik Solberg", "partial" } } },
    { "organisation_in_a_statement",
      "The Kremlin said in a statement: “Russia remains open to dialogue.”\n",
      { { "Russia remains open to dialogue.", "Kremlin", "full" } } },
    { "wrote_on_social_media",
      "Opposition leader Carla Mendes wrote on social media: “Today the country chose hope.”\n",
      { { "Today the country chose hope.", "Carla Mendes", "full" } } },
    { "quoted_by_agency_as_saying",
      "Deputy minister Pavel Orlov was quoted by Interfax as saying the talks were “useful but difficult”.\n",
      { { "useful but difficult", "Pavel Orlov", "partial" } } },
    { "document_quotes_a_person",
      "President Chen Jiahao spoke with his counterpart on Friday.\n\n"
      "“Our cooperation has no limits,” a foreign ministry statement quoted Chen as saying.\n",
      { { "Our cooperation has no limits,", "Chen Jiahao", "full" } } },
    { "title_stripped_from_name",
      "Russian ambassador to Kenya Oleg Markin said: “We value this partnership.”\n",
      { { "We value this partnership.", "Oleg Markin", "full" } } },
    { "pronoun_to_last_person",
      "Agnieszka Nowak, the trade commissioner, met exporters in Lodz.\n\n"
      "“We will not be bullied,” she said.\n",
      { { "We will not be bullied,", "Agnieszka Nowak", "full" } } },
    { "continuation_paragraph_without_cue",
      "“The first phase is complete,” Rafael Ortiz said.\n\n“The second begins in March.”\n",
      { { "The first phase is complete,", "Rafael Ortiz", "full" },
        { "The second begins in March.", "Rafael Ortiz", "full" } } },
    { "same_surname_most_recent",
      "Li Wenbo, an economist in Shanghai, said growth would slow.\n\n"
      "Li Meihua, a historian at Fudan University, disagreed.\n\n"
      "“The fundamentals are sound,” Li said.\n",
      { { "The fundamentals are sound,", "Li Meihua", "full" } } },
    { "diacritics_and_particles",
      "Recep Özdemir met Ursula von der Brück and Inácio Lula da Costa.\n\n"
      "“Europe needs partners,” von der Brück said.\n\n"
      "“We agree,” Özdemir said.\n",
      { { "Europe needs partners,", "Ursula von der Brück", "full" },
        { "We agree,", "Recep Özdemir", "full" } } },
    { "east_asian_order",
      "Chinese Premier Zhao Lijun opened the forum.\n\n“Openness is our choice,” Zhao said.\n",
      { { "Openness is our choice,", "Zhao Lijun", "full" } } },
    { "straight_marks",
      "\"We reject these claims,\" the ministry said.\n",
      { { "We reject these claims,", "ministry", "full" } } },
    { "british_single_with_nested_double",
      "‘He told me “never again”, and I believed him,’ said Fiona Baird.\n",
      { { "He told me “never again”, and I believed him,", "Fiona Baird", "full" } } },
    { "apostrophes_are_not_marks",
      "China’s envoy and Japan‘s minister met. Tanaka Yui said: “Japan’s view has not changed.”\n",
      { { "Japan’s view has not changed.", "Tanaka Yui", "full" } } },
    { "multi_paragraph_quote_is_one",
      "Ines Duarte said:\n\n“The first paragraph ends here.\n\n“The second one closes the quote.”\n",
      { { "The first paragraph ends here.", "Ines Duarte", "full" } } },
    { "partial_in_reporters_sentence",
      "Kofi Mensah said the agreement was “a step towards lasting peace” for the region.\n",
      { { "a step towards lasting peace", "Kofi Mensah", "partial" } } },
    { "two_partials_one_sentence",
      "Omar Haddad said the plan was “reckless” and “doomed to fail”.\n",
      { { "reckless", "Omar Haddad", "partial" },
        { "doomed to fail", "Omar Haddad", "partial" } } },
    { "ellipsis_inside",
      "“We tried … we really tried,” said Lucia Ferro.\n",
      { { "We tried … we really tried,", "Lucia Ferro", "full" } } },
    { "interrupted_quote_is_two",
      "“We are ready,” Sven Dahl said, “and we will act.”\n",
      { { "We are ready,", "Sven Dahl", "full" }, { "and we will act.", "Sven Dahl", "full" } } },
    { "scare_quotes_titles_names_not_emitted",
      "Moscow expects nothing good from a ‘Russophobia’ agenda.\n\n"
      "The so-called \"wolf warrior\" diplomats were absent from Operation \"Iron Wall\".\n\n"
      "Read more: Minister says talks \"went very well indeed\"\n",
      { { NULL, NULL, NULL } } },
    /* a related-stories block spaced out by blank lines, and "MORE IN …" */
    { "spaced_related_block_and_more_in_are_links",
      "Related content\n\nRail strike: Drivers' leader says 'we are ready for a long fight'\n"
      "02/05/2025\n\nOpinion: The right to strike is not the problem\n01/29/2025\n\n"
      "MORE IN REGULATION & POLICY\n- Generic insulin price cap takes effect in March\n"
      "- 'A historic day': dengue vaccine rollout expands to 600 cities\n",
      { { NULL, NULL, NULL } } },
    /* a long title-case name with no cue, a study's title in sentence
     * case between commas, and a name "dubbed it" gave */
    { "long_titles_and_names_given_are_not_statements",
      "Senate Resolution No. 214, \xE2\x80\x9C" "Expressing the Sense of the Senate Strongly "
      "Condemning the Harassment of Filipino Fisherfolk,\xE2\x80\x9D was approved 19-0.\n\n"
      "The study, \xE2\x80\x98" "Arbuscular symbionts suppress methanogenesis in flooded rice "
      "soils\xE2\x80\x99, was picked up by newspapers.\n\n"
      "Unions have dubbed it \"la r\xC3\xA9" "forme de trop\" in reference to 2023.\n",
      { { NULL, NULL, NULL } } },
    /* ... but a shout in capitals or words opening with "We" are said */
    { "shouted_or_personal_title_case_is_said",
      "Chef Dario Ferrantelli hit back.\n\n\xE2\x80\x98THEY WANT ME COOKING IN A TINY "
      "CUPBOARD\xE2\x80\x99\n\nLan Nguyen, a resident, was angry. \"We "
      "Didn't Move Here To Live Next To A Server Farm,\" Nguyen said.\n",
      { { "THEY WANT ME COOKING", NULL, "full" },
        { "We Didn't Move Here", "Lan Nguyen", "full" } } },
    /* "described the call as “cordial”": "the call" is a noun, not the
     * naming verb of "call it a “managed decline”" */
    { "the_call_as_an_adjective_is_a_statement",
      "Trade Secretary Josephine Odera spoke to reporters.\n\n"
      "She described the call as \"cordial\" but said little else.\n",
      { { "cordial", "Josephine Odera", "partial" } } },
    /* an offence a court named, a term someone "speaks of" */
    { "charges_and_terms_spoken_of_are_not_statements",
      "In 2022 a court sentenced him to six years in a penal colony for \"insulting the "
      "president\" over his posts.\n\nWashington speaks of \"de-risking\" every week.\n",
      { { NULL, NULL, NULL } } },
    /* a two-word fragment in a that-clause a speech cue reports, though
     * its long subject is no subject the attributor knows */
    { "a_fragment_in_a_reported_that_clause_is_a_statement",
      "An official at the energy ministry who asked not to be named because he was not "
      "authorised to speak to the media told Hevi News by phone that the pipeline was "
      "\"technically ready\" and that flows could resume.\n",
      { { "technically ready", NULL, "partial" } } },
    /* a title-case headline with a decimal in it is still a title */
    { "a_print_headline_with_a_decimal_is_a_title",
      "Appeared in the April 25, 2025, print edition as 'Chip Maker Takes $1.4 Billion Hit in "
      "Export-License Standoff'.\n",
      { { NULL, NULL, NULL } } },
    { "term_after_naming_verb",
      "Analysts call it a “managed decline”, a phrase officials dislike.\n\n"
      "The strategy, known as the “Blue Corridor”, began in 2019.\n",
      { { NULL, NULL, NULL } } },
    { "headline_quote_takes_body_speaker",
      "Port deal ‘a new chapter’, says minister\n\n"
      "Transport Minister Nadia Karimi said the port deal opened “a new chapter” in relations.\n",
      { { "a new chapter", "Nadia Karimi", "partial" },
        { "a new chapter", "Nadia Karimi", "partial" } } },
    { "question_and_exclamation",
      "“Who pays for this?” asked Bruno Keller. “Not us!”\n",
      { { "Who pays for this?", "Bruno Keller", "full" }, { "Not us!", "Bruno Keller", "full" } } },
    { "organisation_of_title_words",
      "The Norwegian Ministry of Defense said the drills were “defensive in nature”.\n",
      { { "defensive in nature", "Norwegian Ministry of Defense", "partial" } } },
    { "speaker_label_in_a_transcript",
      "Spokesperson Tang Xiaobo took questions.\n\n"
      "Q: Were people hurt?\n\n"
      "Tang: “I am not aware of the details you mentioned.”\n",
      { { "I am not aware", "Tang Xiaobo", "full" } } },
    { "headlines_listed_under_a_link_lead",
      "“We will rebuild,” Mayor Ana Ruiz said.\n\n"
      "Most viewed\n"
      "Floods: how the city was caught out\n"
      "‘It was like a bomb went off’: residents describe the night of the floods\n",
      { { "We will rebuild,", "Ana Ruiz", "full" } } },
    { "inscriptions_and_titles_not_emitted",
      "Fans held banners reading 'SELL THE BOARD, NOT THE TANK' outside.\n\n"
      "Posters carried the project's slogan, \"One Road, One Future,\" in three languages.\n\n"
      "Activists screened the documentary \"Soja, Sangre y Agua\" across the street, "
      "Lina Costa said.\n",
      { { NULL, NULL, NULL } } },
    { "speaker_named_in_the_next_paragraph",
      "Others worry about where the steel will go.\n\n"
      "“Whatever cannot go to Europe will come to Asia.”\n\n"
      "That warning came from Park Seo-yeon, a metals analyst in Seoul.\n",
      { { "Whatever cannot go", "Park Seo-yeon", "full" } } },
    { "speaker_introduced_after_the_quote",
      "Upstream, the stakes are counted in acres.\n\n"
      "“In April the river is so thin you can walk across it.”\n\n"
      "Bimal Roy, a paddy farmer from Murshidabad, has lost land to erosion.\n",
      { { "In April the river", "Bimal Roy", "full" } } },
    { "speaker_introduced_in_the_sentence_before",
      "Wang Jianguo, a hydrologist in Kunming, goes further.\n\n"
      "“That is not how a river works.”\n",
      { { "That is not how", "Wang Jianguo", "full" } } },
    { "the_ministry_is_the_ministry_named_before",
      "The Norwegian Ministry of Defense said the drills were notified.\n\n"
      "“The exercise is not directed against any country,” the ministry said.\n",
      { { "The exercise is not", "Norwegian Ministry of Defense", "full" } } },
    { "the_organisation_is_the_one_just_named",
      "The Cairo-based Arab League weighed in before the talks opened.\n\n"
      "“We reject any unilateral measures on the Nile,” the organisation said.\n",
      { { "We reject any", "Arab League", "full" } } },
    { "acronym_spelled_out_earlier",
      "The Ministry of External Affairs (MEA) announced the talks on Thursday.\n\n"
      "“Both sides reaffirmed their commitment,” the MEA said.\n",
      { { "Both sides reaffirmed", "Ministry of External Affairs", "full" } } },
    { "name_before_the_quote_is_the_clause_subject",
      "A Commission spokesperson welcomed the result and said the EU ‘stands ready to help’.\n",
      { { "stands ready to help", NULL, "partial" } } },
    { "quoted_title_is_not_the_organisation",
      "NATO said it would send two frigates under Operation “Nordic Watch,” its mission.\n\n"
      "“Allies will respond to any attack,” the alliance wrote on X.\n",
      { { "Allies will respond", "NATO", "full" } } },
    { "quoted_nickname_inside_a_name",
      "Former skipper Lee 'Bulldog' Hartnell, who lifted the title, reckons the club erred.\n\n"
      "'The board have handled this horribly,' he told Blast Sport.\n\n"
      "“Nobody listens,” said Lee “Bulldog” Hartnell.\n",
      { { "The board have", "Lee Hartnell", "full" }, { "Nobody listens,", "Lee Hartnell", "full" } } },
    { "surname_opened_by_a_particle_inside_the_full_name",
      "Brazil's chief negotiator, Rodrigo dos Santos Albuquerque, spoke on Monday.\n\n"
      "“The ball is with the European Council now,” dos Santos said.\n",
      { { "The ball is with", "Rodrigo dos Santos Albuquerque", "full" } } },
    { "said_organisation_role_then_name",
      "“The Chinese side has shown the greatest sincerity,” said ministry spokesperson "
      "Qiao Mingxuan.\n",
      { { "The Chinese side", "Qiao Mingxuan", "full" } } },
    { "according_to_at_the_start_of_the_sentence",
      "According to Ingrid Solheim, who led the mission, the vote was ‘competitive but "
      "marred by vote-buying’.\n\n"
      "According to the Kremlin's readout, the meeting agreed that “the drills pose a "
      "direct threat”.\n",
      { { "competitive but marred", "Ingrid Solheim", "partial" },
        { "the drills pose", "Kremlin", "partial" } } },
    { "partial_quotes_share_the_cue_at_the_end",
      "China will continue talks “in a spirit of mutual respect,” but will “take all "
      "necessary measures” to protect its firms, Guo Weiming, a ministry spokesperson, "
      "said on Wednesday.\n",
      { { "in a spirit of", "Guo Weiming", "partial" },
        { "take all necessary", "Guo Weiming", "partial" } } },
    { "present_tense_cue_in_the_first_sentences",
      "It is complicated. Chaiwat Srisuk, a political scientist, argues that the states "
      "are divided.\n\n"
      "“Nobody complains in public.”\n",
      { { "Nobody complains", "Chaiwat Srisuk", "full" } } },
    { "pronoun_to_a_name_opening_a_sentence",
      "Le Van Tam, a farmer, grows rice near Can Tho.\n\n"
      "Nguyen Thi Hong Van spent 15 years in technical talks. She calls the deal "
      "‘a real step, but a small one’.\n",
      { { "a real step", "Nguyen Thi Hong Van", "partial" } } },
    { "participle_cue_takes_the_subject_of_the_cue_before",
      "Indonesia will ask the World Trade Organization to rule on the duties, Trade "
      "Minister Agus Nasution said on Wednesday, describing them as “a breach of trust”.\n",
      { { "a breach of trust", "Agus Nasution", "partial" } } },
    { "role_noun_with_no_such_role_named",
      "Moscow will respond to the drills - senior diplomat\n\n"
      "Moscow will respond “in a proportionate manner,” Deputy Foreign Minister Vladislav "
      "Shestakov told TASS.\n\n"
      "“Any deployment near our borders will be taken into account,” the diplomat said.\n",
      { { "in a proportionate manner,", "Vladislav Shestakov", "partial" },
        { "Any deployment near", "Vladislav Shestakov", "full" } } },
    { "speaker_named_after_goes_on_speaking",
      "Activists gathered outside.\n\n"
      "“The agreement is a bad deal for the Amazon.”\n\n"
      "The warning came from Ana Beatriz dos Reis, coordinator of an NGO in Belém.\n\n"
      "“We are not against trade.”\n",
      { { "The agreement is", "Ana Beatriz dos Reis", "full" },
        { "We are not against", "Ana Beatriz dos Reis", "full" } } },
    { "run_ending_in_a_title_is_a_role",
      "The remark came from Elodie Castel, a French Renew Europe MEP. She called the plan "
      "‘a good first step, but a timid one’.\n",
      { { "a good first step", "Elodie Castel", "partial" } } },
    { "second_inscription_and_long_titles",
      "Fans held banners reading 'DE SOUSA OUT' and 'SELL THE BOARD, NOT THE TANK'.\n\n"
      "The treaty, formally titled the ‘Treaty between the Government of India and the "
      "Government of Bangladesh on Sharing of the Ganga Waters’, expires next year.\n",
      { { NULL, NULL, NULL } } },
    { "role_noun_in_an_apposition",
      "“We will not comment,” said Danielle Whitcomb, a spokeswoman for the Department of "
      "Homeland Security.\n\n"
      "Officials in Mexico City disagreed.\n\n"
      "“The programme is lawful,” the DHS spokeswoman said.\n",
      { { "We will not comment,", "Danielle Whitcomb", "full" },
        { "The programme is lawful,", "Danielle Whitcomb", "full" } } },
    { "lead_names_the_role_holder_a_paragraph_later",
      "Fence row reopens\n\n"
      "Ruthenia’s interior minister has accused its neighbour of ‘waving people through’.\n\n"
      "Speaking at the frontier, Ilse Marten said: ‘Our guards counted 2,300 crossings.’\n",
      { { "waving people through", "Ilse Marten", "partial" },
        { "Our guards counted 2,300 crossings.", "Ilse Marten", "full" } } },
    { "lead_role_skips_the_writers_credit_line",
      "Harbour chief calls ruling “deeply flawed”\n\n"
      "Nadia Brook, Competition Correspondent\n\n"
      "Tomas Elling said on Thursday that Harbour would appeal.\n",
      { { "deeply flawed", "Tomas Elling", "partial" } } },
    { "lead_role_is_not_someone_with_a_role_of_their_own",
      "Norway’s interior minister has accused its neighbour of ‘waving people through’.\n\n"
      "Foreign Minister Pavel Dorn rejected the charge.\n",
      { { "waving people through", "Norwegian interior minister", "partial" } } },
    { "headline_role_is_the_apposition_below",
      "Gulf envoy urges talks “to listen before they speak”\n\n"
      "Delegations met in Doha on Monday, hosted by Salma Qureshi, the mayor.\n\n"
      "Opening the session, Karim al-Nasser, the Gulf’s special envoy for the talks, "
      "welcomed them.\n",
      { { "to listen before they speak", "Karim al-Nasser", "partial" } } },
    { "the_role_after_someone_introduced_is_that_person",
      "Coach Lena Borg watched from the stand.\n\n"
      "Her side lost 2-0.\n\n"
      "“We gave it away,” the coach said.\n\n"
      "Mikel Arana, the captain, apologised to fans.\n",
      { { "We gave it away,", "Lena Borg", "full" } } },
    { "acronym_that_folds_to_a_function_word",
      "Delegates at the World Health Organization met all night.\n\n"
      "In a statement, the WHO said states had worked “in a constructive spirit”.\n",
      { { "in a constructive spirit", "World Health Organization", "partial" } } },
    { "acronym_spelled_out_earlier_without_parentheses",
      "The Football Association banned the midfielder for two years.\n\n"
      "The FA said: “Anti-doping cases follow a strict and independent process.”\n",
      { { "Anti-doping cases follow", "Football Association", "full" } } },
    { "organisation_named_with_a_list_of_portfolios",
      "The Ministry of Trade, Industry and Energy said in a statement that Seoul had "
      "“exhausted bilateral channels” and would ask for consultations.\n",
      { { "exhausted bilateral channels", "Ministry of Trade, Industry and Energy", "partial" } } },
    { "name_with_an_age_is_the_antecedent_and_a_caption_adjective_is_no_name",
      "Striker Kofi Appiah scored the winner in 1991.\n\n"
      "And furious Mehmet, 47, insists he is going nowhere.\n\n"
      "“We put it up for the town,” he told us.\n\n"
      "[CAPTION: Proud Mehmet and Deniz Aydın with the statue.]\n",
      { { "We put it up for the town,", "Mehmet", "full" } } },
    { "name_in_apposition_after_a_role_is_introduced",
      "Deputy Minister Oksana Kovalenko answered on Telegram.\n\n"
      "In Odesa, the head of the regional port authority, Taras Kovalenko - no relation - "
      "counted 41 ships at anchor.\n\n"
      "“Every day they sit there costs money,” the port chief said.\n",
      { { "Every day they sit there costs money,", "Taras Kovalenko", "full" } } },
    { "possessive_role_in_apposition_of_the_same_country",
      "Exporters threatened a pause, a step Ghana’s trade minister called ‘the last warning we intend to give’.\n\n"
      "Serkan Aydin, Turkey’s trade minister, said nothing.\n\n"
      "Speaking in Kumasi, Kwabena Mensah, Ghana’s trade minister, was blunter.\n",
      { { "the last warning we intend to give", "Kwabena Mensah", "partial" } } },
    { "it_is_a_countrys_ministry_named_in_lowercase",
      "Ankara has denied the charge before.\n\n"
      "Turkey’s foreign ministry rejected the accusations within hours. In a statement, it "
      "said:\n\n‘The allegations made by the Greek side are baseless.’\n",
      { { "The allegations made by the Greek side are baseless.", "Turkish foreign ministry",
          "full" } } },
    { "speaker_named_after_the_quote_so_said_and_that_was_how",
      "Researchers were caught in the middle.\n\n"
      "“My samples are in Hefei and my laser is in Emsland.”\n\n"
      "So said Park Ji-won, a postdoctoral researcher who joined the lab in 2023.\n\n"
      "Fishermen counted their losses.\n\n"
      "“Everything in the nets was dead.”\n\n"
      "That was how Bwalya Mwape, a fisherman from Nchelenge, described the catch.\n\n"
      "“We are asking for our history.”\n\n"
      "That is Deputy Minister Nguyen Thu Ha, speaking in her office in Hanoi.\n",
      { { "My samples are in Hefei", "Park Ji-won", "full" },
        { "Everything in the nets was dead.", "Bwalya Mwape", "full" },
        { "We are asking for our history.", "Nguyen Thu Ha", "full" } } },
    { "quote_signed_with_a_dash",
      "QUOTE OF THE WEEK\n\n"
      "“We are a small country with a long memory.”\n\n"
      "— Lidija Kovacevic, Montenegro’s deputy foreign minister, on the border talks.\n\n"
      "CLAIM 1\n\n"
      "“Asylum applications have doubled in a single year.” — Katrin Vogelsang, during the debate\n",
      { { "We are a small country", "Lidija Kovacevic", "full" },
        { "Asylum applications have doubled", "Katrin Vogelsang", "full" } } },
    { "a_headline_dash_clause_is_no_signature",
      "‘We will fight this all the way’ – Rovers chief hits back at the FA over the ban\n\n"
      "Ashcombe Rovers Supporters’ Trust chair Aisha Rahman appealed for calm.\n",
      { { "We will fight this all the way", NULL, "full" } } },  /* not the Trust */
    { "headline_quote_then_the_clause_of_its_speaker",
      "‘We will fight this all the way’: club chairman Desmond Reid hits back at FA\n\n"
      "The club was fined on Monday.\n",
      { { "We will fight this all the way", "Desmond Reid", "full" } } },
    { "headline_quote_then_a_country_takes_no_speaker",
      "‘We will not be lectured on fishing rights’ – Malaysia hits back\n\n"
      "The boats were seized on Monday.\n",
      { { "We will not be lectured on fishing rights", NULL, "full" } } },
    { "role_noun_is_not_followed_by_its_own_object",
      "Ayse Yilmaz, an economist in Istanbul, studies arms exports.\n\n"
      "The economist called the Indonesian contract “a showcase for Ankara”.\n",
      { { "a showcase for", "Ayse Yilmaz", "partial" } } },
    { "age_noun_is_the_person_just_introduced",
      "Rahmawati Siregar, a member of the defence commission, called it rushed.\n\n"
      "“We were told by a journalist,” the 47-year-old lawmaker told reporters.\n",
      { { "We were told", "Rahmawati Siregar", "full" } } },
    { "inverted_cue_before_an_abbreviated_title",
      "“The heat is almost never written down,” said Dr. Kari Lindqvist, the lead author.\n",
      { { "The heat is", "Kari Lindqvist", "full" } } },
    { "a_name_after_from_is_a_place",
      "Thu Ha, a process engineer, works in Hanoi. Her parents, farmers from Hai Duong, "
      "still worry.\n\n"
      "“We test chips for cars in Germany,” she said.\n",
      { { "We test chips", "Thu Ha", "full" } } },
    { "document_quotes_an_official_in_apposition",
      "A statement from the aid commission quoted its commissioner, Khalid Osman Babiker, as "
      "saying the reports were “politically motivated exaggerations”.\n",
      { { "politically motivated", "Khalid Osman Babiker", "partial" } } },
    { "named_in_the_next_sentence_of_the_paragraph",
      "Aid groups had long warned of this.\n\n"
      "“They chose not to invest, and now families are paying for it.” The criticism came "
      "from Lucas da Silva Pereira, emergency coordinator for an aid group.\n",
      { { "They chose not", "Lucas da Silva Pereira", "full" } } },
    { "caption_names_one_person_before_the_quote",
      "[Image] Rice farmer Tran Thi Hoa checks a dried-out canal near her home. “We used to "
      "plant three crops a year.” Photo: Le Minh\n",
      { { "We used to", "Tran Thi Hoa", "full" } } },
    { "paragraph_before_names_one_person",
      "Speaking in the Commons on Thursday, the energy minister, Sarah Adeyemi, chose her "
      "words carefully.\n\n"
      "‘Norway is one of our closest partners.’\n",
      { { "Norway is one", "Sarah Adeyemi", "full" } } },
    { "role_noun_of_everyday_people",
      "Ibrahim Adam Ishag, 61, taught geography for three decades before he fled.\n\n"
      "‘I never thought I would need to know them to stay alive,’ the former teacher said.\n",
      { { "I never thought", "Ibrahim Adam Ishag", "full" } } },
    { "headline_place_stands_for_the_body_speaker",
      "China says door to tariff talks “remains firmly open”\n\n"
      "“The door to consultation remains firmly open,” said Guo Wei, a ministry "
      "spokesperson.\n",
      { { "remains firmly open", "Guo Wei", "partial" },
        { "The door to consultation", "Guo Wei", "full" } } },
    { "bylines_and_places_are_not_antecedents",
      "Mireille Tari keeps a conch shell on her desk.\n\n"
      "By Andrew Lowe\n\n"
      "The envoy has shuttled between Port Vila and New York for a decade.\n\n"
      "She described the old approach as “asking nicely and being thanked for it”.\n",
      { { "asking nicely", "Mireille Tari", "partial" } } },
    { "name_as_subject_of_a_verb_is_an_antecedent",
      "Khalid Babiker, the aid commissioner, denied the reports.\n\n"
      "Back at the transit site, Hawa Abdelrahman was waiting for a bus. ‘Water. Then "
      "school for the children,’ she said.\n",
      { { "Water. Then school", "Hawa Abdelrahman", "full" } } },
    { "role_name_not_past_a_verb",
      "Türkiye’s Deputy Foreign Minister Ayse Celik led the delegation.\n\n"
      "Emre Celik, no relation to the deputy minister, pointed to Türkiye’s economy.\n\n"
      "Asked about the claims, the deputy minister replied: “We don’t start by giving things "
      "away.”\n",
      { { "We don’t start", "Ayse Celik", "full" } } },
    { "cue_after_and_shares_the_subject",
      "Senator Ioana Vladescu called the air defences “a sieve” and said the government had "
      "known of the gaps “for at least two years”.\n",
      { { "a sieve", "Ioana Vladescu", "partial" },
        { "for at least two years", "Ioana Vladescu", "partial" } } },
    { "numbered_most_read_lists_translations_and_book_titles",
      "Most read\n"
      "1. Heatwave grips northern India\n"
      "2. ‘I heard the ice crack’: a glaciologist’s last season\n\n"
      "READ: ‘We buried three in one week’: life in a cholera hotspot\n\n"
      "Protesters carried banners reading ‘Vår kraft, vår pris’ – ‘our power, our price’.\n\n"
      "One banner reads “Safe passage, not return hubs”.\n\n"
      "Lisbeth Ahlgren, author of “Launch on Warning,” called the talks overdue.\n",
      { { NULL, NULL, NULL } } },
    { "setting_before_the_apposition_is_not_the_subject",
      "In Abidjan, Aminata Kouassi-Diallo, who heads the regulator, said the rules were "
      "‘a tax dressed up as a conscience’.\n",
      { { "a tax dressed up", "Aminata Kouassi-Diallo", "partial" } } },
    { "first_of_two_surnames",
      "“We will not allow drones over our homes,” said Rocío Elizondo Garza, the deputy "
      "minister.\n\n"
      "“This is a question of sovereignty,” Elizondo said.\n",
      { { "We will not allow", "Rocío Elizondo Garza", "full" },
        { "This is a question", "Rocío Elizondo Garza", "full" } } },
    { "acronym_spelled_by_initials",
      "The South Korean Joint Chiefs of Staff (JCS) tracked the launch.\n\n"
      "“The missile flew about 1,000 km,” the JCS said.\n",
      { { "The missile flew", "Joint Chiefs of Staff", "full" } } },
    { "person_of_an_organisation",
      "‘We are treating this as a criminal matter,’ Detective Superintendent Risto Halme of "
      "the National Bureau of Investigation (NBI) told a press conference.\n",
      { { "We are treating", "Risto Halme", "full" } } },
    { "abbreviated_first_name_does_not_end_the_sentence",
      "“Science, not politics, must decide the flows,” Md. Nazmul Ahsan Chowdhury, "
      "Secretary of the Ministry of Water Resources, told reporters.\n",
      { { "Science, not politics", "Nazmul Ahsan Chowdhury", "full" } } },
    { "paragraph_led_by_he_or_she",
      "Mireille Tari keeps two things on her desk.\n\n"
      "She picks up the second one first.\n\n"
      "“People ask me whether the opinion changed anything.”\n",
      { { "People ask me", "Mireille Tari", "full" } } },
    { "compliment_came_from_a_surname",
      "Coach Alvaro Mendieta praised the goalkeeper.\n\n"
      "\"That is the best goalkeeping I have seen against us.\" The compliment came from "
      "Mendieta as he was leaving the room.\n",
      { { "That is the best", "Alvaro Mendieta", "full" } } },
    { "country_modifier_of_a_role_need_not_repeat",
      "South Korea's trade minister on Wednesday called the tariffs \"excessive\".\n\n"
      "\"The measure goes well beyond what is needed,\" Trade Minister Park Ji-hoon told "
      "reporters.\n",
      { { "excessive", "Park Ji-hoon", "partial" }, { "The measure goes", "Park Ji-hoon", "full" } } },
    { "second_cue_of_a_paragraph_sets_the_speaker",
      "In Yonaguni, fishermen said tensions had been building. Masaru Kinjo, 61, who fishes "
      "for tuna, said a survey ship approached his boat.\n\n"
      "“They called us on the radio in English.”\n",
      { { "They called us", "Masaru Kinjo", "full" } } },
    { "unnamed_spokesperson_speaks_for_the_organisation",
      "The Department for Culture and Media declined to comment on the case.\n\n"
      "“It would not be appropriate to comment,” a spokesperson said.\n\n"
      "Pelham Foods Group said profits fell. A Pelham spokeswoman said the figures were "
      "“disappointing but expected”.\n\n"
      "“We will recover,” she added.\n",
      { { "It would not be", "Department for Culture and Media", "full" },
        { "disappointing but", "Pelham Foods Group", "partial" },
        { "We will recover,", "Pelham Foods Group", "full" } } },
    { "ministry_spokesman_is_the_ministry_that_spoke",
      "The Ministry of Energy in Seoul said talks had stalled.\n\n"
      "Chile's foreign ministry said in a note that it would reply.\n\n"
      "“All options remain open,” a ministry spokesman told reporters.\n",
      { { "All options remain open,", "Chilean foreign ministry", "full" } } },
    { "spokesperson_for_an_organisation",
      "Ryu Ji-hoon, a ministry spokesman, said talks were possible.\n\n"
      "The state news agency quoted a spokesman for the Korean People's Army General Staff "
      "as calling the firing “a routine exercise”.\n\n"
      "“We will respond,” a spokesman for the Joint Chiefs of Staff said.\n",
      { { "a routine exercise", "Korean People's Army General Staff", "partial" },
        { "We will respond,", "Joint Chiefs of Staff", "full" } } },
    { "it_is_the_organisation_named_since",
      "“We are ready,” said Oskar Lind.\n\n"
      "The Kremlin dismissed any suggestion of involvement. It was quoted by the Interfax "
      "news agency as saying the claim was ‘absurd’.\n",
      { { "We are ready,", "Oskar Lind", "full" }, { "absurd", "Kremlin", "partial" } } },
    { "company_and_coast_guard_names_are_no_people",
      "Commander Ilkka Salonen of the Finnish Coast Guard spoke first.\n\n"
      "“We will do it by the book,” he said.\n\n"
      "Tran Van Long, who owns Tran Long Plastics, was worried.\n\n"
      "“We survived 2008,” he says.\n",
      { { "We will do it", "Ilkka Salonen", "full" }, { "We survived 2008,", "Tran Van Long", "full" } } },
    { "dateline_is_not_a_participle_subject",
      "TRABZON, Turkey, Oct 24 (Sportswire) - Karadeniz FK beat Almada 2-1 on Thursday, the "
      "late penalty leaving the visiting coach accusing the officials of “inventing” the "
      "decision.\n",
      { { "inventing", "visiting coach", "partial" } } },
    { "titles_headings_and_names_are_no_statements",
      "She is the author of ‘Sovereignty on Trial: Investors, States and the Arbitration "
      "Boom’. Her previous book, ‘Tides of Influence: Maritime Power in Asia’, sold well.\n\n"
      "The findings went into a 2019 report titled “Bridges of Light: Sino-German "
      "Cooperation in Photonics”, later published as “Pets, Prices and Practices”.\n\n"
      "The release opened under the heading \"Solvane Energy announces rephasing of its "
      "European capacity expansion\".\n\n"
      "The pond, known locally as \"the Red Lake\", is fenced off. He repeatedly used the "
      "phrase “asylum tourism” in the debate.\n",
      { { NULL, NULL, NULL } } },
    { "a_title_noun_before_a_sentence_keeps_the_statement",
      "In the report, “We found the system was failing children,” Ana Ruiz wrote.\n",
      { { "We found the system", "Ana Ruiz", "full" } } },
    { "transcript_answers_without_marks",
      "Government spokesman Stavros Koutsogiannis took questions in Athens.\n\n"
      "Q: Will the prime minister raise the Evros at the summit?\n\n"
      "Koutsogiannis: Yes. He will ask for the funding that was promised in June.\n\n"
      "Q: Is the crossing closed?\n\n"
      "Koutsogiannis: No decision of that kind has been taken.\n",
      { { "Yes. He will ask", "Stavros Koutsogiannis", "full" },
        { "No decision of that", "Stavros Koutsogiannis", "full" } } },
    { "labelled_lines_that_are_no_transcript",
      "Coach Idris Benali named his side early.\n\n"
      "Note: This article was updated with the final score.\n\n"
      "Olympique Tanger: Da Costa; Amrani, Benali, Chraibi, Ziani; Lahlou, El Ouazzani.\n",
      { { NULL, NULL, NULL } } },
    { "pronoun_skips_a_person_whose_given_name_says_otherwise",
      "Duarte Vasconcelos spoke in Lisbon, flanked by campaign director Teresa Vasconcelos "
      "and Councillor Brenda Okafor.\n\n"
      "“The results are not what we hoped for,” he said.\n",
      { { "The results are not", "Duarte Vasconcelos", "full" } } },
    { "name_in_apposition_after_a_role_of_a_place",
      "Kemal Yildirim lost his shop in the flood.\n\n"
      "Asked about the criticism, the governor of Bartin, Huseyin Ozturk, told reporters: "
      "‘This is not the day to look for culprits.’\n",
      { { "This is not the day", "Huseyin Ozturk", "full" } } },
    { "uncued_quote_after_a_long_paragraph_introducing_one_person",
      "The factory is quiet.\n\n"
      "On the shop floor, the slowdown is measured in overtime. Lo Thi Hoa, 29, came to Bac "
      "Ninh from Son La, a mountainous province near the Lao border, eight years ago. She "
      "earns a basic wage of about 6.2m dong (190 pounds) a month; overtime used to add "
      "almost half again, and the line has not run a full week since the spring.\n\n"
      "‘Overtime was how we paid for everything. When the orders fell they cut it.’\n",
      { { "Overtime was how", "Lo Thi Hoa", "full" } } },
    { "guillemets",
      "«Nous sommes prêts», a déclaré Claire Dubois.\n",
      { { "Nous sommes prêts", NULL, "full" } } },
};

START_TEST(construct)
{
    st_test_quote_case(&cases[_i]);
}
END_TEST

/* Offsets are code points: text before the quote with multi-byte
 * characters must not shift them. */
START_TEST(offsets_are_code_points)
{
    const char *s = "Ülkü Şahin, 42, said: “Ça va.”\n";
    st_text t;
    st_quotes qs = { NULL, 0, 0 };
    st_error err;
    ck_assert_int_eq(st_text_decode(&t, s, strlen(s), &err), ST_OK);
    ck_assert_int_eq(st_quotes_extract(&t, &qs, &err), ST_OK);
    ck_assert_uint_eq(qs.n, 1);
    ck_assert_uint_eq(qs.v[0].start, 23);
    ck_assert_uint_eq(qs.v[0].end, 29);
    ck_assert_uint_eq(qs.v[0].mention_start, 0);
    ck_assert_uint_eq(qs.v[0].mention_end, 10);
    ck_assert_str_eq(qs.v[0].speaker, "Ülkü Şahin");
    ck_assert_str_eq(qs.v[0].cue, "said");
    st_quotes_free(&qs);
    st_text_free(&t);
}
END_TEST

/* The published example article (not part of the project): every
 * statement with its speaker, and 'Russophobia' not emitted.  Skips when
 * ../shared is absent. */
START_TEST(example_article)
{
    static const struct { const char *words, *speaker; } expect[] = {
        { "has strong independent value", "Xi Jinping" },
        { "Sino-Russian relations are not affected", "Xi Jinping" },
        { "China is willing to unswervingly", "Xi Jinping" },
        { "like-minded partners and allies", "Joe Biden" },
        { "On any issue that matters", "Joe Biden" },
        { "prominent", "Xi Jinping" },
        { "The two sides kept helping", "Xi Jinping" },
        { "external factors", "Andrey Denisov" },
        { "The two countries have entered", "Andrey Denisov" },
        { "take a more rational position", "Andrey Denisov" },
        { "We are waiting for the new US", "Andrey Denisov" },
        { "We do hope that the new US", "Andrey Denisov" },
        { "praised bilateral ties", "Russian presidential office" },
        { "The military cooperation needs", "Li Lifan" },
        { "Also, currently China and Russia", "Li Lifan" },
        { "The West has been trying", "Zhang Xin" },
        { "Although Russia will inevitably", "Li Yonghui" },
        { "With regard to the Arctic", "Li Yonghui" },
        { "stronger coalitions", "Joe Biden" },
    };
    size_t n, i, k;
    char *buf = st_test_read_shared("../shared/examples/article-xi-putin.txt",
                                    "example_article", &n);
    st_text t;
    st_quotes qs = { NULL, 0, 0 };
    st_error err;

    if (!buf)
        return;
    ck_assert_int_eq(st_text_decode(&t, buf, n, &err), ST_OK);
    ck_assert_int_eq(st_quotes_extract(&t, &qs, &err), ST_OK);
    for (i = 0; i < sizeof expect / sizeof *expect; i++) {
        int found = 0;
        for (k = 0; k < qs.n && !found; k++) {
            char *w = st_text_utf8(&t, qs.v[k].start, qs.v[k].end);
            if (strncmp(w, expect[i].words, strlen(expect[i].words)) == 0) {
                found = 1;
                ck_assert_msg(qs.v[k].speaker && !strcmp(qs.v[k].speaker, expect[i].speaker),
                              "\"%s\": speaker %s, want %s", expect[i].words,
                              qs.v[k].speaker ? qs.v[k].speaker : "(null)", expect[i].speaker);
            }
            free(w);
        }
        ck_assert_msg(found, "statement \"%s\" not found", expect[i].words);
    }
    for (k = 0; k < qs.n; k++) {
        char *w = st_text_utf8(&t, qs.v[k].start, qs.v[k].end);
        ck_assert_msg(strstr(w, "Russophobia") == NULL, "scare quote emitted");
        free(w);
    }
    st_quotes_free(&qs);
    st_text_free(&t);
    free(buf);
}
END_TEST

Suite *st_suite_quotes(void)
{
    Suite *s = suite_create("quotes");
    TCase *tc = tcase_create("constructs");
    tcase_add_loop_test(tc, construct, 0, sizeof cases / sizeof *cases);
    tcase_add_test(tc, offsets_are_code_points);
    tcase_add_test(tc, example_article);
    suite_add_tcase(s, tc);
    return s;
}
