/* entities.c - the people an article introduces.
 *
 * Every name run that may be a person becomes an entity, with whether the
 * text introduces it as a person (a title or role before it, an
 * apposition, a reporting verb or a caption around it: only those are
 * antecedents for he/she and the continuing speaker) and the gender the
 * text or the given name reveals (genders.c).  Name runs and canonical
 * names are in names.c. */
#include "attrib_int.h"
#include "given_names.h"

/* Does the noun phrase of a role end at token j: a comma or stop, one of
 * of/at/for/in/with/and/to, or more role words?  ("the state's chief
 * economist," but not "the partnership makes economic sense") */
static int role_ends_phrase(const attrib *a, size_t j)
{
    static const char *const joins[] = { "of", "at", "for", "in", "with", "and", "to", "on",
                                         "from", "who", "based", NULL };
    char w[WORD_MAX];
    if (j >= a->d->tk.n || tok(a, j)->type != ST_TOK_WORD)
        return 1;
    return role_word(a, j) || word_in(lower(a, j, w), joins);
}

/* Does the apposition starting at token k ("a 29-year-old teacher", "a
 * mountainous province") say a person: a person noun or title within its
 * first four words? */
static int apposition_names_person(const attrib *a, size_t k)
{
    size_t j, n = a->d->tk.n;
    for (j = k; j < n && j < k + 4 && is_word(a, j); j++)
        if (role_word(a, j) && role_ends_phrase(a, j + 1))
            return 1;
    return 0;
}

static int business_noun(const attrib *a, size_t i);

/* Does the apposition starting at token k say a body: an article, at
 * most three describing words, then an organisation's noun, before any
 * person noun or title ("Tekoha Rekávo, an organisation that …", "the
 * Sudan Relief Partnership, a grouping of local charities")? */
int st_nm_apposition_names_body(const attrib *a, size_t k)
{
    static const char *const bodies[] = { "organisation", "organization", "grouping", "charity",
        "ngo", "network", "alliance", "coalition", "party", "club", "team", "body", "collective",
        "cooperative", "co-operative", "nonprofit", "non-profit", "think-tank", NULL };
    size_t j, n = a->d->tk.n;
    char w[WORD_MAX];
    if (k >= n || !is_word(a, k) || !(word_is(a, k, "a") || word_is(a, k, "an") ||
                                      word_is(a, k, "the")))
        return 0;
    for (j = k + 1; j < n && j < k + 5 && is_word(a, j) && !is_cap(a, j); j++) {
        if (role_word(a, j) || tk_is(a, j, ST_WC_PERSON_NOUN))
            return 0;
        if (fold_possessive(a, j) || tk_is(a, j, ST_WC_FUNCTION))
            return 0;   /* "X, the party's candidate", "X, the whip of government
                           party Y": a person of it */
        if (tk_is(a, j, ST_WC_ORG_HEAD) || business_noun(a, j) || word_in(lower(a, j, w), bodies))
            return !(j + 1 < n && is_word(a, j + 1) &&
                     (role_word(a, j + 1) || tk_is(a, j + 1, ST_WC_PERSON_NOUN)));
    }
    return 0;
}

/* A role with no article at token k, as apposition: "Mizuno Ren, deputy
 * chief of mission", "X, senior fellow at …": lowercase title words and
 * person nouns up to a comma, a full stop or of/at/for/in/with.  "in
 * Cairo, security forces fired" is a clause, not a role. */
static int bare_role_at(const attrib *a, size_t k)
{
    size_t j, n = a->d->tk.n;
    for (j = k; j < n && j < k + 4 && is_word(a, j) && !is_cap(a, j) && role_word(a, j); j++)
        ;
    if (j == k || j >= n)
        return 0;
    if (tok(a, j)->type == ST_TOK_PUNCT)
        return punct_is(a, j, ',') || punct_is(a, j, '.');
    return is_word(a, j) && (st_token_is(a->d->t, tok(a, j), "of") ||
                             st_token_is(a->d->t, tok(a, j), "at") ||
                             st_token_is(a->d->t, tok(a, j), "for") ||
                             st_token_is(a->d->t, tok(a, j), "in") ||
                             st_token_is(a->d->t, tok(a, j), "with"));
}

/* A role written in lowercase words right before a full name: "deputy
 * chief of mission Mizuno Ren", "head of public affairs Ana Lima" (a
 * title, "of", a few words), or an agent noun before a given name
 * ("Somerset cheesemaker Tom Higginbottom"). */
static int role_before(const attrib *a, size_t s)
{
    char w[WORD_MAX];
    size_t k;
    if (s == 0 || !is_word(a, s - 1) || is_cap(a, s - 1))
        return 0;
    /* An agent noun is weak evidence ("state broadcaster Télé Sahel"):
     * the name must begin with a known given name. */
    if (st_nm_agent_noun(lower(a, s - 1, w))) {
        name_lower(a, s, w);
        return st_gn_gender(w, strlen(w)) != 0;
    }
    /* (or "for": "Alderwoman for mobility Claudine Schmit-Ries") */
    for (k = s - 1; k > 0 && s - k < 4 && is_word(a, k - 1) && !is_cap(a, k - 1); k--) {
        if (!st_token_is(a->d->t, tok(a, k - 1), "of") && !st_token_is(a->d->t, tok(a, k - 1), "for"))
            continue;
        return k >= 2 && is_word(a, k - 2) && role_word(a, k - 2);
    }
    return 0;
}

/* "his wife, Grace,", "her son, Tunde": a kin noun after a possessive,
 * a comma, then the name at token r (one word will do). */
static int kin_apposition(const attrib *a, size_t r)
{
    static const char *const poss[] = { "his", "her", "their", "my", NULL };
    char w[WORD_MAX];
    return r >= 3 && punct_is(a, r - 1, ',') && is_word(a, r - 2) &&
           (kin_word(lower(a, r - 2, w)) || !strcmp(w, "partner")) && is_word(a, r - 3) &&
           word_in(lower(a, r - 3, w), poss);
}

/* "headteacher of Eastgate Infants,", "director of Amnesty
 * International": token k is "of" after a role, and what follows names
 * where the person works, not a person. */
static int role_of(const attrib *a, size_t k)
{
    char w[WORD_MAX];
    if (k == 0 || !st_token_is(a->d->t, tok(a, k), "of") || !is_word(a, k - 1) || is_cap(a, k - 1))
        return 0;
    lower(a, k - 1, w);
    if (kin_word(w) || !strcmp(w, "friend") || !strcmp(w, "partner"))
        return 0;   /* "the widow of Ali Reza," is a person's relation */
    return role_word(a, k - 1) ||
           st_nm_agent_noun(w);
}

/* "who gave his name only as Artjom", "identified only as Nadia", "stands
 * under the name Baron Von Crumpet", "only by her first name, Jasmine",
 * "referred to as Witness 7": a name the text presents as a person's
 * name, starting at token r. */
static int given_as_name(const attrib *a, size_t r)
{
    size_t k;
    if (r < 2)
        return 0;
    if (r >= 3 && punct_is(a, r - 1, ',') && is_word(a, r - 2) &&
        st_token_is(a->d->t, tok(a, r - 2), "name") &&
        (st_token_is(a->d->t, tok(a, r - 3), "first") || st_token_is(a->d->t, tok(a, r - 3), "given")))
        return 1;   /* "only by her first name, Jasmine," (not "the Slovak form of her
                       name, Alžbeta Fazekasová": the same person) */
    if (!is_word(a, r - 1))
        return 0;
    if (st_token_is(a->d->t, tok(a, r - 1), "name") && is_word(a, r - 2) &&
        (st_token_is(a->d->t, tok(a, r - 2), "the") || st_token_is(a->d->t, tok(a, r - 2), "a")))
        return 1;
    if (!st_token_is(a->d->t, tok(a, r - 1), "as"))
        return 0;
    /* "referred to throughout Wednesday's hearing as Witness 7" */
    for (k = r - 1; k > 0 && r - k < 6 && is_word(a, k - 1); k--)
        if (st_token_is(a->d->t, tok(a, k - 1), "name") ||
            st_token_is(a->d->t, tok(a, k - 1), "identified") ||
            st_token_is(a->d->t, tok(a, k - 1), "referred"))
            return 1;
    return 0;
}

/* "from Wigan, Greater Manchester,": a name after a comma that closes a
 * name after "from" is the place's region (not after in/at: "In Geneva,
 * Eleni Vourdoumi said"). */
static int place_after_place(const attrib *a, size_t r)
{
    size_t q;
    if (r < 3 || !punct_is(a, r - 1, ',') || !is_cap(a, r - 2))
        return 0;
    if (known_given(a, r))
        return 0;   /* (a person's given name: "from Lyon, Marie Dupont, 40,") */
    q = st_nm_name_run_start(a, 0, r - 2);
    return q > 0 && is_word(a, q - 1) && st_token_is(a->d->t, tok(a, q - 1), "from");
}

/* "Democrat", "Republican": a US party's member, before "of" and a state
 * ("the mayor of Lagos" is no such rule: "Minister of Migration Eleni
 * Vourdoumi" runs the portfolio into the name). */
static int party_noun(const attrib *a, size_t k)
{
    return st_token_is(a->d->t, tok(a, k), "democrat") ||
           st_token_is(a->d->t, tok(a, k), "republican") ||
           st_token_is(a->d->t, tok(a, k), "independent");
}

/* A noun that, right before a name, says the name is a business's ("the
 * container line Nordhavn Linjer", "the carmaker X"); not those a person
 * may be called by ("film producer X", "street vendor X", "builder X"). */
static int business_noun(const attrib *a, size_t i)
{
    static const char *const nouns[] = { "company", "firm", "line", "lender", "carrier",
        "airline", "insurer", "retailer", "startup", "start-up", "conglomerate", "subsidiary",
        "refiner", "utility", "brokerage", "chain", "drugmaker", "carmaker", "automaker",
        "chipmaker", "shipbuilder", "steelmaker", "planemaker", "bank", "cooperative",
        "co-operative", "co-op", "producer", "exporter", "importer", "miner", "developer",
        "operator", NULL };
    char w[WORD_MAX];
    return word_in(lower(a, i, w), nouns);
}

/* "the head of the regional port authority, Taras Kovalenko": is the
 * name starting at s in apposition after a role? */
static int after_role_comma(const attrib *a, size_t s)
{
    size_t k;
    if (s < 2 || !punct_is(a, s - 1, ','))
        return 0;
    for (k = s - 1; k > 0 && s - k < 10 && is_word(a, k - 1); k--)
        if (role_word(a, k - 1))
            return 1;
    return 0;
}

/* "San Vicente", "Santa Cruz", "São Tomé", "St Helens": a run opening
 * with a saint's word names a place or a street, not a person (but a
 * Burmese "San San Nwe" repeats it; "San Fernando Mayor X" is X). */
static int saint_place(const attrib *a, size_t s, size_t e)
{
    char w[WORD_MAX], n[WORD_MAX];
    if (s >= e || !st_nm_saint_word(name_lower(a, s, w)))
        return 0;
    return strcmp(name_lower(a, s + 1, n), w) != 0;
}

/* Is token k an age: a word of one to three digits? */
static int age_number(const attrib *a, size_t k)
{
    const st_token *t = tok(a, k);
    uint32_t c;
    if (!is_word(a, k) || t->end - t->start > 3)
        return 0;
    for (c = t->start; c < t->end; c++)
        if (a->d->t->cp[c] < '0' || a->d->t->cp[c] > '9')
            return 0;
    return 1;
}

/* "Gunnhild Aasen (78) sits at her table": an age in brackets after the
 * name at token e, as Nordic and German papers print it. */
static int bracketed_age(const attrib *a, size_t e)
{
    return e + 3 < a->d->tk.n && punct_is(a, e + 1, '(') && punct_is(a, e + 3, ')') &&
           age_number(a, e + 2);
}

/* "Power Report", "Morning Herald": a word that ends a publication's
 * name. */
static int masthead_word(const attrib *a, size_t e)
{
    static const char *const words[] = { "report", "news", "times", "post", "journal",
        "gazette", "herald", "tribune", "telegraph", "chronicle", "courier", "observer",
        "express", "mirror", "monitor", "today", "radio", "tv", "press", NULL };
    char w[WORD_MAX];
    /* (asked of many runs: most fail on their first letter) */
    return strchr("rntpjghcoem", name_lower(a, e, w)[0]) && w[0] && word_in(w, words);
}

/* A Spanish, French or Italian preposition and article in lower case
 * ending at token k: "por el Agua del Páramo", "Frente por la Vida",
 * "Union pour le Progrès".  A body's name goes on after them; a
 * person's, in any language, has a title first ("por el alcalde X"). */
static int romance_article(const attrib *a, size_t k)
{
    static const char *const articles[] = { "el", "los", "las", "la", "le", "les", "il", NULL };
    static const char *const preps[] = { "por", "para", "contra", "pour", "per", "contre", NULL };
    char w[WORD_MAX];
    return k > 0 && is_word(a, k) && (tok(a, k)->flags & ST_TF_LOWER) &&
           word_in(lower(a, k, w), articles) && is_word(a, k - 1) &&
           (tok(a, k - 1)->flags & ST_TF_LOWER) && word_in(lower(a, k - 1, w), preps);
}

/* A call's list of participants: a name of two words or more opening its
 * line, then a dash and a capitalised role or firm ("Alistair Dunmore -
 * Chief Executive Officer", "Tom Hadfield – Beresford Lyle Securities"),
 * and no place or body among the name's words (not a dateline's "New
 * York - "). */
static int participant_line(const attrib *a, size_t s, size_t e)
{
    size_t k;
    if (e == s || (s > 0 && tok(a, s - 1)->type != ST_TOK_BREAK) || e + 2 >= a->d->tk.n ||
        !(punct_is(a, e + 1, '-') || punct_is(a, e + 1, 0x2013) || punct_is(a, e + 1, 0x2014)) ||
        !is_cap(a, e + 2) || tok(a, e + 1)->start == tok(a, e)->end)
        return 0;
    for (k = s; k <= e; k++)
        if (tk_name_is(a, k, ST_WC_PLACE | ST_WC_ORG_HEAD | ST_WC_FUNCTION) ||
            (tok(a, k)->flags & ST_TF_ALLCAPS))
            return 0;
    return 1;
}

/* A header's line giving a role, a colon and the name that ends the
 * line: "Spokesperson: Qiao Mingxuan", "Moderator: Lindiwe Dube", before
 * the transcript's "Qiao Mingxuan:" lines. */
static int role_colon_line(const attrib *a, size_t s, size_t e)
{
    size_t n = a->d->tk.n;
    return e > s && s >= 2 && punct_is(a, s - 1, ':') && role_word(a, s - 2) &&
           (s == 2 || tok(a, s - 3)->type == ST_TOK_BREAK) &&
           (e + 1 >= n || tok(a, e + 1)->type == ST_TOK_BREAK);
}

/* A courtesy title among the tokens [r, s) stripped before a name: "Mrs",
 * "Mr", "Dr" (a word, with or without its stop). */
static int courtesy_title_in(const attrib *a, size_t r, size_t s)
{
    char w[WORD_MAX];
    for (; r < s; r++)
        if (is_word(a, r) && st_nm_honorific(lower(a, r, w)))
            return 1;
    return 0;
}

/* Is the name [s,e] how a person enters the story: a full name with a
 * title or role before it, or an apposition, relative clause or reporting
 * verb after it?  Only such names are antecedents for he/she. */
static int introduced_person(const attrib *a, size_t s, size_t e)
{
    const char *cue;
    size_t n = a->d->tk.n, r = st_nm_name_run_start(a, 0, e), q;
    if (r == s && given_as_name(a, r))
        return 1;   /* "a man who gave his name only as Artjom" (one word will do) */
    if (r == s && kin_apposition(a, r))
        return 1;   /* "said his wife, Grace, a retired midwife" */
    if (participant_line(a, s, e) || role_colon_line(a, s, e))
        return 1;   /* "Alistair Dunmore - Chief Executive Officer", "Spokesperson: Qiao Mingxuan" */
    if (place_after_place(a, r))
        return 0;   /* "from Wigan, Greater Manchester," */
    if (st_nm_holds_ampersand(a, s, e))
        return 0;   /* "Rao & Sethi", "Sylhet & Online Desk": a firm, a desk */
    if (st_nm_plural_possessive_body(a, e))
        return 0;   /* "the Southern Shipbuilding Workers’ Union": a body */
    if (r > 0 && romance_article(a, r - 1))
        return 0;   /* "Comité Ciudadano por el Agua del Páramo": a body's words */
    if (e > s && !known_given(a, s) && masthead_word(a, e))
        return 0;   /* "told Baltic Power Report": a publication */
    if (r >= 3 && punct_is(a, r - 1, ',') && is_word(a, r - 2) &&
        (tok(a, r - 2)->flags & ST_TF_DIGIT) && tok(a, r - 2)->end - tok(a, r - 2)->start <= 4 &&
        is_word(a, r - 3) && (tok(a, r - 3)->flags & ST_TF_LOWER))
        return 0;   /* "at 8, Civil Lines,": an address (not "On March 5, X said") */
    if (saint_place(a, s, e))
        return 0;   /* "in calle San Vicente", "São Paulo": a place */
    if (r >= 2 && is_word(a, r - 1) && st_token_is(a->d->t, tok(a, r - 1), "of") &&
        is_word(a, r - 2) && party_noun(a, r - 2))
        return 0;   /* "Democrat of New York": a state */
    if (e + 2 < n && punct_is(a, e + 1, ',') && is_word(a, e + 2) &&
        st_token_is(a->d->t, tok(a, e + 2), "which") && r == s &&
        !(r > 0 && is_word(a, r - 1) && role_word(a, r - 1)))
        return 0;   /* "of Heathcote Law, which represented the residents," (not
                       "a figure of striker Kofi Appiah, which has stood …") */
    if (e == s && r < s && courtesy_title_in(a, r, s) && e + 2 < n && punct_is(a, e + 1, ',') &&
        is_word(a, e + 2) && (tk_name_is(a, e + 2, ST_WC_DETERMINER) || role_word(a, e + 2)))
        return 1;   /* "Mrs Ellison, a retired nurse, read …": after Mrs, in apposition */
    if (e == s || (r > 0 && role_of(a, r - 1)))
        return 0;   /* (a "who" after it is the person's, not the school's) */
    /* "known across the city as “el Padre de la Garita,”": a name in quote
     * marks is a nickname or a title, no one introduced */
    for (q = r; q > 0 && r - q < 3 && tk_name_is(a, q - 1, ST_WC_PARTICLE); q--)
        ;
    if (tok(a, q)->start > 0 && a->d->is_mark[tok(a, q)->start - 1])
        return 0;
    if (r > 0 && is_word(a, r - 1) && (tok(a, r - 1)->flags & ST_TF_LOWER) &&
        (tk_is(a, r - 1, ST_WC_ORG_HEAD) || business_noun(a, r - 1)) &&
        !(r >= 3 && st_token_is(a->d->t, tok(a, r - 2), "of") && is_word(a, r - 3) &&
          role_word(a, r - 3)))
        return 0;   /* "the newspaper Märkische Oderzeitung,", "the group X,", "the
                       container line Nordhavn Linjer," (not "Speaker of parliament
                       Miroslav Tkáčik": the body is the title's) */
    if (r == s && r > 0 && is_word(a, r - 1) && (tok(a, r - 1)->flags & ST_TF_LOWER) &&
        (st_token_is(a->d->t, tok(a, r - 1), "the") || st_token_is(a->d->t, tok(a, r - 1), "a")))
        return 0;   /* "at the Competition Appeal Tribunal,": a body, not a person
                       ("the Finance Minister Declan O’Rourke" has a title first) */
    {
        size_t k, caps = 0, head = s, tail = e + 1;
        /* "Chief Cabinet Secretary HIRANO Masatoshi": Japanese government
         * copy sets the family name first, in capitals, after a title */
        if (st_nm_caps_family_name(a, s, e))
            head = e;
        /* "Aliou SECK", "Dr Mamadou Lamine BA": francophone copy sets the
         * family name in capitals after a known given name or a title */
        else if (!(tok(a, s)->flags & ST_TF_ALLCAPS) &&
            (known_given(a, s) || (r < s && st_nm_tk_title_word(a, s - 1)) ||
             after_role_comma(a, s)))
            while (tail > s + 1 && (tok(a, tail - 1)->flags & ST_TF_ALLCAPS))
                tail--;
        for (k = head; k < tail; k++)
            caps += (tok(a, k)->flags & ST_TF_ALLCAPS) && !dotted_initials(a, k);
        if (caps > 0 && caps <= e - s)
            return 0;   /* "Global SAF output": an acronym among words is no name */
    }
    /* "rice farmers from Hải Dương,", "in Port Vila,": after a preposition
     * a name is a place. */
    if (r > 0 && is_word(a, r - 1) &&
        (st_token_is(a->d->t, tok(a, r - 1), "from") || st_token_is(a->d->t, tok(a, r - 1), "in") ||
         st_token_is(a->d->t, tok(a, r - 1), "at") || st_token_is(a->d->t, tok(a, r - 1), "near") ||
         st_token_is(a->d->t, tok(a, r - 1), "to") || st_token_is(a->d->t, tok(a, r - 1), "into") ||
         st_token_is(a->d->t, tok(a, r - 1), "on")) &&
        /* "Paraguay's director general at Itaipu Binacional, who sat …":
         * after a role the place is an employer; the "who" is the role's */
        ((r > 1 && role_word(a, r - 2)) ||
         !(e + 2 < n && punct_is(a, e + 1, ',') && is_word(a, e + 2) &&
           (st_token_is(a->d->t, tok(a, e + 2), "who") || bare_role_at(a, e + 2) ||
            (tk_is(a, e + 2, ST_WC_DETERMINER) && apposition_names_person(a, e + 3)) ||
            /* "spoke to X, Lithuania's deputy minister of the interior," */
            (is_cap(a, e + 2) && fold_possessive(a, e + 2) &&
             apposition_names_person(a, e + 3))))))
        return 0;   /* ... unless an apposition says who: "came from X, a ..." */
    if (s > 0 && is_word(a, s - 1) && role_word(a, s - 1))
        return 1;
    if (e > s && e + 2 < n && is_word(a, e + 1) && st_token_is(a->d->t, tok(a, e + 1), "of") &&
        is_word(a, e + 2) && (is_cap(a, e + 2) || st_token_is(a->d->t, tok(a, e + 2), "the")) &&
        known_given(a, s))
        return 1;   /* "Sneha Kothari of Anvil Broking was more cautious" */
    if (s >= 2 && punct_is(a, s - 1, '.') && tok(a, s - 1)->start == tok(a, s - 2)->end &&
        is_word(a, s - 2) && is_cap(a, s - 2) && st_nm_tk_title_word(a, s - 2))
        return 1;   /* "by Spokesman Dr. Hamid-Reza Tavakkoli Darabi" */
    {
        char w[WORD_MAX];   /* "carry 81-year-old Remedios Ramos through …" */
        if (e > s && s > 0 && is_word(a, s - 1) && age_word(lower(a, s - 1, w)))
            return 1;
    }
    if (s > 0 && st_nm_name_run_start(a, 0, e) < s)
        return 1;   /* titles were stripped from the front of the run */
    if (role_before(a, s))
        return 1;
    if (after_role_comma(a, s))
        return 1;
    if (e + 1 < n && punct_is(a, e + 1, ','))
        return 1;
    /* "Council Members Darius Fenwick, Mai Xiong, Thomas J. Brekke and
     * Ingrid Solberg": a list's item before its "and" */
    if (e > s && r > 0 && punct_is(a, r - 1, ',') && e + 1 < n && word_is(a, e + 1, "and") &&
        known_given(a, s))
        return 1;
    if (bracketed_age(a, e))
        return 1;
    if (e + 1 < n && is_word(a, e + 1) && tk_cue(a, e + 1, &cue))
        return 1;
    /* "Azamat Toktosun uulu, the deputy minister,", "Nurlan kyzy said" */
    if (e + 2 < n && patronym_suffix(a, e + 1) &&
        (punct_is(a, e + 2, ',') || (is_word(a, e + 2) && tk_cue(a, e + 2, &cue))))
        return 1;
    /* A full name opening a sentence or clause as the subject of a verb:
     * "Nguyễn Thị Hồng Vân spent 15 years in talks", "Back at the site,
     * Hawa Abdelrahman was waiting", "[Photo] Gheorghe Munteanu shows". */
    if ((s == 0 || tok(a, s - 1)->type == ST_TOK_BREAK || punct_is(a, s - 1, '.') ||
         punct_is(a, s - 1, ']') || punct_is(a, s - 1, ',') ||
         punct_is(a, s - 1, ')') ||    /* "Justice (retd.) Sunanda Kulkarni then asked" */
         punct_is(a, s - 1, 0x2014) || punct_is(a, s - 1, 0x2013)) &&  /* "APARRI (AN) — X spent" */
        e + 1 < n && is_word(a, e + 1) && (tok(a, e + 1)->flags & ST_TF_LOWER) &&
        !tk_is(a, e + 1, ST_WC_FUNCTION | ST_WC_PARTICLE) && !st_nm_run_is_org(a, s, e) &&
        !(fold_possessive(a, e) && role_word(a, e + 1)) &&  /* "Kosh Pay's founder, X," */
        !(role_word(a, e + 1) && e + 2 < n && is_cap(a, e + 2)) &&  /* "Orzeł Wrocław coach X" */
        !(r > 0 && is_word(a, r - 1) && tk_cue(a, r - 1, &cue)))
        return 1;   /* (not "said Clean Rivers Now would ...": a reported clause) */
    /* "For three years Efua Owusu-Ansah has tried …": a full name before
     * an auxiliary and its verb, wherever the clause starts. */
    if (e > s && e + 2 < n && is_word(a, e + 1) && is_word(a, e + 2) &&
        (tok(a, e + 2)->flags & ST_TF_LOWER) && !st_nm_run_is_org(a, s, e) &&
        (st_token_is(a->d->t, tok(a, e + 1), "has") || st_token_is(a->d->t, tok(a, e + 1), "had") ||
         st_token_is(a->d->t, tok(a, e + 1), "was") || st_token_is(a->d->t, tok(a, e + 1), "is")) &&
        !(r > 0 && is_word(a, r - 1) && tk_cue(a, r - 1, &cue)))
        return 1;
    /* A caption's "Ruth Ann Thibodeaux outside the camper", "I walked to
     * the bridge with Gulnara Toktosunova.": a full name whose first word
     * is a known given name, opening a paragraph or ending a sentence. */
    if (e > s && (s == 0 || tok(a, s - 1)->type == ST_TOK_BREAK || punct_is(a, s - 1, ':') ||
                  (e + 1 < n && punct_is(a, e + 1, '.'))) &&
        !st_nm_run_is_org(a, s, e)) {
        char w[WORD_MAX];
        name_lower(a, s, w);
        if (st_gn_gender(w, strlen(w)))
            return 1;
        /* after a caption's label any full name: "Photo caption: Nguyễn
         * Thị Lan Hương in her laboratory" */
        if (s >= 2 && punct_is(a, s - 1, ':') && is_word(a, s - 2) &&
            (st_token_is(a->d->t, tok(a, s - 2), "caption") ||
             st_token_is(a->d->t, tok(a, s - 2), "photo") ||
             st_token_is(a->d->t, tok(a, s - 2), "picture")))
            return 1;
    }
    return 0;
}

/* A lone name ("Kovács", "Yıldırım now faces ...") that is the first or
 * last token of a person introduced earlier is a mention of that person:
 * it makes them the most recent antecedent for he/she. */
static void surname_mention(const attrib *a, entity *x)
{
    size_t k = a->nent, stop = k > ENTITY_WINDOW ? k - ENTITY_WINDOW : 0;
    while (k > stop) {
        const entity *y = &a->ent[--k];
        if (y->introduced && y->e > y->s && st_nm_name_contains(a, y->s, y->e, x->s, x->e)) {
            x->introduced = 1;
            x->gender = y->gender;
            return;
        }
    }
}

/* Does the name run starting at token r stand where a clause's subject
 * does: after a break, punctuation, a title, or a conjunction?  "She had
 * sent Lumora a request" mentions an object, which a later he/she rarely
 * means. */
static int subject_position(const attrib *a, size_t r)
{
    static const char *const joins[] = {"and", "but", "when", "while", "as", "after",
                                        "before", "because", "since", "until", "that",
                                        "where", "so", "though", "although", "if"};
    size_t k;
    const char *cue;
    while (r > 0 && is_word(a, r - 1) && tk_name_is(a, r - 1, ST_WC_PARTICLE))
        r--;    /* "van den Berg did not retreat" */
    if (r == 0 || !is_word(a, r - 1) || is_cap(a, r - 1))
        return 1;
    for (k = 0; k < sizeof joins / sizeof *joins; k++)
        if (st_token_is(a->d->t, tok(a, r - 1), joins[k]))
            return 1;
    /* "Saudi captain Al-Harbi", "beamed Asante-Boateng", "a defiant
     * Harrowby": a role, an inverted cue, an article and adjectives. */
    if (role_word(a, r - 1) || tk_cue(a, r - 1, &cue))
        return 1;
    for (k = r - 1; k > 0 && r - k <= 2 && is_word(a, k) && !is_cap(a, k); k--)
        if (tk_name_is(a, k, ST_WC_DETERMINER))
            return 1;
    return tk_name_is(a, k, ST_WC_DETERMINER) && is_word(a, k) && !is_cap(a, k);
}

/* "Mehmet, 47,": a lone name with an age in apposition is a person. */
static int aged(const attrib *a, size_t e)
{
    char w[WORD_MAX];
    if (bracketed_age(a, e))
        return 1;   /* "Gunnhild (78)" */
    /* "Sumarni, a 63-year-old market trader," */
    if (e + 3 < a->d->tk.n && punct_is(a, e + 1, ',') && is_word(a, e + 2) &&
        (st_token_is(a->d->t, tok(a, e + 2), "a") || st_token_is(a->d->t, tok(a, e + 2), "an")) &&
        is_word(a, e + 3) && age_word(lower(a, e + 3, w)))
        return 1;
    return e + 3 < a->d->tk.n && punct_is(a, e + 1, ',') &&
           (punct_is(a, e + 3, ',') || punct_is(a, e + 3, '.')) && age_number(a, e + 2);
}

/* Is the name starting at token s the text's own credit: a byline ("By
 * Andrew Lowe", "Reporting by ..."), or a photo or editing credit?  The
 * writer is never an antecedent for he/she. */
static int credited(const attrib *a, size_t s, size_t e)
{
    size_t p = s, n = a->d->tk.n;
    if (p > 0 && punct_is(a, p - 1, ':'))
        p--;
    if (p == 0 || !is_word(a, p - 1))
        return 0;
    if (st_token_is(a->d->t, tok(a, p - 1), "photo") ||
        st_token_is(a->d->t, tok(a, p - 1), "photograph") ||
        st_token_is(a->d->t, tok(a, p - 1), "picture"))
        /* "Photo: Ruth Ann Thibodeaux outside the camper …" is a caption:
         * a credit's name ends the line or goes on "for"/"via" an outlet;
         * "Photo: Gulnara Temirbekova: «…»" labels the caption's quote. */
        return !(e + 1 < n && punct_is(a, e + 1, ':')) &&
               !(e + 1 < n && is_word(a, e + 1) && (tok(a, e + 1)->flags & ST_TF_LOWER) &&
                 !st_token_is(a->d->t, tok(a, e + 1), "for") &&
                 !st_token_is(a->d->t, tok(a, e + 1), "via") &&
                 !st_token_is(a->d->t, tok(a, e + 1), "and") &&
                 !st_token_is(a->d->t, tok(a, e + 1), "of"));
    if (st_token_is(a->d->t, tok(a, p - 1), "credit") ||
        st_token_is(a->d->t, tok(a, p - 1), "editing") ||
        st_token_is(a->d->t, tok(a, p - 1), "reporting"))
        return 1;
    return st_token_is(a->d->t, tok(a, p - 1), "by") &&
           (p == 1 || tok(a, p - 2)->type == ST_TOK_BREAK ||
            st_token_is(a->d->t, tok(a, p - 2), "reporting") ||
            st_token_is(a->d->t, tok(a, p - 2), "editing"));
}

/* "Eleanor Whitcombe, Competition Correspondent" alone on its line: the
 * writer's credit with her desk, tokens s..e the name. */
static int credit_line(const attrib *a, size_t s, size_t e)
{
    static const char *const desks[] = {"correspondent", "editor", "reporter", "writer",
                                        "columnist", "staff", "bureau", "desk"};
    char w[WORD_MAX];
    size_t k, n = a->d->tk.n, words = 0, i;
    if ((s > 0 && tok(a, s - 1)->type != ST_TOK_BREAK) || e + 2 >= n || !punct_is(a, e + 1, ','))
        return 0;
    for (k = e + 2; k < n && tok(a, k)->type != ST_TOK_BREAK && !punct_is(a, k, ','); k++)
        if (!is_cap(a, k) || ++words > 4)
            return 0;
    if (words == 0)
        return 0;
    lower(a, k - 1, w);
    for (i = 0; i < sizeof desks / sizeof *desks; i++)
        if (!strcmp(w, desks[i]))
            return 1;
    return 0;
}

/* Are tokens [s, e] all words of a page's share and navigation buttons? */
static int share_bar(const attrib *a, size_t s, size_t e)
{
    static const char *const buttons[] = { "share", "post", "email", "e-mail", "copy", "print",
        "tweet", "facebook", "whatsapp", "linkedin", "telegram", "reddit", "save", "comment",
        "comments", "link", "x", NULL };
    char w[WORD_MAX];
    size_t k;
    for (k = s; k <= e; k++)
        if (!word_in(lower(a, k, w), buttons))
            return 0;
    return 1;
}

/* Does a ship's prefix (BRP, MV, HMS, USS …) stand among tokens [r, s]
 * or right before r? */
static int vessel(const attrib *a, size_t r, size_t s)
{
    static const char *const prefixes[] = { "brp", "mv", "mt", "hms", "uss", "ins", "kri",
        "km", "rv", "fv", "hmas", "hmcs", "hmnzs", "ss", "rfa", "ms", NULL };
    char w[WORD_MAX];
    size_t k = r > 0 ? r - 1 : r;
    for (; k <= s; k++)
        if (is_word(a, k) && (tok(a, k)->flags & ST_TF_ALLCAPS) && word_in(lower(a, k, w), prefixes))
            return 1;
    return 0;
}

/* Is the run starting at r the last portfolio of a title's list: "Minister
 * of Foreign Affairs and International Cooperation", "Secretary for
 * Housing and Urban Development"? */
static int last_portfolio(const attrib *a, size_t r)
{
    size_t p;
    if (r < 4 || !is_word(a, r - 1) || !st_token_is(a->d->t, tok(a, r - 1), "and") ||
        !is_cap(a, r - 2))
        return 0;
    p = st_nm_name_run_start(a, 0, r - 2);
    return p >= 2 && is_word(a, p - 1) &&
           (st_token_is(a->d->t, tok(a, p - 1), "of") ||
            st_token_is(a->d->t, tok(a, p - 1), "for")) &&
           is_cap(a, p - 2) &&
           (st_nm_tk_title_word(a, p - 2) || tk_name_is(a, p - 2, ST_WC_ORG_HEAD));
}

/* Does the run starting at r follow "of" (with "the" and modifiers
 * between: "of the Bonn-based Forum X") right after the person collected
 * last, a full name with a known given name ("Hanna Lüdecke-Brandt of
 * ...", "Henrique Sato Vilela, of ...")?  Then it names where the person
 * works, not another person. */
static int employer_of_person(const attrib *a, size_t r)
{
    size_t k = r;
    const entity *p;
    if (!a->nent)
        return 0;
    p = &a->ent[a->nent - 1];
    while (k > 0 && k + 3 > r && is_word(a, k - 1) &&
           !st_token_is(a->d->t, tok(a, k - 1), "of") &&
           (!is_cap(a, k - 1) || hyphenated(a, k - 1)))
        k--;
    if (k < 2 || !st_token_is(a->d->t, tok(a, k - 1), "of") ||
        (k < r && !st_token_is(a->d->t, tok(a, k), "the")))
        return 0;
    /* (or set off by commas: "Henrique Sato Vilela, of Corretora Atlântica,") */
    return (p->e + 2 == k || (p->e + 3 == k && punct_is(a, p->e + 1, ','))) && p->e > p->s &&
           known_given(a, p->s);
}

static int has_digit(const attrib *a, size_t s, size_t e)
{
    size_t k, c;
    for (k = s; k <= e; k++)
        for (c = tok(a, k)->start; c < tok(a, k)->end; c++)
            if (st_cp_is_digit(a->d->t->cp[c]))
                return 1;
    return 0;
}

int st_nm_collect_entities(attrib *a)
{
    const st_tokens *tk = &a->d->tk;
    size_t i, k;
    for (i = 0; i < tk->n; i++) {
        size_t s, e, r;
        if (!is_cap(a, i) || in_statement(a, i) || st_nm_name_continues(a, i))
            continue;
        r = st_nm_name_run_start(a, 0, i);
        s = st_nm_strip_leading(a, r, i);
        if (s > i || i - s + 1 > NAME_TOKENS_MAX || st_nm_run_is_org(a, s, i))
            continue;
        /* "the Centre for African Fiscal Studies": the tail of an
         * organisation's name is no person. */
        if (st_nm_org_run_start(a, 0, i) < r)
            continue;
        /* "Spokesperson Fang Zhiyuan's Regular Press Conference": the name
         * ends at its possessive when a thing's name follows it */
        e = i;
        for (k = s; k < i; k++)
            if (fold_possessive(a, k)) {
                size_t t;
                for (t = k + 1; t <= i && !tk_name_is(a, t, ST_WC_THING); t++)
                    ;
                if (t <= i && k > s)
                    e = k;
                break;
            }
        if (s < e && st_nm_tk_title_word(a, e) &&
            !(word_is(a, e, "sheikh") && known_given(a, s)))
            continue;   /* "a French Renew Europe MEP": a role, not a name (but
                           Sheikh is a surname too: "Ayesha Qadir Sheikh") */
        if (e < i)
            r = st_nm_name_run_start(a, 0, e);
        /* (a thing's word before a title is the role's: "Marlow County
         * Sheriff Ronald Pruitt") */
        for (k = r; k <= e && !tk_name_is(a, k, ST_WC_THING); k++)
            ;
        if (k < s && s > 0 && st_nm_tk_title_word(a, s - 1))
            for (k = s; k <= e && !tk_name_is(a, k, ST_WC_THING); k++)
                ;
        if (k <= e || credited(a, s, e) || credit_line(a, r, e))
            continue;   /* "Ganga Water Treaty", "Port Vila", a byline: not a speaker */
        if (vessel(a, r, s))
            continue;   /* "the BRP Datu Tamblot", "MV Orchid Bay": a ship */
        if (employer_of_person(a, r))
            continue;   /* "Sneha Kothari of Anvil Broking": where she works */
        if (s == r && e + 1 < tk->n && punct_is(a, e + 1, ',') &&
            last_portfolio(a, s))
            continue;   /* "… and International Cooperation, Moussa Aly Dembélé," (not
                           "… and Minerals Salim bin Nasser Al-Rawahi") */
        if (share_bar(a, s, e))
            continue;   /* "Share  Post  Email  Copy link": a page's buttons */
        if (has_digit(a, s, e) && !tk_name_is(a, r, ST_WC_PERSON_NOUN))
            continue;   /* "Bill C-41", "Resolution 2334": a number names no person
                           (but "Witness N7" is one) */
        if (tok(a, s)->start > 0 && a->d->is_mark[tok(a, s)->start - 1])
            continue;   /* the so-called “Yıldırım Revolution”: a term */
        if (st_grow((void **)&a->ent, &a->capent, a->nent, sizeof *a->ent))
            return -1;
        a->ent[a->nent].s = s;
        a->ent[a->nent].e = e;
        a->ent[a->nent].pos = tok(a, s)->start;
        a->ent[a->nent].partner = st_nm_couple_partner(a, r, s, e);
        a->ent[a->nent].introduced = introduced_person(a, s, e);
        a->ent[a->nent].gender = !a->ent[a->nent].introduced ? 0
                                 : e > s && st_nm_irish_surname_female(a, s, e) ? 'f'
                                                                        : st_nm_gender_after(a, e);
        if (a->ent[a->nent].introduced && !a->ent[a->nent].gender)
            a->ent[a->nent].gender = st_nm_gender_of_name(a, r, s, e);
        if (s == e && (subject_position(a, r) ||
                       (e + 1 < tk->n && punct_is(a, e + 1, ','))))   /* "Appiah, now 58," */
            surname_mention(a, &a->ent[a->nent]);
        if (s == e && !a->ent[a->nent].introduced && aged(a, e)) {
            a->ent[a->nent].introduced = 1;     /* "furious Mehmet, 47," */
            a->ent[a->nent].gender = st_nm_gender_after(a, e);
            if (!a->ent[a->nent].gender)
                a->ent[a->nent].gender = st_nm_gender_of_name(a, s, s, s + 1);
        }
        a->nent++;
    }
    return 0;
}
