/* classify.h - one article through the whole pipeline: extract, featurize,
 * predict, and the result JSON that `stance classify` prints and the
 * daemon publishes (docs/protocol.md). */
#ifndef ST_CLASSIFY_H
#define ST_CLASSIFY_H

#include "../core/error.h"
#include "../core/jsonw.h"
#include "../features/featurize.h"
#include "../model/model.h"
#include "article.h"

/* Per-stage time in nanoseconds, accumulated when non-NULL (bench/). */
typedef struct st_stage_times {
    unsigned long long extract, features, predict;
} st_stage_times;

/* One article's result: its JSON object (docs/protocol.md), and where in
 * it each quote's fields lie, so that the daemon can publish every quote
 * on its own without parsing the JSON again. */
typedef struct st_quote_slice {
    size_t start, end;      /* the quote object's fields, braces excluded */
    int stance;             /* enum st_stance */
} st_quote_slice;

typedef struct st_classified {
    st_jw json;
    st_quote_slice *quote;
    size_t nquotes, cap;
    long counts[ST_NCLASS + 1];     /* quotes by stance */
} st_classified;

void st_classified_init(st_classified *c);
void st_classified_free(st_classified *c);

/* Classifies a (parsed) article into out (emptied first; its memory is
 * reused, so one st_classified serves a stream of articles).  Returns
 * ST_OK, or an error with err set.  The model is only read: many threads
 * may share it. */
int st_classify_article(const st_features *fx, const st_model *m, const st_article *a,
                        st_stage_times *times, st_classified *out, st_error *err);

#endif
