/* classify.c - the pipeline from a parsed article to its result JSON. */
#include "classify.h"
#include "result.h"
#include "../core/util.h"
#include "../features/quotes.h"

#include <stdlib.h>
#include <string.h>

void st_classified_init(st_classified *c)
{
    memset(c, 0, sizeof *c);
    st_jw_init(&c->json);
}

void st_classified_free(st_classified *c)
{
    st_jw_free(&c->json);
    free(c->quote);
    memset(c, 0, sizeof *c);
}

/* "conciliatory":…,"adversarial":…,"neutral":… from v indexed by stance,
 * as reals or as integers. */
static void per_stance(st_jw *w, const double *v, int integers)
{
    static const struct { int stance; const char *key; } k[ST_NCLASS] = {
        { ST_STANCE_CONCILIATORY, "\"conciliatory\":" },
        { ST_STANCE_ADVERSARIAL, ",\"adversarial\":" },
        { ST_STANCE_NEUTRAL, ",\"neutral\":" },
    };
    for (int i = 0; i < ST_NCLASS; i++) {
        st_jw_raw(w, k[i].key, strlen(k[i].key));
        if (integers)
            st_jw_int(w, (long long)v[k[i].stance]);
        else
            st_jw_real(w, v[k[i].stance]);
    }
}

/* Features and prediction of quote q, written after its extracted fields. */
static int classify_quote(const st_features *fx, const st_model *m, const st_text *t,
                          const st_quote *q, st_fvec *x, st_stage_times *times,
                          st_classified *out, double *sentiment, st_error *err)
{
    st_statement s;
    st_prediction pr;
    char *text = st_text_utf8(t, q->start, q->end), *ctx = NULL;
    unsigned long long t0 = times ? st_clock_ns() : 0, t1;
    int rc;

    if (!text || (q->kind == ST_KIND_PARTIAL &&
                  !(ctx = st_text_utf8(t, q->sent_start, q->sent_end)))) {
        free(text);
        return st_error_set(err, ST_ERR_NOMEM, "out of memory classifying");
    }
    s.text = text;
    s.context = ctx;
    rc = st_features_extract(fx, &s, x, sentiment, err);
    free(text);
    free(ctx);
    if (rc != ST_OK)
        return rc;
    if (times) {
        t1 = st_clock_ns();
        times->features += t1 - t0;
    }
    if ((rc = st_model_predict(m, x, &pr, err)) != ST_OK)
        return rc;
    /* The sentiment head, when the model has one, replaces the rules
     * score (one of its inputs). */
    if (pr.has_sentiment)
        *sentiment = pr.sentiment;
    if (times)
        times->predict += st_clock_ns() - t1;
    out->counts[pr.stance]++;
    out->quote[out->nquotes].stance = pr.stance;
    ST_JW_LIT(&out->json, ",\"stance\":");
    st_jw_str(&out->json, st_stance_name(pr.stance));
    ST_JW_LIT(&out->json, ",\"probabilities\":{");
    per_stance(&out->json, pr.prob, 0);
    ST_JW_LIT(&out->json, "}");
    ST_JW_LIT(&out->json, ",\"sentiment\":");
    st_jw_real(&out->json, *sentiment);
    ST_JW_LIT(&out->json, ",\"sentiment_label\":");
    st_jw_str(&out->json, pr.has_sentiment ? st_sentiment_class_name(pr.sentiment_class)
                                           : st_sentiment_label(*sentiment));
    return ST_OK;
}

int st_classify_article(const st_features *fx, const st_model *m, const st_article *a,
                        st_stage_times *times, st_classified *out, st_error *err)
{
    st_quotes qs = { NULL, 0, 0 };
    st_fvec x = { NULL, NULL, 0, 0 };
    st_jw *w = &out->json;
    double sent_sum = 0;
    unsigned long long t0 = times ? st_clock_ns() : 0;
    size_t i;
    int rc;

    st_jw_reset(w);
    out->nquotes = 0;
    memset(out->counts, 0, sizeof out->counts);
    if ((rc = st_quotes_extract(&a->text, &qs, err)) != ST_OK)
        return rc;
    if (times)
        times->extract += st_clock_ns() - t0;
    if (qs.n > out->cap) {
        st_quote_slice *nq = realloc(out->quote, qs.n * sizeof *nq);
        if (!nq) {
            rc = st_error_set(err, ST_ERR_NOMEM, "out of memory classifying");
            goto done;
        }
        out->quote = nq;
        out->cap = qs.n;
    }
    ST_JW_LIT(w, "{\"id\":");
    st_jw_str(w, a->id);
    ST_JW_LIT(w, ",\"model\":");
    st_jw_str(w, m->id);
    ST_JW_LIT(w, ",\"quotes\":[");
    for (i = 0; i < qs.n; i++) {
        double sentiment = 0;
        if (i)
            ST_JW_LIT(w, ",");
        ST_JW_LIT(w, "{");
        out->quote[i].start = w->len;
        st_result_quote_fields(w, &a->text, &qs.v[i]);
        rc = classify_quote(fx, m, &a->text, &qs.v[i], &x, times, out, &sentiment, err);
        if (rc != ST_OK)
            goto done;
        out->quote[i].end = w->len;
        out->nquotes++;
        ST_JW_LIT(w, "}");
        sent_sum += sentiment;
    }
    ST_JW_LIT(w, "],\"summary\":{\"quotes\":");
    st_jw_int(w, (long long)qs.n);
    ST_JW_LIT(w, ",");
    {
        double counts[ST_NCLASS + 1];
        for (int k = 0; k <= ST_NCLASS; k++)
            counts[k] = (double)out->counts[k];
        per_stance(w, counts, 1);
    }
    ST_JW_LIT(w, ",\"mean_sentiment\":");
    st_jw_real(w, qs.n ? sent_sum / (double)qs.n : 0.0);
    ST_JW_LIT(w, "}}");
    if (w->failed)
        rc = st_error_set(err, ST_ERR_NOMEM, "out of memory writing the result");
done:
    st_fvec_free(&x);
    st_quotes_free(&qs);
    return rc;
}
