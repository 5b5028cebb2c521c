/* fuzz_article.c - libFuzzer target: an article message through the whole
 * pipeline (JSON, extraction, features, prediction, result JSON), with the
 * real model loaded once from $STANCED_MODEL or the source tree.  The
 * result must parse back with Jansson, and so must every quote's slice:
 * the JSON writer is checked against the reader on every input.  First,
 * the message is parsed by the fast "text" route and by the full-Jansson
 * route (engine/article.c), with a generous and with a tight size limit,
 * and both must end the same way. */
#include "../../engine/article.h"
#include "../../engine/classify.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static st_features fx;
static st_model model;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    st_error err;
    char buf[1024];
    (void)argc;
    (void)argv;
    if (st_features_init(&fx, &err) != ST_OK ||
        st_model_load(&model, st_model_default_path(buf, sizeof buf), fx.fingerprint, &err) != ST_OK) {
        fprintf(stderr, "fuzz_article: %s\n", err.text);
        exit(1);
    }
    return 0;
}

static void differ(const char *what, const char *fast, const char *slow)
{
    fprintf(stderr, "fuzz_article: the fast and full routes differ in %s: \"%s\" vs \"%s\"\n",
            what, fast ? fast : "(null)", slow ? slow : "(null)");
    abort();
}

static void same_str(const char *what, const char *fast, const char *slow)
{
    if ((fast == NULL) != (slow == NULL) || (fast && strcmp(fast, slow)))
        differ(what, fast, slow);
}

/* Parses the message both ways with this limit and aborts on any
 * difference in outcome (return code, reason, error text, recovered id,
 * id, title, text bytes, decoded code points). */
static void routes_agree(const char *buf, size_t len, size_t max_text)
{
    st_article fa, sa;
    st_error fe = { 0, "" }, se = { 0, "" };
    const char *fr = NULL, *sr = NULL;
    char *fid = NULL, *sid = NULL;
    st_article_route route;
    int frc = st_article_parse_route(&fa, buf, len, max_text, &fr, &fid, &fe, &route);
    int src = st_article_parse_slow(&sa, buf, len, max_text, &sr, &sid, &se);

    if (route == ST_ROUTE_MISMATCH)
        differ("the envelope's \"text\"", "not the emptied string", "");
    if (frc != src)
        differ("return code", frc ? fe.text : "ok", src ? se.text : "ok");
    same_str("recovered id", fid, sid);
    if (frc != ST_OK) {
        same_str("reason", fr, sr);
        same_str("error", fe.text, se.text);
        if (fe.code != se.code)
            differ("error code", fe.text, se.text);
    } else {
        same_str("id", fa.id, sa.id);
        same_str("title", fa.title, sa.title);
        if (fa.text_bytes != sa.text_bytes || memcmp(fa.text_utf8, sa.text_utf8, sa.text_bytes) ||
            fa.text.len != sa.text.len ||
            memcmp(fa.text.cp, sa.text.cp, sa.text.len * sizeof *sa.text.cp))
            differ("text", fa.text_utf8, sa.text_utf8);
        st_article_free(&fa);
        st_article_free(&sa);
    }
    free(fid);
    free(sid);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    st_article a;
    st_error err;
    const char *reason;
    char *id = NULL;
    st_classified out;
    json_error_t je;
    json_t *back;
    routes_agree((const char *)data, size, 1 << 20);
    routes_agree((const char *)data, size, size / 8);
    if (st_article_parse(&a, (const char *)data, size, 1 << 20, &reason, &id, &err) != ST_OK) {
        free(id);
        return 0;
    }
    free(id);
    st_classified_init(&out);
    if (st_classify_article(&fx, &model, &a, NULL, &out, &err) == ST_OK) {
        back = json_loadb(out.json.buf, out.json.len, 0, &je);
        if (!back || json_array_size(json_object_get(back, "quotes")) != out.nquotes) {
            fprintf(stderr, "fuzz_article: result does not parse back: %s\n%s\n", je.text,
                    out.json.buf);
            abort();
        }
        for (size_t i = 0; i < out.nquotes; i++) {
            /* the slice, in braces, is exactly the quote's object */
            size_t n = out.quote[i].end - out.quote[i].start;
            char *obj = malloc(n + 3);
            json_t *one;
            if (!obj)
                abort();
            obj[0] = '{';
            memcpy(obj + 1, out.json.buf + out.quote[i].start, n);
            memcpy(obj + 1 + n, "}", 2);
            one = json_loads(obj, 0, &je);
            if (!one || !json_equal(one, json_array_get(json_object_get(back, "quotes"), i))) {
                fprintf(stderr, "fuzz_article: quote %zu slice differs: %s\n", i, obj);
                abort();
            }
            json_decref(one);
            free(obj);
        }
        json_decref(back);
    }
    st_classified_free(&out);
    st_article_free(&a);
    return 0;
}
