/* attrib_near.c - the speaker of a quote with no cue, named in the
 * paragraph before or after it.
 *
 * Feature writing often sets a quote alone in its paragraph and names the
 * speaker around it instead of with a cue:
 *     That warning came from Park Seo-yeon, a metals analyst ...   (after)
 *     Bimal Roy, a 54-year-old paddy farmer, has lost ...          (after)
 *     Wang Jianguo, a hydrologist in Kunming, goes further.        (before)
 * These functions find such a name as a subject; attrib.c resolves it to
 * the canonical speaker like any other. */
#include "attrib_int.h"

/* A name run that starts at token i (before hi): a person or an
 * organisation, titles stripped.  SUBJ_NONE when there is none, or when it
 * is only a place ("In Kunming"). */
static subject name_from(const attrib *a, size_t i, size_t hi)
{
    subject none = { SUBJ_NONE, 0, 0, 0 }, s;
    size_t j = i, nf;
    if (i >= hi || !is_cap(a, i) || in_statement(a, i))
        return none;
    for (;;) {
        size_t k = j + 1;
        while (k < hi && k < j + 4 && is_particle(a, k))
            k++;
        if (k < hi && is_cap(a, k) && !in_statement(a, k) && k - i < NAME_TOKENS_MAX + 4)
            j = k;
        else
            break;
    }
    nf = st_nm_strip_leading(a, i, j);
    if (nf > j || (nf == j && tk_name_is(a, j, ST_WC_PLACE)))
        return none;
    s.type = st_nm_run_is_org(a, nf, j) ? SUBJ_NP : SUBJ_NAME;
    s.first = s.name_first = nf;
    s.last = j;
    return s;
}

/* The first token of the paragraph after the one that token k ends, or
 * (size_t)-1. */
static size_t next_paragraph(const attrib *a, size_t k)
{
    size_t n = a->d->tk.n;
    if (k >= n || tok(a, k)->type != ST_TOK_BREAK)
        return (size_t)-1;
    return k + 1 < n ? k + 1 : (size_t)-1;
}

/* Is token i the word w (lower case; the text's case is ignored)? */
static int word_is(const attrib *a, size_t i, const char *w)
{
    return is_word(a, i) && st_token_is(a->d->t, tok(a, i), w);
}

/* "That warning came from X", "That was the view of X", "The speaker was
 * X": a paragraph opening with a demonstrative or "The", whose first words
 * name who said the quote before it. */
static subject named_by_next(const attrib *a, size_t p)
{
    subject none = { SUBJ_NONE, 0, 0, 0 };
    size_t n = a->d->tk.n, k;
    if (!is_cap(a, p) || !(word_is(a, p, "that") || word_is(a, p, "the") ||
                            word_is(a, p, "this") || word_is(a, p, "those") ||
                            word_is(a, p, "these")))
        return none;
    for (k = p + 1; k + 1 < n && k < p + 7 && is_word(a, k) && !is_cap(a, k); k++)
        if (word_is(a, k, "from") || word_is(a, k, "of") || word_is(a, k, "was")) {
            subject s = name_from(a, k + 1, n);
            if (s.type == SUBJ_NONE || (s.type == SUBJ_NAME && s.last == s.name_first))
                continue;   /* "That was the view of X"; one word: "was Russia's" */
            return s;
        }
    return none;
}

/* A paragraph that opens by introducing a person: a name of two words or
 * more, then an apposition ("Bimal Roy, a paddy farmer, ..."). */
static subject introduced_by(const attrib *a, size_t p, size_t hi)
{
    subject none = { SUBJ_NONE, 0, 0, 0 };
    subject s = name_from(a, p, hi);
    if (s.type != SUBJ_NAME || s.name_first != p || s.last == s.name_first ||
        s.last + 1 >= hi || !punct_is(a, s.last + 1, ','))
        return none;
    return s;
}

/* Is the paragraph [p, e) one sentence: no sentence end before its last
 * token? */
static int one_sentence(const attrib *a, size_t p, size_t e)
{
    size_t k;
    for (k = p; k + 1 < e; k++)
        if (a->d->stop[tok(a, k)->start] && tok(a, k)->type == ST_TOK_PUNCT)
            return 0;
    return e > p;
}

int st_at_named_nearby(const attrib *a, size_t open_tok, size_t after_tok, int have_prior,
                       subject *out)
{
    size_t n = a->d->tk.n, nx, pv;
    out->type = SUBJ_NONE;
    /* Only a quote that is its paragraph's only content. */
    if ((open_tok > 0 && tok(a, open_tok - 1)->type != ST_TOK_BREAK) ||
        (after_tok < n && tok(a, after_tok)->type != ST_TOK_BREAK))
        return 0;
    nx = next_paragraph(a, after_tok);
    if (nx != (size_t)-1 && (*out = named_by_next(a, nx)).type != SUBJ_NONE)
        return 1;
    if (have_prior)
        return 0;   /* the speaker of the paragraphs before continues */
    if (open_tok >= 2) {
        for (pv = open_tok - 1; pv > 0 && tok(a, pv - 1)->type != ST_TOK_BREAK &&
             open_tok - pv < 80; pv--)
            ;
        if ((pv == 0 || tok(a, pv - 1)->type == ST_TOK_BREAK) &&
            one_sentence(a, pv, open_tok - 1) &&
            (*out = introduced_by(a, pv, open_tok - 1)).type != SUBJ_NONE)
            return 1;
    }
    if (nx != (size_t)-1 && (*out = introduced_by(a, nx, n)).type != SUBJ_NONE)
        return 1;
    return 0;
}
