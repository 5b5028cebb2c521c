/* fuzz_article.c - libFuzzer target: an article message through the whole
 * pipeline (JSON, extraction, features, prediction, result JSON), with the
 * real model loaded once from $STANCED_MODEL or the source tree. */
#include "../../engine/article.h"
#include "../../engine/classify.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

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
    json_t *out;
    if (st_article_parse(&a, (const char *)data, size, 1 << 20, &reason, &id, &err) != ST_OK) {
        free(id);
        return 0;
    }
    free(id);
    out = st_classify_article(&fx, &model, &a, NULL, &err);
    json_decref(out);
    st_article_free(&a);
    return 0;
}
