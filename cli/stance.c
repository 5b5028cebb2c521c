/* stance.c - the `stance` command-line tool: subcommand dispatch. */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef ST_VERSION
#define ST_VERSION "0.1.0"
#endif

const char *st_prog = "stance";

static void usage(FILE *to)
{
    fprintf(to,
            "usage: stance COMMAND [OPTIONS] [ARGS]\n"
            "\n"
            "Commands:\n"
            "  quotes [FILE...]     extract quotations and speakers from JSONL articles\n"
            "  classify [FILE...]   quotations with stance, probabilities and sentiment\n"
            "  train                train the model from training-data/\n"
            "  eval FILE            score a model on labelled statements\n"
            "  send ENDPOINT [FILE...]  push JSONL articles to stanced\n"
            "  tail ENDPOINT        print stanced's results as they are published\n"
            "  stats ENDPOINT       stanced's counters and latencies\n"
            "  reload ENDPOINT      make stanced load its model again\n"
            "  keygen [--out PREFIX]  make a CURVE key pair (PREFIX.key, PREFIX.pub)\n"
            "  proxy MODE FRONT BACK  ventilator/collector/sink for many stanced\n"
            "  version              print the version\n"
            "\n"
            "Run 'stance COMMAND --help' for a command's options; see stance(1).\n");
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
        strcmp(argv[1], "help") == 0) {
        usage(stdout);
        return 0;
    }
    if (strcmp(argv[1], "version") == 0 || strcmp(argv[1], "--version") == 0) {
        printf("stance %s\n", ST_VERSION);
        return 0;
    }
    if (strcmp(argv[1], "quotes") == 0)
        return st_cmd_quotes(argc - 1, argv + 1);
    if (strcmp(argv[1], "classify") == 0)
        return st_cmd_classify(argc - 1, argv + 1);
    if (strcmp(argv[1], "train") == 0)
        return st_cmd_train(argc - 1, argv + 1);
    if (strcmp(argv[1], "eval") == 0)
        return st_cmd_eval(argc - 1, argv + 1);
    if (strcmp(argv[1], "send") == 0)
        return st_cmd_send(argc - 1, argv + 1);
    if (strcmp(argv[1], "tail") == 0)
        return st_cmd_tail(argc - 1, argv + 1);
    if (strcmp(argv[1], "stats") == 0)
        return st_cmd_stats(argc - 1, argv + 1);
    if (strcmp(argv[1], "reload") == 0)
        return st_cmd_reload(argc - 1, argv + 1);
    if (strcmp(argv[1], "keygen") == 0)
        return st_cmd_keygen(argc - 1, argv + 1);
    if (strcmp(argv[1], "proxy") == 0)
        return st_cmd_proxy(argc - 1, argv + 1);
    fprintf(stderr, "%s: unknown command '%s'\n", st_prog, argv[1]);
    usage(stderr);
    return 2;
}
