/* subjects.c - who a reporting cue's subject is: the name, pronoun or
 * noun phrase before the cue in the reporter's words.
 *
 * Before the cue ("Li Lifan, a senior fellow, said"), and the noun
 * phrases every subject search reads (st_at_np_ending_at); appositions,
 * titles, settings ("In Abidjan, X, who ..., said"), "X of the Y (NBI)",
 * a document's owner ("The Kremlin's readout said") and reported clauses
 * are told apart here.  The subject after a cue ("said Li", "according
 * to the ministry") and a participle's ("..., describing it as") are in
 * subjects_after.c; attrib.c finds the cues and resolve.c resolves the
 * subjects to speakers. */
#include "attrib_int.h"
#include "given_names.h"

static subject document_owner(const attrib *a, size_t lo, subject t);
static subject person_before_of(const attrib *a, size_t lo, subject t, size_t k, int named);

/* "the paper wrote", "the daily said": a newspaper, after "the" only
 * ("paper" and "daily" are other words too). */
static int the_paper(const attrib *a, size_t lo, size_t j)
{
    char w[WORD_MAX];
    return j > lo && is_word(a, j) && !is_cap(a, j) && tk_is(a, j, ST_WC_OUTLET) &&
           outlet_noun(lower(a, j, w)) &&
           st_token_is(a->d->t, tok(a, j - 1), "the");
}

/* "a person", "two people": a person noun only when counted (not "the
 * Kurdish people"). */
int st_at_counted_people(const attrib *a, size_t lo, size_t j)
{
    static const char *const counts[] = { "a", "one", "two", "three", "several", NULL };
    char w[WORD_MAX];
    if (j <= lo || !is_word(a, j - 1) ||
        (strcmp(lower(a, j, w), "person") != 0 && strcmp(w, "people") != 0))
        return 0;
    return word_in(lower(a, j - 1, w), counts);
}

/* "D-Riverside", "R-Texas", "I-Vt": a US legislator's party and place,
 * in apposition after the name. */
static int party_tag(const attrib *a, size_t j)
{
    const st_token *t = tok(a, j);
    const uint32_t *cp = a->d->t->cp;
    return is_word(a, j) && t->end - t->start > 3 &&
           (cp[t->start] == 'D' || cp[t->start] == 'R' || cp[t->start] == 'I') &&
           cp[t->start + 1] == '-' && cp[t->start + 2] >= 'A' && cp[t->start + 2] <= 'Z';
}

/* The noun phrase, name or pronoun that ends at token j (>= lo). */
/* "In its order, the bench said": a court's judges, in lower case as
 * South Asian court reports write it, when the text has named the court
 * (w holds token j's fold). */
static int lowercase_bench(const attrib *a, size_t lo, size_t j, const char *w)
{
    char *court;
    int named;
    if (is_cap(a, j) || strcmp(w, "bench") != 0 || j <= lo || !word_is(a, j - 1, "the"))
        return 0;
    court = st_nm_court_of_bench(a, j - 1);
    named = court != NULL;
    free(court);
    return named;
}

/* "the Swede said", "the Portuguese said": a nationality as a noun for a
 * person.  Nouns of their own (Swede, Briton, Frenchman), or a place
 * word with a demonym's ending (Portuguese, Brazilian, Pakistani; not
 * the Vatican). */
int st_at_demonym_noun(const attrib *a, size_t i)
{
    static const char *const nouns[] = {"swede", "dane", "briton", "frenchman", "frenchwoman",
        "dutchman", "dutchwoman", "englishman", "englishwoman", "scot", "scotsman", "welshman",
        "irishman", "irishwoman", "spaniard", "turk", "argentine", "filipino", "filipina",
        "thai", "swiss", "kiwi", "basque", "catalan", "serb", "croat", "kurd", "pole", "finn",
        "czech", "slovak", "greek", "uzbek", "kazakh", "tajik", "kyrgyz", "afghan", "uyghur",
        "pashtun", "sikh", "maori", "inuit", "québécois", "quebecer", "fleming", "walloon",
        "zulu", "xhosa", "yoruba", "igbo", "hausa", "tamil", "punjabi", "bengali", "sinhalese",
        NULL};
    static const char *const ends[] = {"ese", "ian", "an", "i", NULL};
    char w[WORD_MAX];
    size_t n, k;
    if (!is_cap(a, i))
        return 0;
    n = strlen(name_lower(a, i, w));
    for (k = 0; nouns[k]; k++)
        if (!strcmp(w, nouns[k]))
            return 1;
    if (!tk_name_is(a, i, ST_WC_PLACE) || !strcmp(w, "vatican"))
        return 0;
    for (k = 0; ends[k]; k++) {
        size_t m = strlen(ends[k]);
        if (n > m + 2 && !strcmp(w + n - m, ends[k]))
            return 1;
    }
    return 0;
}

/* Do tokens [k, j] name a country, after a title's "of" ("the
 * Republic", "Brazil"), not a body ("the Council of Ministers")? */
static int of_country(const attrib *a, size_t k, size_t j)
{
    if (k < j && word_is(a, k, "the"))
        k++;
    return k == j && (word_is(a, k, "republic") || tk_name_is(a, k, ST_WC_PLACE));
}

subject st_at_np_ending_at(const attrib *a, size_t lo, size_t j)
{
    subject s = { SUBJ_NONE, 0, 0, 0 };
    char w[WORD_MAX];

    if (j > lo && punct_is(a, j, '.') && is_word(a, j - 1) && tok(a, j - 1)->end == tok(a, j)->start &&
        (st_token_is(a->d->t, tok(a, j - 1), "jr") || st_token_is(a->d->t, tok(a, j - 1), "sr") ||
         st_token_is(a->d->t, tok(a, j - 1), "co") || st_token_is(a->d->t, tok(a, j - 1), "inc") ||
         st_token_is(a->d->t, tok(a, j - 1), "ltd") || st_token_is(a->d->t, tok(a, j - 1), "corp")))
        j--;    /* "Franklin Odom Jr.", "Hsin Yuan Fishery Co." */
    else if (j > lo && patronym_suffix(a, j))
        j--;    /* "Toktosun uulu said" */
    if (j < lo || !is_word(a, j) || in_statement(a, j))
        return s;
    if (j > lo + 1 && party_tag(a, j) && punct_is(a, j - 1, ','))
        return st_at_np_ending_at(a, lo, j - 2);  /* "Rep. Tom Hale, R-Wichita, said" */
    if (tk_is(a, j, ST_WC_PRONOUN)) {
        s.type = SUBJ_PRONOUN;
        s.first = s.last = s.name_first = j;
        return s;
    }
    if (j > lo && is_cap(a, j) && st_token_is(a->d->t, tok(a, j - 1), "the") &&
        !is_cap(a, j - 1) && st_at_demonym_noun(a, j)) {
        s.type = SUBJ_NP;   /* "the Swede said": a person, as "the coach" */
        s.first = j - 1;
        s.name_first = s.last = j;
        return s;
    }
    if (is_cap(a, j)) {
        size_t st = st_nm_name_run_start(a, lo, j), ext;
        size_t nf = st_nm_strip_leading(a, st, j);
        size_t k = st;
        if (tok(a, st)->start > 0 && a->d->is_mark[tok(a, st)->start - 1])
            return s;   /* a quoted nickname or term: "known as “Big Curt,”" */
        /* "Ministry of Defense": the words after "of" may all be title
         * words; the organisation's name before "of" carries it. */
        int org_tail = nf > j;
        /* "the Deputy Minister said": a role in capitals after "the" is
         * a role phrase, as in lowercase. */
        /* (and after "the", a title ending capitalised words that are
         * no name: "the Upper Bann MP said", "the Belfast-born MP") */
        if (st > lo && tk_name_is(a, st - 1, ST_WC_DETERMINER) &&
            (org_tail ? tk_name_is(a, j, ST_WC_PERSON_NOUN)
                      : st < j && st_nm_tk_title_word(a, j) && !tk_name_is(a, j, ST_WC_ORG_HEAD))) {
            s.type = SUBJ_NP;
            s.first = st - 1;
            s.name_first = st;
            s.last = j;
            return s;
        }
        /* "The Prime Minister said", "The Opposition Leader said" opening
         * the sentence: the capitalised "The" is in the run */
        if (org_tail && st < j && tk_name_is(a, st, ST_WC_DETERMINER) && role_word(a, j) &&
            !tk_name_is(a, j, ST_WC_ORG_HEAD) && j + 1 < a->d->tk.n &&
            !(is_word(a, j + 1) && (st_token_is(a->d->t, tok(a, j + 1), "for") ||
                                    st_token_is(a->d->t, tok(a, j + 1), "of")))) {
            s.type = SUBJ_NP;
            s.first = st;
            s.name_first = st + 1;
            s.last = j;
            return s;
        }
        if (org_tail && st_nm_org_run_start(a, lo, j) >= st)
            return s;
        /* "The founder of campaign group Clean Rivers Now": the subject is
         * the role, not the organisation named after "of". */
        while (k > lo && k + 3 > st && is_word(a, k - 1) && !is_cap(a, k - 1) &&
               !st_token_is(a->d->t, tok(a, k - 1), "of"))
            k--;
        /* (or a capitalised title: "The President of the Republic said") */
        if (k > lo + 1 && st_token_is(a->d->t, tok(a, k - 1), "of") && is_word(a, k - 2) &&
            (is_cap(a, k - 2) ? k >= lo + 3 && st_nm_tk_title_word(a, k - 2) &&
                                    word_is(a, k - 3, "the") && of_country(a, k, j)
                              : tk_is(a, k - 2, ST_WC_PERSON_NOUN))) {
            size_t r = k - 2;   /* "the chief executive of Atlântica" */
            while (r > lo + 1 && k - 2 - r < 2 && is_word(a, r - 1) && !is_cap(a, r - 1) &&
                   role_word(a, r - 1))
                r--;
            if (r > lo && word_is(a, r - 1, "the")) {
                s.type = SUBJ_NP;
                s.first = r - 1;
                s.name_first = r;
                s.last = k - 2;
                return s;
            }
        }
        s.type = org_tail || st_nm_run_is_org(a, nf, j) ? SUBJ_NP : SUBJ_NAME;
        if ((ext = st_nm_org_run_start(a, lo, j)) < st) {
            st = ext;
            s.type = SUBJ_NP;
        }
        if (s.type == SUBJ_NP) {
            nf = st;
            while (nf < j && tk_name_is(a, nf, ST_WC_FUNCTION))
                nf++;
        }
        s.first = nf;
        s.name_first = nf;
        s.last = j;
        return s;
    }
    if ((tk_is(a, j, ST_WC_ORG_HEAD | ST_WC_PERSON_NOUN | ST_WC_DOCUMENT) ||
         st_at_counted_people(a, lo, j) ||
         age_word(lower(a, j, w)) || the_paper(a, lo, j) ||
         (!is_cap(a, j) && !strcmp(w, "police")) ||    /* "Amman police said" */
         lowercase_bench(a, lo, j, w)) &&
        !(tk_is(a, j, ST_WC_FUNCTION) && !is_acronym(a, j))) {
        /* (not "who" in lower case: "the lawyer who argued", not the WHO) */
        size_t k = j;
        while (k > lo && is_word(a, k - 1) && !in_statement(a, k - 1) && j - k < 6) {
            if (tk_is(a, k - 1, ST_WC_DETERMINER | ST_WC_SKIPPABLE) ||
                tk_cue(a, k - 1, &(const char *){ NULL }))
                break;
            /* "... curbs to December as chair pledges": a preposition or
             * conjunction ends the phrase (not of, and, for, which join an
             * organisation's name: "Department of Health and Social Care
             * spokesman") */
            if (tk_is(a, k - 1, ST_WC_FUNCTION) && !st_token_is(a->d->t, tok(a, k - 1), "of") &&
                !st_token_is(a->d->t, tok(a, k - 1), "and") &&
                !st_token_is(a->d->t, tok(a, k - 1), "for"))
                break;
            /* "a step Ghana's trade minister called …": the possessive
             * opens the phrase; the word before it ends another. */
            if (k < j && is_cap(a, k) && !is_cap(a, k - 1) && is_possessive(a, k))
                break;
            k--;
        }
        s.type = SUBJ_NP;
        s.first = s.name_first = k;
        s.last = j;
        if (k > lo && is_word(a, k - 1)) {
            if (tk_is(a, k - 1, ST_WC_DETERMINER))
                s.first = k - 1;    /* the mention keeps its article */
        }
    }
    return s;
}

/* "In Tokyo," is a setting, not a subject. */
int st_at_place_np(const attrib *a, const subject *t)
{
    return t->first == t->last && tk_name_is(a, t->first, ST_WC_PLACE);
}

/* "Risto Halme of the National Bureau of Investigation told": the person
 * before "of (the)" an organisation is the subject, not the organisation. */
static subject person_of_org(const attrib *a, size_t lo, subject t)
{
    size_t k;
    subject p;
    if (t.type != SUBJ_NP && t.type != SUBJ_NAME)
        return t;
    /* (a lowercase modifier may open it: "of the far-right Tkuma Leumit
     * party", "of the opposition Lebanon First bloc", whose name follows) */
    for (k = t.name_first;
         k < t.last && k < t.name_first + 2 && !is_cap(a, k) &&
         (hyphenated(a, k) || ((tok(a, k)->flags & ST_TF_LOWER) && !tk_is(a, k, ST_WC_FUNCTION)));
         k++)
        ;
    /* (or a body named by a lowercase noun: "Rep. Kwak Min-seok of the
     * main opposition party said") */
    if (!is_cap(a, k) && !(t.type == SUBJ_NP && (tk_is(a, t.last, ST_WC_ORG_HEAD) ||
                                                word_is(a, t.last, "party"))))
        return t;
    if ((p = person_before_of(a, lo, t, t.first, t.type == SUBJ_NAME)).type != SUBJ_NONE)
        return p;
    /* (the capitalised run may hold the "of" itself: "John Smith of Acme
     * Holdings said") */
    for (k = t.first + 1; k < t.last && !word_is(a, k, "of"); k++)
        ;
    if (k < t.last && (p = person_before_of(a, lo, t, k + 1, 1)).type != SUBJ_NONE)
        return p;
    return t;
}

/* The person before "of (the)" and the organisation starting at token k:
 * "Risto Halme of the National Bureau of Investigation told", "Hanna X
 * of the Bonn-based Forum Y said" (an organisation's name, or any name:
 * "Meenakshi Sundaram of Trivikram Securities asked" is Sundaram's
 * question); SUBJ_NONE when there is none.  After a name (named), only a
 * person whose given name is known ("Royal College of Midwives", "Joint
 * Chiefs of Staff" are one name), or a titled one ("Archbishop Ilarion of
 * Soroca"). */
static subject person_before_of(const attrib *a, size_t lo, subject t, size_t k, int named)
{
    subject none = { SUBJ_NONE, 0, 0, 0 }, p;
    const char *cue;
    /* back over "the" and a hyphenated modifier ("of the Bonn-based"),
     * or lowercase ones ("of the main opposition People Power Party") */
    while (k > lo && k + 4 > t.first && is_word(a, k - 1) && !word_is(a, k - 1, "of") &&
           (word_is(a, k - 1, "the") || hyphenated(a, k - 1) ||
            ((tok(a, k - 1)->flags & ST_TF_LOWER) && !tk_is(a, k - 1, ST_WC_FUNCTION) &&
             !tk_cue(a, k - 1, &cue))))
        k--;
    if (k < lo + 2 || !word_is(a, k - 1, "of") || !is_cap(a, k - 2))
        return none;
    p = st_at_np_ending_at(a, lo, k - 2);
    if (named) {
        if (p.type != SUBJ_NAME || st_nm_run_is_org(a, p.name_first, p.last))
            return none;
        if (p.name_first > p.first || (p.name_first > lo && st_nm_tk_title_word(a, p.name_first - 1)))
            return p;
        if (!known_given(a, p.name_first) && !tk_name_is(a, t.last, ST_WC_TRADE))
            return none;    /* (a business's name: "Sho Hirano of Minato Securities") */
    }
    return p.type == SUBJ_NAME && p.last > p.name_first ? p : none;
}

/* "A spokesman for the Joint Chiefs of Staff said": the organisation a
 * spokesperson speaks for is the speaker, named in full, when t is the
 * capitalised run after "for (the)".  Else t as it is. */
static subject spokes_for_org(const attrib *a, size_t lo, subject t)
{
    size_t k = t.first, st = t.first;
    char w[WORD_MAX];
    if (t.type == SUBJ_PRONOUN || t.type == SUBJ_NONE || !is_cap(a, t.first))
        return t;
    /* The whole run, over "of" and "and" ("Joint Chiefs of Staff"). */
    while (st >= lo + 2 && is_cap(a, st - 2) && is_word(a, st - 1) &&
           (st_token_is(a->d->t, tok(a, st - 1), "of") ||
            st_token_is(a->d->t, tok(a, st - 1), "and")))
        st = st_nm_name_run_start(a, lo, st - 2);
    k = st;
    if (k > lo && st_token_is(a->d->t, tok(a, k - 1), "the"))
        k--;
    if (k < lo + 2 || !st_token_is(a->d->t, tok(a, k - 1), "for") ||
        !st_nm_spokes_gender(lower(a, k - 2, w)))
        return t;
    t.type = SUBJ_NP;
    t.first = t.name_first = st;
    return t;
}

/* "The Data Commissioner, Wanjiru Kamau-Otieno, said", "The film's
 * director, Turkish documentary maker Elif Kaya Demirtaş, told": a role,
 * then the person's full name ending the appositive before the comma at
 * j.  The name, or SUBJ_NONE. */
static subject role_then_name(const attrib *a, size_t lo, size_t j)
{
    subject none = { SUBJ_NONE, 0, 0, 0 }, last;
    size_t p = j, k;
    while (p > lo && !punct_is(a, p - 1, ',') && tok(a, p - 1)->type != ST_TOK_BREAK &&
           j - p < 16)
        p--;
    if (p <= lo + 1 || !punct_is(a, p - 1, ','))
        return none;
    last = st_at_np_ending_at(a, lo, j - 1);
    if (last.type != SUBJ_NAME || last.last == last.name_first || last.name_first < p)
        return none;
    /* Only describing words before the name: "mayor of Foz do Iguaçu"
     * names a place, not the person. */
    /* A known given name opening the name vouches for it: "Oman's
     * Minister of Energy and Minerals Salim bin Nasser Al-Rawahi". */
    char g[WORD_MAX];
    name_lower(a, last.name_first, g);
    int given = st_gn_gender(g, strlen(g)) != 0;
    for (k = p; k < last.name_first; k++)
        if (/* (nor "representing Verdant Harbour": a clause, not a role,
             * whatever name follows: "speaking from hospital in Bandar
             * Abbas", Bandar a given name too) */
            (is_word(a, k) && !is_cap(a, k) && !role_word(a, k) &&
             !tk_is(a, k, ST_WC_FUNCTION | ST_WC_DETERMINER)) ||
            (!given &&
             ((!is_word(a, k) && past_dotted_title(a, k - 1, last.name_first + 1) != k + 1) ||
              (is_possessive(a, k) && !(k + 1 < last.name_first && role_word(a, k + 1))) ||
              (tk_name_is(a, k, ST_WC_FUNCTION) && !st_nm_tk_title_word(a, k)))))
            return none;    /* (nor "south China's Guangdong Province"; "Dr" and
                             * "Oman's Minister" may) */
    if (st_nm_run_is_org(a, last.name_first, last.last))
        return none;
    for (k = last.name_first; k <= last.last; k++)
        if (tk_name_is(a, k, ST_WC_PLACE))
            return none;
    /* The role may sit a segment or two back when a list of portfolios
     * follows it: "Ghana's Minister for Tourism, Arts and Culture, Akosua
     * Boateng-Mensah, welcomed". */
    for (k = p - 1; k > lo && tok(a, k - 1)->type != ST_TOK_BREAK && p - k < 16; k--) {
        if (punct_is(a, k - 1, ',')) {
            if (!is_cap(a, k))
                break;      /* only capitalised list items lie between */
            continue;
        }
        if (is_word(a, k - 1) && role_word(a, k - 1)) {
            /* Not a role inside a relative clause: "Governor X, who
             * spoke through his Chief Press Secretary, Mr Y, described"
             * is X's.  One in the sentence before is not this one's
             * ("The agency, which owns the trucks, says …  Its country
             * director for Chad, X, told"). */
            size_t b;
            int relative = 0;
            for (b = lo; b + 1 < k; b++)
                if (tok(a, b)->type == ST_TOK_PUNCT && a->d->stop[tok(a, b)->end - 1] &&
                    !in_statement(a, b))
                    relative = 0;
                else if (st_token_is(a->d->t, tok(a, b), "who") ||
                         st_token_is(a->d->t, tok(a, b), "whose") ||
                         st_token_is(a->d->t, tok(a, b), "which"))
                    relative = 1;
            return relative ? none : last;
        }
    }
    return none;
}

/* Is token k a paragraph break: a blank line, or a newline after a line
 * that ends a sentence or a heading? */
static int paragraph_break(const attrib *a, size_t k)
{
    const uint32_t *cp = a->d->t->cp;
    size_t nl = break_newlines(a, k);
    if (nl == 0)
        return 0;
    if (nl > 1 || k == 0)
        return 1;
    if (tok(a, k - 1)->type == ST_TOK_PUNCT) {
        /* "…:", "….", a closing mark end a line; a comma only wraps it */
        uint32_t c = cp[tok(a, k - 1)->end - 1];
        return st_cp_ends_sentence(c) || c == ':' || a->d->is_mark[tok(a, k - 1)->start];
    }
    return (tok(a, k - 1)->flags & ST_TF_ALLCAPS) != 0;
}

/* Subject of the cue at token v, looking left no further than lo. */
/* "a person familiar with the matter", "two people briefed on the talks",
 * "a source close to the minister": an unnamed source and what it knows.
 * The head noun's token when the words ending at j are such a phrase,
 * else j. */
static size_t source_head(const attrib *a, size_t lo, size_t j)
{
    static const char *const knows[] = { "familiar", "briefed", "close", "involved", NULL };
    static const char *const where[] = { "at", "on", "in", "from", NULL };
    static const char *const indefinite[] = { "a", "an", "one", "another", NULL };
    char w[WORD_MAX];
    size_t m, k;
    /* "a nurse at the hospital", "one organiser on the west side": an
     * unnamed person and where they are (not a spokesman, who speaks
     * for the body) */
    for (m = j; m > lo + 1 && m + 6 > j; m--) {
        size_t h = m - 1;
        if (!is_word(a, m) || !is_word(a, h) || is_cap(a, m))
            break;
        if (!word_in(lower(a, m, w), where))
            continue;
        if (is_cap(a, h) || !tk_is(a, h, ST_WC_PERSON_NOUN) || st_nm_spokes_gender(lower(a, h, w)))
            break;
        for (k = h; k > lo && h - k < 3 && is_word(a, k - 1) && !is_cap(a, k - 1) &&
                    !word_in(lower(a, k - 1, w), indefinite);
             k--)
            ;
        if (k > lo && is_word(a, k - 1) && word_in(lower(a, k - 1, w), indefinite))
            return h;
        break;
    }
    for (m = j; m > lo && m + 8 > j; m--) {
        size_t h = m - 1;
        if (!is_word(a, m) || !is_word(a, h))
            return j;
        lower(a, m, w);
        if (strcmp(w, "with") == 0 && m + 1 <= j && (lower(a, m + 1, w), 1) &&
            (strcmp(w, "knowledge") == 0 || strcmp(w, "direct") == 0)) {
            /* "with (direct) knowledge of" */
        } else {
            for (k = 0; knows[k] && strcmp(w, knows[k]); k++)
                ;
            if (!knows[k])
                continue;
        }
        lower(a, h, w);
        if (tk_is(a, h, ST_WC_PERSON_NOUN) || strcmp(w, "person") == 0 ||
            strcmp(w, "people") == 0)
            return h;
        return j;
    }
    return j;
}

/* "R-Sierra Vista", "D-Calif.", "I-Vt.": a party's letter, a hyphen and
 * the capitalised district or state, starting at token k. */
static int party_district(const attrib *a, size_t k)
{
    const st_token *t = tok(a, k);
    const uint32_t *cp = a->d->t->cp + t->start;
    return is_word(a, k) && t->end - t->start > 2 &&
           (cp[0] == 'R' || cp[0] == 'D' || cp[0] == 'I') && cp[1] == '-' &&
           st_cp_is_upper(cp[2]);
}

/* "The minister, in a statement signed by his Special Adviser on Media,
 * Mr Olumide Bankole-Martins, said", "Ms Owusu, in a written statement,
 * said": a document the subject spoke in, between commas, alone or with
 * whoever signed or issued it, is no subject; the comma before "in" (the
 * subject's apposition ends there), or j itself. */
static size_t past_signed_document(const attrib *a, size_t lo, size_t j)
{
    static const char *const issued[] = { "signed", "issued", "released", "sent", "posted",
                                          "read", NULL };
    char w[WORD_MAX];
    size_t c;
    for (c = j; c > lo + 2 && j - c < 30 && tok(a, c - 1)->type != ST_TOK_BREAK; c--) {
        size_t in = c - 1, d = in + 2;
        if (!word_is(a, in, "in") || !punct_is(a, in - 1, ','))
            continue;
        if (d + 1 < j && is_word(a, d) && !is_cap(a, d) && !tk_is(a, d, ST_WC_DOCUMENT))
            d++;    /* "in a joint statement", "in a written statement" */
        if (d < j && (word_is(a, in + 1, "a") || word_is(a, in + 1, "its") ||
                      word_is(a, in + 1, "his") || word_is(a, in + 1, "her") ||
                      word_is(a, in + 1, "their")) &&
            is_word(a, d) && tk_is(a, d, ST_WC_DOCUMENT) &&
            (d + 1 == j || (is_word(a, d + 1) && word_in(lower(a, d + 1, w), issued))))
            return in - 1;  /* (not "in a submission to the commission,": its body) */
        break;
    }
    return j;
}

subject st_at_subject_before(const attrib *a, size_t lo, size_t v)
{
    subject none = { SUBJ_NONE, 0, 0, 0 };
    size_t j = v, c;

    while (j > lo) {
        j--;
        if (is_word(a, j) && tk_is(a, j, ST_WC_SKIPPABLE) && !is_acronym(a, j))
            continue;
        /* French copy's auxiliary: "M. Koffi Yao Hermann a expliqué" */
        if (j + 1 == v && word_is(a, j, "a") && !is_cap(a, j))
            continue;
        break;
    }
    if (j < lo || j >= v)
        return none;
    /* "Kevin Omondi Ochieng’ dismissed": a Luo name's closing apostrophe */
    if (j > lo && (punct_is(a, j, 0x2019) || punct_is(a, j, '\'')) && is_cap(a, j - 1) &&
        tok(a, j)->start == tok(a, j - 1)->end && !a->d->is_mark[tok(a, j)->start])
        j--;
    /* "Raj Bhavan in a release said", "The ministry in a statement
     * said": the document it spoke in comes between subject and cue */
    if (j >= lo + 3 && is_word(a, j) && tk_is(a, j, ST_WC_DOCUMENT) && word_is(a, j - 2, "in") &&
        (word_is(a, j - 1, "a") || word_is(a, j - 1, "its") || word_is(a, j - 1, "his") ||
         word_is(a, j - 1, "her")) &&
        is_word(a, j - 3) && !tk_is(a, j - 3, ST_WC_FUNCTION))
        j -= 3;
    if (is_word(a, j))
        j = source_head(a, lo, j);
    /* "a civil servant who pleaded anonymity told", "A teacher who asked
     * not to be named said": a relative clause without commas describes
     * the person noun before it, which is the subject. */
    for (c = j; is_word(a, j) && c > lo + 1 && j - c < 8 && is_word(a, c) && !in_statement(a, c);
         c--)
        if (st_token_is(a->d->t, tok(a, c), "who")) {
            size_t k = c + 1;
            while (k <= j && !is_cap(a, k))
                k++;    /* (not "who gave his name as Almazbek": that name) */
            if (k > j && c < j && is_word(a, c - 1) && tk_is(a, c - 1, ST_WC_PERSON_NOUN) &&
                !is_cap(a, c - 1)) {
                subject t = st_at_np_ending_at(a, lo, c - 1);
                if (t.type == SUBJ_NP && tk_is(a, t.first, ST_WC_DETERMINER))
                    return t;   /* (one person: not "Families of athletes who leave") */
            }
            break;
        }
    if (is_word(a, j) && (st_token_is(a->d->t, tok(a, j), "who") ||
                          st_token_is(a->d->t, tok(a, j), "which")) && j > lo &&
        punct_is(a, j - 1, ','))
        j--;    /* "Sofia Marques, a spokesperson, who said" */
    else if (punct_is(a, j, ',')) {
        /* "The Permanent Secretary, X, who gave details of the titles,
         * said": the relative clause describes the name before it */
        for (c = j; c > lo + 1 && j - c < 20 && !punct_is(a, c - 1, ',') &&
                    tok(a, c - 1)->type != ST_TOK_BREAK; c--)
            ;
        if (c < j && c > lo + 1 && punct_is(a, c - 1, ',') && is_word(a, c) &&
            (st_token_is(a->d->t, tok(a, c), "who") || st_token_is(a->d->t, tok(a, c), "which"))) {
            /* (only a name in apposition, between commas: not "A Western
             * diplomat in N'Djamena, who asked not to be named, said") */
            subject t = st_at_np_ending_at(a, lo, c - 2);
            size_t r = t.type == SUBJ_NAME ? st_nm_name_run_start(a, lo, t.last) : 0;
            if (t.type == SUBJ_NAME && r > lo + 1 && (punct_is(a, r - 1, ',') ||
                                                      (punct_is(a, r - 1, '.') &&
                                                       past_dotted_title(a, r - 2, c) == r)))
                j = c - 1;
        }
    }
    if (punct_is(a, j, ','))
        j = past_signed_document(a, lo, j);
    if (punct_is(a, j, ')')) {
        size_t k = j;
        while (k > lo && !punct_is(a, k - 1, '(') && tok(a, k - 1)->type != ST_TOK_BREAK)
            k--;
        if (k > lo + 1)
            return person_of_org(a, lo, st_at_np_ending_at(a, lo, k - 2));
        return none;
    }
    /* "State Sen. Karen Holloway, R-Sierra Vista, said", "Rep. X, D-Calif.,
     * said": a US lawmaker's party and district are no apposition. */
    if (punct_is(a, j, ',')) {
        for (c = j; c > lo + 2 && j - c < 5 && !punct_is(a, c - 1, ','); c--)
            ;
        if (c < j && c > lo + 2 && punct_is(a, c - 1, ',') && is_cap(a, c - 2) &&
            party_district(a, c))
            j = c - 1;
    }
    /* "Mr. Otieno Odhiambo, CBS, stated", "Jane Reid, MP, said": the
     * letters after a name are no apposition of their own. */
    while (j >= lo + 4 && punct_is(a, j, ',') && is_acronym(a, j - 1) &&
           tok(a, j - 1)->end - tok(a, j - 1)->start <= 4 && punct_is(a, j - 2, ',') &&
           is_word(a, j - 3) && is_cap(a, j - 3) && !(tok(a, j - 3)->flags & ST_TF_ALLCAPS))
        j -= 2;
    if (punct_is(a, j, ',')) {
        if (j == lo)
            return none;    /* ", said the minister" opening the text: nothing before */
        /* A clause does not run over a paragraph break: what came before
         * ("ATHLETES\n\nX, 19, told …:") is not its subject.  (A single
         * newline may only wrap a line.) */
        for (c = j; c > lo + 1; c--)
            if (paragraph_break(a, c - 1)) {
                lo = c;
                break;
            }
        /* Apposition: "Zhang Xin, associate professor at ..., said".  The
         * subject is the first name in the clause that a comma follows; an
         * appositive may hold commas of its own ("Economy, Trade and
         * Industry"). */
        subject first_np = none;
        subject first_name = none;
        size_t seg = lo;
        subject named = role_then_name(a, lo, j);
        if (named.type == SUBJ_NAME)
            return named;
        int bracket = 0, after_setting = 0;
        for (c = lo + 1; c < j; c++) {
            subject t;
            /* (not a comma in brackets: "Cllr Gail Booth (Con,
             * Linthwaite), who voted against, described") */
            bracket += punct_is(a, c, '(') - (bracket > 0 && punct_is(a, c, ')'));
            if (!punct_is(a, c, ',') || bracket > 0)
                continue;
            if (is_word(a, seg) && tk_is(a, seg, ST_WC_FUNCTION) &&
                !tk_is(a, seg, ST_WC_DETERMINER) && !st_nm_tk_title_word(a, seg) &&
                !word_is(a, seg, "but") && !word_is(a, seg, "and") && !word_is(a, seg, "yet")) {
                seg = c + 1;    /* "In Abidjan, X, who heads ..., said": a setting
                                   (not "But Sen. X, a member of …, urged") */
                after_setting = 1;
                continue;
            }
            /* "In Esashi, Hokkaido, Sasaki Hideo, who heads …, said": one
             * capitalised word after a setting, a name after it, is the
             * setting's region */
            if (after_setting && c == seg + 1 && is_cap(a, seg) && c + 1 < j && is_cap(a, c + 1)) {
                seg = c + 1;
                after_setting = 0;
                continue;
            }
            after_setting = 0;
            {
                /* "Hsu Cheng-yi (許正義), speaking at …, said": the name
                 * before a bracketed gloss */
                size_t b = c - 1;
                if (punct_is(a, b, ')'))
                    while (b > seg && !punct_is(a, b, '(') && c - b < 12)
                        b--;
                t = st_at_np_ending_at(a, lo, punct_is(a, b, '(') && b > seg ? b - 1 : c - 1);
                t = person_of_org(a, seg, t);   /* "Archbishop Ilarion of Soroca," */
            }
            if (t.type == SUBJ_PRONOUN && t.first > seg &&
                st_token_is(a->d->t, tok(a, t.first - 1), "of")) {
                seg = c + 1;    /* "One of them, Kevin J. McGrath, said": the name */
                continue;
            }
            if (t.type == SUBJ_PRONOUN)
                return t;
            size_t pp = t.first > seg + 1 && word_is(a, t.first - 1, "the") ? t.first - 1 : t.first;
            if ((t.type == SUBJ_NAME || st_at_place_np(a, &t)) && pp > seg &&
                (word_is(a, pp - 1, "in") || word_is(a, pp - 1, "at") || word_is(a, pp - 1, "near") ||
                 (word_is(a, pp - 1, "from") && pp > seg + 1 && is_cap(a, pp - 2)))) {
                /* "X, based in Arlington, Va., said": a place.  "A Western
                 * diplomat in N'Djamena, who asked not to be named, said":
                 * the noun phrase before it may be the subject. */
                if (first_np.type == SUBJ_NONE && pp > seg + 1) {
                    subject u = st_at_np_ending_at(a, seg, pp - 2);
                    /* (the person of the firm before it: "Pieter van der
                     * Linden of Harcourt Lindley in Amsterdam, who …,") */
                    subject pu = u.type == SUBJ_NAME ? person_of_org(a, seg, u) : u;
                    if (pu.type == SUBJ_NAME && pu.name_first != u.name_first &&
                        first_name.type == SUBJ_NONE)
                        first_name = pu;
                    /* (a person from a place: "Skipper Guðmundur Einarsson
                     * from Neskaupstaður, who has fished …, told") */
                    else if (u.type == SUBJ_NAME && word_is(a, pp - 1, "from") &&
                             first_name.type == SUBJ_NONE &&
                             !st_nm_run_is_org(a, u.name_first, u.last))
                        first_name = u;
                    /* (after a place known as one, only a person: "A
                     * source in Moscow, who …") */
                    if (u.type == SUBJ_NP && u.first >= seg && !st_at_place_np(a, &u) &&
                        (t.type == SUBJ_NAME || tk_is(a, u.last, ST_WC_PERSON_NOUN)))
                        first_np = u;
                }
                seg = c + 1;
                continue;
            }
            if ((t.type == SUBJ_NP || t.type == SUBJ_NAME) && first_np.type == SUBJ_NONE &&
                pp > seg + 1 && (word_is(a, pp - 1, "at") || word_is(a, pp - 1, "in") ||
                                 word_is(a, pp - 1, "of"))) {
                /* "An official at the company, speaking on condition of
                 * anonymity, said", "A colleague in the history
                 * department, who …": an indefinite person before a body
                 * is the subject, not the body */
                subject u = st_at_np_ending_at(a, seg, pp - 2);
                if (u.type == SUBJ_NP && u.first >= seg && u.first < u.last &&
                    (word_is(a, u.first, "a") || word_is(a, u.first, "an")) &&
                    tk_is(a, u.last, ST_WC_PERSON_NOUN)) {
                    first_np = u;
                    seg = c + 1;
                    continue;
                }
            }
            if (t.type == SUBJ_NAME &&
                st_nm_name_run_start(a, lo, t.last) <= past_dotted_title(a, seg, c) + 1)
                return t;   /* the whole segment is the name ("Prof. X,", "X (PhD)," too) */
            if (t.type == SUBJ_NAME && first_name.type == SUBJ_NONE && !st_nm_portfolio_name(a, seg, t))
                first_name = t;
            seg = c + 1;
            if (first_np.type == SUBJ_NONE && t.type == SUBJ_NP && !st_at_place_np(a, &t))
                first_np = t;
        }
        if (first_name.type != SUBJ_NONE)
            return first_name;
        size_t b = j - 1;   /* "…, Yilkal Asfaw (PhD), told": before the bracket */
        if (punct_is(a, b, ')'))
            while (b > seg && !punct_is(a, b, '(') && j - b < 12)
                b--;
        if (punct_is(a, b, '(') && b > seg)
            b--;
        else
            b = j - 1;
        if (first_np.type != SUBJ_NONE) {
            /* "the governor of Bartın, Hüseyin Öztürk, told": the name in
             * apposition to the role, when it fills the last segment. */
            subject last = st_at_np_ending_at(a, lo, b);
            if (last.type == SUBJ_NAME && b >= seg &&
                (st_nm_name_run_start(a, lo, b) <= past_dotted_title(a, seg, b + 1) ||
                 st_nm_titled_portfolio(a, seg, st_nm_name_run_start(a, lo, b), b)))
                return last;    /* (after its dotted title too: "…, Dr. X, said") */
            return first_np;
        }
        /* "The producer, Lualaba Heng Da Mining (LHDM), said": the name
         * before its acronym */
        return st_at_np_ending_at(a, lo, b);
    }
    subject t = st_at_np_ending_at(a, lo, j);
    /* "… parliamentarian Nadia Rossetti from canton Ticino said": past a
     * lowercase noun of places (canton, province, village) to the
     * preposition */
    size_t pf = t.first;
    if (t.type == SUBJ_NAME && pf > lo + 2 && is_word(a, pf - 1) && !is_cap(a, pf - 1) &&
        !tk_is(a, pf - 1, ST_WC_FUNCTION) && is_word(a, pf - 2) &&
        (st_token_is(a->d->t, tok(a, pf - 2), "from") || st_token_is(a->d->t, tok(a, pf - 2), "in")))
        pf--;
    if ((t.type == SUBJ_NAME || st_at_place_np(a, &t)) && pf > lo + 1 && is_word(a, pf - 2) &&
        (st_token_is(a->d->t, tok(a, pf - 1), "in") ||
         st_token_is(a->d->t, tok(a, pf - 1), "at") ||
         st_token_is(a->d->t, tok(a, pf - 1), "from"))) {
        /* "the Federal Police headquarters in Potsdam said": the place
         * only says where the subject is */
        subject u = st_at_np_ending_at(a, lo, pf - 2);
        if (u.type == SUBJ_NP || u.type == SUBJ_NAME)
            t = u;
    }
    return spokes_for_org(a, lo, person_of_org(a, lo, document_owner(a, lo, t)));
}

/* "The Kremlin's readout said", "The commission's statement said": the
 * body whose document it is speaks.  t otherwise. */
static subject document_owner(const attrib *a, size_t lo, subject t)
{
    size_t o;
    if (t.type != SUBJ_NP || t.last <= lo || !tk_is(a, t.last, ST_WC_DOCUMENT) ||
        !is_possessive(a, t.last - 1))
        return t;
    o = t.last - 1;
    if (is_cap(a, o)) {
        subject n = st_at_np_ending_at(a, lo, o);
        return n.type == SUBJ_NAME || n.type == SUBJ_NP ? n : t;
    }
    if (!tk_name_is(a, o, ST_WC_ORG_HEAD | ST_WC_BUSINESS) || o == lo)
        return t;
    t.last = o;     /* "the commission": as "the commission said" reads */
    if (t.name_first > o)
        t.name_first = o;
    return t;
}
