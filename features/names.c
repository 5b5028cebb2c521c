/* names.c - the people of an article, and their names.
 *
 * Name runs (capitalised words and particles, titles and places stripped),
 * the person entities of the text with their gender as the text reveals it,
 * a mention's fullest form ("Xi" -> "Xi Jinping", the Li introduced most
 * recently).  Who a role stands for is in roles.c, organisations' names
 * in orgs.c. */
#include "attrib_int.h"
#include "given_names.h"

#include <stdio.h>

/* How many words a quoted nickname inside a name may have: Lee 'Bulldog'
 * Hartnell, Daniel 'The Tank' Okafor. */
#define NICKNAME_WORDS 3

static int mark_tok(const attrib *a, size_t i)
{
    return tok(a, i)->type == ST_TOK_PUNCT && a->d->is_mark[tok(a, i)->start];
}

/* If token c (> lo) closes a quoted nickname of capitalised words that
 * follows a capitalised word, the index of that word; else (size_t)-1. */
static size_t nickname_before(const attrib *a, size_t lo, size_t c)
{
    size_t k = c;
    if (!mark_tok(a, c))
        return (size_t)-1;
    while (k > lo && c - k <= NICKNAME_WORDS && is_cap(a, k - 1))
        k--;
    if (k == c || k < lo + 2 || !mark_tok(a, k - 1) || !is_cap(a, k - 2) ||
        in_statement(a, k - 2))
        return (size_t)-1;
    return k - 2;
}

/* If token o opens a quoted nickname followed by a capitalised word, the
 * index of that word; else (size_t)-1. */
static size_t nickname_after(const attrib *a, size_t o)
{
    size_t n = a->d->tk.n, k = o + 1;
    if (!mark_tok(a, o))
        return (size_t)-1;
    while (k < n && k - o <= NICKNAME_WORDS && is_cap(a, k))
        k++;
    if (k == o + 1 || k + 1 >= n || !mark_tok(a, k) || !is_cap(a, k + 1) ||
        in_statement(a, k + 1))
        return (size_t)-1;
    return k + 1;
}

/* A name run ending at token `last`: capitalised words and particles, and
 * a quoted nickname between two of its words. */
size_t st_nm_name_run_start(const attrib *a, size_t lo, size_t last)
{
    size_t s = last;
    while (s > lo && !in_statement(a, s - 1) && last - s + 1 < 8) {
        size_t q = s - 1, nick;
        if (is_cap(a, q)) {
            s = q;
            continue;
        }
        if (q > lo && initial_at(a, q - 1) && !in_statement(a, q - 1)) {
            s = q - 1;
            continue;
        }
        if ((nick = nickname_before(a, lo, q)) != (size_t)-1) {
            s = nick;
            continue;
        }
        /* particles join a name only between capitals: "van den Berg" */
        while (q > lo && is_particle(a, q) && s - q < 4)
            q--;
        if (q + 1 < s && is_particle(a, q + 1) && is_cap(a, q) && !in_statement(a, q))
            s = q;
        else
            break;
    }
    return s;
}

/* Does a name run continue after token i (a capital, or particles then a
 * capital)? */
int st_nm_name_continues(const attrib *a, size_t i)
{
    return st_nm_name_next(a, i) != (size_t)-1;
}

size_t st_nm_name_next(const attrib *a, size_t i)
{
    size_t n = a->d->tk.n, k = i + 1;
    if (initial_at(a, i))
        return i + 2;
    if (k < n && is_cap(a, k))
        return k;
    if (k < n && (k = nickname_after(a, k)) != (size_t)-1)
        return k;
    k = i + 1;
    while (k < n && k < i + 4 && is_particle(a, k))
        k++;
    return k > i + 1 && k < n && is_cap(a, k) ? k : (size_t)-1;
}

/* Drops leading titles, places and sentence words: "Russian ambassador to
 * China Andrey Denisov" -> "Andrey Denisov".  Returns the first name token,
 * or last + 1 when nothing name-like is left. */
/* "vice-minister", "deputy-director": every hyphen part a title. */
int st_nm_title_word(const char *w)
{
    char part[WORD_MAX];
    const char *p = w;
    if (st_wc_title(w))
        return 1;
    if (!strchr(w, '-'))
        return 0;
    while (*p) {
        size_t n = strcspn(p, "-");
        if (n == 0 || n >= sizeof part)
            return 0;
        memcpy(part, p, n);
        part[n] = '\0';
        if (!st_wc_title(part))
            return 0;
        p += n;
        if (*p == '-')
            p++;
    }
    return 1;
}

int st_nm_tk_title_word(const attrib *a, size_t i)
{
    char w[WORD_MAX];
    const char *f;
    size_t n;
    if (tk_name_is(a, i, ST_WC_TITLE))
        return 1;
    f = st_fold_get(&a->d->folds, i, &n);
    if (!memchr(f, '-', n))
        return 0;   /* not a title, and no hyphen parts to try */
    return st_nm_title_word(name_lower(a, i, w));
}

static int agent_noun(const char *w);

size_t st_nm_strip_leading(const attrib *a, size_t s, size_t last)
{
    size_t k;
    /* "Transport Minister Nadia Karimi": everything up to the last title
     * word is the title, as long as a name is left after it. */
    for (k = last; k > s; k--) {
        if (st_nm_tk_title_word(a, k - 1) && !(tok(a, k - 1)->flags & ST_TF_LOWER)) {
            if (k - 1 > s && k <= last)
                s = k;
            break;
        }
    }
    while (s <= last) {
        if (s < last && (st_nm_tk_title_word(a, s) ||
                         tk_name_is(a, s, ST_WC_PLACE | ST_WC_FUNCTION) ||
                         ((tok(a, s)->flags & ST_TF_ALLCAPS) && !dotted_initials(a, s))))
            s++;
        else if (s == last && ((tk_name_is(a, s, ST_WC_FUNCTION) && !is_acronym(a, s)) ||
                               st_nm_tk_title_word(a, s)))
            s++;
        else
            break;
    }
    /* "Minister of Energy and Minerals Salim bin Nasser Al-Rawahi": after
     * of/for/and, a portfolio's last word runs into the name: a word that
     * is no given name, before one that is. */
    if (s + 1 < last && s > 0 && is_word(a, s - 1) && !is_cap(a, s - 1) &&
        (st_token_is(a->d->t, tok(a, s - 1), "of") || st_token_is(a->d->t, tok(a, s - 1), "for") ||
         st_token_is(a->d->t, tok(a, s - 1), "and"))) {
        static const char *const saints[] = { "san", "santa", "santo", "são", "st", "saint",
                                              "sainte", "sant", NULL };
        char w[WORD_MAX], g[WORD_MAX];
        int saint = 0;
        name_lower(a, s, w);    /* (apart from strlen: argument order is unspecified) */
        name_lower(a, s + 1, g);
        for (k = 0; saints[k]; k++)
            saint |= !strcmp(w, saints[k]);     /* "San Pedro de Quemes": a place */
        if (!saint && !st_gn_gender(w, strlen(w)) && st_gn_gender(g, strlen(g)))
            s++;
    }
    /* "Shopper Aisha Bello, 36,": a describing noun opening the sentence,
     * before a known given name. */
    if (s < last && (s == 0 || tok(a, s - 1)->type == ST_TOK_BREAK || punct_is(a, s - 1, '.') ||
                     punct_is(a, s - 1, ':'))) {
        char w[WORD_MAX];
        if (agent_noun(lower(a, s, w))) {
            name_lower(a, s + 1, w);
            if (st_gn_gender(w, strlen(w)) || (s + 2 < last && tk_is(a, s, ST_WC_PERSON_NOUN)))
                s++;    /* (or a listed one before three names: "Vendor Yelitza Marcano Rojas") */
        }
    }
    return s;
}

int st_nm_run_is_org(const attrib *a, size_t s, size_t last)
{
    size_t i;
    for (i = s; i <= last; i++)
        if (tk_name_is(a, i, ST_WC_ORG_HEAD))
            return 1;
    if (s == last && (tk_name_is(a, s, ST_WC_PLACE) || (tok(a, s)->flags & ST_TF_ALLCAPS)))
        return 1;   /* "Beijing said", "NATO said" */
    return 0;
}

/* Is the name run starting at st (and ending at j) preceded by of/and/for
 * and another capitalised word, so that it may continue leftwards into one
 * longer name? */
int st_nm_joins_left(const attrib *a, size_t lo, size_t st, size_t j)
{
    if (st < lo + 2 || !is_word(a, st - 1) || is_cap(a, st - 1) || !is_cap(a, st - 2) ||
        j - st >= 10)
        return 0;
    if (st_token_is(a->d->t, tok(a, st - 1), "in") || st_token_is(a->d->t, tok(a, st - 1), "to")) {
        /* "the Chinese Embassy in New Delhi", "the EU Delegation to
         * Georgia": a diplomatic post is named with its city or country. */
        char w[WORD_MAX];
        int in = st_token_is(a->d->t, tok(a, st - 1), "in");
        lower(a, st - 2, w);
        return (in && (!strcmp(w, "embassy") || !strcmp(w, "consulate") ||
                       !strcmp(w, "consulate-general"))) ||
               !strcmp(w, "delegation") || !strcmp(w, "mission");
    }
    return st_token_is(a->d->t, tok(a, st - 1), "of") ||
           st_token_is(a->d->t, tok(a, st - 1), "and") ||
           st_token_is(a->d->t, tok(a, st - 1), "for");
}

/* "Ministry of Electronics and Information Technology": does the name run
 * starting at st continue leftwards over of/and/for into an organisation's
 * name? */
int st_nm_of_joins_org(const attrib *a, size_t lo, size_t st, size_t j)
{
    return st_nm_joins_left(a, lo, st, j) &&
           st_nm_run_is_org(a, st_nm_name_run_start(a, lo, st - 2), j);
}

/* The first token of the name run ending at j, carried leftwards over
 * of/and/for into an organisation's name. */
size_t st_nm_org_run_start(const attrib *a, size_t lo, size_t j)
{
    size_t st = st_nm_name_run_start(a, lo, j), m, items;
    int and_seen;
    /* Only a run after a comma, of/for/and/in/to or a demonym can continue
     * leftwards: most runs are answered here (entity collection asks of
     * every capitalised run). */
    if (st < lo + 2 ||
        !(punct_is(a, st - 1, ',') ||
          (is_word(a, st - 1) &&
           (is_cap(a, st - 1) ? tk_name_is(a, st - 1, ST_WC_PLACE)
                              : st_token_is(a->d->t, tok(a, st - 1), "of") ||
                                    st_token_is(a->d->t, tok(a, st - 1), "for") ||
                                    st_token_is(a->d->t, tok(a, st - 1), "and") ||
                                    st_token_is(a->d->t, tok(a, st - 1), "in") ||
                                    st_token_is(a->d->t, tok(a, st - 1), "to")))))
        return st;
again:
    while (st_nm_of_joins_org(a, lo, st, j))
        st = st_nm_name_run_start(a, lo, st - 2);
    /* "Ministry of Trade, Industry and Energy": a list of portfolios after
     * "of", its items joined by commas and a last "and" (which the run
     * itself may hold: "Industry and Services" names an organisation). */
    for (m = st, and_seen = 0; m < j && !and_seen; m++)
        and_seen = st_token_is(a->d->t, tok(a, m), "and");
    for (m = st, items = 0;
         items < 6 && m >= lo + 2 && is_cap(a, m - 2) &&
         (punct_is(a, m - 1, ',') || st_token_is(a->d->t, tok(a, m - 1), "and"));
         items++) {
        and_seen |= !punct_is(a, m - 1, ',');
        m = st_nm_name_run_start(a, lo, m - 2);
        if (and_seen && st_nm_of_joins_org(a, lo, m, j)) {
            st = m;
            goto again;
        }
    }
    /* Across connectors whose nearer runs name no organisation ("School
     * of Urban and Regional Planning", "Department for Culture and
     * Media"), and a demonym opening a run ("Centre for African Fiscal
     * Studies"): up to three hops, kept when the longer run names one. */
    for (m = st, items = 0; items < 3; items++) {
        if (m >= lo + 3 && is_cap(a, m - 1) && tk_name_is(a, m - 1, ST_WC_PLACE) &&
            st_nm_joins_left(a, lo, m - 1, j))
            m--;
        if (!st_nm_joins_left(a, lo, m, j))
            break;
        m = st_nm_name_run_start(a, lo, m - 2);
        if (st_nm_run_is_org(a, m, j)) {
            st = m;
            goto again;
        }
    }
    return st;
}

static char *span_text(const attrib *a, size_t first, size_t last)
{
    return st_text_utf8_words(a->d->t, tok(a, first)->start, tok(a, last)->end);
}

/* Tokens [first,last] without a quoted nickname: "Lee Hartnell". */
static char *text_without_nickname(const attrib *a, size_t first, size_t last)
{
    size_t k, cap = 1, n = 0;
    int quoted = 0;
    char *out;
    for (k = first; k <= last; k++)
        cap += (tok(a, k)->end - tok(a, k)->start) * 4 + 1;
    if (!(out = malloc(cap)))
        return NULL;
    for (k = first; k <= last; k++) {
        size_t i;
        if (mark_tok(a, k)) {
            quoted = !quoted;
            continue;
        }
        if (quoted)
            continue;
        if (n)
            out[n++] = ' ';
        for (i = tok(a, k)->start; i < tok(a, k)->end; i++)
            n += st_utf8_put(a->d->t->cp[i], out + n);
    }
    out[n] = '\0';
    return out;
}

/* Speaker string for tokens [first,last] with possessives removed. */
char *st_nm_name_text(const attrib *a, size_t first, size_t last)
{
    char *s = NULL;
    size_t n, k;
    for (k = first; k <= last && !mark_tok(a, k); k++)
        ;
    s = k <= last ? text_without_nickname(a, first, last) : span_text(a, first, last);
    if (!s)
        return NULL;
    n = strlen(s);
    if (n > 2 && s[n - 1] == 's' && (s[n - 2] == '\'' ))
        s[n - 2] = '\0';
    else if (n > 4 && s[n - 1] == 's' && (unsigned char)s[n - 2] == 0x99 &&
             (unsigned char)s[n - 3] == 0x80 && (unsigned char)s[n - 4] == 0xE2)
        s[n - 4] = '\0';
    return s;
}

/* Does the name run [s,e] contain the mention tokens [ms,me] as a token
 * prefix or suffix? */
static int name_contains(const attrib *a, size_t s, size_t e, size_t ms, size_t me)
{
    size_t n = e - s + 1, m = me - ms + 1, k, o;
    char x[WORD_MAX], y[WORD_MAX];
    int pre = 1, suf = 1;
    if (m > n)
        return 0;
    for (k = 0; k < m; k++) {
        name_lower(a, ms + k, x);
        if (strcmp(name_lower(a, s + k, y), x) != 0)
            pre = 0;
        if (strcmp(name_lower(a, e - m + 1 + k, y), x) != 0)
            suf = 0;
    }
    if (pre || suf)
        return 1;
    /* "Haikal said" of Muhammad Haikal bin Zulkifli: a Malay name's given
     * name stands before bin/binti. */
    if (m == 1 && n > 2)
        for (k = s + 1; k + 1 <= e; k++)
            if ((st_token_is(a->d->t, tok(a, k), "bin") ||
                 st_token_is(a->d->t, tok(a, k), "binti")) &&
                strcmp(name_lower(a, k - 1, y), name_lower(a, ms, x)) == 0)
                return 1;
    /* "Salim Al-Rawahi said" of Salim bin Nasser Al-Rawahi: the given
     * name and the surname, the middle names dropped. */
    if (m >= 2 && n > m && strcmp(name_lower(a, s, y), name_lower(a, ms, x)) == 0) {
        for (k = 1; k < m; k++)
            if (strcmp(name_lower(a, e - m + 1 + k, y), name_lower(a, ms + k, x)) != 0)
                break;
        if (k == m)
            return 1;   /* (and "Faisal Al Shehri" of Faisal bin Abdulaziz Al Shehri) */
    }
    /* "dos Santos said" of Rodrigo dos Santos Albuquerque: a surname that
     * a particle opens may sit inside the full name; so may the first of
     * two surnames ("Elizondo" of Rocío Elizondo Garza). */
    for (o = 1; o + m < n; o++) {
        if (!is_particle(a, s + o - 1) && !is_particle(a, s + o) &&
            !(m == 1 && o + 2 == n && is_cap(a, s) && is_cap(a, s + o) && is_cap(a, e)))
            continue;
        for (k = 0; k < m; k++)
            if (strcmp(name_lower(a, s + o + k, y), name_lower(a, ms + k, x)) != 0)
                break;
        if (k == m)
            return 1;
    }
    return 0;
}

size_t st_nm_entity_index_at(const attrib *a, size_t pos)
{
    size_t lo = 0, hi = a->nent;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (a->ent[mid].pos < pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Fullest person name in the article that the mention [ms,me] can be.  The
 * referent is the most recent longer name before `before` that contains the
 * mention (else the first after it); its fullest form is the longest name
 * in the article containing the referent. */
/* Can the longer name x be the one the mention [ms,me] stands for?  A
 * given name said alone ("Mehmet") is not the end of a two-word run that
 * opens a sentence or caption with a word that is no given name: "Proud
 * Mehmet" there is an adjective and a name, and the man is "Mehmet Aydın"
 * ("Ibrahim Mukhtar Adam" stays the fullest form of "Adam"). */
static int fuller_form(const attrib *a, const entity *x, size_t ms, size_t me)
{
    char w[WORD_MAX], m[WORD_MAX];
    if (x->e - x->s <= me - ms || !name_contains(a, x->s, x->e, ms, me))
        return 0;
    if (ms != me)
        return 1;
    name_lower(a, ms, m);
    name_lower(a, x->e, w);
    if (!st_gn_gender(m, strlen(m)) || strcmp(w, m) != 0)
        return 1;
    if (x->e - x->s > 1 || !(x->s == 0 || tok(a, x->s - 1)->type == ST_TOK_BREAK ||
                              punct_is(a, x->s - 1, ':') || punct_is(a, x->s - 1, '.') ||
                              punct_is(a, x->s - 1, '[')))
        return 1;
    name_lower(a, x->s, w);
    return st_gn_gender(w, strlen(w)) != 0;
}

static int all_caps(const attrib *a, size_t s, size_t e)
{
    size_t k;
    for (k = s; k <= e; k++)
        if (is_word(a, k) && !(tok(a, k)->flags & ST_TF_ALLCAPS))
            return 0;
    return 1;
}

char *st_nm_canonical_name(const attrib *a, size_t ms, size_t me, size_t before, int *gender)
{
    size_t at = st_nm_entity_index_at(a, before), k, lo, hi;
    const entity *ref = NULL, *best;

    lo = at > ENTITY_WINDOW ? at - ENTITY_WINDOW : 0;
    hi = at + ENTITY_WINDOW < a->nent ? at + ENTITY_WINDOW : a->nent;
    for (k = at; k > lo && !ref; k--)
        if (fuller_form(a, &a->ent[k - 1], ms, me))
            ref = &a->ent[k - 1];
    for (k = at; k < hi && !ref; k++)
        if (fuller_form(a, &a->ent[k], ms, me))
            ref = &a->ent[k];
    if (gender)
        *gender = 0;
    if (!ref && all_caps(a, ms, me)) {
        /* "MURAT YILMAZ:" labelling a transcript line is the Murat Yilmaz
         * of the text: the same words, written in mixed case. */
        for (k = lo; k < hi && !ref; k++) {
            const entity *x = &a->ent[k];
            if (x->e - x->s == me - ms && !all_caps(a, x->s, x->e) &&
                name_contains(a, x->s, x->e, ms, me))
                ref = x;
        }
    }
    if (!ref)
        return st_nm_name_text(a, ms, me);
    if (gender)
        *gender = ref->gender;
    best = ref;
    for (k = lo; k < hi; k++) {
        const entity *x = &a->ent[k];
        if (x->e - x->s > best->e - best->s && name_contains(a, x->s, x->e, ref->s, ref->e))
            best = x;
    }
    if (gender && !*gender)
        *gender = best->gender;
    return st_nm_name_text(a, best->s, best->e);
}

/* Is the name [s,e] how a person enters the story: a full name with a
 * title or role before it, or an apposition, relative clause or reporting
 * verb after it?  Only such names are antecedents for he/she. */
/* Does the apposition starting at token k ("a 29-year-old teacher", "a
 * mountainous province") say a person: a person noun or title within its
 * first four words? */
static int apposition_names_person(const attrib *a, size_t k)
{
    size_t j, n = a->d->tk.n;
    for (j = k; j < n && j < k + 4 && is_word(a, j); j++)
        if (role_word(a, j))
            return 1;
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

/* An agent noun: "cheesemaker", "distributor", "campaigner". */
static int agent_noun(const char *w)
{
    static const char *const ends[] = { "er", "or", "ist", "ian", "man", "woman" };
    size_t n = strlen(w), k;
    if (n < 5 || st_wc_function(w) || st_wc_skippable(w))
        return 0;
    for (k = 0; k < sizeof ends / sizeof *ends; k++) {
        size_t m = strlen(ends[k]);
        if (strcmp(w + n - m, ends[k]) == 0)
            return 1;
    }
    return 0;
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
    if (agent_noun(lower(a, s - 1, w))) {
        name_lower(a, s, w);
        return st_gn_gender(w, strlen(w)) != 0;
    }
    for (k = s - 1; k > 0 && s - k < 4 && is_word(a, k - 1) && !is_cap(a, k - 1); k--) {
        if (!st_token_is(a->d->t, tok(a, k - 1), "of"))
            continue;
        return k >= 2 && is_word(a, k - 2) && role_word(a, k - 2);
    }
    return 0;
}

/* "headteacher of Eastgate Infants,", "director of Amnesty
 * International": token k is "of" after a role, and what follows names
 * where the person works, not a person. */
static int role_of(const attrib *a, size_t k)
{
    static const char *const kin[] = { "wife", "husband", "son", "daughter", "mother",
                                       "father", "brother", "sister", "widow", "widower",
                                       "friend", "partner", "niece", "nephew", "cousin" };
    char w[WORD_MAX];
    size_t i;
    if (k == 0 || !st_token_is(a->d->t, tok(a, k), "of") || !is_word(a, k - 1) || is_cap(a, k - 1))
        return 0;
    lower(a, k - 1, w);
    for (i = 0; i < sizeof kin / sizeof *kin; i++)
        if (!strcmp(w, kin[i]))
            return 0;   /* "the widow of Ali Reza," is a person's relation */
    return role_word(a, k - 1) ||
           agent_noun(w);
}

static int introduced_person(const attrib *a, size_t s, size_t e)
{
    const char *cue;
    size_t n = a->d->tk.n, r = st_nm_name_run_start(a, 0, e);
    if (e == s || (r > 0 && role_of(a, r - 1)))
        return 0;   /* (a "who" after it is the person's, not the school's) */
    if (r > 0 && is_word(a, r - 1) && (tok(a, r - 1)->flags & ST_TF_LOWER) &&
        tk_is(a, r - 1, ST_WC_ORG_HEAD))
        return 0;   /* "the newspaper Märkische Oderzeitung,", "the group X," */
    /* "rice farmers from Hải Dương,", "in Port Vila,": after a preposition
     * a name is a place. */
    if (r > 0 && is_word(a, r - 1) &&
        (st_token_is(a->d->t, tok(a, r - 1), "from") || st_token_is(a->d->t, tok(a, r - 1), "in") ||
         st_token_is(a->d->t, tok(a, r - 1), "at") || st_token_is(a->d->t, tok(a, r - 1), "near") ||
         st_token_is(a->d->t, tok(a, r - 1), "to") || st_token_is(a->d->t, tok(a, r - 1), "into")) &&
        !(e + 2 < n && punct_is(a, e + 1, ',') && is_word(a, e + 2) &&
          (st_token_is(a->d->t, tok(a, e + 2), "who") || bare_role_at(a, e + 2) ||
           (tk_is(a, e + 2, ST_WC_DETERMINER) && apposition_names_person(a, e + 3)))))
        return 0;   /* ... unless an apposition says who: "came from X, a ..." */
    if (s > 0 && is_word(a, s - 1) && role_word(a, s - 1))
        return 1;
    if (s > 0 && st_nm_name_run_start(a, 0, e) < s)
        return 1;   /* titles were stripped from the front of the run */
    if (role_before(a, s))
        return 1;
    /* "the head of the regional port authority, Taras Kovalenko": the
     * name in apposition after a role. */
    if (s > 1 && punct_is(a, s - 1, ',')) {
        size_t k;
        for (k = s - 1; k > 0 && s - k < 10 && is_word(a, k - 1); k--)
            if (role_word(a, k - 1))
                return 1;
    }
    if (e + 1 < n && punct_is(a, e + 1, ','))
        return 1;
    if (e + 1 < n && is_word(a, e + 1) && tk_cue(a, e + 1, &cue))
        return 1;
    /* A full name opening a sentence or clause as the subject of a verb:
     * "Nguyễn Thị Hồng Vân spent 15 years in talks", "Back at the site,
     * Hawa Abdelrahman was waiting", "[Photo] Gheorghe Munteanu shows". */
    if ((s == 0 || tok(a, s - 1)->type == ST_TOK_BREAK || punct_is(a, s - 1, '.') ||
         punct_is(a, s - 1, ']') || punct_is(a, s - 1, ',')) &&
        e + 1 < n && is_word(a, e + 1) && (tok(a, e + 1)->flags & ST_TF_LOWER) &&
        !tk_is(a, e + 1, ST_WC_FUNCTION | ST_WC_PARTICLE) && !st_nm_run_is_org(a, s, e) &&
        !(role_word(a, e + 1) && e + 2 < n && is_cap(a, e + 2)) &&  /* "Orzeł Wrocław coach X" */
        !(r > 0 && is_word(a, r - 1) && tk_cue(a, r - 1, &cue)))
        return 1;   /* (not "said Clean Rivers Now would ...": a reported clause) */
    /* A caption's "Ruth Ann Thibodeaux outside the camper": a full name
     * opening a paragraph, its first word a known given name. */
    if (e > s && (s == 0 || tok(a, s - 1)->type == ST_TOK_BREAK || punct_is(a, s - 1, ':')) &&
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

/* The gender of a pronoun word: 'm', 'f', or 0. */
int st_nm_pronoun_gender(const char *w)
{
    /* Asked of every word after every name: most fail the first letter. */
    if (w[0] == 's')
        return strcmp(w, "she") == 0 ? 'f' : 0;
    if (w[0] != 'h')
        return 0;
    if (!strcmp(w, "he") || !strcmp(w, "him") || !strcmp(w, "his") || !strcmp(w, "himself"))
        return 'm';
    if (!strcmp(w, "her") || !strcmp(w, "hers") || !strcmp(w, "herself"))
        return 'f';
    return 0;
}

/* A person's gender as the text reveals it: the first gendered pronoun
 * outside quotes after their introduction, in the same paragraph, before
 * another name appears ("Kovács, who ..., said her ..." -> f).  The next
 * paragraph's "he said" may be anyone's.  0 when nothing tells. */
static int gender_after(const attrib *a, size_t e)
{
    size_t k, n = a->d->tk.n, len;
    for (k = e + 1; k < n && k < e + 40; k++) {
        int g;
        if (tok(a, k)->type == ST_TOK_BREAK)
            return 0;
        if (!is_word(a, k) || in_statement(a, k))
            continue;
        if (is_cap(a, k) && st_nm_name_continues(a, k) && k > e + 1)
            return 0;   /* someone else is named first */
        g = st_nm_pronoun_gender(st_fold_get(&a->d->folds, k, &len));
        if (g)
            return g;
    }
    return 0;
}

int st_nm_honorific(const char *w)
{
    static const struct { const char *word; int gender; } words[] = {
        {"mr", 'm'}, {"sir", 'm'}, {"lord", 'm'},
        {"mrs", 'f'}, {"ms", 'f'}, {"miss", 'f'}, {"madam", 'f'}, {"madame", 'f'},
        {"dame", 'f'}, {"lady", 'f'}, {"doña", 'f'},
        {"shri", 'm'}, {"thiru", 'm'}, {"smt", 'f'}, {"shrimati", 'f'}, {"kumari", 'f'},
        {"selvi", 'f'},
        {"dr", 1}, {"prof", 1}, {"professor", 1},
    };
    size_t i;
    for (i = 0; i < sizeof words / sizeof *words; i++)
        if (!strcmp(w, words[i].word))
            return words[i].gender;
    return 0;
}

/* A person's gender from the name itself, when the text has not shown it:
 * an honorific before it (Mr, Mrs, Ms), the given name (given_names.c), or
 * a Vietnamese middle name (Văn, Thị).  0 when nothing tells. */
static int gender_of_name(const attrib *a, size_t r, size_t s, size_t e)
{
    char w[WORD_MAX];
    size_t k;
    for (k = r; k < s; k++) {   /* the titles stripped from the run */
        int g = st_nm_honorific(lower(a, k, w));
        if (g == 'm' || g == 'f')
            return g;
    }
    if (e > s + 1) {
        lower(a, s + 1, w);
        if (!strcmp(w, "thị"))
            return 'f';
        if (!strcmp(w, "văn"))
            return 'm';
    }
    lower(a, s, w);
    return e > s ? st_gn_gender(w, strlen(w)) : 0;
}

/* A lone name ("Kovács", "Yıldırım now faces ...") that is the first or
 * last token of a person introduced earlier is a mention of that person:
 * it makes them the most recent antecedent for he/she. */
static void surname_mention(const attrib *a, entity *x)
{
    size_t k = a->nent, stop = k > ENTITY_WINDOW ? k - ENTITY_WINDOW : 0;
    while (k > stop) {
        const entity *y = &a->ent[--k];
        if (y->introduced && y->e > y->s && name_contains(a, y->s, y->e, x->s, x->e)) {
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
    const st_token *t;
    size_t k;
    if (e + 3 >= a->d->tk.n || !punct_is(a, e + 1, ',') || !is_word(a, e + 2) ||
        !(punct_is(a, e + 3, ',') || punct_is(a, e + 3, '.')))
        return 0;
    t = tok(a, e + 2);
    if (t->end - t->start > 3)
        return 0;
    for (k = t->start; k < t->end; k++)
        if (a->d->t->cp[k] < '0' || a->d->t->cp[k] > '9')
            return 0;
    return 1;
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
         * a credit's name ends the line or goes on "for"/"via" an outlet. */
        return !(e + 1 < n && is_word(a, e + 1) && (tok(a, e + 1)->flags & ST_TF_LOWER) &&
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

int st_nm_collect_entities(attrib *a)
{
    const st_tokens *tk = &a->d->tk;
    size_t i, k;
    for (i = 0; i < tk->n; i++) {
        size_t s;
        if (!is_cap(a, i) || in_statement(a, i) || st_nm_name_continues(a, i))
            continue;
        s = st_nm_strip_leading(a, st_nm_name_run_start(a, 0, i), i);
        if (s > i || i - s + 1 > NAME_TOKENS_MAX || st_nm_run_is_org(a, s, i))
            continue;
        /* "the Centre for African Fiscal Studies": the tail of an
         * organisation's name is no person. */
        if (st_nm_org_run_start(a, 0, i) < st_nm_name_run_start(a, 0, i))
            continue;
        if (s < i && st_nm_tk_title_word(a, i))
            continue;   /* "a French Renew Europe MEP": a role, not a name */
        for (k = st_nm_name_run_start(a, 0, i); k <= i && !tk_name_is(a, k, ST_WC_THING); k++)
            ;
        if (k <= i || credited(a, s, i) || credit_line(a, st_nm_name_run_start(a, 0, i), i))
            continue;   /* "Ganga Water Treaty", "Port Vila", a byline: not a speaker */
        if (tok(a, s)->start > 0 && a->d->is_mark[tok(a, s)->start - 1])
            continue;   /* the so-called “Yıldırım Revolution”: a term */
        if (st_grow((void **)&a->ent, &a->capent, a->nent, sizeof *a->ent))
            return -1;
        a->ent[a->nent].s = s;
        a->ent[a->nent].e = i;
        a->ent[a->nent].pos = tok(a, s)->start;
        a->ent[a->nent].introduced = introduced_person(a, s, i);
        a->ent[a->nent].gender = a->ent[a->nent].introduced ? gender_after(a, i) : 0;
        if (a->ent[a->nent].introduced && !a->ent[a->nent].gender)
            a->ent[a->nent].gender = gender_of_name(a, st_nm_name_run_start(a, 0, i), s, i);
        if (s == i && (subject_position(a, st_nm_name_run_start(a, 0, i)) ||
                       (i + 1 < tk->n && punct_is(a, i + 1, ','))))   /* "Appiah, now 58," */
            surname_mention(a, &a->ent[a->nent]);
        if (s == i && !a->ent[a->nent].introduced && aged(a, i)) {
            a->ent[a->nent].introduced = 1;     /* "furious Mehmet, 47," */
            a->ent[a->nent].gender = gender_after(a, i);
            if (!a->ent[a->nent].gender)
                a->ent[a->nent].gender = gender_of_name(a, s, s, s + 1);
        }
        a->nent++;
    }
    return 0;
}
