/* genders.c - what the text and a name tell of a person's sex.
 *
 * A pronoun's gender, the first pronoun after a person's introduction, a
 * courtesy title, a kin noun, a Vietnamese middle name, the given name
 * (given_names.c) and a surname's ending: entities.c asks these of every
 * person it collects, resolve.c of the pronouns it resolves. */
#include "attrib_int.h"
#include "given_names.h"

#include <string.h>

int st_nm_pronoun_gender(const char *w)
{
    /* Asked of every word after every name: most fail the first letter. */
    if (w[0] == 's')
        return strcmp(w, "she") == 0 || strcmp(w, "she's") == 0 || strcmp(w, "she'd") == 0
                   ? 'f'
                   : 0;
    if (w[0] == 'a')    /* French copy's "a-t-il", "a-t-elle" */
        return !strcmp(w, "a-t-il") ? 'm' : !strcmp(w, "a-t-elle") ? 'f' : 0;
    if (w[0] != 'h')
        return 0;
    if (!strcmp(w, "he") || !strcmp(w, "him") || !strcmp(w, "his") || !strcmp(w, "himself") ||
        !strcmp(w, "he's") || !strcmp(w, "he'd"))
        return 'm';
    if (!strcmp(w, "her") || !strcmp(w, "hers") || !strcmp(w, "herself"))
        return 'f';
    return 0;
}

/* A person's gender as the text reveals it: the first gendered pronoun
 * outside quotes after their introduction, in the same paragraph, before
 * another name appears ("Kovács, who ..., said her ..." -> f).  The next
 * paragraph's "he said" may be anyone's.  0 when nothing tells. */
int st_nm_gender_after(const attrib *a, size_t e)
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
        /* An object ("who took her on", "sent him a video") speaks of
         * someone else, and so may what follows it: nothing told ("said
         * her ministry" is the person's own). */
        if (g && (len == 3 && (st_token_is(a->d->t, tok(a, k), "him") ||
                               st_token_is(a->d->t, tok(a, k), "her"))) &&
            (k + 1 >= n || !is_word(a, k + 1) || tk_is(a, k + 1, ST_WC_FUNCTION)))
            return 0;
        /* An apposition's possessive ("Jean-Pierre Habimana, her deputy,")
         * is whose deputy he is: nothing told */
        if (g && k == e + 2 && punct_is(a, e + 1, ',') && len == 3 &&
            (st_token_is(a->d->t, tok(a, k), "her") || st_token_is(a->d->t, tok(a, k), "his")))
            return 0;
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
        {"mme", 'f'}, {"mlle", 'f'}, {"sra", 'f'}, {"srta", 'f'}, {"frau", 'f'},
        {"signora", 'f'}, {"herr", 'm'}, {"signor", 'm'}, {"puan", 'f'}, {"encik", 'm'},
        {"shri", 'm'}, {"thiru", 'm'}, {"smt", 'f'}, {"shrimati", 'f'}, {"kumari", 'f'},
        {"selvi", 'f'}, {"ratu", 'm'},
        {"dr", 1}, {"prof", 1}, {"professor", 1},
    };
    size_t i;
    /* (asked of many words: most open with a letter none of these does) */
    if (!w[0] || !strchr("defhklmprst", w[0]))
        return 0;
    for (i = 0; i < sizeof words / sizeof *words; i++)
        if (!strcmp(w, words[i].word))
            return words[i].gender;
    return 0;
}

/* "Kazlauskienė", "Nováková", "Temirbekova", "Kowalski": a surname whose
 * ending is a sex's in Baltic, Slavic and Central Asian usage; 0 else. */
static int surname_gender(const attrib *a, size_t e)
{
    static const char *const female[] = { "ienė", "aitė", "ytė", "utė", "ūtė", "ová", "ska",
                                           "cka", "ova", "eva", "ovna", "evna", NULL };
    static const char *const male[] = { "ski", "cki", "ov", "ev", "ovich", "evich", NULL };
    char w[WORD_MAX];
    size_t n = strlen(name_lower(a, e, w));
    /* (every ending above ends in a, á, ė, i, v or h: most names stop here) */
    if (n < 3 || !strchr("aivh\xA1\x97", w[n - 1]))
        return 0;
    return ends_in_any(w, n, female) ? 'f' : ends_in_any(w, n, male) ? 'm' : 0;
}

/* A person's gender from the name itself, when the text has not shown it:
 * an honorific before it (Mr, Mrs, Ms), a kin noun ("whose brother
 * Omer"), a Vietnamese middle name (Văn, Thị), the given name
 * (given_names.c) or the surname's ending.  0 when nothing tells. */
int st_nm_gender_of_name(const attrib *a, size_t r, size_t s, size_t e)
{
    char w[WORD_MAX];
    size_t k;
    for (k = r; k < s; k++) {   /* the titles stripped from the run */
        int g = st_nm_honorific(lower(a, k, w));
        if (g == 'm' || g == 'f')
            return g;
    }
    /* "whose brother Omer, 23,", "her daughter Mai": the kin noun before
     * the name */
    if (r > 0 && is_word(a, r - 1) && !is_cap(a, r - 1) &&
        tok(a, r - 1)->end - tok(a, r - 1)->start >= 3) {
        int sex = kin_sex(lower(a, r - 1, w));
        if (sex > 0)
            return sex;
    }
    if (e > s + 1) {
        lower(a, s + 1, w);
        if (!strcmp(w, "thị"))
            return 'f';
        if (!strcmp(w, "văn"))
            return 'm';
    }
    lower(a, s, w);
    if (e > s && (k = (size_t)st_gn_gender(w, strlen(w))) != 0)
        return (int)k;
    return e > s ? surname_gender(a, e) : 0;
}

/* "Ní Bhriain", "Nic Giolla", "Uí Mhurchú": an Irish surname so formed
 * is a daughter's or a wife's, whatever pronoun follows ("Ní Bhriain’s
 * remarks. He was not impressed" is about someone else); 0 for any other
 * name ("Ó" is no son's only: "Niamh Ó Riordáin"). */
int st_nm_irish_surname_female(const attrib *a, size_t s, size_t e)
{
    char w[WORD_MAX];
    size_t k;
    for (k = s; k < e; k++) {
        const st_token *t = tok(a, k);
        if (t->end - t->start > 3)
            continue;   /* (the particles are short: most words stop here) */
        lower(a, k, w);
        if (!strcmp(w, "ní") || !strcmp(w, "nic") || !strcmp(w, "uí"))
            return 'f';
    }
    return 0;
}
