/* roles.c - who a role noun in a cue's subject stands for.
 *
 * "the president", "Turkish foreign minister", "the DHS spokeswoman",
 * "UAE envoy" in a headline: the person the article names with that role,
 * before the mention or (a headline, a lead) after it, in a title
 * ("Foreign Minister X"), an apposition ("X, a spokeswoman for …") or the
 * first person a lead introduces.  names.c knows names and entities. */
#include "attrib_int.h"

#include <strings.h>

/* Could token i, possessive aside, be the word w?  Role searches ask this
 * of thousands of tokens per mention: the first letter and the length of
 * the article's fold rule out nearly all before a copy is made. */
static int fold_may_be(const attrib *a, size_t i, const char *w)
{
    size_t n;
    const char *f = st_fold_get(&a->d->folds, i, &n);
    return n > 0 && f[0] == w[0] && n >= strlen(w);
}

/* Do the place words of the role phrase s ("the Cypriot minister") stand
 * among the three tokens before the role word at token i ("Cypriot
 * Energy Minister Giorgos Lambrou")?  1 when the phrase has none. */
static int places_before(const attrib *a, const subject *s, size_t i)
{
    char w[WORD_MAX], m[WORD_MAX];
    size_t k, j;
    for (k = s->name_first; k < s->last; k++) {
        int seen = 0;
        if (!tk_name_is(a, k, ST_WC_PLACE))
            continue;
        name_lower(a, k, m);
        for (j = i > 3 ? i - 3 : 0; j < i && !seen; j++)
            seen = strcmp(name_lower(a, j, w), m) == 0 ||
                   (strlen(m) > 4 && !strncmp(w, m, strlen(m) - 3));  /* Cyprus ~ Cypriot */
        if (!seen)
            return 0;
    }
    return 1;
}

/* The end of a run of capitalised words and "and" ("Water and Energy")
 * from token q: the first token after it. */
static size_t portfolio_words_end(const attrib *a, size_t q, size_t hi, int *has_and)
{
    char w[WORD_MAX];
    for (; q < hi; q++) {
        if (is_word(a, q) && !is_cap(a, q) && !strcmp(lower(a, q, w), "and"))
            *has_and = 1;
        else if (q + 1 < hi && (word_is(a, q, "in") || is_particle(a, q)) && is_cap(a, q + 1) &&
                 q > 0 && is_cap(a, q - 1))
            continue;   /* "Management and Innovation in Public Services", and
                           a name's particles: "State Sultan bin Abdullah" */
        else if ((!(is_word(a, q) && is_cap(a, q)) && !punct_is(a, q, '&')) ||
                 past_dotted_title(a, q, hi) != q)
            break;  /* (a title and its stop open the name: "Energy Dr. Eng. X") */
    }
    return q;
}

/* "Cabinet Secretary for Agriculture and Livestock Development, Hon. Dr.
 * Wanjiku Njeri Kamau", "Minister of Industry, Trade and Investment, Dr
 * X": a role's portfolio at token p, "for" or "of" and capitalised words
 * (a list's commas too) up to a comma.  The token after that comma when
 * it is a capitalised word, or the first of a person's name that ends the
 * run; else (size_t)-1. */
static size_t portfolio_end(const attrib *a, size_t p)
{
    char w[WORD_MAX];
    size_t n = a->d->tk.n, q, r;
    int has_and = 0;
    if (p + 3 >= n || !is_word(a, p) || in_statement(a, p) || !is_cap(a, p + 1))
        return (size_t)-1;
    lower(a, p, w);
    if (strcmp(w, "for") != 0 && strcmp(w, "of") != 0)
        return (size_t)-1;
    q = portfolio_words_end(a, p + 1, p + 10 < n ? p + 10 : n, &has_and);
    /* "Minister of Water Resources of the Republic of Uzbekistan Ulugbek
     * Nazarov": the state's name after the portfolio */
    /* (and "Minister of State for Foreign Trade X": a second portfolio) */
    for (r = 0; r < 3 && q + 2 < n &&
                (st_token_is(a->d->t, tok(a, q), "of") || st_token_is(a->d->t, tok(a, q), "for"));
         r++) {
        size_t c = q + 1 + st_token_is(a->d->t, tok(a, q + 1), "the");
        if (c >= n || !is_cap(a, c) || in_statement(a, c))
            break;
        q = portfolio_words_end(a, c, c + 8 < n ? c + 8 : n, &has_and);
    }
    /* "Minister for States and Frontier Regions (SAFRON) Engr. X": the
     * portfolio's acronym in brackets, or its branch ("Minister of State
     * for Petroleum Resources (Oil), Dr X") */
    if (q + 3 < n && punct_is(a, q, '(') && (is_acronym(a, q + 1) || is_cap(a, q + 1)) &&
        punct_is(a, q + 2, ')'))
        q += 3;
    while (q + 1 < n && punct_is(a, q, ',')) {
        int list_and = 0;
        r = portfolio_words_end(a, q + 1, q + 8 < n ? q + 8 : n, &list_and);
        if (!list_and || r >= n || !punct_is(a, r, ','))
            break;  /* "Industry, Trade and Investment," is one portfolio */
        q = r;
    }
    if (q + 1 < n && punct_is(a, q, ',') && is_word(a, q - 1) && is_cap(a, q - 1) &&
        is_cap(a, q + 1) && !in_statement(a, q + 1))
        return q + 1;
    /* "Minister of Water and Energy Tesfaye Gebremedhin": no comma, the
     * run ends in a person the article names ("Minister of Trade and
     * Investment Promotion, said" is a portfolio alone). */
    /* (or a comma after the person's name: "Minister for Parliamentary
     * Affairs Rana Mushtaq Ahmad Noon, when contacted,") */
    for (r = st_nm_entity_index_at(a, tok(a, p + 1)->start); r < a->nent && a->ent[r].s < q; r++)
        if (a->ent[r].e == q - 1 && a->ent[r].s > p + 1)
            return a->ent[r].s;
    if (q < n && punct_is(a, q, ','))
        return (size_t)-1;
    /* "Minister of Water and Energy Dr. Eng. Tesfaye Gebremedhin Alemu" */
    r = past_dotted_title(a, past_dotted_title(a, q, n), n);
    if (r != q && r < n && is_cap(a, r) && !in_statement(a, r))
        return r;
    return (size_t)-1;
}

/* Does the role word at token i, with the words of the role phrase
 * (s->name_first .. s->last-1, e.g. "Turkish foreign") among the three
 * tokens before it, introduce a name?  Returns the name's last token.
 * A portfolio between the role and the name ("for Agriculture, X") is
 * allowed when portfolio is set: for roles before the mention only, as
 * one after it is more often someone else's ("Sudan's Minister of
 * Irrigation, Prof. X" after "according to the minister"). */
static size_t role_at(const attrib *a, const subject *s, const char *head, size_t i,
                      int portfolio)
{
    const st_tokens *tk = &a->d->tk;
    char w[WORD_MAX], m[WORD_MAX];
    size_t e, st, k, j;
    if (!is_word(a, i) || !fold_may_be(a, i, head) || strcmp(name_lower(a, i, w), head) != 0)
        return (size_t)-1;
    for (k = s->name_first; k < s->last; k++) {
        int seen = 0;
        name_lower(a, k, m);
        if (st_wc_determiner(m) || tk_name_is(a, k, ST_WC_PLACE))
            continue;   /* "South Korea's trade minister" of "Trade Minister X" */
        for (j = i > 3 ? i - 3 : 0; j < i && !seen; j++) {
            const char *adj;
            seen = strcmp(name_lower(a, j, w), m) == 0 ||
                   (strlen(m) > 2 && !strncmp(w, m, strlen(m) - 2)) ||  /* Spain's ~ spanish */
                   ((adj = st_wc_demonym(w)) != NULL && !strcasecmp(adj, m));  /* UAE ~ emirati */
        }
        /* ("the Foreign Minister" of "Minister of Foreign Affairs X": the
         * word in the role's portfolio) */
        if (!seen && portfolio && i + 2 < tk->n && is_cap(a, i + 2) &&
            (st_token_is(a->d->t, tok(a, i + 1), "of") || st_token_is(a->d->t, tok(a, i + 1), "for")))
            for (j = i + 2; j < tk->n && j < i + 5 && is_cap(a, j) && !seen; j++)
                seen = strcmp(name_lower(a, j, w), m) == 0;
        if (!seen)
            return (size_t)-1;
    }
    /* The name follows the role directly, or after a comma, a determiner
     * or more role words ("spokesperson, Zhou Meilin"); not after a verb
     * or a preposition ("The economist called the Indonesian …", "an
     * economist in Istanbul", "the deputy minister, pointed to Türkiye"),
     * unless it is the role's portfolio in capitals and a comma. */
    e = portfolio ? portfolio_end(a, i + 1) : (size_t)-1;
    for (e = e != (size_t)-1 ? e : i + 1; e < tk->n && e < i + 5 && !is_cap(a, e); e++)
        if (!punct_is(a, e, ',') &&
            !(is_word(a, e) && (tk_is(a, e, ST_WC_DETERMINER | ST_WC_PERSON_NOUN) ||
                                st_nm_tk_title_word(a, e))))
            return (size_t)-1;
    if (e >= tk->n || !is_cap(a, e) || in_statement(a, e))
        return (size_t)-1;
    e = past_dotted_title(a, past_dotted_title(a, e, tk->n), tk->n); /* "Smt.", "Hon. Dr." */
    st = e;
    while (e + 1 < tk->n && (is_cap(a, e + 1) || is_particle(a, e + 1)))
        e++;
    /* (from the name's first word: a comma before it is no name) */
    st = st_nm_strip_leading(a, st, e);
    return st <= e && !st_nm_run_is_org(a, st, e) ? e : (size_t)-1;
}

/* Does the role phrase s (its words before the head) name the place p, or
 * name no place at all?  "Ghana's trade minister" of "X, Ghana's trade
 * minister", but not of "Y, Turkey's trade minister". */
static int same_place(const attrib *a, const subject *s, const char *p)
{
    char m[WORD_MAX];
    size_t k, n = strlen(p);
    int places = 0;
    for (k = s->name_first; k < s->last; k++) {
        if (!is_cap(a, k))
            continue;
        name_lower(a, k, m);
        if (!strcmp(m, p) || (n > 2 && !strncmp(m, p, n - 2)))
            return 1;   /* "ghana" ~ "ghanaian" */
        places++;
    }
    return places == 0;
}

/* Is the word at token t, case aside, among tokens [lo, hi)? */
static int word_among(const attrib *a, size_t t, size_t lo, size_t hi)
{
    char w[WORD_MAX], o[WORD_MAX];
    name_lower(a, t, w);
    for (; lo < hi; lo++)
        if (strcmp(name_lower(a, lo, o), w) == 0)
            return 1;
    return 0;
}

/* Are tokens [k, i] all capitalised title words ("Deputy Minister")? */
static int title_run(const attrib *a, size_t k, size_t i)
{
    for (; k <= i; k++)
        if (!is_cap(a, k) || !st_nm_tk_title_word(a, k))
            return 0;
    return 1;
}

/* Is the word at token t in capitals the initials of capitalised words
 * in [lo, hi), in order ("DHS" of "the Department of Homeland
 * Security")? */
static int initials_among(const attrib *a, size_t t, size_t lo, size_t hi)
{
    const st_token *w = tok(a, t);
    const uint32_t *cp = a->d->t->cp;
    size_t n = w->end - w->start, got = 0, j;
    if (!(w->flags & ST_TF_ALLCAPS) || n < 2)
        return 0;
    for (j = lo; j < hi && got < n; j++) {
        if (!is_word(a, j) || !is_cap(a, j))
            continue;
        if (cp[tok(a, j)->start] == cp[w->start + got])
            got++;
        else
            got = cp[tok(a, j)->start] == cp[w->start] ? 1 : 0;
    }
    return got == n;
}

/* May the apposition from token k, its role word at i, be the mention
 * s's?  When the apposition names a body in capitals ("X, a spokeswoman
 * for Hanse Regio"), each capitalised word of the mention that is no
 * title ("GFD" of "a GFD spokeswoman") must be among its words; a body
 * named in lower case ("for the department") may be any. */
static int body_words_in_apposition(const attrib *a, const subject *s, size_t k, size_t i)
{
    size_t j, hi = i + 1, n = a->d->tk.n;
    int named = 0;
    while (hi < n && hi < i + 8 && is_word(a, hi) && !in_statement(a, hi))
        hi++;   /* "a spokeswoman for Hanse Regio" */
    for (j = k; j < hi; j++)
        named |= j != i && is_cap(a, j) && !st_nm_tk_title_word(a, j);
    for (j = s->name_first; named && j < s->last; j++)
        if (is_word(a, j) && is_cap(a, j) && !st_nm_tk_title_word(a, j) &&
            !tk_name_is(a, j, ST_WC_PLACE) && !word_among(a, j, k, hi) &&
            !initials_among(a, j, k, hi))
            return 0;
    return 1;
}

/* "Danielle Whitcomb, a spokeswoman for the department": the person whose
 * apposition holds the role word at token i.  Returns the name's last
 * token, or (size_t)-1. */
static size_t role_in_apposition(const attrib *a, const subject *s, const char *head, size_t i)
{
    char w[WORD_MAX];
    size_t k = i, st;
    if (!is_word(a, i) || !fold_may_be(a, i, head) || in_statement(a, i) ||
        strcmp(name_lower(a, i, w), head) != 0)
        return (size_t)-1;
    while (k > 0 && i - k < 4 && is_word(a, k - 1))
        k--;    /* "a senior", "a Labour", "an economist", "Ghana's trade" */
    if (k < 2 || !punct_is(a, k - 1, ',') || !is_cap(a, k - 2))
        return (size_t)-1;
    lower(a, k, w);
    /* "X, Minister of Trade and Investment Promotion,", "X, Deputy
     * Minister of ...,": a title in capitals right after the comma needs no
     * article, and must carry the mention's own title words ("the Deputy
     * Minister" is not "X, Minister of ..."). */
    if (is_cap(a, k) && !st_wc_determiner(w) && title_run(a, k, i)) {
        size_t j;
        for (j = s->name_first; j < s->last; j++)
            if (is_cap(a, j) && st_nm_tk_title_word(a, j) && !word_among(a, j, k, i))
                return (size_t)-1;
        for (j = k; j < i; j++)
            if (!word_among(a, j, s->name_first, s->last))
                return (size_t)-1;  /* "X, Deputy Minister" is not "the Minister" */
    } else if (k == i ||
               (!st_wc_determiner(w) &&
                !(is_cap(a, k) && fold_possessive(a, k) && same_place(a, s, name_lower(a, k, w)))))
        return (size_t)-1;
    else if (!body_words_in_apposition(a, s, k, i))
        return (size_t)-1;  /* "a GFD spokeswoman" is not "X, a spokeswoman for Hanse Regio" */
    st = st_nm_strip_leading(a, st_nm_name_run_start(a, 0, k - 2), k - 2);
    if (st > k - 2 || st_nm_run_is_org(a, st, k - 2))
        return (size_t)-1;
    /* (not a place's name, the object of a preposition: "outside the
     * hall at the Centro de Congressos, the defender said") */
    for (size_t t = st; t <= k - 2; t++)
        if (tk_name_is(a, t, ST_WC_THING))
            return (size_t)-1;
    return k - 2;
}

/* "The forum's chair, Oman's Minister of Energy and Minerals Salim bin
 * Nasser Al-Rawahi, told": the role word at i (and its own of/for
 * phrase, if any), a comma, then a phrase ending in a person's full name
 * before the next comma.  The name's last token, or (size_t)-1. */
static size_t role_then_apposed_name(const attrib *a, const char *head, size_t i)
{
    char w[WORD_MAX];
    size_t n = a->d->tk.n, c, r = i + 1;
    subject np;
    if (!is_word(a, i) || is_cap(a, i) || in_statement(a, i) || !st_wc_person_noun(head) ||
        strcmp(name_lower(a, i, w), head) != 0)
        return (size_t)-1;  /* (a role in lowercase: "Public Security, X," is a portfolio) */
    /* ("the spokesperson of the transitional government, Commandant X,":
     * past the role's own of-phrase) */
    if (r < n && (word_is(a, r, "of") || word_is(a, r, "for")))
        for (r++; r < n && r < i + 8 && is_word(a, r) && !in_statement(a, r); r++)
            ;
    if (r + 2 >= n || !punct_is(a, r, ','))
        return (size_t)-1;
    for (c = r + 1; c < n && c < r + 17 && !punct_is(a, c, ',') &&
                    tok(a, c)->type != ST_TOK_BREAK && !in_statement(a, c); c++)
        ;
    if (c >= n || !punct_is(a, c, ','))
        return (size_t)-1;
    np = st_at_np_ending_at(a, r + 1, c - 1);
    /* (after an of-phrase, only a name a title or a known given name
     * vouches for: "a representative of the subcontractor, Al Mansoori
     * Steel Contracting," is a business) */
    if (r > i + 1 && np.type == SUBJ_NAME && !known_given(a, np.name_first) &&
        !(np.name_first > r + 1 && st_nm_tk_title_word(a, np.name_first - 1)))
        return (size_t)-1;
    if (np.type != SUBJ_NAME || np.last == np.name_first ||
        st_nm_run_is_org(a, np.name_first, np.last))
        return (size_t)-1;
    return np.last;
}

/* Does the role phrase s name a place ("the Sudanese minister")? */
static int phrase_has_place(const attrib *a, const subject *s)
{
    size_t k;
    for (k = s->name_first; k < s->last; k++)
        if (is_cap(a, k) && tk_name_is(a, k, ST_WC_PLACE))
            return 1;
    return 0;
}

/* "the Sudanese minister" of "received his Sudanese counterpart Hassan
 * Mohamed Abdallah Al-Amin": the latest counterpart of the place the
 * phrase names, in tokens [lo, at).  The name's last token, or
 * (size_t)-1. */
static size_t counterpart_named(const attrib *a, const subject *s, size_t lo, size_t at)
{
    char w[WORD_MAX];
    size_t n = a->d->tk.n, c, e, next;
    for (c = at; c > lo + 1; c--) {
        if (!fold_may_be(a, c - 1, "counterpart") || is_cap(a, c - 1) || in_statement(a, c - 1) ||
            strcmp(name_lower(a, c - 1, w), "counterpart") != 0)
            continue;
        if (!is_cap(a, c - 2) || !tk_name_is(a, c - 2, ST_WC_PLACE) ||
            !same_place(a, s, name_lower(a, c - 2, w)) || c >= n || !is_cap(a, c) ||
            in_statement(a, c))
            continue;
        for (e = c; (next = st_nm_name_next(a, e)) != (size_t)-1 && next < n && next < c + 8 &&
                    !in_statement(a, next);)
            e = next;
        return e;
    }
    return (size_t)-1;
}

/* How far a role word is looked for around its mention, in tokens, and
 * ahead of it for an apposition; and how many occurrences are kept. */
#define ROLE_REACH 3000
#define ROLE_REACH_AHEAD 1000
#define ROLE_CANDIDATES 256

/* The tokens, within ROLE_REACH of a mention, that are its role word, in
 * text order; all of [lo, hi) when there are too many to list. */
typedef struct role_tokens {
    size_t lo, hi, n;
    int all;
    size_t v[ROLE_CANDIDATES];
} role_tokens;

static size_t rt_count(const role_tokens *rt)
{
    return rt->all ? rt->hi - rt->lo : rt->n;
}

static size_t rt_at(const role_tokens *rt, size_t k)
{
    return rt->all ? rt->lo + k : rt->v[k];
}

/* Has a person been introduced before token t (outside quotations)? */
static int person_before(const attrib *a, size_t t)
{
    size_t ei = st_nm_entity_index_at(a, tok(a, t)->start), k;
    for (k = 0; k < ei; k++)
        if (a->ent[k].introduced && !in_statement(a, a->ent[k].s))
            return 1;
    return 0;
}

/* A lead that gives the role first and the name a paragraph later:
 * "Greece's migration minister has accused Turkey of ‘…’" and then
 * "Speaking near Feres, Eleni Vourdoumi said".  Only for a role nobody in
 * the article is named with: the first person introduced in the next two
 * paragraphs, unless that person comes with a role of their own ("Foreign
 * Minister X", "X, the Turkish envoy,"), which would make them someone
 * else.  An indefinite role ("a spokesman") is not a lead of this kind,
 * and "the coach" a paragraph or three after someone was introduced is
 * more likely that person (the caller's fallback).
 * Returns the name's last token, or (size_t)-1. */
static size_t role_named_next(const attrib *a, const subject *s, const char *head)
{
    char w[WORD_MAX];
    size_t para = a->para_of_tok[s->last], ei, k;
    const entity *en;

    size_t hn = strlen(head);
    if (hn > 3 && head[hn - 1] == 's' && head[hn - 2] != 's')
        return (size_t)-1;  /* "traders say": many people, not one */
    lower(a, s->first, w);
    if (!strcmp(w, "a") || !strcmp(w, "an") || !strcmp(w, "one") || !strcmp(w, "another"))
        return (size_t)-1;
    ei = st_nm_entity_index_at(a, tok(a, s->last)->start);
    if (!strcmp(w, "the"))
        for (k = ei; k > 0 && a->para_of_tok[a->ent[k - 1].s] + 3 >= para; k--)
            if (a->ent[k - 1].introduced && !in_statement(a, a->ent[k - 1].s))
                return (size_t)-1;  /* "the coach": someone just met */
    for (; ei < a->nent; ei++) {
        en = &a->ent[ei];
        if (a->para_of_tok[en->s] > para + 2)
            return (size_t)-1;
        if (a->para_of_tok[en->s] > para && en->introduced && !in_statement(a, en->s))
            break;
    }
    if (ei >= a->nent)
        return (size_t)-1;
    /* Titles before the name, honorifics aside ("Dr"), must be the role's own. */
    for (k = st_nm_name_run_start(a, 0, en->e); k < en->s; k++)
        if (st_nm_tk_title_word(a, k) && strcmp(name_lower(a, k, w), head) != 0 &&
            !st_nm_honorific(w))
            return (size_t)-1;
    /* An apposition after it with a role noun of another kind. */
    if (en->e + 1 < a->d->tk.n && punct_is(a, en->e + 1, ','))
        for (k = en->e + 2; k < a->d->tk.n && k < en->e + 8 && !punct_is(a, k, ','); k++)
            if (is_word(a, k) && (tk_is(a, k, ST_WC_PERSON_NOUN) || st_nm_tk_title_word(a, k)) &&
                strcmp(name_lower(a, k, w), head) != 0)
                return (size_t)-1;
    return en->e;
}

/* Chief officers, by acronym and in words: "the CFO" of "Chief Financial
 * Officer Jane Whitaker", "the chief executive" of "CEO Tom Baines". */
static const struct chief_role {
    const char *acronym;
    const char *words[3];   /* a trailing NULL: "chief executive" */
} chief_roles[] = {
    { "ceo", { "chief", "executive", NULL } },
    { "cfo", { "chief", "financial", "officer" } },
    { "coo", { "chief", "operating", "officer" } },
    { "cto", { "chief", "technology", "officer" } },
};
#define CHIEF_ROLES (sizeof chief_roles / sizeof *chief_roles)

/* Is token i the acronym of chief role r, or the first of its words?
 * Sets *end to the role's last token ("chief executive officer" too). */
static int chief_role_at(const attrib *a, size_t r, size_t i, size_t *end)
{
    const struct chief_role *c = &chief_roles[r];
    char w[WORD_MAX];
    size_t n = a->d->tk.n, k;
    if (!is_word(a, i) || in_statement(a, i))
        return 0;
    if (!fold_may_be(a, i, c->acronym) && !fold_may_be(a, i, c->words[0]))
        return 0;
    if (!strcmp(name_lower(a, i, w), c->acronym)) {
        *end = i;
        return 1;
    }
    for (k = 0; k < 3 && c->words[k]; k++)
        if (i + k >= n || !is_word(a, i + k) || strcmp(name_lower(a, i + k, w), c->words[k]) != 0)
            return 0;
    *end = i + k - 1;
    if (k == 2 && i + 2 < n && is_word(a, i + 2) && !strcmp(name_lower(a, i + 2, w), "officer"))
        *end = i + 2;
    return 1;
}

/* The chief role that subject s ends in, or CHIEF_ROLES. */
static size_t chief_role_of(const attrib *a, const subject *s)
{
    size_t r, k, end;
    for (r = 0; r < CHIEF_ROLES; r++)
        for (k = s->first; k <= s->last; k++)
            if (chief_role_at(a, r, k, &end) && end == s->last)
                return r;
    return CHIEF_ROLES;
}

/* The person named with chief role r at token i: the name after it
 * ("CEO Tom Baines", "chief executive, Tom Baines,") or before it in an
 * apposition ("Tom Baines, Kestrel's chief executive,").  The name's
 * last token, or (size_t)-1. */
static size_t chief_role_name(const attrib *a, size_t r, size_t i)
{
    size_t n = a->d->tk.n, end, e, st, k;
    if (!chief_role_at(a, r, i, &end))
        return (size_t)-1;
    if (end + 3 < n && punct_is(a, end + 1, '(') && punct_is(a, end + 3, ')'))
        end += 3;   /* "Chief Financial Officer (CFO) Fernanda Tavares" */
    e = end + 1;
    if (e < n && punct_is(a, e, ','))
        e++;
    if (e < n && is_cap(a, e) && !in_statement(a, e)) {
        size_t next;
        while ((next = st_nm_name_next(a, e)) != (size_t)-1 && next < e + 4)
            e = next;
        st = st_nm_strip_leading(a, st_nm_name_run_start(a, end + 1, e), e);
        if (st <= e && st > end && !st_nm_run_is_org(a, st, e))
            return e;
    }
    for (k = i; k > 0 && i - k < 3 && is_word(a, k - 1) &&
                (tk_is(a, k - 1, ST_WC_DETERMINER) || fold_possessive(a, k - 1));
         k--)
        ;   /* "the", "Kestrel's", "its" */
    if (k < 2 || !punct_is(a, k - 1, ',') || !is_cap(a, k - 2) || in_statement(a, k - 2))
        return (size_t)-1;
    st = st_nm_strip_leading(a, st_nm_name_run_start(a, 0, k - 2), k - 2);
    return st <= k - 2 && !st_nm_run_is_org(a, st, k - 2) ? k - 2 : (size_t)-1;
}

/* "the CFO", "the chief executive": the person named with that role, the
 * latest before the mention, else the first after it.  NULL when the
 * subject is no chief role or nobody is named with it. */
static char *chief_role_person(const attrib *a, const subject *s, size_t at, size_t before,
                               int *person)
{
    size_t r = chief_role_of(a, s), n = a->d->tk.n, i, e, found = (size_t)-1;
    size_t lo = at > ROLE_REACH ? at - ROLE_REACH : 0, hi = at + ROLE_REACH_AHEAD;
    if (r == CHIEF_ROLES)
        return NULL;
    for (i = lo; i < at && i < n; i++)
        if ((i < s->first || i > s->last) && (e = chief_role_name(a, r, i)) != (size_t)-1)
            found = e;
    for (i = s->last + 1; found == (size_t)-1 && i < hi && i < n; i++)
        found = chief_role_name(a, r, i);
    if (found == (size_t)-1)
        return NULL;
    *person = 1;
    return st_nm_canonical_name(a, st_nm_strip_leading(a, st_nm_name_run_start(a, 0, found), found),
                                found, before, NULL);
}

/* The title a role noun is given before a name when the two differ:
 * "the judge" of "Lady Justice Lucy Kariuki".  NULL when none. */
static const char *role_title_alias(const char *head)
{
    /* ("her Honour said" of Justice Brereton-Walsh: the style of address
     * of a judge of a superior court, in Commonwealth courts) */
    return strcmp(head, "judge") == 0 || strcmp(head, "honour") == 0 || strcmp(head, "honor") == 0
               ? "justice"
               : NULL;
}

/* Where the text last named the person whose name ends at token e, before
 * code point before: the latest person-name run ending with the same word,
 * or e itself. */
static size_t last_mention(const attrib *a, size_t e, size_t before)
{
    size_t ei = st_nm_entity_index_at(a, before), stop = ei > ENTITY_WINDOW ? ei - ENTITY_WINDOW : 0;
    char w[WORD_MAX], x[WORD_MAX];
    name_lower(a, e, w);
    while (ei > stop) {
        const entity *y = &a->ent[--ei];
        if (y->e == e)
            break;
        if (strcmp(name_lower(a, y->e, x), w) == 0)
            return tok(a, y->e)->start;
    }
    return tok(a, e)->start;
}

/* A role noun ("the president", "Turkish foreign minister") refers to the
 * person introduced with that role and its modifiers: the latest before,
 * else (a headline) the first after.  "The founder of X" with no founder
 * named is the person the story has just introduced. */
char *st_nm_role_person(const attrib *a, const subject *s, size_t before, int *person)
{
    const st_tokens *tk = &a->d->tk;
    char head[WORD_MAX], w[WORD_MAX];
    size_t i, k, at = st_doc_token_at(a->d, before), found = (size_t)-1, e;
    role_tokens rt;
    const char *alias;
    char *chief;

    lower(a, s->last, head);
    if ((chief = chief_role_person(a, s, at, before, person)) != NULL)
        return chief;
    if (!st_wc_person_noun(head) && !st_nm_title_word(head))
        return NULL;
    /* Every search below looks only at tokens that are the role word:
     * they are found once. */
    rt.lo = at > ROLE_REACH ? at - ROLE_REACH : 0;
    rt.hi = at + ROLE_REACH < tk->n - 1 ? at + ROLE_REACH : tk->n - 1;
    rt.n = 0;
    rt.all = 0;
    alias = role_title_alias(head);
    for (i = rt.lo; i < rt.hi && !rt.all; i++)
        if (is_word(a, i) &&
            ((fold_may_be(a, i, head) && !strcmp(name_lower(a, i, w), head)) ||
             (alias && fold_may_be(a, i, alias) && !strcmp(name_lower(a, i, w), alias)))) {
            if (rt.n == ROLE_CANDIDATES)
                rt.all = 1;     /* a hostile text: every token is a candidate */
            else
                rt.v[rt.n++] = i;
        }
    /* Each candidate is judged as the word it is (the role or its title).
     * Of several holders the one the text mentioned last: "Minister
     * Karaağaç, ... and Bulgaria's Energy Minister Stoyanova-Dimova
     * signed ...  Karaağaç also gave an update ... “…,” the minister said". */
    /* A holder the role phrase's place fits ("the Cypriot minister" of
     * "Cypriot Energy Minister X") beats one it does not. */
    size_t found_seen = 0, premier = (size_t)-1;
    int found_place = 0;
    /* "the minister" is not the Prime or Chief Minister the text named
     * last, when another minister was named: that office has its own
     * phrase ("the prime minister") */
    int bare = s->first + 1 == s->last && word_is(a, s->first, "the") && !strcmp(head, "minister");
    for (k = 0; k < rt_count(&rt) && (i = rt_at(&rt, k)) < at; k++)
        if ((e = role_at(a, s, name_lower(a, i, w), i, 1)) != (size_t)-1) {
            size_t seen = last_mention(a, e, before);
            int place = places_before(a, s, i);
            if (bare && i > 0 && (word_is(a, i - 1, "prime") || word_is(a, i - 1, "chief") ||
                                  word_is(a, i - 1, "first"))) {
                premier = e;
                continue;
            }
            if (found == (size_t)-1 || place > found_place ||
                (place == found_place && seen >= found_seen)) {
                found = e;
                found_seen = seen;
                found_place = place;
            }
        }
    if (found == (size_t)-1)
        found = premier;
    /* (no holder the phrase's place fits: that place's counterpart) */
    if ((found == (size_t)-1 || !found_place) && phrase_has_place(a, s) &&
        (e = counterpart_named(a, s, rt.lo, at)) != (size_t)-1)
        found = e;
    for (; found == (size_t)-1 && k < rt_count(&rt); k++)
        found = role_at(a, s, name_lower(a, rt_at(&rt, k), w), rt_at(&rt, k), 0);
    if (found == (size_t)-1 && s->first < s->last &&
        st_token_is(a->d->t, tok(a, s->first), "the") && s->last + 1 < tk->n &&
        st_token_is(a->d->t, tok(a, s->last + 1), "of")) {
        size_t from = tok(a, s->first)->start < before ? tok(a, s->first)->start : before;
        size_t ei = st_nm_entity_index_at(a, from);
        while (ei > 0 && !a->ent[ei - 1].introduced)
            ei--;
        if (ei > 0 && a->para_of_tok[st_doc_token_at(a->d, a->ent[ei - 1].pos)] + 2 >=
                          a->para_of_tok[st_doc_token_at(a->d, from)]) {
            *person = a->ent[ei - 1].gender ? a->ent[ei - 1].gender : 1;
            return st_nm_canonical_name(a, a->ent[ei - 1].s, a->ent[ei - 1].e, from, NULL);
        }
    }
    /* "the chair" of "The forum's chair, Oman's Minister ... Salim bin
     * Nasser Al-Rawahi,": the name in apposition after the role, the
     * latest before, else (a headline) the first after. */
    for (k = rt_count(&rt); found == (size_t)-1 && k > 0; k--)
        if ((i = rt_at(&rt, k - 1)) < at)
            found = role_then_apposed_name(a, head, i);
    for (k = 0; found == (size_t)-1 && !person_before(a, s->first) && k < rt_count(&rt); k++)
        if ((i = rt_at(&rt, k)) >= at && i < at + ROLE_REACH_AHEAD)
            found = role_then_apposed_name(a, head, i);
    /* "the DHS spokeswoman" of "X, a spokeswoman for the Department of
     * Homeland Security": the role in an apposition, modifiers aside. */
    for (k = rt_count(&rt); found == (size_t)-1 && k > 0; k--)
        if ((i = rt_at(&rt, k - 1)) < at)
            found = role_in_apposition(a, s, head, i);
    /* A headline's "UAE envoy" of "X, the UAE's special envoy" below: only
     * for a role met before anyone is introduced, as later ones point back. */
    if (found == (size_t)-1 && !person_before(a, s->first))
        for (k = 0; found == (size_t)-1 && k < rt_count(&rt); k++)
            if ((i = rt_at(&rt, k)) >= at && i < at + ROLE_REACH_AHEAD)
                found = role_in_apposition(a, s, head, i);
    if (found == (size_t)-1)
        found = role_named_next(a, s, head);
    if (found == (size_t)-1)
        return NULL;
    e = st_nm_strip_leading(a, st_nm_name_run_start(a, 0, found), found);
    if (e > found)
        return NULL;    /* titles only, no name: "Oman's Minister of Energy" */
    *person = 1;
    return st_nm_canonical_name(a, e, found, before, NULL);
}

