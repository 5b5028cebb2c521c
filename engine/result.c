/* result.c - building the JSON of extracted statements. */
#include "result.h"

#include <stdlib.h>

static int set_new(json_t *o, const char *k, json_t *v)
{
    return v ? json_object_set_new(o, k, v) : -1;
}

static json_t *string_or_null(char *s)
{
    json_t *v;
    if (!s)
        return NULL;
    v = json_string(s);
    free(s);
    return v;
}

json_t *st_result_quote(const st_text *t, const st_quote *q)
{
    json_t *o = json_object();
    int rc = 0;

    if (!o)
        return NULL;
    rc |= set_new(o, "start", json_integer((json_int_t)q->start));
    rc |= set_new(o, "end", json_integer((json_int_t)q->end));
    rc |= set_new(o, "text", string_or_null(st_text_utf8(t, q->start, q->end)));
    rc |= set_new(o, "kind", json_string(st_quote_kind_name(q->kind)));
    rc |= set_new(o, "cue", q->cue ? json_string(q->cue) : json_null());
    rc |= set_new(o, "speaker", q->speaker ? json_string(q->speaker) : json_null());
    if (q->mention_start != ST_NO_POS) {
        rc |= set_new(o, "mention",
                      string_or_null(st_text_utf8(t, q->mention_start, q->mention_end)));
        rc |= set_new(o, "mention_start", json_integer((json_int_t)q->mention_start));
        rc |= set_new(o, "mention_end", json_integer((json_int_t)q->mention_end));
    } else {
        rc |= set_new(o, "mention", json_null());
        rc |= set_new(o, "mention_start", json_null());
        rc |= set_new(o, "mention_end", json_null());
    }
    if (rc) {
        json_decref(o);
        return NULL;
    }
    return o;
}

json_t *st_result_quotes(const st_text *t, const st_quotes *qs)
{
    json_t *arr = json_array();
    size_t i;
    if (!arr)
        return NULL;
    for (i = 0; i < qs->n; i++) {
        json_t *q = st_result_quote(t, &qs->v[i]);
        if (!q || json_array_append_new(arr, q)) {
            json_decref(arr);
            return NULL;
        }
    }
    return arr;
}
