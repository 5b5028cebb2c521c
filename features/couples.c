/* couples.c - two people named with one surname: "Aoife and Pádraig Ó
 * Ceallaigh", "Mehmet and Deniz Aydın".
 *
 * A couple, two siblings or a parent and child are often introduced so,
 * and then quoted as "Aoife said", "Ms Ó Ceallaigh said": the first given
 * name has no surname of its own in the text, and the surname alone would
 * go to the second person, whose name is the only full one.
 * entities.c marks a name run so introduced with its partner's given name
 * (st_nm_couple_partner); st_nm_canonical_name asks st_nm_couple_name for
 * the partner's full name. */
#include "attrib_int.h"
#include "given_names.h"

#include <stdlib.h>
#include <string.h>

/* The given name's sex by the given-name list: 'm', 'f' or 0. */
static int given_sex(const attrib *a, size_t k)
{
    char w[WORD_MAX];
    name_lower(a, k, w);
    return st_gn_gender(w, strlen(w));
}

/* A capitalised word of mixed case, the last of its run: "Aoife" in
 * "Aoife and", not "Finance" in "Ministry of Finance and". */
static int lone_given_name(const attrib *a, size_t k)
{
    return is_word(a, k) && is_cap(a, k) && !(tok(a, k)->flags & ST_TF_ALLCAPS) &&
           !in_statement(a, k) && given_sex(a, k) &&
           !(k > 0 && is_word(a, k - 1) && is_cap(a, k - 1));
}

size_t st_nm_couple_partner(const attrib *a, size_t r, size_t s, size_t e)
{
    /* "X and Y Surname": the run begins at its given name (no title
     * stripped, which would name one of them alone), and X is in the
     * given-name list, so that "Britain and Theresa May" is no couple. */
    if (r != s || e <= s || s < 2 || !is_word(a, s - 1) ||
        !st_token_is(a->d->t, tok(a, s - 1), "and") || !lone_given_name(a, s - 2))
        return NO_PARTNER;
    return s - 2;
}

/* "Aoife" and the surname of the couple entity x: "Aoife Ó Ceallaigh". */
static char *partner_full_name(const attrib *a, const entity *x)
{
    char *given = st_nm_name_text(a, x->partner, x->partner);
    char *surname = st_nm_name_text(a, x->s + 1, x->e);
    char *out = NULL;
    if (given && surname && (out = malloc(strlen(given) + strlen(surname) + 2)) != NULL) {
        strcpy(out, given);
        strcat(out, " ");
        strcat(out, surname);
    }
    free(given);
    free(surname);
    return out;
}

/* The same word, case aside. */
static int same_word(const attrib *a, size_t i, size_t j)
{
    char w[WORD_MAX], v[WORD_MAX];
    return strcmp(name_lower(a, i, w), name_lower(a, j, v)) == 0;
}

/* The sex a courtesy title right before token ms gives ("Ms Ó
 * Ceallaigh", "Mr. Aydın"): 'm', 'f' or 0. */
static int honorific_before(const attrib *a, size_t ms)
{
    char w[WORD_MAX];
    size_t k = ms;
    int g;
    if (k > 1 && punct_is(a, k - 1, '.'))
        k--;
    if (k == 0 || !is_word(a, k - 1) || !is_cap(a, k - 1))
        return 0;
    g = st_nm_honorific(name_lower(a, k - 1, w));
    return g == 'm' || g == 'f' ? g : 0;
}

char *st_nm_couple_name(const attrib *a, size_t ms, size_t me, const entity *ref, size_t lo,
                        size_t hi, int *found)
{
    size_t k;
    int sex = 0, ref_sex = 0;
    *found = 0;
    if (ref) {
        sex = honorific_before(a, ms);
        ref_sex = ref->gender ? ref->gender : given_sex(a, ref->s);
        if (!sex || !ref_sex || ref_sex == sex)
            return NULL;
    } else if (ms != me) {
        return NULL;
    }
    for (k = hi; k > lo; k--) {
        const entity *x = &a->ent[k - 1];
        if (x->partner == NO_PARTNER)
            continue;
        if (!ref && same_word(a, ms, x->partner) && ms != x->partner) {
            *found = 1;     /* "Aoife said": the given name alone */
            return partner_full_name(a, x);
        }
        if (ref && given_sex(a, x->partner) == sex &&
            st_nm_name_contains(a, x->s + 1, x->e, ms, me)) {
            *found = 1;     /* "Ms Ó Ceallaigh said", the full name found a man's */
            return partner_full_name(a, x);
        }
    }
    return NULL;
}
