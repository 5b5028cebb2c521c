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
        { "It holds,", "Downing Street source", "full" } } },
    { "transcript_labels_by_role_initials_question_and_markdown",
      "Interview by Maya Castellanos, Hanoi\n\nSpokesperson Florencia Adjovi said the "
      "convoys were stuck.\n\nQuestion (Joaquim dos Reis, Radio Sol): Who exactly is holding "
      "the trucks today?\n\nSpokesperson: I am not going to name one party from this "
      "podium.\n\n**Maya Castellanos:** How much money has actually arrived so far?\n\n"
      "**MC:** And what did your father say about it?\n\n**Adjovi:** He used to say, "
      "\xE2\x80\x9C" "A good spanner has no nationality,\xE2\x80\x9D and it still works.\n",
      { { "Who exactly is holding", "Joaquim dos Reis", "full" },
        { "I am not going to name", "Florencia Adjovi", "full" },
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
     * and one named with "Union" first */
    { "the_union_is_the_union_named_before",
      "The Association of Professional Footballers of Mexico (AFPM), which represents the "
      "players, called for talks.\n\n\"We call on both sides to resolve their "
      "differences,\" the union said.\n\nThe Allied Health Workers\xE2\x80\x99 Union balloted its "
      "members.\n\nA Department of Health spokesman said: \"We urge both sides to talk.\"\n\n"
      "The union said a walkout would go ahead unless \"a credible offer\" was tabled.\n",
      { { "We call on both sides", "Association of Professional Footballers of Mexico", "full" },
        { "We urge both sides", NULL, "full" },
        { "a credible offer", "Union", "partial" } } },   /* (the possessive cuts the run) */
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
};

START_TEST(attribution_case)
{
    st_test_quote_case(&cases[_i]);
}
END_TEST

Suite *st_suite_attrib(void)
{
    Suite *s = suite_create("attrib");
    TCase *tc = tcase_create("cases");
    tcase_add_loop_test(tc, attribution_case, 0, sizeof cases / sizeof *cases);
    suite_add_tcase(s, tc);
    return s;
}
