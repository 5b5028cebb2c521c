/* test_model.c - features, sentiment, the model loader and the fast path,
 * training determinism, and `stance classify`: real model files only. */
#include "suites.h"
#include "../model/svmtext.h"
#include "../features/featurize.h"
#include "../model/dataset.h"
#include "../model/model.h"
#include "../model/platt.h"
#include "../model/pooling.h"

#include <libsvm/svm.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>


static double sentiment_of(const char *text)
{
    st_statement s = { text, NULL };
    st_fvec v = { NULL, NULL, 0, 0 };
    st_error err;
    double score;
    ck_assert_int_eq(st_features_extract(&st_test_fx, &s, &v, &score, &err), ST_OK);
    st_fvec_free(&v);
    return score;
}

START_TEST(vectors_are_sorted_and_bounded)
{
    static const char *const texts[] = {
        "We will not accept this irresponsible provocation!",
        "Talks resume on Tuesday. Trade fell 4 per cent last year.",
        "", "… … ?", "win-win cooperation, win-win cooperation, win-win cooperation",
    };
    for (size_t t = 0; t < sizeof texts / sizeof *texts; t++) {
        st_statement s = { texts[t], t == 1 ? "Officials said “Talks resume on Tuesday.”" : NULL };
        st_fvec v = { NULL, NULL, 0, 0 }, w = { NULL, NULL, 0, 0 };
        st_error err;
        ck_assert_int_eq(st_features_extract(&st_test_fx, &s, &v, NULL, &err), ST_OK);
        ck_assert_int_eq(st_features_extract(&st_test_fx, &s, &w, NULL, &err), ST_OK);
        ck_assert_uint_eq(v.n, w.n);
        for (size_t k = 0; k < v.n; k++) {
            ck_assert_int_ge(v.index[k], 1);
            ck_assert_int_le(v.index[k], ST_FX_DIM);
            if (k)
                ck_assert_int_gt(v.index[k], v.index[k - 1]);
            ck_assert(v.index[k] == w.index[k] && v.value[k] == w.value[k]);
            ck_assert(isfinite(v.value[k]));
        }
        st_fvec_free(&v);
        st_fvec_free(&w);
    }
}
END_TEST

/* Phrase search bounds: every entry's first word allows at least the
 * entry's length, so the bounded search finds every phrase. */
START_TEST(lexicon_first_word_bounds)
{
    const st_lexicon *lx = &st_test_fx.lex;
    size_t entries = 0;
    ck_assert_ptr_nonnull(st_lexicon_get(lx, "red line", 8));
    ck_assert_uint_ge(st_lexicon_max_from(lx, "red", 3), 2);
    ck_assert_uint_ge(st_lexicon_max_from(lx, "win-win", 7), 2);
    ck_assert_uint_ge(st_lexicon_max_from(lx, "xyzzy", 5), 1);
    for (size_t i = 0; i < lx->nslots; i++) {
        const st_lex_entry *e = &lx->slots[i];
        const char *sp;
        if (!e->term)
            continue;
        entries++;
        sp = strchr(e->term, ' ');
        ck_assert_uint_ge(st_lexicon_max_from(lx, e->term, sp ? (size_t)(sp - e->term)
                                                             : strlen(e->term)), e->words);
        ck_assert_ptr_eq(st_lexicon_get(lx, e->term, strlen(e->term)), e);
    }
    ck_assert_uint_gt(entries, 1000);
}
END_TEST

START_TEST(sentiment_rules)
{
    ck_assert_str_eq(st_sentiment_label(sentiment_of("This is a great success for both peoples.")),
                     "positive");
    ck_assert_str_eq(st_sentiment_label(sentiment_of("This is a disastrous and shameful failure.")),
                     "negative");
    /* a schedule is neutral wording, whatever domain words it uses */
    ck_assert_str_eq(st_sentiment_label(sentiment_of("The talks will resume on Tuesday.")),
                     "neutral");
    ck_assert_str_eq(st_sentiment_label(sentiment_of("Trade fell 4 per cent last year.")),
                     "neutral");
    /* negation: "not good" is mildly negative, never as strong as "bad" */
    ck_assert(sentiment_of("The outcome is not good.") < 0);
    ck_assert(sentiment_of("The outcome is not good.") > sentiment_of("The outcome is bad."));
    /* intensifiers scale */
    ck_assert(sentiment_of("a very good result") > sentiment_of("a good result"));
    /* contrast: what follows "but" dominates */
    ck_assert(sentiment_of("The talks were good, but the result is a disaster.") < 0);
    ck_assert(sentiment_of("The talks were difficult, but the result is excellent.") > 0);
    /* a phrase listed as an idiom keeps its words' valence; a possessive
     * 's does not hide a word */
    ck_assert(sentiment_of("a constructive atmosphere") > 0);
    ck_assert(sentiment_of("a dictator's shopping list") < 0);
    for (int i = 0; i < 3; i++)
        ck_assert(fabs(sentiment_of("terrible terrible terrible disaster catastrophe")) <= 1.0);
}
END_TEST

/* The terms the idf table is counted on (st_features_terms, tools/idf_terms)
 * are exactly the n-grams the text block hashes: FNV-1a of each term, a
 * bigram's space read as the 0x1F separator. */
static int collect_slot(const char *term, size_t len, void *arg)
{
    int *seen = arg;
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)(term[i] == ' ' ? 0x1F : term[i]);
        h *= 16777619u;
    }
    seen[h & ((1u << ST_FX_TEXT_BITS) - 1)] = 1;
    return 0;
}

START_TEST(idf_terms_are_the_hashed_ngrams)
{
    static const st_statement cases[] = {
        { "We will not accept this, and we never will. Talks resume on Tuesday!", NULL },
        { "no longer acceptable", "The minister said the plan was \u201cno longer acceptable\u201d to Oslo." },
        { "It is 40 per cent of China's exports; they cannot stop it.", NULL },
    };
    for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
        int *seen = calloc((size_t)1 << ST_FX_TEXT_BITS, sizeof *seen);
        st_fvec v = { NULL, NULL, 0, 0 };
        st_error err;
        size_t k, in_block = 0, listed = 0;
        ck_assert_ptr_nonnull(seen);
        ck_assert_int_eq(st_features_terms(&st_test_fx, &cases[c], collect_slot, seen, &err),
                         ST_OK);
        ck_assert_int_eq(st_features_extract(&st_test_fx, &cases[c], &v, NULL, &err), ST_OK);
        for (k = 0; k < v.n; k++)
            if (v.index[k] >= ST_FX_TEXT_BASE && v.index[k] < ST_FX_CTX_BASE) {
                in_block++;
                ck_assert_msg(seen[v.index[k] - ST_FX_TEXT_BASE], "case %zu: slot %d has no term",
                              c, v.index[k]);
            }
        for (k = 0; k < (size_t)1 << ST_FX_TEXT_BITS; k++)
            listed += seen[k] != 0;
        ck_assert_uint_eq(listed, in_block);
        ck_assert_uint_gt(in_block, 5);
        st_fvec_free(&v);
        free(seen);
    }
}
END_TEST

START_TEST(invalid_utf8_is_an_error)
{
    st_statement s = { "bad \xff text", NULL };
    st_fvec v = { NULL, NULL, 0, 0 };
    st_error err;
    ck_assert_int_eq(st_features_extract(&st_test_fx, &s, &v, NULL, &err), ST_ERR_INPUT);
    st_fvec_free(&v);
}
END_TEST

/* The collapsed linear model agrees with libsvm on every dev statement,
 * for the stance and the sentiment head alike: same label, decision values
 * and probabilities within 1e-9. */
START_TEST(fast_path_matches_libsvm)
{
    st_model m, lean;
    st_dataset d;
    st_error err;
    size_t i, checked = 0;
    double worst_dec = 0, worst_prob = 0;

    ck_assert_msg(st_model_load(&m, st_test_path("model/stance.model"), st_test_fx.fingerprint,
                                &err) == ST_OK, "%s", err.text);
    ck_assert_msg(m.linear, "the shipped model is expected to be linear");
    ck_assert_msg(m.sentiment.present, "the shipped model is expected to have a sentiment head");
    /* The lean load keeps no libsvm model and predicts bit for bit alike. */
    ck_assert_msg(st_model_load_lean(&lean, st_test_path("model/stance.model"),
                                     st_test_fx.fingerprint, &err) == ST_OK, "%s", err.text);
    ck_assert(lean.linear && lean.sentiment.present);
    ck_assert(!lean.svm && !lean.stance.svm && !lean.sentiment.svm);
    ck_assert_str_eq(lean.id, m.id);
    ck_assert_msg(st_dataset_load(&d, st_test_path("training-data/statements.jsonl"), &st_test_fx,
                                  &err) == ST_OK, "%s", err.text);
    for (i = 0; i < d.n; i++) {
        st_prediction a, b;
        if (!d.v[i].dev)
            continue;
        ck_assert_int_eq(st_model_predict(&m, &d.v[i].x, &a, &err), ST_OK);
        ck_assert_int_eq(st_model_predict(&lean, &d.v[i].x, &b, &err), ST_OK);
        ck_assert_msg(memcmp(&a, &b, sizeof a) == 0, "%s: the lean load predicts otherwise",
                      d.v[i].id);
        ck_assert_int_eq(st_model_predict_libsvm(&m, &d.v[i].x, &b, &err), ST_OK);
        ck_assert_msg(a.stance == b.stance, "%s: %d vs %d", d.v[i].id, a.stance, b.stance);
        ck_assert(a.has_sentiment && b.has_sentiment);
        ck_assert_msg(a.sentiment_class == b.sentiment_class, "%s: sentiment %d vs %d",
                      d.v[i].id, a.sentiment_class, b.sentiment_class);
        ck_assert(fabs(a.sentiment - b.sentiment) <= 2e-9);
        ck_assert(a.sentiment >= -1 && a.sentiment <= 1);
        for (int k = 0; k < 3; k++) {
            double dd = fabs(a.dec[k] - b.dec[k]), dp = fabs(a.prob[k + 1] - b.prob[k + 1]);
            double sd = fabs(a.sentiment_dec[k] - b.sentiment_dec[k]);
            double sp = fabs(a.sentiment_prob[k + 1] - b.sentiment_prob[k + 1]);
            dd = sd > dd ? sd : dd;
            dp = sp > dp ? sp : dp;
            worst_dec = dd > worst_dec ? dd : worst_dec;
            worst_prob = dp > worst_prob ? dp : worst_prob;
        }
        checked++;
    }
    printf("fast path, stance and sentiment heads: %zu dev statements, max |decision diff| "
           "%.3g, max |probability diff| %.3g\n",
           checked, worst_dec, worst_prob);
    ck_assert_uint_ge(checked, 600);
    ck_assert(worst_dec <= 1e-9);
    ck_assert(worst_prob <= 1e-9);
    st_dataset_free(&d);
    st_model_free(&m);
    st_model_free(&lean);
}
END_TEST

/* Broken model files: each must fail with ST_ERR_MODEL and a message that
 * names the file and the reason, before libsvm reads anything. */
static const struct bad_model {
    const char *name, *shell, *reason;
} bad_models[] = {
    { "truncated", "head -c 1000 m.model > t && mv t m.model", "checksum mismatch" },
    { "corrupt_byte", "printf 'X' | dd of=m.model bs=1 seek=200 conv=notrunc 2>/dev/null",
      "checksum mismatch" },
    { "empty", ": > m.model", "checksum mismatch" },
    { "missing_model", "rm m.model", "No such file" },
    { "missing_sidecar", "rm m.model.json", "m.model.json" },
    { "sidecar_not_json", "echo '{not json' > m.model.json", "m.model.json" },
    { "wrong_fingerprint",
      "sed -i 's/\"feature_fingerprint\": \"[0-9a-f]*\"/\"feature_fingerprint\": \"0000\"/' "
      "m.model.json", "fingerprint" },
    { "wrong_version",
      "sed -i 's/\"feature_version\": [0-9]*/\"feature_version\": 999/' m.model.json",
      "feature version" },
    { "wrong_format", "sed -i 's/stanced-model\\/1/other\\/9/' m.model.json", "sidecar" },
    { "sentiment_head_truncated", "head -c 1000 m.model.sentiment > t && mv t m.model.sentiment",
      "m.model.sentiment: checksum mismatch" },
    { "sentiment_head_missing", "rm m.model.sentiment", "m.model.sentiment: No such file" },
    { "sentiment_head_unvouched",   /* the nested object's key, 4 spaces in */
      "sed -i 's/^    \"model_sha256\"/    \"model_sha\"/' m.model.json",
      "\"sentiment\" has no model_sha256" },
    { "garbage_same_checksum_fields",
      "head -c 5000 /dev/urandom > m.model; sum=$(sha256sum m.model | cut -c1-64); "
      "sed -i \"s/\\\"model_sha256\\\": \\\"[0-9a-f]*\\\"/\\\"model_sha256\\\": \\\"$sum\\\"/; "
      "s/\\\"model_bytes\\\": [0-9]*/\\\"model_bytes\\\": 5000/\" m.model.json",
      "model text" },
    /* Checksum-valid models that crash libsvm 3.24's svm_load_model
     * (segfault; the first four) or its prediction (precomputed kernel):
     * the loader's text check refuses them before libsvm reads them.
     * From tests/fuzz/corpus/model/regress-libsvm-*. */
#define FIX_SUM "sum=$(sha256sum m.model | cut -c1-64); size=$(stat -c %s m.model); " \
      "sed -i \"s/\\\"model_sha256\\\": \\\"[0-9a-f]*\\\"/\\\"model_sha256\\\": \\\"$sum\\\"/; " \
      "s/\\\"model_bytes\\\": [0-9]*/\\\"model_bytes\\\": $size/\" m.model.json"
#define REGRESS(n, why) { "libsvm_" n, "cp \"$ST_SRCDIR/tests/fuzz/corpus/model/regress-libsvm-" \
      n "\" m.model && " FIX_SUM, why }
    REGRESS("truncated_mid", "last line not terminated"),
    REGRESS("missing_sv_line", "fewer support vectors than total_sv"),
    REGRESS("few_coefs", "too few coefficients"),
    REGRESS("big_total_sv", "nr_sv adds up to 4, total_sv is 2000000000"),
    REGRESS("no_total_sv", "no total_sv"),
    REGRESS("precomputed", "kernel_type not"),
    /* Found by fuzz_model with the text check disabled, in ~800 runs. */
    REGRESS("fuzz-missing-line", "feature value not a finite number"),
#undef REGRESS
#undef FIX_SUM
};

START_TEST(bad_model_files)
{
    const struct bad_model *b = &bad_models[_i];
    char dir[] = "/tmp/st-model-XXXXXX", cmd[2048], path[256];
    st_model m;
    st_error err;
    int rc;

    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(cmd, sizeof cmd, "cp '%s' %s/m.model && cp '%s.json' %s/m.model.json && "
             "cp '%s.sentiment' %s/m.model.sentiment && cd %s && %s",
             st_test_path("model/stance.model"), dir, st_test_path("model/stance.model"), dir,
             st_test_path("model/stance.model"), dir, dir, b->shell);
    ck_assert_int_eq(system(cmd), 0);
    snprintf(path, sizeof path, "%s/m.model", dir);
    memset(&err, 0, sizeof err);
    for (int lean = 0; lean <= 1; lean++) {
        memset(&err, 0, sizeof err);
        rc = lean ? st_model_load_lean(&m, path, st_test_fx.fingerprint, &err)
                  : st_model_load(&m, path, st_test_fx.fingerprint, &err);
        ck_assert_msg(rc == ST_ERR_MODEL, "%s: loaded (rc %d, lean %d)", b->name, rc, lean);
        ck_assert_msg(strstr(err.text, b->reason) != NULL, "%s: \"%s\" lacks \"%s\"", b->name,
                      err.text, b->reason);
        ck_assert_msg(strstr(err.text, "m.model") != NULL, "%s: no file name in \"%s\"",
                      b->name, err.text);
    }
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    ck_assert_int_eq(system(cmd), 0);
}
END_TEST

/* The text check accepts what svm_save_model writes: small linear and RBF
 * models from the fuzz seeds load (with an honest sidecar) and predict.
 * Their sidecar names no sentiment head, so none is loaded: the score
 * stays the rules'. */
START_TEST(small_models_load)
{
    static const char *const seeds[] = { "seed-small-linear", "seed-small-rbf" };
    char dir[] = "/tmp/st-model-XXXXXX", cmd[2048], path[256];
    static int index[] = { 1, 12, 20 };
    static double value[] = { 0.5, 0.25, -1.0 };
    st_fvec x = { index, value, 3, 3 };
    st_prediction p, q;
    st_model m;
    st_error err;
    int rc;

    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(cmd, sizeof cmd, "cp '%s.json' %s/m.model.json && cd %s && cp \"$ST_SRCDIR/"
             "tests/fuzz/corpus/model/%s\" m.model && sum=$(sha256sum m.model | cut -c1-64) && "
             "size=$(stat -c %%s m.model) && sed -i \"s/\\\"model_sha256\\\": \\\"[0-9a-f]*\\\"/"
             "\\\"model_sha256\\\": \\\"$sum\\\"/; s/\\\"model_bytes\\\": [0-9]*/"
             "\\\"model_bytes\\\": $size/\" m.model.json",
             st_test_path("model/stance.model"), dir, dir, seeds[_i]);
    ck_assert_int_eq(system(cmd), 0);
    snprintf(path, sizeof path, "%s/m.model.json", dir);
    {
        json_error_t je;
        json_t *sc = json_load_file(path, 0, &je);
        ck_assert_ptr_nonnull(sc);
        json_object_del(sc, "sentiment");
        ck_assert_int_eq(json_dump_file(sc, path, JSON_INDENT(2) | JSON_SORT_KEYS), 0);
        json_decref(sc);
    }
    snprintf(path, sizeof path, "%s/m.model", dir);
    ck_assert_msg(st_model_load(&m, path, st_test_fx.fingerprint, &err) == ST_OK, "%s: %s",
                  seeds[_i], err.text);
    ck_assert(!m.sentiment.present);
    ck_assert_int_eq(st_model_predict(&m, &x, &p, &err), ST_OK);
    ck_assert_int_eq(st_model_predict_libsvm(&m, &x, &q, &err), ST_OK);
    ck_assert_int_eq(p.stance, q.stance);
    ck_assert(!p.has_sentiment && !q.has_sentiment);
    ck_assert_int_eq(m.linear, _i == 0);
    /* Releasing libsvm's copy: only a linear model can, and its fast path
     * predicts exactly as before while the libsvm route says why not. */
    ck_assert_int_eq(st_model_release_libsvm(&m), _i == 0);
    ck_assert_int_eq(st_model_predict(&m, &x, &q, &err), ST_OK);
    ck_assert_int_eq(q.stance, p.stance);
    ck_assert(memcmp(q.dec, p.dec, sizeof p.dec) == 0 && memcmp(q.prob, p.prob, sizeof p.prob) == 0);
    memset(&err, 0, sizeof err);
    rc = st_model_predict_libsvm(&m, &x, &q, &err);
    if (_i == 0)
        ck_assert_msg(rc == ST_ERR_MODEL && strstr(err.text, "released"), "rc %d: %s", rc, err.text);
    else
        ck_assert_int_eq(rc, ST_OK);
    st_model_free(&m);
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    ck_assert_int_eq(system(cmd), 0);
}
END_TEST

/* A lean load lets the stance head's vectors go before it reads the
 * sentiment head, trusting the sidecar's word that the head is linear:
 * a file that is not (0) must fail the lean load, while the plain load
 * takes it without the fast path; a sidecar that says so (1) lets both
 * load it, through libsvm. */
START_TEST(lean_load_checks_the_sentiment_kernel)
{
    char dir[] = "/tmp/st-model-XXXXXX", cmd[4096], path[256];
    static int index[] = { 1, 12, 20 };
    static double value[] = { 0.5, 0.25, -1.0 };
    st_fvec x = { index, value, 3, 3 };
    st_prediction p;
    st_model m;
    st_error err;
    int rc;

    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(cmd, sizeof cmd,
             "cp '%s' %s/m.model && cp '%s.json' %s/m.model.json && "
             "cp '%s.sentiment' %s/m.model.sentiment && cd %s && "
             "sed -i 's/^kernel_type linear$/kernel_type rbf\\ngamma 0.5/' m.model.sentiment && "
             "sum=$(sha256sum m.model.sentiment | cut -c1-64) && "
             "size=$(stat -c %%s m.model.sentiment) && "
             "sed -i \"s/^    \\\"model_sha256\\\": \\\"[0-9a-f]*\\\"/    \\\"model_sha256\\\": "
             "\\\"$sum\\\"/; s/^    \\\"model_bytes\\\": [0-9]*/    \\\"model_bytes\\\": $size/\" "
             "m.model.json && grep -q '^gamma' m.model.sentiment%s",
             st_test_path("model/stance.model"), dir, st_test_path("model/stance.model"), dir,
             st_test_path("model/stance.model"), dir, dir,
             _i ? " && sed -i 's/^    \"kernel\": \"linear\"/    \"kernel\": \"rbf\"/' m.model.json"
                  " && grep -q '\"rbf\"' m.model.json" : "");
    ck_assert_int_eq(system(cmd), 0);
    snprintf(path, sizeof path, "%s/m.model", dir);

    memset(&err, 0, sizeof err);
    rc = st_model_load_lean(&m, path, st_test_fx.fingerprint, &err);
    if (_i == 0) {
        ck_assert_msg(rc == ST_ERR_MODEL && strstr(err.text, "m.model.sentiment: not a linear"),
                      "rc %d: %s", rc, err.text);
    } else {
        ck_assert_msg(rc == ST_OK, "%s", err.text);
        ck_assert(!m.linear && m.stance.svm && m.sentiment.svm);
        ck_assert_int_eq(st_model_predict(&m, &x, &p, &err), ST_OK);
        ck_assert(p.has_sentiment);
        st_model_free(&m);
    }
    ck_assert_msg(st_model_load(&m, path, st_test_fx.fingerprint, &err) == ST_OK, "%s",
                  err.text);
    ck_assert(!m.linear && m.sentiment.present);
    ck_assert_int_eq(st_model_predict(&m, &x, &p, &err), ST_OK);
    st_model_free(&m);
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    ck_assert_int_eq(system(cmd), 0);
}
END_TEST

static int sh(const char *cmd)
{
    int rc = system(cmd);
    return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

/* Same data and seed: byte-identical model; classify uses it. */
START_TEST(train_is_deterministic_and_classify_uses_it)
{
    char dir[] = "/tmp/st-train-XXXXXX", cmd[4096];
    const char *bin = getenv("ST_STANCE");
    FILE *fp;
    char line[65536];
    json_error_t je;
    json_t *doc, *q;

    ck_assert_ptr_nonnull(bin);
    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(cmd, sizeof cmd,
             "cd %s && mkdir -p data && awk 'NR %% 12 == 0' '%s' > data/statements.jsonl && "
             "'%s' train --data data --out a.model --folds 3 --seed 7 --report r.svg > a.log && "
             "'%s' train --data data --out b.model --folds 3 --seed 7 > b.log && "
             "cmp a.model b.model && cmp a.model.sentiment b.model.sentiment && "
             "grep -q 'sentiment head, dev split' a.log && "
             "grep -q 'macro-F1' a.log && grep -q '<svg' r.svg && "
             "! ls | grep -q tmp",
             dir, st_test_path("training-data/statements.jsonl"), bin, bin);
    ck_assert_int_eq(sh(cmd), 0);
    snprintf(cmd, sizeof cmd,
             "cd %s && printf '%%s\\n' '{\"id\":\"x1\",\"text\":\"\\u201cWe will never accept "
             "these illegal sanctions,\\u201d said Ana Vidal.\"}' | "
             "'%s' classify --model a.model > out.jsonl", dir, bin);
    ck_assert_int_eq(sh(cmd), 0);
    snprintf(cmd, sizeof cmd, "%s/out.jsonl", dir);
    fp = fopen(cmd, "r");
    ck_assert_ptr_nonnull(fp);
    ck_assert_ptr_nonnull(fgets(line, sizeof line, fp));
    fclose(fp);
    doc = json_loads(line, 0, &je);
    ck_assert_ptr_nonnull(doc);
    ck_assert(strncmp(json_string_value(json_object_get(doc, "model")), "stance-", 7) == 0);
    q = json_array_get(json_object_get(doc, "quotes"), 0);
    ck_assert_str_eq(json_string_value(json_object_get(q, "speaker")), "Ana Vidal");
    ck_assert(st_stance_parse(json_string_value(json_object_get(q, "stance"))) != 0);
    {
        json_t *p = json_object_get(q, "probabilities");
        double sum = json_real_value(json_object_get(p, "conciliatory")) +
                     json_real_value(json_object_get(p, "adversarial")) +
                     json_real_value(json_object_get(p, "neutral"));
        double s = json_real_value(json_object_get(q, "sentiment"));
        const char *label = json_string_value(json_object_get(q, "sentiment_label"));
        ck_assert(fabs(sum - 1.0) < 1e-6);
        ck_assert(s >= -1 && s <= 1 && s < 0);
        ck_assert_str_eq(label, "negative");
    }
    ck_assert_int_eq(json_integer_value(json_object_get(json_object_get(doc, "summary"),
                                                        "quotes")), 1);
    json_decref(doc);
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    ck_assert_int_eq(sh(cmd), 0);
}
END_TEST

/* Data without sentiment labels trains the stance model alone, says so,
 * and the model it writes loads and classifies with the rules score. */
START_TEST(train_without_sentiment_labels)
{
    char dir[] = "/tmp/st-train-XXXXXX", cmd[4096];
    const char *bin = getenv("ST_STANCE");
    ck_assert_ptr_nonnull(bin);
    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(cmd, sizeof cmd,
             "cd %s && mkdir -p data && awk 'NR %% 24 == 0' '%s' | "
             "sed 's/\"sentiment\": \"[a-z]*\", //' > data/statements.jsonl && "
             "! grep -q '\"sentiment\"' data/statements.jsonl && "
             "'%s' train --data data --out a.model --folds 3 > a.log && "
             "grep -q 'no sentiment head' a.log && test ! -e a.model.sentiment && "
             "! grep -q '\"sentiment\"' a.model.json && "
             "printf '%%s\\n' '{\"id\":\"x\",\"text\":\"\\u201cWe welcome the talks,"
             "\\u201d said Ana Vidal.\"}' | '%s' classify --model a.model | "
             "grep -q '\"sentiment_label\"' && rm -rf %s",
             dir, st_test_path("training-data/statements.jsonl"), bin, bin, dir);
    ck_assert_int_eq(sh(cmd), 0);
}
END_TEST

/* Seven labelled statements (three conciliatory, two adversarial, two
 * neutral; one without a sentiment label), in the order given. */
static const char *const pool_lines[] = {
    "{\"id\":\"p1\",\"text\":\"We welcome the new talks.\",\"stance\":\"conciliatory\",\"sentiment\":\"positive\"}",
    "{\"id\":\"p2\",\"text\":\"A fair deal is within reach.\",\"stance\":\"conciliatory\",\"sentiment\":\"positive\"}",
    "{\"id\":\"p3\",\"text\":\"Both sides showed goodwill.\",\"stance\":\"conciliatory\"}",
    "{\"id\":\"p4\",\"text\":\"These sanctions are illegal.\",\"stance\":\"adversarial\",\"sentiment\":\"negative\"}",
    "{\"id\":\"p5\",\"text\":\"We will retaliate.\",\"stance\":\"adversarial\",\"sentiment\":\"negative\"}",
    "{\"id\":\"p6\",\"text\":\"The meeting is on Tuesday.\",\"stance\":\"neutral\",\"sentiment\":\"neutral\"}",
    "{\"id\":\"p7\",\"text\":\"Talks resume in May.\",\"stance\":\"neutral\",\"sentiment\":\"neutral\"}",
};

static void load_pool_lines(st_dataset *d, int reversed)
{
    char path[] = "/tmp/st-pool-XXXXXX";
    int fd = mkstemp(path);
    size_t i, n = sizeof pool_lines / sizeof *pool_lines;
    FILE *fp;
    st_error err;
    ck_assert_int_ge(fd, 0);
    fp = fdopen(fd, "w");
    ck_assert_ptr_nonnull(fp);
    for (i = 0; i < n; i++)
        fprintf(fp, "%s\n", pool_lines[reversed ? n - 1 - i : i]);
    fclose(fp);
    ck_assert_msg(st_dataset_load(d, path, &st_test_fx, &err) == ST_OK, "%s", err.text);
    unlink(path);
}

/* The sum over rows of (row x its group's size) equals the sum of every
 * pooled statement's vector, feature by feature. */
static void check_pooled_sums(const st_dataset *d, const st_pooled *p, int target,
                              const size_t *sizes)
{
    size_t i, k;
    for (i = 0; i < d->n; i++)
        for (k = 0; k < d->v[i].x.n; k++) {
            int index = d->v[i].x.index[k];
            double want = 0, got = 0;
            size_t a, r;
            for (a = 0; a < d->n; a++)
                if (st_example_class(&d->v[a], target))
                    for (r = 0; r < d->v[a].x.n; r++)
                        if (d->v[a].x.index[r] == index)
                            want += d->v[a].x.value[r];
            for (a = 0; a < p->n; a++)
                for (r = 0; p->x[a][r].index != -1; r++)
                    if (p->x[a][r].index == index)
                        got += p->x[a][r].value * (double)sizes[a];
            ck_assert_msg(fabs(want - got) < 1e-9, "feature %d: %g != %g", index, got, want);
        }
}

/* Pooled rows: one per run of N same-label statements (a class's last run
 * shorter), each the mean of its members, the same whatever the file's
 * order; statements without a label for the model stay out. */
START_TEST(pooled_rows_are_group_means)
{
    st_dataset d, r;
    st_pooled p, q, none;
    st_error err;
    size_t i, k, per_class[ST_NCLASS + 1] = { 0 };
    size_t stance_sizes[] = { 2, 1, 2, 2 }, sentiment_sizes[] = { 2, 2, 2 };
    load_pool_lines(&d, 0);
    load_pool_lines(&r, 1);
    ck_assert_int_eq(st_pooled_build(&p, &d, 0, 2, &err), ST_OK);
    ck_assert_uint_eq(p.n, 4);      /* conciliatory 2 + 1, adversarial 2, neutral 2 */
    ck_assert_uint_eq(p.statements, 7);
    for (i = 0; i < p.n; i++) {
        per_class[(int)p.y[i]]++;
        for (k = 1; p.x[i][k].index != -1; k++)
            ck_assert_int_lt(p.x[i][k - 1].index, p.x[i][k].index);
    }
    ck_assert_uint_eq(per_class[ST_STANCE_CONCILIATORY], 2);
    ck_assert_uint_eq(per_class[ST_STANCE_ADVERSARIAL], 1);
    ck_assert_uint_eq(per_class[ST_STANCE_NEUTRAL], 1);
    /* Runs come class by class (enum order), a class's short run last. */
    ck_assert(p.y[0] == ST_STANCE_CONCILIATORY && p.y[1] == ST_STANCE_CONCILIATORY);
    check_pooled_sums(&d, &p, 0, stance_sizes);
    ck_assert_int_eq(st_pooled_build(&q, &r, 0, 2, &err), ST_OK);
    ck_assert_uint_eq(q.n, p.n);
    for (i = 0; i < p.n; i++) {
        ck_assert(p.y[i] == q.y[i]);
        for (k = 0; p.x[i][k].index != -1; k++) {
            ck_assert_int_eq(p.x[i][k].index, q.x[i][k].index);
            ck_assert(p.x[i][k].value == q.x[i][k].value);
        }
        ck_assert_int_eq(q.x[i][k].index, -1);
    }
    st_pooled_free(&q);
    st_pooled_free(&p);
    /* The sentiment head: p3 has no sentiment label. */
    ck_assert_int_eq(st_pooled_build(&p, &d, 1, 2, &err), ST_OK);
    ck_assert_uint_eq(p.n, 3);
    ck_assert_uint_eq(p.statements, 6);
    check_pooled_sums(&d, &p, 1, sentiment_sizes);
    st_pooled_free(&p);
    ck_assert_int_eq(st_pooled_build(&none, &d, 0, 0, &err), ST_OK);
    ck_assert_uint_eq(none.n, 0);
    st_pooled_free(&none);
    st_dataset_free(&d);
    st_dataset_free(&r);
}
END_TEST

/* `stance train --stance-pool/--sentiment-pool` trains with the pooled
 * file, records it in the sidecar and the log, and names a missing file;
 * --pooled without a group size is refused, not ignored. */
START_TEST(train_with_pooled_statements)
{
    char dir[] = "/tmp/st-train-XXXXXX", cmd[4096];
    const char *bin = getenv("ST_STANCE");
    ck_assert_ptr_nonnull(bin);
    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(cmd, sizeof cmd,
             "cd %s && mkdir -p data/articles/eval && awk 'NR %% 24 == 0' '%s' > data/statements.jsonl && "
             "awk 'NR %% 24 == 1' '%s' | sed 's/\"split\": \"dev\"/\"split\": \"train\"/' "
             "> data/articles/eval/statements.jsonl && "
             "'%s' train --data data --out a.model --folds 3 --stance-pool 4 --sentiment-pool 2 > a.log && "
             "grep -q '^pooled: data/articles/eval/statements.jsonl' a.log && "
             "grep -q '\"pooled\"' a.model.json && grep -q '\"group\": 4' a.model.json && "
             "'%s' train --data data --out b.model --folds 3 > b.log && ! cmp -s a.model b.model && "
             "! grep -q pooled b.log b.model.json && "
             "! '%s' train --data data --out c.model --folds 3 --stance-pool 4 --pooled nowhere.jsonl "
             "> c.log 2> c.err && grep -q 'nowhere.jsonl' c.err && test ! -e c.model && "
             "! '%s' train --data data --out d.model --pooled nowhere.jsonl 2> d.err && "
             "grep -q 'only with --stance-pool' d.err && test ! -e d.model && rm -rf %s",
             dir, st_test_path("training-data/statements.jsonl"),
             st_test_path("training-data/statements.jsonl"), bin, bin, bin, bin, dir);
    ck_assert_int_eq(sh(cmd), 0);
}
END_TEST

/* The trainer scores its folds with the label st_platt_decisions votes
 * from the decision values it returns (one pass over the support
 * vectors): it must be svm_predict's, for both heads, on every dev
 * statement. */
START_TEST(platt_decisions_vote_like_svm_predict)
{
    st_model m;
    st_dataset d;
    st_error err;
    size_t i, checked = 0;
    ck_assert_msg(st_model_load(&m, st_test_path("model/stance.model"), st_test_fx.fingerprint,
                                &err) == ST_OK, "%s", err.text);
    ck_assert_msg(st_dataset_load(&d, st_test_path("training-data/statements.jsonl"), &st_test_fx,
                                  &err) == ST_OK, "%s", err.text);
    for (i = 0; i < d.n; i++) {
        struct svm_node *x;
        double dec[ST_NPAIRS];
        if (!d.v[i].dev)
            continue;
        x = st_model_nodes(&d.v[i].x);
        ck_assert_ptr_nonnull(x);
        ck_assert_int_eq(st_platt_decisions(m.stance.svm, x, dec),
                         (int)svm_predict(m.stance.svm, x));
        ck_assert_int_eq(st_platt_decisions(m.sentiment.svm, x, dec),
                         (int)svm_predict(m.sentiment.svm, x));
        free(x);
        checked++;
    }
    ck_assert_uint_eq(checked, 630);
    st_dataset_free(&d);
    st_model_free(&m);
}
END_TEST

/* Without --grid the final models train in one pool with the folds
 * (train.c); with it, after them.  Both schedules must give the same
 * files: the setting the grid chooses, given outright, trains the very
 * models the grid wrote. */
START_TEST(train_one_pool_matches_grid_schedule)
{
    char dir[] = "/tmp/st-train-XXXXXX", cmd[4096];
    const char *bin = getenv("ST_STANCE");
    ck_assert_ptr_nonnull(bin);
    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(cmd, sizeof cmd,
             "cd %s && mkdir -p data && awk 'NR %% 12 == 0' '%s' > data/statements.jsonl && "
             "'%s' train --data data --out g.model --folds 3 --grid --kernel linear > g.log && "
             "set -- $(sed -n 's/^chosen: kernel=linear C=\\([^,]*\\), sentiment head C=\\(.*\\)$/\\1 \\2/p' g.log) && "
             "test -n \"$2\" && "
             "'%s' train --data data --out o.model --folds 3 --kernel linear --c \"$1\" "
             "--sentiment-c \"$2\" > o.log && grep -q '^chosen: kernel=linear' o.log && "
             "cmp g.model o.model && cmp g.model.sentiment o.model.sentiment && rm -rf %s",
             dir, st_test_path("training-data/statements.jsonl"), bin, bin, dir);
    ck_assert_int_eq(sh(cmd), 0);
}
END_TEST

/* Numbers in support-vector lines: the checker's quick decimal test must
 * agree with strtod (whole token read, finite) on every one of these. */
static const struct sv_number {
    const char *text;
    int ok;
} sv_numbers[] = {
    { "0.5", 1 }, { "-.5", 1 }, { "5.", 1 }, { "+3", 1 }, { "1e280", 1 }, { "1E-400", 1 },
    { "2.5e+10", 1 }, { "123456789012345678901234567890", 1 }, { "0x1p3", 1 },
    { "1e999", 0 }, { "-1e309", 0 }, { "inf", 0 }, { "nan", 0 }, { ".", 0 }, { "+", 0 },
    { "1e", 0 }, { "1e+", 0 }, { "1.2.3", 0 }, { "1,5", 0 }, { "--1", 0 }, { "1e99999", 0 },
};

START_TEST(sv_numbers_checked_like_strtod)
{
    const struct sv_number *n = &sv_numbers[_i];
    char text[512];
    st_error err;
    /* The number as a coefficient, then as a feature value. */
    for (int where = 0; where < 2; where++) {
        int len = snprintf(text, sizeof text,
                           "svm_type c_svc\nkernel_type linear\nnr_class 2\ntotal_sv 1\n"
                           "rho 0.1\nlabel 1 2\nnr_sv 1 0\nSV\n%s 1:%s\n",
                           where ? "0.25" : n->text, where ? n->text : "0.75");
        ck_assert_msg((st_svm_text_check(text, (size_t)len, &err) == ST_OK) == n->ok,
                      "%s as %s: %s", n->text, where ? "value" : "coefficient", err.text);
    }
}
END_TEST

Suite *st_suite_model(void)
{
    Suite *s = suite_create("model");
    TCase *tc = tcase_create("model");
    tcase_set_timeout(tc, 300);
    tcase_add_checked_fixture(tc, st_test_fx_setup, st_test_fx_teardown);
    tcase_add_test(tc, vectors_are_sorted_and_bounded);
    tcase_add_test(tc, lexicon_first_word_bounds);
    tcase_add_test(tc, sentiment_rules);
    tcase_add_test(tc, invalid_utf8_is_an_error);
    tcase_add_test(tc, idf_terms_are_the_hashed_ngrams);
    tcase_add_test(tc, fast_path_matches_libsvm);
    tcase_add_loop_test(tc, bad_model_files, 0, sizeof bad_models / sizeof *bad_models);
    tcase_add_loop_test(tc, small_models_load, 0, 2);
    tcase_add_loop_test(tc, lean_load_checks_the_sentiment_kernel, 0, 2);
    tcase_add_loop_test(tc, sv_numbers_checked_like_strtod, 0,
                        sizeof sv_numbers / sizeof *sv_numbers);
    tcase_add_test(tc, train_is_deterministic_and_classify_uses_it);
    tcase_add_test(tc, train_without_sentiment_labels);
    tcase_add_test(tc, pooled_rows_are_group_means);
    tcase_add_test(tc, train_with_pooled_statements);
    tcase_add_test(tc, train_one_pool_matches_grid_schedule);
    tcase_add_test(tc, platt_decisions_vote_like_svm_predict);
    suite_add_tcase(s, tc);
    return s;
}
