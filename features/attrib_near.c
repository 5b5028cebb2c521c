/* attrib_near.c - the speaker of a quote with no cue, named in the
 * paragraph before or after it, or before it in its own.
 *
 * Feature writing often sets a quote alone in its paragraph and names the
 * speaker around it instead of with a cue:
 *     That warning came from Park Seo-yeon, a metals analyst ...   (after)
 *     So said Park Ji-won, a postdoctoral researcher ...            (after)
 *     — Katrin Vogelsang, lead candidate of ...                     (after)
 *     Bimal Roy, a 54-year-old paddy farmer, has lost ...          (after)
 *     Wang Jianguo, a hydrologist in Kunming, goes further.        (before)
 * These functions find such a name as a subject; resolve.c resolves it to
 * the canonical speaker like any other.  A paragraph that ends in a colon
 * before its quote ("X set out the next steps:") is colons.c's. */
#include "attrib_int.h"
#include "given_names.h"

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

/* "a political scientist at the University of Ibadan, Prof. Remi
 * Adelakun-Oyewole": a role phrase from token i, then a comma and the
 * person's name (two words or more), in one clause.  SUBJ_NONE when the
 * words there are not so. */
static subject name_after_role(const attrib *a, size_t i, size_t n)
{
    subject none = { SUBJ_NONE, 0, 0, 0 }, s;
    size_t c;
    int role = 0;
    for (c = i; c < n && c < i + 20 && !punct_is(a, c, ','); c++) {
        if (!is_word(a, c) || in_statement(a, c))
            return none;
        role |= role_word(a, c);
    }
    if (!role || c + 1 >= n || !punct_is(a, c, ','))
        return none;
    s = name_from(a, past_dotted_title(a, c + 1, n), n);
    if (s.type != SUBJ_NAME || s.last == s.name_first)
        return none;
    return s;
}

/* "That warning came from X", "That was the view of X", "The speaker was
 * X": a paragraph opening with a demonstrative or "The", whose first words
 * name who said the quote before it. */
static subject named_by_next(const attrib *a, size_t p)
{
    subject none = { SUBJ_NONE, 0, 0, 0 };
    size_t n = a->d->tk.n, k;
    if (is_cap(a, p) && word_is(a, p, "so") && p + 1 < n &&
        (word_is(a, p + 1, "said") || word_is(a, p + 1, "says")))
        return name_from(a, p + 2, n);  /* "So said Park Ji-won, a researcher" */
    if (!is_cap(a, p) || !(word_is(a, p, "that") || word_is(a, p, "the") ||
                            word_is(a, p, "this") || word_is(a, p, "those") ||
                            word_is(a, p, "these")))
        return none;
    for (k = p + 1; k + 1 < n && k < p + 7; k++) {
        if (punct_is(a, k, ',') && k <= p + 3) {
            /* "The words, shouted through a megaphone, came from X": past
             * the aside to the comma closing it. */
            size_t c = k + 1;
            while (c < n && c < k + 24 && !punct_is(a, c, ',') && !punct_is(a, c, '.') &&
                   tok(a, c)->type != ST_TOK_BREAK)
                c++;
            if (c >= n || !punct_is(a, c, ','))
                return none;
            p += c - k;
            k = c;
            continue;
        }
        if (!is_word(a, k) || is_cap(a, k))
            break;
        if (word_is(a, k, "from") || word_is(a, k, "of") || word_is(a, k, "was") ||
            word_is(a, k, "is") || word_is(a, k, "how") || word_is(a, k, "to")) {
            /* "That was how X described it", "That is X, speaking in …",
             * "The words belong to X"; not "The 54-year-old from
             * Guadalajara", "The mayor of Lagos": where a person is from
             * (words come from a speaker) */
            char w[WORD_MAX];
            if ((word_is(a, k, "from") || word_is(a, k, "of")) &&
                (role_word(a, k - 1) || age_word(lower(a, k - 1, w))))
                continue;
            /* (nor "The meeting heard from Cllr X, who …": the next
             * speaker, not the last) */
            if (word_is(a, k, "from") && (word_is(a, k - 1, "heard") || word_is(a, k - 1, "hears")))
                break;
            subject s = name_from(a, past_dotted_title(a, k + 1, n), n);
            if (s.type != SUBJ_NONE && s.first == s.last) {
                /* "the words of Montebravo sporting director Íñigo
                 * Larrañaga", "the message from City chairman Vikram
                 * Sethi": a body's one word, its role in lower case, then
                 * the person's full name */
                size_t j = s.last + 1;
                while (j < n && j < s.last + 4 && is_word(a, j) && !is_cap(a, j) &&
                       !tk_is(a, j, ST_WC_FUNCTION))
                    j++;
                if (j > s.last + 1 && role_word(a, j - 1)) {
                    subject p2 = name_from(a, j, n);
                    if (p2.type == SUBJ_NAME && p2.last > p2.name_first)
                        s = p2;
                }
            }
            if (s.type == SUBJ_NONE)
                s = name_after_role(a, k + 1, n);
            if (s.type == SUBJ_NONE ||
                ((word_is(a, k, "was") || word_is(a, k, "is")) && s.type == SUBJ_NAME &&
                 s.last == s.name_first))
                continue;   /* "That was the view of X"; one word: "was Russia's" */
            return s;
        }
    }
    return none;
}

/* "— Katrin Vogelsang, lead candidate of …": a pull quote or a quote of
 * the week, signed on the line after it (or after its closing mark) with a
 * dash and the speaker's name. */
static subject named_by_dash(const attrib *a, size_t p)
{
    subject none = { SUBJ_NONE, 0, 0, 0 }, s;
    size_t n = a->d->tk.n;
    uint32_t c;
    if (p + 1 >= n || tok(a, p)->type != ST_TOK_PUNCT)
        return none;
    c = a->d->t->cp[tok(a, p)->start];
    if (c != 0x2014 && c != 0x2013 && c != 0x2015)
        return none;
    s = name_from(a, p + 1, n);
    /* A signature: the name, then its apposition or the end of the line
     * ("‘…’ – Rovers chief hits back" is a headline's clause instead). */
    if (s.type == SUBJ_NONE || (s.last + 1 < n && !punct_is(a, s.last + 1, ',') &&
                                tok(a, s.last + 1)->type != ST_TOK_BREAK))
        return none;
    return s;
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

/* How far back a paragraph before a quote is read for the one person it
 * introduces: a feature's paragraph of 60 words is about 90 tokens. */
#define PARA_SCAN_TOKENS 160

/* A surname alone, of someone the text named in full before, as the
 * subject of the reporter's words [from, to): "Ruiz-Tapia, whose two
 * children attend Lincoln Elementary, spoke", "Whitlock was still
 * seething when he arrived", "Told that …, Whitlock managed a thin
 * smile." */
static int surname_as_subject(const attrib *a, const entity *x, size_t from, size_t to)
{
    size_t s = x->s;
    if (s != x->e || s + 1 >= to)
        return 0;
    if (!(((s == from || punct_is(a, s - 1, '.')) && punct_is(a, s + 1, ',')) ||
          /* opening it, then a verb (not "Halsworth manager X") */
          (s == from && is_word(a, s + 1) && !is_cap(a, s + 1) &&
           !tk_is(a, s + 1, ST_WC_FUNCTION | ST_WC_PARTICLE) && !role_word(a, s + 1)) ||
          /* after a clause and its comma, then a verb */
          (s > from && punct_is(a, s - 1, ',') && is_word(a, s + 1) && !is_cap(a, s + 1) &&
           !tk_is(a, s + 1, ST_WC_FUNCTION))))
        return 0;
    return st_nm_has_fuller_form(a, s, x->e);
}

/* The one person the reporter's words in tokens [from, to) introduce, as
 * a subject; SUBJ_NONE when they name none, or more than one, or quote
 * anyone (a paragraph with a statement has its own speaker). */
static subject single_person_in(const attrib *a, size_t from, size_t to)
{
    subject none = { SUBJ_NONE, 0, 0, 0 }, s = none;
    size_t k, ei;
    if (to <= from || to - from > PARA_SCAN_TOKENS)
        return none;
    for (k = from; k < to; k++)
        if (in_statement(a, k))
            return none;
    for (ei = st_nm_entity_index_at(a, tok(a, from)->start);
         ei < a->nent && a->ent[ei].e < to; ei++) {
        const entity *x = &a->ent[ei];
        if (x->s < from || !(x->introduced || surname_as_subject(a, x, from, to)))
            continue;
        if (s.type != SUBJ_NONE)
            return none;    /* two people: no telling which */
        s.type = SUBJ_NAME;
        s.first = s.name_first = x->s;
        s.last = x->e;
    }
    return s;
}

/* A paragraph of one short sentence, ending at token pe, whose subject
 * is an organisation named with its head word ("The Chinese Embassy in
 * Kiribati rejected the criticism."): that organisation, as the subject of
 * an uncued quote after it; SUBJ_NONE otherwise. */
static subject org_paragraph(const attrib *a, size_t pe)
{
    subject none = { SUBJ_NONE, 0, 0, 0 }, s;
    size_t ps, k, v;
    for (ps = pe; ps > 0 && tok(a, ps - 1)->type != ST_TOK_BREAK && pe - ps < 20; ps--)
        ;
    if (pe - ps >= 16 || (ps > 0 && tok(a, ps - 1)->type != ST_TOK_BREAK) || !is_cap(a, ps))
        return none;
    for (k = ps; k < pe; k++)
        if (in_statement(a, k) || (k + 1 < pe && punct_is(a, k, '.')))
            return none;    /* one sentence, no statement in it */
    for (v = ps; v < pe && (is_cap(a, v) || is_particle(a, v) || word_is(a, v, "of") ||
                            word_is(a, v, "in") || word_is(a, v, "for"));
         v++)
        ;
    if (v >= pe || !is_word(a, v) || is_cap(a, v) || tk_is(a, v, ST_WC_FUNCTION))
        return none;    /* the run, then a lowercase verb */
    s = st_at_np_ending_at(a, ps, v - 1);
    if (s.type != SUBJ_NP)
        return none;
    for (k = s.first; k <= s.last; k++)
        if (tk_name_is(a, k, ST_WC_ORG_HEAD))
            return s;
    return none;
}

/* Does token k look like a finite verb after its subject: was, is, has,
 * had, a cue, or a word ending in -ed or a single -s ("cited", "turns";
 * not "line", "class")? */
static int finite_verb_like(const attrib *a, size_t k)
{
    /* (irregular pasts a reporter puts before a quote: "The minister took
     * a swipe at …", "struck a defiant note", "went further") */
    static const char *const irregular[] = { "took", "struck", "went", "gave", "made", "kept",
                                             "held", "drew", "threw", "hit", "spoke", "stood",
                                             "fought", "sent", "paid", "led", "met", "won",
                                             "lost", NULL };
    char w[WORD_MAX];
    size_t n;
    if (word_is(a, k, "was") || word_is(a, k, "is") || word_is(a, k, "has") ||
        word_is(a, k, "had") || tk_cue(a, k, &(const char *){ NULL }))
        return 1;
    if (tk_is(a, k, ST_WC_FUNCTION))
        return 0;
    if (word_in(lower(a, k, w), irregular))
        return 1;
    n = strlen(w);
    return n > 3 && ((w[n - 2] == 'e' && w[n - 1] == 'd') || (w[n - 1] == 's' && w[n - 2] != 's'));
}

/* A short paragraph of one sentence, tokens [ps, pe), with no statement,
 * whose clause subject is a role with "the" ("On China, Brazil's largest
 * trading partner, the president was expansive."): that role, as the
 * subject of an uncued quote after it; SUBJ_NONE otherwise. */
static subject role_paragraph(const attrib *a, size_t ps, size_t pe)
{
    subject none = { SUBJ_NONE, 0, 0, 0 }, s = { SUBJ_NP, 0, 0, 0 };
    size_t k;
    if (pe - ps > 40)
        return none;
    for (k = ps; k < pe; k++)
        if (in_statement(a, k) || (k + 1 < pe && punct_is(a, k, '.')))
            return none;
    for (k = ps; k + 2 < pe; k++) {
        if (!word_is(a, k, "the") || !(k == ps || punct_is(a, k - 1, ',')))
            continue;
        if (!is_word(a, k + 1) || !role_word(a, k + 1) || !is_word(a, k + 2) ||
            !(tok(a, k + 2)->flags & ST_TF_LOWER) || !finite_verb_like(a, k + 2))
            return none;    /* (not "The official line came …": a noun) */
        s.first = k;
        s.name_first = s.last = k + 1;
        return s;
    }
    return none;
}

/* "… or a genuine exit plan? Lars Emborg at Seaview Analytics thinks the
 * maths forces a deal." ending the paragraph before a quote: a person
 * named in full opens the paragraph's last sentence with a verb of
 * opinion, so the quote is the view announced, even after another
 * speaker's.  The name, or SUBJ_NONE. */
static subject view_paragraph(const attrib *a, size_t pe)
{
    static const char *const views[] = { "thinks", "believes", "disagrees", "agrees", "doubts",
                                         "reckons", "suspects", "expects", "worries", "fears",
                                         NULL };
    subject none = { SUBJ_NONE, 0, 0, 0 }, s;
    size_t ps, e, next, k;
    char w[WORD_MAX];
    if (pe < 2 || !punct_is(a, pe - 1, '.'))
        return none;
    ps = st_at_sentence_start(a, pe - 1);   /* the paragraph's last sentence */
    if (ps >= pe - 1 || !is_cap(a, ps))
        return none;
    for (e = ps; (next = st_nm_name_next(a, e)) != (size_t)-1 && next < pe;)
        e = next;
    s = st_at_np_ending_at(a, ps, e);
    if (s.type != SUBJ_NAME || s.first != ps || s.name_first == s.last)
        return none;
    for (k = e + 1; k < pe && k < e + 8; k++) {
        if (!is_word(a, k) || in_statement(a, k))
            return none;
        if (word_in(lower(a, k, w), views))
            return s;
    }
    return none;
}

subject st_at_pronoun_view(const attrib *a, size_t open_tok, subject s)
{
    char w[WORD_MAX];
    int g;
    subject v;
    if (s.type != SUBJ_PRONOUN || open_tok < 2 || tok(a, open_tok - 1)->type != ST_TOK_BREAK ||
        !(word_is(a, s.first, "he") || word_is(a, s.first, "she")))
        return s;
    v = view_paragraph(a, open_tok - 1);
    if (v.type == SUBJ_NONE)
        return s;
    name_lower(a, v.name_first, w);
    g = st_gn_gender(w, strlen(w));     /* (not "she" for a man's given name) */
    return g && g != (word_is(a, s.first, "he") ? 'm' : 'f') ? s : v;
}

/* "When I read his comment to her, she laughs. “…”": the short sentence
 * just before a quote, in its paragraph, whose subject is he or she (at
 * its start or after a leading clause's comma), with no statement in it;
 * its verb need be no cue ("laughs", "shrugs").  That pronoun, as a
 * subject; SUBJ_NONE otherwise. */
static subject pronoun_lead(const attrib *a, size_t pv, size_t open_tok)
{
    subject none = { SUBJ_NONE, 0, 0, 0 }, s = { SUBJ_PRONOUN, 0, 0, 0 };
    size_t end = open_tok - 1, ss, k;
    if (open_tok < pv + 3 || !(punct_is(a, end, '.') || punct_is(a, end, '!')))
        return none;
    ss = st_at_sentence_start(a, end);
    if (ss < pv)
        ss = pv;
    for (k = ss; k < end; k++)
        if (in_statement(a, k))
            return none;
    for (k = ss; k + 1 < end; k++) {
        if (!(word_is(a, k, "he") || word_is(a, k, "she")) ||
            !(k == ss || punct_is(a, k - 1, ',')) || !is_word(a, k + 1) || is_cap(a, k + 1) ||
            end - k > 6)
            continue;
        s.first = s.last = s.name_first = k;
        return s;
    }
    return none;
}

int st_at_named_nearby(const attrib *a, size_t open_tok, size_t after_tok, int have_prior,
                       subject *out)
{
    size_t n = a->d->tk.n, nx = (size_t)-1, pv;
    int starts = open_tok == 0 || tok(a, open_tok - 1)->type == ST_TOK_BREAK;
    int ends = after_tok >= n || tok(a, after_tok)->type == ST_TOK_BREAK;
    out->type = SUBJ_NONE;
    for (pv = open_tok; pv > 0 && tok(a, pv - 1)->type != ST_TOK_BREAK && open_tok - pv < 80;
         pv--)
        ;
    /* A quote opening its paragraph, named right after it: "“…” The
     * criticism came from X", in the same paragraph or the next. */
    /* (or opening a sentence of its paragraph: "Offers were not in short
     * supply. “…” The offer came from X") */
    int opens_sentence = starts || (open_tok >= 1 && (punct_is(a, open_tok - 1, '.') ||
                                                      punct_is(a, open_tok - 1, '!') ||
                                                      punct_is(a, open_tok - 1, '?')));
    if (opens_sentence && !ends && is_cap(a, after_tok) &&
        (*out = named_by_next(a, after_tok)).type != SUBJ_NONE)
        return 1;
    if (starts && !ends && (*out = named_by_dash(a, after_tok)).type != SUBJ_NONE)
        return 1;
    if (starts && ends && (nx = next_paragraph(a, after_tok)) != (size_t)-1 &&
        ((*out = named_by_next(a, nx)).type != SUBJ_NONE ||
         (*out = named_by_dash(a, nx)).type != SUBJ_NONE))
        return 1;
    if (!starts) {
        /* A caption or a paragraph whose words before the quote name one
         * person: "Rice farmer Tran Thi Hoa checks a canal. “We used to
         * …”", "Asked whether ..., Chidi Okonkwo laughed. “…”" (before the
         * speaker of the paragraphs before) */
        *out = single_person_in(a, pv, open_tok);
        if (out->type == SUBJ_NONE)
            *out = pronoun_lead(a, pv, open_tok);
        if (out->type != SUBJ_NONE || !have_prior)
            return out->type != SUBJ_NONE;
    }
    if (starts && open_tok >= 2 && (*out = org_paragraph(a, open_tok - 1)).type != SUBJ_NONE)
        return 1;   /* "The Chinese Embassy in Kiribati rejected the criticism." */
    if (starts && open_tok >= 2 && (*out = view_paragraph(a, open_tok - 1)).type != SUBJ_NONE)
        return 1;
    if (have_prior)
        return 0;   /* the speaker of the paragraphs before continues */
    if (open_tok >= 2) {
        /* The paragraph before names one person: "Wang Jianguo, a
         * hydrologist, goes further." */
        size_t pe = open_tok - 1, ps;
        for (ps = pe; ps > 0 && tok(a, ps - 1)->type != ST_TOK_BREAK && pe - ps < PARA_SCAN_TOKENS;
             ps--)
            ;
        if ((ps == 0 || tok(a, ps - 1)->type == ST_TOK_BREAK) &&
            (*out = single_person_in(a, ps, pe)).type != SUBJ_NONE)
            return 1;
        if ((ps == 0 || tok(a, ps - 1)->type == ST_TOK_BREAK) &&
            (*out = role_paragraph(a, ps, pe)).type != SUBJ_NONE)
            return 1;   /* "On China, the president was expansive." */
        /* "She picks up the second one first." then the quote: a short
         * paragraph whose subject is he or she. */
        if ((ps == 0 || tok(a, ps - 1)->type == ST_TOK_BREAK) && pe - ps <= 25 &&
            is_cap(a, ps) && (word_is(a, ps, "he") || word_is(a, ps, "she"))) {
            size_t k;
            for (k = ps; k < pe && !in_statement(a, k); k++)
                ;
            if (k == pe) {
                out->type = SUBJ_PRONOUN;
                out->first = out->last = out->name_first = ps;
                return 1;
            }
        }
    }
    if (ends && nx != (size_t)-1 && (*out = introduced_by(a, nx, n)).type != SUBJ_NONE)
        return 1;
    return 0;
}

/* Verbs of issuing a document, for st_at_issues_document and
 * st_at_document_issuer alike; "out" only as "put out". */
static const char *const issuing_verbs[] = { "issued", "released", "published", "sent",
                                             "circulated", "issues", "releases", "out",
                                             NULL };

/* Do tokens [from, to) say that their subject issued a document: a verb
 * of issuing ("issued", "released", "put out", "published") and a
 * document word after it?  st_at_issuing_verb gives the verb's token,
 * or (size_t)-1. */
size_t st_at_issuing_verb(const attrib *a, size_t from, size_t to)
{
    char w[WORD_MAX];
    size_t k, i;
    for (k = from; k < to; k++) {
        if (!is_word(a, k) || !word_in(lower(a, k, w), issuing_verbs))
            continue;
        for (i = k + 1; i < to && i < k + 5; i++)
            if (is_word(a, i) && tk_is(a, i, ST_WC_DOCUMENT))
                return k;
    }
    return (size_t)-1;
}

int st_at_issues_document(const attrib *a, size_t from, size_t to)
{
    return st_at_issuing_verb(a, from, to) != (size_t)-1;
}

/* Is token k a dash: an em or en dash, or with hyphen set a hyphen
 * standing alone? */
static int dash_at(const attrib *a, size_t k, int hyphen)
{
    uint32_t c;
    if (tok(a, k)->type != ST_TOK_PUNCT)
        return 0;
    c = a->d->t->cp[tok(a, k)->start];
    return c == 0x2014 || c == 0x2013 || (hyphen && c == '-');
}

/* Does token k open the text after a dateline's dash, "Pyongyang,
 * November 9 (KCNA) -- Kang Song Chol …", "(Reuters) - …"? */
static int after_dateline(const attrib *a, size_t k)
{
    size_t d = k - 1;
    if (k < 2 || !dash_at(a, d, 1))
        return 0;
    if (d >= 2 && punct_is(a, d, '-') && punct_is(a, d - 1, '-'))
        d--;    /* "--" */
    return punct_is(a, d - 1, ')');
}

subject st_at_dash_credit(const attrib *a, size_t after_lo)
{
    subject none = { SUBJ_NONE, 0, 0, 0 }, s;
    const st_tokens *tk = &a->d->tk;
    size_t hi;
    if (after_lo + 1 >= tk->n || !dash_at(a, after_lo, 0) || !is_cap(a, after_lo + 1) ||
        in_statement(a, after_lo + 1))
        return none;
    for (hi = after_lo + 1; hi < tk->n && hi < after_lo + 24 && tok(a, hi)->type != ST_TOK_BREAK &&
                            !in_statement(a, hi);
         hi++)
        ;
    s = st_at_subject_after(a, after_lo, hi);
    return s.type == SUBJ_NAME || (s.type == SUBJ_NP && role_word(a, s.last)) ? s : none;
}

/* "“Did you ask who was behind it?” the judge asked.  “I sold ships …,”
 * he replied.": an answer comes from someone other than the asker.  When
 * quote q's cue is a reply verb with he, she or a role for subject, and the
 * statement just before q is a question that speaker spk asked, the
 * latest other person introduced within three paragraphs whose gender
 * the pronoun allows; NULL otherwise. */
char *st_at_reply_speaker(const attrib *a, const st_quote *q, const subject *s,
                          const char *cue, const char *spk, int *person)
{
    static const char *const replies[] = {"replied", "replies", "answered", "responded",
                                          "retorted", "reply", "answers", "responds",
                                          "hit back"};
    const st_quote *prev;
    const uint32_t *cp = a->d->t->cp;
    char w[WORD_MAX];
    size_t k, ei, para, e;
    int g, is_reply = 0;
    if (!cue || !spk || a->nquotes_done == 0)
        return NULL;
    for (k = 0; k < sizeof replies / sizeof *replies; k++)
        is_reply |= strcmp(cue, replies[k]) == 0;
    /* he or she; or a role ("the Green-Left deputy shot back"), either */
    if (s->type == SUBJ_PRONOUN)
        g = st_nm_pronoun_gender(lower(a, s->first, w));
    else
        g = s->type == SUBJ_NP && s->first < s->last && role_word(a, s->last) ? 1 : 0;
    if (!is_reply || !g)
        return NULL;
    prev = &a->quotes->v[a->nquotes_done - 1];
    for (e = prev->end; e > prev->start && (st_cp_is_space(cp[e - 1]) || cp[e - 1] == ','); e--)
        ;
    if (e == prev->start || cp[e - 1] != '?' || !prev->speaker || strcmp(prev->speaker, spk) != 0)
        return NULL;
    para = a->para_of_tok[st_doc_token_at(a->d, q->open_mark)];
    for (ei = st_nm_entity_index_at(a, q->open_mark); ei > 0; ei--) {
        const entity *x = &a->ent[ei - 1];
        char *name;
        int eg;
        /* (six paragraphs: a witness named before the questioning began) */
        if (a->para_of_tok[x->s] + 6 < para)
            break;
        if (!x->introduced || in_statement(a, x->s) || (g != 1 && x->gender && x->gender != g))
            continue;
        name = st_nm_canonical_name(a, x->s, x->e, q->open_mark, &eg);
        if (!name)
            return NULL;
        if (strcmp(name, spk) != 0 && (!eg || g == 1 || eg == g)) {
            *person = g == 1 && eg ? eg : g;
            return name;
        }
        free(name);
    }
    return NULL;
}

/* "The Saudi Foreign Ministry issued a statement …" then "“…,” the
 * statement said": the subject of the latest "issued/released/put out a
 * <document>", the body of "a <document> from X", or the agent of "a
 * <document> published by X", in the
 * paragraph of the mention or the two before it, for a document that
 * speaks.  SUBJ_NONE when the text names no issuer. */
/* The subject of the verb at token verb, in the sentence holding it (at
 * most 40 tokens before j, not past a dateline). */
static subject subject_of_verb(const attrib *a, size_t verb, size_t j)
{
    size_t lo;
    for (lo = verb; lo > 0 && tok(a, lo - 1)->type != ST_TOK_BREAK && !punct_is(a, lo - 1, '.') &&
                    !after_dateline(a, lo) && j - lo < 40;
         lo--)
        ;
    return st_at_subject_before(a, lo, verb);
}

subject st_at_document_issuer(const attrib *a, const subject *doc)
{
    subject none = { SUBJ_NONE, 0, 0, 0 };
    char head[WORD_MAX], w[WORD_MAX];
    size_t para = a->para_of_tok[doc->first], k, j;
    lower(a, doc->last, head);
    for (k = doc->first; k > 0 && a->para_of_tok[k - 1] + 2 >= para; k--) {
        size_t v = k - 1;
        if (!is_word(a, v) || in_statement(a, v) || strcmp(name_lower(a, v, w), head) != 0)
            continue;
        /* "a report published today by the Coalition … (COPAL)": the
         * passive's agent, within five words after the verb */
        if (v + 2 < a->d->tk.n && is_word(a, v + 1)) {
            size_t b;
            /* "published by", not "put out by" */
            int found = word_in(lower(a, v + 1, w), issuing_verbs) && strcmp(w, "out") != 0;
            for (b = v + 2; found && b < a->d->tk.n && b < v + 7 && is_word(a, b); b++)
                if (st_token_is(a->d->t, tok(a, b), "by")) {
                    subject s = st_at_subject_after(a, b, b + 16 < a->d->tk.n ? b + 16 : a->d->tk.n);
                    if (s.type == SUBJ_NAME || s.type == SUBJ_NP)
                        return s;
                    break;
                }
        }
        /* "read out a statement from the Revolutionary Guards navy": the
         * body after "from" */
        if (v + 2 < a->d->tk.n && word_is(a, v + 1, "from") && !in_statement(a, v + 2)) {
            subject s = st_at_subject_after(a, v + 1, v + 17 < a->d->tk.n ? v + 17 : a->d->tk.n);
            if ((s.type == SUBJ_NAME || s.type == SUBJ_NP) &&
                !tk_name_is(a, s.last, ST_WC_FUNCTION | ST_WC_PLACE))
                return s;
        }
        /* "issued a statement", "released a short statement", "put out a
         * statement": the verb within three words before the noun */
        for (j = v; j > 0 && v - j < 4; j--) {
            size_t verb = j - 1;
            subject s;
            if (!is_word(a, verb))
                break;
            if (!word_in(lower(a, verb, w), issuing_verbs))
                continue;
            if (!strcmp(w, "out")) {
                if (j < 2 || !st_token_is(a->d->t, tok(a, j - 2), "put"))
                    continue;
                verb = j - 2;
            }
            s = subject_of_verb(a, verb, j);
            if (s.type == SUBJ_NAME || s.type == SUBJ_NP)
                return s;
            break;
        }
        /* "The Nicaraguan Embassy responded in a statement": the subject
         * of the verb the document was spoken in */
        for (j = v; j > 1 && v - j < 3 && is_word(a, j - 1) && !is_cap(a, j - 1); j--) {
            size_t verb = j - 2;
            subject s;
            if (!word_is(a, j - 1, "in"))
                continue;
            if (!is_word(a, verb) || is_cap(a, verb) || in_statement(a, verb) ||
                tk_is(a, verb, ST_WC_FUNCTION))
                break;
            s = subject_of_verb(a, verb, j);
            if (s.type == SUBJ_NAME || s.type == SUBJ_NP)
                return s;
            break;
        }
    }
    return none;
}

subject st_at_pronoun_opener(const attrib *a, size_t lo, size_t open_tok)
{
    subject none = { SUBJ_NONE, 0, 0, 0 }, s = { SUBJ_PRONOUN, lo, lo, lo };
    size_t k;
    if (lo + 2 >= open_tok || !is_word(a, lo) || !is_cap(a, lo))
        return none;
    if (word_is(a, lo, "he") || word_is(a, lo, "she")) {
        if (!is_word(a, lo + 1) || is_cap(a, lo + 1))
            return none;
    } else {
        s = name_from(a, lo, open_tok);
        /* (a person the text knows: not "Traffic resumed", "One said") */
        if (s.type != SUBJ_NAME || s.first != lo || s.last + 2 >= open_tok ||
            !st_nm_has_fuller_form(a, s.first, s.last) || !is_word(a, s.last + 1) ||
            is_cap(a, s.last + 1) || tk_is(a, s.last + 1, ST_WC_FUNCTION))
            return none;
    }
    for (k = lo; k < open_tok; k++)
        if (in_statement(a, k))
            return none;
    return s;
}

subject st_at_view_holder(const attrib *a, size_t lo, size_t open_tok)
{
    subject none = { SUBJ_NONE, 0, 0, 0 }, s;
    size_t e, next;
    size_t f = lo + 1;
    if (lo + 2 >= open_tok || !is_word(a, lo) || !st_token_is(a->d->t, tok(a, lo), "for") ||
        !is_cap(a, lo))
        return none;
    /* "For the economist Gonzalo Mendieta, …": past "the" and role words */
    if (is_word(a, f) && st_token_is(a->d->t, tok(a, f), "the")) {
        for (f++; f < open_tok && f < lo + 6 && is_word(a, f) && !is_cap(a, f) && role_word(a, f);
             f++)
            ;
        if (f == lo + 2)
            return none;
    }
    if (f >= open_tok || !is_cap(a, f))
        return none;
    lo = f - 1;
    e = lo + 1;
    while ((next = st_nm_name_next(a, e)) != (size_t)-1 && next < open_tok)
        e = next;
    if (e + 1 >= open_tok || !punct_is(a, e + 1, ',') || tk_name_is(a, e, ST_WC_PLACE))
        return none;    /* (not "For Portugal, the deal is ‘a lifeline’") */
    s = st_at_np_ending_at(a, lo + 1, e);
    return s.type == SUBJ_NAME && s.first == lo + 1 ? s : none;
}

char *st_at_reporting_sayer(const attrib *a, size_t open_tok, size_t pos, int want,
                            int *person)
{
    size_t ps, pe, k;
    const char *cue = NULL;
    subject s;
    char *name, given[WORD_MAX];
    int g = 0;
    if (open_tok < 2 || tok(a, open_tok - 1)->type != ST_TOK_BREAK)
        return NULL;
    pe = open_tok - 1;
    for (ps = pe; ps > 0 && tok(a, ps - 1)->type != ST_TOK_BREAK && pe - ps < PARA_SCAN_TOKENS;
         ps--)
        ;
    if (ps == pe || (ps > 0 && tok(a, ps - 1)->type != ST_TOK_BREAK))
        return NULL;
    /* (its words may quote a phrase after the cue: "Mr Galea said the
     * order was “a political decision …” and argued …") */
    for (k = ps; k < pe; k++)
        if (in_statement(a, k) || a->d->is_mark[tok(a, k)->start])
            break;
    /* (a name, a person's: its entity or its given name says the sex,
     * which the pronoun's must not contradict; a surname alone when its
     * entity does) */
    if (k == ps || st_at_find_cue(a, ps, k, 0, &s, &cue) == (size_t)-1 || !cue ||
        !st_wc_cue_speech(cue) || s.type != SUBJ_NAME)
        return NULL;
    name = st_nm_canonical_name(a, s.name_first, s.last, pos, &g);
    if (s.last == s.name_first && !g) {
        free(name);
        return NULL;
    }
    if (name && !g) {
        name_lower(a, s.name_first, given);
        g = st_gn_gender(given, strlen(given));
    }
    if (!name || !g || (want && g != want)) {
        free(name);
        return NULL;
    }
    *person = g;
    return name;
}
