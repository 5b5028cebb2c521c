/* cues.c - where a statement's reporting cue is, and what it says.
 *
 * A cue is a reporting verb or phrase ("said", "told reporters", "shot
 * back", "according to") with its subject, near a quote: st_at_find_cue
 * finds the nearest in a token range for the attributor (attrib.c) and
 * headlines.c, and st_at_source_cue lets a sentence's source override a
 * cue whose subject is a country or a participle's; st_attrib_has_cue and
 * st_attrib_reports_clause answer the evidence questions (evidence.c: a
 * partial quote or a scare quote?) about the text around a quotation. */
#include "attrib_int.h"

#include <string.h>

/* "was", "had", "would": after an inverted cue's subject they show that
 * the subject begins the reported clause ("said Beijing was using …"). */
static int auxiliary(const attrib *a, size_t k)
{
    static const char *const aux[] = { "was", "is", "were", "are", "had", "has", "have",
        "would", "will", "could", "should", "must", "might", "may", "did", "does", NULL };
    char w[WORD_MAX];
    return is_word(a, k) && word_in(lower(a, k, w), aux);
}

/* "with Dhaka pressing for … and Secretary X saying": an "and" at token
 * k joining a second participle clause to one that "with" opened in the
 * same sentence, from lo. */
static int with_and(const attrib *a, size_t lo, size_t k)
{
    size_t j;
    if (!word_is(a, k, "and"))
        return 0;
    for (j = k; j > lo && k - j < 40; j--) {
        if (tok(a, j - 1)->type == ST_TOK_BREAK ||
            (tok(a, j - 1)->type == ST_TOK_PUNCT && a->d->stop[tok(a, j - 1)->start] &&
             !in_statement(a, j - 1)))
            return 0;
        if (word_is(a, j - 1, "with") && !in_statement(a, j - 1))
            return 1;
    }
    return 0;
}

/* Cues of two words, a cue only together: "the deputy shot back", "she
 * hit back" ("shot" alone is a gun's); "as she puts it, “…”".  The
 * canonical cue, or NULL. */
static const char *two_word_cue(const attrib *a, size_t v, size_t hi)
{
    static const char *const verbs[] = { "shot", "hit", "fired", "hits", "fires", "shoots",
                                         NULL };
    static const char *const put[] = { "put", "puts", NULL };
    char w[WORD_MAX];
    if (v + 1 >= hi || !is_word(a, v + 1))
        return NULL;
    lower(a, v, w);
    /* "“…,” read the written order issued by Justice Malik", "the
     * statement read": a document's words */
    if ((!strcmp(w, "read") || !strcmp(w, "reads")) && v > 0 &&
        ((is_word(a, v - 1) && tk_is(a, v - 1, ST_WC_DOCUMENT)) ||
         ((punct_is(a, v - 1, ',') || mark_tok(a, v - 1)) &&
          (word_is(a, v + 1, "the") || word_is(a, v + 1, "a") || word_is(a, v + 1, "an")) &&
          ((v + 2 < hi && is_word(a, v + 2) && tk_is(a, v + 2, ST_WC_DOCUMENT)) ||
           (v + 3 < hi && is_word(a, v + 3) && tk_is(a, v + 3, ST_WC_DOCUMENT))))))
        return "read";
    if (st_token_is(a->d->t, tok(a, v + 1), "back") && word_in(w, verbs))
        return "hit back";
    if (st_token_is(a->d->t, tok(a, v + 1), "it") && word_in(w, put))
        return "put it";
    if (st_token_is(a->d->t, tok(a, v + 1), "out") &&
        (!strcmp(w, "pointed") || !strcmp(w, "points")))
        return "pointed out";
    /* "X made clear that the policy was “…”", "He made it clear that …" */
    if ((!strcmp(w, "made") || !strcmp(w, "makes") || !strcmp(w, "making")) &&
        (st_token_is(a->d->t, tok(a, v + 1), "clear") ||
         (v + 2 < hi && st_token_is(a->d->t, tok(a, v + 1), "it") && is_word(a, v + 2) &&
          st_token_is(a->d->t, tok(a, v + 2), "clear"))))
        return "made clear";
    return NULL;
}

/* "el", "la", "un", "una"...: a Spanish article at token i. */
static int spanish_article(const attrib *a, size_t i)
{
    static const char *const articles[] = { "el", "la", "los", "las", "un", "una", "unos",
                                            "unas", NULL };
    char w[WORD_MAX];
    return word_in(lower(a, i, w), articles);
}

/* Does a Spanish article come in the six tokens after v, before the
 * clause ends ("dijo a Reuters una fuente")? */
static int article_follows(const attrib *a, size_t v, size_t hi)
{
    size_t k;
    for (k = v + 1; k < hi && k < v + 7 && is_word(a, k); k++)
        if (spanish_article(a, k))
            return 1;
    return 0;
}

/* A Spanish verb of speech in the third person ("dijo", "afirmó",
 * "sostuvo"), whose subject a sentence may leave out. */
static int pro_drop_cue(const char *canon)
{
    size_t n = strlen(canon);
    return !strcmp(canon, "dijo") || !strcmp(canon, "dice") || !strcmp(canon, "sostuvo") ||
           (n > 3 && !strcmp(canon + n - 2, "\xC3\xB3"));   /* "-ó" */
}

/* Verbs of finding and ordering: a court's or a report's own cue, unless
 * a speech cue before them in the sentence reports them. */
static int finding_cue(const char *canon)
{
    static const char *const finding[] = { "found", "finds", "ruled", "directed", NULL };
    return word_in(canon, finding);
}

/* The speech cue (said, told …) nearest before the cue at v and its
 * subject s, in tokens from lo: the cue that reports the clause s and v
 * stand in ("X told reporters the commission had found …").  Its token,
 * with its subject and canonical word in *outer and *oc, or (size_t)-1. */
static size_t reporting_cue(const attrib *a, size_t lo, const subject *s, size_t v,
                            subject *outer, const char **oc)
{
    size_t o = st_at_find_cue(a, lo, s->first < v ? s->first : v, 1, outer, oc);
    return o != (size_t)-1 && st_wc_cue_speech(*oc) ? o : (size_t)-1;
}

/* A participle cue ("describing") is one as it stands; a base form
 * ("describe", "label") only as an infinitive: "used his radio show to
 * label the exodus “…”". */
static int infinitive_or_participle(const attrib *a, size_t lo, size_t v, const char *canon)
{
    size_t n = strlen(canon);
    return (n > 3 && !strcmp(canon + n - 3, "ing")) || (v > lo && word_is(a, v - 1, "to"));
}

/* Is the cue word at v, ending in "s", a plural noun after a number or a
 * word of quantity, a capitalised modifier between ("the two Borneo
 * states", "its 27 member states", "both claims")?  (Not after a bare
 * determiner: "the Gulf states" may be their subject.) */
static int plural_noun_cue(const attrib *a, size_t lo, size_t v)
{
    static const char *const counts[] = { "two", "three", "four", "five", "both", "several",
                                          "many", "all", "some", "member", NULL };
    const st_token *t = tok(a, v);
    size_t k = v;
    char w[WORD_MAX];
    if (t->end - t->start < 4 || a->d->t->cp[t->end - 1] != 's' || k == lo)
        return 0;
    if (is_cap(a, k - 1) && k - 1 > lo)
        k--;    /* "Borneo states" */
    if (tok(a, k - 1)->flags & ST_TF_DIGIT)
        return 1;
    if (!is_word(a, k - 1))
        return 0;
    lower(a, k - 1, w);
    return word_in(w, counts);
}

/* "ordered the ministry to “…”", "ordered that …": an order given, a
 * command's "to" or "that" within a few words of the verb at v (not "the
 * jets it ordered or …", "had ordered 12 ships and …"). */
static int command_follows(const attrib *a, size_t v, size_t hi)
{
    size_t k;
    for (k = v + 1; k < hi && k < v + 7 && is_word(a, k); k++)
        if (word_is(a, k, "to") || word_is(a, k, "that"))
            return 1;
    return 0;
}

/* Finds a cue in tokens [lo, hi), nearest to `from_end` ? hi : lo, and its
 * subject.  Returns the cue token or (size_t)-1. */
size_t st_at_find_cue(const attrib *a, size_t lo, size_t hi, int from_end,
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
        if (type == ST_CUE_NONE && !(canon = two_word_cue(a, v, hi)))
            continue;
        if (type == ST_CUE_NONE)
            type = ST_CUE_SAY;
        if (type == ST_CUE_SAYING && !infinitive_or_participle(a, lo, v, canon))
            continue;   /* "as Turkish Cypriots call Mia Milia": a naming */
        if (v > lo && word_is(a, v - 1, "rest") && word_is(a, v, "assured"))
            continue;   /* "Rest assured, …": an idiom, no one assuring */
        if (plural_noun_cue(a, lo, v))
            continue;   /* "for the two Borneo states “…”": a noun */
        if ((word_is(a, v, "ordered") || word_is(a, v, "orders")) && !command_follows(a, v, hi))
            continue;   /* "had ordered 12 ships and “…”": a purchase */
        if (type == ST_CUE_SAYING) {
            const char *said = NULL;
            if (v > lo && st_token_is(a->d->t, tok(a, v - 1), "as"))
                continue;   /* "quoted X as saying": the quoted cue decides */
            /* "…, with Sæther-Holm saying the evidence was “…”": the
             * participle's own subject after "with", right before it (not
             * "his relationship with X, accusing …") */
            subject w = st_at_subject_before(a, lo, v);
            /* (its title before it too: "with Union Secretary Anand K.
             * Rajeshwar saying") */
            size_t wf = w.type == SUBJ_NAME ? st_nm_name_run_start(a, lo, w.last) : w.first;
            if ((w.type == SUBJ_NAME || w.type == SUBJ_NP) && w.first > lo && w.last + 1 == v &&
                (word_is(a, w.first - 1, "with") ||
                 (wf > lo && wf <= w.first &&
                  (word_is(a, wf - 1, "with") || with_and(a, lo, wf - 1)))))
                s = w;
            /* "…, Minister Agus Nasution said on Wednesday, describing the
             * duties as “…”": the subject of the cue before it. */
            else if (st_at_find_cue(a, lo, v, 1, &s, &said) == (size_t)-1)
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
            size_t b = v;   /* "and afterwards told": past adverbs to the "and" */
            while (b > lo + 1 && is_word(a, b - 1) && tk_is(a, b - 1, ST_WC_SKIPPABLE) &&
                   !is_cap(a, b - 1))
                b--;
            if (s.type == SUBJ_NONE && b > lo &&
                (st_token_is(a->d->t, tok(a, b - 1), "and") ||
                 st_token_is(a->d->t, tok(a, b - 1), "but"))) {
                /* "…, but Governor Yoon said the cycle was not over and
                 * described the slide as “…”": the subject of the cue the
                 * "and" joins, else the sentence's. */
                const char *said = NULL;
                size_t o = st_at_find_cue(a, lo, b - 1, 1, &s, &said);
                /* (not a relative clause's verb: "A representative of the
                 * subcontractor, X, who asked not to be named, blamed “…”
                 * and said") */
                if (o == (size_t)-1 || (o > lo && (word_is(a, o - 1, "which") ||
                                                   word_is(a, o - 1, "who"))))
                    s = st_at_clause_subject(a, lo, b);
            }
            if ((s.type == SUBJ_NONE || v == lo) &&
                (st_wc_cue_invertible(canon) || !strcmp(canon, "read"))) {
                subject inv = st_at_subject_after(a, v, hi);
                /* "and said the EU ‘stands ready’": a name right before
                 * the quote is the subject of the reported clause. */
                size_t ntok = a->d->tk.n;
                if (inv.type != SUBJ_NONE &&
                    !(inv.last + 2 < ntok && tok(a, inv.last + 1)->type == ST_TOK_PUNCT &&
                      a->d->is_mark[tok(a, inv.last + 1)->start] &&
                      in_statement(a, inv.last + 2)) &&
                    !(inv.type != SUBJ_PRONOUN && inv.last + 1 < ntok &&
                      auxiliary(a, inv.last + 1)))
                    s = inv;    /* (not "said Beijing was using “…”"; "said
                                 * it would" is the sayer's own "it") */
            }
        }
        if (s.type == SUBJ_NONE && type == ST_CUE_SAY && pro_drop_cue(canon)) {
            if (v > lo && (punct_is(a, v - 1, ',') || mark_tok(a, v - 1)) && v + 1 < hi &&
                !(is_word(a, v + 1) && is_cap(a, v + 1)) && !article_follows(a, v, hi)) {
                /* "“…”, sostuvo.", "“…”, dijo a este diario": Spanish
                 * drops the pronoun; the verb after the quote stands for
                 * it (not "dijo un comandante …", "dijo a Reuters una
                 * fuente": a subject follows, unnamed) */
                s.type = SUBJ_PRONOUN;
                s.first = s.last = s.name_first = v;
            } else if (v + 2 < hi && (word_is(a, v + 1, "un") || word_is(a, v + 1, "una")) &&
                       tk_is(a, v + 2, ST_WC_PERSON_NOUN)) {
                s.type = SUBJ_NP;   /* "dijo un funcionario": an unnamed source */
                s.first = v + 1;
                s.name_first = s.last = v + 2;
            }
        }
        if (s.type == SUBJ_NONE)
            continue;
        /* (so is a pluperfect cue other than speech: "Expósito said the
         * Junta had asked Madrid to act and was “still waiting …”", not
         * "X said Beasley-Tate had told him Alabama would “…”") */
        /* (but a name's request quoted as its object is the name's own:
         * "told The News that Prime Minister X had asked his aides to
         * “bring the SIP on board”") */
        int own_request = s.type == SUBJ_NAME && hi < a->d->tk.n && hi > v + 1 && hi <= v + 6 &&
                          mark_tok(a, hi) && word_is(a, hi - 1, "to");
        if (finding_cue(canon) ||
            (v > lo && word_is(a, v - 1, "had") && !st_wc_cue_speech(canon) && !own_request)) {
            /* "X told a press conference that the commission had found
             * “serious irregularities”": a finding reported in a speech
             * cue's clause is the reporter's source speaking */
            subject outer;
            const char *oc = NULL;
            size_t o = reporting_cue(a, lo, &s, v, &outer, &oc);
            if (o != (size_t)-1) {
                *subj = outer;
                *cue = oc;
                return o;
            }
        }
        *subj = s;
        *cue = canon;
        return v;
    }
    return (size_t)-1;
}

/* Is the subject s countries or capitals alone ("Athens", "Vietnam and
 * China"; not "Russia's Embassy in Helsinki")? */
static int place_subject(const attrib *a, const subject *s)
{
    size_t k;
    if (s->type != SUBJ_NAME && s->type != SUBJ_NP)
        return 0;
    for (k = s->type == SUBJ_NAME ? s->name_first : s->first; k <= s->last; k++)
        if (is_word(a, k) && !tk_name_is(a, k, ST_WC_PLACE) &&
            !st_token_is(a->d->t, tok(a, k), "and"))
            return 0;
    return 1;
}

/* An "according to" after the quote, in [after_lo, sent_hi), that names
 * a source other than a place: its cue token, with *s and *cue updated;
 * else v, and *s and *cue as they were. */
static size_t according_after(const attrib *a, size_t v, size_t after_lo, size_t sent_hi,
                              subject *s, const char **cue)
{
    subject o;
    const char *oc = NULL;
    size_t w = st_at_find_cue(a, after_lo, sent_hi, 0, &o, &oc);
    if (w != (size_t)-1 && strcmp(oc, "according to") == 0 && !place_subject(a, &o)) {
        *s = o;
        *cue = oc;
        return w;
    }
    return v;
}

/* A quote whose cue before it has a country or capital for its subject
 * is often words the reporter's source used about that country: "She
 * said Lisbon had formally asked Maputo for “…”", "the minister … said
 * Athens had told the authorities “…”", "Vietnam and China agreed to
 * “…”, according to a statement issued by Vietnam's foreign ministry".
 * The speech cue whose clause holds the place, its own subject not a
 * place, or an "according to" after the quote in the same sentence,
 * names the speaker instead.  Returns the cue token to use
 * (v when neither is there) and updates *s and *cue. */
static size_t past_place_subject(const attrib *a, size_t v, size_t sent_lo, size_t after_lo,
                                 size_t sent_hi, subject *s, const char **cue)
{
    subject o;
    const char *oc = NULL;
    size_t w = reporting_cue(a, sent_lo, s, v, &o, &oc), p;
    /* (the place stands in the speech cue's clause: "said Athens", "said
     * he was ready if Washington agreed to …"; not across a semicolon:
     * "Finland seizes tanker; Russia calls it “…”") */
    for (p = w + 1; w != (size_t)-1 && p < s->first; p++)
        if (punct_is(a, p, ';') || punct_is(a, p, ':'))
            break;
    if (w != (size_t)-1 && p == s->first && !place_subject(a, &o)) {
        *s = o;
        *cue = oc;
        return w;
    }
    return according_after(a, v, after_lo, sent_hi, s, cue);
}

/* Is s a body's name or noun phrase ("the Coalition Against Water
 * Pollution", "the ministry"), no person? */
static int body_subject(const attrib *a, const subject *s)
{
    size_t k;
    if (s->type != SUBJ_NAME && s->type != SUBJ_NP)
        return 0;
    for (k = s->name_first; k <= s->last; k++)
        if (is_word(a, k) && tk_is(a, k, ST_WC_ORG_HEAD))
            return 1;   /* ("the ministry", "Coalition Against Water Pollution") */
    return s->type == SUBJ_NAME && st_nm_run_is_org(a, s->name_first, s->last);
}

size_t st_at_source_cue(const attrib *a, size_t v, int partial, size_t sent_lo, size_t after_lo,
                        size_t sent_hi, subject *s, const char **cue)
{
    int type;
    if (place_subject(a, s))
        return past_place_subject(a, v, sent_lo, after_lo, sent_hi, s, cue);
    type = partial ? tk_cue(a, v, &(const char *){ NULL }) : ST_CUE_NONE;
    if (type == ST_CUE_SAYING)
        /* "The ministry handed a protest note, calling the incident “…”,
         * according to ministry spokesman X": the sentence's source */
        return according_after(a, v, after_lo, sent_hi, s, cue);
    if (type == ST_CUE_CALL && body_subject(a, s)) {
        /* "The coalition described the plan as “…”, according to its
         * convener, Dr X": the body's words as the person gave them (a
         * body or a paper after "according to" is no nearer the source:
         * only a person a title or a known given name vouches for, or
         * "its convener") */
        subject o = *s;
        const char *oc = *cue;
        size_t w = according_after(a, v, after_lo, sent_hi, &o, &oc);
        if (w != v && !body_subject(a, &o) &&
            ((o.type == SUBJ_NAME &&
              (known_given(a, o.name_first) ||
               (o.name_first > 0 && st_nm_tk_title_word(a, o.name_first - 1)))) ||
             (o.type == SUBJ_NP && (word_is(a, o.first, "its") || word_is(a, o.first, "their")) &&
              tk_is(a, o.last, ST_WC_PERSON_NOUN)))) {    /* ("its convener, Dr X") */
            *s = o;
            *cue = oc;
            return w;
        }
    }
    return v;
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
    return st_at_find_cue(&a, lo, hi, 1, &s, &cue) != (size_t)-1;
}

int st_attrib_reports_clause(const st_doc *d, size_t from, size_t to)
{
    attrib a;
    size_t k, j;
    memset(&a, 0, sizeof a);
    a.d = (st_doc *)d;
    size_t lo = st_doc_token_at(d, from), hi = st_doc_token_at(d, to);
    if (hi > lo + 40)
        lo = hi - 40;
    for (k = lo; k + 1 < hi; k++) {
        const char *canon;
        if (!is_word(&a, k) || tk_cue(&a, k, &canon) != ST_CUE_SAY || !st_wc_cue_speech(canon))
            continue;
        for (j = k + 1; j < hi && j < k + 6; j++)
            if (is_word(&a, j) && st_token_is(d->t, tok(&a, j), "that"))
                return 1;
    }
    return 0;
}

int st_at_reported_clause_after(const attrib *a, size_t v)
{
    static const char *const openers[] = { "it", "that", "he", "she", "they", "there", "its",
                                           NULL };
    char w[WORD_MAX];
    return v + 2 < a->d->tk.n && is_word(a, v + 1) && word_in(lower(a, v + 1, w), openers) &&
           is_word(a, v + 2);
}
