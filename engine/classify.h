/* classify.h - one article through the whole pipeline: extract, featurize,
 * predict, and the result JSON that `stance classify` prints and the
 * daemon publishes (docs/protocol.md). */
#ifndef ST_CLASSIFY_H
#define ST_CLASSIFY_H

#include <jansson.h>

#include "../core/error.h"
#include "../features/featurize.h"
#include "../model/model.h"
#include "article.h"

/* Per-stage time in nanoseconds, accumulated when non-NULL (bench/). */
typedef struct st_stage_times {
    unsigned long long extract, features, predict;
} st_stage_times;

/* Returns the result object for a (parsed) article, or NULL with err set.
 * The model is only read: many threads may share it. */
json_t *st_classify_article(const st_features *fx, const st_model *m, const st_article *a,
                            st_stage_times *times, st_error *err);

#endif
