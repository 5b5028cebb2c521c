/* fuzz_article.c - libFuzzer target: an article message through the whole
 * pipeline (JSON, extraction, features, prediction, result JSON), with the
 * real model loaded once from $STANCED_MODEL or the source tree.  The
 * result must parse back with Jansson, and so must every quote's slice:
 * the JSON writer is checked against the reader on every input. */
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

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    st_article a;
    st_error err;
    const char *reason;
    char *id = NULL;
    st_classified out;
    json_error_t je;
    json_t *back;
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
