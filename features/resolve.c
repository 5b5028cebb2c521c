/* resolve.c - from a cue's subject to a speaker's name.
 *
 * A subject is a name, a pronoun or a noun phrase ("the ministry", "a
 * senior official").  Names resolve to their fullest form in the article,
 * preferring the person introduced most recently ("Li" after Li Lifan and
 * Li Yonghui is Li Yonghui); pronouns to the last compatible person who
 * spoke or was introduced; role phrases to the person or organisation
 * they stand for, or to an unnamed source.  The running history of who
 * said what, which pronouns resolve against, is kept by attrib.c. */
#include "attrib_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The latest speaker event before position pos, in paragraph min_para or
 * after: need_person 0 any speaker, -1 an organisation, 1 a person, 'm'
 * or 'f' a person who may be of that gender.  NULL when there is none.
 * An unnamed source is no organisation, and (person 0) no he or she:
 * only "any speaker" finds it. */
const event *st_at_last_event(const attrib *a, size_t pos, int need_person, size_t min_para)
{
    size_t k = a->nhist, stop = k > HISTORY_WINDOW ? k - HISTORY_WINDOW : 0;
    while (k > stop) {
        const event *e = &a->hist[--k];
        if (e->pos >= pos)
            continue;
        if (e->para < min_para)
            return NULL;
        if (!e->speaker)
            continue;
        if (need_person == 0 || (need_person < 0 && !e->person && !e->anon) ||
            (need_person == 1 && e->person) ||
            (need_person > 1 && e->person && (e->person == 1 || e->person == need_person)))
            return e;
    }
    return NULL;
}

/* "one delegate", "a senior official", "two people familiar with the
 * talks": a person the article leaves unnamed.  Not a spokesperson, who
 * speaks for an organisation, nor a noun a name follows in apposition
 * (that subject is the name). */
static int unnamed_source(const attrib *a, const subject *s)
{
    static const char *const indefinite[] = { "a", "an", "one", "another", "two", "three",
        "several", "un", "una", NULL };
    char w[WORD_MAX];
    if (s->type != SUBJ_NP || s->first >= s->last || !is_word(a, s->first))
        return 0;
    lower(a, s->last, w);
    if (!(tk_is(a, s->last, ST_WC_PERSON_NOUN) || strcmp(w, "person") == 0 ||
          strcmp(w, "people") == 0) ||
        st_nm_spokes_gender(w))
        return 0;
    if (word_in(lower(a, s->first, w), indefinite))
        return 1;
    /* "said a Western diplomat in Nairobi": the phrase may start at its
     * capitalised word, after the article */
    return s->first > 0 && is_cap(a, s->first) && is_word(a, s->first - 1) &&
           !is_cap(a, s->first - 1) && word_in(lower(a, s->first - 1, w), indefinite);
}

/* Does the sentence from token j on introduce a person ("a senior
 * official at the centre, identified only as Witness N7,", "an official,
 * Ahmed Ali,")? */
static int names_in_sentence(const attrib *a, size_t j)
{
    size_t n = a->d->tk.n, end = j, ei;
    while (end + 1 < n && end < j + 40 && !a->d->stop[tok(a, end)->end - 1])
        end++;
    for (ei = st_nm_entity_index_at(a, tok(a, j)->start); ei < a->nent && a->ent[ei].s <= end;
         ei++)
        if (a->ent[ei].introduced && !in_statement(a, a->ent[ei].s))
            return 1;
    return 0;
}

/* Has the text named the person called name before token j, below its
 * headlines? */
static int named_before(const attrib *a, size_t j, const char *name)
{
    size_t ei = st_nm_entity_index_at(a, tok(a, j)->start);
    while (ei > 0) {
        const entity *x = &a->ent[--ei];
        if (st_hl_headline_like(a, x->pos))
            continue;
        char *c = st_nm_canonical_name(a, x->s, x->e, tok(a, j)->start, NULL);
        int same = c && strcmp(c, name) == 0;
        free(c);
        if (same)
            return 1;
    }
    return 0;
}

/* "An EU official in Brussels, speaking on condition of anonymity, said
 * …", "A senior SPD lawmaker, who asked not to be named, was less
 * diplomatic": was the last mention of the role word ending s, in the
 * reporter's words before it, an indefinite one that names nobody?  Then
 * "the official", "the lawmaker" is that unnamed person. */
static int indefinite_before(const attrib *a, const subject *s)
{
    static const char *const indefinite[] = { "a", "an", "one", "another", NULL };
    char head[WORD_MAX], w[WORD_MAX];
    size_t lo = s->first > 400 ? s->first - 400 : 0, k, m;
    lower(a, s->last, head);
    for (k = s->first; k > lo; k--) {
        size_t j = k - 1;
        if (!is_word(a, j) || in_statement(a, j) || strcmp(lower(a, j, w), head) != 0)
            continue;
        for (m = j; m > lo && j - m < 4 && is_word(a, m - 1) &&
                    !tk_is(a, m - 1, ST_WC_DETERMINER);
             m--)
            ;   /* "a senior SPD", "an EU" */
        if (!(m > lo + 1 && is_word(a, m - 1) && word_in(lower(a, m - 1, w), indefinite)))
            return 0;
        if (tok(a, m - 2)->type == ST_TOK_PUNCT && !a->d->stop[tok(a, m - 2)->end - 1])
            return 0;   /* "Kim Jae-won, 58, a fisherman": a named person's apposition */
        return !names_in_sentence(a, j);
    }
    return 0;
}

/* Whether the noun phrase np ends with the word head. */
static int same_head(const char *np, const char *head)
{
    size_t n = strlen(np), h = strlen(head);
    return n >= h && strcmp(np + n - h, head) == 0 && (n == h || np[n - h - 1] == ' ');
}

/* "Under questioning from Crown prosecutor Annabelle Ferris, she said",
 * "Questioned by counsel Úna Ní Fhlaithearta, Witness 7 agreed": the one
 * asking, named after by/from and a verb or noun of questioning, is not
 * who answers. */
static int questioner(const attrib *a, const entity *x)
{
    static const char *const asking[] = { "questioning", "questioned", "cross-examination",
        "cross-examined", "asked", "pressed", "grilled", "interviewed", NULL };
    char w[WORD_MAX];
    size_t k;
    /* "Our correspondent X asked him whether …": the one asking someone
     * else, named as the subject */
    if (x->e + 2 < a->d->tk.n && is_word(a, x->e + 1) && word_in(lower(a, x->e + 1, w), asking) &&
        (word_is(a, x->e + 2, "him") || word_is(a, x->e + 2, "her") || word_is(a, x->e + 2, "them")))
        return 1;
    for (k = x->s; k > 1 && x->s - k < 6 && is_word(a, k - 1); k--)
        if (st_token_is(a->d->t, tok(a, k - 1), "by") || st_token_is(a->d->t, tok(a, k - 1), "from"))
            return is_word(a, k - 2) && word_in(lower(a, k - 2, w), asking);
    return 0;
}

/* Can entity x be he or she (g) of a pronoun: introduced, of that
 * gender or none known, not the one asking? */
static int candidate(const attrib *a, const entity *x, int g)
{
    /* (he or she is no body: one in apposition, "Tekoha Rekávo, an
     * organisation that has advised the community", or one after "the",
     * "The Social Democrats will also table …") */
    return x->introduced && !(g && x->gender && x->gender != g) && !questioner(a, x) &&
           !(g && x->e + 2 < a->d->tk.n && punct_is(a, x->e + 1, ',') &&
             st_nm_apposition_names_body(a, x->e + 2)) &&
           !(g && x->s > 0 && word_is(a, x->s - 1, "the"));
}

/* Is entity x the object of a preposition ("against Tereza Horáková",
 * "with Prime Minister X")? */
static int prep_object(const attrib *a, const entity *x)
{
    static const char *const preps[] = { "against", "with", "to", "by", "for", "beside",
        "over", "behind", "toward", "towards", NULL };
    size_t r = st_nm_name_run_start(a, 0, x->e);
    char w[WORD_MAX];
    size_t k = r;
    while (r > 0 && k - r < 4 && is_word(a, r - 1) &&
           ((!is_cap(a, r - 1) && !tk_is(a, r - 1, ST_WC_FUNCTION)) ||
            tk_name_is(a, r - 1, ST_WC_PLACE)))
        r--;    /* "against the Czech qualifier X" */
    while (r > 0 && is_word(a, r - 1) && tk_is(a, r - 1, ST_WC_DETERMINER))
        r--;
    return r > 0 && is_word(a, r - 1) && word_in(lower(a, r - 1, w), preps);
}

/* The person introduced or speaking last before position at, whichever
 * came later, in paragraph min_para or after, of gender g ('m', 'f', or 0
 * for any).  NULL when there is none. */
char *st_at_latest_person(attrib *a, size_t at, int g, size_t min_para, int *person)
{
    const event *e = st_at_last_event(a, at, g ? g : 1, min_para);
    size_t ei = st_nm_entity_index_at(a, at);
    while (ei > 0 && !candidate(a, &a->ent[ei - 1], g))
        ei--;
    if (g && ei > 1 && prep_object(a, &a->ent[ei - 1])) {
        /* "X had finished after midnight, following the quarterfinal
         * against Tereza Horáková.  She told reporters": for he or she, the
         * sentence's subject before the object of a preposition (a role,
         * "the finance chief", takes the one mentioned last) */
        size_t k = ei - 1, b;
        while (k > 0 && !(candidate(a, &a->ent[k - 1], g) && !prep_object(a, &a->ent[k - 1])))
            k--;
        if (k > 0) {
            for (b = a->ent[k - 1].e + 1; b < a->ent[ei - 1].s; b++)
                if (tok(a, b)->type == ST_TOK_BREAK || punct_is(a, b, '.'))
                    break;
            if (b == a->ent[ei - 1].s)
                ei = k;
        }
    }
    if (ei > 0 && (!e || a->ent[ei - 1].pos > e->pos) &&
        a->para_of_tok[a->ent[ei - 1].s] >= min_para) {
        int eg;
        char *name = st_nm_canonical_name(a, a->ent[ei - 1].s, a->ent[ei - 1].e, at, &eg);
        *person = eg ? eg : (g ? g : 1);
        return name;
    }
    if (!e)
        return NULL;
    *person = e->person == 1 && g ? g : e->person;
    a->anon = e->anon;
    return strdup(e->speaker);
}

/* A sentence opening with a past participle ("Asked about …,",
 * "Contacted by …,", "Reached for comment,"). */
static int participle_opening(const attrib *a, size_t k)
{
    static const char *const opening[] = { "asked", "contacted", "reached", "approached",
        "pressed", "questioned", "invited", "challenged", NULL };
    char w[WORD_MAX];
    return is_word(a, k) && word_in(lower(a, k, w), opening);
}

/* Is [s, e] the name of a person the article introduces? */
static int introduced_at(const attrib *a, size_t s, size_t e)
{
    size_t x = st_nm_entity_index_at(a, tok(a, s)->start);
    return x < a->nent && a->ent[x].s <= e && a->ent[x].e >= s && a->ent[x].introduced;
}

/* "The company pointed to a subgroup of patients. It added that …": a
 * sentence-initial "it" (or one after a short opening phrase: "In
 * February it said") after a sentence of the same paragraph that opens
 * with an organisation's noun phrase ("The company", "The ministry's
 * press office", "The BGF"), or whose subject issued a document and is
 * no person ("The Basra governorate issued a statement"), is that
 * organisation.  The phrase or the name, as a subject, or SUBJ_NONE. */
static subject previous_sentence_org(const attrib *a, size_t it)
{
    subject none = { SUBJ_NONE, 0, 0, 0 }, np = { SUBJ_NP, 0, 0, 0 };
    size_t k, h;
    /* "In February it said": past a short opening phrase to the stop */
    for (k = it; k > 1 && it - k < 3 && is_word(a, k - 1) && !in_statement(a, k - 1); k--)
        ;
    if (k < it && !(is_cap(a, k) && tk_is(a, k, ST_WC_FUNCTION)))
        k = it;
    /* (or an opening phrase and its comma: "In a short statement, it
     * said") */
    if (k == it && it > 2 && punct_is(a, it - 1, ',')) {
        for (k = it - 1; k > 1 && it - k < 7 && is_word(a, k - 1) && !in_statement(a, k - 1); k--)
            ;
        if (!(k < it - 1 && is_cap(a, k) && tk_is(a, k, ST_WC_FUNCTION)))
            k = it;
    }
    it = k;
    if (it < 2 || !(punct_is(a, it - 1, '.') || punct_is(a, it - 1, '!')))
        return none;
    for (k = it - 1; k > 0 && it - k < 60; k--) {
        const st_token *t = tok(a, k - 1);
        if (t->type == ST_TOK_BREAK || in_statement(a, k - 1) ||
            ((punct_is(a, k - 1, '.') || punct_is(a, k - 1, '!') || punct_is(a, k - 1, '?')) &&
             k - 1 < it - 1))
            break;
    }
    /* (past an opening participle's phrase: "Asked about her case, the
     * Eritrean embassy in The Hague replied in writing.") */
    int past_participle = 0;
    if (k > 0 && k + 2 < it && is_cap(a, k) && participle_opening(a, k)) {
        size_t c;
        for (c = k + 1; c < it && c < k + 12 && !punct_is(a, c, ','); c++)
            ;
        if (c + 1 < it && punct_is(a, c, ',') && word_is(a, c + 1, "the") && !is_cap(a, c + 1)) {
            k = c + 1;
            past_participle = 1;
        }
    }
    if (it - k < 60 && (k == 0 || tok(a, k - 1)->type == ST_TOK_BREAK || punct_is(a, k - 1, '.'))) {
        /* "The Basra governorate issued a statement calling for calm.",
         * "Kestrel Telecom has released a statement …": the subject of a
         * verb of issuing a document, when it is no person */
        size_t v = st_at_issuing_verb(a, k, it);
        if (v != (size_t)-1) {
            subject s = st_at_subject_before(a, k, v);
            if ((s.type == SUBJ_NP && tk_is(a, s.last, ST_WC_ORG_HEAD | ST_WC_BUSINESS)) ||
                (s.type == SUBJ_NAME && !known_given(a, s.name_first) &&
                 !introduced_at(a, s.name_first, s.last)))
                return s;
        }
    }
    /* (past a conjunction opening the sentence: "But the federation was
     * having none of it.") */
    if (k > 0 && k + 1 < it && is_cap(a, k) && (word_is(a, k, "but") || word_is(a, k, "and")) &&
        word_is(a, k + 1, "the")) {
        k++;
        past_participle = 1;
    }
    if (k == 0 || it - k >= 60 || !is_word(a, k) || !st_token_is(a->d->t, tok(a, k), "the") ||
        !(is_cap(a, k) || past_participle))
        return none;
    if (k + 2 < it && is_acronym(a, k + 1) && (punct_is(a, k + 2, ',') || !is_cap(a, k + 2))) {
        np.first = k;   /* "The BGF, which …, could not be reached." */
        np.name_first = np.last = k + 1;
        return np;
    }
    /* (a capitalised modifier may come first: "The Kazakh ministry") */
    for (h = k + 1; h < k + 4 && h < it && is_word(a, h) && (h == k + 1 || !is_cap(a, h)); h++)
        if (!is_cap(a, h) && tk_is(a, h, ST_WC_ORG_HEAD | ST_WC_BUSINESS) &&
            !(is_word(a, h + 1) && tk_is(a, h + 1, ST_WC_ORG_HEAD | ST_WC_BUSINESS))) {
            np.first = k;
            np.name_first = k + 1;
            np.last = h;
            return h + 1 < it && is_word(a, h + 1) && !is_cap(a, h + 1) ? np : none;
        }
    return none;
}

/* Does the noun phrase s hold a capitalised word other than an article
 * opening the sentence: "The Kazakh ministry", "Turkey's foreign
 * ministry" say which body they are, "The company" does not. */
static int capitalised_modifier(const attrib *a, const subject *s)
{
    size_t k;
    char w[WORD_MAX];
    for (k = s->first; k < s->last; k++)
        if (is_word(a, k) && is_cap(a, k) && !tk_name_is(a, k, ST_WC_DETERMINER))
            return 1;
    /* (or an office's holder before its head: "The prime minister's
     * office has issued a statement", one body of its country) */
    return s->last > s->first && tk_is(a, s->last, ST_WC_ORG_HEAD) &&
           fold_possessive(a, s->last - 1) && st_wc_title(name_lower(a, s->last - 1, w));
}

/* Is a person named in apposition between tokens h and c (exclusive):
 * "An investment analyst with X, Ms. Halima Yusuf-Bello, noted" (not
 * "a nurse at Te Awa, who …")? */
static int person_between(const attrib *a, size_t h, size_t c)
{
    size_t ei, r;
    for (ei = st_nm_entity_index_at(a, tok(a, h)->start); ei < a->nent && a->ent[ei].s < c; ei++) {
        if (a->ent[ei].s <= h || !a->ent[ei].introduced)
            continue;
        r = st_nm_name_run_start(a, h + 1, a->ent[ei].e);
        if (r > h + 3 && punct_is(a, r - 1, '.') && st_nm_tk_title_word(a, r - 2))
            r -= 2;     /* "Ms." */
        if (r > h + 1 && punct_is(a, r - 1, ','))
            return 1;
    }
    return 0;
}

/* "A senior officer in the Southern Command said the IDF was ready.
 * “…,” he said": a quote opening the sentence after one whose subject is
 * an indefinite person who names nobody ("But a minister from one of the
 * parties told X that …"), and who reports speech there.  That noun
 * phrase, as a subject, or SUBJ_NONE.  open_tok is the quote's opening
 * mark; the sentence may end the paragraph before it. */
subject st_at_previous_sentence_unnamed(const attrib *a, size_t open_tok)
{
    static const char *const indefinite[] = { "a", "an", "one", "another", "un", "una", NULL };
    subject none = { SUBJ_NONE, 0, 0, 0 }, np = { SUBJ_NP, 0, 0, 0 };
    size_t stop = open_tok, k, h, c, from;
    char w[WORD_MAX];
    const char *cue;
    if (stop > 0 && tok(a, stop - 1)->type == ST_TOK_BREAK)
        stop--;
    if (stop < 2 || !punct_is(a, stop - 1, '.'))
        return none;
    stop--;
    for (k = stop; k > 0 && stop - k < 60; k--) {
        if (tok(a, k - 1)->type == ST_TOK_BREAK || a->d->stop[tok(a, k - 1)->end - 1])
            break;
        if (in_statement(a, k - 1) || mark_tok(a, k - 1))
            return none;    /* (its own quote has its own speaker) */
    }
    if (stop - k >= 60 || !is_word(a, k))
        return none;
    if (word_is(a, k, "but") || word_is(a, k, "and") || word_is(a, k, "yet"))
        k++;    /* "But a minister …" */
    if (k < stop && is_word(a, k) && !word_in(lower(a, k, w), indefinite)) {
        /* "…, according to a local agent for a major Asian carrier, who
         * asked not to be named": the unnamed source the sentence cites */
        for (c = k; c + 3 < stop && !(word_is(a, c, "according") && word_is(a, c + 1, "to")); c++)
            ;
        if (c + 3 >= stop || !is_word(a, c + 2) || !word_in(lower(a, c + 2, w), indefinite))
            return none;
        for (h = c + 3; h < stop && h < c + 7 && is_word(a, h) && !is_cap(a, h) &&
                        !tk_is(a, h, ST_WC_PERSON_NOUN);
             h++)
            ;
        if (h >= stop || h >= c + 7 || !is_word(a, h) || !tk_is(a, h, ST_WC_PERSON_NOUN))
            return none;
        np.first = c + 2;
        np.name_first = c + 3;
        np.last = h;
        return np;
    }
    if (k >= stop || !is_word(a, k) || !word_in(lower(a, k, w), indefinite))
        return none;
    for (h = k + 1; h < stop && h < k + 5 && is_word(a, h) && !tk_is(a, h, ST_WC_PERSON_NOUN); h++)
        ;
    if (h >= stop || h >= k + 5 || !is_word(a, h) || !tk_is(a, h, ST_WC_PERSON_NOUN))
        return none;
    /* "A senior official, who asked not to be named as he was not
     * authorised to speak to the media, rejected …": the report may
     * follow the clause between commas, which is about the source */
    from = h;
    if (h + 1 < stop && punct_is(a, h + 1, ',')) {
        for (c = h + 2; c < stop && c < h + 40 && !punct_is(a, c, ','); c++)
            ;
        if (c < stop && punct_is(a, c, ','))
            from = c;
    }
    /* (a passive participle is no report: "An expert called by the
     * Romanian side, Alina Mureșan, told …") */
    for (c = h + 1; c < stop; c++)
        if (is_word(a, c) && tk_cue(a, c, &cue) && (c - h <= 12 || (c > from && c - from <= 12)) &&
            !(c + 1 < stop && word_is(a, c + 1, "by")))
            break;
    /* (not "A reporter asked him": the one asked answers; nor "An
     * investment analyst with X, Ms. Halima Yusuf-Bello, noted …": the
     * source is named) */
    if (c >= stop ||
        (c + 1 < stop && (word_is(a, c + 1, "him") || word_is(a, c + 1, "her"))) ||
        person_between(a, h, c))
        return none;
    np.first = k;
    np.name_first = k + 1;
    np.last = h;
    return np;
}

/* Does the noun phrase s name an organisation: an organisation's head
 * word in capitals before its last word, which is no person noun ("the
 * Ministry of Hydrocarbons and Energy", not "the Commission trade
 * spokesperson")? */
static int names_org(const attrib *a, const subject *s)
{
    size_t k;
    if (tk_name_is(a, s->last, ST_WC_PERSON_NOUN))
        return 0;
    for (k = s->name_first; k < s->last; k++)
        if (is_cap(a, k) && tk_name_is(a, k, ST_WC_ORG_HEAD))
            return 1;
    return 0;
}

/* "The judge allowed a 25 per cent discount, which she said was …": the
 * holder of the role that opens the sentence of the pronoun at token p
 * ("The" and a person noun, in lower case), when the pronoun is inside
 * that sentence and the role resolves to a person of its gender g (or
 * of none known); else NULL, an unnamed holder included. */
static char *sentence_role_holder(attrib *a, size_t p, size_t pos, int g, int *person)
{
    size_t k = st_at_sentence_start(a, p);
    subject role = { SUBJ_NP, 0, 0, 0 };
    char *name;
    int pg = 0;
    if (!g || k + 3 > p || !is_cap(a, k) || !word_is(a, k, "the") || !is_word(a, k + 1) ||
        is_cap(a, k + 1) || !tk_is(a, k + 1, ST_WC_PERSON_NOUN) || !is_word(a, k + 2) ||
        tk_is(a, k + 2, ST_WC_PERSON_NOUN))
        return NULL;
    role.first = k;
    role.name_first = role.last = k + 1;
    name = st_at_resolve(a, &role, pos, &pg);  /* ("The representative of France": France) */
    if (name && (pg == g || pg == 1)) {
        *person = g;
        return name;
    }
    free(name);
    a->anon = 0;
    return NULL;
}

/* "A spokesperson for the Chinese embassy in Canberra described the
 * decision …  “…,” the spokesperson said": "the spokesperson" is the one
 * introduced with "a" in the two paragraphs before, and speaks for the
 * organisation named after "for" there; NULL when there is none. */
static char *spokes_for_before(const attrib *a, const subject *s)
{
    size_t k, lo = s->first > 120 ? s->first - 120 : 0, para = a->para_of_tok[s->first];
    subject t = { SUBJ_NP, 0, 0, 0 };
    if (s->first + 1 != s->last || !word_is(a, s->first, "the"))
        return NULL;
    for (k = s->first; k > lo + 1 && a->para_of_tok[k - 1] + 2 >= para; k--) {
        if (!st_tr_same_word_ci(a, k - 1, s->last) ||
            !(word_is(a, k - 2, "a") || word_is(a, k - 2, "an")))
            continue;
        t.first = t.name_first = k - 2;
        t.last = k - 1;
        return st_nm_spokes_for(a, &t);
    }
    return NULL;
}

char *st_at_resolve(attrib *a, const subject *s, size_t pos, int *person)
{
    const event *e;
    *person = 0;
    a->anon = 0;
    switch (s->type) {
    case SUBJ_NAME: {
        int g;
        char *name;
        if (s->name_first == s->last && s->first > 0 && word_is(a, s->first - 1, "the") &&
            word_is(a, s->last, "bench") && (name = st_nm_court_of_bench(a, s->first))) {
            *person = 0;    /* "the Bench said": its court */
            return name;
        }
        name = st_nm_canonical_name(a, s->name_first, s->last, pos, &g);
        *person = g ? g : 1;
        return name;
    }
    case SUBJ_PRONOUN: {
        static const char *const partitive[] = { "one", "two", "three", "several", "some",
                                                 "another", NULL };
        char w[WORD_MAX];
        int plural = strncmp(lower(a, s->first, w), "they", 4) == 0 || strcmp(w, "we") == 0 ||
                     strncmp(w, "we'", 3) == 0 || strcmp(w, "it") == 0 || strcmp(w, "them") == 0;
        size_t at = tok(a, s->first)->start < pos ? tok(a, s->first)->start : pos;
        /* "“…,” one of them told reporters": one of a group the article
         * does not name */
        if ((strcmp(w, "them") == 0 || strcmp(w, "us") == 0) && s->first >= 2 &&
            word_is(a, s->first - 1, "of") && is_word(a, s->first - 2)) {
            char q[WORD_MAX];
            if (word_in(lower(a, s->first - 2, q), partitive)) {
                a->anon = 1;
                return strdup(q);
            }
        }
        if (strcmp(w, "it") == 0) {
            /* An organisation, never a person: the one that spoke last, or
             * one the text named since ("The Kremlin dismissed any
             * suggestion … It was quoted by Interfax as saying"). */
            size_t where;
            subject prev = previous_sentence_org(a, s->first);
            /* (or, for "“…,” it said", the sentence before the quote: "The
             * Eritrean embassy in The Hague replied in writing. “…,” it
             * said") */
            if (prev.type == SUBJ_NONE && tok(a, s->first)->start > pos) {
                size_t om = st_doc_token_at(a->d, pos);
                while (om > 0 && tok(a, om - 1)->type == ST_TOK_PUNCT &&
                       a->d->is_mark[tok(a, om - 1)->start])
                    om--;
                /* (or the paragraph before, the quote opening its own:
                 * "The prime minister's office has issued a statement." then
                 * "“…,” it said") */
                if (om > 1 && tok(a, om - 1)->type == ST_TOK_BREAK && punct_is(a, om - 2, '.'))
                    om--;
                if (om > 0 && om < s->first)
                    prev = previous_sentence_org(a, om);
            }
            if (prev.type == SUBJ_NAME) {
                char *p = st_at_resolve(a, &prev, pos, person);
                if (p && !*person && !a->anon)
                    return p;   /* "Kestrel Telecom has released a statement." */
                free(p);
                *person = 0;
                a->anon = 0;
            } else if (prev.type == SUBJ_NP) {
                char *p = st_at_resolve(a, &prev, pos, person);
                char *bare = p ? st_nm_name_text(a, prev.name_first, prev.last) : NULL;
                /* (resolved to a name, not left as "Company": "the
                 * federation" is the International Judo Federation named
                 * before; an acronym is one) */
                int named = p && bare && (strcasecmp(p, bare) != 0 || is_acronym(a, prev.last) ||
                                          capitalised_modifier(a, &prev));
                free(bare);
                if (named && !a->anon && !*person)
                    return p;
                free(p);
                *person = 0;
                a->anon = 0;
            }
            char *org = st_nm_org_named_last(a, s->first, &where);
            e = st_at_last_event(a, at, -1, 0);
            *person = 0;
            if (org && (!e || tok(a, where)->start > e->pos))
                return org;
            free(org);
            if (!e)
                return NULL;
            a->anon = e->anon;
            return strdup(e->speaker);
        }
        if (plural) {
            e = st_at_last_event(a, at, 0, 0);
            if (!e)
                return NULL;
            *person = e->person;
            a->anon = e->anon;
            return strdup(e->speaker);
        }
        /* He/she is the person introduced last, speaker or not ("enraged
         * local MP Rachel Odunsi, who ... ‘…’ she said"); not the one a
         * "whom" clause is about ("the agent, Marcelo Lins, whom he
         * accused of …"). */
        if (s->first >= 2 && st_token_is(a->d->t, tok(a, s->first - 1), "whom") &&
            punct_is(a, s->first - 2, ',')) {
            size_t ei = st_nm_entity_index_at(a, tok(a, s->first - 2)->start);
            if (ei > 0 && a->ent[ei - 1].e + 1 == s->first - 2)
                at = a->ent[ei - 1].pos;
        }
        /* "On triage nurse Kylie Bell, she said:": the person a topic
         * phrase opening the sentence names is whom she speaks of */
        if (s->first >= 3 && punct_is(a, s->first - 1, ',')) {
            size_t k = s->first - 1;
            while (k > 0 && s->first - k < 12 && is_word(a, k - 1) && !in_statement(a, k - 1))
                k--;
            if (k < s->first - 2 && (k == 0 || tok(a, k - 1)->type == ST_TOK_BREAK ||
                                     punct_is(a, k - 1, '.')) &&
                is_cap(a, k) && (word_is(a, k, "on") || word_is(a, k, "about")))
                at = tok(a, k)->start < at ? tok(a, k)->start : at;
        }
        if (s->first > st_doc_token_at(a->d, pos)) {
            subject prev = st_at_previous_sentence_unnamed(a, st_doc_token_at(a->d, pos));
            if (prev.type == SUBJ_NP) {
                char *p = st_at_resolve(a, &prev, pos, person);
                if (a->anon)
                    return p;
                free(p);
                *person = 0;
            }
        }
        /* "The judge allowed a discount, which she said was “…”": a
         * pronoun inside the sentence whose subject is a role ("The
         * judge", "The minister") is that role's holder */
        {
            char *holder = sentence_role_holder(a, s->first, pos, st_nm_pronoun_gender(w), person);
            if (holder)
                return holder;
        }
        /* "“…,” he said" opening the paragraph after "X, prosecuting,
         * said Colley set up …": the sayer, not his reported clause's
         * people */
        char *sayer = s->first > st_doc_token_at(a->d, pos)
                          ? st_at_reporting_sayer(a, st_doc_token_at(a->d, pos), pos,
                                                  st_nm_pronoun_gender(w), person)
                          : NULL;
        return sayer ? sayer : st_at_latest_person(a, at, st_nm_pronoun_gender(w), 0, person);
    }
    case SUBJ_NP: {
        if (tk_is(a, s->last, ST_WC_DOCUMENT) && s->first < s->last &&
            st_token_is(a->d->t, tok(a, s->first), "its")) {
            /* "“…,” its statement concluded": the organisation "it" is */
            subject it = { SUBJ_PRONOUN, s->first, s->first, s->first };
            char *p = st_at_resolve(a, &it, pos, person);
            if (p)
                return p;
        }
        if (s->last >= s->name_first + 2 && word_is(a, s->last - 1, "press") &&
            (word_is(a, s->last, "service") || word_is(a, s->last, "office")) &&
            is_possessive(a, s->last - 2)) {
            /* "the ministry's press service said": the body it serves */
            subject body = { SUBJ_NP, s->first, s->last - 2, s->name_first };
            char *p = st_at_resolve(a, &body, pos, person);
            if (p)
                return p;
        }
        if (tk_is(a, s->last, ST_WC_DOCUMENT) && s->name_first == s->last) {
            /* "the statement said": whoever issued it spoke, as the text
             * named them ("X issued a statement") or as the last speaker. */
            subject is = st_at_document_issuer(a, s);
            if (is.type != SUBJ_NONE && !tk_is(a, is.last, ST_WC_DOCUMENT))
                return st_at_resolve(a, &is, pos, person);
            e = st_at_last_event(a, pos, 0, 0);
            if (e) {
                *person = e->person;
                a->anon = e->anon;
                return strdup(e->speaker);
            }
        }
        char w[WORD_MAX];
        int g = st_nm_spokes_gender(lower(a, s->last, w));
        char *p;
        /* A spokesperson speaks for an organisation: the one named after
         * "for", else (no spokesperson of that description named) the one
         * around.  A "she added" that follows still means her, so the event
         * keeps the noun's gender. */
        if (g && ((p = st_nm_spokes_for(a, s)) || (p = spokes_for_before(a, s)))) {
            *person = g;
            return p;
        }
        if ((p = st_nm_delegate_country(a, s))) {
            *person = 1;    /* (the delegate: "he said" after is the country's too) */
            return p;
        }
        /* "one delegate said", "a senior official said", "the official
         * said" of that one: a source the article does not name.  The
         * history keeps the noun, so that the quotes continuing it are
         * its too; none of them gets a speaker.  Not a holder of the role
         * named before ("A diplomat who was in the hearing" is none of
         * them), but one named after may be ("a councillor has warned"
         * in a lead, "Judge X" below "a judge told him"); "A second
         * witness, …, identified only as Witness B" is named. */
        if (unnamed_source(a, s) && !names_in_sentence(a, s->first)) {
            if ((p = st_nm_role_person(a, s, pos, person)) && !named_before(a, s->first, p))
                return p;   /* "a judge told him …" before "Judge X told the court" */
            free(p);
            *person = 0;
            a->anon = 1;    /* *person stays 0: a "she replied" after a
                             * reporter's question is someone named */
            return st_nm_canonical_np(a, s);
        }
        /* "A Whitehall source was blunter. “…,” the source fumed" ("our
         * source said" too): a source is a person the article does not
         * name, whoever spoke last; so is "the official" (or "that
         * member", after "in the words of one member") after "An EU
         * official …, speaking on condition of anonymity,", before any
         * named holder of the role is looked for ("A national coach, who
         * did not wish to be named, … the coach said" is not the next
         * person the text names). */
        if (s->first < s->last &&
            (word_is(a, s->first, "the") ||
             (s->first + 1 == s->last && (word_is(a, s->first, "our") ||
                                          word_is(a, s->first, "this") ||
                                          word_is(a, s->first, "that")))) &&
            ((s->first + 1 == s->last &&
              (!strcmp(lower(a, s->last, w), "source") || !strcmp(w, "sources"))) ||
             (tk_is(a, s->last, ST_WC_PERSON_NOUN) && !g && indefinite_before(a, s)))) {
            a->anon = 1;
            return st_nm_canonical_np(a, s);
        }
        if (!names_org(a, s) && (p = st_nm_role_person(a, s, pos, person)))
            return p;   /* (not "the Ministry of Hydrocarbons and Energy": a
                           portfolio's word is no role there) */
        if (g && (p = st_nm_spokes_org(a, s, a->para_of_tok[s->first]))) {
            *person = g;
            return p;
        }
        if (unnamed_source(a, s)) {
            a->anon = 1;    /* (a name in its sentence, no holder found above) */
            return st_nm_canonical_np(a, s);
        }
        if (s->first < s->last && st_token_is(a->d->t, tok(a, s->first), "the") &&
            tk_is(a, s->last, ST_WC_PERSON_NOUN) &&
            (e = st_at_last_event(a, pos, 0, 0)) && e->anon &&
            same_head(e->speaker, lower(a, s->last, w))) {
            a->anon = 1;
            *person = e->person;
            return strdup(e->speaker);
        }
        /* "the diplomat said" with no diplomat named: the person introduced
         * or speaking last, within three paragraphs. */
        if (s->first < s->last && st_token_is(a->d->t, tok(a, s->first), "the") &&
            (tk_is(a, s->last, ST_WC_PERSON_NOUN) || age_word(lower(a, s->last, w)) ||
             st_at_demonym_noun(a, s->last)) &&
            !st_wc_org_head(lower(a, s->last, w))) {
            size_t para = a->para_of_tok[s->first];
            size_t at = tok(a, s->first)->start < pos ? tok(a, s->first)->start : pos;
            size_t ei = st_nm_entity_index_at(a, at), stop = ei > 64 ? ei - 64 : 0;
            /* "the witness" of one the text calls "Witness 7": a role
             * with a code for a name, whoever was named since (w holds
             * the role word's fold, from the test above) */
            while (ei > stop) {
                const entity *x = &a->ent[--ei];
                char f[WORD_MAX];
                if (a->para_of_tok[x->s] + 3 < para)
                    break;
                if (x->s + 1 < a->d->tk.n && is_word(a, x->s + 1) &&
                    (tok(a, x->s + 1)->flags & ST_TF_DIGIT) &&
                    strcmp(name_lower(a, x->s, f), w) == 0) {
                    int xg;
                    p = st_nm_canonical_name(a, x->s, x->e, at, &xg);
                    *person = xg ? xg : 1;
                    return p;
                }
            }
            if ((p = st_at_latest_person(a, at, 0, para > 3 ? para - 3 : 0, person)))
                return p;
        }
        return st_nm_canonical_np(a, s);
    }
    default:
        return NULL;
    }
}
