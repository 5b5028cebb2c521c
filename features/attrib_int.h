/* attrib_int.h - what the speaker attributor's files share: cues.c
 * (reporting cues), attrib.c (the driver), resolve.c (subject to
 * speaker), subjects.c (a cue's subject), attrib_near.c (speakers named
 * around an uncued quote), names.c and entities.c (name runs, the people
 * of an article), aliases.c (their other names), orgs.c (organisations)
 * and roles.c (who a role noun stands for).  Internal; not part of any
 * public interface. */
#ifndef ST_ATTRIB_INT_H
#define ST_ATTRIB_INT_H

#include "quotes.h"
#include "../core/util.h"
#include "wordclass.h"
#include "given_names.h"

#include <stdlib.h>
#include <string.h>

#define WORD_MAX (ST_TOKEN_FOLD_MAX + 1)
#define NAME_TOKENS_MAX 8

enum { SUBJ_NONE, SUBJ_NAME, SUBJ_PRONOUN, SUBJ_NP };

typedef struct subject {
    int type;
    size_t first, last;     /* token range of the mention, inclusive */
    size_t name_first;      /* for names: first token after titles/places */
} subject;

typedef struct event {
    size_t pos;             /* code point where the speaker spoke */
    size_t para;            /* paragraph index */
    char *speaker;          /* canonical; owned by the history */
    int person;
    int anon;               /* an unnamed source ("one delegate"): its quotes get no speaker */
} event;

/* Another name the text gives a person (aliases.c): tokens [s, e] for
 * the entity a->ent[ent]. */
typedef struct name_alias {
    size_t s, e, ent;
} name_alias;
#define ALIAS_MAX 32

typedef struct attrib {
    st_doc *d;
    struct entity *ent;     /* person-name runs in text order */
    size_t nent, capent;
    size_t *para_of_tok;    /* paragraph index of each token */
    event *hist;
    size_t nhist, caphist;
    st_quotes *quotes;      /* the statements, attributed in order */
    size_t nquotes_done;
    int echoes;             /* echo searches so far (bounded) */
    int anon;               /* set by st_at_resolve: the speaker is an unnamed source */
    size_t *line_start;     /* start of each line, for headline_like */
    uint8_t *line_headline;
    size_t nlines;
    name_alias aliases[ALIAS_MAX];
    size_t nalias;
    int name_lines;         /* a transcript labels its turns by a name alone on its line
                               (transcript.c): set by st_tr_add_lines */
    int legislature;        /* a legislature's record, whose members' questions are
                               statements (trlabels.c): set by st_tr_add_lines */
    size_t speaker_key;     /* 1 + the token after "Speaker key:", 0 for none: set by
                               st_tr_add_lines (trlabels.c) */
    size_t moderator_at;    /* 1 + the token after the header's "Moderator:", 0 for
                               none: set by st_tr_add_lines (trlabels.c) */
} attrib;

#define ECHO_MAX 32

static inline const st_token *tok(const attrib *a, size_t i)
{
    return &a->d->tk.v[i];
}

/* Token i case-folded into buf (WORD_MAX bytes), from the fold made once
 * per article. */
static inline char *lower(const attrib *a, size_t i, char *buf)
{
    size_t n;
    const char *f = st_fold_get(&a->d->folds, i, &n);
    memcpy(buf, f, n + 1);
    return buf;
}

/* Is w one of the NULL-terminated list's words? */
static inline int word_in(const char *w, const char *const *list)
{
    for (; *list; list++)
        if (strcmp(w, *list) == 0)
            return 1;
    return 0;
}

/* "the 29-year-old": an age standing for a person (w folded). */
static inline int age_word(const char *w)
{
    size_t n = strlen(w);
    return n > 9 && strcmp(w + n - 9, "-year-old") == 0;
}

/* "paper", "daily", "magazine", "tabloid": a noun for a news outlet, the
 * class ST_WC_OUTLET less its verb "published". */
static inline int outlet_noun(const char *w)
{
    return strcmp(w, "published") != 0 && st_wc_id_is(st_wc_lookup(w), ST_WC_OUTLET);
}

/* "wife", "son", "widow": a noun of kinship (w folded), and the sex it
 * gives the person it names: 'm', 'f', 0 ("cousin"), or -1 when w is no
 * such noun. */
static inline int kin_sex(const char *w)
{
    static const struct { const char *word; int sex; } kin[] = {
        { "wife", 'f' }, { "husband", 'm' }, { "son", 'm' }, { "daughter", 'f' },
        { "mother", 'f' }, { "father", 'm' }, { "brother", 'm' }, { "sister", 'f' },
        { "widow", 'f' }, { "widower", 'm' }, { "niece", 'f' }, { "nephew", 'm' },
        { "cousin", 0 },
    };
    size_t i;
    for (i = 0; i < sizeof kin / sizeof *kin; i++)
        if (strcmp(w, kin[i].word) == 0)
            return kin[i].sex;
    return -1;
}

/* A noun of kinship (kin_sex).  Callers add "partner" or "friend" where
 * those count too. */
static inline int kin_word(const char *w)
{
    return kin_sex(w) >= 0;
}

/* Does the folded word w, n bytes long, end in one of the endings listed
 * (NULL-terminated), with more than two bytes before it ("Semyonovich",
 * "Kazlauskienė")? */
static inline int ends_in_any(const char *w, size_t n, const char *const *ends)
{
    size_t m;
    for (; *ends; ends++)
        if (n > (m = strlen(*ends)) + 2 && strcmp(w + n - m, *ends) == 0)
            return 1;
    return 0;
}

/* Does token i end in a possessive 's (the fold writes ’ and ‘ as ')? */
static inline int fold_possessive(const attrib *a, size_t i)
{
    size_t n;
    const char *f = st_fold_get(&a->d->folds, i, &n);
    return n > 2 && f[n - 1] == 's' && f[n - 2] == '\'';
}

/* Case-folded token with a possessive 's removed (Xi's -> xi). */
static inline char *name_lower(const attrib *a, size_t i, char *buf)
{
    lower(a, i, buf);
    if (fold_possessive(a, i))
        buf[strlen(buf) - 2] = '\0';
    return buf;
}

/* Token i's word-class entry, looked up once per article (st_doc.wc):
 * tk_is and tk_cue give the answers st_wc_* give for lower(a, i, ...). */
static inline st_wc_id tk_wc(const attrib *a, size_t i)
{
    st_wc_id *id = &a->d->wc[i];
    if (*id == ST_DOC_WC_UNSEEN) {
        size_t n;
        *id = st_wc_lookup(st_fold_get(&a->d->folds, i, &n));
    }
    return *id;
}

/* 1 when token i is in any of the classes in mask. */
static inline int tk_is(const attrib *a, size_t i, unsigned mask)
{
    return st_wc_id_is(tk_wc(a, i), mask);
}

static inline int tk_cue(const attrib *a, size_t i, const char **canon)
{
    return st_wc_id_cue(tk_wc(a, i), canon);
}

/* The word-class entry of name_lower(a, i, ...): the token's own unless it
 * ends in a possessive 's, looked up once per article (st_doc.name_wc). */
static inline st_wc_id tk_name_wc(const attrib *a, size_t i)
{
    st_wc_id *id = &a->d->name_wc[i];
    if (*id == ST_DOC_WC_UNSEEN) {
        size_t n;
        const char *f = st_fold_get(&a->d->folds, i, &n);
        if (fold_possessive(a, i)) {
            char w[WORD_MAX];
            memcpy(w, f, n - 2);
            w[n - 2] = '\0';
            *id = st_wc_lookup(w);
        } else {
            *id = tk_wc(a, i);
        }
    }
    return *id;
}

/* 1 when name_lower(a, i, ...) is in any of the classes in mask. */
static inline int tk_name_is(const attrib *a, size_t i, unsigned mask)
{
    return st_wc_id_is(tk_name_wc(a, i), mask);
}

/* st_nm_title_word(name_lower(a, i, ...)), which is mostly one class test. */
int st_nm_tk_title_word(const attrib *a, size_t i);

/* Token i names a role: a person noun ("analyst", "minister") or a title
 * word ("deputy", "Dr"), possessive 's aside. */
static inline int role_word(const attrib *a, size_t i)
{
    return tk_name_is(a, i, ST_WC_PERSON_NOUN) || st_nm_tk_title_word(a, i);
}

static inline int is_word(const attrib *a, size_t i)
{
    return tok(a, i)->type == ST_TOK_WORD;
}

static inline int is_cap(const attrib *a, size_t i)
{
    return is_word(a, i) && (tok(a, i)->flags & ST_TF_CAP);
}

/* "The WHO said", "the US said": a word in capitals in running text is an
 * acronym, not the function word it folds to.  In a headline set in
 * capitals its neighbours are capitals too, and it stays a word; before a
 * colon it is a label ("MORE: …", "WATCH: …"). */
static inline int is_acronym(const attrib *a, size_t i)
{
    const st_token *t = tok(a, i);
    if (!is_word(a, i) || !(t->flags & ST_TF_ALLCAPS) || t->end - t->start < 2)
        return 0;
    if (i > 0 && is_word(a, i - 1) && (tok(a, i - 1)->flags & ST_TF_ALLCAPS))
        return 0;
    if (i + 1 < a->d->tk.n && tok(a, i + 1)->type == ST_TOK_PUNCT &&
        a->d->t->cp[tok(a, i + 1)->start] == ':')
        return 0;
    return !(i + 1 < a->d->tk.n && is_word(a, i + 1) && (tok(a, i + 1)->flags & ST_TF_ALLCAPS));
}

static inline int punct_is(const attrib *a, size_t i, uint32_t c)
{
    return tok(a, i)->type == ST_TOK_PUNCT && a->d->t->cp[tok(a, i)->start] == c;
}

/* "Dr. Kari Lindqvist", "Prof. Remi Adelakun-Oyewole", "Lic. Ernesto
 * Villaseñor": past an abbreviated title and its full stop at token i to
 * the name after it (before hi); i itself when there is none. */
static inline size_t past_dotted_title(const attrib *a, size_t i, size_t hi)
{
    /* (Dutch and Flemish styles write them in lower case, several in a
     * row: "prof. dr. Hanneke Terpstra", "dr. ir. Jan de Vries") */
    while (i + 3 < hi && !is_cap(a, i) && is_word(a, i) && punct_is(a, i + 1, '.') &&
           tok(a, i + 1)->start == tok(a, i)->end &&
           (st_token_is(a->d->t, tok(a, i), "prof") || st_token_is(a->d->t, tok(a, i), "dr") ||
            st_token_is(a->d->t, tok(a, i), "drs") || st_token_is(a->d->t, tok(a, i), "ir") ||
            st_token_is(a->d->t, tok(a, i), "mr")) &&
           (is_cap(a, i + 2) || (is_word(a, i + 2) && punct_is(a, i + 3, '.'))))
        i += 2;
    return i + 2 < hi && is_cap(a, i) && punct_is(a, i + 1, '.') && is_cap(a, i + 2) &&
                   (st_nm_tk_title_word(a, i) ||
                    st_cp_spanish_title(a->d->t->cp + tok(a, i)->start,
                                        tok(a, i)->end - tok(a, i)->start))
               ? i + 2
               : i;
}

/* "George W. Bush", "S. Jaishankar": token i is an initial, one capital
 * letter with its full stop attached, and a capitalised word follows; or
 * Muhammad shortened so ("Mohd. Shafiuddin", "Muhd. Faiz"), as South
 * Asian and Malaysian copy writes it. */
static inline int initial_at(const attrib *a, size_t i)
{
    const st_token *t = tok(a, i);
    size_t n = t->end - t->start;
    if (n != 1 && n != 4)
        return 0;
    if (n == 4) {
        const uint32_t *c = a->d->t->cp + t->start;
        if (c[0] != 'M' || (c[1] != 'o' && c[1] != 'u') || c[2] != 'h' || c[3] != 'd')
            return 0;
    }
    return i + 2 < a->d->tk.n && is_cap(a, i) && punct_is(a, i + 1, '.') &&
           tok(a, i + 1)->start == t->end && is_cap(a, i + 2);
}

/* "J.K. Rowling", "M.R. Pillai": token i is initials, capitals each with
 * its full stop (as "U.S." is too: places are told by their word class). */
static inline int dotted_initials(const attrib *a, size_t i)
{
    const st_token *t = tok(a, i);
    const uint32_t *cp = a->d->t->cp;
    uint32_t k;
    if (!is_cap(a, i) || t->end - t->start < 4 || (t->end - t->start) % 2)
        return 0;
    for (k = t->start; k < t->end; k += 2)
        if (!st_cp_is_upper(cp[k]) || cp[k + 1] != '.')
            return 0;
    return 1;
}

/* "Toktosun uulu", "Nurlan kyzy", "Mammad oglu": a Turkic patronymic
 * word, lowercase, that ends a name after the father's name.  Names stop
 * before it (the surname a later mention uses is the capital before it);
 * a subject or a transcript label ending in it ends at that capital. */
static inline int patronym_suffix(const attrib *a, size_t i)
{
    static const char *const suffixes[] = { "uulu", "kyzy", "kizi", "oglu", "o\xC4\x9Flu",
                                            "ogly", "qizi", "gizi", NULL };
    char w[WORD_MAX];
    return is_word(a, i) && !is_cap(a, i) && i > 0 && is_cap(a, i - 1) &&
           word_in(lower(a, i, w), suffixes);
}

static inline int in_statement(const attrib *a, size_t i)
{
    return a->d->in_quote[tok(a, i)->start];
}

/* Is token i a quotation mark the extractor paired? */
static inline int mark_tok(const attrib *a, size_t i)
{
    return tok(a, i)->type == ST_TOK_PUNCT && a->d->is_mark[tok(a, i)->start];
}

/* Does token i end in a possessive 's or ’s (or ‘s, the wrong glyph some
 * sites print, which the tokenizer keeps inside the word)? */
static inline int is_possessive(const attrib *a, size_t i)
{
    const st_token *t = tok(a, i);
    const uint32_t *cp = a->d->t->cp;
    return t->end - t->start > 2 && (cp[t->end - 1] == 's' || cp[t->end - 1] == 'S') &&
           (cp[t->end - 2] == '\'' || cp[t->end - 2] == 0x2019 || cp[t->end - 2] == 0x2018);
}

/* Is token i the word w (lower case; the text's case is ignored)? */
static inline int word_is(const attrib *a, size_t i, const char *w)
{
    return is_word(a, i) && st_token_is(a->d->t, tok(a, i), w);
}

/* Does token i hold a hyphen ("Kenyan-born", "Bonn-based")? */
static inline int hyphenated(const attrib *a, size_t i)
{
    size_t c;
    for (c = tok(a, i)->start; c < tok(a, i)->end; c++)
        if (a->d->t->cp[c] == '-')
            return 1;
    return 0;
}

/* Is token i a given name of the list (given_names.c)? */
static inline int known_given(const attrib *a, size_t i)
{
    char w[WORD_MAX];
    name_lower(a, i, w);
    return st_gn_gender(w, strlen(w)) != 0;
}

/* How many newlines the break token k holds (0 for any other token):
 * one is a line break, two or more a blank line. */
static inline size_t break_newlines(const attrib *a, size_t k)
{
    const st_token *t = tok(a, k);
    size_t i, n = 0;
    if (t->type != ST_TOK_BREAK)
        return 0;
    for (i = t->start; i < t->end; i++)
        n += a->d->t->cp[i] == '\n';
    return n;
}

static inline int is_particle(const attrib *a, size_t i)
{
    return is_word(a, i) && (tok(a, i)->flags & ST_TF_LOWER) && tk_is(a, i, ST_WC_PARTICLE);
}

/* A person-name run somewhere in the article (titles stripped). */
typedef struct entity {
    size_t s, e;            /* token range, inclusive */
    size_t pos;             /* code point of its first token */
    int introduced;         /* a person introduced: titled, appositive, speaking */
    int gender;             /* 'm', 'f', or 0 when unknown */
    size_t partner;         /* "Aoife" of "Aoife and Pádraig Ó Ceallaigh", or NO_PARTNER */
} entity;
#define NO_PARTNER ((size_t)-1)

/* How far resolution looks, in entities and history events, so that a
 * hostile article with thousands of names and quotes stays linear. */
#define ENTITY_WINDOW 2000
/* How far back letters ("the MEA") or a body's short form look for the
 * name they stand for, in tokens (acronyms.c, orgs.c). */
#define ACRONYM_BACK_TOKENS 4000
#define HISTORY_WINDOW 500

size_t st_nm_name_run_start(const attrib *a, size_t lo, size_t last);
int st_nm_name_continues(const attrib *a, size_t i);
/* The next word of the name run after token i (a capital, past particles
 * or a quoted nickname), or (size_t)-1. */
size_t st_nm_name_next(const attrib *a, size_t i);
int st_nm_title_word(const char *w);
/* nameprefix.c: the first word of the person's name in the run [s, last]
 * (titles, portfolios, descriptors and bodies before it skipped). */
size_t st_nm_strip_leading(const attrib *a, size_t s, size_t last);
/* The last word of a ministry's portfolio ("Affairs", "Resources"), folded. */
int st_nm_portfolio_tail(const char *w);
/* "GARY Whitlock": a listed given name set in capitals before a word in
 * mixed case, a tabloid's lead. */
int st_nm_shouted_given_name(const attrib *a, size_t s);
/* "Chief Cabinet Secretary HIRANO Masatoshi": is the run [s, s + 1] a
 * family name in capitals, then the given name, after a title, as
 * Japanese government copy writes a name? */
int st_nm_caps_family_name(const attrib *a, size_t s, size_t last);
int st_nm_run_is_org(const attrib *a, size_t s, size_t last);
int st_nm_joins_left(const attrib *a, size_t lo, size_t st, size_t j);
int st_nm_of_joins_org(const attrib *a, size_t lo, size_t st, size_t j);
/* The first token of the name run ending at j, carried leftwards over
 * of/and/for into an organisation's name ("Ministry of Defense"). */
size_t st_nm_org_run_start(const attrib *a, size_t lo, size_t j);
char *st_nm_name_text(const attrib *a, size_t first, size_t last);
char *st_nm_canonical_np(const attrib *a, const subject *s);
/* orgs.c: the court a bench ("the Bench said") sits for, the one the
 * text named last before token at, or NULL. */
char *st_nm_court_of_bench(const attrib *a, size_t at);
/* The organisation an acronym at token at stands for, spelled out before
 * it ("the Athletics Integrity Unit (AIU)"), possessive or not; NULL. */
char *st_nm_acronym_expansion(const attrib *a, size_t at);
/* The first token (not before lo) of the capitalised words ending at
 * token j whose initials spell the len letters at code point acr ("Joint
 * Chiefs of Staff" for JCS; of, and, for and the are skipped), or
 * (size_t)-1 (acronyms.c). */
size_t st_nm_initials_start(const attrib *a, size_t lo, size_t j, size_t acr, size_t len);
int st_nm_spokes_gender(const char *w);
char *st_nm_spokes_org(const attrib *a, const subject *s, size_t para);
char *st_nm_spokes_for(const attrib *a, const subject *s);
char *st_nm_delegate_country(const attrib *a, const subject *s);
char *st_nm_org_named_last(const attrib *a, size_t at, size_t *where);
/* Do tokens [s, e] hold an ampersand, a firm's or a desk's name ("Rao &
 * Sethi", "Sylhet & Online Desk") (names.c)? */
int st_nm_holds_ampersand(const attrib *a, size_t s, size_t e);

/* transcript.c: adds the unmarked answers of a transcript ("Name: words"
 * lines) to q, in text order; -1 when out of memory. */
int st_tr_add_lines(attrib *a, st_quotes *q);
/* Is the line before token b a heading "Opening Remarks" or "Opening
 * Statement" (transcript.c)?  Who speaks under it: the one the header
 * says gives the briefing, else the one the first answer's label names
 * (trnames.c); 0 when neither. */
int st_tr_opening_heading(const attrib *a, size_t b);
int st_tr_opening_speaker(const attrib *a, size_t b, size_t *ns, size_t *ne);
/* The label of the line starting at token i when it names a person
 * ("Name:", "DR. NAME:", "Q (Name, Outlet):"): the name's tokens in
 * *ns..*ne, and the colon's token; (size_t)-1 when the line has none. */
size_t st_tr_label(const attrib *a, size_t i, size_t *ns, size_t *ne);
/* Labelled lines examined per article: each is checked against up to
 * ENTITY_WINDOW people, so hostile text stays linear. */
#define ST_TR_MAX_LINES 500
/* The label of the line starting at token i, whoever it names: the
 * name's tokens in *ns..*ne and the colon's token, or (size_t)-1
 * (transcript.c). */
size_t st_tr_label_parts(const attrib *a, size_t i, size_t *ns, size_t *ne);
/* Token i past Markdown's emphasis ("**Phương:**"); does the line at
 * token i open a reporter's question ("Q:", "Question (…):",
 * "REPORTER (…):", past a timestamp)? (transcript.c) */
size_t st_tr_past_emphasis(const attrib *a, size_t i);
int st_tr_question_at(const attrib *a, size_t i);
/* Do the three tokens before token n spell "W/ro" or "W/rt", an
 * Ethiopian woman's style ("W/RO MERON TESFAYE:")? */
int st_tr_slashed_style(const attrib *a, size_t n);
/* Is the label [s, e] the letter "A" of a "Q:"/"A:" transcript, or its
 * "Answer:"? */
int st_tr_answer_letter(const attrib *a, size_t s, size_t e);
/* How many lines are labelled with the name ending at token e; do more
 * than 1/share of them (two or more) end in a question mark
 * (trnames.c)? */
size_t st_tr_label_lines(const attrib *a, size_t e);
int st_tr_label_asks(const attrib *a, size_t e, size_t share);
/* Are tokens i and j the same word, case and a possessive on i aside
 * (trnames.c)? */
int st_tr_same_word_ci(const attrib *a, size_t i, size_t j);
/* Word classes no word of a name in a label belongs to ("MARIA SAYS:"
 * names no one). */
#define NOT_IN_A_LABEL_NAME (ST_WC_ORG_HEAD | ST_WC_TITLE | ST_WC_FUNCTION | ST_WC_PRONOUN | \
                             ST_WC_DOCUMENT | ST_WC_THING | ST_WC_PLACE | ST_WC_SPEECH)
/* A label naming someone the text introduces nowhere else, read from
 * the record's own conventions (trlabels.c): "K. Lindqvist:" (the full
 * name the text gives, "Navdeep Sandhu", when there is one), "Madam
 * Speaker:" under a header's "Speaker: Hon. Rosa Castellano".  [s0 (titles), *ns, *ne] the label; the name
 * in *ns, *ne. */
int st_tr_unlisted_label(const attrib *a, size_t s0, size_t *ns, size_t *ne);
/* "N. Sandhu" (the label [*ns, *ne]): the full name the text gives for the
 * initial and the surname ("Hon. Navdeep Sandhu"), in *ns, *ne; 0 when
 * the label is no initial and name, or the text gives none (trlabels.c). */
int st_tr_initialled_name(const attrib *a, size_t *ns, size_t *ne);
/* The break ending a role or firm after a dash at token j on a name's
 * line ("Takeshi Ogura -- President and Chief Executive Officer"), or
 * (size_t)-1; the same words, letter for letter, in [s1, e1] and [s2,
 * e2]; is the person named [ns, ne] listed among a call's participants
 * with a firm rather than a role, an analyst (trlabels.c)? */
size_t st_tr_role_after_dash(const attrib *a, size_t j);
int st_tr_same_words(const attrib *a, size_t s1, size_t e1, size_t s2, size_t e2);
int st_tr_listed_with_firm(const attrib *a, size_t ns, size_t ne);
/* Is the one labelled with the name ending at e the moderator or host
 * the header names ("Moderator: Claire Vautrin, …")? (trlabels.c) */
int st_tr_moderator(const attrib *a, size_t e);
/* 1 + the token after a header line's "Moderator:" or "Host:", or 0. */
size_t st_tr_find_moderator(const attrib *a);
/* Is the text a legislature's record: a line labelled by its presiding
 * officer ("The Speaker (Hon. X):", "Madam Speaker:", "MR. SPEAKER:")?
 * (trlabels.c) */
int st_tr_legislature(const attrib *a);
/* "RM Thank you, Margaux": a line opened by initials that a "Speaker
 * key:" near the top gives a name ("RM Dr Rafael Montenegro Ibarra").
 * The initials' token (the answer follows it), the key's name in *ns,
 * *ne; (size_t)-1 when the line has no such label (trlabels.c). */
size_t st_tr_key_label(const attrib *a, size_t i, size_t *ns, size_t *ne);
/* 1 + the token after "Speaker key:" near the top, or 0 (trlabels.c). */
size_t st_tr_find_speaker_key(const attrib *a);
/* Is the one labelled with the name ending at e a programme's host, who
 * welcomes the audience and names himself or herself in the first line
 * (trnames.c)? */
int st_tr_label_hosts(const attrib *a, size_t e);
/* "For Tomás da Graça Nhantumbo, a researcher at …, the transfer is ‘a
 * small cheque’": a sentence opening with "For" and a person's name and
 * a comma gives that person's view; its fragment with no cue is theirs (attrib_near.c). */
subject st_at_view_holder(const attrib *a, size_t lo, size_t open_tok);
/* "She expected a settlement “somewhere in the region of …”", "Mendes
 * put the odds at “better than fifty-fifty”": a sentence [lo, open_tok)
 * opening with He or She, or a short form of a name the text gave in full,
 * and a verb: the subject of a fragment with no cue; SUBJ_NONE otherwise
 * (attrib_near.c). */
subject st_at_pronoun_opener(const attrib *a, size_t lo, size_t open_tok);
/* aliases.c: collects the nicknames and other names the text gives its
 * people ("X, better known as “Kaiyó”"), after the entities; and the
 * entity a mention [ms, me] is one of those names of, or NULL. */
void st_nm_collect_aliases(attrib *a);
const entity *st_nm_alias_of(const attrib *a, size_t ms, size_t me);
/* Is token s a surname in capitals ("SOUMANA") of a person named before
 * it in full ("Abdourahamane Hamidou SOUMANA"), not an acronym? */
int st_nm_caps_surname(const attrib *a, size_t s);
/* The person whose title words the letters at token ms spell ("the ASG"
 * after "Additional Solicitor General X"), or NULL (aliases.c). */
const entity *st_nm_role_letters(const attrib *a, size_t ms);
/* Does the text name, before the mention [ms, me], a longer name it can
 * stand for ("Harahap" after "Bambang Suryo Harahap")? */
int st_nm_has_fuller_form(const attrib *a, size_t ms, size_t me);
int st_nm_plural_possessive_body(const attrib *a, size_t e);

/* resolve.c: the latest speaker event before pos (see there); the person
 * introduced or speaking last before at, of gender g ('m', 'f', 0 any). */
const event *st_at_last_event(const attrib *a, size_t pos, int need_person, size_t min_para);
char *st_at_latest_person(attrib *a, size_t at, int g, size_t min_para, int *person);
size_t st_nm_entity_index_at(const attrib *a, size_t pos);
char *st_nm_canonical_name(const attrib *a, size_t ms, size_t me, size_t before, int *gender);
/* Are tokens [ms, me] words of the name [s, e] (namematch.c)? */
int st_nm_name_contains(const attrib *a, size_t s, size_t e, size_t ms, size_t me);
/* An agent noun: "cheesemaker", "distributor", "campaigner" (names.c). */
int st_nm_agent_noun(const char *w);
/* A saint's word opening a place's name: "San", "Santa", "São", "St" (names.c). */
int st_nm_saint_word(const char *w);
int st_nm_collect_entities(attrib *a);
/* nameprefix.c: a name run after of/and/for that a title before it in
 * the segment [seg, t.first) heads is a portfolio ("Sudan's Minister of
 * Irrigation and Water Resources, Prof. X"); the tokens [seg, r) before
 * the name run ending at e are a title and its portfolio only
 * ("Minister of Justice Kossi Mawuli Agbodjan"). */
int st_nm_portfolio_name(const attrib *a, size_t seg, subject t);
int st_nm_titled_portfolio(const attrib *a, size_t seg, size_t r, size_t e);
/* Does the apposition from token k (after a name's comma) say a body:
 * "Tekoha Rekávo, an organisation that …" (entities.c)? */
int st_nm_apposition_names_body(const attrib *a, size_t k);
/* couples.c: the partner's given name before the name run [s, e] (titles
 * from r) in "Aoife and Pádraig Ó Ceallaigh", or NO_PARTNER; the full name
 * of such a partner the mention [ms, me] stands for ("Aoife", or "Ms Ó
 * Ceallaigh" when ref, the name found, is a man's), searched in entities
 * [lo, hi), latest first: *found is 1 when it is one (NULL then means out
 * of memory). */
size_t st_nm_couple_partner(const attrib *a, size_t r, size_t s, size_t e);
char *st_nm_couple_name(const attrib *a, size_t ms, size_t me, const entity *ref, size_t lo,
                        size_t hi, int *found);
/* roles.c: the person a role phrase s ("the port chief") stands for, as
 * its canonical name, or NULL. */
char *st_nm_role_person(const attrib *a, const subject *s, size_t before, int *person);
/* genders.c: the gender of a pronoun word ('m', 'f' or 0); the first
 * gendered pronoun outside quotes after the name ending at e, in its
 * paragraph, before another name; the gender the name [s, e] (titles from
 * r) itself tells; 'f' for an Irish surname with Ní, Nic or Uí. */
int st_nm_pronoun_gender(const char *w);
int st_nm_gender_after(const attrib *a, size_t e);
int st_nm_gender_of_name(const attrib *a, size_t r, size_t s, size_t e);
int st_nm_irish_surname_female(const attrib *a, size_t s, size_t e);
/* A courtesy title before a name ("Mr", "Dame", "Dr"): 'm' or 'f' when it
 * tells the gender, 1 when it does not, 0 for any other word. */
int st_nm_honorific(const char *w);

/* cues.c: does the cue at v report a clause of its own ("said it was
 * studying", "said that …"), so that after a quote ending its sentence
 * it begins a new one rather than attributing the quote? */
int st_at_reported_clause_after(const attrib *a, size_t v);
/* cues.c, for attrib.c and headlines.c: the cue in tokens [lo, hi) nearest
 * its end (from_end) or start, with its subject. */
size_t st_at_find_cue(const attrib *a, size_t lo, size_t hi, int from_end, subject *subj,
                      const char **cue);
/* The cue before a quote found at v, with subject *s, reconsidered
 * against the sentence's source: a country as the subject of a reported
 * clause yields to the speech cue that reports it, or to an "according
 * to" after the quote (so does a partial quote's participle cue).  The
 * cue token to use, with *s and *cue updated; v when nothing overrides. */
size_t st_at_source_cue(const attrib *a, size_t v, int partial, size_t sent_lo, size_t after_lo,
                        size_t sent_hi, subject *s, const char **cue);
/* A quote opening the sentence after one whose subject, or whose
 * "according to", is an indefinite person who names nobody ("A senior
 * officer said the army was preparing.", "…, according to a local
 * agent"): that noun phrase, else SUBJ_NONE (resolve.c). */
subject st_at_previous_sentence_unnamed(const attrib *a, size_t open_tok);
/* resolve.c, for attrib.c and headlines.c: a subject's speaker.
 * attrib.c, shared with headlines.c: the mention a quote records. */
char *st_at_resolve(attrib *a, const subject *s, size_t pos, int *person);
void st_at_set_mention(const attrib *a, st_quote *q, const subject *s);
/* headlines.c: the line table (once per article), whether position pos
 * is on a headline-like line, the speaker the body gives a headline
 * quote's words, and the second pass over headline quotes. */
int st_hl_index_lines(attrib *a);
int st_hl_headline_like(const attrib *a, size_t pos);
char *st_hl_echo_speaker(attrib *a, const st_quote *q, int *person);
int st_hl_attribute_headlines(attrib *a);
/* A nationality used as a noun for a person: "the Swede" (subjects.c). */
int st_at_demonym_noun(const attrib *a, size_t i);
/* subjects.c: the subject of a cue.  The noun phrase, name or pronoun
 * ending at token j (not before lo); the subject before a cue at v, after
 * a cue at v (not at or past hi), and the first speaker-like phrase of
 * the clause for a participle cue at v.  SUBJ_NONE when there is none. */
subject st_at_np_ending_at(const attrib *a, size_t lo, size_t j);
subject st_at_subject_before(const attrib *a, size_t lo, size_t v);
/* subjects_after.c: the subject after an inverted cue at v ("said X"),
 * and a participle's clause subject. */
subject st_at_subject_after(const attrib *a, size_t v, size_t hi);
subject st_at_clause_subject(const attrib *a, size_t lo, size_t v);
/* subjects.c, for subjects_after.c: "a person", "two people" at j; a
 * place alone as the phrase t ("In Tokyo,"). */
int st_at_counted_people(const attrib *a, size_t lo, size_t j);
int st_at_place_np(const attrib *a, const subject *t);
/* colons.c: the first token of the sentence holding token c (at most 40
 * tokens back; for a colon's cue and a paragraph's last sentence); the
 * subject that introduces a full quote after a colon with no reporting
 * verb, or SUBJ_NONE; the first token of a paragraph that only names a
 * topic before the quote ("And, on the Patriarchate:"), or (size_t)-1. */
size_t st_at_sentence_start(const attrib *a, size_t c);
subject st_at_colon_subject(const attrib *a, size_t open_tok);
size_t st_at_topic_paragraph(const attrib *a, size_t open_tok);
/* attrib_near.c: do tokens [from, to) say their subject issued a
 * document ("issued a statement", "put out a short statement")? */
int st_at_issues_document(const attrib *a, size_t from, size_t to);
size_t st_at_issuing_verb(const attrib *a, size_t from, size_t to);
/* Who issued the document a "the statement said" mentions, from the
 * paragraphs before it (attrib_near.c); SUBJ_NONE when none is named. */
subject st_at_document_issuer(const attrib *a, const subject *doc);
/* The answerer of a question, for a reply cue whose pronoun subject would
 * give the asker (attrib_near.c); malloc'd, or NULL. */
char *st_at_reply_speaker(const attrib *a, const st_quote *q, const subject *s,
                          const char *cue, const char *spk, int *person);
/* "“…” — Sen. WENDELL STROUD (R-Miss.), on the talks": the name after a
 * dash that follows the closing mark (at token after_lo), as newsletters
 * and epigraphs credit words; SUBJ_NONE when there is none. */
subject st_at_dash_credit(const attrib *a, size_t after_lo);
/* For a quote opening its paragraph at open_tok (position pos): the
 * person named as the subject of the first speech cue of the paragraph
 * before, when that paragraph reports words, quoting none before the cue
 * ("X, prosecuting, said Colley set up …"), of the pronoun's sex want ('m',
 * 'f', 0 for any); malloc'd, *person set, or NULL (attrib_near.c). */
char *st_at_reporting_sayer(const attrib *a, size_t open_tok, size_t pos, int want,
                            int *person);

/* attrib_near.c: for a quote alone in its paragraph (tokens open_tok to
 * after_tok, the token after its closing mark) with no cue, the speaker
 * named in the next paragraph ("That warning came from X") or, when no
 * earlier speaker continues (have_prior 0), introduced in a one-sentence
 * paragraph before it or at the start of the next.  Returns 1 and fills
 * *out when found. */
int st_at_named_nearby(const attrib *a, size_t open_tok, size_t after_tok, int have_prior,
                       subject *out);
/* attrib_near.c: for a quote opening its paragraph at open_tok whose cue's
 * subject s is "he" or "she", the person a view sentence ending the
 * paragraph before names ("Lars Emborg at Seaview Analytics thinks the
 * maths forces a deal."), when the given name allows; else s. */
subject st_at_pronoun_view(const attrib *a, size_t open_tok, subject s);

#endif
