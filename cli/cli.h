/* cli.h - the subcommands of the `stance` tool and what they share. */
#ifndef ST_CLI_H
#define ST_CLI_H

#include <jansson.h>
#include <stddef.h>

#include "../core/util.h"
#include "../engine/article.h"
#include "../features/featurize.h"
#include "../model/model.h"

extern const char *st_prog;     /* "stance", for messages */

int st_cmd_quotes(int argc, char **argv);
int st_cmd_classify(int argc, char **argv);
int st_cmd_train(int argc, char **argv);
int st_cmd_eval(int argc, char **argv);
int st_cmd_send(int argc, char **argv);
int st_cmd_tail(int argc, char **argv);
int st_cmd_stats(int argc, char **argv);
int st_cmd_reload(int argc, char **argv);
int st_cmd_proxy(int argc, char **argv);


/* Initialises the feature extractor and loads the model at path (NULL:
 * the default), printing the reason on failure.  Returns 0 or -1. */
int st_cli_load_model(st_features *fx, st_model *m, const char *path);

/* Turns one parsed article into the JSON line to print, or NULL with err. */
typedef json_t *(*st_article_fn)(const st_article *a, void *ctx, st_error *err);

/* Runs fn over every JSONL article of files (stdin when nfiles is 0).
 * Returns 1 if any line failed, else 0. */
int st_cli_articles(char **files, int nfiles, size_t max, st_article_fn fn, void *ctx);

#endif
