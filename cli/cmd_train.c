/* cmd_train.c - `stance train` and `stance eval`. */
#include "cli.h"
#include "../model/dataset.h"
#include "../model/model.h"
#include "../model/train.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Reads "key = value" lines of a hyperparameter file into o. */
static int read_params(const char *path, st_train_opts *o)
{
    FILE *fp = fopen(path, "r");
    char line[256];
    if (!fp) {
        fprintf(stderr, "%s train: %s: cannot open\n", st_prog, path);
        return -1;
    }
    while (fgets(line, sizeof line, fp)) {
        char key[64], val[64];
        if (line[0] == '#' || sscanf(line, " %63[a-zA-Z_] = %63s", key, val) != 2)
            continue;
        if (!strcmp(key, "kernel"))
            o->kernel = !strcmp(val, "rbf") ? ST_KERNEL_RBF : ST_KERNEL_LINEAR;
        else if (!strcmp(key, "C"))
            o->c = atof(val);
        else if (!strcmp(key, "sentiment_C"))
            o->sentiment_c = atof(val);
        else if (!strcmp(key, "stance_pool"))
            o->stance_pool = strtoul(val, NULL, 10);
        else if (!strcmp(key, "sentiment_pool"))
            o->sentiment_pool = strtoul(val, NULL, 10);
        else if (!strcmp(key, "gamma"))
            o->gamma = atof(val);
        else if (!strcmp(key, "folds"))
            o->folds = atoi(val);
        else if (!strcmp(key, "seed"))
            o->seed = (unsigned)strtoul(val, NULL, 10);
    }
    fclose(fp);
    return 0;
}

int st_cmd_train(int argc, char **argv)
{
    static const struct option opts[] = {
        { "data", required_argument, NULL, 'd' }, { "out", required_argument, NULL, 'o' },
        { "kernel", required_argument, NULL, 'k' }, { "folds", required_argument, NULL, 'f' },
        { "grid", no_argument, NULL, 'g' }, { "seed", required_argument, NULL, 's' },
        { "report", required_argument, NULL, 'r' }, { "params", required_argument, NULL, 'p' },
        { "c", required_argument, NULL, 'C' }, { "gamma", required_argument, NULL, 'G' },
        { "threads", required_argument, NULL, 't' }, { "help", no_argument, NULL, 'h' },
        { "sentiment-c", required_argument, NULL, 'S' },
        { "pooled", required_argument, NULL, 'P' },
        { "stance-pool", required_argument, NULL, 'A' },
        { "sentiment-pool", required_argument, NULL, 'B' },
        { NULL, 0, NULL, 0 },
    };
    st_train_opts o;
    st_features fx;
    st_error err;
    char data[1024], extra[1024], pooled[1024];
    const char *dir = "training-data";
    int c, rc;

    memset(&o, 0, sizeof o);
    o.out = "model/stance.model";
    o.folds = 5;
    o.seed = 1;
    o.c = 1;
    o.gamma = 0.5;
    o.sentiment_c = 1;
    o.threads = (int)sysconf(_SC_NPROCESSORS_ONLN);
    o.progress = isatty(STDERR_FILENO);
    optind = 1;
    while ((c = getopt_long(argc, argv, "d:o:k:f:gs:r:p:C:G:S:P:A:B:t:h", opts, NULL)) != -1) {
        switch (c) {
        case 'd': dir = optarg; break;
        case 'o': o.out = optarg; break;
        case 'k':
            if (!strcmp(optarg, "linear")) o.kernel = ST_KERNEL_LINEAR;
            else if (!strcmp(optarg, "rbf")) o.kernel = ST_KERNEL_RBF;
            else { fprintf(stderr, "%s train: --kernel linear|rbf\n", st_prog); return 2; }
            break;
        case 'f': o.folds = atoi(optarg); break;
        case 'g': o.grid = 1; break;
        case 's': o.seed = (unsigned)strtoul(optarg, NULL, 10); break;
        case 'r': o.report = optarg; break;
        case 'p': if (read_params(optarg, &o)) return 2; break;
        case 'C': o.c = atof(optarg); break;
        case 'G': o.gamma = atof(optarg); break;
        case 'S': o.sentiment_c = atof(optarg); break;
        case 'P': o.pooled = optarg; break;
        case 'A': o.stance_pool = strtoul(optarg, NULL, 10); break;
        case 'B': o.sentiment_pool = strtoul(optarg, NULL, 10); break;
        case 't': o.threads = atoi(optarg); break;
        case 'h':
            printf("usage: stance train [--data DIR] [--out FILE] [--kernel linear|rbf]\n"
                   "                    [--folds K] [--grid] [--seed N] [--report FILE.svg]\n"
                   "                    [--params FILE] [--c C] [--gamma G] [--threads N]\n"
                   "                    [--sentiment-c C] [--pooled FILE]\n"
                   "                    [--stance-pool N] [--sentiment-pool N]\n"
                   "Trains on DIR/statements.jsonl (train split) and DIR/articles/statements.jsonl\n"
                   "when present, cross-validates, scores the\n"
                   "dev split, and writes FILE, FILE.sentiment (the sentiment head, a linear\n"
                   "model of the sentiment labels; --sentiment-c 0 leaves it out) and FILE.json\n"
                   "atomically.  --grid searches C (and gamma for rbf) by CV, and the\n"
                   "sentiment head's C; without --kernel it tries both kernels.\n"
                   "--stance-pool N and --sentiment-pool N (default 0: none) add the statements\n"
                   "of --pooled FILE (default DIR/articles/eval/statements.jsonl) to that model\n"
                   "as the means of groups of N same-label statements, never scored.\n");
            return 0;
        default:
            return 2;
        }
    }
    if (o.folds < 2 || o.folds > 20 || o.c <= 0 || o.gamma <= 0 || o.sentiment_c < 0 ||
        o.stance_pool > 1000 || o.sentiment_pool > 1000) {
        fprintf(stderr, "%s train: need 2 <= --folds <= 20, --c > 0, --gamma > 0, "
                "--sentiment-c >= 0, 0 <= --stance-pool, --sentiment-pool <= 1000\n", st_prog);
        return 2;
    }
    if (o.pooled && !o.stance_pool && !o.sentiment_pool) {
        fprintf(stderr, "%s train: --pooled %s is used only with --stance-pool N or "
                "--sentiment-pool N (N > 0)\n", st_prog, o.pooled);
        return 2;
    }
    /* DIR/statements.jsonl, and the annotated articles' statements when
     * present (train split only, by construction). */
    snprintf(data, sizeof data, "%s/statements.jsonl", dir);
    snprintf(extra, sizeof extra, "%s/articles/statements.jsonl", dir);
    o.data[o.ndata++] = data;
    if (access(extra, R_OK) == 0)
        o.data[o.ndata++] = extra;
    if (!o.pooled && (o.stance_pool || o.sentiment_pool)) {
        snprintf(pooled, sizeof pooled, "%s/articles/eval/statements.jsonl", dir);
        o.pooled = pooled;
    }
    if (st_features_init(&fx, &err) != ST_OK) {
        fprintf(stderr, "%s train: %s\n", st_prog, err.text);
        return 1;
    }
    rc = st_train_run(&o, &fx, stdout, &err);
    st_features_finalise(&fx);
    if (rc != ST_OK) {
        fprintf(stderr, "%s train: %s\n", st_prog, err.text);
        return 1;
    }
    return 0;
}

int st_cli_load_model(st_features *fx, st_model *m, const char *path)
{
    st_error err;
    char buf[1024];
    if (!path)
        path = st_model_default_path(buf, sizeof buf);
    if (st_features_init(fx, &err) != ST_OK) {
        fprintf(stderr, "%s: %s\n", st_prog, err.text);
        return -1;
    }
    /* classify and eval use the fast path only */
    if (st_model_load_lean(m, path, fx->fingerprint, &err) != ST_OK) {
        fprintf(stderr, "%s: cannot use model: %s\n", st_prog, err.text);
        st_features_finalise(fx);
        return -1;
    }
    return 0;
}

int st_cmd_eval(int argc, char **argv)
{
    static const struct option opts[] = {
        { "model", required_argument, NULL, 'm' },
        { "predictions", required_argument, NULL, 'p' },
        { "help", no_argument, NULL, 'h' }, { NULL, 0, NULL, 0 },
    };
    const char *model = NULL, *pred = NULL;
    st_features fx;
    st_model m;
    st_dataset d;
    st_error err;
    st_confusion conf;
    FILE *out = NULL;
    size_t i, sent_n = 0, sent_ok = 0, rules_ok = 0;
    int head = 0;
    int c;

    optind = 1;
    while ((c = getopt_long(argc, argv, "m:p:h", opts, NULL)) != -1) {
        switch (c) {
        case 'm': model = optarg; break;
        case 'p': pred = optarg; break;
        case 'h':
            printf("usage: stance eval [--model FILE] FILE.jsonl [--predictions OUT.jsonl]\n"
                   "Scores labelled statements {\"id\",\"text\",\"context\"?,\"stance\"|\"label\"}.\n");
            return 0;
        default:
            return 2;
        }
    }
    if (optind + 1 != argc) {
        fprintf(stderr, "%s eval: need exactly one FILE.jsonl\n", st_prog);
        return 2;
    }
    if (st_cli_load_model(&fx, &m, model))
        return 1;
    if (st_dataset_load(&d, argv[optind], &fx, &err) != ST_OK) {
        fprintf(stderr, "%s eval: %s\n", st_prog, err.text);
        st_model_free(&m);
        st_features_finalise(&fx);
        return 1;
    }
    if (pred && !(out = fopen(pred, "w"))) {
        fprintf(stderr, "%s eval: %s: cannot write\n", st_prog, pred);
        st_dataset_free(&d);
        st_model_free(&m);
        st_features_finalise(&fx);
        return 1;
    }
    memset(&conf, 0, sizeof conf);
    for (i = 0; i < d.n; i++) {
        st_prediction pr;
        st_model_predict(&m, &d.v[i].x, &pr, NULL);
        conf.m[d.v[i].stance][pr.stance]++;
        head = pr.has_sentiment;
        if (st_example_sentiment_class(&d.v[i])) {
            int gold = st_example_sentiment_class(&d.v[i]);
            int rules = st_sentiment_class_parse(st_sentiment_label(d.v[i].sentiment));
            sent_n++;
            rules_ok += rules == gold;
            sent_ok += (pr.has_sentiment ? pr.sentiment_class : rules) == gold;
        }
        if (out) {
            double sentiment = pr.has_sentiment ? pr.sentiment : d.v[i].sentiment;
            const char *label = pr.has_sentiment ? st_sentiment_class_name(pr.sentiment_class)
                                                 : st_sentiment_label(d.v[i].sentiment);
            json_t *o = json_pack("{s:s, s:s, s:{s:f, s:f, s:f}, s:f, s:s}", "id", d.v[i].id,
                                  "stance", st_stance_name(pr.stance), "probabilities",
                                  "conciliatory", pr.prob[1], "adversarial", pr.prob[2],
                                  "neutral", pr.prob[3], "sentiment", sentiment,
                                  "sentiment_label", label);
            char *line = o ? json_dumps(o, JSON_COMPACT) : NULL;
            if (line)
                fprintf(out, "%s\n", line);
            free(line);
            json_decref(o);
        }
    }
    printf("model %s\n", m.id);
    st_metrics_print(stdout, argv[optind], &conf);
    if (sent_n && head)
        printf("sentiment 3-way accuracy %.3f (%zu statements; the sentiment head's label); "
               "the rules score alone %.3f (thresholds %+.2f/%+.2f)\n",
               (double)sent_ok / (double)sent_n, sent_n, (double)rules_ok / (double)sent_n,
               ST_SENTIMENT_NEG, ST_SENTIMENT_POS);
    else if (sent_n)
        printf("sentiment 3-way accuracy %.3f (%zu statements; thresholds %+.2f/%+.2f)\n",
               (double)sent_ok / (double)sent_n, sent_n, ST_SENTIMENT_NEG, ST_SENTIMENT_POS);
    if (out)
        fclose(out);
    st_dataset_free(&d);
    st_model_free(&m);
    st_features_finalise(&fx);
    return 0;
}
