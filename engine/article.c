/* article.c - parsing and validating input articles. */
#include "article.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int fail(const char **reason, const char *r, st_error *err, int code,
                const char *msg)
{
    *reason = r;
    return st_error_set(err, code, "%s", msg);
}

int st_article_parse(st_article *a, const char *buf, size_t len, size_t max_text,
                     const char **reason, char **id_out, st_error *err)
{
    json_error_t jerr;
    json_t *id, *text, *title;
    st_error derr;

    memset(a, 0, sizeof *a);
    if (id_out)
        *id_out = NULL;
    /* Jansson rejects invalid UTF-8 and, without JSON_ALLOW_NUL, "\u0000". */
    a->root = json_loadb(buf, len, JSON_REJECT_DUPLICATES | JSON_DECODE_ANY, &jerr);
    if (!a->root) {
        *reason = ST_REASON_NOT_JSON;
        return st_error_set(err, ST_ERR_INPUT, "not JSON: %s at column %d", jerr.text,
                            jerr.column);
    }
    if (!json_is_object(a->root)) {
        st_article_free(a);
        return fail(reason, ST_REASON_NOT_OBJECT, err, ST_ERR_INPUT,
                    "article must be a JSON object");
    }
    id = json_object_get(a->root, "id");
    if (id && json_is_string(id)) {
        a->id = json_string_value(id);
        if (id_out)
            *id_out = strdup(a->id);
    } else if (id && json_is_integer(id) && id_out) {
        char tmp[32];
        snprintf(tmp, sizeof tmp, "%lld", (long long)json_integer_value(id));
        *id_out = strdup(tmp);
    }
    if (id && !json_is_string(id)) {
        st_article_free(a);
        return fail(reason, ST_REASON_BAD_FIELD, err, ST_ERR_INPUT, "\"id\" must be a string");
    }
    title = json_object_get(a->root, "title");
    if (title && !json_is_null(title) && !json_is_string(title)) {
        st_article_free(a);
        return fail(reason, ST_REASON_BAD_FIELD, err, ST_ERR_INPUT,
                    "\"title\" must be a string");
    }
    a->title = title && json_is_string(title) ? json_string_value(title) : NULL;
    text = json_object_get(a->root, "text");
    if (!text || !json_is_string(text)) {
        st_article_free(a);
        return fail(reason, ST_REASON_NO_TEXT, err, ST_ERR_INPUT,
                    text ? "\"text\" must be a string" : "article has no \"text\"");
    }
    a->text_utf8 = json_string_value(text);
    a->text_bytes = json_string_length(text);
    if (a->text_bytes > max_text) {
        size_t n = a->text_bytes;
        st_article_free(a);
        *reason = ST_REASON_TOO_LARGE;
        return st_error_set(err, ST_ERR_LIMIT, "text is %zu bytes, over the limit of %zu",
                            n, max_text);
    }
    if (st_text_decode(&a->text, a->text_utf8, a->text_bytes, &derr) != ST_OK) {
        st_article_free(a);
        *reason = derr.code == ST_ERR_NOMEM ? ST_REASON_TOO_LARGE : ST_REASON_BAD_UTF8;
        return st_error_set(err, derr.code, "text: %s", derr.text);
    }
    return ST_OK;
}

void st_article_free(st_article *a)
{
    st_text_free(&a->text);
    json_decref(a->root);
    a->root = NULL;
}
