/* train.h - training the stance model from labelled statements. */
#ifndef ST_TRAIN_H
#define ST_TRAIN_H

#include <stdio.h>

#include "../core/error.h"
#include "../features/featurize.h"

enum st_kernel { ST_KERNEL_AUTO = 0, ST_KERNEL_LINEAR, ST_KERNEL_RBF };

typedef struct st_train_opts {
    const char *data[4];        /* statements JSONL files, the first required */
    size_t ndata;
    const char *out;            /* model path; the sidecar is out + ".json" */
    const char *report;         /* SVG report path, or NULL */
    int kernel;                 /* enum st_kernel; AUTO = chosen by CV with --grid */
    int folds;
    int grid;
    unsigned seed;
    double c, gamma;            /* used without --grid */
    double sentiment_c;         /* the sentiment head's C (a start value with --grid); 0: none */
    const char *pooled;         /* statements JSONL entered in groups (pooling.h), or NULL */
    size_t stance_pool;         /* group sizes for the stance model and the sentiment */
    size_t sentiment_pool;      /* head; 0 leaves pooled out of that model */
    int threads;
    int progress;               /* draw a progress bar on stderr */
} st_train_opts;

/* Runs cross-validation (and the grid when asked), trains the final model
 * with probability estimates on the train split, writes model and sidecar
 * atomically, reloads them and scores the dev split.  Reports go to log. */
int st_train_run(const st_train_opts *o, const st_features *fx, FILE *log, st_error *err);

#endif
