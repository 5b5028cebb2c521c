/* result.c - writing the JSON of extracted statements. */
#include "result.h"

/* Code points [from, to) of t as a JSON string, clamped to the text. */
static void span(st_jw *w, const st_text *t, size_t from, size_t to)
{
    if (to > t->len)
        to = t->len;
    if (from > to)
        from = to;
    st_jw_cps(w, t->cp + from, to - from);
}

static void mention(st_jw *w, const st_text *t, const st_quote *q)
{
    if (q->mention_start == ST_NO_POS) {
        ST_JW_LIT(w, ",\"mention\":null,\"mention_start\":null,\"mention_end\":null");
        return;
    }
    ST_JW_LIT(w, ",\"mention\":");
    span(w, t, q->mention_start, q->mention_end);
    ST_JW_LIT(w, ",\"mention_start\":");
    st_jw_int(w, (long long)q->mention_start);
    ST_JW_LIT(w, ",\"mention_end\":");
    st_jw_int(w, (long long)q->mention_end);
}

void st_result_quote_fields(st_jw *w, const st_text *t, const st_quote *q)
{
    ST_JW_LIT(w, "\"start\":");
    st_jw_int(w, (long long)q->start);
    ST_JW_LIT(w, ",\"end\":");
    st_jw_int(w, (long long)q->end);
    ST_JW_LIT(w, ",\"text\":");
    span(w, t, q->start, q->end);
    ST_JW_LIT(w, ",\"kind\":");
    st_jw_str(w, st_quote_kind_name(q->kind));
    ST_JW_LIT(w, ",\"cue\":");
    st_jw_str(w, q->cue);
    ST_JW_LIT(w, ",\"speaker\":");
    st_jw_str(w, q->speaker);
    mention(w, t, q);
}

void st_result_quotes(st_jw *w, const char *id, const st_text *t, const st_quotes *qs)
{
    ST_JW_LIT(w, "{\"id\":");
    st_jw_str(w, id);
    ST_JW_LIT(w, ",\"quotes\":[");
    for (size_t i = 0; i < qs->n; i++) {
        if (i)
            ST_JW_LIT(w, ",");
        ST_JW_LIT(w, "{");
        st_result_quote_fields(w, t, &qs->v[i]);
        ST_JW_LIT(w, "}");
    }
    ST_JW_LIT(w, "]}");
}
