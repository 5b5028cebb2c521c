/* classify_bench.c - `stance classify`'s pipeline on one thread, stage by
 * stage, on a JSON Lines corpus held in memory (bench/gen_corpus.py).
 *
 *     build/bench/classify_bench [--model FILE] CORPUS.jsonl [ROUNDS]
 *
 * Times each article's JSON parse (with UTF-8 decoding), quote extraction
 * and attribution, features, prediction, and JSON output (writing the
 * result and the line to /dev/null), and prints articles/s, MB/s of article text
 * and each stage's share.  Reading the file is outside the timing; the
 * end-to-end figure of the real command is bench/run's. */
#include "../core/util.h"
#include "../engine/article.h"
#include "../engine/classify.h"
#include "../features/featurize.h"
#include "../model/model.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct line {
    char *s;
    size_t len;
} line;

static int load_lines(const char *path, line **out, size_t *n)
{
    FILE *fp = fopen(path, "r");
    char *buf = NULL;
    size_t cap = 0, cnt = 0, lcap = 0;
    ssize_t len;
    line *v = NULL;
    if (!fp)
        return -1;
    while ((len = getline(&buf, &cap, fp)) > 0) {
        if (cnt == lcap) {
            line *nv = realloc(v, (lcap = lcap ? lcap * 2 : 1024) * sizeof *v);
            if (!nv)
                return -1;
            v = nv;
        }
        v[cnt].s = malloc((size_t)len + 1);
        if (!v[cnt].s)
            return -1;
        memcpy(v[cnt].s, buf, (size_t)len + 1);
        v[cnt++].len = (size_t)len;
    }
    free(buf);
    fclose(fp);
    *out = v;
    *n = cnt;
    return 0;
}

int main(int argc, char **argv)
{
    const char *model = "model/stance.model", *corpus = NULL;
    int rounds = 1, ai = 1;
    st_features fx;
    st_model m;
    st_error err;
    st_stage_times st = { 0, 0, 0 };
    unsigned long long parse = 0, total = 0, dump = 0, t0, t1, t2;
    size_t n, i, bytes = 0, articles = 0, quotes = 0;
    line *lines;
    st_classified res;
    st_jw line_out;
    FILE *devnull = fopen("/dev/null", "w");

    if (argc > 2 && !strcmp(argv[1], "--model")) {
        model = argv[2];
        ai = 3;
    }
    if (ai >= argc) {
        fprintf(stderr, "usage: classify_bench [--model FILE] CORPUS.jsonl [ROUNDS]\n");
        return 2;
    }
    corpus = argv[ai];
    if (ai + 1 < argc)
        rounds = atoi(argv[ai + 1]) > 0 ? atoi(argv[ai + 1]) : 1;
    if (load_lines(corpus, &lines, &n) || n == 0) {
        fprintf(stderr, "classify_bench: cannot read articles from %s\n", corpus);
        return 1;
    }
    if (st_features_init(&fx, &err) || st_model_load_lean(&m, model, fx.fingerprint, &err)) {
        fprintf(stderr, "classify_bench: %s\n", err.text);
        return 1;
    }
    if (!devnull)
        return 1;
    st_classified_init(&res);
    st_jw_init(&line_out);
    for (int r = 0; r < rounds; r++)
        for (i = 0; i < n; i++) {
            st_article a;
            const char *reason;
            t0 = st_clock_ns();
            if (st_article_parse(&a, lines[i].s, lines[i].len, ST_ARTICLE_DEFAULT_MAX, &reason,
                                 NULL, &err)) {
                fprintf(stderr, "classify_bench: line %zu: %s\n", i + 1, err.text);
                return 1;
            }
            t1 = st_clock_ns();
            if (st_classify_article(&fx, &m, &a, &st, &res, &err)) {
                fprintf(stderr, "classify_bench: line %zu: %s\n", i + 1, err.text);
                return 1;
            }
            t2 = st_clock_ns();
            /* what `stance classify` does with it: one line to stdout */
            st_jw_reset(&line_out);
            st_jw_raw(&line_out, res.json.buf, res.json.len);
            ST_JW_LIT(&line_out, "\n");
            if (line_out.failed || fwrite(line_out.buf, 1, line_out.len, devnull) != line_out.len) {
                fprintf(stderr, "classify_bench: cannot write\n");
                return 1;
            }
            quotes += res.nquotes;
            bytes += a.text_bytes;
            articles++;
            st_article_free(&a);
            parse += t1 - t0;
            total += t2 - t1;
            dump += st_clock_ns() - t2;
        }
    {
        double all = (double)(parse + total + dump);
        unsigned long long output = total - st.extract - st.features - st.predict + dump;
        const char *names[] = { "JSON parse + decode", "extraction", "features", "prediction",
                                "JSON output" };
        unsigned long long v[] = { parse, st.extract, st.features, st.predict, output };
        printf("classify (one thread): %zu articles, %.1f MB of text, %zu quotes in %.2f s: "
               "%.0f articles/s, %.1f MB/s\n", articles, bytes / 1e6, quotes, all / 1e9,
               articles / (all / 1e9), bytes / 1e6 / (all / 1e9));
        for (int k = 0; k < 5; k++)
            printf("  %-20s %8.1f us/article  %5.1f%%\n", names[k],
                   v[k] / 1e3 / (double)articles, 100.0 * (double)v[k] / all);
    }
    for (i = 0; i < n; i++)
        free(lines[i].s);
    free(lines);
    st_classified_free(&res);
    st_jw_free(&line_out);
    fclose(devnull);
    st_model_free(&m);
    return 0;
}
