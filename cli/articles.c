/* articles.c - the JSONL article loop shared by `quotes` and `classify`:
 * files or stdin, line numbers in every message, a size bound, and exit
 * status 1 when any line failed while the rest are still processed. */
#include "cli.h"
#include "jsonl.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int one_line(const char *name, size_t lineno, const char *buf, size_t len, size_t max,
                    st_article_fn fn, void *ctx, st_jw *out)
{
    st_article a;
    st_error err;
    const char *reason = NULL;
    char *id = NULL;
    int rc;

    if (st_article_parse(&a, buf, len, max, &reason, &id, &err) != ST_OK) {
        fprintf(stderr, "%s:%zu: %s%s%s%s (%s)\n", name, lineno, id ? "article " : "",
                id ? id : "", id ? ": " : "", err.text, reason);
        free(id);
        return 1;
    }
    free(id);
    st_jw_reset(out);
    rc = fn(&a, ctx, out, &err);
    st_article_free(&a);
    if (rc == ST_OK && out->failed)
        rc = st_error_set(&err, ST_ERR_NOMEM, "out of memory");
    if (rc != ST_OK) {
        fprintf(stderr, "%s:%zu: %s\n", name, lineno, err.text);
        return 1;
    }
    ST_JW_LIT(out, "\n");
    if (out->failed || fwrite(out->buf, 1, out->len, stdout) != out->len) {
        fprintf(stderr, "%s:%zu: cannot write the result\n", name, lineno);
        return 1;
    }
    return 0;
}

static int one_stream(FILE *fp, const char *name, size_t max, st_article_fn fn, void *ctx)
{
    st_jsonl r;
    st_jw out;
    size_t len;
    int rc, failed = 0;

    st_jsonl_init(&r, fp, name, max);
    st_jw_init(&out);
    while ((rc = st_jsonl_next(&r, &len)) != ST_JSONL_EOF) {
        if (rc == ST_JSONL_TOOLONG) {
            fprintf(stderr, "%s:%zu: line over the size limit of %zu bytes (too_large)\n",
                    name, r.lineno, max);
            failed = 1;
            continue;
        }
        if (rc < 0) {
            fprintf(stderr, "%s: %s\n", name,
                    rc == ST_JSONL_NOMEM ? "out of memory" : strerror(errno));
            failed = 1;
            break;
        }
        failed |= one_line(name, r.lineno, r.buf, len, max, fn, ctx, &out);
    }
    st_jsonl_free(&r);
    st_jw_free(&out);
    return failed;
}

int st_cli_articles(char **files, int nfiles, size_t max, st_article_fn fn, void *ctx)
{
    int i, failed = 0;
    if (nfiles == 0)
        return one_stream(stdin, "-", max, fn, ctx);
    for (i = 0; i < nfiles; i++) {
        FILE *fp = strcmp(files[i], "-") == 0 ? stdin : fopen(files[i], "r");
        if (!fp) {
            fprintf(stderr, "%s: %s: %s\n", st_prog, files[i], strerror(errno));
            failed = 1;
            continue;
        }
        failed |= one_stream(fp, files[i], max, fn, ctx);
        if (fp != stdin)
            fclose(fp);
    }
    return failed;
}
