/* cmd_quotes.c - `stance quotes` and `stance classify`: articles in, one
 * JSON line out per article. */
#include "cli.h"
#include "../engine/classify.h"
#include "../engine/result.h"
#include "../features/quotes.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int quotes_of(const st_article *a, void *ctx, st_jw *out, st_error *err)
{
    st_quotes qs = { NULL, 0, 0 };
    int rc;
    (void)ctx;
    if ((rc = st_quotes_extract(&a->text, &qs, err)) != ST_OK)
        return rc;
    st_result_quotes(out, a->id, &a->text, &qs);
    st_quotes_free(&qs);
    return ST_OK;
}

typedef struct classify_ctx {
    st_features fx;
    st_model model;
    st_classified result;       /* reused from article to article */
} classify_ctx;

static int classify_one(const st_article *a, void *ctx, st_jw *out, st_error *err)
{
    classify_ctx *c = ctx;
    int rc = st_classify_article(&c->fx, &c->model, a, NULL, &c->result, err);
    if (rc == ST_OK)
        st_jw_raw(out, c->result.json.buf, c->result.json.len);
    return rc;
}

/* Shared option parsing: --max-bytes, and --model for classify. */
static int run(int argc, char **argv, int classify)
{
    static const struct option opts[] = {
        { "max-bytes", required_argument, NULL, 'b' },
        { "model", required_argument, NULL, 'm' },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    size_t max = ST_ARTICLE_DEFAULT_MAX;
    const char *model = NULL;
    classify_ctx ctx;
    int c, rc;

    optind = 1;
    while ((c = getopt_long(argc, argv, "b:m:h", opts, NULL)) != -1) {
        switch (c) {
        case 'b':
            if (st_parse_size(optarg, &max)) {
                fprintf(stderr, "%s: bad --max-bytes '%s'\n", st_prog, optarg);
                return 2;
            }
            break;
        case 'm':
            model = optarg;
            break;
        case 'h':
            printf(classify
                   ? "usage: stance classify [--model FILE] [--max-bytes N] [FILE...]\n"
                     "Articles {\"id\",\"title\"?,\"text\"} in, one result a line out:\n"
                     "{\"id\",\"model\",\"quotes\":[... \"stance\",\"probabilities\",\"sentiment\"],\"summary\"}\n"
                   : "usage: stance quotes [--max-bytes N] [FILE...]\n"
                     "Reads JSONL articles {\"id\", \"title\"?, \"text\"} (stdin when no FILE)\n"
                     "and writes {\"id\", \"quotes\": [...]} a line.  Bad lines are reported\n"
                     "on stderr with their line number; exit status 1 if any failed.\n");
            return 0;
        default:
            return 2;
        }
    }
    if (!classify)
        return st_cli_articles(argv + optind, argc - optind, max, quotes_of, NULL);
    if (st_cli_load_model(&ctx.fx, &ctx.model, model))
        return 1;
    st_classified_init(&ctx.result);
    rc = st_cli_articles(argv + optind, argc - optind, max, classify_one, &ctx);
    st_classified_free(&ctx.result);
    st_model_free(&ctx.model);
    st_features_finalise(&ctx.fx);
    return rc;
}

int st_cmd_quotes(int argc, char **argv)
{
    return run(argc, argv, 0);
}

int st_cmd_classify(int argc, char **argv)
{
    return run(argc, argv, 1);
}
