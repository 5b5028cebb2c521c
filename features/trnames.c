/* trnames.c - whom a transcript's label names.
 *
 * transcript.c finds the labelled lines ("Koutsogiannis: …"); this file
 * says who each label is: a person the article introduces whose name
 * ends (or, family name first, opens) with the label's words, the full
 * name of an earlier label, initials ("MC:"), a role the article or the
 * transcript's header gives one person ("Spokesperson:", "CHIEF
 * MINISTER:"), a label the list of those present defines in brackets
 * ("(NASRUDIN)"), a name the text gives after an honorific elsewhere,
 * or, for "A:", who answers the questions.  It also counts a label's
 * lines and how many of them ask, which tells a host or an analyst from
 * the people answering. */
#include "attrib_int.h"

/* A letter for comparing a label in capitals with the name in the text:
 * lower case (İ lowers to i), and the dotless ı as i too ("ÇELIK",
 * "Çelık" as some keyboards type them). */
static uint32_t label_fold(uint32_t c)
{
    c = st_cp_lower(c);
    return c == 0x131 ? 'i' : c;
}

/* Are tokens i and j the same word, case aside ("NDONG", "Ndong"), and
 * a possessive on i aside ("Spokesperson Fang Zhiyuan's regular press
 * conference" introduces the "Fang Zhiyuan:" of the lines)? */
int st_tr_same_word_ci(const attrib *a, size_t i, size_t j)
{
    const st_token *x = tok(a, i), *y = tok(a, j);
    size_t n = y->end - y->start, k;
    const uint32_t *cp = a->d->t->cp;
    if (x->end - x->start != n &&
        !(x->end - x->start == n + 2 && (cp[x->end - 1] == 's' || cp[x->end - 1] == 'S') &&
          (cp[x->end - 2] == '\'' || cp[x->end - 2] == 0x2019)))
        return 0;
    for (k = 0; k < n && label_fold(a->d->t->cp[x->start + k]) ==
                             label_fold(a->d->t->cp[y->start + k]); k++)
        ;
    return k == n;
}

static int label_is_person(const attrib *a, size_t s, size_t e, size_t *inner);

/* "MC:" for Maya Castellanos: a label of two or three capitals that are
 * the initials of the entity x's words. */
static int initials_of(const attrib *a, size_t s, size_t e, const entity *x)
{
    const st_token *t = tok(a, s);
    size_t n = t->end - t->start, k, got = 0;
    if (s != e || n < 2 || n > 3 || !(t->flags & ST_TF_ALLCAPS) || x->e - x->s + 1 != n)
        return 0;
    for (k = x->s; k <= x->e; k++, got++)
        if (!is_cap(a, k) || a->d->t->cp[tok(a, k)->start] != a->d->t->cp[t->start + got])
            return 0;
    return 1;
}

/* Do the label's words [s, e] stand at [k - (e - s), k], case aside? */
static int label_words_end_at(const attrib *a, size_t s, size_t e, size_t k)
{
    size_t j;
    if (k < e - s)
        return 0;
    for (j = 0; j <= e - s; j++)
        if (!st_tr_same_word_ci(a, k - j, e - j))
            return 0;   /* (a stop matches only a stop: "R.") */
    return 1;
}

/* The first of the label's words [s0, e] past an honorific ("Mr
 * SPEAKER:" is the Speaker's role), or (size_t)-1 when they are not all
 * role words. */
static size_t role_label_start(const attrib *a, size_t s0, size_t e)
{
    char w[WORD_MAX];
    size_t k;
    if (s0 < e && st_nm_honorific(lower(a, s0, w)))
        s0++;
    if (s0 < e && punct_is(a, s0, '.'))
        s0++;
    if (e - s0 >= 4)
        return (size_t)-1;
    for (k = s0; k <= e; k++)
        if (!role_word(a, k))
            return (size_t)-1;
    return s0;
}

/* Words a header puts between a role and the name it gives: line
 * breaks, stops and commas, an honorific, "The Hon." ("PRIME MINISTER /
 * THE HON. DAVID MARLOWE MP"). */
static int between_role_and_name(const attrib *a, size_t k)
{
    char w[WORD_MAX];
    if (tok(a, k)->type == ST_TOK_BREAK || punct_is(a, k, '.') || punct_is(a, k, ','))
        return 1;
    return is_word(a, k) && (st_nm_honorific(lower(a, k, w)) || !strcmp(w, "the") ||
                             !strcmp(w, "hon"));
}

/* "Hon'ble", "Honourable", "Hon": a style before a role ("[SHRI X,
 * Hon'ble Speaker, in the Chair]"). */
static int honourable(const attrib *a, size_t k)
{
    static const char *const styles[] = { "hon", "hon'ble", "hon\xE2\x80\x99" "ble", "honourable",
                                          "honorable", NULL };
    char w[WORD_MAX];
    return is_word(a, k) && is_cap(a, k) && word_in(lower(a, k, w), styles);
}

/* "Spokesperson:", "CHIEF MINISTER:": a role the article gave one person,
 * the label's words [s0, e] all role words, right before the name
 * ("Spokesperson Florencia Adjovi-Marchand told reporters", "by the
 * Spokesperson / Ms. Rabia Anwar Sheikh") or right after it ("THE HON.
 * KATRINA DOYLE MLA / CHIEF MINISTER OF THE NORTHERN TERRITORY", as an
 * Australian government transcript's header gives it). */
static int role_label_of(const attrib *a, size_t s0, size_t e, const entity *x)
{
    const st_tokens *tk = &a->d->tk;
    size_t r = x->s, k;
    if ((s0 = role_label_start(a, s0, e)) == (size_t)-1 || r == 0)
        return 0;
    r--;
    /* (or "by the Spokesperson, Ambassador Samina Khalid Durrani": a
     * comma and a title between) */
    if (r > 1 && is_word(a, r) && st_nm_tk_title_word(a, r) && !st_tr_same_word_ci(a, r, e))
        r--;
    for (k = 0; r > 1 && k < 6 && between_role_and_name(a, r); k++)
        r--;
    if (label_words_end_at(a, s0, e, r))
        return 1;
    /* after the name: its letters ("MLA", "MP"), a comma or a line break,
     * then the role */
    for (r = x->e + 1, k = 0; r < tk->n && k < 3; r++, k++)
        if (!(punct_is(a, r, ',') || tk->v[r].type == ST_TOK_BREAK || honourable(a, r) ||
              (is_word(a, r) && (tok(a, r)->flags & ST_TF_ALLCAPS) && !role_word(a, r) &&
               tok(a, r)->end - tok(a, r)->start <= 4)))
            break;
    return r > x->e + 1 && r + (e - s0) != e && label_words_end_at(a, s0, e, r + (e - s0));
}

/* The person the label [s, e] (its titles from s0) names, or (size_t)-1: an introduced entity
 * outside the label whose last word is the label's; or, for initials or
 * a role, the one entity they fit (*whole is set: the label is not the
 * name itself). */
static size_t label_entity(const attrib *a, size_t s0, size_t s, size_t e, int *whole)
{
    size_t k, found = (size_t)-1;
    *whole = 0;
    if (label_is_person(a, s, e, &k)) {
        *whole = k != (size_t)-1;
        return *whole ? k : 0;
    }
    for (k = 0; k < a->nent && k < ENTITY_WINDOW; k++) {
        const entity *x = &a->ent[k];
        if (!x->introduced || (x->s >= s && x->e <= e) ||
            !(initials_of(a, s, e, x) || role_label_of(a, s0, e, x)))
            continue;
        if (found != (size_t)-1 && (a->ent[found].e - a->ent[found].s != x->e - x->s ||
                                    !st_nm_name_contains(a, a->ent[found].s, a->ent[found].e,
                                                         x->s, x->e)))
            return (size_t)-1;  /* two people fit: no guess */
        found = k;
    }
    *whole = found != (size_t)-1;
    return found;
}

/* How far around a label, in tokens, its other lines are looked for. */
#define ASKS_WINDOW_TOKENS 20000

/* How many lines (within ASKS_WINDOW_TOKENS) are labelled with the name
 * ending in the word at token e; *asks gets how many of them end in a
 * question mark. */
static size_t label_lines_asking(const attrib *a, size_t e, size_t *asks)
{
    const st_tokens *tk = &a->d->tk;
    size_t i = e > ASKS_WINDOW_TOKENS ? e - ASKS_WINDOW_TOKENS : 1, k, ns, ne, c;
    size_t hi = e + ASKS_WINDOW_TOKENS < tk->n ? e + ASKS_WINDOW_TOKENS : tk->n;
    size_t lines = 0, seen = 0;
    *asks = 0;
    for (; i < hi && seen < ST_TR_MAX_LINES; i++) {
        if (tk->v[i - 1].type != ST_TOK_BREAK || (c = st_tr_label_parts(a, i, &ns, &ne)) == (size_t)-1)
            continue;
        seen++;
        if (!st_tr_same_word_ci(a, ne, e))
            continue;
        for (k = c; k + 1 < tk->n && tk->v[k + 1].type != ST_TOK_BREAK; k++)
            ;
        while (k > c && tk->v[k].type == ST_TOK_PUNCT && a->d->is_mark[tk->v[k].start])
            k--;    /* (past a closing mark) */
        lines++;
        *asks += punct_is(a, k, '?');
    }
    return lines;
}

/* Do more than 1/share of the lines labelled with the name ending in
 * the word at token e (two or more of them) end in a question mark, as a
 * host's do ("SIGRID AUNE: And what's actually in the plan?")? */
int st_tr_label_asks(const attrib *a, size_t e, size_t share)
{
    size_t asks, lines;
    if (a->legislature)
        return 0;   /* (a member's questions to a minister are statements) */
    lines = label_lines_asking(a, e, &asks);
    return lines >= 2 && asks * share > lines;
}

/* Does the first line labelled with the name ending at token e welcome
 * the audience and name its speaker ("Marhaba, and welcome to Between
 * the Lines. I'm Yasmine Haddad.")?  That is a programme's host, whose
 * lines are questions and cues, not answers, whatever their marks. */
int st_tr_label_hosts(const attrib *a, size_t e)
{
    const st_tokens *tk = &a->d->tk;
    size_t i = e > ASKS_WINDOW_TOKENS ? e - ASKS_WINDOW_TOKENS : 0, k, ns, ne, c, seen = 0;
    for (; i < tk->n && i <= e + 1 && seen < ST_TR_MAX_LINES; i++) {
        int welcome = 0, self = 0;
        if ((i > 0 && tk->v[i - 1].type != ST_TOK_BREAK) ||
            (c = st_tr_label_parts(a, i, &ns, &ne)) == (size_t)-1)
            continue;
        seen++;
        if (!st_tr_same_word_ci(a, ne, e))
            continue;
        for (k = c + 1; k < tk->n && tk->v[k].type != ST_TOK_BREAK && k < c + 80; k++) {
            welcome |= word_is(a, k, "welcome") && k + 1 < tk->n &&
                       (word_is(a, k + 1, "to") || word_is(a, k + 1, "back"));
            self |= word_is(a, k, "i'm") || word_is(a, k, "i’m") ||
                    (word_is(a, k, "i") && k + 1 < tk->n && word_is(a, k + 1, "am"));
        }
        return welcome && self;
    }
    return 0;
}

/* How many lines are labelled with the name ending at token e. */
size_t st_tr_label_lines(const attrib *a, size_t e)
{
    size_t asks;
    return label_lines_asking(a, e, &asks);
}

/* A full name the article gives nowhere else ("CANCILLER JOAQUÍN
 * ECHEVERRÍA SOLÍS:" in a presidency's transcript): two or more words
 * opening with a listed given name, none of them a title, office or
 * common word ("MARIA SAYS:" is no one); not a host whose lines mostly
 * ask, as a podcast's does (the answers are the statements:
 * heldout/BRIEF.md). */
static int label_full_name(const attrib *a, size_t s, size_t e)
{
    size_t j;
    if (e == s || !(known_given(a, s) || st_tr_slashed_style(a, s)))
        return 0;   /* (a style before it will do: "W/RO MERON TESFAYE:") */
    for (j = s + 1; j <= e; j++)
        if (tk_name_is(a, j, NOT_IN_A_LABEL_NAME))
            return 0;
    return !st_tr_label_asks(a, e, 2);
}

/* "SHRI BINOD KUMAR JHA (Nirmali):", "Callum Fraser (Aberdeenshire West)
 * (Con)": a legislature's record introduces each member by the seat,
 * portfolio or party it prints in brackets right after the name, or by
 * the office before it, which the article may give nowhere else: two
 * words or more, none of a class no name is made of; not a member whose
 * lines mostly ask. */
static int seated_name(const attrib *a, size_t s, size_t e)
{
    size_t j;
    /* (or the person in brackets after the role: "The First Minister
     * (Morag Lindsay)") */
    int after_role = s >= 2 && punct_is(a, s - 1, '(') && role_word(a, s - 2) &&
                     e + 1 < a->d->tk.n && punct_is(a, e + 1, ')');
    if (e == s || e + 1 >= a->d->tk.n || !(punct_is(a, e + 1, '(') || after_role))
        return 0;
    for (j = s; j <= e; j++)
        if (!is_cap(a, j) || tk_name_is(a, j, NOT_IN_A_LABEL_NAME))
            return 0;
    return !st_tr_label_asks(a, e, 2);
}

/* "MOORCROFT:" after "RACHEL MOORCROFT, MINISTER FOR HEALTH:", in an
 * Australian minister's transcript that gives the name nowhere else: a
 * one-word label that ends an earlier label's full name; not a host's,
 * more than a third of whose lines ask (a host's opening line is often
 * no question, "WANJIRU KAMAU: Dr. Koech, thank you for coming in."). */
static void label_name(const attrib *a, size_t *ns, size_t *ne);
static int earlier_label_ends_with(const attrib *a, size_t s, size_t e, size_t *fs, size_t *fe)
{
    const st_tokens *tk = &a->d->tk;
    size_t i = e > ASKS_WINDOW_TOKENS ? e - ASKS_WINDOW_TOKENS : 1, ns, ne, seen = 0;
    for (; i < s && seen < ST_TR_MAX_LINES; i++) {
        if (tk->v[i - 1].type != ST_TOK_BREAK || st_tr_label_parts(a, i, &ns, &ne) == (size_t)-1)
            continue;
        seen++;
        label_name(a, &ns, &ne);
        /* (or its last words, "VILLACRÉS ORDÓÑEZ:" after "LEGAL ADVISER
         * SANTIAGO VILLACRÉS ORDÓÑEZ:") */
        if (ne - ns > e - s && ne < s && label_words_end_at(a, s, e, ne) &&
            label_full_name(a, ns, ne)) {
            *fs = ns;
            *fe = ne;
            return !st_tr_label_asks(a, e, 3);
        }
    }
    return 0;
}

/* Does the label's name [s, e], two words or more, stand elsewhere in
 * the text after an honorific ("MR. VENKATESH R. IYER – MANAGING
 * DIRECTOR", an earnings call's list of its speakers, for the
 * "Venkatesh R. Iyer:" of its lines), no word of it a class no name is
 * made of? */
static int label_styled_elsewhere(const attrib *a, size_t s, size_t e)
{
    const st_tokens *tk = &a->d->tk;
    size_t j = e > ASKS_WINDOW_TOKENS ? e - ASKS_WINDOW_TOKENS : 2, k, h;
    size_t hi = e + ASKS_WINDOW_TOKENS < tk->n ? e + ASKS_WINDOW_TOKENS : tk->n;
    char w[WORD_MAX];
    if (e == s)
        return 0;
    for (k = s; k <= e; k++)
        if (is_word(a, k) && tk_name_is(a, k, NOT_IN_A_LABEL_NAME))
            return 0;
    for (; j + (e - s) < hi; j++) {
        /* (the label's first word first: most tokens stop there) */
        if (j == s || !is_word(a, j) || !st_tr_same_word_ci(a, j, s))
            continue;
        h = punct_is(a, j - 1, '.') ? j - 2 : j - 1;    /* "MR." or "Mr" */
        if (!is_word(a, h) || !st_nm_honorific(lower(a, h, w)))
            continue;
        k = j + (e - s);    /* the name's last token there */
        if (label_words_end_at(a, s, e, k) && !(k + 1 < tk->n && punct_is(a, k + 1, ':')))
            return 1;
    }
    return 0;
}

/* Is the label [s, e] a person the article introduces elsewhere: an
 * introduced entity outside the label whose last word is the label's
 * ("ROTICH:" labels the Rotich introduced in the text), or whose words
 * after the first hold the label's in a row ("ESONO NDONG:" for
 * Crisantos Esono Ndong Abeso: Spanish and Equatoguinean labels give
 * the first surnames, not the last; *inner is then that entity, whose
 * name the label stands for, else (size_t)-1)? */
static int label_is_person(const attrib *a, size_t s, size_t e, size_t *inner)
{
    size_t k, j, m = e - s;
    *inner = (size_t)-1;
    /* (a place word may end a surname after its particle: "DA COSTA:") */
    if (tk_name_is(a, e, ST_WC_ORG_HEAD | ST_WC_TITLE | ST_WC_FUNCTION | ST_WC_PRONOUN |
                             ST_WC_DOCUMENT | ST_WC_THING) ||
        (tk_name_is(a, e, ST_WC_PLACE) && !(e > s && tk_name_is(a, e - 1, ST_WC_PARTICLE))))
        return 0;
    for (k = 0; k < a->nent && k < ENTITY_WINDOW; k++) {
        const entity *x = &a->ent[k];
        if (!x->introduced || (x->s >= s && x->e <= e))
            continue;
        /* (a one-word label may give the first word of a name written
         * family name first: "MORISHITA:" for Morishita Ryuji) */
        if (st_tr_same_word_ci(a, x->e, e) || (m == 0 && x->e > x->s && st_tr_same_word_ci(a, x->s, e)))
            return 1;
        for (j = x->s + 1 + m; m && j < x->e; j++)
            if (label_words_end_at(a, s, e, j)) {
                *inner = k;
                return 1;
            }
    }
    return (m && (label_full_name(a, s, e) ||
                  (label_styled_elsewhere(a, s, e) && !st_tr_label_asks(a, e, 2)))) ||
           earlier_label_ends_with(a, s, e, &j, &k);
}

/* A question's label naming its reporter and outlet: "Q (Elif Şahin,
 * Anadolu Agency):", a person by the form itself; not the outlet alone
 * ("Q (Press TV):"). */
static int reporter_in_brackets(const attrib *a, size_t i, size_t ns, size_t ne)
{
    i = st_tr_past_emphasis(a, i);
    return ns > i + 1 && ne > ns && punct_is(a, i + 1, '(') && punct_is(a, ne + 1, ',');
}

/* The name in a label, without an honorific ("MR HALLORAN:") or the
 * titles before it ("CHIEF CABINET SECRETARY MORISHITA:"). */
static void label_name(const attrib *a, size_t *ns, size_t *ne)
{
    char w[WORD_MAX];
    size_t k;
    if (*ne > *ns && st_nm_honorific(lower(a, *ns, w)))
        (*ns)++;
    /* everything up to the last title word is the title (a label's
     * capitals are no acronyms to strip, as st_nm_strip_leading would) */
    for (k = *ne; k > *ns; k--)
        if (st_nm_tk_title_word(a, k - 1)) {
            *ns = k;
            break;
        }
}

/* How far back, in tokens, an "A:" answer looks for who answers. */
#define ANSWERER_BACK_TOKENS 6000

int st_tr_answer_letter(const attrib *a, size_t s, size_t e)
{
    const st_token *t = tok(a, s);
    return s == e && ((t->end - t->start == 1 && a->d->t->cp[t->start] == 'A') ||
                      (is_cap(a, s) && st_token_is(a->d->t, t, "answer")));
}

/* How far into the text a transcript's header may give its people. */
#define HEADER_TOKENS 400
/* Words a name in a header may have. */
#define LABEL_WORDS_MAX 6

/* Words of a header before the "by" that names who gives a briefing:
 * "Regular Press Briefing by …", "the briefing, chaired by …". */
static int briefing_word(const attrib *a, size_t k)
{
    static const char *const words[] = { "briefing", "briefings", "conference", "chaired",
                                         "hosted", "given", "delivered", NULL };
    char w[WORD_MAX];
    return is_word(a, k) && word_in(lower(a, k, w), words);
}

/* Who gives the briefing a transcript's header announces before its
 * first question (token before): the first person named after "by" that
 * one of briefing_word's words comes just before, past the role and the
 * titles between ("Regular Press Briefing by MOFA Spokesperson Đỗ Thị
 * Minh Ngọc", "by the Spokesperson, Ambassador Samina Khalid Durrani",
 * "chaired by Spokesperson Đoàn Minh Khuê"), or after a "Briefer:"
 * label.  Only within the header's
 * HEADER_TOKENS; the name's tokens in *ns, *ne. */
static int briefer(const attrib *a, size_t before, size_t *ns, size_t *ne)
{
    size_t x, k, hi = before < HEADER_TOKENS ? before : HEADER_TOKENS;
    for (x = 0; x < a->nent && a->ent[x].s < hi; x++) {
        size_t s = a->ent[x].s, by = (size_t)-1;
        for (k = s; k > 0 && s - k < 6; k--) {
            size_t p = k - 1;
            if (word_is(a, p, "by") && !is_cap(a, p)) {
                by = p;
                break;
            }
            if ((punct_is(a, p, ':') && p > 0 && word_is(a, p - 1, "briefer")) ||
                (word_is(a, p, "of") && !is_cap(a, p) && p > 0 &&
                 (word_is(a, p - 1, "answers") || word_is(a, p - 1, "remarks")))) {
                *ns = a->ent[x].s;  /* "Briefer: Spokesperson Choi Min-seo", "Answers of */
                *ne = a->ent[x].e;  /* the MFA Spokesperson Lilit Avagyan to …" */
                return 1;
            }
            if (!(is_cap(a, p) || punct_is(a, p, ',') || word_is(a, p, "the")))
                break;  /* (the role and titles between are capitalised) */
        }
        if (by == (size_t)-1)
            continue;
        for (k = by; k > 0 && by - k < 3; k--)
            if (briefing_word(a, k - 1)) {
                *ns = a->ent[x].s;
                *ne = a->ent[x].e;
                return 1;
            }
    }
    return 0;
}

/* Who answers the "A:" line whose label starts at token i: the person of
 * the latest line before the questions labelled with a name ("Deputy
 * Spokesperson Koo Ha-rin: Good morning. …" opening a briefing), or else
 * the one the header says gives the briefing (briefer).  Their name's
 * tokens in *ns, *ne; 0 when there is neither (the person a lead names
 * is too often someone else to guess), or when no "Q:" line comes before
 * (an "A:" alone is no transcript). */
static int answerer(const attrib *a, size_t i, size_t *ns, size_t *ne)
{
    size_t lo = i > ANSWERER_BACK_TOKENS ? i - ANSWERER_BACK_TOKENS : 0, k, s, e, first_q = i;
    for (k = i; k > lo + 1; k--) {
        size_t p = k - 1, c;
        if (tok(a, p - 1)->type != ST_TOK_BREAK || (c = st_tr_label_parts(a, p, &s, &e)) == (size_t)-1)
            continue;
        if (st_tr_question_at(a, p)) {
            first_q = p;    /* "Q:", and "Q (Elif Şahin, Anadolu Agency):" too */
            continue;
        }
        /* (a label that names no one, "Posted: 24/07 18:30 | Print",
         * is passed over) */
        if (!st_tr_answer_letter(a, s, e) && first_q < i && st_tr_label(a, p, ns, ne) != (size_t)-1)
            return 1;
    }
    return first_q < i && briefer(a, first_q, ns, ne);
}

int st_tr_opening_speaker(const attrib *a, size_t b, size_t *ns, size_t *ne)
{
    const st_tokens *tk = &a->d->tk;
    size_t k, lines = 0;
    if (briefer(a, b, ns, ne))
        return 1;
    for (k = b + 1; k < tk->n && lines < ST_TR_MAX_LINES; k++) {
        if (tk->v[k - 1].type != ST_TOK_BREAK)
            continue;
        lines++;
        if (st_tr_label_parts(a, k, ns, ne) == (size_t)-1 || st_tr_question_at(a, k))
            continue;
        return st_tr_label(a, k, ns, ne) != (size_t)-1;
    }
    return 0;
}

/* The first token of the line holding token i. */
static size_t line_first_token(const attrib *a, size_t i)
{
    while (i > 0 && tok(a, i - 1)->type != ST_TOK_BREAK)
        i--;
    return i;
}

/* A header's line that is a name alone, from token i: "THE HON. KATRINA
 * DOYLE MLA", "Ms. Rabia Anwar Sheikh": an honorific or "The Hon." first,
 * or a listed given name, then two to five capitalised words (the first
 * no title) and the letters of a seat or a silk after them.  The name's
 * tokens in *ns, *ne; 0 when the line is anything else. */
static int header_name_line(const attrib *a, size_t i, size_t *ns, size_t *ne)
{
    static const char *const letters[] = { "mp", "mla", "mhr", "mpp", "mna", "mha", "td",
        "qc", "kc", "sc", "ao", "ac", "obe", "mbe", "cbe", "mep", "msp", "jp", NULL };
    const st_tokens *tk = &a->d->tk;
    char w[WORD_MAX];
    size_t j, e;
    int styled = 0;
    if (i < tk->n && word_is(a, i, "the") && i + 1 < tk->n && word_is(a, i + 1, "hon")) {
        i += 2;
        styled = 1;
    } else if (i < tk->n && is_word(a, i) && st_nm_honorific(lower(a, i, w))) {
        i++;
        styled = 1;
    }
    if (styled && i < tk->n && punct_is(a, i, '.'))
        i++;
    if (i >= tk->n || !(styled || known_given(a, i)) || st_nm_tk_title_word(a, i))
        return 0;
    for (j = i; j < tk->n && j < i + 5 && is_cap(a, j) &&
                !tk_name_is(a, j, NOT_IN_A_LABEL_NAME & ~ST_WC_TITLE);
         j++)
        ;
    e = j;
    while (e > i + 2 && word_in(lower(a, e - 1, w), letters))
        e--;
    if (e < i + 2 || (j < tk->n && tk->v[j].type != ST_TOK_BREAK))
        return 0;
    *ns = i;
    *ne = e - 1;
    return 1;
}

/* "CHIEF MINISTER:", "Spokesperson:" in a transcript whose header gives
 * the role on a line next to a name's line: "THE HON. KATRINA DOYLE MLA /
 * CHIEF MINISTER OF THE NORTHERN TERRITORY" (an Australian government
 * transcript), "… by the Spokesperson / Ms. Rabia Anwar Sheikh" (a
 * foreign ministry's).  The label [s0, e] is role words only; the role
 * opens its line or ends it, and the name's line is the one right before
 * or after, with no blank line between; when both are names, no guess.
 * The name in *ns, *ne. */
static int header_role_name(const attrib *a, size_t s0, size_t e, size_t *ns, size_t *ne)
{
    const st_tokens *tk = &a->d->tk;
    size_t i, m, hi = s0 < HEADER_TOKENS ? s0 : HEADER_TOKENS, found = 0;
    if ((s0 = role_label_start(a, s0, e)) == (size_t)-1)
        return 0;
    m = e - s0;
    for (i = 0; i + m < hi; i++) {
        size_t line, end, prev, fs, fe, n = 0;
        if (!label_words_end_at(a, s0, e, i + m))
            continue;
        line = line_first_token(a, i);
        for (end = i + m + 1; end < tk->n && tk->v[end].type != ST_TOK_BREAK; end++)
            ;
        if (line != i && end != i + m + 1)
            continue;   /* the role neither opens its line nor ends it */
        if (line != i && !(word_is(a, i - 1, "the") || word_is(a, i - 1, "by")))
            continue;
        /* the line before: back from the break before this one */
        if (line >= 2 && break_newlines(a, line - 1) == 1) {
            prev = line_first_token(a, line - 1);
            if (header_name_line(a, prev, &fs, &fe)) {
                *ns = fs;
                *ne = fe;
                n++;
            }
        }
        if (end + 1 < tk->n && break_newlines(a, end) == 1 && header_name_line(a, end + 1, &fs, &fe)) {
            *ns = fs;
            *ne = fe;
            n++;
        }
        if (n > 1 || (n == 1 && found))
            return 0;
        found += n;
    }
    return found == 1;
}

/* "The First Minister" alone on its line, after "The First Minister
 * (Morag Lindsay)" labelled an earlier turn: a legislature's record
 * names the office's holder once.  The label [s, e] is the role's
 * words; the name of the latest such line in *fs, *fe. */
static int earlier_role_named(const attrib *a, size_t s, size_t e, size_t *fs, size_t *fe)
{
    const st_tokens *tk = &a->d->tk;
    size_t i = s > ASKS_WINDOW_TOKENS ? s - ASKS_WINDOW_TOKENS : 1, ns, ne, seen = 0;
    int found = 0;
    for (; i < s && seen < ST_TR_MAX_LINES; i++) {
        if (tk->v[i - 1].type != ST_TOK_BREAK || st_tr_label_parts(a, i, &ns, &ne) == (size_t)-1)
            continue;
        seen++;
        if (ns >= 2 && ne < s && punct_is(a, ns - 1, '(') && ns - 2 >= e - s &&
            label_words_end_at(a, s, e, ns - 2) && ne > ns) {
            *fs = ns;
            *fe = ne;
            found = 1;
        }
    }
    return found;
}

/* "MR. SPEAKER:" in a legislature's record whose header says who
 * presides: "[SHRI JAGDISH NARAYAN THAKUR, Hon'ble Speaker, in the
 * Chair]", "(Madam Speaker, Rt Hon Ama Mensah, in the Chair)".  The
 * label [s0, e] is role words only; the line holding "in the Chair"
 * gives the role after a name and a comma (a style such as "Hon'ble"
 * between).  The name, its titles stripped, in *ns, *ne. */
static int chair_line_name(const attrib *a, size_t s0, size_t e, size_t *ns, size_t *ne)
{
    size_t i, j, k, m, line, hi = s0 < HEADER_TOKENS ? s0 : HEADER_TOKENS;
    if ((s0 = role_label_start(a, s0, e)) == (size_t)-1)
        return 0;
    m = e - s0;
    for (i = 2; i < hi; i++) {
        if (!word_is(a, i, "chair") || !word_is(a, i - 1, "the") || !word_is(a, i - 2, "in"))
            continue;
        line = line_first_token(a, i);
        for (j = line + 2; j + m < i; j++) {
            size_t fe, fs;
            if (!label_words_end_at(a, s0, e, j + m))
                continue;
            for (k = j; k > line && honourable(a, k - 1); k--)
                ;
            if (k < line + 2 || !punct_is(a, k - 1, ','))
                continue;
            fe = k - 2;
            for (fs = fe; fs > line && (is_cap(a, fs - 1) || is_particle(a, fs - 1)); fs--)
                ;
            label_name(a, &fs, &fe);   /* (its capitals are no acronyms) */
            if (fs >= fe || !is_cap(a, fs))
                return 0;   /* (two words or more: a name, not "Madam Speaker") */
            *ns = fs;
            *ne = fe;
            return 1;
        }
    }
    return 0;
}

/* "Datuk Dr Mohd Nasrudin Ismail — Chairman (NASRUDIN)": a transcript's
 * list of those present that gives each the label its lines carry, in
 * brackets after the name.  The label [s, e] so defined earlier in the
 * text: the name opening that line, its titles stripped, in *ns, *ne. */
static int label_defined_in_brackets(const attrib *a, size_t s, size_t e, size_t *ns, size_t *ne)
{
    size_t i = s > ASKS_WINDOW_TOKENS ? s - ASKS_WINDOW_TOKENS : 1, m = e - s, line, j;
    for (; i + m + 2 < s; i++) {
        if (!punct_is(a, i, '(') || !punct_is(a, i + m + 2, ')') ||
            !label_words_end_at(a, s, e, i + m + 1))
            continue;
        line = line_first_token(a, i);
        for (j = line; j < i && j < line + 8 && is_cap(a, j); j++)
            ;
        if (j < line + 2)
            return 0;
        *ns = st_nm_strip_leading(a, line, j - 1);
        *ne = j - 1;
        return *ns < *ne;
    }
    return 0;
}

/* "Minister Lim:", "CAPT. DANLADI:" in a transcript whose text names the
 * person only in its header or title: a title (s0 .. s - 1, or a dotted
 * one before s0) then one capitalised word, no word of a class no name
 * is made of, labelling two lines or more ("Climate Week:" over a
 * newsletter's sign-up box labels one, unless the header gives the full
 * name), and not a host's, whose lines ask.  The name in *fs, *fe. */
static int header_full_name(const attrib *a, size_t e, size_t *fs, size_t *fe);
static int titled_surname(const attrib *a, size_t s0, size_t s, size_t e, size_t *fs, size_t *fe)
{
    int titled = s > s0 || (s0 >= 2 && punct_is(a, s0 - 1, '.') && st_nm_tk_title_word(a, s0 - 2));
    size_t lines, asks;
    if (!titled || s != e || !is_cap(a, e) || tk_name_is(a, e, NOT_IN_A_LABEL_NAME))
        return 0;
    lines = label_lines_asking(a, e, &asks);    /* (one scan for both counts) */
    if (lines == 0 || asks * 3 > lines)
        return 0;
    /* the full name the header gives, else the surname itself; one line
     * will do when the header gives it ("GENERAL MANAGER QUISBERT:" after
     * "…, LIC. ROXANA QUISBERT CONDORI") */
    if (header_full_name(a, e, fs, fe))
        return 1;
    *fs = *fe = e;
    return lines >= 2;
}

/* The full name a transcript's header gives in capitals for the surname
 * at token e: "PRESS CONFERENCE BY THE PRESIDENT OF THE CENTRAL BANK, LIC.
 * MARCELO ARAMAYO SILES, AND …" for "PRESIDENT ARAMAYO:".  The run of
 * capitals holding the word, between punctuation, its titles dropped,
 * two words or more, no word of a class no name is made of; the first
 * such run before the first label.  Its tokens in *fs, *fe. */
static int header_full_name(const attrib *a, size_t e, size_t *fs, size_t *fe)
{
    const st_tokens *tk = &a->d->tk;
    size_t k, r, t, hi = e < HEADER_TOKENS ? e : HEADER_TOKENS;
    for (k = 1; k < hi; k++) {
        if (!is_word(a, k) || !(tok(a, k)->flags & ST_TF_ALLCAPS) || !st_tr_same_word_ci(a, k, e) ||
            (k + 1 < tk->n && punct_is(a, k + 1, ':')))
            continue;
        for (r = k; r > 0 && is_word(a, r - 1) && (tok(a, r - 1)->flags & ST_TF_ALLCAPS) &&
                    !st_nm_tk_title_word(a, r - 1) && !tk_name_is(a, r - 1, NOT_IN_A_LABEL_NAME);
             r--)
            ;
        for (t = k; t + 1 < tk->n && is_word(a, t + 1) && (tok(a, t + 1)->flags & ST_TF_ALLCAPS) &&
                    !tk_name_is(a, t + 1, NOT_IN_A_LABEL_NAME);
             t++)
            ;
        if (t > r && t - r < LABEL_WORDS_MAX && (r == 0 || !is_word(a, r - 1) ||
                                                 st_nm_tk_title_word(a, r - 1))) {
            *fs = r;
            *fe = t;
            return 1;
        }
    }
    return 0;
}

size_t st_tr_label(const attrib *a, size_t i, size_t *ns, size_t *ne)
{
    size_t colon = st_tr_label_parts(a, i, ns, ne), k, s0;
    int whole;
    if (colon == (size_t)-1)
        return colon;
    if (st_tr_answer_letter(a, *ns, *ne))
        return answerer(a, i, ns, ne) ? colon : (size_t)-1;
    if (reporter_in_brackets(a, i, *ns, *ne))
        return colon;
    s0 = *ns;
    label_name(a, ns, ne);
    k = label_entity(a, s0, *ns, *ne, &whole);
    if (k == (size_t)-1) {
        size_t fs, fe;
        if (titled_surname(a, s0, *ns, *ne, &fs, &fe)) {
            *ns = fs;
            *ne = fe;
            return colon;
        }
        if (seated_name(a, *ns, *ne) || st_tr_unlisted_label(a, s0, ns, ne))
            return colon;
        return header_role_name(a, s0, *ne, ns, ne) || chair_line_name(a, s0, *ne, ns, ne) ||
                       earlier_role_named(a, s0, *ne, ns, ne) ||
                       label_defined_in_brackets(a, *ns, *ne, ns, ne)
                   ? colon
                   : k;
    }
    if (whole) {    /* initials or a role: the person's name as the text gave it */
        *ns = a->ent[k].s;
        *ne = a->ent[k].e;
    } else if (!st_tr_initialled_name(a, ns, ne) &&
               (*ns == *ne || !label_full_name(a, *ns, *ne))) {
        /* a surname (or two): the full name an earlier label gave */
        size_t fs, fe;
        if (earlier_label_ends_with(a, *ns, *ne, &fs, &fe)) {
            *ns = fs;
            *ne = fe;
        }
    }
    return colon;
}
