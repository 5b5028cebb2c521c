/* idf_terms.c - data tool: the n-gram terms of every train-split statement.
 *
 *     idf_terms FILE.jsonl...
 *
 * Prints one line per statement whose "split" is not "dev": its text-block
 * n-gram terms (st_features_terms: words, not_-words, bigrams "a b"),
 * TAB-separated, repeats included.  tools/idf_build.py counts them into
 * features/lexicons/ngram_idf.txt (`make idf`).  Exit 1 on a bad file. */
#include "../features/featurize.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int print_term(const char *term, size_t len, void *arg)
{
    int *first = arg;
    if (!*first)
        putchar('\t');
    *first = 0;
    fwrite(term, 1, len, stdout);
    return 0;
}

static int one_file(const st_features *fx, const char *path)
{
    FILE *fp = fopen(path, "rb");
    char *line = NULL;
    size_t cap = 0, lineno = 0;
    ssize_t len;
    int rc = 0;
    if (!fp) {
        perror(path);
        return 1;
    }
    while (rc == 0 && (len = getline(&line, &cap, fp)) != -1) {
        json_error_t je;
        json_t *o;
        const char *split;
        st_statement s;
        st_error err;
        int first = 1;
        lineno++;
        if (strspn(line, " \t\r\n") == (size_t)len)
            continue;
        o = json_loadb(line, (size_t)len, 0, &je);
        s.text = json_string_value(json_object_get(o, "text"));
        s.context = json_string_value(json_object_get(o, "context"));
        split = json_string_value(json_object_get(o, "split"));
        if (!s.text) {
            fprintf(stderr, "%s:%zu: need a string \"text\"\n", path, lineno);
            rc = 1;
        } else if (!split || strcmp(split, "dev") != 0) {
            if (st_features_terms(fx, &s, print_term, &first, &err) != ST_OK) {
                fprintf(stderr, "%s:%zu: %s\n", path, lineno, err.text);
                rc = 1;
            }
            putchar('\n');
        }
        json_decref(o);
    }
    free(line);
    fclose(fp);
    return rc;
}

int main(int argc, char **argv)
{
    st_features fx;
    st_error err;
    int i, rc = 0;
    if (argc < 2) {
        fprintf(stderr, "usage: idf_terms FILE.jsonl...\n");
        return 2;
    }
    if (st_features_init(&fx, &err) != ST_OK) {
        fprintf(stderr, "idf_terms: %s\n", err.text);
        return 1;
    }
    for (i = 1; i < argc && rc == 0; i++)
        rc = one_file(&fx, argv[i]);
    st_features_finalise(&fx);
    return rc;
}
