/* headlines.c - quotes in headlines, standfirst bullets and captions.
 *
 * Such lines quote words the body attributes properly, so the body's
 * attribution wins (the guideline: "speaker: whoever the body
 * identifies").  The line table says which lines are headline-like; a
 * headline quote takes the speaker of the body sentence that carries its
 * words (during attribution), and afterwards the speaker of the body
 * statement that shares most of its words.  attrib.c drives both. */
#include "attrib_int.h"

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

/* A line that is not running prose: a headline, a bullet, a caption
 * fragment.  It has no sentence-final punctuation, or starts with a bullet.
 * [s, e) is the line without its newline. */
static int line_is_headline(const st_text *t, size_t s, size_t e)
{
    while (s < e && st_cp_is_space(t->cp[s]))
        s++;
    while (e > s && st_cp_is_space(t->cp[e - 1]))
        e--;
    if (s < e && (t->cp[s] == 0x2022 || t->cp[s] == '*' || t->cp[s] == 0x25AA))
        return 1;
    if (e == s)
        return 0;
    if ((t->cp[e - 1] == 0x201D || t->cp[e - 1] == '"' || t->cp[e - 1] == 0x2019 ||
         t->cp[e - 1] == '\'') && e - s > 1) {
        e--;    /* a line may end with a quote: judge what the quote ends with */
        /* (a quote alone in capitals, "‘THEY STOLE OUR VOTES!’", is a
         * tabloid's headline, whatever it ends with) */
        if (t->cp[s] == 0x2018 || t->cp[s] == 0x201C || t->cp[s] == '"' || t->cp[s] == '\'') {
            size_t k, upper = 0;
            for (k = s + 1; k < e && !st_cp_is_lower(t->cp[k]); k++)
                upper += st_cp_is_upper(t->cp[k]);
            if (k == e && upper >= 4)
                return 1;
        }
    }
    return !(st_cp_ends_sentence(t->cp[e - 1]) || t->cp[e - 1] == ':' || t->cp[e - 1] == ',');
}

/* Builds the line table once per article: headline_like is asked for
 * every quote and every echo candidate, and a line may be megabytes long.
 * Newlines are found with wmemchr (see core/text.h). */

int st_hl_index_lines(attrib *a)
{
    const st_text *t = a->d->t;
    const wchar_t *cp = (const wchar_t *)t->cp;
    size_t i, s = 0, cap = 0;
    a->nlines = 0;
    for (;;) {
        const wchar_t *nl = s < t->len ? wmemchr(cp + s, L'\n', t->len - s) : NULL;
        size_t e = nl ? (size_t)(nl - cp) : t->len;
        if (st_grow((void **)&a->line_start, &cap, a->nlines, sizeof *a->line_start))
            return -1;
        a->line_start[a->nlines++] = s;
        if (!nl)
            break;
        s = e + 1;
        if (s == t->len) {      /* the text ends with a newline: one empty line after it */
            if (st_grow((void **)&a->line_start, &cap, a->nlines, sizeof *a->line_start))
                return -1;
            a->line_start[a->nlines++] = s;
            break;
        }
    }
    a->line_headline = malloc(a->nlines);
    if (!a->line_headline)
        return -1;
    for (i = 0; i < a->nlines; i++) {
        size_t e = i + 1 < a->nlines ? a->line_start[i + 1] - 1 : t->len;
        a->line_headline[i] = (uint8_t)line_is_headline(t, a->line_start[i], e);
    }
    return 0;
}

int st_hl_headline_like(const attrib *a, size_t pos)
{
    size_t lo = 0, hi = a->nlines;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (a->line_start[mid] <= pos)
            lo = mid;
        else
            hi = mid;
    }
    return a->nlines ? a->line_headline[lo] : 0;
}

static int same_ci(const st_text *t, size_t a, size_t b, size_t n)
{
    size_t k;
    for (k = 0; k < n; k++)
        if (st_cp_lower(t->cp[a + k]) != st_cp_lower(t->cp[b + k]))
            return 0;
    return 1;
}

/* 1 when the words of [qs, qe) are at i, case and the length of white
 * space runs aside (a headline may break a line where the body does not). */
static int same_words_ci(const st_text *t, size_t i, size_t qs, size_t qe)
{
    size_t k = qs;
    while (k < qe) {
        if (i >= t->len)
            return 0;
        if (st_cp_is_space(t->cp[k])) {
            if (!st_cp_is_space(t->cp[i]))
                return 0;
            while (k < qe && st_cp_is_space(t->cp[k]))
                k++;
            while (i < t->len && st_cp_is_space(t->cp[i]))
                i++;
            continue;
        }
        if (st_cp_lower(t->cp[k]) != st_cp_lower(t->cp[i]))
            return 0;
        k++;
        i++;
    }
    return 1;
}

/* Finds the quote's words elsewhere in the article, outside headline-like
 * lines, and returns the speaker of the sentence that carries them. */
char *st_hl_echo_speaker(attrib *a, const st_quote *q, int *person)
{
    const st_text *t = a->d->t;
    size_t n = q->end - q->start, i, end;
    uint32_t c0, a0, b0;

    if (n < 4 || n > t->len)
        return NULL;
    c0 = st_cp_lower(t->cp[q->start]);
    /* The ASCII code points that fold to c0, for the fast skip (0, which
     * text does not hold, when c0 is not ASCII); non-ASCII code points
     * stop the skip and are folded one by one. */
    a0 = c0 < 0x80 ? c0 : 0;
    b0 = c0 >= 'a' && c0 <= 'z' ? c0 - 32 : a0;
    end = t->len;
    for (i = 0; i < end; i++) {
        size_t tk, lo, hi, v;
        subject s;
        const char *cue;
        uint32_t c;
        /* The scan covers the whole text: first character, folded cheaply. */
        i = st_cp_find_ascii2(t->cp, i, end, a0, b0);
        if (i >= end)
            break;
        c = t->cp[i];
        if (c != c0 && (c < 0x80 ? !(c >= 'A' && c <= 'Z' && c + 32 == c0)
                                 : st_cp_lower(c) != c0))
            continue;
        if (i == q->start || !same_words_ci(t, i, q->start, q->end) || st_hl_headline_like(a, i))
            continue;
        tk = st_doc_token_at(a->d, i);
        lo = tk;
        while (lo > 0 && tk - lo < 60 && tok(a, lo - 1)->type != ST_TOK_BREAK &&
               !(tok(a, lo - 1)->type == ST_TOK_PUNCT && t->cp[tok(a, lo - 1)->start] == '.'))
            lo--;
        hi = tk;
        while (hi < a->d->tk.n && hi - tk < 60 && tok(a, hi)->type != ST_TOK_BREAK)
            hi++;
        v = st_at_find_cue(a, lo, tk, 1, &s, &cue);
        if (v == (size_t)-1)
            v = st_at_find_cue(a, tk, hi, 0, &s, &cue);
        if (v == (size_t)-1) {
            /* A quote in the body with the same words: its speaker. */
            size_t k;
            for (k = 0; k < a->nquotes_done; k++) {
                const st_quote *o = &a->quotes->v[k];
                if (o->start <= i && i < o->end && o->speaker) {
                    *person = o->speaker_is_person;
                    return strdup(o->speaker);
                }
            }
            continue;
        }
        return st_at_resolve(a, &s, tok(a, v)->start, person);
    }
    return NULL;
}

/* "‘We will fight this all the way’ – Rovers chief hits back at FA",
 * "‘…’: Desmond Reid hits back": a headline quote, then a colon or a dash
 * and a clause whose subject said it.  The subject is the words up to the
 * clause's first lowercase word that is no role, no determiner and no
 * particle (its verb).  SUBJ_NONE when there is no such clause. */
static subject headline_subject(const attrib *a, size_t p)
{
    subject none = { SUBJ_NONE, 0, 0, 0 };
    size_t n = a->d->tk.n, j;
    uint32_t c;
    if (p + 2 >= n || tok(a, p)->type != ST_TOK_PUNCT)
        return none;
    c = a->d->t->cp[tok(a, p)->start];
    if (c != ':' && c != 0x2013 && c != 0x2014 && c != '-')
        return none;
    for (j = p + 1; j < n && j < p + 8 && is_word(a, j) && !in_statement(a, j); j++)
        if (!is_cap(a, j) && !tk_is(a, j, ST_WC_PERSON_NOUN | ST_WC_ORG_HEAD | ST_WC_DETERMINER) &&
            !st_nm_tk_title_word(a, j) && !is_particle(a, j) &&
            !(j + 1 < n && is_word(a, j + 1) &&
              (tk_is(a, j + 1, ST_WC_PERSON_NOUN) || st_nm_tk_title_word(a, j + 1))))
            break;  /* (a modifier of a role, "club chairman", is no verb) */
    if (j == p + 1 || j >= n || !is_word(a, j) || is_cap(a, j) || in_statement(a, j) ||
        !(tok(a, j)->flags & ST_TF_LOWER))
        return none;
    return st_at_np_ending_at(a, p + 1, j - 1);
}

/* The content words (3+ letters) of [s, e). */
static size_t content_words(const st_text *t, size_t s, size_t e)
{
    size_t i = s, n = 0;
    while (i < e) {
        size_t w = i;
        while (i < e && st_cp_is_letter(t->cp[i]))
            i++;
        n += i - w >= 3;
        if (i == w)
            i++;
    }
    return n;
}

/* Share of the content words of quote x found in quote y, or 0 as soon as
 * it cannot exceed floor (x has have of them): the headline pass asks it
 * of every pair. */
static double word_overlap(const st_text *t, const st_quote *x, const st_quote *y, size_t have,
                           double floor)
{
    size_t i = x->start, found = 0, missed = 0;
    if (!have)
        return 0.0;
    while (i < x->end) {
        size_t s, n, j;
        if (!st_cp_is_letter(t->cp[i])) {
            i++;
            continue;
        }
        s = i;
        while (i < x->end && st_cp_is_letter(t->cp[i]))
            i++;
        n = i - s;
        if (n < 3)
            continue;
        for (j = y->start; j + n <= y->end; j++) {
            if ((j == y->start || !st_cp_is_letter(t->cp[j - 1])) &&
                (j + n == y->end || !st_cp_is_letter(t->cp[j + n])) && same_ci(t, j, s, n)) {
                found++;
                break;
            }
        }
        if (j + n > y->end && (double)(have - ++missed) / (double)have <= floor)
            return 0.0;
    }
    return (double)found / (double)have;
}

/* Is q's speaker a place named by its mention ("China says …", "Seoul
 * urges …")?  In a headline that stands for whoever the body quotes. */
static int place_speaker(const attrib *a, const st_quote *q)
{
    size_t k;
    if (q->mention_start == ST_NO_POS)
        return 0;
    k = st_doc_token_at(a->d, q->mention_start);
    return k < a->d->tk.n && tok(a, k)->end == q->mention_end && tk_name_is(a, k, ST_WC_PLACE);
}

/* Second pass: a headline or bullet quote takes the speaker of the body
 * statement that shares most of its words (more than 0.6 of them when
 * nobody, or a place, was found for it; more than 0.9 when the headline
 * names a speaker of its own). */
int st_hl_attribute_headlines(attrib *a)
{
    const st_text *t = a->d->t;
    size_t i, k, tries = 0;
    for (i = 0; i < a->quotes->n && tries < ECHO_MAX; i++) {
        st_quote *q = &a->quotes->v[i];
        const st_quote *best = NULL;
        size_t have;
        double best_ov = 0.6;
        if (!st_hl_headline_like(a, q->open_mark))
            continue;
        /* A headline's own attribution ("PCB … says ‘we are asking for
         * what was signed’") yields only to the body quoting the same
         * words: the guideline takes the speaker the body identifies. */
        if (q->speaker && !place_speaker(a, q))
            best_ov = 0.9;
        have = content_words(t, q->start, q->end);
        tries++;
        for (k = 0; k < a->quotes->n; k++) {
            const st_quote *o = &a->quotes->v[k];
            double ov;
            /* (a bullet or caption counts when it names its speaker itself:
             * "• Rafael Ibáñez de la Fuente, the chair: “…”") */
            if (k == i || !o->speaker ||
                (st_hl_headline_like(a, o->open_mark) && o->mention_start == ST_NO_POS))
                continue;
            ov = word_overlap(t, q, o, have, best_ov);
            if (ov > best_ov) {
                best_ov = ov;
                best = o;
            }
        }
        if (best) {
            free(q->speaker);
            q->speaker = strdup(best->speaker);
            if (!q->speaker)
                return -1;
            q->speaker_is_person = best->speaker_is_person;
        } else if (!q->speaker && q->kind == ST_KIND_FULL) {
            /* Last: a person named by the clause after the headline quote
             * ("‘…’: Desmond Reid hits back").  A country or a crowd there
             * stands for whoever the body quotes, so none is taken. */
            subject s = headline_subject(a, st_doc_token_at(a->d, q->end + 1));
            int person = 0;
            char *spk = s.type != SUBJ_NONE ? st_at_resolve(a, &s, q->open_mark, &person) : NULL;
            if (spk && person && !a->anon) {
                q->speaker = spk;
                q->speaker_is_person = person;
                st_at_set_mention(a, q, &s);
            } else {
                free(spk);
            }
        }
    }
    return 0;
}

