/* dataset.h - labelled statements for training and evaluation, and the
 * scores computed over them (confusion matrix, P/R/F1, macro-F1). */
#ifndef ST_DATASET_H
#define ST_DATASET_H

#include <stdio.h>

#include "../core/error.h"
#include "../features/featurize.h"
#include "model.h"

typedef struct st_example {
    char *id;
    st_fvec x;
    int stance;             /* enum st_stance */
    int dev;                /* 1 in the dev split */
    int sentiment_gold;     /* -1/0/1, or 2 when unlabelled */
    double sentiment;       /* the computed score */
} st_example;

typedef struct st_dataset {
    st_example *v;
    size_t n, cap;
    char sha256[65];        /* of the file's bytes */
} st_dataset;

/* Reads JSONL statements {"id", "text", "context"?, "stance" | "label",
 * "sentiment"?, "split"?} and featurizes them.  A bad line is an error
 * naming file and line. */
int st_dataset_load(st_dataset *d, const char *path, const st_features *fx, st_error *err);
void st_dataset_free(st_dataset *d);

/* The same over several files (their bytes hashed together, in order). */
int st_dataset_load_files(st_dataset *d, const char *const *paths, size_t n,
                          const st_features *fx, st_error *err);

typedef struct st_confusion {
    long m[ST_NCLASS + 1][ST_NCLASS + 1];   /* [gold][predicted], by enum st_stance */
} st_confusion;

typedef struct st_metrics {
    double precision[ST_NCLASS + 1], recall[ST_NCLASS + 1], f1[ST_NCLASS + 1];
    double macro_f1, accuracy;
    long n;
} st_metrics;

void st_metrics_of(const st_confusion *c, st_metrics *out);
void st_metrics_print(FILE *fp, const char *title, const st_confusion *c);
/* The same with the classes named by name(1..3), e.g. st_sentiment_class_name. */
void st_metrics_print_as(FILE *fp, const char *title, const st_confusion *c,
                         const char *(*name)(int));

/* The example's sentiment label as the sentiment head's class (enum
 * st_sentiment_class), 0 when it has none. */
static inline int st_example_sentiment_class(const st_example *e)
{
    return e->sentiment_gold == 1    ? ST_SENT_POSITIVE
           : e->sentiment_gold == -1 ? ST_SENT_NEGATIVE
           : e->sentiment_gold == 0  ? ST_SENT_NEUTRAL
                                     : 0;
}

/* An order for examples that does not depend on file order: the first
 * 16 hex digits of SHA-256(salt, then id) into key[17]. */
void st_example_key(const char *salt, const char *id, char key[17]);

/* The example's class for a model: its stance for target 0, its
 * sentiment class for target 1 (the sentiment head); 0 when it has none. */
static inline int st_example_class(const st_example *e, int target)
{
    return target ? st_example_sentiment_class(e) : e->stance;
}

#endif
