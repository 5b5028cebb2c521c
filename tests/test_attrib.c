/* test_attrib.c - attribution cases added since test_quotes.c filled up.
 *
 * The same data-driven form as test_quotes.c (st_qcase: an article and
 * the statements it must yield, with speakers), one construct a case,
 * each read from an error on articles written apart from the code. */
#include "suites.h"

static const st_qcase cases[] = {
    { "portfolio_list_whose_last_items_name_an_organisation",
      "The Ministry of Development, Industry, Trade and Services said in a note that it had "
      "received the decision \xE2\x80\x9Cwith surprise\xE2\x80\x9D.\n",
      { { "with surprise", "Ministry of Development, Industry, Trade and Services", "partial" } } },
    { "title_before_a_name_in_apposition_after_a_long_role",
      "The AU Commissioner for Economic Development, Trade, Tourism, Industry and Minerals, Dr "
      "Selamawit Gebremedhin, told the summit that lenders must \xE2\x80\x9Cstop punishing "
      "Africa\xE2\x80\x9D.\n",
      { { "stop punishing Africa", "Selamawit Gebremedhin", "partial" } } },
    { "role_inside_a_relative_clause_is_not_the_subject",
      "Governor Adebisi Olatunbosun, who spoke through his Chief Press Secretary, Mr Babatunde "
      "Olayiwola, described the allegation as \xE2\x80\x9C" "baseless and mischievous\xE2\x80\x9D.\n",
      { { "baseless and mischievous", "Adebisi Olatunbosun", "partial" } } },
    { "organisation_tail_after_a_demonym_is_no_person",
      "Talks went on.\n\n\xE2\x80\x9C" "Addis can set the agenda,\xE2\x80\x9D said Thandiwe "
      "Nkosi-Mahlangu, a senior researcher at the Centre for African Fiscal Studies.\n\n"
      "She cautioned that the AU had no seat. \xE2\x80\x9CIt cannot sign the deals,\xE2\x80\x9D "
      "she said.\n",
      { { "Addis can set the agenda,", "Thandiwe Nkosi-Mahlangu", "full" },
        { "It cannot sign the deals,", "Thandiwe Nkosi-Mahlangu", "full" } } },
    { "role_of_a_body_then_a_name_for_a_coordinated_cue",
      "Harbour Authority chairman Idris Ade said the demands would add \xE2\x80\x9Csomething "
      "close to forty per cent\xE2\x80\x9D to the bill and described the walkout as "
      "\xE2\x80\x9Cpremature and damaging\xE2\x80\x9D.\n",
      { { "something close to forty", "Idris Ade", "partial" },
        { "premature and damaging", "Idris Ade", "partial" } } },
    { "kind_word_before_the_organisation_noun",
      "The Bank of Mexico held rates on Thursday.\n\nThe tariffs were \xE2\x80\x9Cthe main "
      "downside risk to growth\xE2\x80\x9D, the central bank said in its statement.\n",
      { { "the main downside risk", "Bank of Mexico", "partial" } } },
    { "contrasting_word_keeps_the_noun_phrase",
      "The Labour Party won the seat.\n\nThe vote was \xE2\x80\x9C" "a disaster for the "
      "country\xE2\x80\x9D, the opposition party said.\n",
      { { "a disaster for the country", "opposition party", "partial" } } },
    { "company_forms_name_an_organisation",
      "Finnish telecoms equipment maker Kuusamo Networks said on Thursday its profit fell.\n\n"
      "\xE2\x80\x9CNet sales were EUR 1.12 billion,\xE2\x80\x9D the company said.\n\n"
      "Regulators fined PT Dana Cepat Nusantara, a lender. \xE2\x80\x9CWe regret the "
      "concern,\xE2\x80\x9D the company said.\n",
      { { "Net sales were", "Kuusamo Networks", "full" },
        { "We regret the concern,", "PT Dana Cepat Nusantara", "full" } } },
    { "the_judge_of_a_justice",
      "The court ruled on Thursday.\n\nLady Justice Lucy Wambui Kariuki delivered the "
      "judgment before the petitioner, former MP Peter Kamau Githinji.\n\nIn a ruling that "
      "took three hours to read, the judge said:\n\n\xE2\x80\x98The evidence before this "
      "court shows irregularities.\xE2\x80\x99\n\n\xE2\x80\x98The forms are not "
      "optional,\xE2\x80\x99 she said.\n",
      { { "The evidence before this court", "Lucy Wambui Kariuki", "full" },
        { "The forms are not optional,", "Lucy Wambui Kariuki", "full" } } },
    { "portfolio_word_before_a_given_name_and_middle_names_dropped",
      "The chair, Oman\xE2\x80\x99s Minister of Energy and Minerals Salim bin Nasser "
      "Al-Rawahi, told reporters the cuts would stay.\n\nAisha Al-Rawahi, director of "
      "marketing, said prices would not change.\n\n\xE2\x80\x9CWe don\xE2\x80\x99t "
      "negotiate in public,\xE2\x80\x9D Salim Al-Rawahi said.\n",
      { { "We don", "Salim bin Nasser Al-Rawahi", "full" } } },
    { "given_name_opening_a_full_name_after_of_is_kept",
      "A delegation of Ahmed bin Rashid Al-Mansoori, the envoy, arrived.\n\n\xE2\x80\x9CWe "
      "came to listen,\xE2\x80\x9D Al-Mansoori said.\n",
      { { "We came to listen,", "Ahmed bin Rashid Al-Mansoori", "full" } } },
    { "speaker_named_after_the_quote_past_an_aside_or_a_role",
      "The march ended at noon.\n\n\xE2\x80\x98They say there is no money. We are not "
      "stupid.\xE2\x80\x99\n\nThe words, shouted through a megaphone outside the library, "
      "came from Kareem Baptiste, a student.\n\n\xE2\x80\x9CThe simplest thing is to "
      "publish the register.\xE2\x80\x9D\n\nThat was the view of a political scientist at "
      "the University of Ibadan, Prof. Remi Adelakun-Oyewole, who spoke on Wednesday.\n\n"
      "\xE2\x80\x98She is the only person whose numbers nobody argues with.\xE2\x80\x99\n\n"
      "The words belong to Mahmoud Jawad al-Saadi, a former negotiator.\n",
      { { "They say there is no money.", "Kareem Baptiste", "full" },
        { "The simplest thing", "Remi Adelakun-Oyewole", "full" },
        { "She is the only person", "Mahmoud Jawad al-Saadi", "full" } } },
    { "headline_role_after_as_and_a_role_then_its_name",
      "PRODUCERS HOLD THE LINE\nMuscat forum extends output curbs to December as chair "
      "pledges \xE2\x80\x98stability first\xE2\x80\x99\n\nMUSCAT \xE2\x80\x94 Oil "
      "ministers agreed on Sunday to extend cuts.\n\nThe forum\xE2\x80\x99s chair, "
      "Oman\xE2\x80\x99s Minister of Energy and Minerals Salim bin Nasser Al-Rawahi, told "
      "reporters the cuts would bring \xE2\x80\x9Cstability first\xE2\x80\x9D.\n",
      { { "stability first", "Salim bin Nasser Al-Rawahi", "partial" },
        { "stability first", "Salim bin Nasser Al-Rawahi", "partial" } } },
    { "clause_subject_before_an_inline_colon",
      "Growers in Florida have argued for decades that imports are sold below cost.\n\n"
      "Luc\xC3\xAD" "a S\xC3\xA1nchez del R\xC3\xADo grows tomatoes on 80 hectares. She put it "
      "this way: \xE2\x80\x9CThis year we are working for the customs agent.\xE2\x80\x9D\n\n"
      "Deli boss fumes: \xE2\x80\x98" "Daylight robbery\xE2\x80\x99\n",
      { { "This year we are working", "Luc\xC3\xAD" "a S\xC3\xA1nchez del R\xC3\xADo", "full" },
        { "Daylight robbery", NULL, "full" } } },
    { "given_name_and_a_two_word_surname_are_the_full_name",
      "Eng Faisal bin Abdulaziz Al Shehri, the grid authority\xE2\x80\x99s chief, spoke "
      "first.\n\n\xE2\x80\x9CThe line is ready,\xE2\x80\x9D Faisal Al Shehri said.\n",
      { { "The line is ready,", "Faisal bin Abdulaziz Al Shehri", "full" } } },
    { "headline_role_with_no_article_after_an_inverted_cue",
      "Floods\n\n\xE2\x80\x98Release funds now\xE2\x80\x99, says minister\n\nWater "
      "Resources Minister Baljinder Singh on Thursday accused the Centre of delay.\n",
      { { "Release funds now", "Baljinder Singh", "full" } } },
    { "malay_given_name_before_bin",
      "Muhammad Haikal bin Zulkifli and his partner won in three games.\n\n"
      "\xE2\x80\x9CThe Indians pushed us all the way,\xE2\x80\x9D Haikal said.\n",
      { { "The Indians pushed us", "Muhammad Haikal bin Zulkifli", "full" } } },
    { "the_minister_of_a_title_in_apposition_without_an_article",
      "The meeting was co-chaired by Mr. Pakorn Wongsawat, Deputy Director-General of the "
      "department.\n\nAddressing the closing session, Hon. Lalith Ekanayake, Minister of Trade "
      "and Investment Promotion, thanked the delegation.\n\nHon. S. Thayaparan, Deputy Minister "
      "of Plantation, attended too.\n\n\xE2\x80\x9CThis is not the end of the road,"
      "\xE2\x80\x9D the Minister added.\n\n\xE2\x80\x9CThe estates must gain,\xE2\x80\x9D "
      "the Deputy Minister said.\n",
      { { "This is not the end", "Lalith Ekanayake", "full" },
        { "The estates must gain,", "S. Thayaparan", "full" } } },
    { "initials_inside_and_before_a_name",
      "External Affairs Minister S. Venkatesan met the delegation.\n\n\xE2\x80\x9CWe will "
      "not accept this,\xE2\x80\x9D Venkatesan said.\n\n\xE2\x80\x9CIt is a good "
      "day,\xE2\x80\x9D said Daniel R. Whitcombe, a trade lawyer.\n\nM.R. Pillai, the chief "
      "minister, said: \xE2\x80\x9CWe are ready.\xE2\x80\x9D\n\n\xE2\x80\x9CNo,"
      "\xE2\x80\x9D said U.S. Ambassador Laura Keane.\n",
      { { "We will not accept this,", "S. Venkatesan", "full" },
        { "It is a good day,", "Daniel R. Whitcombe", "full" },
        { "We are ready.", "M.R. Pillai", "full" },
        { "No,", "Laura Keane", "full" } } },
    { "chief_officers_by_acronym_and_in_words",
      "Kestrel Air reported a loss.\n\nChief Financial Officer Jane Whitaker said costs rose. "
      "CEO Tom Baines was upbeat.\n\n\xE2\x80\x9CWe expect a better half,\xE2\x80\x9D the "
      "chief executive said.\n\n\xE2\x80\x9C" "Fuel is the swing factor,\xE2\x80\x9D the CFO "
      "told analysts.\n\nMark Ode, the company\xE2\x80\x99s chief operating officer, spoke "
      "later. \xE2\x80\x9CPlanes fly,\xE2\x80\x9D the COO said.\n",
      { { "We expect a better half,", "Tom Baines", "full" },
        { "Fuel is the swing factor,", "Jane Whitaker", "full" },
        { "Planes fly,", "Mark Ode", "full" } } },
    { "a_caption_names_its_person_a_credit_does_not",
      "Storm news.\n\n[Photo: Ruth Ann Thibodeaux outside the camper where she has lived since "
      "the storm. \xE2\x80\x9CWe\xE2\x80\x99re still here,\xE2\x80\x9D she said.]\n\n"
      "[PHOTO: Vendor Yelitza Marcano Rojas holds up her permit. \xE2\x80\x98I pay my fees,"
      "\xE2\x80\x99 she said.]\n\nCocoa beans drying. Photograph: Kofi Adjei/Reuters\n\n"
      "\xE2\x80\x98My grandfather planted these trees.\xE2\x80\x99\n\nYaw Boateng, 58, who "
      "farms near Konongo, is angry.\n",
      { { "We\xE2\x80\x99re still here,", "Ruth Ann Thibodeaux", "full" },
        { "I pay my fees,", "Yelitza Marcano Rojas", "full" },
        { "My grandfather planted", "Yaw Boateng", "full" } } },
    { "an_outlet_is_no_person_to_resolve_to",
      "In a Nov. 19 letter to the governor, obtained by The Weekly Dispatch, the agency\xE2\x80"
      "\x99s regional administrator, Gregory P. Stanton, wrote that the request \xE2\x80\x9C"
      "does not meet the threshold\xE2\x80\x9D.\n",
      { { "does not meet the threshold", "Gregory P. Stanton", "partial" } } },
    { "a_pronoun_contraction_opening_a_sentence_is_no_name",
      "Ana Ruiz spoke.\n\nYou\xE2\x80\x99ve called the deal \xE2\x80\x9C" "a farce."
      "\xE2\x80\x9D Is that fair?\n\n\xE2\x80\x9CYes,\xE2\x80\x9D Ruiz said.\n",
      { { "Yes,", "Ana Ruiz", "full" } } },
    { "south_asian_titles_and_a_dotted_title_after_a_role",
      "Water Resources Minister S. Thangavelu spoke first.\n\nCommerce Minister Shri D.B. "
      "Gurung flagged off the convoy.\n\n\xE2\x80\x9C" "Five years is a long wait,"
      "\xE2\x80\x9D Shri Gurung said.\n\nMeanwhile, Revenue Minister Smt. Beena Varghese "
      "said camps had opened.\n\n\xE2\x80\x9C" "A total of 21,480 people are in the camps,"
      "\xE2\x80\x9D the minister said.\n",
      { { "Five years is a long wait,", "D.B. Gurung", "full" },
        { "A total of 21,480", "Beena Varghese", "full" } } },
    { "dotted_titles_in_an_apposition_and_after_came_from",
      "Fuel strike.\n\nIn a statement, the Special Adviser to the President on Media, Mr. Dapo "
      "Olanrewaju, said: \xE2\x80\x9CWe will not return to subsidy.\xE2\x80\x9D\n\n"
      "Mrs. Ngozi Eze said it was hard.\n\n\xE2\x80\x9CPatients are turned back.\xE2\x80"
      "\x9D The warning came from Dr. Halima Sadiq, the director of the hospital.\n",
      { { "We will not return", "Dapo Olanrewaju", "full" },
        { "Patients are turned back.", "Halima Sadiq", "full" } } },
    { "who_in_lower_case_is_no_organisation",
      "The ruling came.\n\nPriya K. Raman, the assistant attorney general who argued the "
      "state\xE2\x80\x99s case, said the ruling would help.\n\n\xE2\x80\x9C" "For 30 years "
      "they ran advertisements.\xE2\x80\x9D\n",
      { { "For 30 years", "Priya K. Raman", "full" } } },
    { "any_full_name_after_a_caption_label",
      "Virologist who led the hunt and told colleagues that \xE2\x80\x98" "a laboratory is only "
      "as brave as its technician\xE2\x80\x99\n\n[Photo caption: Nguy\xE1\xBB\x85n Th"
      "\xE1\xBB\x8B Lan H\xC6\xB0\xC6\xA1ng in her laboratory in 2004. \xE2\x80\x98We did "
      "not have time to be afraid,\xE2\x80\x99 she said.]\n",
      { { "a laboratory is only", NULL, "partial" },
        { "We did not have time", "Nguy\xE1\xBB\x85n Th\xE1\xBB\x8B Lan H\xC6\xB0\xC6\xA1ng",
          "full" } } },
    { "jr_with_its_full_stop_and_a_place_in_an_apposition",
      "Democrats were blunter. Rep. Franklin Odom Jr., D-Ga., wrote on social media: \"Three "
      "hours, zero answers.\"\n\nThe American Dairy Trade Alliance, based in Arlington, Va., said "
      "in a statement that Canada had \xE2\x80\x9Cstonewalled American dairy\xE2\x80\x9D.\n",
      { { "Three hours, zero answers.", "Franklin Odom Jr", "full" },
        { "stonewalled American dairy", "American Dairy Trade Alliance", "partial" } } },
    { "the_role_of_an_organisation_then_the_name_in_apposition",
      "Airline grounded.\n\nThe chief executive of Atl\xC3\xA2ntica, Jo\xC3\xA3o Pedro da Costa, "
      "said on Sunday that the fleet stays grounded.\n\n\xE2\x80\x9CWe will not fly until "
      "we are certain,\xE2\x80\x9D he said.\n",
      { { "We will not fly", "Jo\xC3\xA3o Pedro da Costa", "full" } } },
    { "a_place_after_the_subject_and_a_name_after_an_organisation_noun",
      "Checks go on.\n\nA statement from the Federal Police headquarters in Potsdam said the "
      "checks had \xE2\x80\x9C" "contributed significantly\xE2\x80\x9D to the fight.\n\n"
      "Mathilde Vanderstraeten, a researcher at the European Policy Lab, said the dispute "
      "reflected a trend.\n\nIn an interview with the newspaper M\xC3\xA4rkische Oderzeitung, "
      "she described the checks as \xE2\x80\x9Cmore of a political signal\xE2\x80\x9D.\n",
      { { "contributed significantly", "Federal Police headquarters", "partial" },
        { "more of a political signal", "Mathilde Vanderstraeten", "partial" } } },
    { "a_transcript_of_a_presenter_and_a_surname_after_its_particle",
      "Interview.\n\nJo\xC3\xA3o Pedro da Costa, the chief executive, said the fleet was "
      "\xE2\x80\x9Csafe\xE2\x80\x9D. He spoke to Chlo\xC3\xA9 Marchand-Aziz, the presenter."
      "\n\nCHLO\xC3\x89 MARCHAND-AZIZ: Your own pilots say they reported vibrations, did you "
      "ignore them?\n\nDA COSTA: No. I have enormous respect for our pilots.\n",
      { { "safe", "Jo\xC3\xA3o Pedro da Costa", "partial" },
        { "Your own pilots", "Chlo\xC3\xA9 Marchand-Aziz", "full" },
        { "No. I have enormous", "Jo\xC3\xA3o Pedro da Costa", "full" } } },
    { "a_headline_takes_the_speaker_the_body_gives_its_words",
      "PCB threatens to skip meeting, says \xE2\x80\x98we are asking for what was signed\xE2\x80"
      "\x99\n\nLAHORE: The Pakistan Cricket Board on Thursday threatened to stay away.\n\nThe "
      "board\xE2\x80\x99s director of cricket, Farhan Qureshi, was more direct.\n\n\xE2\x80"
      "\x9CWe have written three times,\xE2\x80\x9D Qureshi told reporters. \xE2\x80\x9CWe "
      "are not asking for a favour. We are asking for what was signed.\xE2\x80\x9D\n",
      { { "we are asking", "Farhan Qureshi", "partial" },
        { "We have written", "Farhan Qureshi", "full" },
        { "We are not asking", "Farhan Qureshi", "full" } } },
    { "an_embassy_in_a_capital_is_the_embassy",
      "Fishermen held.\n\n\xE2\x80\x9CWe urge restraint,\xE2\x80\x9D the Indian High "
      "Commission in Colombo said in a statement.\n",
      { { "We urge restraint,", "Indian High Commission", "full" } } },
    { "a_club_before_its_coach_is_no_person",
      "Ribamar edge Orze\xC5\x82 Wroc\xC5\x82" "aw.\n\nOrze\xC5\x82 Wroc\xC5\x82" "aw coach "
      "Grzegorz Pietrzak was furious.\n\nPietrzak, whose side had won in Wroc\xC5\x82" "aw, did "
      "not hide his anger.\n\n\xE2\x80\x98I have been in football for 30 years.\xE2\x80\x99\n",
      { { "I have been in football", "Grzegorz Pietrzak", "full" } } },
    { "a_reply_comes_from_someone_other_than_the_asker",
      "Trial.\n\nStavros Kyriakidis, 61, a shipowner, denies the charges.\n\nQuestioned by "
      "presiding judge Anne-Sophie Marchal, Kyriakidis insisted he had followed the rules.\n\n"
      "\xE2\x80\x9C" "Did you ask who was behind the company?\xE2\x80\x9D the judge asked.\n\n"
      "\xE2\x80\x9CI sold ships to a buyer who paid in euros,\xE2\x80\x9D he replied.\n",
      { { "Did you ask", "Anne-Sophie Marchal", "full" },
        { "I sold ships", "Stavros Kyriakidis", "full" } } },
    { "titles_with_the_comma_inside_and_a_name_billed_as_are_no_statements",
      "FESTIVAL\n\n\xE2\x80\x9CThe Flood Season,\xE2\x80\x9D a slow-burning drama, won the "
      "top prize.\n\nGolden Lighthouse: \xE2\x80\x9CThe Flood Season,\xE2\x80\x9D dir. Tran "
      "Minh Khoa\n\nThe derby, billed locally as the \xE2\x80\x98Mill Towns derby\xE2\x80\x99, "
      "sold out.\n\n\xE2\x80\x9CTHEY STOLE MY GOLD!\xE2\x80\x9D judo hero in meltdown\n",
      { { "THEY STOLE MY GOLD!", NULL, "full" } } },
    { "a_quoted_nickname_is_no_subject",
      "Port strike.\n\nCurtis Lamar Dupree, the union leader, spoke first.\n\nDupree, known up "
      "and down the waterfront as \xE2\x80\x9C" "Big Curt,\xE2\x80\x9D scoffed at the pledge, "
      "calling it \xE2\x80\x9C" "a promise with no teeth\xE2\x80\x9D.\n",
      { { "a promise with no teeth", "Curtis Lamar Dupree", "partial" } } },
    { "a_body_after_the_and_a_name_with_an_acronym_are_no_people",
      "Maarten van den Berg, chief executive of Van Rijn, said he was disappointed.\n\nHe said "
      "the company would decide whether to challenge the ruling at the Competition Appeal "
      "Tribunal, but insisted its commitment was firm.\n\n\xE2\x80\x98We came to Britain "
      "with one warehouse,\xE2\x80\x99 he said.\n\nKarim Ben Slimane, a vice-president, "
      "spoke.\n\nOn fuel, he was cautious. Global SAF output will cover \xE2\x80\x9Cwell under "
      "one per cent\xE2\x80\x9D of needs, he said.\n",
      { { "We came to Britain", "Maarten van den Berg", "full" },
        { "well under one per cent", "Karim Ben Slimane", "partial" } } },
    { "a_role_with_its_acronym_in_brackets_and_the_issuer_of_a_statement",
      "Results.\n\nChief Financial Officer (CFO) Fernanda Tavares said the board approved a "
      "dividend.\n\n\xE2\x80\x9CWe will not chase volume,\xE2\x80\x9D the CFO said.\n\n"
      "\"The word in the corridors is a pause,\" said correspondent Hiba Osman.\n\nThe Saudi "
      "Foreign Ministry issued a statement after the first session.\n\n\"The Kingdom renews "
      "its call on both parties,\" the statement said.\n",
      { { "We will not chase volume,", "Fernanda Tavares", "full" },
        { "The word in the corridors", "Hiba Osman", "full" },
        { "The Kingdom renews", "Saudi Foreign Ministry", "full" } } },
    { "a_nationality_as_a_noun_is_a_person",
      "Derby.\n\nAshcombe manager Henrik Lindqvist was furious after the game.\n\nAsked "
      "whether he feared a charge, the Swede said: \xE2\x80\x98If they want to fine me, they "
      "can.\xE2\x80\x99\n\nKelsey boss S\xC3\xA9rgio Dias da Costa was calmer. \xE2\x80"
      "\x98It was a handball,\xE2\x80\x99 the Portuguese said.\n",
      { { "If they want to fine me", "Henrik Lindqvist", "full" },
        { "It was a handball,", "S\xC3\xA9rgio Dias da Costa", "full" } } },
    { "the_company_is_the_business_its_trade_names_from_the_lead",
      "Kavango Mining, the Windhoek-based copper producer, reported a loss on Thursday.\n\n"
      "Revenue fell 19% to $1.2 billion.\n\nCopper output was 61,400 tonnes.\n\nAnalysts "
      "had expected less.\n\n\xE2\x80\x9CThe half was shaped by factors outside our "
      "control,\xE2\x80\x9D the company said in a statement.\n",
      { { "The half was shaped", "Kavango Mining", "full" } } },
    { "the_noun_before_a_name_and_a_nationality_before_the_noun",
      "North Korea\xE2\x80\x99s state news agency KCNA confirmed the launch.\n\n\xE2\x80"
      "\x9CThe test was routine,\xE2\x80\x9D the agency said.\n\nThe Chinese embassy in "
      "Seoul rejected the claims.\n\n\xE2\x80\x9CWe urge restraint,\xE2\x80\x9D the "
      "embassy said.\n",
      { { "The test was routine,", "KCNA", "full" },
        { "We urge restraint,", "Chinese embassy", "full" } } },
    { "an_unnamed_source_has_no_speaker_and_neither_do_its_quotes",
      "Finance Minister Ana Ruiz said the deal was close. \"We are nearly there,\" Ruiz "
      "said.\n\n\"The banks want more time,\" a person familiar with the matter said.\n\n"
      "\"It will slip to March,\" said one official, who asked not to be named. \"Nobody "
      "is ready.\"\n\n\"That is all,\" the official said.\n\n\"It holds,\" a Downing "
      "Street source said.\n",
      { { "We are nearly there,", "Ana Ruiz", "full" },
        { "The banks want more time,", "", "full" },
        { "It will slip to March,", "", "full" },
        { "Nobody is ready.", "", "full" },
        { "That is all,", "", "full" },
        { "It holds,", "", "full" } } },  /* the brief's null: no one recoverable */
    { "transcript_labels_by_role_initials_question_and_markdown",
      "Interview by Maya Castellanos, Hanoi\n\nSpokesperson Florencia Adjovi said the "
      "convoys were stuck.\n\nQuestion (Joaquim dos Reis, Radio Sol): Who exactly is holding "
      "the trucks today?\n\nSpokesperson: I am not going to name one party from this "
      "podium.\n\n**Maya Castellanos:** How much money has actually arrived so far?\n\n"
      "**MC:** And what did your father say about it?\n\n**Adjovi:** He used to say, "
      "\xE2\x80\x9C" "A good spanner has no nationality,\xE2\x80\x9D and it still works.\n",
      /* (a question labelled "Question (…):" is no statement; an
       * interviewer's, labelled by name, is a line of the interview) */
      { { "I am not going to name", "Florencia Adjovi", "full" },
        { "How much money", "Maya Castellanos", "full" },
        { "And what did your father", "Maya Castellanos", "full" },
        { "He used to say", "Florencia Adjovi", "full" } } },
    { "a_roundup_line_opens_with_its_speaker_and_a_comma",
      "Here is what they said.\n\n\xE2\x80\xA2 Rafael Ib\xC3\xA1\xC3\xB1" "ez de la Fuente, "
      "Ecuador's ambassador, as he closed the session: \"Nobody got everything.\"\n\n"
      "\xE2\x80\xA2 Kenya's Ministry of Environment, in a statement: \"Kenya is proud to have "
      "hosted it.\"\n\n\xE2\x80\xA2 The Global Polymers Alliance, an industry body: \"We "
      "welcome a treaty on design.\"\n",
      { { "Nobody got everything.", "Rafael Ib\xC3\xA1\xC3\xB1" "ez de la Fuente", "full" },
        { "Kenya is proud", "Kenyan Ministry of Environment", "full" },
        { "We welcome a treaty", "Global Polymers Alliance", "full" } } },
    { "a_full_name_before_an_auxiliary_is_introduced",
      "The patient one\n\nFor three years Efua Owusu-Ansah has tried to persuade four "
      "governments. \xE2\x80\x9CI am not in a hurry,\xE2\x80\x9D she says.\n",
      { { "I am not in a hurry,", "Efua Owusu-Ansah", "full" } } },
    { "a_name_after_to_with_a_possessive_role_is_a_person",
      "We spoke to Rasa \xC5\xBD" "emaityt\xC4\x97-Kairien\xC4\x97, Lithuania\xE2\x80\x99s deputy "
      "minister of the interior, who oversees the service.\n\nThe deputy minister did not "
      "hesitate. She described the launches as \xE2\x80\x98" "a deliberate hybrid "
      "operation\xE2\x80\x99 that could not happen.\n",
      { { "a deliberate hybrid", "Rasa \xC5\xBD" "emaityt\xC4\x97-Kairien\xC4\x97", "partial" } } },
    { "a_patronymic_marks_where_the_name_starts_after_a_long_title",
      "Deputy Minister of Energy of the Russian Federation Arkady Semyonovich Lyubimtsev told "
      "TASS that talks went well.\n\n\"We are open,\" the deputy minister said.\n\n\"This "
      "question remains open,\" Lyubimtsev said.\n",
      { { "We are open,", "Arkady Semyonovich Lyubimtsev", "full" },
        { "This question remains open,", "Arkady Semyonovich Lyubimtsev", "full" } } },
    { "a_quote_opening_a_sentence_then_the_offer_came_from_x",
      "Offers were not in short supply. \"Togo will carry any message, in both directions.\" "
      "The offer came from Togo's foreign minister, Kossi Agb\xC3\xA9nou, whose government "
      "has kept close ties.\n",
      { { "Togo will carry", "Kossi Agb\xC3\xA9nou", "full" } } },
    { "a_heckle_and_the_retort_by_role_from_someone_else",
      "Nebojsa Markovic, a Green-Left deputy, held up a jar of soil.\n\n\xE2\x80\x98Who paid "
      "for your campaign, Markovic?\xE2\x80\x99 yelled Ivica Lazarevic, a deputy for the "
      "ruling party.\n\n\xE2\x80\x98The citizens did, Mr Lazarevic,\xE2\x80\x99 the "
      "Green-Left deputy shot back.\n",
      { { "Who paid for your campaign", "Ivica Lazarevic", "full" },
        { "The citizens did", "Nebojsa Markovic", "full" } } },
    { "for_a_person_comma_the_fragment_is_their_view",
      "The bank spoke.\n\nFor Tom\xC3\xA1s da Gra\xC3\xA7" "a Nhantumbo, a researcher at the "
      "Maputo watchdog, the transfer is \xE2\x80\x98" "a small cheque with a long "
      "shadow\xE2\x80\x99. Larger revenues would follow.\n\nFor Portugal, the deal is "
      "\xE2\x80\x98" "a lifeline for exporters\xE2\x80\x99 in the long run.\n",
      { { "a small cheque", "Tom\xC3\xA1s da Gra\xC3\xA7" "a Nhantumbo", "partial" },
        { "a lifeline for exporters", "", "partial" } } },
    { "a_code_is_no_person",
      "Governor Albert Mwamba Kasongo spoke on Friday.\n\nThe amendment extends the "
      "convention. Under the 2018 Mining Code, a quarter of mining royalties go to the "
      "province.\n\n\xE2\x80\x9CThen let them publish the annexes,\xE2\x80\x9D he told "
      "reporters.\n",
      { { "Then let them publish", "Albert Mwamba Kasongo", "full" } } },
    { "a_headline_takes_the_speaker_of_a_bullet_that_names_its_own",
      "What they said: \"Nobody got everything\" \xE2\x80\x94 the world reacts to the "
      "treaty\n\nBy staff\n\nNegotiators adopted a treaty.\n\n\xE2\x80\xA2 Rafael "
      "Ib\xC3\xA1\xC3\xB1" "ez de la Fuente, the chair, as he closed the session: \"Nobody got "
      "everything. Everybody got something they can take home.\"\n",
      { { "Nobody got everything", "Rafael Ib\xC3\xA1\xC3\xB1" "ez de la Fuente", "full" },
        { "Nobody got everything.", "Rafael Ib\xC3\xA1\xC3\xB1" "ez de la Fuente", "full" } } },
    { "a_cue_after_and_shares_the_subject_of_the_cue_it_joins",
      "SEOUL (Wire) - South Korea\xE2\x80\x99s central bank left its rate unchanged on "
      "Thursday, but Governor Yoon Jae-hyun said the easing cycle was not over and described "
      "the slide as \xE2\x80\x9C" "excessive and one-sided\xE2\x80\x9D.\n",
      { { "excessive and one-sided", "Yoon Jae-hyun", "partial" } } },
    { "a_business_by_its_description_and_no_unnamed_source_for_an_organisation",
      "National grid operator Ukrenergo announced outage schedules for Kyiv.\n\n\xE2\x80\x9C"
      "Schedules will apply from 06:00 to 22:00,\xE2\x80\x9D the company said.\n\nTwo people "
      "familiar with the matter said the vendor was Lumora Analytics, a Singapore-based firm. "
      "A spokesperson said the company was \xE2\x80\x9C" "aware of media reports\xE2\x80\x9D.\n",
      { { "Schedules will apply", "Ukrenergo", "full" },
        { "aware of media reports", "Lumora Analytics", "partial" } } },
    { "of_two_ministers_the_one_mentioned_last",
      "The deal was signed by Energy Minister Oguzhan Karaagac and Bulgaria's Energy Minister "
      "Kalina Stoyanova-Dimova.\n\nKaraagac also gave an update on production at the "
      "Sakarya field.\n\n\"Our daily production has reached 9.5 million cubic meters,\" the "
      "minister said.\n",
      { { "Our daily production", "Oguzhan Karaagac", "full" } } },
    { "an_uncued_answer_after_the_hosts_question",
      "Yekaterina Mironova-Lund, a fisheries scientist, joined the episode.\n\n\xE2\x80\x9C"
      "Moscow is sending a message to Oslo,\xE2\x80\x9D she said.\n\n\xE2\x80\x9CIs that a "
      "bluff?\xE2\x80\x9D Amara Sorensen asked.\n\n\xE2\x80\x9CPartly. Russia also needs the "
      "joint quota.\xE2\x80\x9D\n",
      { { "Moscow is sending", "Yekaterina Mironova-Lund", "full" },
        { "Is that a bluff?", "Amara Sorensen", "full" },
        { "Partly. Russia", "Yekaterina Mironova-Lund", "full" } } },
    { "a_full_name_with_a_known_given_name_ending_a_sentence_is_introduced",
      "Sharif Nazarov, a farmer, talked about the canal.\n\nOn my last evening I walked to "
      "the bridge with Gulnara Toktosunova. The boys were playing football.\n\n\xE2\x80\x98"
      "Water is a guest. Treat it well and it stays,\xE2\x80\x99 she said.\n",
      { { "Water is a guest", "Gulnara Toktosunova", "full" } } },
    { "a_report_published_by_an_organisation_with_french_connectors",
      "Dakar \xE2\x80\x93 Families have yet to be paid, according to a report published today "
      "by the Coalition pour la P\xC3\xAA" "che Artisanale et le Littoral (COPAL).\n\nThe "
      "report is based on interviews.\n\n\xE2\x80\x9C" "Compensation was calculated on the "
      "value of the buildings,\xE2\x80\x9D the report concludes.\n",
      { { "Compensation was calculated",
          "Coalition pour la P\xC3\xAA" "che Artisanale et le Littoral", "full" } } },
    { "a_press_releases_quote_for_use_is_signed_below",
      "The group spoke.\n\nENDS\n\nQuote for use:\n\n\xE2\x80\x9CSenegal can build "
      "world-class ports. It can also pay the people it moved.\n\n\xE2\x80\x9C" "A country "
      "that wants to be a hub can manage a register.\xE2\x80\x9D\n\xE2\x80\x94 Abdoulaye "
      "Ndiaye, Executive Director, COPAL\n\nNotes to editors\n",
      { { "Senegal can build", "Abdoulaye Ndiaye", "full" } } },
    { "the_company_is_the_fuller_name_its_short_form_begins",
      "Helix Quant Research Pvt Ltd was barred by the Securities and Exchange Board of "
      "India.\n\nIn a statement, Helix Quant said it would appeal.\n\n\xE2\x80\x9COur "
      "research was always accompanied by disclosures,\xE2\x80\x9D the company said.\n",
      { { "Our research was", "Helix Quant Research Pvt Ltd", "full" } } },
    { "titles_and_names_after_titled_copy_of_and_known_as",
      "The 62-page interim order, titled \xE2\x80\x9CIn the matter of Helix Quant Research Pvt "
      "Ltd\xE2\x80\x9D, found that the firm had bought shares.\n\nThe envoy sits with a "
      "paperback copy of \xE2\x80\x9CThe Fisherman\xE2\x80\x99s Daughter\xE2\x80\x9D, a "
      "Ghanaian novel.\n\nThe company, known among chip engineers as \"the lens house of "
      "Kyoto,\" supplies optical tools.\n\n\"We are ready for the review,\" the company "
      "said.\n",
      { { "We are ready for the review,", NULL, "full" } } },
    { "a_possessive_before_a_role_is_the_employer_not_a_person",
      "The breach was large.\n\nKosh Pay\xE2\x80\x99s founder and chief executive, Arjun "
      "Venkataraman, addressed customers directly in a post.\n\n\xE2\x80\x9CTo every Kosh Pay "
      "customer: we let you down, and I am sorry.\xE2\x80\x9D\n",
      { { "To every Kosh Pay customer", "Arjun Venkataraman", "full" } } },
    { "quoted_a_long_title_then_the_name_as_saying",
      "The agency quoted Deputy Minister for Petroleum Affairs Faisal bin Rashid Al-Otaibi as "
      "saying: \xE2\x80\x9CThe market is balanced.\xE2\x80\x9D\n\nThe statement quoted "
      "Principal Secretary Dr. Wanjiru Kamau-Otieno as saying: \xE2\x80\x9C" "Every complaint "
      "will be investigated.\xE2\x80\x9D\n",
      { { "The market is balanced.", "Faisal bin Rashid Al-Otaibi", "full" },
        { "Every complaint will", "Wanjiru Kamau-Otieno", "full" } } },
    { "an_organisation_put_out_a_statement_colon_then_the_quote",
      "Summit ends.\n\nChina\xE2\x80\x99s foreign ministry has put out a short statement in "
      "Beijing in response:\n\n\xE2\x80\x9C" "China firmly opposes interference by countries "
      "outside the region.\xE2\x80\x9D\n",
      { { "China firmly opposes", "Chinese foreign ministry", "full" } } },
    { "a_name_in_quote_marks_is_no_one_introduced",
      "Photo: Father Arturo Villase\xC3\xB1or speaks to marchers. \xE2\x80\x9CNobody closes "
      "this door,\xE2\x80\x9D he said.\n\nVillase\xC3\xB1or, a priest known across the city as "
      "\xE2\x80\x9C" "el Padre de la Garita,\xE2\x80\x9D said the shelter was full. \xE2\x80"
      "\x9CWe had 412 people sleeping here last night,\xE2\x80\x9D he said.\n",
      { { "Nobody closes this door,", "Arturo Villase\xC3\xB1or", "full" },
        { "We had 412 people", "Arturo Villase\xC3\xB1or", "full" } } },
    { "chants_nicknames_and_a_framing_are_no_statements",
      "The supporters responded before being drowned out by a cry of \"Tharindu! "
      "Tharindu!\" from the stands.\n\nPark, whose films earned her the nickname \xE2\x80\x98"
      "the Queen of Silence\xE2\x80\x99 in the press, smiled.\n\nThe bid has framed itself as "
      "the \"Games of short distances\", with no new stadiums.\n\n\"We will win,\" Park "
      "said on Sunday evening.\n",
      { { "We will win,", "Park", "full" } } },
    { "a_bracketed_gloss_and_said_x_was_is_a_reported_clause",
      "MAC spokesman Hsu Cheng-yi (\xE8\xA8\xB1\xE6\xAD\xA3\xE7\xBE\xA9), speaking at the "
      "council\xE2\x80\x99s weekly news conference, said Beijing was using \xE2\x80\x9Cgray zone "
      "coercion\xE2\x80\x9D to pressure Taiwan.\n\nThe company described the concerns as "
      "\"legitimate and important\" and said it would fund a monitoring network.\n",
      { { "gray zone coercion", "Hsu Cheng-yi", "partial" },
        { "legitimate and important", NULL, "partial" } } },
    { "a_possessive_country_before_its_ministry_is_the_ministry",
      "North Korea's foreign ministry defended the plan, calling the meeting \"a "
      "confrontational gathering of war maniacs.\"\n",
      { { "a confrontational gathering", "North Korean foreign ministry", "partial" } } },
    { "the_person_named_before_a_quote_in_its_paragraph_over_the_last_speaker",
      "Emeka Okonkwo, the centre-back, stopped to speak to reporters. \xE2\x80\x9CI touched "
      "the ball first, one hundred per cent,\xE2\x80\x9D Okonkwo said.\n\nAsked whether his "
      "brother had been at fault, Chidi Okonkwo laughed. \xE2\x80\x9CHe\xE2\x80\x99s my big "
      "brother, what am I going to say?\xE2\x80\x9D\n",
      { { "I touched the ball", "Emeka Okonkwo", "full" },
        { "He\xE2\x80\x99s my big brother", "Chidi Okonkwo", "full" } } },
    { "an_age_is_a_subject",
      "Emeka Okonkwo, the centre-back, spoke.\n\nBut the referee was firm. \xE2\x80\x9CI "
      "touched the ball first, one hundred per cent,\xE2\x80\x9D the 28-year-old said.\n",
      { { "I touched the ball", "Emeka Okonkwo", "full" } } },
    { "findings_rulings_thanks_and_as_she_puts_it",
      "The court found that the seizure \xE2\x80\x9Cwas a breach of the convention\xE2\x80\x9D "
      "and directed Jakarta to \xE2\x80\x9Creview and reconsider\xE2\x80\x9D the fines.\n\n"
      "Commission President Lejla Hodzic told a press conference that the commission had found "
      "\xE2\x80\x9Cserious irregularities\xE2\x80\x9D at four stations.\n\nNino Kapanadze, the "
      "best actress, thanked the jury \xE2\x80\x98" "for noticing a woman over fifty\xE2\x80"
      "\x99.\n",
      { { "was a breach", "court", "partial" },
        { "review and reconsider", "court", "partial" },
        { "serious irregularities", "Lejla Hodzic", "partial" },
        { "for noticing a woman", "Nino Kapanadze", "partial" } } },
    { "a_council_member_is_introduced_by_the_title",
      "Council member Francisca Valdivieso Urrutia voted to keep the rate unchanged. Speaking "
      "at an event last month, she had argued that \"the last mile of disinflation is always "
      "the hardest\".\n",
      { { "the last mile", "Francisca Valdivieso Urrutia", "partial" } } },
    { "a_press_review_the_paper_wrote_and_it_wrote",
      "In Germany, the Rheinischer Morgen called the deal \xE2\x80\x98" "a compact built on "
      "sand\xE2\x80\x99.\n\n\xE2\x80\x98The Commission says it has secured guarantees,"
      "\xE2\x80\x99 the paper wrote.\n\nLe Phare de Tunis, a French-language daily, was "
      "cooler still.\n\n\xE2\x80\x98" "Europe wants our coastguards but not our engineers,"
      "\xE2\x80\x99 the paper wrote.\n\nItaly\xE2\x80\x99s Il Nuovo Faro, a centre-right "
      "daily in Naples, reached for irony. \xE2\x80\x98How generous of Brussels to rediscover "
      "the sea,\xE2\x80\x99 it wrote.\n",
      { { "a compact built on sand", NULL, "partial" },
        { "The Commission says", "Rheinischer Morgen", "full" },
        { "Europe wants our", "Le Phare de Tunis", "full" },
        { "How generous of Brussels", "Italian Il Nuovo Faro", "full" } } },
};

START_TEST(attribution_case)
{
    st_test_quote_case(&cases[_i]);
}
END_TEST

Suite *st_suite_attrib(void)
{
    return st_test_loop_suite("attrib", attribution_case, sizeof cases / sizeof *cases);
}
