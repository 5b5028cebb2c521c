/* namematch.c - may a short mention be a longer name's?
 *
 * "Li" of Li Qiang, "Salim Al-Rawahi" of Salim bin Nasser Al-Rawahi,
 * "Haikal" of Muhammad Haikal bin Zulkifli, "Ho" of Raymond Ho Chi-fai,
 * "dos Santos" of Rodrigo dos Santos Albuquerque, "Nana Agyeman" of Nana
 * Ofosuhene Agyeman III: the word orders of the world's names, asked by
 * names.c whenever a mention is matched to the people of an article. */
#include "attrib_int.h"

#include <string.h>

/* A romanised Chinese given name of two syllables joined by a hyphen,
 * the second in lower case: "Chi-fai", "Wai-lun". */
static int chinese_given(const attrib *a, size_t k)
{
    const uint32_t *cp = a->d->t->cp;
    size_t c, hy = 0, hyphens = 0;
    for (c = tok(a, k)->start; c < tok(a, k)->end; c++)
        if (cp[c] == '-') {
            hyphens++;
            hy = c;
        }
    return hyphens == 1 && hy > tok(a, k)->start + 1 && hy + 2 < tok(a, k)->end &&
           st_cp_is_upper(cp[tok(a, k)->start]) && st_cp_is_lower(cp[hy + 1]);
}

/* A Chinese given name's syllable written as a word of its own: "Jun",
 * "Wei", "Hui", "Min" (capitalised, two to four letters). */
static int short_syllable(const attrib *a, size_t k)
{
    const st_token *t = tok(a, k);
    return is_cap(a, k) && !(t->flags & ST_TF_ALLCAPS) && t->end - t->start >= 2 &&
           t->end - t->start <= 4;
}

/* "II", "III", "IV" after a name: an ordinal of a chief, a king or a
 * son, no word of the name its short forms use. */
static int regnal_numeral(const attrib *a, size_t k)
{
    const st_token *t = tok(a, k);
    size_t i;
    if (!(t->flags & ST_TF_ALLCAPS) || t->end - t->start > 4)
        return 0;
    for (i = t->start; i < t->end; i++)
        if (a->d->t->cp[i] != 'I' && a->d->t->cp[i] != 'V' && a->d->t->cp[i] != 'X')
            return 0;
    return 1;
}

/* Does the name run [s,e] contain the mention tokens [ms,me] as a token
 * prefix or suffix? */
int st_nm_name_contains(const attrib *a, size_t s, size_t e, size_t ms, size_t me)
{
    size_t n = e - s + 1, m = me - ms + 1, k, o;
    char x[WORD_MAX], y[WORD_MAX];
    int pre = 1, suf = 1;
    if (m > n)
        return 0;
    /* "Nana Agyeman" of Nana Ofosuhene Agyeman III: the name without its
     * ordinal, when the mention has none */
    if (e > s + 1 && regnal_numeral(a, e) && !regnal_numeral(a, me))
        return st_nm_name_contains(a, s, e - 1, ms, me);
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
    /* "Ho said" of Raymond Ho Chi-fai, "Chan" of Eric Chan Siu-ming: a
     * Hong Kong name, an English given name, the family name, then the
     * Chinese given name with its hyphen. */
    if (m == 1) {
        size_t g = e;   /* (past post-nominal letters: "Raymond Ho Chi-fai SC") */
        while (g > s + 2 && (tok(a, g)->flags & ST_TF_ALLCAPS) &&
               tok(a, g)->end - tok(a, g)->start <= 3)
            g--;
        if (g == s + 2 && chinese_given(a, g) &&
            strcmp(name_lower(a, g - 1, y), name_lower(a, ms, x)) == 0)
            return 1;
        /* "Koh" of Daniel Koh Jun Wei, as Singapore and Malaysia write
         * it: the Chinese given name in two short words, no hyphen */
        if (g == s + 3 && short_syllable(a, g) && short_syllable(a, g - 1) && known_given(a, s) &&
            strcmp(name_lower(a, s + 1, y), name_lower(a, ms, x)) == 0)
            return 1;
    }
    /* "Salim Al-Rawahi said" of Salim bin Nasser Al-Rawahi, "Faisal Al
     * Shehri" of Faisal bin Abdulaziz Al Shehri, "Glória Teixeira" of Maria
     * da Glória Nascimento Teixeira: two words or more of the name, in its
     * order, ending with its last word (middle names dropped). */
    if (m >= 2 && n > m && strcmp(name_lower(a, e, y), name_lower(a, me, x)) == 0) {
        size_t j = s;
        for (k = 0; k + 1 < m; k++) {
            name_lower(a, ms + k, x);
            while (j < e && strcmp(name_lower(a, j, y), x) != 0)
                j++;
            if (j >= e)
                break;
            j++;
        }
        if (k + 1 == m)
            return 1;
    }
    /* "dos Santos said" of Rodrigo dos Santos Albuquerque: a surname that
     * a particle opens may sit inside the full name; so may the first of
     * two surnames ("Elizondo" of Rocío Elizondo Garza, "Quiroga" of
     * Rosario Quiroga de la Fuente). */
    for (o = 1; o + m < n; o++) {
        if (!is_particle(a, s + o - 1) && !is_particle(a, s + o) &&
            !(m == 1 && o + 2 == n && is_cap(a, s) && is_cap(a, s + o) && is_cap(a, e)) &&
            !(m == 1 && o == 1 && is_cap(a, s) && is_cap(a, s + 1) && is_particle(a, s + 2)))
            continue;
        for (k = 0; k < m; k++)
            if (strcmp(name_lower(a, s + o + k, y), name_lower(a, ms + k, x)) != 0)
                break;
        if (k == m)
            return 1;
    }
    return 0;
}
