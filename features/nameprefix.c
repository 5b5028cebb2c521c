/* nameprefix.c - where a person's name starts in a capitalised run.
 *
 * A run of capitals before a cue or in an apposition holds titles
 * ("Transport Minister"), portfolios ("Minister of Energy and Minerals"),
 * descriptors ("Billionaire", "Mum-of-three"), places, acronyms and
 * bodies ("Head of the Presidential Administration") before the person's
 * own name; st_nm_strip_leading finds the name's first word.  The name
 * runs themselves are found in names.c. */
#include "attrib_int.h"
#include "given_names.h"

#include <string.h>

/* The last word of a ministry's portfolio: "Petroleum Affairs", "Water
 * Resources", "Rural Development". */
int st_nm_portfolio_tail(const char *w)
{
    static const char *const tails[] = { "affairs", "resources", "development", "relations",
        "security", "services", "planning", "investment", "industry", "industries", "trade",
        "energy", "petroleum", "mining", "minerals", "finance", "health", "education",
        "justice", "defence", "defense", "transport", "tourism", "culture", "agriculture",
        "environment", "communications", "infrastructure", "economy", "commerce", "labour",
        "labor", "welfare", "interior", "housing", "fisheries", "forestry", "water", "sport",
        "sports", "youth", "technology", "innovation", "cooperation", "integration",
        "coordination", "irrigation", "aviation", "livestock", "heritage", "electricity",
        "telecommunications", "mines", "lands", NULL };
    return word_in(w, tails);
}

/* "Semyonovich", "Pavlovna": a Russian, Ukrainian or Belarusian
 * patronymic, by its ending. */
static int patronymic(const attrib *a, size_t k)
{
    static const char *const ends[] = { "ovich", "evich", "yich", "ovna", "evna", "ichna",
                                        NULL };
    char w[WORD_MAX];
    size_t n = strlen(name_lower(a, k, w));
    return ends_in_any(w, n, ends);
}

/* A tabloid's descriptor before a name, capitalised as the sentence opens:
 * "Billionaire Harte", "Mum-of-three Kerry-Ann", "Pensioner Terry Mabbutt". */
static int descriptor_word(const attrib *a, size_t k)
{
    static const char *const words[] = { "billionaire", "millionaire", "tycoon", "mum", "dad",
                                         "grandmother", "grandfather", "pensioner", "firebrand",
                                         "widow", "widower", "skipper",
                                         /* a party to a case, as Indian court copy
                                          * styles one: "Petitioner Jadhav" */
                                         "petitioner", "respondent", "appellant",
                                         "complainant", "plaintiff", NULL };
    char w[WORD_MAX];
    lower(a, k, w);
    return word_in(w, words) || strstr(w, "-of-") != NULL;
}

/* Word classes no person's name is made of. */
#define NOT_A_NAME (ST_WC_ORG_HEAD | ST_WC_TITLE | ST_WC_PLACE | ST_WC_THING | ST_WC_FUNCTION | \
                    ST_WC_BUSINESS | ST_WC_TRADE | ST_WC_DOCUMENT)

size_t st_nm_strip_leading(const attrib *a, size_t s, size_t last)
{
    size_t k;
    /* "Transport Minister Nadia Karimi": everything up to the last title
     * word is the title, as long as a name is left after it. */
    for (k = last; k > s; k--) {
        if (st_nm_tk_title_word(a, k - 1) && !(tok(a, k - 1)->flags & ST_TF_LOWER)) {
            /* (not "Sheikh" inside a Somali or Sudanese name, after a
             * name word: "Minister Abdikarim Nur Sheikh Ali") */
            if (k >= 2 && k - 2 > s && is_cap(a, k - 2) && !st_nm_tk_title_word(a, k - 2) &&
                st_token_is(a->d->t, tok(a, k - 1), "sheikh"))
                continue;
            if (k - 1 > s && k <= last)
                s = k;
            break;
        }
    }
    while (s <= last) {
        if (s < last && (st_nm_tk_title_word(a, s) || descriptor_word(a, s) ||
                         tk_name_is(a, s, ST_WC_PLACE | ST_WC_FUNCTION) ||
                         ((tok(a, s)->flags & ST_TF_ALLCAPS) && !dotted_initials(a, s) &&
                          !st_nm_shouted_given_name(a, s) && !st_nm_caps_family_name(a, s, last))))
            s++;
        else if (s == last && ((tk_name_is(a, s, ST_WC_FUNCTION) && !is_acronym(a, s)) ||
                               st_nm_tk_title_word(a, s)))
            s++;
        else
            break;
    }
    /* "Head of the Presidential Administration Nazim Alakbarov": a
     * body's name, then a given name and a surname */
    for (k = s; k + 1 < last; k++)
        if (tk_name_is(a, k, ST_WC_ORG_HEAD) &&
            (known_given(a, k + 1) ||
             (k + 2 == last && !tk_name_is(a, k + 1, NOT_A_NAME) &&
              !tk_name_is(a, last, NOT_A_NAME) && last + 1 < a->d->tk.n &&
              !tk_is(a, last + 1, ST_WC_FUNCTION)))) {   /* (not "… Mission in the") */
            s = k + 1;
            break;
        }
    /* "Deputy Minister of Energy of the Russian Federation Arkady
     * Semyonovich Lyubimtsev": a patronymic (never last: "Abramovich" is a
     * surname) follows the given name, where the person's name starts. */
    for (k = s + 2; k < last; k++)
        if (patronymic(a, k) && is_cap(a, k - 1) && !tk_name_is(a, k - 1, ST_WC_FUNCTION)) {
            s = k - 1;
            break;
        }
    /* "Minister of Energy and Minerals Salim bin Nasser Al-Rawahi": after
     * of/for/and, a portfolio's last word runs into the name: a word that
     * is no given name, before one that is. */
    /* (the title word a portfolio may open with was dropped above:
     * "Minister of Foreign Affairs Rogelio X") */
    size_t p = s > 1 && is_cap(a, s - 1) && st_nm_tk_title_word(a, s - 1) ? s - 1 : s;
    /* (so were a place or an acronym opening it: "State Secretary for
     * European Affairs X", "for EU Affairs X") */
    if (p == s && p > 1 && is_cap(a, p - 1) &&
        (tk_name_is(a, p - 1, ST_WC_PLACE) || is_acronym(a, p - 1)))
        p--;
    if (s + 1 < last && p > 0 && is_word(a, p - 1) && !is_cap(a, p - 1) &&
        (st_token_is(a->d->t, tok(a, p - 1), "of") || st_token_is(a->d->t, tok(a, p - 1), "for") ||
         st_token_is(a->d->t, tok(a, p - 1), "and"))) {
        char w[WORD_MAX], g[WORD_MAX];
        int saint;
        name_lower(a, s, w);    /* (apart from strlen: argument order is unspecified) */
        name_lower(a, s + 1, g);
        saint = st_nm_saint_word(w);    /* "San Pedro de Quemes": a place */
        if (!saint && !st_gn_gender(w, strlen(w)) && st_gn_gender(g, strlen(g)) &&
            (p == s || st_nm_portfolio_tail(w)))
            s++;    /* (after a dropped title, only a portfolio's word: "Affairs") */
        else if (!saint && !st_gn_gender(w, strlen(w)) && s + 2 < last &&
                 st_nm_portfolio_tail(name_lower(a, s + 1, g))) {
            /* "Deputy Minister for Petroleum Affairs Faisal bin Rashid
             * Al-Otaibi": a portfolio of two words; or of one word or two
             * before a name no list gives ("for Foreign Affairs Wang Yi",
             * "for Parliamentary Affairs Rana Mushtaq Ahmad Noon") */
            s += 2;
        } else if (!saint && st_nm_portfolio_tail(w) && !st_gn_gender(w, strlen(w)))
            s++;
        else if (!saint && !st_gn_gender(w, strlen(w))) {
            /* "Minister for Inter-Provincial Coordination Rana Shahid
             * Mehmood": a portfolio of up to three words no list holds,
             * then a known given name and more of the name after it */
            size_t g1;
            /* (no particle among them: "Sultan bin Abdullah Al Kuwari"
             * is one name) */
            for (g1 = s + 1; g1 < last && g1 <= s + 3 && !known_given(a, g1) && !is_particle(a, g1);
                 g1++)
                ;
            if (g1 < last && g1 <= s + 3 && known_given(a, g1))
                s = g1;
        }
    }
    /* "Shopper Aisha Bello, 36,": a describing noun opening the sentence,
     * before a known given name. */
    if (s < last && (s == 0 || tok(a, s - 1)->type == ST_TOK_BREAK || punct_is(a, s - 1, '.') ||
                     punct_is(a, s - 1, ':')) &&
        !(s >= 2 && past_dotted_title(a, s - 2, last + 1) == s)) {
        /* (a dotted title's stop opens no sentence: "Dr. Naseer Ali
         * Bangash", whose given name is no agent noun) */
        char w[WORD_MAX];
        if (st_nm_agent_noun(lower(a, s, w))) {
            name_lower(a, s + 1, w);
            if (st_gn_gender(w, strlen(w)) || (s + 2 < last && tk_is(a, s, ST_WC_PERSON_NOUN)))
                s++;    /* (or a listed one before three names: "Vendor Yelitza Marcano Rojas") */
        }
    }
    return s;
}

/* "Sudan's Minister of Irrigation and Water Resources, Prof. X, said":
 * a name run after of/and/for that a title word before it in the
 * segment [seg, t.first) heads is a portfolio, not a person. */
int st_nm_portfolio_name(const attrib *a, size_t seg, subject t)
{
    size_t k;
    if (t.first <= seg || !is_word(a, t.first - 1) ||
        !(st_token_is(a->d->t, tok(a, t.first - 1), "of") ||
          st_token_is(a->d->t, tok(a, t.first - 1), "and") ||
          st_token_is(a->d->t, tok(a, t.first - 1), "for")))
        return 0;
    for (k = seg; k + 1 < t.first; k++)
        if (is_cap(a, k) && st_nm_tk_title_word(a, k))
            return 1;
    return 0;
}

/* Do the tokens [seg, r) before a name run hold only a title and its
 * portfolio, in capitals joined by of/for/and: "Minister of Justice"
 * before "Kossi Mawuli Agbodjan" ("Togo's agent, Minister of Justice
 * Kossi Mawuli Agbodjan, insisted")? */
int st_nm_titled_portfolio(const attrib *a, size_t seg, size_t r, size_t e)
{
    size_t k;
    if (r <= seg + 1 || !is_cap(a, seg) || !st_nm_tk_title_word(a, seg))
        return 0;
    for (k = r; k <= e; k++)
        if (tk_name_is(a, k, ST_WC_ORG_HEAD | ST_WC_BUSINESS | ST_WC_TRADE | ST_WC_THING))
            return 0;   /* (the name is a person's, not a firm's after the title) */
    for (k = seg + 1; k < r; k++)
        if (!(is_cap(a, k) || word_is(a, k, "of") || word_is(a, k, "for") ||
              word_is(a, k, "and")))
            return 0;
    return 1;
}
