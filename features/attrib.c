/* attrib.c - who said each statement.
 *
 * For every statement the attributor looks, in order, for a reporting cue
 * after the quote in the same sentence ("…,” Li said), before it ("Xi said
 * the ties “…”", "X said: “…”"), then for a speaker carried over from the
 * previous paragraph (a quote paragraph with no cue continues the last
 * speaker).  A cue's subject is a name, a pronoun, or a noun phrase
 * ("the ministry"), which resolve.c turns into a speaker.  A running
 * history of who said what (every cue in the text, quoted or not) is what
 * pronouns and continuations resolve against.  Quotes in headlines,
 * bullets and captions take the body's speaker (headlines.c); cues
 * themselves are found by cues.c. */
#include "attrib_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int remember(attrib *a, size_t pos, size_t tokidx, const char *speaker, int person,
                    int anon)
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
    e->anon = anon;
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
        if (st_at_find_cue(a, lo, v + 8 < tk->n ? v + 8 : tk->n, 0, &s, &cue) == v) {
            int person;
            char *spk = st_at_resolve(a, &s, tok(a, v)->start, &person);
            if (spk) {
                int rc = remember(a, tok(a, v)->start, v, spk, person, a->anon);
                free(spk);
                if (rc)
                    return -1;
            }
        }
    }
    return 0;
}

/* The quote's last code point before any trailing space, or 0 when it
 * has none. */
static uint32_t last_cp(const st_text *t, const st_quote *q)
{
    size_t e = q->end;
    while (e > q->start && st_cp_is_space(t->cp[e - 1]))
        e--;
    return e > q->start ? t->cp[e - 1] : 0;
}

static int ends_sentence(const st_text *t, const st_quote *q)
{
    uint32_t c = last_cp(t, q);
    return c && st_cp_ends_sentence(c);
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
            return st_at_latest_person(a, tok(a, k)->start, g, para > 3 ? para - 4 : 0, person);
    }
    return NULL;
}

/* A tabloid's or newsletter's kicker in capitals before a quote, not a
 * speaker's name: "SOLON TO DREDGING FIRM:", "PENSIONER'S FURY:", "QUOTE
 * OF THE DAY:".  Words all in capitals, one of them after the first a
 * preposition, article or conjunction, or a possessive before the last:
 * a name holds neither ("DR. AYŞE ÇELİK:"; a particle, "DE", is no
 * function word).  Returns the first such word (the possessive's next),
 * or 0 when the line is no kicker. */
static size_t shouted_kicker(const attrib *a, size_t lo, size_t j)
{
    static const char *const titles[] = { "mr", "mrs", "ms", "dr", NULL };
    size_t k, words = 0, telling = 0;
    char w[WORD_MAX];
    for (k = lo; k <= j; k++) {
        if (!is_word(a, k))
            continue;
        if (!(tok(a, k)->flags & ST_TF_ALLCAPS))
            return 0;
        words++;
        if (telling)
            continue;
        if (k < j && fold_possessive(a, k))
            telling = k + 1;
        else if (k > lo && tk_name_is(a, k, ST_WC_FUNCTION) &&
                 !tk_name_is(a, k, ST_WC_TITLE | ST_WC_PARTICLE) && !word_in(lower(a, k, w), titles))
            telling = k;
    }
    return words >= 2 ? telling : 0;
}

/* "PETRIĆ AFTER THE HUMILIATION:": a kicker opening with the surname of
 * a person the article names in full speaks for that person. */
static subject kicker_speaker(const attrib *a, size_t lo, size_t telling)
{
    subject none = { SUBJ_NONE, 0, 0, 0 }, s;
    char *full, *plain;
    int fuller;
    if (telling <= lo || st_nm_name_run_start(a, lo, telling - 1) != lo)
        return none;
    full = st_nm_canonical_name(a, lo, telling - 1, tok(a, lo)->start, NULL);
    plain = st_nm_name_text(a, lo, telling - 1);
    fuller = full && plain && strlen(full) > strlen(plain);
    free(full);
    free(plain);
    if (!fuller)
        return none;
    s.type = SUBJ_NAME;
    s.first = s.name_first = lo;
    s.last = telling - 1;
    return s;
}

/* A speaker's label: a line that starts "Tang: “…”" or "Minister Ruiz:
 * “…”", as transcripts and briefings print answers.  Returns the subject
 * (type SUBJ_NONE when the quote has no label). */
static subject speaker_label(const attrib *a, size_t open_tok)
{
    subject none = { SUBJ_NONE, 0, 0, 0 }, s;
    size_t j, lo, ns, ne, kicker, colon = open_tok;
    while (colon > 1 && (punct_is(a, colon - 1, '*') || punct_is(a, colon - 1, '_')))
        colon--;    /* "**Phương:** …" */
    if (colon > 2 && punct_is(a, colon - 1, ')')) {
        /* "MINISTER MAMANI QUISPE: (Laughs.) I am not …": past the stage
         * direction to the label's colon */
        size_t k = colon - 1;
        while (k > 0 && colon - k < 8 && !punct_is(a, k - 1, '(') &&
               tok(a, k - 1)->type != ST_TOK_BREAK)
            k--;
        if (k > 1 && punct_is(a, k - 1, '(') && punct_is(a, k - 2, ':'))
            colon = k - 1;
    }
    /* "Answer:" alone on its line, the answer in the paragraph after it
     * (only a label of the transcript's, below) */
    int alone = colon > 2 && tok(a, colon - 1)->type == ST_TOK_BREAK &&
                break_newlines(a, colon - 1) <= 2 && punct_is(a, colon - 2, ':');
    if (alone)
        colon--;
    /* or a name alone on the line before, as a call's transcript labels
     * its turns (transcript.c): the break is the label's end */
    int name_line = !alone && a->name_lines && colon > 2 &&
                    tok(a, colon - 1)->type == ST_TOK_BREAK && break_newlines(a, colon - 1) <= 2;
    /* or initials a speaker key names: "RM Thank you, Margaux" */
    if (!alone && colon >= 1 && st_tr_key_label(a, colon - 1, &ns, &ne) == colon - 1) {
        s.type = SUBJ_NAME;
        s.first = s.name_first = ns;
        s.last = ne;
        return s;
    }
    if (colon < 2 || !(punct_is(a, colon - 1, ':') || name_line)) {
        /* the remarks under an "Opening Remarks" heading (transcript.c) */
        if (st_tr_opening_heading(a, open_tok) && st_tr_opening_speaker(a, open_tok, &ns, &ne)) {
            s.type = SUBJ_NAME;
            s.first = s.name_first = ns;
            s.last = ne;
            return s;
        }
        return none;
    }
    open_tok = colon;
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
    if (alone || name_line)
        return none;
    if ((kicker = shouted_kicker(a, lo, j)) != 0)
        return kicker_speaker(a, lo, kicker);
    /* a list's bullet ("• Cornel Bălănescu: “…”", a live page's key
     * points), and a role before the name ("• Nationalist challenger
     * Cornel Bălănescu:"): the name is the label */
    if (lo < j && (punct_is(a, lo, 0x2022) || punct_is(a, lo, '-') || punct_is(a, lo, '*') ||
                   punct_is(a, lo, 0x2013)))
        lo++;
    /* a caption's own label before the speaker's: "[Photo: Gulnara
     * Temirbekova: «…»]" */
    if (lo + 3 < j && punct_is(a, lo, '['))
        lo++;
    if (lo + 2 < j && punct_is(a, lo + 1, ':') &&
        (word_is(a, lo, "photo") || word_is(a, lo, "caption") || word_is(a, lo, "picture") ||
         word_is(a, lo, "pictured")))
        lo += 2;
    size_t run = st_nm_name_run_start(a, lo, j), k;
    char rw[WORD_MAX];
    if (run > lo && run < j && run - lo <= 3 && is_word(a, run - 1) && !is_cap(a, run - 1) &&
        (role_word(a, run - 1) || st_nm_agent_noun(lower(a, run - 1, rw)))) {
        for (k = lo; k < run && is_word(a, k); k++)
            ;
        if (k == run)
            lo = run;
    }
    s = st_at_np_ending_at(a, lo, j);
    /* The whole line start is the name, of more than one letter: "Q:" is
     * the reporter's question. */
    if ((s.type != SUBJ_NAME && s.type != SUBJ_NP) || st_nm_name_run_start(a, lo, j) != lo ||
        (s.first == s.last && tok(a, s.last)->end - tok(a, s.last)->start < 2))
        return none;
    return s;
}

/* Does statement q end with a question mark? */
static int asks(const attrib *a, const st_quote *q)
{
    const uint32_t *cp = a->d->t->cp;
    size_t end;
    for (end = q->end; end > q->start && st_cp_is_space(cp[end - 1]); end--)
        ;
    return end > q->start && cp[end - 1] == '?';
}

/* An interview: "“Is that a bluff?” Sørensen-Diallo asked." then, in a
 * paragraph of its own with no cue, the answer.  When the statement
 * before q is a question its speaker e asked (cue "asked", or none for a
 * follow-up after an answer), and q opens a new paragraph, the answer is
 * the speaker who spoke before the question within the five paragraphs
 * before (a web page's "Advertisement" and "Read more" lines among them);
 * a follow-up question alone after the answer ("“Is that a warning to
 * Baghdad?”") is the asker's again.  NULL otherwise. */
static const event *answerer(const attrib *a, const st_quote *q, const event *e)
{
    const st_quote *prev, *before;
    size_t k, open_tok = st_doc_token_at(a->d, q->open_mark);
    if (a->nquotes_done == 0 || open_tok == 0 || tok(a, open_tok - 1)->type != ST_TOK_BREAK)
        return NULL;
    prev = &a->quotes->v[a->nquotes_done - 1];
    before = a->nquotes_done >= 2 ? &a->quotes->v[a->nquotes_done - 2] : NULL;
    if (!prev->speaker || strcmp(prev->speaker, e->speaker) != 0)
        return NULL;
    if (!asks(a, prev)) {
        /* a follow-up: the question before the answer had another speaker */
        if (!asks(a, q) || !before || !asks(a, before) || !before->speaker ||
            !strcmp(before->speaker, prev->speaker) ||
            !(before->cue == NULL || !strcmp(before->cue, "asked")))
            return NULL;
        for (k = a->nhist; k > 0 && a->nhist - k < HISTORY_WINDOW; k--) {
            const event *o = &a->hist[k - 1];
            if (o->speaker && !strcmp(o->speaker, before->speaker))
                return o->anon || o->para + 5 < e->para ? NULL : o;
        }
        return NULL;
    }
    if (!(prev->cue ? !strcmp(prev->cue, "asked")
                    : before && before->speaker && strcmp(before->speaker, prev->speaker) != 0))
        return NULL;
    for (k = a->nhist; k > 0 && a->nhist - k < HISTORY_WINDOW; k--) {
        const event *o = &a->hist[k - 1];
        if (o->pos >= prev->open_mark || !o->speaker)
            continue;
        if (o->para + 5 < e->para)
            return NULL;
        if (strcmp(o->speaker, e->speaker) != 0)
            return o->anon ? NULL : o;
    }
    return NULL;
}

/* The mention of s, the words naming the speaker, as q's evidence. */
void st_at_set_mention(const attrib *a, st_quote *q, const subject *s)
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

/* After a quote ending in a question or an exclamation, does a cue of
 * speech open the words that follow ("“…?” HNP leader X said at a press
 * conference, calling …"), within a subject's reach, rather than a
 * sentence of the reporter's own ("“…?” The ministry said it was
 * studying …")?  (After a full stop the next sentence is the reporter's:
 * "‘… month.’ Harbour authority chairman X said the union's demands …") */
static int cue_opens(const attrib *a, const st_quote *q, size_t lo, size_t hi)
{
    uint32_t c = last_cp(a->d->t, q);
    subject s;
    const char *cue;
    size_t v;
    if (c != '?' && c != '!')
        return 0;
    v = st_at_find_cue(a, lo, hi < lo + 8 ? hi : lo + 8, 0, &s, &cue);
    return v != (size_t)-1 && !st_at_reported_clause_after(a, v);
}

/* "…, according to a local agent, who asked not to be named." then the
 * agent's uncued quote: the unnamed source the sentence before it cites
 * (*s set to its phrase), or NULL, *s untouched, when there is none. */
static char *unnamed_before(attrib *a, const st_quote *q, size_t open_tok, subject *s,
                            int *person)
{
    subject prev = st_at_previous_sentence_unnamed(a, open_tok);
    char *spk;
    if (prev.type != SUBJ_NP)
        return NULL;
    spk = st_at_resolve(a, &prev, q->open_mark, person);
    if (spk && a->anon) {
        *s = prev;
        return spk;
    }
    free(spk);  /* (the phrase named someone after all) */
    *person = 0;
    a->anon = 0;
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

    a->anon = 0;

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
        sent_hi - after_lo > 10 && !cue_opens(a, q, after_lo, sent_hi))
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
        v = st_at_find_cue(a, sent_lo, open_tok, 1, &s, &cue);
        if (v == (size_t)-1)
            v = st_at_find_cue(a, after_lo, sent_hi, 0, &s, &cue);
    } else {
        v = st_at_find_cue(a, after_lo, sent_hi, 0, &s, &cue);
        if (v != (size_t)-1 && ends_sentence(d->t, q) && st_at_reported_clause_after(a, v))
            v = (size_t)-1;   /* "“…” The ministry said it was studying …": a new sentence */
        if (v == (size_t)-1)
            v = st_at_find_cue(a, sent_lo, open_tok, 1, &s, &cue);
    }
    if (v != (size_t)-1 && v < open_tok)
        v = st_at_source_cue(a, v, q->kind == ST_KIND_PARTIAL, sent_lo, after_lo, sent_hi, &s,
                             &cue);
    if (st_hl_headline_like(a, q->open_mark) && a->echoes < ECHO_MAX) {
        /* Headlines, standfirst bullets and captions quote words the body
         * attributes properly: the body's attribution wins. */
        a->echoes++;
        spk = st_hl_echo_speaker(a, q, &person);
        if (spk) {
            if (a->anon) {  /* the body's unnamed source */
                free(spk);
                spk = NULL;
                person = 0;
            }
            q->speaker = spk;
            q->speaker_is_person = person;
            if (v != (size_t)-1) {
                q->cue = cue;
                st_at_set_mention(a, q, &s);
            }
            return 0;
        }
    }
    if (v != (size_t)-1) {
        s = st_at_pronoun_view(a, open_tok, s);
        spk = st_at_resolve(a, &s, q->open_mark, &person);
        st_at_set_mention(a, q, &s);
        q->cue = cue;
    } else if (q->kind == ST_KIND_PARTIAL &&
               ((s = st_at_view_holder(a, sent_lo, open_tok)).type != SUBJ_NONE ||
                (s = st_at_pronoun_opener(a, sent_lo, open_tok)).type != SUBJ_NONE)) {
        spk = st_at_resolve(a, &s, q->open_mark, &person);
        st_at_set_mention(a, q, &s);
    } else if (q->kind == ST_KIND_FULL && open_tok >= 2 &&
               tok(a, open_tok - 1)->type == ST_TOK_BREAK && punct_is(a, open_tok - 2, ':') &&
               (v = st_at_find_cue(a, st_at_sentence_start(a, open_tok - 2), open_tok - 2, 1,
                             &s, &cue)) != (size_t)-1) {
        /* "Ines Duarte said:" ends the paragraph before the quote. */
        spk = st_at_resolve(a, &s, q->open_mark, &person);
        st_at_set_mention(a, q, &s);
        q->cue = cue;
    } else if (q->kind == ST_KIND_FULL && ((s = st_at_dash_credit(a, after_lo)).type != SUBJ_NONE ||
                                           (s = speaker_label(a, open_tok)).type != SUBJ_NONE)) {
        spk = st_at_resolve(a, &s, q->open_mark, &person);
        st_at_set_mention(a, q, &s);
    } else if (q->kind == ST_KIND_FULL && (s = st_at_colon_subject(a, open_tok)).type != SUBJ_NONE) {
        spk = st_at_resolve(a, &s, q->open_mark, &person);
        st_at_set_mention(a, q, &s);
    } else if (q->kind == ST_KIND_FULL) {
        /* No cue: a quote continues the speaker of this or the previous
         * paragraph, unless the paragraphs around it name someone. */
        size_t topic = st_at_topic_paragraph(a, open_tok);
        const event *e = st_at_last_event(a, q->open_mark, 0,
                                          prev_para_index(a, topic != (size_t)-1 ? topic : open_tok));
        /* ("And, on the Patriarchate:" between two quotes of one speaker
         * names a topic, not someone) */
        if (!(topic != (size_t)-1 && e) && st_at_named_nearby(a, open_tok, after_lo, e != NULL, &s)) {
            /* Named in the next paragraph: the speaker goes on from there
             * ("The warning came from X." then another quote of X's). */
            if (s.first > open_tok)
                event_tok = s.first;
            spk = st_at_resolve(a, &s, q->open_mark, &person);
            st_at_set_mention(a, q, &s);
        } else if (e && (spk = unnamed_before(a, q, open_tok, &s, &person)) != NULL) {
            st_at_set_mention(a, q, &s);    /* not the speaker before */
        } else if (e) {
            const event *ans = answerer(a, q, e);
            if (ans)
                e = ans;
            spk = strdup(e->speaker);
            person = e->person;
            a->anon = e->anon;
            if (!spk)
                return -1;
        } else {
            spk = interview_subject(a, open_tok, &person);
        }
    }
    if (s.type == SUBJ_PRONOUN || s.type == SUBJ_NP) {
        char *other = st_at_reply_speaker(a, q, &s, q->cue, spk, &person);
        if (other) {
            free(spk);
            spk = other;
            a->anon = 0;
        }
    }
    if (spk && remember(a, q->open_mark, event_tok, spk, person, a->anon)) {
        free(spk);
        return -1;
    }
    if (spk && q->end > q->start) {
        /* A quote of several paragraphs speaks up to its last: a quote
         * with no cue after it goes on from there. */
        size_t last = st_doc_token_at(a->d, q->end - 1);
        event *ev = &a->hist[a->nhist - 1];
        if (last < a->d->tk.n && a->para_of_tok[last] > ev->para)
            ev->para = a->para_of_tok[last];
    }
    if (spk && a->anon) {
        free(spk);
        spk = NULL;
        person = 0;
    }
    q->speaker = spk;
    q->speaker_is_person = person;
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
    if (st_nm_collect_entities(&a) || st_hl_index_lines(&a) || st_tr_add_lines(&a, q))
        rc = st_error_set(err, ST_ERR_NOMEM, "out of memory attributing quotes");
    else
        st_nm_collect_aliases(&a);
    for (i = 0; i < q->n && rc == ST_OK; i++) {
        a.quotes = q;
        a.nquotes_done = i;
        if (history_upto(&a, &next_tok, q->v[i].open_mark) || attribute_one(&a, &q->v[i])) {
            rc = st_error_set(err, ST_ERR_NOMEM, "out of memory attributing quotes");
            break;
        }
    }
    if (rc == ST_OK && q->n && st_hl_attribute_headlines(&a))
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
