/* fuzz_model.c - libFuzzer target: the model-plus-sidecar loader.
 *
 * An input with a NUL byte is "sidecar JSON \0 model file": both are
 * written as they are, so the sidecar's parsing and checks are fuzzed
 * (libsvm is reached only with a matching checksum, which fuzzing will
 * not forge).  An input without one is the model file alone, with an
 * honest sidecar written beside it (this build's format, feature version
 * and fingerprint, the file's real size and SHA-256), so the model text
 * check and libsvm's own parser are fuzzed.  A model that loads is used
 * for one prediction, through the fast path and through libsvm. */
#include "../../core/sha256.h"
#include "../../model/model.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static st_features fx;
static char dir[64], model_path[128], side_path[160];

static void cleanup(void)
{
    unlink(model_path);
    unlink(side_path);
    rmdir(dir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    st_error err;
    const char *tmp = getenv("TMPDIR");
    (void)argc;
    (void)argv;
    if (st_features_init(&fx, &err) != ST_OK) {
        fprintf(stderr, "fuzz_model: %s\n", err.text);
        exit(1);
    }
    snprintf(dir, sizeof dir, "%s/st-fuzz-model-XXXXXX", tmp && strlen(tmp) < 30 ? tmp : "/tmp");
    if (!mkdtemp(dir)) {
        perror("fuzz_model: mkdtemp");
        exit(1);
    }
    snprintf(model_path, sizeof model_path, "%s/m.model", dir);
    snprintf(side_path, sizeof side_path, "%s.json", model_path);
    atexit(cleanup);
    return 0;
}

static void write_file(const char *path, const void *data, size_t size)
{
    FILE *fp = fopen(path, "wb");
    if (!fp || fwrite(data, 1, size, fp) != size || fclose(fp) != 0) {
        perror(path);
        abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const uint8_t *nul = memchr(data, '\0', size);
    st_model m;
    st_error err;

    if (nul) {
        write_file(side_path, data, (size_t)(nul - data));
        write_file(model_path, nul + 1, size - (size_t)(nul - data) - 1);
    } else {
        st_sha256 h;
        char hex[65], side[512];
        int n;
        st_sha256_init(&h);
        st_sha256_update(&h, data, size);
        st_sha256_hex(&h, hex);
        n = snprintf(side, sizeof side,
                     "{\"format\":\"%s\",\"feature_version\":%d,\"feature_fingerprint\":\"%s\","
                     "\"model_sha256\":\"%s\",\"model_bytes\":%zu}",
                     ST_MODEL_FORMAT, ST_FEATURE_VERSION, fx.fingerprint, hex, size);
        write_file(side_path, side, (size_t)n);
        write_file(model_path, data, size);
    }
    if (st_model_load(&m, model_path, fx.fingerprint, &err) == ST_OK) {
        static int index[] = { 1, 12, 20, ST_FX_DIM };
        static double value[] = { 0.5, 0.25, -1.0, 0.125 };
        st_fvec x = { index, value, 4, 4 };
        st_prediction p;
        if (st_model_predict(&m, &x, &p, &err) != ST_OK ||
            st_model_predict_libsvm(&m, &x, &p, &err) != ST_OK)
            abort();
        if (p.stance < 1 || p.stance > ST_NCLASS)
            abort();
        st_model_free(&m);
    } else if (!err.text[0]) {
        abort();    /* a failure always says why */
    }
    return 0;
}
