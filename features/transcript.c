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
 * such as "DR."), or a reporter named in a question's brackets ("Q (Elif
 * Şahin, Anadolu Agency):"), and the line holds no quote mark of its own
 * (those lines are quotes already, attributed by their label in
 * attrib.c).  The statements found are added to the article's list in text
 * order, and the label attributes them (speaker_label in attrib.c). */
#include "attrib_int.h"

/* Words a statement line must hold: shorter answers ("Yes.") are left
 * alone, as a reader would not quote them either. */
#define TRANSCRIPT_MIN_WORDS 4
/* Tokens a label may have: "Stavros Koutsogiannis", "Esparza Luján". */
#define LABEL_MAX_TOKENS 4
/* Labelled lines examined per article: each is checked against up to
 * ENTITY_WINDOW people, so hostile text stays linear. */
#define TRANSCRIPT_MAX_LINES 500

/* The label of the line starting at token i: the speaker's name [*ns,
 * *ne] and the colon that ends the label, in three forms:
 *
 *     Koutsogiannis: …            a name of 1..LABEL_MAX_TOKENS words
 *     DR. AYŞE ÇELİK: …           a title with its full stop, then the name
 *     Q (Elif Şahin, Anadolu): …  a reporter's question, named in brackets
 *
 * Returns the colon's token, or (size_t)-1 when the line has no label. */
static size_t label_parts(const attrib *a, size_t i, size_t *ns, size_t *ne)
{
    const st_tokens *tk = &a->d->tk;
    size_t j;
    if (i + 2 < tk->n && is_word(a, i) && tk->v[i].end - tk->v[i].start == 1 &&
        a->d->t->cp[tk->v[i].start] == 'Q' && punct_is(a, i + 1, '(')) {
        for (j = i + 2; j < tk->n && j < i + 14 && is_cap(a, j); j++)
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
    /* "DR. AYŞE ÇELİK:", "Sen. Ruiz:": an abbreviated title and its stop */
    if (i + 2 < tk->n && is_cap(a, i) && punct_is(a, i + 1, '.') && st_nm_tk_title_word(a, i))
        i += 2;
    for (j = i; j < tk->n && j < i + LABEL_MAX_TOKENS && (is_cap(a, j) || is_particle(a, j));
         j++)
        if (j + 1 < tk->n && punct_is(a, j + 1, ':')) {
            if (!is_cap(a, j))
                return (size_t)-1;
            *ns = i;
            *ne = j;
            return j + 1;
        }
    return (size_t)-1;
}

/* A letter for comparing a label in capitals with the name in the text:
 * lower case (İ lowers to i), and the dotless ı as i too ("ÇELIK",
 * "Çelık" as some keyboards type them). */
static uint32_t label_fold(uint32_t c)
{
    c = st_cp_lower(c);
    return c == 0x131 ? 'i' : c;
}

/* Is the label [s, e] a person the article introduces elsewhere: an
 * introduced entity outside the label whose last word is the label's? */
static int label_is_person(const attrib *a, size_t s, size_t e)
{
    const st_token *last = tok(a, e);
    size_t k, i, n = last->end - last->start;
    /* (a place word may end a surname after its particle: "DA COSTA:") */
    if (tk_name_is(a, e, ST_WC_ORG_HEAD | ST_WC_TITLE | ST_WC_FUNCTION | ST_WC_PRONOUN |
                             ST_WC_DOCUMENT | ST_WC_THING) ||
        (tk_name_is(a, e, ST_WC_PLACE) && !(e > s && tk_name_is(a, e - 1, ST_WC_PARTICLE))))
        return 0;
    for (k = 0; k < a->nent && k < ENTITY_WINDOW; k++) {
        const entity *x = &a->ent[k];
        const st_token *xl = tok(a, x->e);
        if (!x->introduced || (x->s >= s && x->e <= e) || xl->end - xl->start != n)
            continue;
        /* "ROTICH:" labels the Rotich introduced in the text */
        for (i = 0; i < n && label_fold(a->d->t->cp[xl->start + i]) ==
                                 label_fold(a->d->t->cp[last->start + i]); i++)
            ;
        if (i == n)
            return 1;
    }
    return 0;
}

/* Does the label of the line at i, name [ns, ne], name a person?  A
 * reporter named in a question's brackets is one by the form itself ("Q
 * (Elif Şahin, Anadolu Agency):"). */
static int labels_person(const attrib *a, size_t i, size_t ns, size_t ne)
{
    return label_is_person(a, ns, ne) || (ns > i + 1 && ne > ns && punct_is(a, i + 1, '('));
}

size_t st_tr_label(const attrib *a, size_t i, size_t *ns, size_t *ne)
{
    size_t colon = label_parts(a, i, ns, ne);
    return colon != (size_t)-1 && labels_person(a, i, *ns, *ne) ? colon : (size_t)-1;
}

static int by_start(const void *x, const void *y)
{
    const st_quote *p = x, *q = y;
    return p->start < q->start ? -1 : p->start > q->start;
}

int st_tr_add_lines(attrib *a, st_quotes *q)
{
    const st_tokens *tk = &a->d->tk;
    size_t i, labelled = 0, added = 0, ns, ne;

    /* A transcript has at least two labelled lines. */
    for (i = 1; i < tk->n && labelled < 2; i++)
        if (tk->v[i - 1].type == ST_TOK_BREAK && label_parts(a, i, &ns, &ne) != (size_t)-1)
            labelled++;
    if (labelled < 2)
        return 0;
    for (i = 1, labelled = 0; i < tk->n && q->n < ST_QUOTES_MAX; i++) {
        size_t e, b, end, k, words = 0, lower = 0;
        int marked = 0;
        st_quote nq;
        if (tk->v[i - 1].type != ST_TOK_BREAK || (e = label_parts(a, i, &ns, &ne)) == (size_t)-1)
            continue;
        if (++labelled > TRANSCRIPT_MAX_LINES)
            break;
        b = e + 1;  /* the first token of the answer */
        if (b >= tk->n || tk->v[b].type != ST_TOK_WORD || !labels_person(a, i, ns, ne))
            continue;
        for (k = b; k < tk->n && tk->v[k].type != ST_TOK_BREAK; k++) {
            words += tk->v[k].type == ST_TOK_WORD;
            lower += tk->v[k].type == ST_TOK_WORD && (tk->v[k].flags & ST_TF_LOWER);
            marked |= a->d->is_mark[tk->v[k].start] || in_statement(a, k);
        }
        /* Prose, not a list of names ("Olympique Tanger: Da Costa; Amrani,
         * Benchekroun, ..." is a line-up). */
        if (marked || words < TRANSCRIPT_MIN_WORDS || lower * 2 < words)
            continue;
        end = tk->v[k - 1].end;
        memset(&nq, 0, sizeof nq);
        nq.start = nq.open_mark = tk->v[b].start;
        nq.end = end;
        nq.sent_start = nq.start;
        nq.sent_end = nq.end;
        nq.kind = ST_KIND_FULL;
        nq.mention_start = nq.mention_end = ST_NO_POS;
        if (st_grow((void **)&q->v, &q->cap, q->n, sizeof *q->v))
            return -1;
        q->v[q->n++] = nq;
        memset(a->d->in_quote + nq.start, 1, nq.end - nq.start);
        added++;
    }
    if (added)
        qsort(q->v, q->n, sizeof *q->v, by_start);
    return 0;
}
