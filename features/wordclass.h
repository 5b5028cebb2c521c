/* wordclass.h - closed word classes the speaker attributor relies on.
 *
 * Attribution needs to know a reporting verb from any verb, a title
 * ("Foreign Minister") or a place ("China") from a name, an organisation
 * ("ministry") from a person.  These are closed, language-level classes,
 * looked up in one hash table on the case-folded word (wordclass.c). */
#ifndef ST_WORDCLASS_H
#define ST_WORDCLASS_H

enum st_cue_type {
    ST_CUE_NONE = 0,
    ST_CUE_SAY,         /* said, told, warned: subject before or after */
    ST_CUE_QUOTED,      /* quoted X as saying / was quoted as saying */
    ST_CUE_ACCORDING,   /* according to X */
    ST_CUE_CALL,        /* called / described / branded the plan "..." */
    ST_CUE_SAYING,      /* participle: the subject is the main clause's */
};

/* Cue type of a case-folded word, and its canonical form for output. */
int st_wc_cue(const char *w, const char **canon);

/* The classes, as bits for st_wc_id_is. */
enum st_wc_class {
    ST_WC_TITLE = 1u << 0,
    ST_WC_PLACE = 1u << 1,
    ST_WC_ORG_HEAD = 1u << 2,
    ST_WC_PERSON_NOUN = 1u << 3,
    ST_WC_DOCUMENT = 1u << 4,       /* statement, report, readout */
    ST_WC_PARTICLE = 1u << 5,       /* von, der, da, bin, al */
    ST_WC_FUNCTION = 1u << 6,
    ST_WC_PRONOUN = 1u << 7,
    ST_WC_DETERMINER = 1u << 8,
    ST_WC_SKIPPABLE = 1u << 9,
    ST_WC_INVERTIBLE = 1u << 10,
    ST_WC_SPEECH = 1u << 11,
    ST_WC_ACCORDING = 1u << 12,
    ST_WC_QUOTED = 1u << 13,
    ST_WC_THING = 1u << 14,         /* treaty, river, summit: names no person */
    ST_WC_TRADE = 1u << 15,         /* mining, power, water: a business's name */
    ST_WC_BUSINESS = 1u << 16,      /* operator, lender, firm: says a name is a business's */
    ST_WC_OUTLET = 1u << 17,        /* daily, newspaper, published: ... an outlet's */
};

/* A word's entry in the table, found once and asked many times: the
 * attributor looks up each token of an article at most once (st_doc.wc) instead
 * of hashing the same word for each question.  ST_WC_NONE: in no class. */
typedef short st_wc_id;
#define ST_WC_NONE ((st_wc_id)-1)
st_wc_id st_wc_lookup(const char *w);
/* 1 when the word is in any of the classes in the mask. */
int st_wc_id_is(st_wc_id id, unsigned mask);
/* As st_wc_cue, for a looked-up word. */
int st_wc_id_cue(st_wc_id id, const char **canon);

int st_wc_title(const char *w);        /* president, minister, ambassador */
int st_wc_place(const char *w);        /* china, chinese, beijing, europe */
int st_wc_org_head(const char *w);     /* ministry, office, kremlin, nato */
int st_wc_person_noun(const char *w);  /* spokesperson, official, analyst */
int st_wc_function(const char *w);     /* the, on, but, monday, january */
int st_wc_pronoun(const char *w);      /* he, she, they, we, i */
int st_wc_determiner(const char *w);   /* the, a, an, its, his, their */
int st_wc_skippable(const char *w);

int st_wc_cue_invertible(const char *w);  /* said, added: "…,” said Li" */
int st_wc_cue_speech(const char *w);      /* said, told: sets who is talking */

/* Adjective of a case-folded country name ("china" -> "Chinese"), so that
 * "China's commerce ministry" is named "Chinese commerce ministry". */
const char *st_wc_demonym(const char *country);    /* also, later, has, was: between subject and verb */

#endif
