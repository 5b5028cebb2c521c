/* extract_bench.c - quote extraction throughput on a large corpus.
 *
 *     build/bench/extract_bench [GOLD.jsonl] [MEGABYTES]
 *
 * Scales the team's annotated articles to MEGABYTES (default 64) of text
 * and prints MB/s of UTF-8 text through decode + extraction + attribution
 * on one thread. */
#include "../features/quotes.h"

#include <jansson.h>
#include "../core/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int main(int argc, char **argv)
{
    const char *gold = argc > 1 ? argv[1] : "training-data/articles/gold.jsonl";
    double mb = argc > 2 ? atof(argv[2]) : 64;
    FILE *fp = fopen(gold, "r");
    char line[1 << 16];
    char *texts[256];
    size_t lens[256], n = 0, i, bytes = 0, quotes = 0, articles = 0;
    double t0, t;

    if (!fp) {
        perror(gold);
        return 1;
    }
    while (n < 256 && fgets(line, sizeof line, fp)) {
        json_error_t je;
        json_t *o = json_loads(line, 0, &je);
        const char *s = json_string_value(json_object_get(o, "text"));
        if (s) {
            texts[n] = strdup(s);
            lens[n] = strlen(s);
            n++;
        }
        json_decref(o);
    }
    fclose(fp);
    if (n == 0) {
        fprintf(stderr, "extract_bench: no articles in %s\n", gold);
        return 1;
    }
    t0 = (st_clock_ns() / 1e9);
    for (i = 0; (double)bytes < mb * 1e6; i++) {
        st_text t1;
        st_quotes qs = { NULL, 0, 0 };
        st_error err;
        size_t k = i % n;
        if (st_text_decode(&t1, texts[k], lens[k], &err) || st_quotes_extract(&t1, &qs, &err)) {
            fprintf(stderr, "extract_bench: %s\n", err.text);
            return 1;
        }
        quotes += qs.n;
        bytes += lens[k];
        articles++;
        st_quotes_free(&qs);
        st_text_free(&t1);
    }
    t = (st_clock_ns() / 1e9) - t0;
    printf("extraction: %zu articles, %.1f MB of text, %zu quotes in %.2f s: %.1f MB/s, "
           "%.0f articles/s (one thread)\n", articles, bytes / 1e6, quotes, t, bytes / 1e6 / t,
           articles / t);
    for (i = 0; i < n; i++)
        free(texts[i]);
    return 0;
}
