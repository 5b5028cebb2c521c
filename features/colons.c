/* colons.c - the speaker of a quote introduced by a colon with no
 * reporting verb.
 *
 * "Cllr Faizal bin Osman set out the next steps:", "The ministry issued a
 * statement:", "• Rafael Ibáñez, Ecuador's ambassador, as he closed the
 * session: “…”": the colon's sentence names who speaks.  Not when the
 * words before the colon are a topic ("And, on the Moscow Patriarchate:"),
 * where the speaker before goes on (attrib.c).  attrib_near.c finds the
 * speakers named around a quote without a colon. */
#include "attrib_int.h"

/* The first token of the sentence holding token c (a colon's, here), at
 * most 40 tokens back: the cue of "X said:" is in its own sentence, never
 * in the paragraph or sentence before ("…,” she added." then "Y set out
 * the next steps:"). */
size_t st_at_sentence_start(const attrib *a, size_t c)
{
    size_t lo = c > 40 ? c - 40 : 0, k;
    for (k = c; k > lo; k--) {
        size_t end = tok(a, k - 1)->end - 1;
        /* "…, which is new. B.V. Krishna Rao, president of the Indian Rice
         * Exporters' Federation, told us:": the cue's subject is in its
         * own sentence, never the one before. */
        if (tok(a, k - 1)->type == ST_TOK_BREAK ||
            (a->d->stop[end] == ST_STOP_TERMINATOR && !a->d->in_quote[end]))
            return k;
    }
    return lo;
}

/* A reactions roundup: "• Rafael Ibáñez de la Fuente, Ecuador's
 * ambassador, as he closed the session: “…”", "• The Global Polymers
 * Alliance, an industry body, in a statement: “…”".  A line that opens
 * (after any bullet) with a name and a comma, and whose colon before the
 * quote ends it: the name, a person's or an organisation's. */
static subject list_item_subject(const attrib *a, size_t c)
{
    subject none = { SUBJ_NONE, 0, 0, 0 }, s;
    size_t ls = c, e, next;
    while (ls > 0 && c - ls < 60 && tok(a, ls - 1)->type != ST_TOK_BREAK)
        ls--;
    if (ls > 0 && tok(a, ls - 1)->type != ST_TOK_BREAK)
        return none;
    while (ls < c && tok(a, ls)->type == ST_TOK_PUNCT && !a->d->is_mark[tok(a, ls)->start])
        ls++;   /* the bullet */
    if (ls >= c || !is_cap(a, ls))
        return none;
    /* "Kenya's Ministry of Environment, in a statement:" */
    e = fold_possessive(a, ls) && ls + 1 < c && is_cap(a, ls + 1) ? ls + 1 : ls;
    for (;;) {
        while ((next = st_nm_name_next(a, e)) != (size_t)-1 && next < c)
            e = next;
        /* "Ministry of Ecology and Environment" */
        if (e + 2 < c && is_cap(a, e + 2) &&
            (st_token_is(a->d->t, tok(a, e + 1), "of") ||
             st_token_is(a->d->t, tok(a, e + 1), "and") ||
             st_token_is(a->d->t, tok(a, e + 1), "for")))
            e += 2;
        else
            break;
    }
    if (e + 2 >= c || !punct_is(a, e + 1, ','))
        return none;
    if (tk_name_is(a, e, ST_WC_PLACE))
        return none;
    if (st_nm_run_is_org(a, ls, e) || st_nm_run_is_org(a, ls + 1, e)) {
        s.type = SUBJ_NP;   /* the canonical form makes "Kenya's" "Kenyan" */
        s.first = s.name_first = ls;
        if (tk_name_is(a, ls, ST_WC_DETERMINER))
            s.name_first = ls + 1;  /* the mention keeps "The" */
        s.last = e;
        return s;
    }
    s = st_at_np_ending_at(a, ls, e);
    if (s.first > ls + 1 || s.type != SUBJ_NAME)
        return none;
    return s;
}

/* "And then the caveat:", "Then this:", "And finally:": the reporter's
 * aside between two quotes of one speaker, naming no one: an adverb of
 * sequence, then at most a determiner and three words in lower case, none
 * a person, a body or a verb of speech. */
static int aside_lead(const attrib *a, size_t k, size_t c)
{
    size_t words = 0;
    if (!(word_is(a, k, "then") || word_is(a, k, "finally") || word_is(a, k, "next")))
        return 0;
    for (k++; k < c; k++) {
        if (!is_word(a, k) || is_cap(a, k) ||
            tk_is(a, k, ST_WC_PERSON_NOUN | ST_WC_ORG_HEAD | ST_WC_PRONOUN) ||
            tk_cue(a, k, &(const char *){ NULL }))
            return 0;
        if (!(word_is(a, k, "the") || word_is(a, k, "this") || word_is(a, k, "a")) && ++words > 3)
            return 0;
    }
    return 1;
}

/* "On the Moscow Patriarchate:", "And, on tariffs:": a topic that the
 * quote after it addresses, a preposition's phrase running to the colon
 * (not "On Monday, the minister was blunt:"). */
static int topic_lead(const attrib *a, size_t lo, size_t c)
{
    size_t k = lo;
    if (k < c && (word_is(a, k, "and") || word_is(a, k, "but")))
        k += k + 1 < c && punct_is(a, k + 1, ',') ? 2 : 1;
    if (!(word_is(a, k, "on") || word_is(a, k, "about") || word_is(a, k, "regarding")))
        return aside_lead(a, k, c);
    for (k++; k < c; k++)
        if (!is_word(a, k))
            return 0;
    return 1;
}

/* The first token of a paragraph that is only a topic lead ending in a
 * colon right before the quote at open_tok ("And, on the Moscow
 * Patriarchate:"), or (size_t)-1: the speaker before it goes on. */
size_t st_at_topic_paragraph(const attrib *a, size_t open_tok)
{
    size_t c, lo;
    if (open_tok < 3 || tok(a, open_tok - 1)->type != ST_TOK_BREAK || !punct_is(a, open_tok - 2, ':'))
        return (size_t)-1;
    c = open_tok - 2;
    for (lo = c; lo > 0 && c - lo < 12 && tok(a, lo - 1)->type != ST_TOK_BREAK; lo--)
        ;
    return (lo == 0 || tok(a, lo - 1)->type == ST_TOK_BREAK) && topic_lead(a, lo, c) ? lo
                                                                                       : (size_t)-1;
}

/* "Cllr Faizal bin Osman, Cabinet Member for Planning, set out the next
 * steps:" ending the paragraph before a quote, with no reporting verb: the
 * subject of that sentence introduces the quote.  A name, a pronoun or a
 * role; not a place ("In Geneva, the mood was grim:"). */
subject st_at_colon_subject(const attrib *a, size_t open_tok)
{
    subject none = { SUBJ_NONE, 0, 0, 0 }, s;
    size_t c, lo;
    /* the colon ends the paragraph before, or stands right before the
     * quote: "The coalition's director, Mihaela Roșca, went further: “…”" */
    int inline_colon = 0;
    if (open_tok >= 3 && tok(a, open_tok - 1)->type == ST_TOK_BREAK && punct_is(a, open_tok - 2, ':'))
        c = open_tok - 2;
    else if (open_tok >= 2 && punct_is(a, open_tok - 1, ':'))
        c = open_tok - 1, inline_colon = 1;
    else
        return none;
    for (lo = c; lo > 0 && c - lo < 40 && tok(a, lo - 1)->type != ST_TOK_BREAK &&
                 !punct_is(a, lo - 1, '.') && !punct_is(a, lo - 1, '?') && !punct_is(a, lo - 1, '!');
         lo--)
        ;
    if (lo > 0 && c - lo >= 40)
        return none;
    /* "Asked by a reporter whether …, the governor was blunt:": a
     * participle clause of a cue verb opens the sentence; the subject
     * comes after its comma */
    char w[WORD_MAX];
    if (is_word(a, lo) && is_cap(a, lo) && st_wc_cue(lower(a, lo, w), &(const char *){ NULL })) {
        size_t k = lo + 1;
        while (k < c && !punct_is(a, k, ','))
            k++;
        if (k + 1 < c)
            lo = k + 1;
    }
    if (topic_lead(a, lo, c))
        return none;
    s = st_at_clause_subject(a, lo, c);
    if (s.type == SUBJ_NAME && s.name_first == s.last && tk_name_is(a, s.last, ST_WC_DOCUMENT))
        return none;    /* a press release's "Quote for use:", "Statement:" */
    if (c > lo + 3 && is_cap(a, c - 1)) {
        /* "… has put out a statement from its mission chief, Anjali
         * Raman:": a person in apposition to a role, right before the
         * colon, speaks (not the sentence's organisation) */
        size_t st = st_nm_name_run_start(a, lo, c - 1);
        if (st > lo + 1 && punct_is(a, st - 1, ',') && is_word(a, st - 2) &&
            !is_cap(a, st - 2) && role_word(a, st - 2)) {
            subject named = st_at_np_ending_at(a, st, c - 1);
            if (named.type == SUBJ_NAME && named.first == st)
                return named;
        }
    }
    if (s.type == SUBJ_NP && tk_is(a, s.last, ST_WC_PERSON_NOUN) && s.last + 2 < c &&
        punct_is(a, s.last + 1, ',') && is_cap(a, s.last + 2)) {
        /* "The coalition's director, Mihaela Roșca, …": the name */
        size_t e = s.last + 2, next;
        subject named;
        while ((next = st_nm_name_next(a, e)) != (size_t)-1 && next < c)
            e = next;
        named = st_at_np_ending_at(a, s.last + 2, e);
        if (named.type == SUBJ_NAME && e + 1 < c && punct_is(a, e + 1, ','))
            return named;
    }
    if (inline_colon) {
        subject item = list_item_subject(a, c);
        if (item.type != SUBJ_NONE)
            return item;
        /* "She put it this way: “…”", "Okafor was blunter: “…”": a clause
         * with its own words between the subject and the colon (a bare
         * label, "Q: “…”" or "Deli owner Bernadette: “…”", is left to
         * other rules). */
        /* (or a role or unnamed person: "A person close to the company
         * was blunter: “…”") */
        if ((s.type == SUBJ_PRONOUN || s.type == SUBJ_NAME ||
             (s.type == SUBJ_NP && (tk_is(a, s.last, ST_WC_PERSON_NOUN) ||
                                    word_is(a, s.last, "person")) &&
              a->d->t->cp[tok(a, s.last)->end - 1] != 's')) &&   /* (one person) */
            s.first == lo &&
            s.last + 2 < c && is_word(a, s.last + 1) && !is_cap(a, s.last + 1) &&
            !role_word(a, s.last + 1) && !tk_name_is(a, s.last + 1, ST_WC_FUNCTION))
            return s;   /* (not "Deli boss fumes:", "Rimba Air and Andaman …:") */
        return none;
    }
    if (s.type == SUBJ_NAME || s.type == SUBJ_PRONOUN ||
        (s.type == SUBJ_NP && tk_is(a, s.last, ST_WC_PERSON_NOUN)))
        return s;
    /* "The office of the UN secretary general has just put out a short
     * statement:", "China's foreign ministry issued a statement:": an
     * organisation that issued the words */
    if (s.type == SUBJ_NP && st_at_issues_document(a, s.last + 1, c))
        return s;
    return none;
}

