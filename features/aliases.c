/* aliases.c - the other names an article gives a person.
 *
 * "Celestino Gómez Ayala, a Nivaclé leader better known by his nickname
 * “Kaiyó,”", "Senator Eduardo Guimarães Bastos, known in Minas Gerais
 * politics as Dudu Bastos", "Rhiannon “The Cardiff Cyclone” Pryce": a
 * later "Kaiyó told AMN" or "Dudu Bastos called the clause …" is that
 * person, under the name the text gave in full.  Collected once per
 * article (st_nm_collect_aliases), asked by st_nm_canonical_name. */
#include "attrib_int.h"

#include <string.h>

/* How far before "known … as" or "nickname" the person's name may end:
 * an apposition such as "a leader of the Quilombo Córrego Fundo community,
 * in the municipality of Araçuaí, and" runs long. */
#define ALIAS_BACK_TOKENS 40
/* Words of an alias: "Dudu Bastos", "The Cardiff Cyclone". */
#define ALIAS_WORDS 4

/* The capitalised run from token j on, past an opening mark and a
 * leading "The": its first and last tokens, or 0 when there is none. */
static int alias_run(const attrib *a, size_t j, size_t *s, size_t *e)
{
    size_t n = a->d->tk.n, k;
    if (j < n && mark_tok(a, j))
        j++;
    if (j + 1 < n && is_cap(a, j) && st_token_is(a->d->t, tok(a, j), "the") && is_cap(a, j + 1))
        j++;
    for (k = j; k < n && k < j + ALIAS_WORDS && is_word(a, k) && is_cap(a, k) && !in_statement(a, k);
         k++)
        ;
    if (k == j)
        return 0;
    *s = j;
    *e = k - 1;
    return 1;
}

/* The person introduced last before token at, by a name of two words or
 * more, in the same sentence and within ALIAS_BACK_TOKENS (not "Minas
 * Gerais" in "known in Minas Gerais politics as"); (size_t)-1 when none. */
static size_t person_before(const attrib *a, size_t at)
{
    size_t ei = st_nm_entity_index_at(a, tok(a, at)->start), k;
    for (; ei > 0; ei--) {
        const entity *x = &a->ent[ei - 1];
        if (x->e >= at || at - x->e > ALIAS_BACK_TOKENS)
            return (size_t)-1;
        if (x->introduced && x->e > x->s)
            break;
    }
    if (ei == 0)
        return (size_t)-1;
    for (k = a->ent[ei - 1].e + 1; k < at; k++)
        if (tok(a, k)->type == ST_TOK_BREAK || punct_is(a, k, '.') || in_statement(a, k))
            return (size_t)-1;
    return ei - 1;
}

static void add_alias(attrib *a, size_t s, size_t e, size_t ent)
{
    if (a->nalias < ALIAS_MAX) {
        a->aliases[a->nalias].s = s;
        a->aliases[a->nalias].e = e;
        a->aliases[a->nalias].ent = ent;
        a->nalias++;
    }
}

void st_nm_collect_aliases(attrib *a)
{
    const st_tokens *tk = &a->d->tk;
    size_t k, i, s, e, who;
    a->nalias = 0;
    for (k = 1; k < tk->n && a->nalias < ALIAS_MAX; k++) {
        const st_token *t = tok(a, k);
        size_t len = t->end - t->start;
        uint32_t c0 = a->d->t->cp[t->start];
        /* (most words are none of as, nickname(d) or a capital after a
         * mark: the length and first letter rule them out cheaply) */
        if (!(st_cp_is_upper(c0) ? tok(a, k - 1)->type == ST_TOK_PUNCT || len == 2
                                 : (len == 2 && c0 == 'a') || ((len == 8 || len == 9) && c0 == 'n') ||
                                       (len == 5 && c0 == 'a' && a->d->t->cp[t->start + 1] == 'l') ||
                                       (len == 6 && c0 == 'g' && a->d->t->cp[t->start + 1] == 'u')) ||
            !is_word(a, k) || in_statement(a, k))
            continue;
        if (st_token_is(a->d->t, tok(a, k), "as")) {
            /* "known as X", "better known in the region as X" */
            for (i = k; i > 0 && k - i < 6 && is_word(a, i - 1); i--)
                if (st_token_is(a->d->t, tok(a, i - 1), "known"))
                    break;
            if (i == 0 || !is_word(a, i - 1) || !st_token_is(a->d->t, tok(a, i - 1), "known") ||
                !alias_run(a, k + 1, &s, &e) || (who = person_before(a, i - 1)) == (size_t)-1)
                continue;
            add_alias(a, s, e, who);
        } else if (st_token_is(a->d->t, tok(a, k), "nickname") ||
                   st_token_is(a->d->t, tok(a, k), "nicknamed") ||
                   st_token_is(a->d->t, tok(a, k), "alias") ||
                   (k >= 2 && st_token_is(a->d->t, tok(a, k), "guerre") &&
                    st_token_is(a->d->t, tok(a, k - 1), "de") &&
                    st_token_is(a->d->t, tok(a, k - 2), "nom"))) {
            /* "better known by his nickname “Kaiyó”", "nicknamed “El Gato”",
             * "known by his nom de guerre “Aurelio Cárdenas”", "Juan
             * Ortiz, alias “El Mono”" */
            size_t j = k + 1;
            if (j < tk->n && punct_is(a, j, ','))
                j++;
            if (!alias_run(a, j, &s, &e) || (who = person_before(a, k)) == (size_t)-1)
                continue;
            add_alias(a, s, e, who);
        } else if (is_cap(a, k) && k >= 2 && (punct_is(a, k - 1, 0x2014) || punct_is(a, k - 1, 0x2013)) &&
                   is_cap(a, k - 2)) {
            /* "Adaeze Okafor — Dazé to her 14 million followers —": the
             * name others use, between dashes after the full name */
            size_t ei;
            if (!alias_run(a, k, &s, &e) || e + 1 >= tk->n || !word_is(a, e + 1, "to"))
                continue;
            ei = st_nm_entity_index_at(a, tok(a, k - 2)->start + 1);
            if (ei > 0 && a->ent[ei - 1].e == k - 2 && a->ent[ei - 1].s < k - 2)
                add_alias(a, s, e, ei - 1);
        } else if (is_cap(a, k) && mark_tok(a, k - 1) && k >= 2 && is_cap(a, k - 2)) {
            /* "Rhiannon “The Cardiff Cyclone” Pryce": a quoted nickname
             * inside the name */
            size_t c, ei;
            if (!alias_run(a, k - 1, &s, &e) || e + 2 >= tk->n || !mark_tok(a, e + 1) ||
                !is_cap(a, e + 2))
                continue;
            c = e + 2;
            while (c + 1 < tk->n && is_cap(a, c + 1) && c - e < 4)
                c++;
            ei = st_nm_entity_index_at(a, tok(a, c)->start + 1);
            if (ei > 0 && a->ent[ei - 1].e == c && a->ent[ei - 1].s < s)
                add_alias(a, s, e, ei - 1);
        }
    }
}

/* Do the tokens [ms, me] spell the alias x, word for word? */
static int spells(const attrib *a, size_t ms, size_t me, const name_alias *x)
{
    char w1[WORD_MAX], w2[WORD_MAX];
    size_t i;
    if (me - ms != x->e - x->s)
        return 0;
    for (i = 0; i <= me - ms; i++)
        if (strcmp(name_lower(a, ms + i, w1), name_lower(a, x->s + i, w2)) != 0)
            return 0;
    return 1;
}

const entity *st_nm_alias_of(const attrib *a, size_t ms, size_t me)
{
    char w1[WORD_MAX], w2[WORD_MAX];
    size_t i;
    /* (before the alias is given too: a headline's "Dazé is back" over
     * "Adaeze Okafor — Dazé to her 14 million followers —") */
    for (i = 0; i < a->nalias; i++)
        if (a->aliases[i].s != ms && spells(a, ms, me, &a->aliases[i]))
            return &a->ent[a->aliases[i].ent];
    /* "Cárdenas said" of the nom de guerre "Aurelio Cárdenas": a one-word
     * mention, the last word of an alias of a given name and a surname */
    for (i = 0; ms == me && i < a->nalias; i++)
        if (a->aliases[i].s < ms && a->aliases[i].e > a->aliases[i].s &&
            known_given(a, a->aliases[i].s) &&
            strcmp(name_lower(a, ms, w1), name_lower(a, a->aliases[i].e, w2)) == 0)
            return &a->ent[a->aliases[i].ent];
    return NULL;
}

/* How many entities back a surname in capitals looks for its person. */
#define CAPS_SURNAME_BACK 64

/* "SOUMANA said", "added Colonel SOUMANA" after "Colonel Abdourahamane
 * Hamidou SOUMANA": francophone copy sets a surname in capitals, which
 * alone would read as an acronym.  Is token s such a surname: the last
 * word, letter for letter, of a person's name of two words or more
 * before it, whose other words are not in capitals, and whom the text
 * introduces as a person (not "Four CCG vessels", "S.Korea's HBS")? */
int st_nm_caps_surname(const attrib *a, size_t s)
{
    size_t at = st_nm_entity_index_at(a, tok(a, s)->start), k;
    size_t lo = at > CAPS_SURNAME_BACK ? at - CAPS_SURNAME_BACK : 0;
    const st_token *t = tok(a, s);
    if (!(t->flags & ST_TF_ALLCAPS) || t->end - t->start < 3)
        return 0;
    for (k = at; k > lo; k--) {
        const entity *x = &a->ent[k - 1];
        const st_token *l = tok(a, x->e);
        if (x->e == x->s || x->e >= s || !x->introduced || (tok(a, x->s)->flags & ST_TF_ALLCAPS) ||
            l->end - l->start != t->end - t->start ||
            memcmp(a->d->t->cp + l->start, a->d->t->cp + t->start,
                   (t->end - t->start) * sizeof *a->d->t->cp) != 0)
            continue;
        return 1;
    }
    return 0;
}

/* How many entities back a role's letters look for their holder. */
#define ROLE_LETTERS_BACK 64

/* "The ASG responded" after "Additional Solicitor General Rajeshwar
 * Prasad Nirmal": letters in capitals that spell the capitalised title
 * words right before a person's name the text gave; that person, or
 * NULL. */
const entity *st_nm_role_letters(const attrib *a, size_t ms)
{
    const st_token *t = tok(a, ms);
    const uint32_t *cp = a->d->t->cp;
    size_t len = t->end - t->start, at = st_nm_entity_index_at(a, t->start), k;
    size_t lo = at > ROLE_LETTERS_BACK ? at - ROLE_LETTERS_BACK : 0;
    if (!(t->flags & ST_TF_ALLCAPS) || len < 2 || len > 5)
        return NULL;
    for (k = at; k > lo; k--) {
        const entity *x = &a->ent[k - 1];
        size_t r = x->s, got = 0;
        if (x->e == x->s || !x->introduced || x->s < len)
            continue;
        /* the title words before the name, one a letter, last to first */
        while (r > 0 && got < len && is_word(a, r - 1) && is_cap(a, r - 1) &&
               !(tok(a, r - 1)->flags & ST_TF_ALLCAPS) &&
               cp[tok(a, r - 1)->start] == cp[t->start + len - 1 - got]) {
            r--;
            got++;
        }
        if (got == len && st_nm_tk_title_word(a, x->s - 1))
            return x;
    }
    return NULL;
}
