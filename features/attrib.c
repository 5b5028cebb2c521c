/* attrib.c - who said each statement.
 *
 * For every statement the attributor looks, in order, for a reporting cue
 * after the quote in the same sentence ("…,” Li said), before it ("Xi said
 * the ties “…”", "X said: “…”"), then for a speaker carried over from the
 * previous paragraph (a quote paragraph with no cue continues the last
 * speaker).  A cue's subject is a name, a pronoun, or a noun phrase
 * ("the ministry").  Names resolve to their fullest form in the article,
 * preferring the person introduced most recently ("Li" after Li Lifan and
 * Li Yonghui is Li Yonghui); pronouns resolve to the last person who spoke.
 * A running history of who said what (every cue in the text, quoted or
 * not) is what pronouns and continuations resolve against. */
#include "attrib_int.h"

#include <wchar.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Finds a cue in tokens [lo, hi), nearest to `from_end` ? hi : lo, and its
 * subject.  Returns the cue token or (size_t)-1. */
static size_t find_cue(const attrib *a, size_t lo, size_t hi, int from_end,
                       subject *subj, const char **cue)
{
    size_t n = hi > lo ? hi - lo : 0, step;

    for (step = 0; step < n; step++) {
        size_t v = from_end ? hi - 1 - step : lo + step;
        int type;
        const char *canon = NULL;
        subject s = { SUBJ_NONE, 0, 0, 0 };
        if (!is_word(a, v) || in_statement(a, v))
            continue;
        /* A capital is a name, not a cue, except a sentence's "According
         * to". */
        if (is_cap(a, v) && !(tok(a, v)->flags & ST_TF_ALLCAPS) &&
            !(st_token_is(a->d->t, tok(a, v), "according") && v + 1 < hi &&
              st_token_is(a->d->t, tok(a, v + 1), "to")))
            continue;
        type = tk_cue(a, v, &canon);
        if (type == ST_CUE_NONE)
            continue;
        if (type == ST_CUE_SAYING) {
            const char *said = NULL;
            if (v > lo && st_token_is(a->d->t, tok(a, v - 1), "as"))
                continue;   /* "quoted X as saying": the quoted cue decides */
            /* "…, Minister Agus Nasution said on Wednesday, describing the
             * duties as “…”": the subject of the cue before it. */
            if (find_cue(a, lo, v, 1, &s, &said) == (size_t)-1)
                s = st_at_clause_subject(a, lo, v);
        } else if (type == ST_CUE_ACCORDING) {
            if (v + 1 < hi && st_token_is(a->d->t, tok(a, v + 1), "to"))
                s = st_at_subject_after(a, v + 1, hi);
        } else if (type == ST_CUE_QUOTED) {
            /* "a statement quoted Xi as saying" names the speaker after the
             * verb; "Xi was (later) quoted by Interfax as saying" before it. */
            size_t b = v;
            while (b > lo && is_word(a, b - 1) && tk_is(a, b - 1, ST_WC_SKIPPABLE) &&
                   !st_token_is(a->d->t, tok(a, b - 1), "was") &&
                   !st_token_is(a->d->t, tok(a, b - 1), "is"))
                b--;
            if (b > lo && is_word(a, b - 1) &&
                (st_token_is(a->d->t, tok(a, b - 1), "was") ||
                 st_token_is(a->d->t, tok(a, b - 1), "were") ||
                 st_token_is(a->d->t, tok(a, b - 1), "is")))
                s = st_at_subject_before(a, lo, b - 1);
            else
                s = st_at_subject_after(a, v, hi);
        } else {
            s = st_at_subject_before(a, lo, v);
            /* "X called it “a sieve” and said the government …": a cue
             * after "and" shares the sentence's subject; what follows it
             * is the reported clause, not an inverted subject. */
            if (s.type == SUBJ_NONE && v > lo && st_token_is(a->d->t, tok(a, v - 1), "and"))
                s = st_at_clause_subject(a, lo, v);
            if ((s.type == SUBJ_NONE || v == lo) && st_wc_cue_invertible(canon)) {
                subject inv = st_at_subject_after(a, v, hi);
                /* "and said the EU ‘stands ready’": a name right before
                 * the quote is the subject of the reported clause. */
                size_t ntok = a->d->tk.n;
                if (inv.type != SUBJ_NONE &&
                    !(inv.last + 2 < ntok && tok(a, inv.last + 1)->type == ST_TOK_PUNCT &&
                      a->d->is_mark[tok(a, inv.last + 1)->start] &&
                      in_statement(a, inv.last + 2)))
                    s = inv;
            }
        }
        if (s.type == SUBJ_NONE)
            continue;
        *subj = s;
        *cue = canon;
        return v;
    }
    return (size_t)-1;
}

int st_attrib_has_cue(const st_doc *d, size_t from, size_t to)
{
    attrib a;
    subject s;
    const char *cue;
    memset(&a, 0, sizeof a);
    a.d = (st_doc *)d;
    size_t lo = st_doc_token_at(d, from), hi = st_doc_token_at(d, to);
    if (hi > lo + 60)
        lo = hi - 60;   /* cues sit near their quote: keeps hostile text linear */
    return find_cue(&a, lo, hi, 1, &s, &cue) !=
           (size_t)-1;
}

/* --- resolution -------------------------------------------------------- */

/* The latest speaker event before position pos, in paragraph min_para or
 * after: need_person 0 any speaker, -1 an organisation, 1 a person, 'm'
 * or 'f' a person who may be of that gender.  NULL when there is none. */
const event *st_at_last_event(const attrib *a, size_t pos, int need_person, size_t min_para)
{
    size_t k = a->nhist, stop = k > HISTORY_WINDOW ? k - HISTORY_WINDOW : 0;
    while (k > stop) {
        const event *e = &a->hist[--k];
        if (e->pos >= pos)
            continue;
        if (e->para < min_para)
            return NULL;
        if (!e->speaker)
            continue;
        if (need_person == 0 || (need_person < 0 && !e->person) ||
            (need_person == 1 && e->person) ||
            (need_person > 1 && e->person && (e->person == 1 || e->person == need_person)))
            return e;
    }
    return NULL;
}





/* "the 29-year-old": an age standing for a person. */
static int age_word(const char *w)
{
    size_t n = strlen(w);
    return n > 9 && strcmp(w + n - 9, "-year-old") == 0;
}

/* The person introduced or speaking last before position at, whichever
 * came later, in paragraph min_para or after, of gender g ('m', 'f', or 0
 * for any).  NULL when there is none. */
static char *latest_person(attrib *a, size_t at, int g, size_t min_para, int *person)
{
    const event *e = st_at_last_event(a, at, g ? g : 1, min_para);
    size_t ei = st_nm_entity_index_at(a, at);
    while (ei > 0 && (!a->ent[ei - 1].introduced ||
                      (g && a->ent[ei - 1].gender && a->ent[ei - 1].gender != g)))
        ei--;
    if (ei > 0 && (!e || a->ent[ei - 1].pos > e->pos) &&
        a->para_of_tok[a->ent[ei - 1].s] >= min_para) {
        int eg;
        char *name = st_nm_canonical_name(a, a->ent[ei - 1].s, a->ent[ei - 1].e, at, &eg);
        *person = eg ? eg : (g ? g : 1);
        return name;
    }
    if (!e)
        return NULL;
    *person = e->person == 1 && g ? g : e->person;
    return strdup(e->speaker);
}

static char *resolve(attrib *a, const subject *s, size_t pos, int *person)
{
    const event *e;
    *person = 0;
    switch (s->type) {
    case SUBJ_NAME: {
        int g;
        char *name = st_nm_canonical_name(a, s->name_first, s->last, pos, &g);
        *person = g ? g : 1;
        return name;
    }
    case SUBJ_PRONOUN: {
        char w[WORD_MAX];
        int plural = strcmp(lower(a, s->first, w), "they") == 0 ||
                     strcmp(w, "we") == 0 || strcmp(w, "it") == 0 ||
                     strcmp(w, "them") == 0;
        size_t at = tok(a, s->first)->start < pos ? tok(a, s->first)->start : pos;
        if (strcmp(w, "it") == 0) {
            /* An organisation, never a person: the one that spoke last, or
             * one the text named since ("The Kremlin dismissed any
             * suggestion … It was quoted by Interfax as saying"). */
            size_t where;
            char *org = st_nm_org_named_last(a, s->first, &where);
            e = st_at_last_event(a, at, -1, 0);
            *person = 0;
            if (org && (!e || tok(a, where)->start > e->pos))
                return org;
            free(org);
            return e ? strdup(e->speaker) : NULL;
        }
        if (plural) {
            e = st_at_last_event(a, at, 0, 0);
            if (!e)
                return NULL;
            *person = e->person;
            return strdup(e->speaker);
        }
        /* He/she is the person introduced last, speaker or not ("enraged
         * local MP Rachel Odunsi, who ... ‘…’ she said"). */
        return latest_person(a, at, st_nm_pronoun_gender(w), 0, person);
    }
    case SUBJ_NP: {
        if (tk_is(a, s->last, ST_WC_DOCUMENT) && s->name_first == s->last) {
            /* "the statement said": whoever issued it spoke, as the text
             * named them ("X issued a statement") or as the last speaker. */
            subject is = st_at_document_issuer(a, s);
            if (is.type != SUBJ_NONE && !tk_is(a, is.last, ST_WC_DOCUMENT))
                return resolve(a, &is, pos, person);
            e = st_at_last_event(a, pos, 0, 0);
            if (e) {
                *person = e->person;
                return strdup(e->speaker);
            }
        }
        char w[WORD_MAX];
        int g = st_nm_spokes_gender(lower(a, s->last, w));
        char *p;
        /* A spokesperson speaks for an organisation: the one named after
         * "for", else (no spokesperson of that description named) the one
         * around.  A "she added" that follows still means her, so the event
         * keeps the noun's gender. */
        if (g && (p = st_nm_spokes_for(a, s))) {
            *person = g;
            return p;
        }
        if ((p = st_nm_role_person(a, s, pos, person)))
            return p;
        if (g && (p = st_nm_spokes_org(a, s, a->para_of_tok[s->first]))) {
            *person = g;
            return p;
        }
        /* "the diplomat said" with no diplomat named: the person introduced
         * or speaking last, within three paragraphs. */
        if (s->first < s->last && st_token_is(a->d->t, tok(a, s->first), "the") &&
            (tk_is(a, s->last, ST_WC_PERSON_NOUN) || age_word(lower(a, s->last, w)) ||
             st_at_demonym_noun(a, s->last)) &&
            !st_wc_org_head(lower(a, s->last, w))) {
            size_t para = a->para_of_tok[s->first];
            size_t at = tok(a, s->first)->start < pos ? tok(a, s->first)->start : pos;
            if ((p = latest_person(a, at, 0, para > 3 ? para - 3 : 0, person)))
                return p;
        }
        return st_nm_canonical_np(a, s);
    }
    default:
        return NULL;
    }
}

static int remember(attrib *a, size_t pos, size_t tokidx, const char *speaker, int person)
{
    event *e;
    if (st_grow((void **)&a->hist, &a->caphist, a->nhist, sizeof *a->hist))
        return -1;
    e = &a->hist[a->nhist];
    e->speaker = speaker ? strdup(speaker) : NULL;
    if (speaker && !e->speaker)
        return -1;
    e->pos = pos;
    e->para = tokidx < a->d->tk.n ? a->para_of_tok[tokidx] : (a->nhist ? a->hist[a->nhist - 1].para : 0);
    e->person = person;
    a->nhist++;
    return 0;
}

/* Records the speaker of every cue outside statements up to position pos:
 * indirect speech ("Li said cooperation would grow") also sets who is
 * talking for a pronoun or an uncued quote that follows. */
static int history_upto(attrib *a, size_t *next_tok, size_t pos)
{
    const st_tokens *tk = &a->d->tk;
    while (*next_tok < tk->n && tok(a, *next_tok)->start < pos) {
        size_t v = *next_tok, lo = v;
        subject s;
        const char *cue;
        int type;
        (*next_tok)++;
        if (!is_word(a, v) || in_statement(a, v) || is_cap(a, v) ||
            tok(a, v)->end - tok(a, v)->start < 3 || tok(a, v)->end - tok(a, v)->start > 13)
            continue;   /* reporting verbs are lower-case words of 3-13 letters */
        type = tk_cue(a, v, &cue);
        if (type == ST_CUE_NONE || !st_wc_cue_speech(cue))
            continue;
        /* Back to the sentence's start: an earlier sentence's cue ("…,
         * fishermen said ... months. Masaru Kinjo, 61, ..., said") is not
         * this one's. */
        while (lo > 0 && lo + 40 > v && tok(a, lo - 1)->type != ST_TOK_BREAK &&
               !in_statement(a, lo - 1) &&
               !(tok(a, lo - 1)->type == ST_TOK_PUNCT && a->d->stop[tok(a, lo - 1)->start]))
            lo--;
        if (find_cue(a, lo, v + 8 < tk->n ? v + 8 : tk->n, 0, &s, &cue) == v) {
            int person;
            char *spk = resolve(a, &s, tok(a, v)->start, &person);
            if (spk) {
                int rc = remember(a, tok(a, v)->start, v, spk, person);
                free(spk);
                if (rc)
                    return -1;
            }
        }
    }
    return 0;
}

static int ends_sentence(const st_text *t, const st_quote *q)
{
    size_t e = q->end;
    while (e > q->start && st_cp_is_space(t->cp[e - 1]))
        e--;
    return e > q->start && st_cp_ends_sentence(t->cp[e - 1]);
}

static size_t prev_para_index(const attrib *a, size_t tokidx)
{
    size_t p = tokidx < a->d->tk.n ? a->para_of_tok[tokidx] : 0;
    return p ? p - 1 : 0;
}

/* An interview's narration between answers: "I put it to her that …",
 * "I ask what he would make of her job." then an answer with no cue.  The
 * person the last he/she/him/her of this or the previous paragraph stands
 * for, or NULL. */
static char *interview_subject(attrib *a, size_t open_tok, int *person)
{
    size_t k = open_tok, para = a->para_of_tok[open_tok];
    char w[WORD_MAX];
    while (k > 0 && a->para_of_tok[k - 1] + 1 >= para) {
        int g;
        k--;
        if (!is_word(a, k) || in_statement(a, k))
            continue;
        g = st_nm_pronoun_gender(lower(a, k, w));
        if (g)
            return latest_person(a, tok(a, k)->start, g, para > 3 ? para - 4 : 0, person);
    }
    return NULL;
}

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
         t->cp[e - 1] == '\'') && e - s > 1)
        e--;    /* a line may end with a quote: judge what the quote ends with */
    return !(st_cp_ends_sentence(t->cp[e - 1]) || t->cp[e - 1] == ':' || t->cp[e - 1] == ',');
}

/* Builds the line table once per article: headline_like is asked for
 * every quote and every echo candidate, and a line may be megabytes long.
 * Newlines are found with wmemchr (see core/text.h). */

static int index_lines(attrib *a)
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

static int headline_like(const attrib *a, size_t pos)
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
static char *echo_speaker(attrib *a, const st_quote *q, int *person)
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
        if (i == q->start || !same_words_ci(t, i, q->start, q->end) || headline_like(a, i))
            continue;
        tk = st_doc_token_at(a->d, i);
        lo = tk;
        while (lo > 0 && tk - lo < 60 && tok(a, lo - 1)->type != ST_TOK_BREAK &&
               !(tok(a, lo - 1)->type == ST_TOK_PUNCT && t->cp[tok(a, lo - 1)->start] == '.'))
            lo--;
        hi = tk;
        while (hi < a->d->tk.n && hi - tk < 60 && tok(a, hi)->type != ST_TOK_BREAK)
            hi++;
        v = find_cue(a, lo, tk, 1, &s, &cue);
        if (v == (size_t)-1)
            v = find_cue(a, tk, hi, 0, &s, &cue);
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
        return resolve(a, &s, tok(a, v)->start, person);
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

/* A speaker's label: a line that starts "Tang: “…”" or "Minister Ruiz:
 * “…”", as transcripts and briefings print answers.  Returns the subject
 * (type SUBJ_NONE when the quote has no label). */
static subject speaker_label(const attrib *a, size_t open_tok)
{
    subject none = { SUBJ_NONE, 0, 0, 0 }, s;
    size_t j, lo, ns, ne;
    if (open_tok < 2 || !punct_is(a, open_tok - 1, ':'))
        return none;
    j = open_tok - 2;
    for (lo = j; lo > 0 && j - lo < 24 && tok(a, lo - 1)->type != ST_TOK_BREAK; lo--)
        ;
    if (lo > 0 && tok(a, lo - 1)->type != ST_TOK_BREAK)
        return none;    /* not at the start of a line */
    /* A label that names a person the text introduces, in capitals or
     * not, or a reporter named in a question's brackets: "DR. AYŞE
     * ÇELİK:", "ROTICH:", "Q (Elif Şahin, Anadolu Agency):". */
    if (st_tr_label(a, lo, &ns, &ne) == open_tok - 1 &&
        (ns < ne || tok(a, ns)->end - tok(a, ns)->start > 1)) {
        s.type = SUBJ_NAME;
        s.first = s.name_first = ns;
        s.last = ne;
        return s;
    }
    s = st_at_np_ending_at(a, lo, j);
    /* The whole line start is the name, of more than one letter: "Q:" is
     * the reporter's question. */
    if ((s.type != SUBJ_NAME && s.type != SUBJ_NP) || st_nm_name_run_start(a, lo, j) != lo ||
        (s.first == s.last && tok(a, s.last)->end - tok(a, s.last)->start < 2))
        return none;
    return s;
}

/* The mention of s, the words naming the speaker, as q's evidence. */
static void set_mention(const attrib *a, st_quote *q, const subject *s)
{
    q->mention_start = tok(a, s->type == SUBJ_NAME ? s->name_first : s->first)->start;
    q->mention_end = tok(a, s->last)->end;
}

/* The statement after q whose words hold code point pos, or NULL. */
static const st_quote *statement_at(const attrib *a, const st_quote *q, size_t pos)
{
    const st_quote *end = a->quotes->v + a->quotes->n;
    for (q++; q < end && q->open_mark <= pos; q++)
        if (pos < q->end)
            return q;
    return NULL;
}

static int attribute_one(attrib *a, st_quote *q)
{
    st_doc *d = a->d;
    size_t open_tok = st_doc_token_at(d, q->open_mark);
    size_t after_lo = st_doc_token_at(d, q->end + 1);
    size_t sent_lo = st_doc_token_at(d, q->sent_start);
    size_t sent_hi = st_doc_token_at(d, q->sent_end);
    size_t v = (size_t)-1, k, event_tok = open_tok;
    subject s = { SUBJ_NONE, 0, 0, 0 };
    const char *cue = NULL;
    int person = 0;
    char *spk = NULL;

    if (sent_hi > after_lo + 60)
        sent_hi = after_lo + 60;
    /* Attribution after the quote stops at the next statement, except
     * that partial quotes share their sentence's cue: "… “A,” but will “B”
     * …, Guo Weiming said." */
    for (k = after_lo; k < sent_hi; k++)
        if (in_statement(a, k)) {
            const st_quote *nq = statement_at(a, q, tok(a, k)->start);
            if (q->kind == ST_KIND_PARTIAL && nq && nq->kind == ST_KIND_PARTIAL) {
                k = st_doc_token_at(d, nq->end);
                continue;
            }
            sent_hi = k;
            break;
        }
    if (after_lo < sent_hi && ends_sentence(d->t, q) && is_cap(a, after_lo) &&
        sent_hi - after_lo > 10)
        sent_hi = after_lo; /* a new sentence of the reporter's, not an attribution */
    /* Cues sit close to their quote; bounded windows keep a sentence of
     * megabytes from making the search quadratic. */
    if (sent_hi > after_lo + 60)
        sent_hi = after_lo + 60;
    if (open_tok > sent_lo + 60)
        sent_lo = open_tok - 60;
    /* A full quote's before-part starts after any earlier statement in the
     * sentence; a partial quote shares the reporter's whole sentence ("X
     * said the plan was “A” and “B”"). */
    for (k = open_tok; k > sent_lo && q->kind == ST_KIND_FULL; k--)
        if (in_statement(a, k - 1)) {
            sent_lo = k;
            break;
        }
    if (q->kind == ST_KIND_PARTIAL) {
        v = find_cue(a, sent_lo, open_tok, 1, &s, &cue);
        if (v == (size_t)-1)
            v = find_cue(a, after_lo, sent_hi, 0, &s, &cue);
    } else {
        v = find_cue(a, after_lo, sent_hi, 0, &s, &cue);
        if (v == (size_t)-1)
            v = find_cue(a, sent_lo, open_tok, 1, &s, &cue);
    }
    if (headline_like(a, q->open_mark) && a->echoes < ECHO_MAX) {
        /* Headlines, standfirst bullets and captions quote words the body
         * attributes properly: the body's attribution wins. */
        a->echoes++;
        spk = echo_speaker(a, q, &person);
        if (spk) {
            q->speaker = spk;
            q->speaker_is_person = person;
            if (v != (size_t)-1) {
                q->cue = cue;
                set_mention(a, q, &s);
            }
            return 0;
        }
    }
    if (v != (size_t)-1) {
        spk = resolve(a, &s, q->open_mark, &person);
        set_mention(a, q, &s);
        q->cue = cue;
    } else if (q->kind == ST_KIND_FULL && open_tok >= 2 &&
               tok(a, open_tok - 1)->type == ST_TOK_BREAK && punct_is(a, open_tok - 2, ':') &&
               (v = find_cue(a, st_at_colon_paragraph_start(a, open_tok - 2), open_tok - 2, 1,
                             &s, &cue)) != (size_t)-1) {
        /* "Ines Duarte said:" ends the paragraph before the quote. */
        spk = resolve(a, &s, q->open_mark, &person);
        set_mention(a, q, &s);
        q->cue = cue;
    } else if (q->kind == ST_KIND_FULL && (s = speaker_label(a, open_tok)).type != SUBJ_NONE) {
        spk = resolve(a, &s, q->open_mark, &person);
        set_mention(a, q, &s);
    } else if (q->kind == ST_KIND_FULL && (s = st_at_colon_subject(a, open_tok)).type != SUBJ_NONE) {
        spk = resolve(a, &s, q->open_mark, &person);
        set_mention(a, q, &s);
    } else if (q->kind == ST_KIND_FULL) {
        /* No cue: a quote continues the speaker of this or the previous
         * paragraph, unless the paragraphs around it name someone. */
        const event *e = st_at_last_event(a, q->open_mark, 0, prev_para_index(a, open_tok));
        if (st_at_named_nearby(a, open_tok, after_lo, e != NULL, &s)) {
            /* Named in the next paragraph: the speaker goes on from there
             * ("The warning came from X." then another quote of X's). */
            if (s.first > open_tok)
                event_tok = s.first;
            spk = resolve(a, &s, q->open_mark, &person);
            set_mention(a, q, &s);
        } else if (e) {
            spk = strdup(e->speaker);
            person = e->person;
            if (!spk)
                return -1;
        } else {
            spk = interview_subject(a, open_tok, &person);
        }
    }
    if (s.type == SUBJ_PRONOUN) {
        char *other = st_at_reply_speaker(a, q, &s, q->cue, spk, &person);
        if (other) {
            free(spk);
            spk = other;
        }
    }
    q->speaker = spk;
    q->speaker_is_person = person;
    if (spk && remember(a, q->open_mark, event_tok, spk, person))
        return -1;
    return 0;
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
static int attribute_headlines(attrib *a)
{
    const st_text *t = a->d->t;
    size_t i, k, tries = 0;
    for (i = 0; i < a->quotes->n && tries < ECHO_MAX; i++) {
        st_quote *q = &a->quotes->v[i];
        const st_quote *best = NULL;
        size_t have;
        double best_ov = 0.6;
        if (!headline_like(a, q->open_mark))
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
            if (k == i || !o->speaker || headline_like(a, o->open_mark))
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
            char *spk = s.type != SUBJ_NONE ? resolve(a, &s, q->open_mark, &person) : NULL;
            if (spk && person) {
                q->speaker = spk;
                q->speaker_is_person = person;
                set_mention(a, q, &s);
            } else {
                free(spk);
            }
        }
    }
    return 0;
}

int st_attrib_run(st_doc *d, st_quotes *q, st_error *err)
{
    attrib a;
    size_t i, para = 0, next_tok = 0;
    int rc = ST_OK;

    memset(&a, 0, sizeof a);
    a.d = d;
    a.para_of_tok = malloc((d->tk.n + 1) * sizeof *a.para_of_tok);
    if (!a.para_of_tok)
        return st_error_set(err, ST_ERR_NOMEM, "out of memory attributing quotes");
    for (i = 0; i < d->tk.n; i++) {
        if (d->tk.v[i].type == ST_TOK_BREAK)
            para++;
        a.para_of_tok[i] = para;
    }
    a.quotes = q;
    if (st_nm_collect_entities(&a) || index_lines(&a) || st_tr_add_lines(&a, q))
        rc = st_error_set(err, ST_ERR_NOMEM, "out of memory attributing quotes");
    for (i = 0; i < q->n && rc == ST_OK; i++) {
        a.quotes = q;
        a.nquotes_done = i;
        if (history_upto(&a, &next_tok, q->v[i].open_mark) || attribute_one(&a, &q->v[i])) {
            rc = st_error_set(err, ST_ERR_NOMEM, "out of memory attributing quotes");
            break;
        }
    }
    if (rc == ST_OK && q->n && attribute_headlines(&a))
        rc = st_error_set(err, ST_ERR_NOMEM, "out of memory attributing quotes");
    for (i = 0; i < a.nhist; i++)
        free(a.hist[i].speaker);
    free(a.hist);
    free(a.ent);
    free(a.line_start);
    free(a.line_headline);
    free(a.para_of_tok);
    return rc;
}
