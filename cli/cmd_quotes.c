/* cmd_quotes.c - `stance quotes`: JSONL articles in, statements out. */
#include "cli.h"
#include "jsonl.h"
#include "../engine/article.h"
#include "../engine/result.h"
#include "../features/quotes.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int quotes_line(const char *name, size_t lineno, const char *buf, size_t len,
                       size_t max)
{
    st_article a;
    st_error err;
    const char *reason = NULL;
    char *id = NULL;
    st_quotes qs = { NULL, 0, 0 };
    json_t *out, *arr;
    char *line;

    if (st_article_parse(&a, buf, len, max, &reason, &id, &err) != ST_OK) {
        fprintf(stderr, "%s:%zu: %s%s%s%s (%s)\n", name, lineno, id ? "article " : "",
                id ? id : "", id ? ": " : "", err.text, reason);
        free(id);
        return 1;
    }
    free(id);
    if (st_quotes_extract(&a.text, &qs, &err) != ST_OK) {
        fprintf(stderr, "%s:%zu: %s\n", name, lineno, err.text);
        st_article_free(&a);
        return 1;
    }
    arr = st_result_quotes(&a.text, &qs);
    out = json_object();
    if (!arr || !out || json_object_set_new(out, "id", a.id ? json_string(a.id) : json_null()) ||
        json_object_set_new(out, "quotes", arr)) {
        fprintf(stderr, "%s:%zu: out of memory\n", name, lineno);
        json_decref(out);
        st_quotes_free(&qs);
        st_article_free(&a);
        return 1;
    }
    line = json_dumps(out, JSON_COMPACT);
    if (line) {
        fputs(line, stdout);
        fputc('\n', stdout);
        free(line);
    }
    json_decref(out);
    st_quotes_free(&qs);
    st_article_free(&a);
    return line ? 0 : 1;
}

static int quotes_stream(FILE *fp, const char *name, size_t max)
{
    st_jsonl r;
    size_t len;
    int rc, failed = 0;

    st_jsonl_init(&r, fp, name, max);
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
        failed |= quotes_line(name, r.lineno, r.buf, len, max);
    }
    st_jsonl_free(&r);
    return failed;
}

int st_cmd_quotes(int argc, char **argv)
{
    static const struct option opts[] = {
        { "max-bytes", required_argument, NULL, 'm' },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    size_t max = ST_ARTICLE_DEFAULT_MAX;
    int c, i, failed = 0;

    optind = 1;
    while ((c = getopt_long(argc, argv, "m:h", opts, NULL)) != -1) {
        switch (c) {
        case 'm':
            if (st_parse_size(optarg, &max)) {
                fprintf(stderr, "%s quotes: bad --max-bytes '%s'\n", st_prog, optarg);
                return 2;
            }
            break;
        case 'h':
            printf("usage: stance quotes [--max-bytes N] [FILE...]\n"
                   "Reads JSONL articles {\"id\", \"title\"?, \"text\"} (stdin when no FILE)\n"
                   "and writes {\"id\", \"quotes\": [...]} a line.  Bad lines are reported\n"
                   "on stderr with their line number; exit status 1 if any failed.\n");
            return 0;
        default:
            return 2;
        }
    }
    if (optind >= argc)
        return quotes_stream(stdin, "-", max);
    for (i = optind; i < argc; i++) {
        FILE *fp = strcmp(argv[i], "-") == 0 ? stdin : fopen(argv[i], "r");
        if (!fp) {
            fprintf(stderr, "%s quotes: %s: %s\n", st_prog, argv[i], strerror(errno));
            failed = 1;
            continue;
        }
        failed |= quotes_stream(fp, argv[i], max);
        if (fp != stdin)
            fclose(fp);
    }
    return failed;
}
