/* names.c - the names of an article's people.
 *
 * Name runs (capitalised words and particles, titles and places stripped)
 * and a mention's fullest form ("Xi" -> "Xi Jinping", the Li introduced
 * most recently).  Which runs are people, introduced and with what
 * gender, is in entities.c; whether a short mention can be a longer
 * name's in namematch.c; who a role stands for in roles.c,
 * organisations' names in orgs.c. */
#include "attrib_int.h"
#include "given_names.h"

#include <stdio.h>

/* How many words a quoted nickname inside a name may have: Lee 'Bulldog'
 * Hartnell, Daniel 'The Tank' Okafor. */
#define NICKNAME_WORDS 3

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

/* "En Route" at token k, as the White House heads its transcripts in
 * capitals ("Press Gaggle by Press Secretary Renata Sallow En Route
 * Pittsburgh, PA"): it ends the name before it. */
static int en_route_at(const attrib *a, size_t k)
{
    const st_token *t = tok(a, k);
    /* (asked of every step of a name run: the length and first letter
     * rule out nearly every token before a comparison) */
    return t->end - t->start == 2 && (a->d->t->cp[t->start] | 0x20) == 'e' &&
           k + 1 < a->d->tk.n && is_cap(a, k + 1) && word_is(a, k, "en") &&
           word_is(a, k + 1, "route");
}

/* A name run ending at token `last`: capitalised words and particles, and
 * a quoted nickname between two of its words. */
/* Does the run ending at token e go on, past a plural possessive, to a
 * body's head word: "Shipbuilding Workers’ Union", "Flat Steel
 * Producers' Council", "Seafarers' Justice Network" (the apostrophe a
 * token of its own)?  Such a body's
 * run is no person's name. */
int st_nm_plural_possessive_body(const attrib *a, size_t e)
{
    const uint32_t *cp = a->d->t->cp;
    uint32_t m;
    char w[WORD_MAX];
    size_t h;
    if (e + 2 >= a->d->tk.n || tok(a, e + 1)->type != ST_TOK_PUNCT ||
        tok(a, e + 1)->start != tok(a, e)->end || cp[tok(a, e)->end - 1] != 's' ||
        !is_cap(a, e) || !is_cap(a, e + 2))
        return 0;
    /* the head may come a word or two on: "Seafarers' Justice Network" */
    for (h = e + 2; h < e + 5 && h + 1 < a->d->tk.n && !tk_is(a, h, ST_WC_ORG_HEAD) &&
                    is_cap(a, h + 1) && !in_statement(a, h + 1);
         h++)
        ;
    if (!tk_is(a, h, ST_WC_ORG_HEAD) || !is_cap(a, h))
        return 0;
    m = cp[tok(a, e + 1)->start];
    /* (not a country's: "Laos’ Ministry of Energy" is the Lao ministry) */
    return (m == '\'' || m == 0x2019) && !st_wc_demonym(lower(a, e, w));
}

size_t st_nm_name_run_start(const attrib *a, size_t lo, size_t last)
{
    size_t s = last;
    while (s > lo && !in_statement(a, s - 1) && last - s + 1 < 8) {
        size_t q = s - 1, nick;
        if (is_cap(a, q)) {
            /* "… En Route Pittsburgh": the place alone; the name before
             * "En Route" ends there */
            if ((q > lo && en_route_at(a, q - 1)) || en_route_at(a, q))
                break;
            /* a possessive ends the run before it: "Chepkurui's
             * Kenyan-born coach" holds no name "Chepkurui's Kenyan-born" */
            if (fold_possessive(a, q) && (hyphenated(a, s) || known_given(a, s)))
                break;  /* (and "CDC's Aminata Diallo": the person after it) */
            s = q;
            continue;
        }
        if (q > lo && initial_at(a, q - 1) && !in_statement(a, q - 1)) {
            s = q - 1;
            continue;
        }
        /* "Brackley & Dunn", "Procter & Gamble": a firm's two names; "Flat
         * Steel Producers' Council", a body's */
        if (q > lo && (punct_is(a, q, '&') || st_nm_plural_possessive_body(a, q - 1)) &&
            is_cap(a, q - 1) && !in_statement(a, q - 1)) {
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
    if (k + 1 < n && (punct_is(a, k, '&') || st_nm_plural_possessive_body(a, i)) && is_cap(a, k + 1))
        return k + 1;
    if (k < n && is_cap(a, k))
        return en_route_at(a, k) ? (size_t)-1 : k;
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
    /* "Del. Thuy Linh Pham", a delegate: with its full stop only, never
     * the particle of "Guillermo Del Toro" */
    if (i + 2 < a->d->tk.n && punct_is(a, i + 1, '.') && tok(a, i + 1)->start == tok(a, i)->end &&
        is_cap(a, i + 2) && st_token_is(a->d->t, tok(a, i), "del"))
        return 1;
    /* "Ing. Verónica Tórrez", "Lic. Franz Mamani": Spanish titles, with
     * their stop (never the bank ING) */
    if (i + 1 < a->d->tk.n && punct_is(a, i + 1, '.') && tok(a, i + 1)->start == tok(a, i)->end &&
        st_cp_spanish_title(a->d->t->cp + tok(a, i)->start, tok(a, i)->end - tok(a, i)->start))
        return 1;
    f = st_fold_get(&a->d->folds, i, &n);
    if (!memchr(f, '-', n))
        return 0;   /* not a title, and no hyphen parts to try */
    return st_nm_title_word(name_lower(a, i, w));
}

/* "GARY Whitlock accused …": a tabloid's lead sets its first word in
 * capitals; a known given name so set, before a word in mixed case, is
 * the name's own first word (not two capitals, an office's letters:
 * "CEO and MD Venkatesh K. Raghavan", though "Md" opens a Bangladeshi
 * name). */
int st_nm_shouted_given_name(const attrib *a, size_t s)
{
    return (tok(a, s)->flags & ST_TF_ALLCAPS) && tok(a, s)->end - tok(a, s)->start > 2 &&
           s + 1 < a->d->tk.n && is_cap(a, s + 1) &&
           !(tok(a, s + 1)->flags & ST_TF_ALLCAPS) && known_given(a, s);
}

int st_nm_caps_family_name(const attrib *a, size_t s, size_t last)
{
    const st_token *t = tok(a, s);
    return last == s + 1 && s > 0 && (t->flags & ST_TF_ALLCAPS) && t->end - t->start >= 3 &&
           !dotted_initials(a, s) && is_word(a, s - 1) && st_nm_tk_title_word(a, s - 1) &&
           is_cap(a, last) && !(tok(a, last)->flags & ST_TF_ALLCAPS);
}

int st_nm_run_is_org(const attrib *a, size_t s, size_t last)
{
    size_t i;
    for (i = s; i <= last; i++)
        if (tk_name_is(a, i, ST_WC_ORG_HEAD) && !is_particle(a, i))
            return 1;   /* (the Welsh "ap" of "Rhodri ap Gwilym" is no news agency) */
    if (s == last && (tk_name_is(a, s, ST_WC_PLACE) ||
                      ((tok(a, s)->flags & ST_TF_ALLCAPS) && !st_nm_caps_surname(a, s) &&
                       !st_nm_role_letters(a, s))))
        return 1;   /* "Beijing said", "NATO said" (not "SOUMANA said", a surname,
                       nor "the ASG said", a role's letters) */
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
    /* (not "Navkaar Technologies CEO and MD Venkatesh K. Raghavan": an
     * acronym's title before "and" joins two titles, not two names) */
    if (st_token_is(a->d->t, tok(a, st - 1), "and") &&
        (tok(a, st - 2)->flags & ST_TF_ALLCAPS) && st_nm_tk_title_word(a, st - 2))
        return 0;
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

/* Does the run [st, j] open with a given name, or hold a title and a
 * given name after it ("Cllr Mark Oduya", "National Economic Council
 * Director Tomás Ibáñez")?  Then it ends in a person, whatever
 * organisation its words name. */
static int run_names_person(const attrib *a, size_t st, size_t j)
{
    size_t t;
    int org_end;
    if (st >= j || !is_cap(a, st))
        return 0;
    if (known_given(a, st))
        return 1;
    org_end = tk_name_is(a, j, ST_WC_ORG_HEAD | ST_WC_TRADE);
    for (t = st; t < j; t++) {
        char w[WORD_MAX];
        if ((st_nm_tk_title_word(a, t) && known_given(a, t + 1)) ||
            (t > st && !org_end && known_given(a, t)))
            return 1;   /* (or a given name after a portfolio: "Foreign Affairs Rogelio X") */
        /* (or two words after a portfolio's last: "for EU Affairs Gergely
         * Nagy", whose given name no list gives) */
        if (t > st && !org_end && t + 2 == j && st_nm_portfolio_tail(name_lower(a, t, w)) &&
            !tk_name_is(a, t + 1, ST_WC_ORG_HEAD | ST_WC_PLACE | ST_WC_TITLE))
            return 1;
    }
    return 0;
}

/* Does the run [st, j] hold, after its first word, a given name that
 * another capital follows ("Foreign Affairs Samir Hasanzade"), not just
 * a word a given name may be ("Marine Studies", "Trade and Industry")? */
static int given_name_inside(const attrib *a, size_t st, size_t j)
{
    size_t t;
    for (t = st + 1; t < j; t++)
        if (known_given(a, t) && is_cap(a, t + 1) &&
            !tk_name_is(a, t + 1, ST_WC_ORG_HEAD | ST_WC_PLACE | ST_WC_TITLE))
            return 1;
    return 0;
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
    /* (a person after "and" stays one: "Renata Sallow and National
     * Economic Council Director Tomás Ibáñez"; so does one after a
     * title's portfolio, whose acronym may be an organisation's: "Minister
     * for EU Affairs Anna Kovac", or a body's: "Head of the Press Service of
     * the Ministry of Foreign Affairs Samir Hasanzade") */
    while (st_nm_of_joins_org(a, lo, st, j) &&
           !((st_token_is(a->d->t, tok(a, st - 1), "and") || st_nm_tk_title_word(a, st - 2)) &&
             run_names_person(a, st, j)) &&
           !(tk_name_is(a, st - 2, ST_WC_ORG_HEAD) && given_name_inside(a, st, j)))
        st = st_nm_name_run_start(a, lo, st - 2);
    /* "Ministry of Trade, Industry and Energy": a list of portfolios after
     * "of", its items joined by commas and a last "and" (which the run
     * itself may hold: "Industry and Services" names an organisation). */
    for (m = st, and_seen = 0; m < j && !and_seen; m++)
        and_seen = st_token_is(a->d->t, tok(a, m), "and");
    /* (not a person's name after the list: "Cabinet Member for Highways
     * and Transport, Cllr Mark Oduya,": run_names_person) */
    int person = -1;    /* asked only when a list is there to join */
    for (m = st, items = 0;
         items < 6 && m >= lo + 2 && is_cap(a, m - 2) &&
         (punct_is(a, m - 1, ',') || st_token_is(a->d->t, tok(a, m - 1), "and"));
         items++) {
        if (person < 0)
            person = run_names_person(a, st, j);
        if (person)
            break;
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
        if (person < 0)
            person = run_names_person(a, st, j);
        if (person)
            break;  /* (a person ends the run: it joins no organisation) */
        m = st_nm_name_run_start(a, lo, m - 2);
        if (st_nm_run_is_org(a, m, j)) {
            st = m;
            goto again;
        }
    }
    /* "the Foreign, Commonwealth and Development Office": a list of
     * adjectives opens the name after its article (not "the Treasury,
     * Foreign Office and Home Office", whose first item is a body). */
    if (st >= lo + 3 && st < j && punct_is(a, st - 1, ',') && is_cap(a, st - 2) &&
        word_is(a, st - 3, "the") && tk_name_is(a, j, ST_WC_ORG_HEAD) &&
        !tk_name_is(a, st - 2, ST_WC_ORG_HEAD | ST_WC_PLACE | ST_WC_BUSINESS)) {
        for (m = st; m < j && !st_token_is(a->d->t, tok(a, m), "and"); m++)
            ;
        if (m < j)
            st -= 2;
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

/* A person's name set wholly in capitals, as a transcript's label
 * prints it ("JOAQUÍN ECHEVERRÍA SOLÍS"): two or more words, every one
 * in capitals, the first a listed given name (so no "BBC NEWS"). */
static int shouted_full_name(const attrib *a, size_t first, size_t last)
{
    size_t k;
    if (first >= last)
        return 0;
    for (k = first; k <= last; k++)
        if (!(tok(a, k)->flags & ST_TF_ALLCAPS))
            return 0;
    return known_given(a, first);
}

/* Lowers, in place, every letter of the UTF-8 string s that does not
 * open a word or follow a hyphen or apostrophe: "MARCHAND-AZIZ" becomes
 * "Marchand-Aziz", "O'NEILL" "O'Neill".  Lower case is never longer in
 * UTF-8 than st_cp_lower's upper case, so the string only shrinks. */
static void name_case(char *s)
{
    const unsigned char *r = (const unsigned char *)s;
    char *w = s;
    size_t left = strlen(s);
    int opens = 1;
    while (left) {
        uint32_t c;
        size_t n = st_utf8_seq(r, left, &c);
        if (n == 0) {
            *w++ = (char)*r++;  /* (names come from decoded text; kept as is) */
            left--;
            continue;
        }
        r += n;
        left -= n;
        if (!opens)
            c = st_cp_lower(c);
        opens = c == ' ' || c == '-' || c == '\'' || c == 0x2019;
        w += st_utf8_put(c, w);
    }
    *w = '\0';
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
    if (first < last && st_nm_shouted_given_name(a, first)) {
        /* "GARY Whitlock" is Gary Whitlock (ASCII capitals only) */
        char *p = s + 1;
        for (; *p && *p != ' '; p++)
            if (*p >= 'A' && *p <= 'Z')
                *p = (char)(*p - 'A' + 'a');
    } else if (shouted_full_name(a, first, last)) {
        name_case(s);
    }
    n = strlen(s);
    if (n > 2 && s[n - 1] == 's' && (s[n - 2] == '\'' ))
        s[n - 2] = '\0';
    else if (n > 4 && s[n - 1] == 's' && (unsigned char)s[n - 2] == 0x99 &&
             (unsigned char)s[n - 3] == 0x80 && (unsigned char)s[n - 4] == 0xE2)
        s[n - 4] = '\0';
    return s;
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
/* "S. Tulegenov" of Serik Tulegenov, "A. B. Karimov" of Aziz Bakhtiyor
 * Karimov: initials, then the surname, whose letters open the entity's
 * first words in order (the agencies of the former Soviet Union write a
 * name so once it is given whole). */
static int initials_of_name(const attrib *a, const entity *x, size_t ms, size_t me)
{
    const uint32_t *cp = a->d->t->cp;
    char w[WORD_MAX], m[WORD_MAX];
    size_t k = ms, g = x->s;
    if (me < ms + 1 || !(initial_at(a, ms) || dotted_initials(a, ms)) || x->e <= x->s ||
        initial_at(a, x->s) || dotted_initials(a, x->s) ||
        strcmp(name_lower(a, x->e, w), name_lower(a, me, m)) != 0)
        return 0;   /* (another "S. Tulegenov", or itself, is no fuller form) */
    while (k < me) {
        if (initial_at(a, k) && k + 1 < me && punct_is(a, k + 1, '.')) {
            if (g >= x->e || !is_word(a, g) ||
                st_cp_lower(cp[tok(a, k)->start]) != st_cp_lower(cp[tok(a, g)->start]))
                return 0;
            k += 2;
            g++;
        } else if (dotted_initials(a, k)) {
            /* "J.R. Nurmatov" of Jahongir Rustamovich Nurmatov: one token */
            size_t c;
            for (c = tok(a, k)->start; c < tok(a, k)->end; c += 2, g++)
                if (g >= x->e || !is_word(a, g) ||
                    st_cp_lower(cp[c]) != st_cp_lower(cp[tok(a, g)->start]))
                    return 0;
            k++;
        } else {
            return 0;
        }
    }
    return 1;
}

/* Can the longer name x be the one the mention [ms,me] stands for?  A
 * given name said alone ("Mehmet") is not the end of a two-word run that
 * opens a sentence or caption with a word that is no given name: "Proud
 * Mehmet" there is an adjective and a name, and the man is "Mehmet Aydın"
 * ("Ibrahim Mukhtar Adam" stays the fullest form of "Adam"). */
/* Does [s, e] hold an ampersand: a firm's name ("Rao & Sethi"), no
 * fuller form of a surname's ("Rao said"), though it may be of a
 * name of two words ("Kanaab Resort" for "Grand Kanaab Resort & Spa")? */
int st_nm_holds_ampersand(const attrib *a, size_t s, size_t e)
{
    for (; s <= e; s++)
        if (punct_is(a, s, '&'))
            return 1;
    return 0;
}

static int fuller_form(const attrib *a, const entity *x, size_t ms, size_t me)
{
    char w[WORD_MAX], m[WORD_MAX];
    if (initials_of_name(a, x, ms, me))
        return 1;
    if (x->e - x->s <= me - ms || !st_nm_name_contains(a, x->s, x->e, ms, me) ||
        (ms == me && st_nm_holds_ampersand(a, x->s, x->e)))
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

int st_nm_has_fuller_form(const attrib *a, size_t ms, size_t me)
{
    size_t at = st_nm_entity_index_at(a, tok(a, ms)->start), k;
    size_t lo = at > ENTITY_WINDOW ? at - ENTITY_WINDOW : 0;
    for (k = at; k > lo; k--)
        if (fuller_form(a, &a->ent[k - 1], ms, me))
            return 1;
    return 0;
}

static int all_caps(const attrib *a, size_t s, size_t e)
{
    size_t k;
    for (k = s; k <= e; k++)
        if (is_word(a, k) && !(tok(a, k)->flags & ST_TF_ALLCAPS))
            return 0;
    return 1;
}

/* Is [s, e] a person's name of two or more words printed in capitals
 * only ("THE HON. KATRINA DOYLE MLA" gives "KATRINA DOYLE"): every word
 * of two letters or more with a vowel, none a word no name is made of?
 * It is published as the name is written in mixed case. */
static int shouted_person(const attrib *a, size_t s, size_t e)
{
    const uint32_t *cp = a->d->t->cp;
    size_t k, c, words = 0;
    if (e <= s || !all_caps(a, s, e))
        return 0;
    for (k = s; k <= e; k++) {
        int vowel = 0;
        if (!is_word(a, k))
            continue;
        if (tok(a, k)->end - tok(a, k)->start < 2 ||
            tk_name_is(a, k, ST_WC_ORG_HEAD | ST_WC_TITLE | ST_WC_FUNCTION | ST_WC_PRONOUN |
                                 ST_WC_DOCUMENT | ST_WC_THING | ST_WC_PLACE | ST_WC_SPEECH |
                                 ST_WC_BUSINESS | ST_WC_TRADE))
            return 0;
        for (c = tok(a, k)->start; c < tok(a, k)->end && !vowel; c++)
            vowel = cp[c] >= 0x80 || (cp[c] && strchr("AEIOUY", (int)cp[c]) != NULL);
        if (!vowel && !(k < e && punct_is(a, k + 1, '.')))
            return 0;   /* (but an abbreviation's letters: "MD. IQBAL ANSARI") */
        words++;
    }
    return words >= 2;
}

/* Does a title word like token t stand within the three tokens before
 * entity x ("Dr." of "Dr. Moumita Chakraborty")? */
static int titled_with(const attrib *a, const entity *x, size_t t)
{
    char w1[WORD_MAX], w2[WORD_MAX];
    size_t j = x->s > 3 ? x->s - 3 : 0;
    name_lower(a, t, w1);
    for (; j < x->s; j++)
        if (is_word(a, j) && strcmp(name_lower(a, j, w2), w1) == 0)
            return 1;
    return 0;
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
    if (ref && ms == me && ms >= 2) {
        /* "Dr. Chakraborty said" after "Dr. Moumita Chakraborty, a
         * hydrologist" and "Tapan Chakraborty … Mr. Chakraborty said": the
         * one the same title introduced, not the one named last */
        size_t t = punct_is(a, ms - 1, '.') ? ms - 2 : ms - 1;
        if (is_word(a, t) && is_cap(a, t) && st_nm_tk_title_word(a, t) && !titled_with(a, ref, t))
            for (k = lo; k < hi; k++)
                if (fuller_form(a, &a->ent[k], ms, me) && titled_with(a, &a->ent[k], t)) {
                    ref = &a->ent[k];
                    break;
                }
    }
    if (!ref && all_caps(a, ms, me)) {
        /* "MURAT YILMAZ:" labelling a transcript line is the Murat Yilmaz
         * of the text: the same words, written in mixed case. */
        for (k = lo; k < hi && !ref; k++) {
            const entity *x = &a->ent[k];
            if (x->e - x->s == me - ms && !all_caps(a, x->s, x->e) &&
                st_nm_name_contains(a, x->s, x->e, ms, me))
                ref = x;
        }
    }
    if (!ref)
        ref = st_nm_alias_of(a, ms, me);   /* "Kaiyó told AMN" */
    {
        int couple;
        char *partner = st_nm_couple_name(a, ms, me, ref, lo, hi, &couple);
        if (couple)
            return partner;     /* "Aoife said" of "Aoife and Pádraig Ó Ceallaigh" */
    }
    if (!ref && ms == me)
        ref = st_nm_role_letters(a, ms);   /* "the ASG responded" */
    if (!ref && ms == me) {
        /* "according to the AIU's written decision" */
        char *full = st_nm_acronym_expansion(a, ms);
        if (full)
            return full;
    }
    if (!ref) {
        char *text = st_nm_name_text(a, ms, me);
        if (text && shouted_person(a, ms, me))
            name_case(text);    /* "KATRINA DOYLE", named only in capitals */
        /* The mention is the fullest form itself: its gender where the
         * text and the given name agree ("Anna Novak says she …" is a
         * woman's event, so a later "he" is not hers; a pronoun after a
         * name may be another's: "Helen Quayle, defending, said Colley
         * had … his gambling") */
        if (gender) {
            size_t x = st_nm_entity_index_at(a, tok(a, ms)->start);
            if (x < a->nent && a->ent[x].s == ms && a->ent[x].e == me && a->ent[x].gender &&
                st_nm_gender_of_name(a, st_nm_name_run_start(a, 0, me), ms, me) == a->ent[x].gender)
                *gender = a->ent[x].gender;
        }
        return text;
    }
    if (gender)
        *gender = ref->gender;
    best = ref;
    for (k = lo; k < hi; k++) {
        const entity *x = &a->ent[k];
        if (x->e - x->s > best->e - best->s && st_nm_name_contains(a, x->s, x->e, ref->s, ref->e) &&
            (ref->s < ref->e || !st_nm_holds_ampersand(a, x->s, x->e)))
            best = x;
    }
    if (gender && !*gender)
        *gender = best->gender;
    return st_nm_name_text(a, best->s, best->e);
}

/* A saint's word opening a place's name: "San", "Santa", "São", "St". */
int st_nm_saint_word(const char *w)
{
    static const char *const saints[] = { "san", "santa", "santo", "são", "st", "saint",
                                          "sainte", "sant", NULL };
    return word_in(w, saints);
}

/* An agent noun: "cheesemaker", "distributor", "campaigner". */
int st_nm_agent_noun(const char *w)
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
