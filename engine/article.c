/* article.c - parsing and validating input articles.
 *
 * Two routes give the same outcome for every input.  The full route hands
 * the whole message to Jansson.  The fast route (the default) finds the
 * "text" string itself (engine/jsonscan.c), decodes it without Jansson's
 * byte-at-a-time reader, and has Jansson parse the rest of the message with
 * that string emptied: the "envelope".  Whenever the fast route is unsure
 * (the scanner or decoder gives up, or Jansson rejects the envelope) it
 * takes the full route, so every error message, reason and recovered id is
 * Jansson's own. */
#include "article.h"
#include "jsonscan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Envelopes up to this size (id, title, other fields) are built on the
 * stack; larger ones are malloc'd. */
#define ENVELOPE_STACK 1024

static int fail(const char **reason, const char *r, st_error *err, int code,
                const char *msg)
{
    *reason = r;
    return st_error_set(err, code, "%s", msg);
}

/* Everything after parsing, shared by both routes: a->root is the parsed
 * message, an object.  fast_text, when not NULL, is the decoded "text"
 * (fast_len bytes, owned by a) that replaces the root's emptied one. */
static int check_fields(st_article *a, const char *fast_text, size_t fast_len, size_t max_text,
                        const char **reason, char **id_out, st_error *err)
{
    json_t *id, *text, *title;
    st_error derr;

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
    if (fast_text) {
        a->text_utf8 = fast_text;
        a->text_bytes = fast_len;
    } else {
        a->text_utf8 = json_string_value(text);
        a->text_bytes = json_string_length(text);
    }
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

int st_article_parse_slow(st_article *a, const char *buf, size_t len, size_t max_text,
                          const char **reason, char **id_out, st_error *err)
{
    json_error_t jerr;

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
    return check_fields(a, NULL, 0, max_text, reason, id_out, err);
}

/* The fast route up to the shared checks.  Returns the route taken: on
 * anything but ST_ROUTE_FAST, a is left empty for the full route. */
static st_article_route parse_fast(st_article *a, const char *buf, size_t len,
                                   char **text_out, size_t *text_len)
{
    size_t start, end, env_len;
    char stack[ENVELOPE_STACK], *env;
    char *text;
    json_error_t jerr;
    json_t *emptied;

    if (!st_jsonscan_find_text(buf, len, &start, &end))
        return ST_ROUTE_GAVE_UP;
    text = malloc(end - start + 1);
    if (!text)
        return ST_ROUTE_GAVE_UP;   /* the full route reports memory its own way */
    if (!st_jsonscan_decode_string(buf + start, end - start, text, text_len)) {
        free(text);
        return ST_ROUTE_GAVE_UP;
    }
    /* The envelope: the message up to and including the opening quote of
     * "text", then from its closing quote on, so the value reads "". */
    env_len = len - (end - start);
    env = env_len <= sizeof stack ? stack : malloc(env_len);
    if (!env) {
        free(text);
        return ST_ROUTE_GAVE_UP;
    }
    memcpy(env, buf, start);
    memcpy(env + start, buf + end, len - end);
    a->root = json_loadb(env, env_len, JSON_REJECT_DUPLICATES | JSON_DECODE_ANY, &jerr);
    if (env != stack)
        free(env);
    if (!a->root) {
        free(text);
        return ST_ROUTE_ENVELOPE_FAILED;
    }
    /* Jansson accepted the envelope, so the scan matched its reading; check
     * anyway that the member the scanner emptied is the one Jansson sees. */
    emptied = json_object_get(a->root, "text");
    if (!json_is_object(a->root) || !json_is_string(emptied) || json_string_length(emptied)) {
        json_decref(a->root);
        a->root = NULL;
        free(text);
        return ST_ROUTE_MISMATCH;
    }
    *text_out = text;
    return ST_ROUTE_FAST;
}

int st_article_parse_route(st_article *a, const char *buf, size_t len, size_t max_text,
                           const char **reason, char **id_out, st_error *err,
                           st_article_route *route)
{
    size_t text_len = 0;
    char *text = NULL;
    st_article_route taken;

    memset(a, 0, sizeof *a);
    if (id_out)
        *id_out = NULL;
    taken = parse_fast(a, buf, len, &text, &text_len);
    if (route)
        *route = taken;
    if (taken != ST_ROUTE_FAST)
        return st_article_parse_slow(a, buf, len, max_text, reason, id_out, err);
    a->text_owned = text;
    return check_fields(a, text, text_len, max_text, reason, id_out, err);
}

int st_article_parse(st_article *a, const char *buf, size_t len, size_t max_text,
                     const char **reason, char **id_out, st_error *err)
{
    return st_article_parse_route(a, buf, len, max_text, reason, id_out, err, NULL);
}

void st_article_free(st_article *a)
{
    st_text_free(&a->text);
    json_decref(a->root);
    a->root = NULL;
    free(a->text_owned);
    a->text_owned = NULL;
}
