/* pooling.h - statements labelled apart from our audit, entered into
 * training as the means of small groups (pooling.c). */
#ifndef ST_POOLING_H
#define ST_POOLING_H

#include <stddef.h>

#include "../core/error.h"
#include "dataset.h"

struct svm_node;

/* Training rows built from a dataset: row i is x[i] (libsvm nodes,
 * terminated by index -1) with class y[i]. */
typedef struct st_pooled {
    struct svm_node **x;
    double *y;
    size_t n;
    size_t statements;      /* how many labelled statements went into them */
} st_pooled;

/* Rows for target (0 stance, 1 sentiment; st_example_class) from d's
 * labelled statements: each class's statements ordered by the SHA-256 of
 * their id and cut into runs of `group`, each run one row, the mean of
 * its feature vectors (the last run of a class may be shorter).  group 0
 * builds no rows.  Free with st_pooled_free, also after an error. */
int st_pooled_build(st_pooled *out, const st_dataset *d, int target, size_t group,
                    st_error *err);
void st_pooled_free(st_pooled *p);

#endif
