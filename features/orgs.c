/* orgs.c - organisations as speakers, and their names.
 *
 * A noun phrase that stands for an organisation resolved to the name the
 * article gives it: "China's commerce ministry" -> "Chinese commerce
 * ministry", "the ministry" -> the ministry named last, "the MEA" -> what
 * the text spelled out before "(MEA)".  Split from names.c, which keeps
 * the people. */
#include "attrib_int.h"

#include <stdio.h>
#include <strings.h>

/* "China's commerce ministry" -> "Chinese commerce ministry": the plain
 * English name of an organisation uses the adjective. */
static char *np_text(const attrib *a, size_t first, size_t last)
{
    char w[WORD_MAX], country[3 * WORD_MAX];
    size_t k, n = 0;
    for (k = first; k < last && k < first + 3; k++) {
        size_t L;
        lower(a, k, w);
        L = strlen(w);
        if (n + L + 2 >= sizeof country)
            break;
        if (n)
            country[n++] = ' ';
        memcpy(country + n, w, L + 1);
        n += L;
        if (L > 2 && w[L - 1] == 's' && w[L - 2] == '\'') {
            const char *adj;
            char *rest, *out;
            country[n - 2] = '\0';
            adj = st_wc_demonym(country);
            if (!adj)
                break;
            rest = st_nm_name_text(a, k + 1, last);
            if (!rest)
                return NULL;
            out = malloc(strlen(adj) + strlen(rest) + 2);
            if (out)
                sprintf(out, "%s %s", adj, rest);
            free(rest);
            return out;
        }
    }
    return st_nm_name_text(a, first, last);
}

/* How far back a bare "the ministry" looks for the name it stands for:
 * tokens, and paragraphs for a generic noun (ACRONYM_BACK_TOKENS, in
 * attrib_int.h, for "the MEA" and short forms). */
#define ORG_BACK_TOKENS 600

/* "the organisation said": nouns that stand for whichever organisation the
 * text has just named. */
static int generic_org_noun(const char *w)
{
    static const char *const nouns[] = { "organisation", "organization", "alliance",
        "bloc", "group", "body", "company", "firm", "club", "league", "union", NULL };
    return word_in(w, nouns) || outlet_noun(w);
}

static char *fullest_org_with(const attrib *a, size_t at, const char *w, size_t back,
                              int any_run);

/* Heads that name a public body's kind, not the body itself: "the
 * Council", "the Ministry" stand for one the text named ("the Kremlin"
 * and "the Pentagon" are names of their own). */
static int body_head(const attrib *a, size_t k)
{
    static const char *const heads[] = { "council", "ministry", "commission", "committee",
        "court", "board", "agency", "authority", "department", "tribunal", "federation",
        "association", "assembly", "secretariat", "directorate", "bureau", "institute",
        "inspectorate", "regulator", NULL };
    char w[WORD_MAX];
    return !(tok(a, k)->flags & ST_TF_ALLCAPS) && word_in(name_lower(a, k, w), heads);
}

static int company_noun(const char *w)
{
    return strcmp(w, "company") == 0 || strcmp(w, "firm") == 0;
}

/* Heads of public bodies, never what "the company" stands for: "Workers
 * at a Pellmont Logistics centre will vote, the National Labor Relations
 * Board said … The company said" is Pellmont's. */
static int public_body_head(const char *w)
{
    static const char *const heads[] = { "board", "ministry", "ministries", "commission",
        "council", "court", "department", "authority", "authorities", "parliament",
        "committee", "government", "embassy", "senate", "congress", "assembly", "presidency",
        "army", "navy", "directorate", "secretariat", "bureau", "kremlin", "pentagon",
        "palace", "party", "union", "university", "office", "tribunal", "organization",
        "organisation", "agency", "federation", "association", "foundation", "institute", NULL };
    /* nor the news agency that reports the story ("according to a
     * document seen by Reuters ... the Kyoto-based company said") */
    static const char *const agencies[] = { "reuters", "ap", "afp", "bloomberg", "interfax",
        "tass", "xinhua", "bbc", "cctv", NULL };
    return word_in(w, heads) || word_in(w, agencies);
}

/* A lowercase noun saying a name is a business's, or (ST_WC_OUTLET) an
 * outlet's: "grid operator Ukrenergo", "X, a French-language daily". */
static int business_word(const attrib *a, size_t k, unsigned kind)
{
    return is_word(a, k) && !is_cap(a, k) && tk_is(a, k, kind);
}

/* "Shenzhen-listed", "Nasdaq-traded": only a company is listed on an
 * exchange. */
static int listed_on(const attrib *a, size_t k)
{
    char w[WORD_MAX];
    size_t n = strlen(lower(a, k, w));
    return n > 7 && (!strcmp(w + n - 7, "-listed") || !strcmp(w + n - 7, "-traded"));
}

/* Is the run [nf, i] a business by what the text says of it: a business
 * noun right before it, or in the apposition after it? */
static int described_business(const attrib *a, size_t nf, size_t i, int outlet)
{
    size_t k, n = a->d->tk.n;
    if (nf == i && tk_name_is(a, i, ST_WC_PLACE | ST_WC_SKIPPABLE | ST_WC_FUNCTION))
        return 0;   /* "in Hungary, the company …", "On Monday, the firm …" */
    unsigned kind = outlet ? ST_WC_OUTLET : ST_WC_BUSINESS | ST_WC_OUTLET;
    if (nf > 0 && business_word(a, nf - 1, kind))
        return 1;
    if (!outlet && nf > 0 && is_word(a, nf - 1) && listed_on(a, nf - 1))
        return 1;   /* "Shenzhen-listed Xinghe Microelectronics" */
    if (i + 2 >= n || !punct_is(a, i + 1, ','))
        return 0;
    /* (an apposition, not a clause: "Eduardo Penteado, said the company
     * would appeal" is a person's) */
    for (k = i + 2; k < n && k < i + 9 && !in_statement(a, k) &&
                    !punct_is(a, k, ',') && !punct_is(a, k, '.') &&
                    !(is_word(a, k) && tk_cue(a, k, &(const char *){ NULL })); k++)
        if (business_word(a, k, kind))
            return 1;
    return 0;
}

/* The words that head outlets' names ("The Island Gazette", "the Daily
 * Courier"). */
static int outlet_head(const char *w)
{
    static const char *const heads[] = { "broadcasting", "chronicle", "courier", "dispatch",
        "examiner", "gazette", "globe", "herald", "inquirer", "journal", "monitor", "newspaper",
        "telegraph", "times", "tribune", "post", "news", "daily", "mail", "express", "star",
        "mirror", "observer", "guardian", "independent", "standard", "nation", NULL };
    return word_in(w, heads);
}

static int hyphen_modifier(const attrib *a, size_t k);

/* Only lowercase words that say what kind the organisation is between
 * "the" and its noun ("the central bank"), none that sets it apart from
 * another ("the ruling party", "the other union"). */
static int kind_modifiers_only(const attrib *a, const subject *s)
{
    static const char *const contrast[] = { "ruling", "opposition", "rival", "other",
        "main", "largest", "biggest", "smaller", "former", "new", "old", "second", "first",
        "local", "regional", "national", "international", "state", "same", NULL };
    char w[WORD_MAX];
    size_t k, c;
    if (s->name_first != s->last && s->name_first != s->first + 1)
        return 0;
    for (k = s->first + 1; k < s->last; k++) {
        if (!is_word(a, k) || (is_cap(a, k) && !hyphen_modifier(a, k)))
            return 0;   /* ("the Kyoto-based company" is the company named before) */
        lower(a, k, w);
        for (c = 0; contrast[c]; c++)
            if (!strcmp(w, contrast[c]))
                return 0;
    }
    return 1;
}

static int opening_mark(uint32_t c)
{
    return c == 0x201C || c == 0x2018 || c == '"' || c == '\'' || c == 0xAB;
}

/* "Cairo-based", "Paris-headquartered": a capitalised modifier, not part
 * of the organisation's name. */
static int hyphen_modifier(const attrib *a, size_t k)
{
    const st_token *t = tok(a, k);
    size_t i;
    for (i = t->start; i + 1 < t->end; i++)
        if (a->d->t->cp[i] == '-' && st_cp_is_letter(a->d->t->cp[i + 1]) &&
            st_cp_lower(a->d->t->cp[i + 1]) == a->d->t->cp[i + 1])
            return 1;
    return 0;
}

/* As st_nm_org_run_start, but also across a connector whose nearer run
 * has no organisation word of its own ("Department for Culture and
 * Media"): up to three hops, kept when the longer run names one. */
static size_t org_run_start_far(const attrib *a, size_t lo, size_t j)
{
    size_t st = st_nm_org_run_start(a, lo, j), cand = st;
    int hop;
    for (hop = 0; hop < 3 && st_nm_joins_left(a, lo, cand, j); hop++) {
        cand = st_nm_name_run_start(a, lo, cand - 2);
        if (st_nm_run_is_org(a, cand, j))
            st = cand;
    }
    return st;
}

/* The organisation named last before token `at`, in the text: a name run
 * holding the word head ("the ministry" -> "Norwegian Ministry of
 * Defense"), or any organisation for a generic noun within the two
 * paragraphs before.  NULL when there is none. */
static char *org_named_before_at(const attrib *a, size_t at, const char *head, int generic,
                                 size_t *where)
{
    size_t lo = at > ORG_BACK_TOKENS ? at - ORG_BACK_TOKENS : 0, i = at, k;
    char w[WORD_MAX];
    /* A company is the subject of a business story from its lead on: "the
     * company" looks further back than other generic nouns. */
    int company = generic && company_noun(head), outlet = generic && outlet_noun(head);
    /* A business by its trade word or a short form of one: for "the
     * company", and for an unnamed spokesperson's organisation (head ""). */
    int business = company || (generic && !*head);
    size_t paras = company ? 6 : 2;
    /* a short form's look-up reads ACRONYM_BACK_TOKENS more: for the
     * three nearest runs only (a person's "Kara Lindgren said" may be the
     * first), so that a text of a thousand "the company said" stays
     * linear */
    int short_forms = 3;
    while (i > lo) {
        size_t st, nf;
        i--;
        if (!is_cap(a, i) || in_statement(a, i))
            continue;
        if (generic && a->para_of_tok[i] + paras < a->para_of_tok[at])
            return NULL;
        st = org_run_start_far(a, lo, i);
        for (nf = st; nf < i && (tk_name_is(a, nf, ST_WC_FUNCTION) || hyphen_modifier(a, nf));
             nf++)
            ;
        /* The run must hold the head word, or for a generic noun a word
         * that heads organisations' names: not a place, nor a shouted
         * headline word ("FURY"); and a title in quotes (Operation “Nordic
         * Watch”) is not an organisation. */
        if (nf > 0 && tok(a, nf - 1)->type == ST_TOK_PUNCT &&
            opening_mark(a->d->t->cp[tok(a, nf - 1)->start])) {
            i = st;
            continue;
        }
        for (k = nf; company && k <= i && !outlet_head(name_lower(a, k, w)); k++)
            ;
        if (company && k <= i) {
            i = st;     /* ("In a written response to The Daily Kanto, the company said") */
            continue;
        }
        for (k = nf; k <= i; k++)
            if (outlet ? (tk_name_is(a, k, ST_WC_ORG_HEAD) && outlet_head(name_lower(a, k, w))) ||
                             (k == i && described_business(a, nf, i, 1))
                : generic ? (tk_name_is(a, k, ST_WC_ORG_HEAD) &&
                               !(company && public_body_head(name_lower(a, k, w)))) ||
                              (business && k > nf && tk_name_is(a, k, ST_WC_TRADE)) ||
                              (k == i && described_business(a, nf, i, 0))
                        : strcmp(name_lower(a, k, w), head) == 0 &&
                              /* (not "The Board's Director of Enforcement") */
                              !(k < i && fold_possessive(a, k))) {
                *where = nf;
                return np_text(a, nf, i);
            }
        /* "Helix Quant Research Pvt Ltd … Helix Quant said … the company
         * said": a short form of a business named before, as a cue's
         * subject. */
        /* (or of a role named by it: "Pellmont spokeswoman Kara Lindgren
         * said … The company said") */
        if (business && short_forms > 0 && is_cap(a, nf) && !tk_name_is(a, i, ST_WC_PLACE) &&
            i + 1 < a->d->tk.n && is_word(a, i + 1) &&
            (tk_cue(a, i + 1, &(const char *){ NULL }) ||
             (!is_cap(a, i + 1) && role_word(a, i + 1)))) {
            char *full = fullest_org_with(a, nf, name_lower(a, nf, w), ACRONYM_BACK_TOKENS, 0);
            short_forms--;
            char *run = full ? st_nm_name_text(a, nf, i) : NULL;
            size_t rl = run ? strlen(run) : 0;
            if (run && strlen(full) > rl && full[rl] == ' ' && strncasecmp(full, run, rl) == 0) {
                free(run);
                *where = nf;
                return full;    /* the run begins the fuller name */
            }
            free(run);
            free(full);
        }
        /* "Turkey's foreign ministry rejected …  In a statement, it said",
         * "The Russian embassy in Helsinki rejected … the embassy said": a
         * country's organisation named in lowercase words after it. */
        if ((fold_possessive(a, i) && st_wc_demonym(name_lower(a, i, w))) ||
            (!generic && nf == i && st_at_demonym_noun(a, i)))
            for (k = i + 1; k < at && k < i + (generic ? 4 : 3) && is_word(a, k) &&
                            !is_cap(a, k) && !in_statement(a, k); k++)
                if (generic ? tk_is(a, k, ST_WC_ORG_HEAD)
                            : strcmp(lower(a, k, w), head) == 0) {
                    *where = i;
                    return np_text(a, i, k);
                }
        /* "North Korea's state news agency KCNA … The agency said": the
         * noun just before the name. */
        if (!generic && nf > 0 && is_word(a, nf - 1) && !is_cap(a, nf - 1) &&
            strcmp(lower(a, nf - 1, w), head) == 0) {
            *where = nf;
            return np_text(a, nf, i);
        }
        i = st;
    }
    return NULL;
}

static char *org_named_before(const attrib *a, size_t at, const char *head, int generic)
{
    size_t where;
    return org_named_before_at(a, at, head, generic, &where);
}

/* The organisation the text named last before token at, within the two
 * paragraphs before, and where (its first token); NULL when none. */
char *st_nm_org_named_last(const attrib *a, size_t at, size_t *where)
{
    return org_named_before_at(a, at, "", 1, where);
}

/* "the Bench said", "the bench observed": the judges speak for their
 * court, the one the text named last ("the Madras High Court"). */
char *st_nm_court_of_bench(const attrib *a, size_t at)
{
    size_t where;
    return org_named_before_at(a, at, "court", 0, &where);
}

/* Does org, found for "the foreign ministry", hold the portfolio the
 * phrase names ("Ministry of Foreign Affairs", "Foreign Ministry"; not
 * "commerce ministry")?  Only a portfolio word is checked: "the central
 * bank" may well be the Bank of Japan. */
static int portfolio_kept(const attrib *a, const subject *s, const char *org)
{
    static const char *const portfolios[] = { "foreign", "finance", "commerce", "trade",
        "interior", "health", "justice", "economy", "agriculture", "energy", "education",
        "environment", "labour", "labor", "transport", "defence", "defense", "culture",
        "industry", "tourism", "fisheries", "housing", NULL };
    char w[WORD_MAX];
    size_t k;
    for (k = s->first + 1; k < s->last; k++) {
        const char *at = org;
        size_t n;
        int found = 0;
        if (!is_word(a, k) || !word_in(lower(a, k, w), portfolios))
            continue;
        n = strlen(w);
        while (*at && !found) {     /* w as a whole word of org, case aside */
            size_t L = strcspn(at, " ");
            found = L == n && strncasecmp(at, w, n) == 0;
            at += L + (at[L] == ' ');
        }
        if (!found)
            return 0;
    }
    return 1;
}

/* The longest organisation phrase in the history that ends with the same
 * head word: "the ministry" -> "Chinese foreign ministry"; else, for a bare
 * noun after "the", the organisation the text named last with that word
 * (or, for "the organisation", any); an acronym, its spelled-out name. */
/* Is every word of np, case aside, a word of name?  "Russian foreign
 * ministry" is not the "Ukrainian foreign ministry" that spoke before. */
static int words_within(const char *np, const char *name)
{
    size_t nl = strlen(name);
    while (*np) {
        size_t wl = strcspn(np, " "), k;
        int found = 0;
        for (k = 0; k + wl <= nl && !found; k++)
            found = (k == 0 || name[k - 1] == ' ') && (name[k + wl] == ' ' || name[k + wl] == '\0') &&
                    strncasecmp(name + k, np, wl) == 0;
        if (!found)
            return 0;
        np += wl;
        while (*np == ' ')
            np++;
    }
    return 1;
}

/* Does the one-word name w stand for a person the text introduces
 * near code point pos (within ENTITY_WINDOW entities either side, so
 * that a text of a thousand "the company said" stays linear)? */
static int person_named(const attrib *a, const char *w, size_t pos)
{
    size_t at = st_nm_entity_index_at(a, pos), k = at > ENTITY_WINDOW ? at - ENTITY_WINDOW : 0;
    size_t hi = at + ENTITY_WINDOW < a->nent ? at + ENTITY_WINDOW : a->nent;
    char buf[WORD_MAX];
    for (; k < hi; k++) {
        const entity *x = &a->ent[k];
        if (x->introduced && (!strcasecmp(name_lower(a, x->s, buf), w) ||
                              !strcasecmp(name_lower(a, x->e, buf), w)))
            return 1;
    }
    return 0;
}

/* The last speaker before code point pos, in paragraph min_para or
 * after, that is a body but no public one nor an outlet: an event of no
 * person, or of a one-word name that names no person the text
 * introduces ("Mealgo said", "Hartwell's hit back": a name's event
 * counts as a person's).  NULL when there is none. */
static const event *business_speaker(const attrib *a, size_t pos, size_t min_para)
{
    const event *e = st_at_last_event(a, pos, 0, min_para);
    const char *last = e ? strrchr(e->speaker, ' ') : NULL;
    char lw[WORD_MAX];
    size_t n, c;
    if (!e || e->anon)
        return NULL;
    last = last ? last + 1 : e->speaker;
    if (e->person && (last != e->speaker || person_named(a, e->speaker, e->pos)))
        return NULL;
    n = strlen(last);
    if (n == 0 || n >= sizeof lw)
        return NULL;
    for (c = 0; c <= n; c++)
        lw[c] = (char)(last[c] >= 'A' && last[c] <= 'Z' ? last[c] - 'A' + 'a' : last[c]);
    return public_body_head(lw) || outlet_head(lw) ? NULL : e;
}

char *st_nm_canonical_np(const attrib *a, const subject *s)
{
    char *np = np_text(a, s->name_first, s->last);
    size_t k, nlen;
    const char *head;
    if (!np)
        return NULL;
    if (s->name_first == s->last) {
        char *full = st_nm_acronym_expansion(a, s->last);
        if (full) {
            free(np);
            return full;
        }
    }
    if ((s->first < s->last && !is_cap(a, s->last) &&
         st_token_is(a->d->t, tok(a, s->first), "the") && kind_modifiers_only(a, s)) ||
        /* "the Council expressed": a capitalised head alone, the body the
         * text named with it ("the IGAD Council of Ministers") */
        (s->first == s->last && s->first > 0 && is_cap(a, s->last) &&
         st_token_is(a->d->t, tok(a, s->first - 1), "the") && body_head(a, s->last))) {
        /* "the ministry", "the central bank": the one the text named. */
        char w[WORD_MAX];
        char *org;
        int generic;
        size_t where = 0;
        name_lower(a, s->last, w);
        if (!strcmp(w, "bench")) {
            char *court = st_nm_court_of_bench(a, s->first);   /* "the bench observed" */
            if (court) {
                free(np);
                return court;
            }
        }
        generic = generic_org_noun(w);
        /* "the union": one whose name holds the word ("Allied Health
         * Workers' Union") first, else any the text named just before */
        org = generic && !strcmp(w, "union") ? org_named_before_at(a, s->first, w, 0, &where)
                                             : NULL;
        if (!org)
            org = org_named_before_at(a, s->first, w, generic, &where);
        if (outlet_noun(w)) {
            /* "Rheinischer Morgen … called the deal ‘…’ … ‘…,’ the paper
             * wrote": a speaker that spoke since the outlet named last, in
             * the two paragraphs before, is the paper, unless he or she */
            size_t para = a->para_of_tok[s->first];
            const event *e = st_at_last_event(a, tok(a, s->first)->start, 0,
                                              para > 2 ? para - 2 : 0);
            if (e && !e->anon && e->person != 'm' && e->person != 'f' &&
                (!org || e->pos > tok(a, where)->start)) {
                char *dup = strdup(e->speaker);
                if (dup) {
                    free(org);
                    free(np);
                    return dup;
                }
            }
        }
        if (!org && company_noun(w)) {
            /* "Mealgo, which holds around 55 percent of the market, said
             * in a statement … “…,” the company said": no business named
             * by its words, but a speaker of the two paragraphs before
             * that is no person and no public body */
            size_t para = a->para_of_tok[s->first];
            const event *e = business_speaker(a, tok(a, s->first)->start, para > 2 ? para - 2 : 0);
            if (e && (org = strdup(e->speaker)) == NULL) {
                free(np);
                return NULL;
            }
        }
        if (org && !portfolio_kept(a, s, org)) {
            free(org);  /* "the foreign ministry" is not the commerce ministry */
            org = NULL;
        }
        if (org) {
            free(np);
            return org;
        }
    }
    head = strrchr(np, ' ');
    head = head ? head + 1 : np;
    nlen = strlen(np);
    for (k = a->nhist; k > 0 && a->nhist - k < HISTORY_WINDOW; k--) {
        const event *e = &a->hist[k - 1];
        size_t el, hl = strlen(head);
        if (!e->speaker || e->person || e->anon)
            continue;   /* (an unnamed source's words name no organisation) */
        el = strlen(e->speaker);
        if (el > nlen && el > hl && e->speaker[el - hl - 1] == ' ' &&
            strcmp(e->speaker + el - hl, head) == 0 && portfolio_kept(a, s, e->speaker) &&
            words_within(np, e->speaker)) {
            char *dup = strdup(e->speaker);
            if (dup) {
                free(np);
                return dup;
            }
        }
    }
    return np;
}


/* The holder a spokesperson noun names: 'm', 'f', or 1 for either; 0 when
 * w is no such noun. */
int st_nm_spokes_gender(const char *w)
{
    if (strcmp(w, "spokesman") == 0)
        return 'm';
    if (strcmp(w, "spokeswoman") == 0)
        return 'f';
    return strcmp(w, "spokesperson") == 0;
}

/* What a run [st, i] must be for fullest_run: one holding a word, or
 * opening with a mention's words. */
typedef struct run_want {
    const char *word;       /* a word it holds, folded, or NULL */
    size_t ms, me;          /* else the words it opens with and goes on past */
    int any_run;            /* any capitalised run, not only a body's */
} run_want;

static int run_fits(const attrib *a, size_t st, size_t i, const run_want *want)
{
    char m[WORD_MAX], y[WORD_MAX];
    size_t k, n = i - st + 1;
    if (want->word) {
        if (!(want->any_run ? !(tok(a, st)->flags & ST_TF_ALLCAPS)  /* not "THAMESMEAD STAY CALM" */
                            : st_nm_run_is_org(a, st, i)))
            return 0;
        for (k = st; k <= i; k++)
            if (strcmp(name_lower(a, k, m), want->word) == 0)
                return 1;
        return 0;
    }
    if (n <= want->me - want->ms + 1 || (tok(a, st)->flags & ST_TF_ALLCAPS))
        return 0;
    for (k = 0; k <= want->me - want->ms; k++)
        if (strcmp(name_lower(a, st + k, m), name_lower(a, want->ms + k, y)) != 0)
            return 0;
    return 1;
}

/* The longest capitalised run of two words or more in the back tokens
 * before at that fits want, as text, or NULL. */
static char *fullest_run(const attrib *a, size_t at, size_t back, const run_want *want)
{
    size_t lo = at > back ? at - back : 0, i = at;
    size_t best_s = 0, best_e = 0, best_n = 0;
    while (i > lo) {
        size_t st;
        i--;
        if (!is_cap(a, i) || in_statement(a, i))
            continue;
        st = org_run_start_far(a, lo, i);
        while (st < i && tk_name_is(a, st, ST_WC_FUNCTION))
            st++;
        if (i > st && i - st + 1 > best_n && run_fits(a, st, i, want)) {
            best_s = st;
            best_e = i;
            best_n = i - st + 1;
        }
        i = st;
    }
    return best_n ? np_text(a, best_s, best_e) : NULL;
}

/* The longest organisation's name holding the capitalised word w in the
 * back tokens before at ("Harbour" -> "Harbour Vets Group"), or NULL;
 * with any_run, any capitalised run of two words or more (the modifier of
 * "a Thamesmead spokesperson" is an organisation's by that noun:
 * "Thamesmead United"). */
static char *fullest_org_with(const attrib *a, size_t at, const char *w, size_t back,
                              int any_run)
{
    run_want want = { w, 0, 0, any_run };
    return fullest_run(a, at, back, &want);
}

/* The longest capitalised run in the back tokens before at that opens
 * with the words [ms, me] and goes on ("Pennine Northern" -> "Pennine
 * Northern Trains": the organisation a spokesperson so described speaks
 * for), or NULL. */
static char *fullest_org_opening(const attrib *a, size_t at, size_t ms, size_t me, size_t back)
{
    run_want want = { NULL, ms, me, 1 };
    return fullest_run(a, at, back, &want);
}

/* "quoted a spokesman for the Korean People's Army General Staff as
 * calling": the organisation a spokesperson noun is followed by, after
 * "for (the)", named in full; NULL when none follows. */
char *st_nm_spokes_for(const attrib *a, const subject *s)
{
    const st_tokens *tk = &a->d->tk;
    size_t k = s->last + 1, b, e;
    if (k + 1 >= tk->n || !st_token_is(a->d->t, tok(a, k), "for"))
        return NULL;
    b = k + 1;
    if (st_token_is(a->d->t, tok(a, b), "the") && b + 1 < tk->n)
        b++;
    if (!is_cap(a, b) || in_statement(a, b))
        return NULL;
    for (e = b; e + 1 < tk->n && (is_cap(a, e + 1) || is_particle(a, e + 1) ||
                                  ((st_token_is(a->d->t, tok(a, e + 1), "of") ||
                                    st_token_is(a->d->t, tok(a, e + 1), "and")) &&
                                   e + 2 < tk->n && is_cap(a, e + 2)));
         e++)
        ;
    /* "the Chinese embassy in Canberra": a lower-case head, and the place
     * it is in */
    if (e + 1 < tk->n && is_word(a, e + 1) && !is_cap(a, e + 1) && tk_is(a, e + 1, ST_WC_ORG_HEAD)) {
        e++;
        if (e + 2 < tk->n && word_is(a, e + 1, "in") && is_cap(a, e + 2) && !in_statement(a, e + 2))
            e += 2;
    }
    return np_text(a, b, e);
}

/* The United Nations' formal names of member states, as its meetings
 * coverage prints them, and the plain English names a reader uses. */
static const struct { const char *formal, *plain; } formal_states[] = {
    { "bolivarian republic of venezuela", "Venezuela" },
    { "democratic people's republic of korea", "North Korea" },
    { "islamic republic of iran", "Iran" },
    { "lao people's democratic republic", "Laos" },
    { "people's republic of china", "China" },
    { "plurinational state of bolivia", "Bolivia" },
    { "republic of korea", "South Korea" },
    { "republic of moldova", "Moldova" },
    { "russian federation", "Russia" },
    { "syrian arab republic", "Syria" },
    { "united republic of tanzania", "Tanzania" },
    { "viet nam", "Vietnam" },
};

/* The country named by tokens [b, e] ("France", "the Russian
 * Federation" without its article), by its plain English name; NULL
 * when they name no country of the demonym table. */
static char *country_named(const attrib *a, size_t b, size_t e)
{
    char w[WORD_MAX], name[4 * WORD_MAX];
    size_t k, n = 0;
    for (k = b; k <= e; k++) {
        size_t L = strlen(lower(a, k, w));
        if (k == e && L > 2 && w[L - 2] == '\'' && w[L - 1] == 's')
            w[L -= 2] = '\0';     /* "China's" */
        if (n + L + 2 >= sizeof name)
            return NULL;
        if (n && !(k > b && tok(a, k - 1)->end == tok(a, k)->start))
            name[n++] = ' ';
        memcpy(name + n, w, L + 1);
        n += L;
    }
    for (k = 0; k < sizeof formal_states / sizeof *formal_states; k++)
        if (strcmp(name, formal_states[k].formal) == 0)
            return strdup(formal_states[k].plain);
    return st_wc_demonym(name) ? np_text(a, b, e) : NULL;
}

/* "The representative of France said", "China's delegate said": at a
 * meeting of states (a UN body's meetings coverage) the delegate speaks
 * for the country, which is the speaker.  Its plain English name, or
 * NULL ("Special Representative of the Secretary-General" names no
 * country). */
char *st_nm_delegate_country(const attrib *a, const subject *s)
{
    const st_tokens *tk = &a->d->tk;
    char w[WORD_MAX];
    size_t b, e;
    lower(a, s->last, w);
    if (strcmp(w, "representative") != 0 && strcmp(w, "delegate") != 0 &&
        strcmp(w, "delegation") != 0)
        return NULL;
    if (s->last > s->first && is_cap(a, s->last - 1) && is_possessive(a, s->last - 1)) {
        /* "China's delegate" (the possessive's word alone) */
        char *c = country_named(a, s->last - 1, s->last - 1);
        if (c)
            return c;
    }
    b = s->last + 1;
    if (b + 1 >= tk->n || !st_token_is(a->d->t, tok(a, b), "of"))
        return NULL;
    b++;
    if (st_token_is(a->d->t, tok(a, b), "the") && b + 1 < tk->n)
        b++;
    if (!is_cap(a, b) || in_statement(a, b))
        return NULL;
    /* "the Republic of Korea", "the Democratic Republic of the Congo" */
    for (e = b; e + 1 < tk->n && e < b + 8 && !in_statement(a, e + 1) &&
                (is_cap(a, e + 1) || (punct_is(a, e + 1, '\'') && e + 2 < tk->n) ||
                 ((st_token_is(a->d->t, tok(a, e + 1), "of") ||
                   st_token_is(a->d->t, tok(a, e + 1), "the")) &&
                  e + 2 < tk->n && (is_cap(a, e + 2) || st_token_is(a->d->t, tok(a, e + 2), "the"))));
         e++)
        ;
    return country_named(a, b, e);
}

/* "A spokeswoman said" with no spokeswoman named: she speaks for an
 * organisation.  A lower-case modifier names its kind ("a ministry
 * spokesman": the ministry named last), a lone capitalised one part of its
 * name ("a Harbour spokesperson": Harbour Vets Group); with none, it is
 * the organisation named in the two paragraphs before, or the last one
 * that spoke there.  Modifiers that name the organisation in full ("a
 * State Department spokesperson") are left to the noun phrase itself.
 * NULL when nothing fits. */
char *st_nm_spokes_org(const attrib *a, const subject *s, size_t para)
{
    char w[WORD_MAX];
    size_t k, nmod = 0, mod = 0;
    int caps = 0;
    for (k = s->first; k < s->last; k++) {
        if (tk_name_is(a, k, ST_WC_DETERMINER))
            continue;
        if (!is_word(a, k))
            return NULL;
        nmod++;
        mod = k;
        caps += is_cap(a, k);
    }
    if (nmod == 0) {
        size_t where = 0;
        char *org = org_named_before_at(a, s->first, "", 1, &where);
        const event *e;
        /* (not a wire's credit in brackets: "HONG KONG, April 1 (Xinhua)
         * --" names who reports, not for whom the spokesperson speaks) */
        if (org && where > 0 && punct_is(a, where - 1, '(')) {
            free(org);
            org = NULL;
        }
        if (org)
            return org;
        e = st_at_last_event(a, tok(a, s->first)->start, -1, para ? para - 1 : 0);
        /* (or a business named by one word: "Hartwell's hit back last
         * night …  A spokeswoman said") */
        if (!e)
            e = business_speaker(a, tok(a, s->first)->start, para ? para - 1 : 0);
        return e ? strdup(e->speaker) : NULL;
    }
    name_lower(a, mod, w);
    if (caps == 0) {
        /* The organisation of that kind that spoke in the two paragraphs
         * before ("Brazil's foreign ministry said ..."), else the one of
         * that kind the text named last. */
        size_t h, wl = strlen(w);
        for (h = a->nhist; h > 0 && a->nhist - h < HISTORY_WINDOW; h--) {
            const event *e = &a->hist[h - 1];
            size_t el = e->speaker ? strlen(e->speaker) : 0;
            if (e->para + 2 < para)
                break;
            if (!e->person && el > wl && e->speaker[el - wl - 1] == ' ' &&
                strcasecmp(e->speaker + el - wl, w) == 0)
                return strdup(e->speaker);
        }
        return org_named_before(a, s->first, w, generic_org_noun(w));
    }
    if (nmod == 1 && !(tok(a, mod)->flags & ST_TF_ALLCAPS) &&
        !tk_name_is(a, mod, ST_WC_ORG_HEAD | ST_WC_PLACE)) {
        char *org = fullest_org_with(a, s->first, w, ACRONYM_BACK_TOKENS, 0);
        return org ? org : fullest_org_with(a, s->first, w, ACRONYM_BACK_TOKENS, 1);
    }
    if (nmod == 1 && (tok(a, mod)->flags & ST_TF_ALLCAPS) && is_acronym(a, mod))
        return st_nm_acronym_expansion(a, mod);   /* "an IAIA spokesman" */
    if (nmod >= 2 && caps == (int)nmod)     /* "a Pennine Northern spokesperson" */
        return fullest_org_opening(a, s->first, mod + 1 - nmod, mod, ACRONYM_BACK_TOKENS);
    return NULL;
}
