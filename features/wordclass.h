/* wordclass.h - closed word classes the speaker attributor relies on.
 *
 * Attribution needs to know a reporting verb from any verb, a title
 * ("Foreign Minister") or a place ("China") from a name, an organisation
 * ("ministry") from a person.  These are closed, language-level classes,
 * kept sorted here and looked up by binary search on the case-folded word. */
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

int st_wc_title(const char *w);        /* president, minister, ambassador */
int st_wc_place(const char *w);        /* china, chinese, beijing, europe */
int st_wc_org_head(const char *w);     /* ministry, office, kremlin, nato */
int st_wc_person_noun(const char *w);  /* spokesperson, official, analyst */
int st_wc_document(const char *w);     /* statement, report, readout */
int st_wc_particle(const char *w);     /* von, der, da, bin, al */
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
