/* fx_score.c - the dense lexicon scores and the sentiment of a statement.
 *
 * One left-to-right pass over a statement's words does everything: the
 * longest lexicon phrase at each position is looked up once, a negator
 * opens a scope of N words (lexicon hits inside it count as negated), an
 * intensifier scales the next hit, and "but"/"however" split the valence
 * into before (x0.5) and after (x1.5), the contrast rule of the sentiment
 * score.  Words arrive with their hashes and single-word entries worked
 * out (fx_words.c), so only phrases of two or more words cost a probe. */
#include "fx_internal.h"

#include <string.h>

/* The words w[0..k) joined by single spaces, cut to e->len bytes, are
 * e->term: the check behind a probe by hash (the lengths already agree). */
typedef struct phrase_ref {
    const fx_word *w;
    size_t k;
} phrase_ref;

static int same_phrase(const st_lex_entry *e, const void *arg)
{
    const phrase_ref *p = arg;
    const char *t = e->term;
    size_t rem = e->len, j;
    for (j = 0; j < p->k; j++) {
        size_t l = p->w[j].len;
        if (j) {
            if (rem == 0 || *t != ' ')
                return 0;
            t++;
            rem--;
        }
        if (l > rem)
            l = rem;    /* the last word without its possessive 's */
        if (memcmp(t, p->w[j].s, l) != 0)
            return 0;
        t += l;
        rem -= l;
    }
    return rem == 0;
}

#define MAX_PHRASE 12   /* lexicon.c refuses longer terms */

/* The lexicon's pair filter on words i and i + 1 (the latter also
 * without a possessive 's; both are words): 0 rules out every phrase of
 * two or more words at i before any phrase is hashed. */
static inline int pair_may_start(const st_lexicon *lx, const fx_word *w, size_t i)
{
    const fx_word *x = &w[i + 1];
    if (st_lexicon_pair_may(lx, st_lex_pair_key(w[i].h64, x->h64)))
        return 1;
    return x->len >= 2 && x->s[x->len - 2] == '\'' && x->s[x->len - 1] == 's' &&
           st_lexicon_pair_may(lx, st_lex_pair_key(w[i].h64,
                                                   st_lex_hash(x->s, (size_t)x->len - 2)));
}

const st_lex_entry *fx_longest(const st_lexicon *lx, const fx_word *w, size_t n, size_t i,
                               size_t *len)
{
    uint64_t full[MAX_PHRASE + 1], cut[MAX_PHRASE + 1];
    size_t bytes[MAX_PHRASE + 1], want, kmax, k;
    int can_cut[MAX_PHRASE + 1];

    if (w[i].punct)
        return NULL;
    want = w[i].max_from;
    if (want > n - i)
        want = n - i;
    if (want > MAX_PHRASE)
        want = MAX_PHRASE;
    /* Punctuation ends a phrase. */
    for (kmax = 1; kmax < want && !w[i + kmax].punct; kmax++)
        ;
    if (kmax >= 2 && !pair_may_start(lx, w, i))
        kmax = 1;
    if (kmax >= 2) {
        /* The hash of every candidate phrase, extended word by word
         * exactly as st_lex_hash would run over the joined phrase. */
        uint64_t h = w[i].h64;
        size_t o = w[i].len;
        for (k = 2; k <= kmax; k++) {
            const fx_word *x = &w[i + k - 1];
            size_t lead = x->len >= 2 ? (size_t)x->len - 2 : x->len;
            h = st_lex_hash_more(h, " ", 1);
            h = st_lex_hash_more(h, x->s, lead);
            cut[k] = h;
            h = st_lex_hash_more(h, x->s + lead, x->len - lead);
            o += 1 + x->len;
            full[k] = h;
            bytes[k] = o;
            can_cut[k] = o > 3 && x->len >= 2 && x->s[x->len - 2] == '\'' &&
                         x->s[x->len - 1] == 's';
        }
        for (k = kmax; k >= 2; k--) {
            phrase_ref ref = { &w[i], k };
            const st_lex_entry *e = st_lexicon_find(lx, full[k], bytes[k], same_phrase, &ref);
            if (!e && can_cut[k])
                e = st_lexicon_find(lx, cut[k], bytes[k] - 2, same_phrase, &ref);
            if (e) {
                *len = k;
                return e;
            }
        }
    }
    if (w[i].entry) {
        *len = 1;
        return w[i].entry;
    }
    return NULL;
}

/* The sentiment weight of a lexicon entry: its valence, else its
 * cooperation/conflict weight at SENT_DOMAIN. */
static double sent_base(const st_lex_entry *e)
{
    return e->valence ? e->valence : SENT_DOMAIN * (e->coop - e->conflict);
}

/* Negation turns "good" into mildly bad, not into its opposite;
 * intensifiers scale (m). */
static void add_valence(fx_scores *sc, double base, double m, int negated)
{
    double v = base * m * (negated ? -SENT_NEGFLIP : 1.0);
    sc->val_after += v;
    if (v > 0)
        sc->f[F_VAL_POS] += v;
    else
        sc->f[F_VAL_NEG] -= v;
}

void fx_score_words(const st_features *fx, const fx_word *w, size_t n, fx_scores *sc)
{
    const st_lexicon *lx = &fx->lex;
    size_t i = 0, neg_left = 0, nwords = 0;
    double intens = 1.0;
    int intens_left = 0;

    memset(sc, 0, sizeof *sc);
    while (i < n) {
        size_t len = 1;
        const st_lex_entry *e;
        int negated = neg_left > 0;
        if (w[i].punct) {
            if (w[i].punct == '?')
                sc->f[F_QUESTION] += 1;
            else if (w[i].punct == '!')
                sc->f[F_EXCLAIM] += 1;
            if (w[i].punct == '.' || w[i].punct == ';' || w[i].punct == '?' ||
                w[i].punct == '!')
                neg_left = 0;   /* a sentence end closes any negation */
            i++;
            continue;
        }
        /* Most words start no phrase, or fail the pair filter: their
         * answer is their own entry, without a call. */
        if (w[i].max_from > 1 && i + 1 < n && !w[i + 1].punct && pair_may_start(lx, w, i))
            e = fx_longest(lx, w, n, i, &len);
        else
            e = w[i].entry;
        nwords += len;
        if (w[i].cls & FX_WC_WE)
            sc->f[F_WE] += 1;
        else if (w[i].cls & FX_WC_THEY)
            sc->f[F_THEY] += 1;
        if (len == 1 && (w[i].cls & FX_WC_CONTRAST)) {
            /* Contrast: what came before counts for less. */
            sc->val_before += sc->val_after;
            sc->val_after = 0;
            sc->contrast = 1;
        }
        if (e) {
            double m = intens;
            if (e->negator_scope) {
                neg_left = e->negator_scope + 1;
                sc->f[F_NEGATORS] += 1;
            }
            if (e->intensifier > 0 && !e->coop && !e->conflict && !e->valence) {
                intens = e->intensifier;
                intens_left = 3;
            }
            if (e->coop > 0)
                sc->f[negated ? F_COOP_NEG : F_COOP] += m * e->coop;
            if (e->conflict > 0)
                sc->f[negated ? F_CONFLICT_NEG : F_CONFLICT] += m * e->conflict;
            if (e->idiom)
                sc->f[F_IDIOM_CONC + e->idiom - 1] += e->idiom_weight;
            if (e->hedge > 0)
                sc->f[F_HEDGE] += e->hedge;
            if (e->modal)
                sc->f[F_MODAL_OBL + e->modal - 1] += 1;
            if (e->tone)
                sc->f[F_TONE_POS + e->tone - 1] += 1;
            if (e->valence || e->coop > 0 || e->conflict > 0) {
                add_valence(sc, sent_base(e), m, negated);
            } else if (len > 1) {
                /* A phrase listed for another reason ("constructive
                 * atmosphere" is an idiom) keeps the valence of its words. */
                size_t j;
                for (j = i; j < i + len; j++) {
                    const st_lex_entry *we = w[j].entry;
                    if (we && (we->valence || we->coop > 0 || we->conflict > 0))
                        add_valence(sc, sent_base(we), m, negated);
                }
            }
            if (e->coop > 0 || e->conflict > 0 || e->valence) {
                intens = 1.0;
                intens_left = 0;
            }
        }
        if (intens_left > 0 && --intens_left == 0)
            intens = 1.0;
        if (neg_left > 0)
            neg_left = neg_left > len ? neg_left - len : 0;
        i += len;
    }
    sc->f[F_LENGTH] = fx_log1p_count(fx, nwords);
}

/* Sentiment in [-1, 1]: contrast-weighted valence, squashed as s/sqrt(s²+a)
 * so that a handful of strong words approaches the ends. */
double fx_sentiment_of(const fx_scores *sc)
{
    double s = sc->contrast ? SENT_BEFORE * sc->val_before + SENT_AFTER * sc->val_after : sc->val_after;
    double e = sc->f[F_EXCLAIM] > 0 ? 1.1 : 1.0;
    s *= e;
    if (s == 0)
        return 0;
    s = s / sqrt(s * s + SENT_SQUASH);
    return s > 1 ? 1 : s < -1 ? -1 : s;
}

int fx_put_dense(const st_features *fx, st_fvec *v, const fx_scores *sc, int offset,
                 int partial, double sentiment)
{
    int k;
    if (fx_reserve(v, F_COUNT))
        return -1;
    for (k = 1; k < F_COUNT; k++) {
        double x = sc->f[k];
        if (k == F_PARTIAL)
            x = partial;
        else if (k == F_SENTIMENT)
            x = sentiment;
        else if (k == F_NET)
            x = tanh(0.5 * (sc->f[F_COOP] + sc->f[F_CONFLICT_NEG] - sc->f[F_CONFLICT] -
                            sc->f[F_COOP_NEG]));
        else if (k != F_LENGTH) {
            /* Counts and weights: diminishing returns.  Most are 0 or a
             * small count, whose log1p the table holds. */
            if (x >= 0 && x < ST_FX_LOG1P_INTS && x == (double)(size_t)x)
                x = fx->log1p_int[(size_t)x];
            else
                x = log1p(x);
        }
        if (x != 0) {
            v->index[v->n] = offset + k;
            v->value[v->n++] = DENSE_SCALE * x;
        }
    }
    return 0;
}
