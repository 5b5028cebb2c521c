/* acronyms.c - the body that letters stand for: "the MEA said" after
 * "the Ministry of External Affairs (MEA)", "the WHO said" after "the
 * World Health Organization", "the FHW" after "Federatie Havenwerkers
 * (FHW)".  Asked by names.c and orgs.c whenever letters speak. */
#include "attrib_int.h"

#include <string.h>

size_t st_nm_initials_start(const attrib *a, size_t lo, size_t j, size_t acr, size_t len)
{
    size_t got = 0, k = j + 1, start = (size_t)-1;
    const uint32_t *cp = a->d->t->cp;
    while (k > lo && got < len) {
        k--;
        if (is_cap(a, k)) {
            if (cp[tok(a, k)->start] != cp[acr + len - 1 - got])
                return (size_t)-1;
            got++;
            start = k;
        } else if (!(is_word(a, k) && (st_token_is(a->d->t, tok(a, k), "of") ||
                                       st_token_is(a->d->t, tok(a, k), "and") ||
                                       st_token_is(a->d->t, tok(a, k), "for") ||
                                       st_token_is(a->d->t, tok(a, k), "the")))) {
            return (size_t)-1;
        }
    }
    return got == len && len > 1 ? start : (size_t)-1;
}

/* The code points of token at that spell an acronym: all of "WHO", the
 * "AIU" of "the AIU's decision"; 0 when it is none. */
static size_t acronym_length(const attrib *a, size_t at)
{
    const st_token *t = tok(a, at);
    const uint32_t *cp = a->d->t->cp;
    size_t len = t->end - t->start, k;
    if (t->flags & ST_TF_ALLCAPS)
        return len;
    if (len < 4 || !is_possessive(a, at))
        return 0;
    for (k = t->start; k < t->end - 2; k++)
        if (!st_cp_is_upper(cp[k]))
            return 0;
    return len - 2;
}

/* "the MEA said": the organisation the text spelled out before "(MEA)". */
char *st_nm_acronym_expansion(const attrib *a, size_t at)
{
    const st_tokens *tk = &a->d->tk;
    size_t lo = at > ACRONYM_BACK_TOKENS ? at - ACRONYM_BACK_TOKENS : 0, i, st;
    size_t acr = tok(a, at)->start, len = acronym_length(a, at);
    if (!len)
        return NULL;
    for (i = at; i > lo + 2; i--) {
        const st_token *c = tok(a, i - 1);
        size_t j = i - 3;
        if (!punct_is(a, i, ')') || !punct_is(a, i - 2, '(') || c->type != ST_TOK_WORD ||
            c->end - c->start != len ||
            memcmp(a->d->t->cp + c->start, a->d->t->cp + acr, len * sizeof *a->d->t->cp) != 0 ||
            !is_cap(a, j))
            continue;
        st = st_nm_org_run_start(a, lo, j);
        while (st < j && tk_name_is(a, st, ST_WC_FUNCTION))
            st++;
        if (j > st && st_nm_run_is_org(a, st, j))
            return st_nm_name_text(a, st, j);
        if ((st = st_nm_initials_start(a, lo, j, acr, len)) != (size_t)-1)
            return st_nm_name_text(a, st, j);
        /* "Federatie Havenwerkers (FHW)": a name of two words or more
         * defining the letters, though a compound word hides one of its
         * initials; its first letter is theirs, and it is no person's */
        st = st_nm_org_run_start(a, lo, j);
        while (st < j && tk_name_is(a, st, ST_WC_FUNCTION))
            st++;
        if (j > st && a->d->t->cp[tok(a, st)->start] == a->d->t->cp[acr] && !known_given(a, st) &&
            !(tok(a, st)->flags & ST_TF_ALLCAPS))
            return st_nm_name_text(a, st, j);
    }
    /* No "(WHO)" anywhere: an organisation named earlier whose capitals
     * spell it ("the World Health Organization" ... "the WHO said"). */
    for (i = at; i > lo; i--) {
        size_t j = i - 1;
        if (!is_cap(a, j) || (j + 1 < tk->n && is_cap(a, j + 1)) || in_statement(a, j) ||
            a->d->t->cp[tok(a, j)->start] != a->d->t->cp[acr + len - 1])
            continue;
        st = st_nm_initials_start(a, lo, j, acr, len);
        if (st != (size_t)-1 && st < j &&
            (st == lo || !is_cap(a, st - 1) || st_token_is(a->d->t, tok(a, st - 1), "the") ||
             is_possessive(a, st - 1)) &&   /* ("Britain's Information Commissioner's Office") */
            /* (three letters or more spelt in order are evidence enough:
             * "the JCS" of "South Korea's Joint Chiefs of Staff", which
             * has no organisation's head word) */
            (st_nm_run_is_org(a, st, j) || (len >= 3 && !known_given(a, st))))
            return st_nm_name_text(a, st, j);
    }
    return NULL;
}
