/* subjects_after.c - a reporting cue's subject after the cue, and a
 * participle's subject.
 *
 * After an inverted cue ("said Li Lifan, a senior fellow", "said the
 * ministry", "according to Vietnam's Ministry of Foreign Affairs",
 * "quoted its commissioner, X, as saying"), and for a participle cue
 * ("..., describing it as") the first speaker-like phrase of its clause.
 * subjects.c reads the subject before a cue and the noun phrases both
 * use. */
#include "attrib_int.h"

/* "said his wife, Grace,": a noun of kinship, for the name in apposition
 * after it. */
static int kin_noun(const attrib *a, size_t k)
{
    char w[WORD_MAX];
    return is_word(a, k) && kin_word(lower(a, k, w));
}

/* A lowercase word that may describe a person before the name: a content
 * word of letters only, not a function word, a cue or a pronoun. */
static int is_descriptor_word(const attrib *a, size_t i, const char *w)
{
    size_t n = strlen(w), k;
    if (n < 3 || st_wc_function(w) || st_wc_skippable(w) || st_wc_determiner(w) ||
        tk_is(a, i, ST_WC_PRONOUN) || st_wc_cue(w, &(const char *){ NULL }))
        return 0;
    for (k = 0; k < n; k++)
        if (!((w[k] >= 'a' && w[k] <= 'z') || w[k] == '-'))
            return 0;
    return 1;
}

/* "No 6", "No. 2": a ranking at token i, in sport's shorthand; the token
 * after it, or i when there is none. */
static size_t past_ranking(const attrib *a, size_t i, size_t hi)
{
    size_t k = i + 1;
    if (!is_cap(a, i) || !(word_is(a, i, "no") || word_is(a, i, "no.")))
        return i;   /* (the tokenizer keeps an abbreviation's stop: "No.") */
    if (k < hi && punct_is(a, k, '.') && tok(a, k)->start == tok(a, i)->end)
        k++;
    return k < hi && is_word(a, k) && (tok(a, k)->flags & ST_TF_DIGIT) ? k + 1 : i;
}

/* Subject after an inverted cue: "said Li Lifan, a senior fellow", "said
 * the ministry", "quoted him as saying".  Only a pronoun, a capitalised
 * run, or a short determiner phrase ending in a speaker noun qualify. */
/* After the noun at token e, a relative clause giving the person's name:
 * ", who gave only his first name, Eusebio", " who gave his name only as
 * Sula", " who would give only her first name, Aigerim".  Returns the
 * token before the name (the "as" or the comma), or 0. */
static size_t name_given_after(const attrib *a, size_t e, size_t hi)
{
    size_t k = e + 1, lim;
    if (k < hi && punct_is(a, k, ','))
        k++;
    if (k >= hi || !word_is(a, k, "who"))
        return 0;
    for (lim = k + 9; k < hi && k < lim && is_word(a, k) && !word_is(a, k, "name"); k++)
        ;
    if (k >= hi || !word_is(a, k, "name"))
        return 0;
    k++;
    if (k < hi && word_is(a, k, "only"))
        k++;
    return k + 1 < hi && (word_is(a, k, "as") || punct_is(a, k, ',')) && is_cap(a, k + 1) &&
                   !in_statement(a, k + 1)
               ? k
               : 0;
}

/* Are the capitalised words of [s, e] a role's only: each a title or
 * a portfolio's word after of/for/and ("Minister of Communication and
 * Government Spokesman"), no person's name ("President Joe Biden")? */
static int role_words_only(const attrib *a, size_t s, size_t e)
{
    size_t k;
    int portfolio = 0;
    for (k = s; k <= e; k++) {
        if (word_is(a, k, "of") || word_is(a, k, "for") || word_is(a, k, "and")) {
            portfolio = 1;
            continue;
        }
        if (!is_word(a, k) || !is_cap(a, k) || (!portfolio && !st_nm_tk_title_word(a, k)))
            return 0;
    }
    return 1;
}

/* The person named in apposition after the comma at c: "…, Colonel
 * Abdourahamane Hamidou Soumana,"; type SUBJ_NONE when the words there
 * are no person's name (a body, a second role). */
static subject apposed_person(const attrib *a, size_t c, size_t hi)
{
    subject none = { SUBJ_NONE, 0, 0, 0 }, named;
    if (c + 1 >= hi || !is_cap(a, c + 1) || in_statement(a, c + 1))
        return none;
    named = st_at_subject_after(a, c, hi);
    if (named.type != SUBJ_NAME ||
        st_nm_run_is_org(a, st_nm_strip_leading(a, named.name_first, named.last), named.last))
        return none;
    return named;
}

subject st_at_subject_after(const attrib *a, size_t v, size_t hi)
{
    subject s = { SUBJ_NONE, 0, 0, 0 };
    size_t j = v + 1, e;
    char w[WORD_MAX];

    if (j >= hi || !is_word(a, j) || in_statement(a, j))
        return s;
    /* "said Dr. Kari Lindqvist", "said Sen. Maria Lopez": an abbreviated
     * title and its full stop come before the name. */
    j = past_dotted_title(a, j, hi);
    lower(a, j, w);     /* w is read below when the loop takes no word */
    if (tk_is(a, j, ST_WC_PRONOUN)) {
        s.type = SUBJ_PRONOUN;
        s.first = s.last = s.name_first = j;
        return s;
    }
    /* "said rival boss Gareth Pryce", "said ministry spokesperson Qiao
     * Mingxuan": role words before the name.  "said distributor Beau
     * Landry", "says consumer champion Priya Rao": any other content word
     * can describe the person too, when a full name (two or more words)
     * follows; "said talks resumed Monday" has no such name. */
    int described = 0;
    size_t lim = j + 3;     /* (up to three words: a ranking is one) */
    for (e = j; e < hi && e < lim && is_word(a, e); e++) {
        size_t r = past_ranking(a, e, hi);
        if (r > e) {
            /* "said world No 6 Elena Petrova", "said No. 2 seed X" */
            lim += r - e - 1;
            e = r - 1;
            lower(a, e, w);
            described = 1;
            continue;
        }
        if (is_cap(a, e))
            break;
        lower(a, e, w);
        if (st_nm_title_word(w) || st_wc_person_noun(w) || (e + 1 < hi && st_wc_org_head(w)))
            continue;
        /* (a rank of another language's, hyphenated, before a name of two
         * words: "explained comisar-șef Lavinia Drăgulescu") */
        if (strchr(w, '-') && e + 2 < hi && is_cap(a, e + 1) && is_cap(a, e + 2))
            continue;
        if (!is_descriptor_word(a, e, w))
            break;
        described = 1;
    }
    if (e < hi && is_cap(a, e) && (e == j || !st_wc_determiner(w))) {
        size_t c = e, next, body = 0;
        int titled = 0;
        for (;;) {
            while (c + 1 < hi && !in_statement(a, c + 1) &&
                   (next = st_nm_name_next(a, c)) != (size_t)-1 && next < hi &&
                   !in_statement(a, next)) {
                titled |= st_nm_tk_title_word(a, c);
                c = next;
            }
            titled |= st_nm_tk_title_word(a, c);
            /* "quoted Deputy Minister for Petroleum Affairs Faisal bin
             * Rashid Al-Otaibi as saying", "quoted Principal Secretary Dr.
             * Wanjiru Kamau-Otieno": a title runs on past its portfolio and
             * an abbreviated title's stop to the name. */
            if (titled && c + 2 < hi && is_cap(a, c + 2) && !in_statement(a, c + 2) &&
                ((punct_is(a, c + 1, '.') && st_nm_tk_title_word(a, c) &&
                  tok(a, c)->end == tok(a, c + 1)->start) ||
                 st_token_is(a->d->t, tok(a, c + 1), "of") ||
                 st_token_is(a->d->t, tok(a, c + 1), "for") ||
                 st_token_is(a->d->t, tok(a, c + 1), "and")))
                c += 2;
            /* "says President of the Storting Sundvold": a title of a
             * named body, its article kept */
            else if (titled && st_nm_tk_title_word(a, c) && c + 3 < hi && is_cap(a, c + 3) &&
                     !in_statement(a, c + 3) && st_token_is(a->d->t, tok(a, c + 1), "of") &&
                     st_token_is(a->d->t, tok(a, c + 2), "the"))
                c = body = c + 3;
            /* "according to Vietnam's Ministry of Foreign Affairs": an
             * organisation's head word runs on over of/for */
            else if (c + 2 < hi && is_cap(a, c + 2) && !in_statement(a, c + 2) &&
                     tk_name_is(a, c, ST_WC_ORG_HEAD) &&
                     (st_token_is(a->d->t, tok(a, c + 1), "of") ||
                      st_token_is(a->d->t, tok(a, c + 1), "for")))
                c += 2;
            else
                break;
        }
        if (described && (c == e || tk_is(a, e, ST_WC_PRONOUN)))
            return s;
        if (c + 1 < hi && patronym_suffix(a, c + 1))
            return st_at_np_ending_at(a, e, c);   /* "said Elchin Mammad oglu," */
        if (c + 1 < hi && is_word(a, c + 1) && !is_cap(a, c + 1)) {
            char nx[WORD_MAX];
            lower(a, c + 1, nx);
            /* (one plain word may come before the role: "said a House
             * Republican leadership aide") */
            int role_next = st_nm_title_word(nx) || st_wc_person_noun(nx) || st_wc_org_head(nx);
            if (!role_next && c + 2 < hi && is_word(a, c + 2) && !is_cap(a, c + 2) &&
                !st_wc_function(nx) && !st_wc_cue(nx, &(const char *){ NULL }) &&
                role_word(a, c + 2))
                role_next = 1;
            if (role_next) {
                /* "says Turkish foreign minister": a role phrase. */
                size_t h = c + 1;
                /* (lower-case "who" is the relative pronoun, not the WHO) */
                while (h + 1 < hi && is_word(a, h + 1) && !is_cap(a, h + 1) &&
                       (st_nm_title_word(lower(a, h + 1, nx)) || st_wc_person_noun(nx) ||
                        st_wc_org_head(nx)) && !st_wc_function(nx))
                    h++;
                /* "said Sabah Oil Palm Smallholders Association chairperson
                 * Juliana Majinbon": the role's holder, named after it */
                size_t nh = h;
                /* (past its portfolio in lower case: "said CMT secretary
                 * for ideology and publicity Abdallah Mrisho Makame") */
                if (h + 3 < hi && (word_is(a, h + 1, "for") || word_is(a, h + 1, "of"))) {
                    size_t k = h + 2;
                    while (k < hi && k < h + 8 && is_word(a, k) && !is_cap(a, k) &&
                           (word_is(a, k, "and") || !st_wc_function(lower(a, k, nx))))
                        k++;
                    if (k > h + 2 && k < hi && is_cap(a, k))
                        nh = k - 1;
                }
                if (nh + 2 < hi && is_cap(a, nh + 1) && !in_statement(a, nh + 1) &&
                    st_nm_name_continues(a, nh + 1)) {
                    size_t ne = nh + 1;
                    while ((next = st_nm_name_next(a, ne)) != (size_t)-1 && next < hi &&
                           !in_statement(a, next))
                        ne = next;
                    subject named = st_at_np_ending_at(a, nh + 1, ne);
                    if (named.type == SUBJ_NAME && named.first == nh + 1)
                        return named;
                }
                s.type = SUBJ_NP;
                s.first = s.name_first = e;
                s.last = h;
                return s;
            }
            if (tk_is(a, c + 1, ST_WC_DOCUMENT) && is_possessive(a, c))
                return st_at_np_ending_at(a, e, c);  /* "the Kremlin's readout" */
            /* "said Irish centre-right MEP Siobhán Ní Dhomhnaill": a plain
             * word between a place and a title in capitals, then the name */
            if (c + 3 < hi && is_cap(a, c + 2) && st_nm_tk_title_word(a, c + 2) &&
                is_cap(a, c + 3) && !in_statement(a, c + 3) && !st_wc_function(nx) &&
                !st_wc_cue(nx, &(const char *){ NULL }) && tk_name_is(a, e, ST_WC_PLACE)) {
                size_t ne = c + 3;
                subject named;
                while ((next = st_nm_name_next(a, ne)) != (size_t)-1 && next < hi &&
                       !in_statement(a, next))
                    ne = next;
                named = st_at_np_ending_at(a, c + 2, ne);
                if (named.type == SUBJ_NAME)
                    return named;
            }
            if (!st_wc_function(nx) && !st_wc_skippable(nx) && !st_wc_cue(nx, &(const char *){ NULL }))
                return s;   /* "says EU wants": the name begins a clause */
        }
        /* (or the title of a named body: "stated the President of the
         * Banco Central del Uruguay, María Inés Larrañaga Bentancor") */
        if (titled && c + 2 < hi && punct_is(a, c + 1, ',') && (role_words_only(a, e, c) || body)) {
            /* "said the Minister of Defence, General Salifou Mody,": the
             * role's holder in apposition */
            subject named = apposed_person(a, c + 1, hi);
            if (named.type == SUBJ_NAME)
                return named;
        }
        s = st_at_np_ending_at(a, e, c);
        if (body && body < c && s.type == SUBJ_NAME) {
            /* the body's name ends where a given name starts, or at the
             * surname: "Storting Sundvold" is Sundvold */
            while (body < c && !known_given(a, body))
                body++;
            s.name_first = body;
        }
        return s;
    }
    if (!tk_is(a, j, ST_WC_DETERMINER)) {
        /* "‘…’, says minister": a headline's role phrase with no article,
         * ending the clause. */
        for (e = j; e < hi && e < j + 3 && is_word(a, e) && !is_cap(a, e) &&
                    (st_nm_title_word(lower(a, e, w)) || st_wc_person_noun(w)); e++)
            ;
        if (e > j && (e >= hi || !is_word(a, e))) {
            s.type = SUBJ_NP;
            s.first = s.name_first = j;
            s.last = e - 1;
        }
        return s;
    }
    if (j + 1 < hi && is_cap(a, j + 1) && st_token_is(a->d->t, tok(a, j), "the") &&
        st_at_demonym_noun(a, j + 1) && !(j + 2 < hi && is_cap(a, j + 2))) {
        s.type = SUBJ_NP;   /* "said the Basque", "said the Swede": a person */
        s.first = j;
        s.name_first = s.last = j + 1;
        return s;
    }
    if (j + 1 < hi && is_cap(a, j + 1)) {
        subject t = st_at_subject_after(a, j, hi);  /* "according to the Athletics Integrity Unit" */
        if (t.type == SUBJ_NONE && st_token_is(a->d->t, tok(a, j), "the") &&
            st_nm_tk_title_word(a, j + 1)) {
            /* "stated the President", "said the Prime Minister": a role in
             * capitals and no name, as "the President said" before its cue */
            size_t e2 = j + 1;
            while (e2 + 1 < hi && is_cap(a, e2 + 1) && st_nm_tk_title_word(a, e2 + 1))
                e2++;
            if (!(e2 + 1 < hi && is_cap(a, e2 + 1)))
                t = st_at_np_ending_at(a, j, e2);
        }
        return t;
    }
    for (e = j + 1; e < hi && e < j + 6 && is_word(a, e) && !in_statement(a, e); e++) {
        size_t as = name_given_after(a, e, hi);
        if (as) {
            /* "said one driver, who gave only his first name, Eusebio",
             * "quipped a rider who gave his name only as Sula" */
            subject named = st_at_subject_after(a, as, hi);
            if (named.type == SUBJ_NAME)
                return named;
        }
        /* "quoted its commissioner, Khalid Osman Babiker, as saying": the
         * name in apposition to a role. */
        if (e + 2 < hi && punct_is(a, e + 1, ',') && is_cap(a, e + 2) &&
            (tk_is(a, e, ST_WC_PERSON_NOUN) || st_nm_tk_title_word(a, e) || kin_noun(a, e))) {
            subject named = st_at_subject_after(a, e + 1, hi);
            if (named.type == SUBJ_NAME)
                return named;
        }
        if (tk_is(a, e, ST_WC_PERSON_NOUN) && e + 2 < hi &&
            (word_is(a, e + 1, "for") || word_is(a, e + 1, "of"))) {
            /* "said the regional minister for agriculture, María Dolores
             * Expósito Linares,": the name in apposition after the
             * role's portfolio */
            size_t k = e + 2;
            while (k < hi && k < e + 6 && is_word(a, k) && !is_cap(a, k))
                k++;
            if (k > e + 2 && k + 1 < hi && punct_is(a, k, ',') && is_cap(a, k + 1)) {
                subject named = st_at_subject_after(a, k, hi);
                if (named.type == SUBJ_NAME)
                    return named;
            }
        }
        /* "said the ministry's Director General of Water Resources,
         * Bambang Hermawan": the body's title, then its holder's name */
        if (is_possessive(a, e) && e + 1 < hi && is_cap(a, e + 1) && st_nm_tk_title_word(a, e + 1)) {
            size_t k = e + 1;
            while (k < hi && k < e + 10 && !in_statement(a, k) &&
                   (is_cap(a, k) || word_is(a, k, "of") || word_is(a, k, "for") ||
                    word_is(a, k, "and")))
                k++;
            if (k + 1 < hi && punct_is(a, k, ',') && is_cap(a, k + 1)) {
                subject named = st_at_subject_after(a, k, hi);
                if (named.type == SUBJ_NAME)
                    return named;
            }
        }
        if (tk_is(a, e, ST_WC_ORG_HEAD | ST_WC_PERSON_NOUN) || st_at_counted_people(a, j, e)) {
            /* "a spokesman for the ministry": the head is the speaker;
             * "a senior government official": the body is the person's */
            if (!is_cap(a, e) && tk_is(a, e, ST_WC_ORG_HEAD) && e + 1 < hi && is_word(a, e + 1) &&
                !is_cap(a, e + 1) && tk_is(a, e + 1, ST_WC_PERSON_NOUN))
                e++;
            return st_at_np_ending_at(a, j, e);   /* the mention keeps "the" */
        }
        /* "according to the company's filing", "the ministry's
         * statement": the possessive's body wrote the document. */
        if (is_possessive(a, e) && e + 1 < hi && tk_is(a, e + 1, ST_WC_DOCUMENT) &&
            tk_name_is(a, e, ST_WC_ORG_HEAD | ST_WC_BUSINESS)) {
            s.type = SUBJ_NP;
            s.first = j;
            s.name_first = j + 1;
            s.last = e;
            return s;
        }
        /* "said a statement issued by the Foreign Office": the document's
         * author */
        if (tk_is(a, e, ST_WC_DOCUMENT) && e + 3 < hi && word_is(a, e + 2, "by") &&
            (word_is(a, e + 1, "issued") || word_is(a, e + 1, "signed") ||
             word_is(a, e + 1, "released") || word_is(a, e + 1, "published"))) {
            subject by = st_at_subject_after(a, e + 2, hi);
            if (by.type == SUBJ_NAME || by.type == SUBJ_NP)
                return by;
        }
        if (tk_cue(a, e, &(const char *){ NULL }) &&
            !(e + 1 < hi && is_word(a, e + 1) && tk_is(a, e + 1, ST_WC_DOCUMENT)))
            break;  /* (a participle before a document is no cue: "written order") */
    }
    return s;
}

/* Does token k end in "s" ("authorities", not "embassy")? */
static int ends_in_s(const attrib *a, size_t k)
{
    const st_token *t = tok(a, k);
    return t->end > t->start && (a->d->t->cp[t->end - 1] == 's' || a->d->t->cp[t->end - 1] == 'S');
}

/* Is the phrase at token f the audience of a verb of speaking before it,
 * "Speaking to reporters", "talking with journalists", never the one who
 * speaks? */
static int audience(const attrib *a, size_t lo, size_t f)
{
    return f >= lo + 2 && (word_is(a, f - 1, "to") || word_is(a, f - 1, "with")) &&
           (word_is(a, f - 2, "speaking") || word_is(a, f - 2, "talking") ||
            word_is(a, f - 2, "spoke") || word_is(a, f - 2, "talked"));
}

/* The subject of a participle cue ("Prates piled in, writing that ..."):
 * the first speaker-like phrase of the sentence. */
subject st_at_clause_subject(const attrib *a, size_t lo, size_t v)
{
    subject none = { SUBJ_NONE, 0, 0, 0 }, single = none;
    size_t j;
    char w[WORD_MAX];
    /* "… left the visiting coach accusing the officials": a singular role
     * right before the participle is its subject. */
    if (v > lo && is_word(a, v - 1) && !is_cap(a, v - 1) &&
        tk_is(a, v - 1, ST_WC_PERSON_NOUN)) {
        size_t n = strlen(lower(a, v - 1, w));
        subject t = st_at_np_ending_at(a, lo, v - 1);
        /* (not a copula's complement: "X became the city's first woman
         * police chief promising to “…”" is X's promise) */
        int complement = t.first > lo && is_word(a, t.first - 1) &&
                         (word_is(a, t.first - 1, "became") || word_is(a, t.first - 1, "becomes") ||
                          word_is(a, t.first - 1, "was") || word_is(a, t.first - 1, "is") ||
                          word_is(a, t.first - 1, "as"));
        if (t.type == SUBJ_NP && n > 1 && w[n - 1] != 's' && !complement)
            return t;
    }
    j = lo;
    if (audience(a, lo, lo + 2) && !word_is(a, lo, "spoke") && !word_is(a, lo, "talked")) {
        /* "Speaking to journalists at the door of the chamber, Nzeyimana
         * …": the sentence's subject comes after the participle's phrase */
        size_t c = lo + 2;
        while (c < v && c < lo + 20 && !punct_is(a, c, ','))
            c++;
        if (c < v && punct_is(a, c, ','))
            j = c + 1;
    }
    for (; j < v; j++) {
        subject t;
        if (!is_word(a, j) || in_statement(a, j))
            continue;
        /* "TRABZON, Turkey, Oct 24 (Sportswire) - …": a dateline. */
        if ((tok(a, j)->flags & ST_TF_ALLCAPS) && j + 1 < v && punct_is(a, j + 1, ','))
            continue;
        /* "TOPEKA, Kan. (AP) — …": the agency of a dateline */
        if (j > lo && punct_is(a, j - 1, '(') && j + 2 < v && punct_is(a, j + 1, ')') &&
            (punct_is(a, j + 2, 0x2014) || punct_is(a, j + 2, 0x2013) || punct_is(a, j + 2, '-')))
            continue;
        if (j + 1 < v && is_cap(a, j) && st_nm_name_continues(a, j))
            continue;   /* run on to the end of a capitalised name */
        if (past_dotted_title(a, j, v) > j)
            continue;   /* "Kansas Gov. Ellen Marsh … vetoed": past the dotted title */
        if (j > lo && word_is(a, j - 1, "the") && j + 1 < v && is_cap(a, j) &&
            st_at_demonym_noun(a, j) && is_word(a, j + 1) && !is_cap(a, j + 1) &&
            tk_is(a, j + 1, ST_WC_ORG_HEAD) && !ends_in_s(a, j + 1))
            continue;   /* "the Russian embassy in Tokyo …, saying": not "the Russian" */
        /* "The national rail operator cancelled half its trains and said
         * …": a business noun after the "The" opening the sentence (as a
         * subject anywhere, "operator" or "firm" would be too loose) */
        if (!is_cap(a, j) && tk_is(a, j, ST_WC_BUSINESS) &&
            !(j + 1 < v && is_word(a, j + 1) && tk_is(a, j + 1, ST_WC_BUSINESS | ST_WC_ORG_HEAD))) {
            size_t k = j;
            while (k > lo && j - k < 3 && is_word(a, k - 1) && !is_cap(a, k - 1) &&
                   !tk_is(a, k - 1, ST_WC_FUNCTION))
                k--;
            if (k > lo && k - 1 == lo && st_token_is(a->d->t, tok(a, k - 1), "the")) {
                subject np = { SUBJ_NP, k - 1, j, k };
                return np;
            }
        }
        /* "Harbour authority chairman Idris Ade said …": the body a
         * role belongs to is no subject; the named person after it is. */
        if (j + 2 < v && role_word(a, j + 1) && is_cap(a, j + 2))
            continue;
        t = st_at_np_ending_at(a, lo, j);
        if (t.type != SUBJ_NONE && audience(a, lo, t.first))
            continue;   /* "Speaking to journalists at the door, X pledged" */
        if (t.type == SUBJ_PRONOUN && j > lo && is_word(a, j - 1) &&
            (word_is(a, j - 1, "of") || word_is(a, j - 1, "about") || word_is(a, j - 1, "with") ||
             word_is(a, j - 1, "on") || word_is(a, j - 1, "for")) &&
            !(word_is(a, j - 1, "of") && j - 1 > lo && is_word(a, j - 2) && is_cap(a, j - 2) &&
              tk_is(a, j - 2, ST_WC_DETERMINER)))
            continue;   /* "X is having none of it:": an object, no subject
                         * (but "One of them, …, told us:" is a partitive) */
        if ((t.type == SUBJ_NAME || t.type == SUBJ_NP) && is_possessive(a, j)) {
            /* "North Korea's foreign ministry defended …, calling": the
             * possessive's organisation or role, when one follows */
            size_t k;
            for (k = j + 1; k < v && k < j + 4 && is_word(a, k) && !is_cap(a, k); k++)
                if (tk_is(a, k, ST_WC_ORG_HEAD | ST_WC_PERSON_NOUN))
                    break;
            if (k < v && k < j + 4 && is_word(a, k) && !is_cap(a, k))
                continue;
        }
        if (t.type == SUBJ_NAME && t.first == t.last &&
            !(!fold_possessive(a, j) && j + 1 < v && punct_is(a, j + 1, ',') &&
              st_nm_has_fuller_form(a, t.first, t.last))) {
            /* "Back home, Minister Luciana Prates ...": a lone capital may
             * just open the sentence; a fuller name later wins.  (Not a
             * surname the text gave in full before: "Harahap, however,
             * left the door open to IHCA experts, saying") */
            if (single.type == SUBJ_NONE)
                single = t;
            continue;
        }
        /* (a place or body after a preposition is no subject: "X has
         * reacted, from the trailer on the Place du Luxembourg, to …:") */
        if (t.type == SUBJ_NAME && t.first > lo) {
            size_t p = word_is(a, t.first - 1, "the") && t.first - 1 > lo ? t.first - 2 : t.first - 1,
                   k;
            for (k = t.first; k <= t.last && !known_given(a, k); k++)
                ;   /* (no person's given name in it) */
            /* (nor a role's post: "Consul General in Peshawar Hafiz
             * Mohibullah Sharifi") */
            if (k > t.last && !(p > lo && (st_nm_tk_title_word(a, p - 1) || role_word(a, p - 1))) &&
                (word_is(a, p, "on") || word_is(a, p, "in") || word_is(a, p, "at") ||
                 word_is(a, p, "near") || word_is(a, p, "outside") || word_is(a, p, "inside") ||
                 word_is(a, p, "into") || word_is(a, p, "across")))
                continue;
        }
        /* (a noun phrase later does not outrank a surname the text gave
         * in full before: "Al-Momani also referred to … hosting
         * refugees, noting") */
        if (t.type == SUBJ_NAME || t.type == SUBJ_PRONOUN ||
            (t.type == SUBJ_NP && !st_at_place_np(a, &t) &&
             !(single.type != SUBJ_NONE && st_nm_has_fuller_form(a, single.first, single.last))))
            return t;
    }
    return single;
}
