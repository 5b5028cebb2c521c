/* trlabels.c - transcript labels for people the text names nowhere else.
 *
 * trnames.c finds whom a label names among the people an article
 * introduces.  A legislature's record may name its members only in its
 * labels: British Columbia's Hansard prints "K. Lindqvist:" and "Hon. N.
 * Sandhu:", lists the ministers in full in its header ("Minister of
 * Forests .......... Hon. Jessica Trudel") and says who presides
 * ("Speaker: Hon. Rosa Castellano") for its "Madam Speaker:" lines.
 * These read such labels by the record's own conventions: a label shape
 * the record repeats, and the header's lines.  And a call's transcript
 * sets "Takeshi Ogura -- President and Chief Executive Officer" over each
 * turn, listing the analysts with their firms at the top. */
#include "attrib_int.h"

#include <string.h>

/* How far into the text a header may say who presides. */
#define PRESIDING_HEADER_TOKENS 400
/* Lines with an initialled label that make a record labelling so, when
 * a label stands on one line only ("A. Doerksen:" among "K. Lindqvist:"
 * and "B. McTavish:"). */
#define INITIALLED_LINES_MIN 3

/* Is the label [s, e] an initial, its stop and capitalised words of a
 * name ("K. Lindqvist", "G. Sutherland-Pike")? */
static int initialled(const attrib *a, size_t s, size_t e)
{
    size_t j;
    if (e < s + 2 || !is_cap(a, s) || tok(a, s)->end - tok(a, s)->start != 1 ||
        !punct_is(a, s + 1, '.'))
        return 0;
    for (j = s + 2; j <= e; j++)
        if (!is_word(a, j) || !is_cap(a, j) || tk_name_is(a, j, NOT_IN_A_LABEL_NAME))
            return 0;
    return 1;
}

/* Do INITIALLED_LINES_MIN lines or more carry an initialled label?
 * (Asked only of an initialled label on one line: at most
 * ST_TR_MAX_LINES labels are read.) */
static int labels_by_initials(const attrib *a)
{
    const st_tokens *tk = &a->d->tk;
    size_t i, n = 0, seen = 0, ns, ne;
    for (i = 1; i < tk->n && seen < ST_TR_MAX_LINES && n < INITIALLED_LINES_MIN; i++) {
        if (tk->v[i - 1].type != ST_TOK_BREAK || st_tr_label_parts(a, i, &ns, &ne) == (size_t)-1)
            continue;
        seen++;
        n += initialled(a, ns, ne);
    }
    return n >= INITIALLED_LINES_MIN;
}

int st_tr_initialled_name(const attrib *a, size_t *ns, size_t *ne)
{
    const uint32_t *cp = a->d->t->cp;
    size_t s = *ns, e = *ne, k;
    if (!initialled(a, s, e))
        return 0;
    for (k = 0; k < a->nent && k < ENTITY_WINDOW; k++) {
        const entity *x = &a->ent[k];
        if (x->e > x->s && x->s != s && st_tr_same_word_ci(a, x->e, e) &&
            tok(a, x->s)->end - tok(a, x->s)->start > 1 &&
            st_cp_lower(cp[tok(a, x->s)->start]) == st_cp_lower(cp[tok(a, s)->start])) {
            *ns = x->s;
            *ne = x->e;
            return 1;
        }
    }
    return 0;
}

/* "K. Lindqvist:" on two lines, or on one among others so labelled: the
 * full name the text gives, else the label itself. */
static int initialled_label(const attrib *a, size_t *ns, size_t *ne)
{
    if (!initialled(a, *ns, *ne) || st_tr_label_asks(a, *ne, 2) ||
        !(st_tr_label_lines(a, *ne) >= 2 || labels_by_initials(a)))
        return 0;
    st_tr_initialled_name(a, ns, ne);
    return 1;
}

/* "Madam Speaker:", "Mr. Speaker:", "The Chair:": the person a header's
 * line "Speaker: Hon. Rosa Castellano" names, the label's last word
 * opening that line before the colon, the name (its titles dropped, two
 * words or more) the rest of it. */
static int presiding_officer(const attrib *a, size_t s0, size_t *ns, size_t *ne)
{
    const st_tokens *tk = &a->d->tk;
    size_t e = *ne, i, j, hi = s0 < PRESIDING_HEADER_TOKENS ? s0 : PRESIDING_HEADER_TOKENS;
    char w[WORD_MAX];
    /* (the role after an honorific or "the": "Madam Speaker", not a
     * name's one word) */
    if (e != s0 + 1 || !tk_name_is(a, e, ST_WC_TITLE | ST_WC_ORG_HEAD) || !role_word(a, e) ||
        !(st_nm_honorific(lower(a, s0, w)) || word_is(a, s0, "the")))
        return 0;
    for (i = 1; i + 3 < hi; i++) {
        size_t fs;
        if (tk->v[i - 1].type != ST_TOK_BREAK || !st_tr_same_word_ci(a, i, e) ||
            !punct_is(a, i + 1, ':'))
            continue;
        for (j = i + 2; j < tk->n && tk->v[j].type != ST_TOK_BREAK; j++)
            if (is_word(a, j) && !is_cap(a, j) && !is_particle(a, j))
                return 0;   /* a sentence, not a name */
        if (j == i + 2)
            return 0;
        fs = st_nm_strip_leading(a, i + 2, j - 1);
        while (fs < j && !is_word(a, fs))
            fs++;
        if (fs + 1 >= j || !is_cap(a, fs))
            return 0;
        *ns = fs;
        *ne = j - 1;
        return 1;
    }
    return 0;
}

/* "CEO:" in a briefing whose header reads "PRESS BRIEFING BY SHRI
 * ARINDAM SENGUPTA, CHIEF ELECTORAL OFFICER": letters that spell a role
 * the header gives after a person's name and a comma.  The name, its
 * titles dropped, in *ns, *ne. */
static int acronym_role(const attrib *a, size_t *ns, size_t *ne)
{
    size_t acr = *ns, j, k, f, st;
    char w[WORD_MAX];
    size_t hi = acr < PRESIDING_HEADER_TOKENS ? acr : PRESIDING_HEADER_TOKENS;
    size_t n = tok(a, acr)->end - tok(a, acr)->start;
    if (*ns != *ne || n < 2 || n > 5 || !(tok(a, acr)->flags & ST_TF_ALLCAPS))
        return 0;
    for (j = 3; j < hi; j++) {
        /* (the role's words, initials spelling the letters, right after
         * a comma) */
        k = st_nm_initials_start(a, 2, j, tok(a, acr)->start, n);
        if (k == (size_t)-1 || k < 3 || !punct_is(a, k - 1, ','))
            continue;
        for (st = k - 1; st > 0 && k - 1 - st < 6 && is_word(a, st - 1) && is_cap(a, st - 1) &&
                         !word_is(a, st - 1, "by"); st--)
            ;
        /* (its titles dropped by hand: st_nm_strip_leading takes a word
         * in capitals for an acronym) */
        for (f = st; f < k - 2 && (st_nm_honorific(lower(a, f, w)) || st_nm_tk_title_word(a, f));
             f++)
            ;
        if (f >= k - 2)
            continue;   /* (two words or more: a name) */
        *ns = f;
        *ne = k - 2;
        return 1;
    }
    return 0;
}

int st_tr_unlisted_label(const attrib *a, size_t s0, size_t *ns, size_t *ne)
{
    return initialled_label(a, ns, ne) || presiding_officer(a, s0, ns, ne) ||
           acronym_role(a, ns, ne);
}

/* Tokens of a dash at k between a name and its role: "-", "–", "—", or
 * "--" as a call's transcript types it; 0 when there is none. */
static size_t dash_tokens(const attrib *a, size_t k)
{
    if (k >= a->d->tk.n)
        return 0;
    if (punct_is(a, k, '-'))
        return k + 1 < a->d->tk.n && punct_is(a, k + 1, '-') ? 2 : 1;
    return punct_is(a, k, 0x2013) || punct_is(a, k, 0x2014);
}

/* Tokens a role or firm after a name may have on its line ("General
 * Manager, Investor Relations"). */
#define DASH_ROLE_TOKENS 14

size_t st_tr_role_after_dash(const attrib *a, size_t j)
{
    const st_tokens *tk = &a->d->tk;
    size_t w = dash_tokens(a, j), k;
    if (!w || j + w >= tk->n || !is_cap(a, j + w))
        return (size_t)-1;
    for (k = j + w; k < tk->n && tk->v[k].type != ST_TOK_BREAK; k++)
        if (k >= j + w + DASH_ROLE_TOKENS || punct_is(a, k, '.') || punct_is(a, k, ':') ||
            punct_is(a, k, '?') || a->d->is_mark[tk->v[k].start])
            return (size_t)-1;  /* a sentence, not a role */
    return k;
}

/* Same words, letter for letter, in [s1, e1] and [s2, e2]? */
int st_tr_same_words(const attrib *a, size_t s1, size_t e1, size_t s2, size_t e2)
{
    size_t k;
    if (e1 - s1 != e2 - s2)
        return 0;
    for (k = 0; k <= e1 - s1; k++) {
        const st_token *x = tok(a, s1 + k), *y = tok(a, s2 + k);
        if (x->end - x->start != y->end - y->start ||
            memcmp(a->d->t->cp + x->start, a->d->t->cp + y->start,
                   (x->end - x->start) * sizeof *a->d->t->cp) != 0)
            return 0;
    }
    return 1;
}

/* How far into the text a call's list of participants is looked for. */
#define PARTICIPANTS_TOKENS 3000

/* Is the person whose name is [ns, ne] listed among a call's
 * participants with a firm rather than a role ("Tom Hadfield - Beresford
 * Lyle Securities", not "Priya Ramsden - Chief Financial Officer")?  An
 * analyst, whose turns ask the questions.  (The list's own line, last in
 * it, labels no turn: the operator's words after it are not his.) */
int st_tr_listed_with_firm(const attrib *a, size_t ns, size_t ne)
{
    const st_tokens *tk = &a->d->tk;
    size_t i, m = ne - ns, hi = tk->n < PARTICIPANTS_TOKENS ? tk->n : PARTICIPANTS_TOKENS;
    for (i = 1; i + m + 2 < hi; i++) {
        size_t d = i + m + 1, w, k;
        if (tk->v[i - 1].type != ST_TOK_BREAK || !st_tr_same_words(a, i, i + m, ns, ne) ||
            (w = dash_tokens(a, d)) == 0 || !is_cap(a, d + w))
            continue;
        /* (a role word anywhere in it: "Managing Executive Officer and
         * Chief Financial Officer", "General Manager, Investor Relations") */
        for (k = d + w; k < hi && k < d + w + DASH_ROLE_TOKENS && tk->v[k].type != ST_TOK_BREAK; k++)
            if (is_word(a, k) && role_word(a, k))
                return 0;
        return 1;
    }
    return 0;
}

/* "Moderator: Claire Vautrin, OSC Director of Communications", "Host:
 * …": the header's line (within PRESIDING_HEADER_TOKENS) that names the
 * moderator, found once per article; st_tr_moderator asks whether a
 * label's name ending at token e is the one it names.  A press
 * conference's moderator calls the questions; the writers leave those
 * lines unmarked, as they do a host's. */
size_t st_tr_find_moderator(const attrib *a)
{
    const st_tokens *tk = &a->d->tk;
    size_t i, hi = tk->n < PRESIDING_HEADER_TOKENS ? tk->n : PRESIDING_HEADER_TOKENS;
    for (i = 1; i + 2 < hi; i++)
        if (tk->v[i - 1].type == ST_TOK_BREAK && punct_is(a, i + 1, ':') &&
            (word_is(a, i, "moderator") || word_is(a, i, "host")))
            return i + 3;
    return 0;
}

int st_tr_moderator(const attrib *a, size_t e)
{
    const st_tokens *tk = &a->d->tk;
    size_t k;
    if (!a->moderator_at)
        return 0;
    for (k = a->moderator_at - 1; k < tk->n && k < a->moderator_at + 8 &&
                                  tk->v[k].type != ST_TOK_BREAK && !punct_is(a, k, ','); k++)
        if (k != e && st_tr_same_word_ci(a, k, e))
            return 1;
    return 0;
}

/* How far into the text a transcript's speaker key may stand. */
#define SPEAKER_KEY_TOKENS 600

/* Is token i two to four capitals opening its line, with words after it
 * on the line ("RM Thank you, Margaux")? */
static int initials_opening(const attrib *a, size_t i)
{
    const st_token *t = tok(a, i);
    size_t n = t->end - t->start;
    return (i == 0 || tok(a, i - 1)->type == ST_TOK_BREAK) && is_word(a, i) &&
           (t->flags & ST_TF_ALLCAPS) && n >= 2 && n <= 4 && i + 1 < a->d->tk.n &&
           is_word(a, i + 1);
}

size_t st_tr_find_speaker_key(const attrib *a)
{
    size_t k, hi = a->d->tk.n < SPEAKER_KEY_TOKENS ? a->d->tk.n : SPEAKER_KEY_TOKENS;
    /* the key: "Speaker key:" then lines of initials and a name, as a
     * health agency's press-conference transcript prints them */
    for (k = 1; k + 2 < hi; k++)
        if (punct_is(a, k + 1, ':') && word_is(a, k, "key") && word_is(a, k - 1, "speaker"))
            return k + 3;
    return 0;
}

size_t st_tr_key_label(const attrib *a, size_t i, size_t *ns, size_t *ne)
{
    const st_tokens *tk = &a->d->tk;
    size_t k, j, hi = tk->n < SPEAKER_KEY_TOKENS ? tk->n : SPEAKER_KEY_TOKENS;
    if (!a->speaker_key || !initials_opening(a, i))
        return (size_t)-1;
    for (k = a->speaker_key - 1; k + 1 < hi; k++) {
        size_t f;
        if (tk->v[k - 1].type != ST_TOK_BREAK || !st_tr_same_words(a, k, k, i, i))
            continue;
        for (j = k + 1; j < tk->n && tk->v[j].type != ST_TOK_BREAK; j++)
            if (is_word(a, j) && !is_cap(a, j) && !is_particle(a, j))
                return (size_t)-1;  /* a sentence: no key's line */
        if (k == i)
            return (size_t)-1;      /* the key's line itself */
        f = st_nm_strip_leading(a, k + 1, j - 1);
        if (f >= j - 1 || !is_cap(a, f))
            return (size_t)-1;
        *ns = f;
        *ne = j - 1;
        return i;
    }
    return (size_t)-1;
}

int st_tr_legislature(const attrib *a)
{
    const st_tokens *tk = &a->d->tk;
    size_t i, seen = 0;
    char w[WORD_MAX];
    for (i = 0; i + 2 < tk->n && seen < ST_TR_MAX_LINES; i++) {
        size_t k = i;
        if (i > 0 && tk->v[i - 1].type != ST_TOK_BREAK)
            continue;
        seen++;
        if (is_word(a, k) && (word_is(a, k, "the") || st_nm_honorific(lower(a, k, w))))
            k++;
        if (k + 1 < tk->n && punct_is(a, k, '.'))
            k++;
        if (k + 1 < tk->n && (word_is(a, k, "speaker") || word_is(a, k, "deputy")) &&
            is_cap(a, k) && (punct_is(a, k + 1, ':') || punct_is(a, k + 1, '(') ||
                             word_is(a, k + 1, "speaker")))
            return 1;
    }
    return 0;
}
