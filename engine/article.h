/* article.h - one input article: parsing, validating and limits.
 *
 * Every front end (stance quotes/classify, the daemon) reads articles the
 * same way, so the same bad input gets the same reason everywhere. */
#ifndef ST_ARTICLE_H
#define ST_ARTICLE_H

#include <jansson.h>
#include <stddef.h>

#include "../core/error.h"
#include "../core/text.h"

#define ST_ARTICLE_DEFAULT_MAX (8u * 1024 * 1024)   /* bytes of text */

/* Reason codes for rejected input, stable strings for the "error" topic. */
#define ST_REASON_NOT_JSON "not_json"
#define ST_REASON_NOT_OBJECT "not_object"
#define ST_REASON_NO_TEXT "no_text"
#define ST_REASON_BAD_UTF8 "bad_utf8"
#define ST_REASON_TOO_LARGE "too_large"
#define ST_REASON_BAD_FIELD "bad_field"

typedef struct st_article {
    json_t *root;           /* the parsed message (owns id and title) */
    const char *id;         /* NULL when absent */
    const char *title;      /* NULL when absent */
    const char *text_utf8;  /* in root, or text_owned after the fast route */
    size_t text_bytes;
    st_text text;           /* decoded text */
    char *text_owned;       /* the fast route's decoded "text", or NULL */
} st_article;

/* Parses one JSON article from buf[0..len).  On failure returns non-zero,
 * fills err, sets *reason to one of ST_REASON_*, and sets *id_out (which
 * may be NULL) to a malloc'd copy of the id when it could be recovered. */
int st_article_parse(st_article *a, const char *buf, size_t len, size_t max_text,
                     const char **reason, char **id_out, st_error *err);
void st_article_free(st_article *a);

/* For the tests and the fuzz target, which check that both routes agree
 * (engine/article.c explains them).  st_article_parse takes the fast route
 * and falls back to the full one; st_article_parse_route does the same and
 * says which way it went; st_article_parse_slow is the full route alone. */
typedef enum st_article_route {
    ST_ROUTE_FAST,            /* scanned, decoded, envelope parsed by Jansson */
    ST_ROUTE_GAVE_UP,         /* the scanner or decoder declined: full route */
    ST_ROUTE_ENVELOPE_FAILED, /* Jansson rejected the envelope: full route */
    ST_ROUTE_MISMATCH,        /* the envelope's "text" was not the emptied
                                 string (never expected): full route */
} st_article_route;

int st_article_parse_route(st_article *a, const char *buf, size_t len, size_t max_text,
                           const char **reason, char **id_out, st_error *err,
                           st_article_route *route);
int st_article_parse_slow(st_article *a, const char *buf, size_t len, size_t max_text,
                          const char **reason, char **id_out, st_error *err);

#endif
