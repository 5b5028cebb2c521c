/* transcript.c - statements printed as a transcript, without quote marks.
 *
 * Briefing transcripts and interviews print an answer as a line that
 * starts with the speaker's name and a colon:
 *
 *     Q: Will the crossing close?
 *     Koutsogiannis: No decision of that kind has been taken.
 *
 * The answer is the speaker's own words, a statement like a quoted one.
 * A line counts when the article has at least two such labelled lines
 * (a transcript, not one "Note:" line), the label is the name of a person
 * the article introduces elsewhere (in capitals or not, after a title
 * such as "DR."; by initials, "MC:"; or by the role the article gave one
 * person, "Spokesperson:"), in Markdown's bold or not ("**Phương:**"),
 * and the answer does not open with a quote mark (such lines are quotes
 * already, attributed by their label in attrib.c; a quote inside an
 * answer is nested in it).  A reporter's question ("Q (Elif Şahin,
 * Anadolu Agency):", "Question (…):") is no statement: the writers'
 * briefs count the answers, and most leave the questions unmarked; its
 * label still names the reporter for a quote the line holds.  Nor are
 * the lines of a label whose lines mostly ask (an earnings call's
 * analyst, a host).  The
 * statements found are added to the article's list in text order, and
 * the label attributes them (speaker_label in attrib.c); whom a label
 * names is trnames.c's. */
#include "attrib_int.h"

/* Words a statement line must hold: shorter answers ("Yes.") are left
 * alone, as a reader would not quote them either. */
#define TRANSCRIPT_MIN_WORDS 4
/* How far into the text an "Opening Remarks" heading may stand. */
#define ST_TR_OPENING_TOKENS 1000
/* Tokens a label may have: "Stavros Koutsogiannis", "Esparza Luján", "Dr
 * Ali bin Rashid Al Naimi" (a title and particles count). */
#define LABEL_MAX_TOKENS 6

/* The label of the line starting at token i: the speaker's name [*ns,
 * *ne] and the colon that ends the label, in three forms:
 *
 *     Koutsogiannis: …            a name of 1..LABEL_MAX_TOKENS words
 *     DR. AYŞE ÇELİK: …           a title with its full stop, then the name
 *     Q (Elif Şahin, Anadolu): …  a reporter's question, named in brackets
 *
 * Returns the colon's token, or (size_t)-1 when the line has no label. */
/* Markdown's emphasis around a label ("**Phương:**"): the first token
 * from i on that is not an asterisk or underscore. */
size_t st_tr_past_emphasis(const attrib *a, size_t i)
{
    while (i < a->d->tk.n && (punct_is(a, i, '*') || punct_is(a, i, '_')))
        i++;
    return i;
}

/* "Q", "Question" or "Reporter" opening a question's label ("REPORTER
 * (Hokuriku Shimbun):" in a Japanese ministry's transcript). */
static int question_word(const attrib *a, size_t i)
{
    const st_token *t = tok(a, i);
    return is_word(a, i) && ((t->end - t->start == 1 && a->d->t->cp[t->start] == 'Q') ||
                             (is_cap(a, i) && (st_token_is(a->d->t, t, "question") ||
                                               st_token_is(a->d->t, t, "reporter"))));
}

/* A podcast's timestamp opening a line, "[00:02:48] ": the token after
 * it, or i when there is none. */
static size_t past_timestamp(const attrib *a, size_t i)
{
    const st_tokens *tk = &a->d->tk;
    size_t k;
    if (i + 2 >= tk->n || !punct_is(a, i, '[') || tok(a, i + 1)->type != ST_TOK_WORD ||
        !(tok(a, i + 1)->flags & ST_TF_DIGIT))
        return i;
    for (k = i + 1; k < tk->n && k < i + 8; k++) {
        if (punct_is(a, k, ']'))
            return k + 1;
        if (!punct_is(a, k, ':') && !punct_is(a, k, '.') &&
            !(tok(a, k)->type == ST_TOK_WORD && (tok(a, k)->flags & ST_TF_DIGIT)))
            return i;
    }
    return i;
}

/* Are the code points of token i from its (from)th on all digits, and
 * has it at least one there? */
static int digits_from(const attrib *a, size_t i, size_t from)
{
    size_t k = tok(a, i)->start + from;
    if (k >= tok(a, i)->end)
        return 0;
    for (; k < tok(a, i)->end; k++)
        if (!st_cp_is_digit(a->d->t->cp[k]))
            return 0;
    return 1;
}

/* A question's number opening its line, "2. Question (VNA):": the
 * question word after it, or i when there is none. */
static size_t past_question_number(const attrib *a, size_t i)
{
    const st_tokens *tk = &a->d->tk;
    if (i + 2 >= tk->n || tok(a, i)->type != ST_TOK_WORD || tok(a, i)->end - tok(a, i)->start > 3 ||
        !(punct_is(a, i + 1, '.') || punct_is(a, i + 1, ')')) || !question_word(a, i + 2) ||
        !digits_from(a, i, 0))
        return i;
    return i + 2;
}

int st_tr_question_at(const attrib *a, size_t i)
{
    return question_word(a, past_question_number(a, st_tr_past_emphasis(a, past_timestamp(a, i))));
}

/* What may stand between a label's name at [s, e] and its colon: a
 * broadcaster's role in capitals after a comma ("ROWENA ESPIRITU-LIM, MNN
 * CORRESPONDENT:", "QIAN WEIDONG, MINISTER-COUNSELOR, EMBASSY OF THE
 * PEOPLE'S REPUBLIC OF CHINA:", with a bracket's note "(through
 * translator)"), or a podcast's note in brackets after the name "Vikrant
 * Sahni (official spokesperson, Ministry of External Affairs, archival
 * audio):".  The colon's token, or (size_t)-1. */
static size_t role_before_colon(const attrib *a, size_t s, size_t e)
{
    const st_tokens *tk = &a->d->tk;
    size_t k = e + 1, depth = 0;
    int caps_name = 1, comma = k < tk->n && punct_is(a, k, ',');
    for (size_t j = s; j <= e; j++)
        caps_name &= (tok(a, j)->flags & ST_TF_ALLCAPS) != 0;
    if (k >= tk->n || !(comma ? caps_name : punct_is(a, k, '(')))
        return (size_t)-1;
    /* "HANNA RUUD, 2218 Oak Ridge Road:": a public speaker's address,
     * as council minutes print it, in any case */
    int address = comma && k + 1 < tk->n && st_cp_is_digit(a->d->t->cp[tok(a, k + 1)->start]);
    for (; k < tk->n && k < e + 24 && tok(a, k)->type != ST_TOK_BREAK && !in_statement(a, k); k++) {
        if (punct_is(a, k, '('))
            depth++;
        else if (punct_is(a, k, ')')) {
            if (!depth--)
                return (size_t)-1;
            if (!comma && depth == 0)
                return k + 1 < tk->n && punct_is(a, k + 1, ':') ? k + 1 : (size_t)-1;
        } else if (punct_is(a, k, ':'))
            return depth == 0 && comma && k > e + 2 ? k : (size_t)-1;
        else if (comma && !depth && !address && tok(a, k)->type == ST_TOK_WORD &&
                 !(tok(a, k)->flags & ST_TF_ALLCAPS) && tok(a, k)->end - tok(a, k)->start > 1)
            return (size_t)-1;  /* the role is in capitals too */
    }
    return (size_t)-1;
}

/* Are tokens [i, j) two or more words, all in capitals? */
static int all_caps_run(const attrib *a, size_t i, size_t j)
{
    size_t k;
    for (k = i; k < j; k++)
        if (!(tok(a, k)->flags & ST_TF_ALLCAPS))
            return 0;
    return j > i + 1;
}

/* all_caps_run, a one-letter word allowed: the "Y" of "SECRETARIO DE
 * SEGURIDAD Y PROTECCIÓN CIUDADANA". */
static int role_in_capitals(const attrib *a, size_t i, size_t j)
{
    size_t k;
    for (k = i; k < j; k++)
        if (!(tok(a, k)->flags & ST_TF_ALLCAPS) &&
            !(tok(a, k)->end - tok(a, k)->start == 1 && is_cap(a, k)))
            return 0;
    return j > i + 1;
}

/* The full stop of a middle initial in a label's name, token j:
 * "Venkatesh R. Iyer:", as an earnings call's transcript prints it, or
 * of a first one, "K. Lindqvist:", as British Columbia's Hansard does. */
static int middle_initial_stop(const attrib *a, size_t i, size_t j)
{
    /* (or a given name's two-letter abbreviation: "SHRI MD. IQBAL ANSARI
     * (Araria):", Md. for Mohammad, as South Asian records print it) */
    size_t len = j > i ? tok(a, j - 1)->end - tok(a, j - 1)->start : 0;
    return j > i && punct_is(a, j, '.') && is_cap(a, j - 1) &&
           (len == 1 || (len == 2 && !st_nm_tk_title_word(a, j - 1))) && j + 1 < a->d->tk.n &&
           is_cap(a, j + 1) && !punct_is(a, j + 1, ':');
}

/* How many lines labelled by a name alone a transcript needs, and of
 * how many people, for such lines to be labels at all. */
#define NAME_LINES_MIN 3
#define NAME_LINES_PEOPLE 2

/* Word classes no word of a name alone on its line belongs to. */
#define NOT_A_LINE_NAME (ST_WC_FUNCTION | ST_WC_PLACE | ST_WC_ORG_HEAD | ST_WC_THING | \
                         ST_WC_TITLE | ST_WC_DOCUMENT | ST_WC_PRONOUN)

/* Past the notes in brackets a legislature's record prints after a
 * member's name on its line, "(Aberdeenshire West) (Con)": the token
 * after the last one's closing bracket, or j when there is none. */
static size_t past_seat_notes(const attrib *a, size_t j)
{
    const st_tokens *tk = &a->d->tk;
    size_t k, notes = 0;
    while (notes < 3 && j < tk->n && punct_is(a, j, '(')) {
        for (k = j + 1; k < tk->n && k < j + 12 && tk->v[k].type != ST_TOK_BREAK &&
                        !punct_is(a, k, ')') && !punct_is(a, k, '(');
             k++)
            ;
        if (k == j + 1 || k >= tk->n || !punct_is(a, k, ')') || !is_cap(a, j + 1))
            return j;
        j = k + 1;
        notes++;
    }
    return j;
}

/* A question's number before a member's name in a legislature's record,
 * "1. Callum Fraser (…)", "Q2. [908342] Gavin Rourke (…)" (a number,
 * or a letter and a number, its stop, and the question's reference in
 * square brackets): the token after it, or i when there is none. */
static size_t past_member_number(const attrib *a, size_t i)
{
    const st_tokens *tk = &a->d->tk;
    size_t k;
    if (i + 2 >= tk->n || !is_word(a, i) || !punct_is(a, i + 1, '.') ||
        tok(a, i)->end - tok(a, i)->start > 4 ||
        !(digits_from(a, i, 0) || (is_cap(a, i) && digits_from(a, i, 1))))
        return i;
    k = past_timestamp(a, i + 2);
    return k < tk->n && is_cap(a, k) ? k : i;
}

/* "The First Minister (Morag Lindsay)", "The Presiding Officer
 * (Kenneth Drummond)": a role, then the person in brackets, alone on its
 * line, as a legislature's record labels a turn; or the role alone, "The
 * First Minister", for a person so labelled before.  The token after
 * the role's words (its bracket or the break), or (size_t)-1. */
static size_t role_line(const attrib *a, size_t i, size_t *ns, size_t *ne)
{
    const st_tokens *tk = &a->d->tk;
    size_t j, k;
    int role = 0;
    if (!word_is(a, i, "the") || !is_cap(a, i))
        return (size_t)-1;
    /* (capitalised words, one a role's, and the words that join a
     * portfolio's: "The Cabinet Secretary for Health and Social Care") */
    for (j = i + 1; j < tk->n && j < i + 13 &&
                    (is_cap(a, j) || word_is(a, j, "for") || word_is(a, j, "and") ||
                     word_is(a, j, "of") || word_is(a, j, "the"));
         j++)
        role |= role_word(a, j);
    if (j == i + 1 || j >= tk->n || !role || !is_cap(a, j - 1))
        return (size_t)-1;
    if (tk->v[j].type == ST_TOK_BREAK) {
        *ns = i + 1;
        *ne = j - 1;
        return j;
    }
    if (!punct_is(a, j, '('))
        return (size_t)-1;
    for (k = j + 1; k < tk->n && k < j + 1 + LABEL_MAX_TOKENS && (is_cap(a, k) || is_particle(a, k));
         k++)
        ;
    if (k < j + 3 || k + 1 >= tk->n || !punct_is(a, k, ')') || tk->v[k + 1].type != ST_TOK_BREAK ||
        !is_cap(a, k - 1))
        return (size_t)-1;
    *ns = j + 1;
    *ne = k - 1;
    return k + 1;
}

/* A line that is a name alone, from token i to the break after it:
 * "Priya Ramsden", as an earnings call's transcript sets each turn's
 * speaker above the paragraphs; with a legislature's question number
 * before it, a courtesy title, the seat and party in brackets after it,
 * or an office and its holder (role_line).  Its break's token, or
 * (size_t)-1. */
static size_t name_alone_line(const attrib *a, size_t i, size_t *ns, size_t *ne)
{
    const st_tokens *tk = &a->d->tk;
    size_t j, k, end, first;
    char w[WORD_MAX];
    i = past_member_number(a, i);
    if ((j = role_line(a, i, ns, ne)) != (size_t)-1)
        return j + 1 < tk->n && tk->v[j].type == ST_TOK_BREAK && tk->v[j + 1].type == ST_TOK_WORD
                   ? j
                   : (size_t)-1;
    /* (past a courtesy title: "Mrs Priya Marchant (Hambledon) (Con)",
     * "Mrs Marchant") */
    first = i;
    if (i + 1 < tk->n && is_word(a, i) && is_cap(a, i + 1) && tok(a, i)->end - tok(a, i)->start <= 9 &&
        st_nm_honorific(lower(a, i, w)))
        first = i + 1;
    for (j = first; j < tk->n && j < i + LABEL_MAX_TOKENS && (is_cap(a, j) || is_particle(a, j));
         j++)
        ;
    /* (or a role or firm after a dash: "Takeshi Ogura -- President and
     * Chief Executive Officer") */
    if ((end = st_tr_role_after_dash(a, j)) == (size_t)-1)
        end = past_seat_notes(a, j);
    if (j < i + 2 || end >= tk->n || tk->v[end].type != ST_TOK_BREAK || !is_cap(a, j - 1) ||
        end + 1 >= tk->n || tk->v[end + 1].type != ST_TOK_WORD)
        return (size_t)-1;
    /* (no function word, place or body: not a live page's "By Jessica
     * Tran", nor "Related Stories" or "Local News") */
    for (k = first; k < j; k++)
        if (tk_name_is(a, k, NOT_A_LINE_NAME))
            return (size_t)-1;
    *ns = i;
    *ne = j - 1;
    return end;
}

/* Is the line right before the one at token i (no blank line between)
 * a name alone too?  Then the line at i ends a list of participants
 * ("Ysolde Penhallow - Chief Financial Officer" under "Torquil Brannagh
 * - Chief Executive Officer"), and the words after it are no turn. */
static int name_line_before(const attrib *a, size_t i)
{
    size_t p, ns, ne;
    if (i < 2 || tok(a, i - 1)->type != ST_TOK_BREAK || break_newlines(a, i - 1) != 1)
        return 0;
    for (p = i - 1; p > 0 && tok(a, p - 1)->type != ST_TOK_BREAK && i - p < 3 * LABEL_MAX_TOKENS; p--)
        ;
    return (p == 0 || tok(a, p - 1)->type == ST_TOK_BREAK) && name_alone_line(a, p, &ns, &ne) == i - 1;
}

int st_tr_slashed_style(const attrib *a, size_t n)
{
    return n >= 3 && tok(a, n - 3)->end - tok(a, n - 3)->start == 1 &&
           (a->d->t->cp[tok(a, n - 3)->start] == 'W') && punct_is(a, n - 2, '/') &&
           (st_token_is(a->d->t, tok(a, n - 1), "ro") || st_token_is(a->d->t, tok(a, n - 1), "rt"));
}

/* A role in capitals with a title word in it, then the person in
 * brackets and the colon, from token i: the person's tokens in *ns, *ne
 * (past a title and its stop: "HON. MHURIRO"), and the colon; else
 * (size_t)-1. */
static size_t chair_in_brackets(const attrib *a, size_t i, size_t *ns, size_t *ne)
{
    size_t n = a->d->tk.n, j, k, s0;
    int titled = 0;
    /* (the role's words only: "DR YARED TEKLE BERHANE (WHO):" is a name
     * and a body) */
    for (j = i; j < n && j < i + LABEL_MAX_TOKENS && is_cap(a, j); j++) {
        if (!st_nm_tk_title_word(a, j) && !role_word(a, j) && !word_is(a, j, "the") &&
            !tk_is(a, j, ST_WC_FUNCTION))
            return (size_t)-1;
        titled |= !word_is(a, j, "the");
    }
    if (j == i || !titled || j + 3 >= n || !punct_is(a, j, '('))
        return (size_t)-1;
    k = j + 1;
    if (k + 2 < n && is_cap(a, k) && punct_is(a, k + 1, '.') && st_nm_tk_title_word(a, k))
        k += 2;
    for (s0 = k; k < n && k < s0 + LABEL_MAX_TOKENS && (is_cap(a, k) || is_particle(a, k)); k++)
        ;
    if (k == s0 || k + 1 >= n || !punct_is(a, k, ')') || !punct_is(a, k + 1, ':'))
        return (size_t)-1;
    *ns = s0;
    *ne = k - 1;
    return k + 1;
}

/* "Senator Kilbride. Good morning.", "Dr. Vasudevan. Thank you.": a US
 * congressional hearing's label, a title and a surname of one or two
 * words ending in a full stop, the words spoken after it on the line.
 * The stop's token, the surname's in *ns, *ne; else (size_t)-1. */
static size_t hearing_label(const attrib *a, size_t i, size_t *ns, size_t *ne)
{
    size_t n = a->d->tk.n, j;
    if (i + 3 >= n || !is_cap(a, i) || !st_nm_tk_title_word(a, i) ||
        (tok(a, i)->flags & ST_TF_ALLCAPS))
        return (size_t)-1;
    j = i + 1;
    if (punct_is(a, j, '.'))
        j++;    /* "Mr.", "Dr." */
    if (j + 2 >= n || !is_cap(a, j) || st_nm_tk_title_word(a, j) ||
        (tok(a, j)->flags & ST_TF_ALLCAPS))
        return (size_t)-1;
    *ns = *ne = j;
    if (is_cap(a, j + 1) && !(tok(a, j + 1)->flags & ST_TF_ALLCAPS) && punct_is(a, j + 2, '.'))
        *ne = ++j;  /* "Senator Van Horn." */
    /* (one space, then the speech; a surname of three letters or more,
     * not an initial's stop: "Mayor Thomas J. Whitaker", "Shri Ch.
     * Srinivasa") */
    if (j + 2 >= n || !punct_is(a, j + 1, '.') || tok(a, j + 2)->type != ST_TOK_WORD ||
        !is_cap(a, j + 2) || tok(a, j)->end - tok(a, j)->start < 3 ||
        st_nm_tk_title_word(a, j) || role_word(a, *ns) || role_word(a, j) ||
        tok(a, *ns)->end - tok(a, *ns)->start < 3 ||
        tok(a, j + 2)->start != tok(a, j + 1)->end + 1)
        return (size_t)-1;
    return j + 1;
}

size_t st_tr_label_parts(const attrib *a, size_t i, size_t *ns, size_t *ne)
{
    const st_tokens *tk = &a->d->tk;
    size_t j;
    if (a->name_lines && (j = name_alone_line(a, i, ns, ne)) != (size_t)-1)
        return j;
    if ((j = hearing_label(a, i, ns, ne)) != (size_t)-1 ||
        (j = st_tr_key_label(a, i, ns, ne)) != (size_t)-1)
        return j;
    i = past_question_number(a, st_tr_past_emphasis(a, past_timestamp(a, i)));
    if (i + 2 < tk->n && question_word(a, i) && punct_is(a, i + 1, '(')) {
        for (j = i + 2; j < tk->n && j < i + 14 && (is_cap(a, j) || is_particle(a, j)); j++)
            ;
        if (j == i + 2 || j >= tk->n || !(punct_is(a, j, ',') || punct_is(a, j, ')')))
            return (size_t)-1;
        *ns = i + 2;
        *ne = j - 1;
        for (; j < tk->n && j < i + 24 && tk->v[j].type != ST_TOK_BREAK; j++)
            if (punct_is(a, j, ')'))
                return j + 1 < tk->n && punct_is(a, j + 1, ':') ? j + 1 : (size_t)-1;
        return (size_t)-1;
    }
    /* "HE DR. MAHMOUD AL-RASHIDI:": His Excellency's letters first */
    if (i + 2 < tk->n && word_is(a, i, "he") && (tok(a, i)->flags & ST_TF_ALLCAPS) &&
        (st_nm_tk_title_word(a, i + 1) || known_given(a, i + 1)))
        i++;
    /* "DR. AYŞE ÇELİK:", "Sen. Ruiz:": an abbreviated title and its stop */
    if (i + 2 < tk->n && is_cap(a, i) && punct_is(a, i + 1, '.') && st_nm_tk_title_word(a, i))
        i += 2;
    /* "W/RO MERON TESFAYE", "W/ro Meron": an Ethiopian woman's style,
     * written with its slash */
    else if (i + 3 < tk->n && st_tr_slashed_style(a, i + 3) && is_cap(a, i + 3))
        i += 3;
    /* "THE CHAIRPERSON (HON. MHURIRO):", "THE TEMPORARY SPEAKER (HON.
     * X):": a chair's role in capitals, the person in brackets */
    if ((j = chair_in_brackets(a, i, ns, ne)) != (size_t)-1)
        return j;
    /* "Official Spokesperson, Shri Rohan Vashisht:": a role ending in a
     * role word, a comma, then the name (its honorific is dropped by
     * st_tr_label) */
    for (j = i; j < tk->n && j < i + LABEL_MAX_TOKENS + 2 && is_cap(a, j); j++)
        ;
    /* (or a role in capitals with its portfolio: "SECRETARIO DE SEGURIDAD
     * PÚBLICA, FAUSTO ARREGUÍN LEDESMA:"; the name must still be a person
     * the article introduces, st_tr_label) */
    if (j > i && j + 2 < tk->n && punct_is(a, j, ',') && is_cap(a, j + 1) &&
        ((j <= i + LABEL_MAX_TOKENS && role_word(a, j - 1)) ||
         (role_in_capitals(a, i, j) && st_nm_tk_title_word(a, i)))) {  /* (not "DANA WHITCOMB, HOST:") */
        i = j + 1;
        /* (and the name's abbreviated title: "…, LIC. RODRIGO ANAYA
         * QUINTANILLA:") */
        if (i + 2 < tk->n && punct_is(a, i + 1, '.') && st_nm_tk_title_word(a, i) &&
            is_cap(a, i + 2))
            i += 2;
    }
    for (j = i; j < tk->n && j < i + LABEL_MAX_TOKENS &&
                (is_cap(a, j) || is_particle(a, j) || (j > i && patronym_suffix(a, j)) ||
                 middle_initial_stop(a, i, j));
         j++) {
        size_t c;
        if (j + 1 < tk->n && punct_is(a, j + 1, ':')) {
            /* "Toktosun uulu:": the name ends at the capital before */
            int suffix = j > i && patronym_suffix(a, j);
            if (!is_cap(a, j) && !suffix)
                return (size_t)-1;
            *ns = i;
            *ne = suffix ? j - 1 : j;
            return j + 1;
        }
        /* (one word will do after a title's stop: "AMB. TSEGAYE (in
         * Amharic):") */
        if ((j > i || (i >= 2 && punct_is(a, i - 1, '.'))) && is_cap(a, j) &&
            (c = role_before_colon(a, i, j)) != (size_t)-1) {
            *ns = i;
            *ne = j;
            return c;
        }
    }
    return (size_t)-1;
}

/* Removes the statements inside [start, end) from q: a transcript line
 * holds them. */
static void drop_nested(st_quotes *q, size_t start, size_t end)
{
    size_t i, n = 0;
    for (i = 0; i < q->n; i++) {
        if (q->v[i].start >= start && q->v[i].end <= end) {
            free(q->v[i].speaker);
            continue;
        }
        q->v[n++] = q->v[i];
    }
    q->n = n;
}

static int by_start(const void *x, const void *y)
{
    const st_quote *p = x, *q = y;
    return p->start < q->start ? -1 : p->start > q->start;
}

/* Past a stage direction in brackets opening an answer, "(Laughs.)",
 * "(in English)": a few words, closed on the same line with words after
 * it.  Returns the answer's first token (b itself when there is none). */
static size_t past_stage_direction(const attrib *a, size_t b)
{
    const st_tokens *tk = &a->d->tk;
    size_t k;
    if (b >= tk->n || !punct_is(a, b, '('))
        return b;
    for (k = b + 1; k < tk->n && k < b + 8 && tk->v[k].type != ST_TOK_BREAK; k++)
        if (punct_is(a, k, ')'))
            return k + 1 < tk->n && tk->v[k + 1].type == ST_TOK_WORD ? k + 1 : b;
    return b;
}

/* Does the line starting at token p hold a question mark? */
static int line_asks(const attrib *a, size_t p)
{
    const st_tokens *tk = &a->d->tk;
    for (; p < tk->n && tk->v[p].type != ST_TOK_BREAK; p++)
        if (punct_is(a, p, '?'))
            return 1;
    return 0;
}

/* How many paragraphs an answer may run on for, unlabelled. */
#define ANSWER_MAX_PARAGRAPHS 6

/* An answer of several paragraphs: from the break at token k that ends
 * its first line, the paragraphs after it that open with no label (nor a
 * quote mark) belong to it when a labelled line follows them within
 * ANSWER_MAX_PARAGRAPHS (the last answer of a transcript runs on into
 * the article, so it keeps to its line).  A quote inside them is nested
 * in the answer, as one in its first line is.  Returns the answer's end. */
static size_t continued_answer_end(const attrib *a, size_t k, size_t end)
{
    const st_tokens *tk = &a->d->tk;
    size_t p = k, paras = 0, ns, ne, last_end = end, e;
    while (p < tk->n && paras < ANSWER_MAX_PARAGRAPHS) {
        while (p < tk->n && tk->v[p].type == ST_TOK_BREAK)
            p++;
        if (p >= tk->n)
            return end;
        /* the next label, or a question without its colon ("Q    Senator
         * X said …"): the paragraphs so far are the answer's */
        if (st_tr_question_at(a, p))
            return last_end;
        /* (a label of the transcript's: a person's, or one that labels
         * other lines too, "MODERADOR:"; not "News ID: 84417" or "Editor:
         * Li Min" after its last answer, nor the answer's own "First:
         * …", which go on as its paragraphs until a label follows; an
         * outlet's question, "Reuters: … ?", is the next label, and so
         * is a label in capitals, "GENERAL MANAGER QUISBERT:", whoever it
         * names) */
        if (st_tr_label_parts(a, p, &ns, &ne) != (size_t)-1 &&
            (all_caps_run(a, ns, ne + 1) || st_tr_label(a, p, &ns, &ne) != (size_t)-1 ||
             st_tr_label_lines(a, ne) >= 2 || line_asks(a, p)))
            return last_end;
        /* a note in brackets ("[The press conference ended at 11:52.]")
         * ends the transcript: what follows is the article's; unless a
         * label comes next ("[Round of questions.]" then "Q. (…):"), when
         * the paragraphs so far are the answer's */
        if (punct_is(a, p, '[')) {
            int closes = 0;     /* "[End of excerpt. …]", "[… ended at 11:52.]" */
            for (e = p; e < tk->n && tk->v[e].type != ST_TOK_BREAK; e++)
                closes |= word_is(a, e, "end") || word_is(a, e, "ended") ||
                          word_is(a, e, "ends") || word_is(a, e, "adjourned");
            while (e < tk->n && tk->v[e].type == ST_TOK_BREAK)
                e++;
            return closes || (e < tk->n && (st_tr_question_at(a, e) ||
                                             st_tr_label_parts(a, e, &ns, &ne) != (size_t)-1))
                       ? last_end
                       : end;
        }
        if (a->d->is_mark[tk->v[p].start] || in_statement(a, p))
            return end;
        for (e = p; e < tk->n && tk->v[e].type != ST_TOK_BREAK; e++)
            ;
        /* (on a call labelled by names alone, a line of capitals alone,
         * "Operator", is the next turn's) */
        if (a->name_lines && e - p <= LABEL_MAX_TOKENS && is_cap(a, e - 1)) {
            size_t c;
            for (c = p; c < e && is_cap(a, c); c++)
                ;
            if (c == e)
                return last_end;
        }
        last_end = tk->v[e - 1].end;
        p = e;
        paras++;
    }
    return end;
}

/* Does the article label its turns by names alone on their lines: at
 * least NAME_LINES_MIN such lines that name a person the article
 * introduces (a call's list of participants does), of NAME_LINES_PEOPLE
 * people or more?  A byline's or a caption's name alone is one line. */
static int uses_name_lines(attrib *a)
{
    const st_tokens *tk = &a->d->tk;
    size_t i, ns, ne, n = 0, tried = 0, first_s = 0, first_e = 0;
    int people = 0;
    a->name_lines = 1;  /* (so that st_tr_label reads such lines) */
    /* (at most ST_TR_MAX_LINES candidates are read: st_tr_label scans a
     * window around each, and a hostile text may be all such lines) */
    for (i = 1; i < tk->n && n < NAME_LINES_MIN * 4 && tried < ST_TR_MAX_LINES; i++) {
        size_t xs, xe;
        if (tk->v[i - 1].type != ST_TOK_BREAK || name_alone_line(a, i, &xs, &xe) == (size_t)-1)
            continue;
        tried++;
        if (st_tr_label(a, i, &ns, &ne) == (size_t)-1)
            continue;
        if (n++ == 0) {
            first_s = xs;
            first_e = xe;
            people = 1;
        } else if (people == 1 && !st_tr_same_words(a, first_s, first_e, xs, xe))
            people = 2;
    }
    a->name_lines = n >= NAME_LINES_MIN && people >= NAME_LINES_PEOPLE;
    return a->name_lines;
}

int st_tr_opening_heading(const attrib *a, size_t b)
{
    const st_tokens *tk = &a->d->tk;
    size_t h, e = b - 1;
    if (b < 3 || b >= tk->n || tk->v[e].type != ST_TOK_BREAK)
        return 0;
    for (h = e; h > 0 && tk->v[h - 1].type != ST_TOK_BREAK; h--)
        ;
    if (e - h > 0 && punct_is(a, e - 1, ':'))
        e--;    /* "Opening remarks:" */
    return e - h == 2 && word_is(a, h, "opening") &&
           (word_is(a, h + 1, "remarks") || word_is(a, h + 1, "statement"));
}

/* Appends the statement [start, end), printed without marks, to q and
 * marks its code points as quoted; -1 when out of memory. */
static int add_answer(attrib *a, st_quotes *q, size_t start, size_t end)
{
    st_quote nq;
    memset(&nq, 0, sizeof nq);
    nq.start = nq.open_mark = start;
    nq.end = end;
    nq.sent_start = nq.start;
    nq.sent_end = nq.end;
    nq.kind = ST_KIND_FULL;
    nq.mention_start = nq.mention_end = ST_NO_POS;
    if (st_grow((void **)&q->v, &q->cap, q->n, sizeof *q->v))
        return -1;
    q->v[q->n++] = nq;
    memset(a->d->in_quote + nq.start, 1, nq.end - nq.start);
    return 0;
}

/* The paragraphs under an "Opening Remarks" heading, up to the first
 * label or question (continued_answer_end): one statement, whose speaker
 * attrib.c asks of st_tr_opening_speaker.  Only in a transcript (the
 * caller has seen its labelled lines), and only prose: not a quote, a
 * label, a question, nor one line of a few words. */
static int add_opening_remarks(attrib *a, st_quotes *q)
{
    const st_tokens *tk = &a->d->tk;
    size_t b, k, end, words, lower, ns, ne;
    for (b = 3; b < tk->n && b < ST_TR_OPENING_TOKENS && q->n < ST_QUOTES_MAX; b++) {
        if (!st_tr_opening_heading(a, b) || tk->v[b].type != ST_TOK_WORD ||
            a->d->is_mark[tk->v[b].start] || in_statement(a, b) || st_tr_question_at(a, b) ||
            st_tr_label_parts(a, b, &ns, &ne) != (size_t)-1)
            continue;
        for (k = b; k < tk->n && tk->v[k].type != ST_TOK_BREAK; k++)
            if (a->d->is_mark[tk->v[k].start] || in_statement(a, k))
                break;
        if (k < tk->n && tk->v[k].type != ST_TOK_BREAK)
            continue;
        end = continued_answer_end(a, k, tk->v[k - 1].end);
        for (k = b, words = lower = 0; k < tk->n && tk->v[k].start < end; k++) {
            if (in_statement(a, k))
                return 0;   /* (a quote inside: the section is not plain remarks) */
            words += tk->v[k].type == ST_TOK_WORD;
            lower += tk->v[k].type == ST_TOK_WORD && (tk->v[k].flags & ST_TF_LOWER);
        }
        if (words < TRANSCRIPT_MIN_WORDS || lower * 2 < words)
            continue;
        return add_answer(a, q, tk->v[b].start, end) ? -1 : 1;
    }
    return 0;
}

int st_tr_add_lines(attrib *a, st_quotes *q)
{
    const st_tokens *tk = &a->d->tk;
    size_t i, labelled = 0, added = 0, ns, ne;

    a->speaker_key = st_tr_find_speaker_key(a);
    uses_name_lines(a);

    /* A transcript has at least two labelled lines. */
    for (i = 1; i < tk->n && labelled < 2; i++)
        if (tk->v[i - 1].type == ST_TOK_BREAK && st_tr_label_parts(a, i, &ns, &ne) != (size_t)-1)
            labelled++;
    if (labelled < 2)
        return 0;
    a->legislature = st_tr_legislature(a);
    a->moderator_at = st_tr_find_moderator(a);
    for (i = 1, labelled = 0; i < tk->n && q->n < ST_QUOTES_MAX; i++) {
        size_t e, b, end, k, le, xs, xe, words = 0, lower = 0;
        size_t xs0, xe0;
        int marked = 0;
        if (tk->v[i - 1].type != ST_TOK_BREAK || (e = st_tr_label_parts(a, i, &ns, &ne)) == (size_t)-1)
            continue;
        if (++labelled > ST_TR_MAX_LINES)
            break;
        xs0 = ns;
        xe0 = ne;
        /* the first token of the answer, past "(Laughs.) …"; for a name
         * alone on its line, the break after it (the answer is the
         * paragraphs after it) */
        b = tk->v[e].type == ST_TOK_BREAK ? e
                                           : past_stage_direction(a, st_tr_past_emphasis(a, e + 1));
        /* ("President Takasugi:" alone on its line, the answer on the
         * next, as a Japanese company's transcript sets it; and "Answer:"
         * alone, the answer in the paragraphs after it, as a foreign
         * ministry's transcript sets it) */
        if (b + 1 < tk->n && tk->v[b].type == ST_TOK_BREAK &&
            (break_newlines(a, b) == 1 ||
             (break_newlines(a, b) == 2 &&
              (st_tr_answer_letter(a, ns, ne) || tk->v[e].type == ST_TOK_BREAK))) &&
            tk->v[b + 1].type == ST_TOK_WORD && st_tr_label_parts(a, b + 1, &xs, &xe) == (size_t)-1)
            b = b + 1;
        le = ne;
        /* (st_tr_label reads the label again, naming its person; a
         * reporter's question is no statement: the briefs count the
         * answers, and most writers leave the questions unmarked; nor
         * are the lines of one whose lines mostly ask, as an earnings
         * call's analyst's or a host's do) */
        /* (nor an analyst's turn on a call, under a name alone) */
        if (tk->v[e].type == ST_TOK_BREAK &&
            (st_tr_listed_with_firm(a, xs0, xe0) || name_line_before(a, i)))
            continue;
        if (b >= tk->n || tk->v[b].type != ST_TOK_WORD ||
            st_tr_question_at(a, i) ||
            st_tr_label(a, i, &ns, &ne) == (size_t)-1 || st_tr_label_asks(a, le, 2) ||
            st_tr_label_hosts(a, le) || st_tr_moderator(a, le))
            continue;
        for (k = b; k < tk->n && tk->v[k].type != ST_TOK_BREAK; k++) {
            words += tk->v[k].type == ST_TOK_WORD;
            lower += tk->v[k].type == ST_TOK_WORD && (tk->v[k].flags & ST_TF_LOWER);
            marked |= a->d->is_mark[tk->v[k].start] || in_statement(a, k);
        }
        /* Prose, not a list of names ("Olympique Tanger: Da Costa; Amrani,
         * Benchekroun, ..." is a line-up).  An answer that quotes someone
         * inside it ("My father used to say, “A good spanner …”") is
         * still the answer: what it quotes is nested in it. */
        if (marked && (k == b + 1 || in_statement(a, b) ||
                       (b > 0 && a->d->is_mark[tk->v[b].start])))
            continue;
        end = continued_answer_end(a, k, tk->v[k - 1].end);
        /* (an answer's first line may be only "Thank you, President.
         * Good morning.": its paragraphs after it count too) */
        for (; k < tk->n && tk->v[k].start < end; k++) {
            words += tk->v[k].type == ST_TOK_WORD;
            lower += tk->v[k].type == ST_TOK_WORD && (tk->v[k].flags & ST_TF_LOWER);
            marked |= a->d->is_mark[tk->v[k].start] || in_statement(a, k);
        }
        if (words < TRANSCRIPT_MIN_WORDS || lower * 2 < words)
            continue;
        if (marked)
            drop_nested(q, tk->v[b].start, end);
        if (add_answer(a, q, tk->v[b].start, end))
            return -1;
        added++;
    }
    switch (add_opening_remarks(a, q)) {
    case -1:
        return -1;
    case 1:
        added++;
        break;
    }
    if (added)
        qsort(q->v, q->n, sizeof *q->v, by_start);
    return 0;
}
