/* classify.c - the pipeline from a parsed article to its result JSON. */
#include "classify.h"
#include "result.h"
#include "../core/util.h"
#include "../features/quotes.h"

#include <stdlib.h>
#include <time.h>

static json_t *probabilities(const st_prediction *p)
{
    return json_pack("{s:f, s:f, s:f}", "conciliatory", p->prob[ST_STANCE_CONCILIATORY],
                     "adversarial", p->prob[ST_STANCE_ADVERSARIAL], "neutral",
                     p->prob[ST_STANCE_NEUTRAL]);
}

json_t *st_classify_article(const st_features *fx, const st_model *m, const st_article *a,
                            st_stage_times *times, st_error *err)
{
    st_quotes qs = { NULL, 0, 0 };
    json_t *out = NULL, *arr;
    st_fvec x = { NULL, NULL, 0, 0 };
    long counts[ST_NCLASS + 1] = { 0 };
    double sent_sum = 0;
    unsigned long long t0 = times ? st_clock_ns() : 0, t1;
    size_t i;

    if (st_quotes_extract(&a->text, &qs, err) != ST_OK)
        return NULL;
    if (times) {
        t1 = st_clock_ns();
        times->extract += t1 - t0;
    }
    arr = json_array();
    if (!arr)
        goto oom;
    for (i = 0; i < qs.n; i++) {
        const st_quote *q = &qs.v[i];
        st_statement s;
        st_prediction pr;
        double sentiment;
        json_t *o = st_result_quote(&a->text, q);
        char *ctx = NULL;
        if (!o || json_array_append_new(arr, o))
            goto oom;
        s.text = json_string_value(json_object_get(o, "text"));
        if (q->kind == ST_KIND_PARTIAL) {
            ctx = st_text_utf8(&a->text, q->sent_start, q->sent_end);
            if (!ctx)
                goto oom;
        }
        s.context = ctx;
        if (times)
            t0 = st_clock_ns();
        if (st_features_extract(fx, &s, &x, &sentiment, err) != ST_OK) {
            free(ctx);
            goto fail;
        }
        free(ctx);
        if (times) {
            t1 = st_clock_ns();
            times->features += t1 - t0;
        }
        if (st_model_predict(m, &x, &pr, err) != ST_OK)
            goto fail;
        if (times)
            times->predict += st_clock_ns() - t1;
        counts[pr.stance]++;
        sent_sum += sentiment;
        if (json_object_set_new(o, "stance", json_string(st_stance_name(pr.stance))) ||
            json_object_set_new(o, "probabilities", probabilities(&pr)) ||
            json_object_set_new(o, "sentiment", json_real(sentiment)))
            goto oom;
    }
    out = json_pack("{s:o, s:s, s:o, s:{s:I, s:I, s:I, s:I, s:f}}",
                    "id", a->id ? json_string(a->id) : json_null(), "model", m->id,
                    "quotes", arr, "summary", "quotes", (json_int_t)qs.n,
                    "conciliatory", (json_int_t)counts[ST_STANCE_CONCILIATORY],
                    "adversarial", (json_int_t)counts[ST_STANCE_ADVERSARIAL],
                    "neutral", (json_int_t)counts[ST_STANCE_NEUTRAL],
                    "mean_sentiment", qs.n ? sent_sum / (double)qs.n : 0.0);
    arr = NULL;     /* json_pack's "o" took it, even on failure */
    if (!out)
        goto oom;
    st_fvec_free(&x);
    st_quotes_free(&qs);
    return out;
oom:
    st_error_set(err, ST_ERR_NOMEM, "out of memory classifying");
fail:
    json_decref(arr);
    st_fvec_free(&x);
    st_quotes_free(&qs);
    return NULL;
}
