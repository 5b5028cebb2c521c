/* model.h - the stance model: a libsvm model plus its JSON sidecar.
 *
 * st_model_load checks the sidecar (format, feature version and
 * fingerprint), the model file's size and SHA-256, and its text's structure
 * (svmtext.h) BEFORE libsvm reads it: libsvm's loader crashes on truncated
 * input, even one whose checksum was recomputed.  A linear model is then
 * collapsed to one weight vector per class pair, so prediction is a sparse
 * dot product instead of one kernel evaluation per support vector. */
#ifndef ST_MODEL_H
#define ST_MODEL_H

#include <jansson.h>

#include "../core/error.h"
#include "../features/featurize.h"

enum st_stance { ST_STANCE_CONCILIATORY = 1, ST_STANCE_ADVERSARIAL = 2, ST_STANCE_NEUTRAL = 3 };
#define ST_NCLASS 3
#define ST_MODEL_FORMAT "stanced-model/1"

const char *st_stance_name(int stance);
int st_stance_parse(const char *name);     /* 0 when unknown */

struct svm_model;

/* The sentiment head's classes, as libsvm labels. */
enum st_sentiment_class { ST_SENT_POSITIVE = 1, ST_SENT_NEGATIVE = 2, ST_SENT_NEUTRAL = 3 };
const char *st_sentiment_class_name(int c);
int st_sentiment_class_parse(const char *name);     /* 0 when unknown */

/* One 3-class libsvm model and the numbers its fast path needs. */
typedef struct st_head {
    int present;                /* the head was loaded (svm may since be released) */
    struct svm_model *svm;      /* NULL after st_model_release_libsvm */
    int label[ST_NCLASS];       /* libsvm's class order -> class 1..3 */
    double rho[ST_NCLASS];
    double prob_a[ST_NCLASS], prob_b[ST_NCLASS];
    int has_prob;
} st_head;

/* Both heads' weights of one feature share a 64-byte cache line: the
 * stance pairs at 0..2, the sentiment pairs at 4..6 (model.c). */
#define ST_W_STRIDE 8
#define ST_W_SENTIMENT 4

typedef struct st_model {
    struct svm_model *svm;      /* the stance head's model (== stance.svm) */
    st_head stance;
    st_head sentiment;          /* .present 0: no sentiment head, the rules score */
    json_t *sidecar;
    char id[48];                /* "stance-" + 12 hex digits of the model's SHA-256 */
    char path[1024];
    int linear;                 /* 1 when the collapsed fast path is in use */
    double *w;                  /* [ST_FX_DIM + 1][ST_W_STRIDE] weights by feature, pair */
} st_model;

typedef struct st_prediction {
    int stance;                         /* enum st_stance */
    double prob[ST_NCLASS + 1];         /* by enum st_stance; [0] unused */
    double dec[ST_NCLASS];              /* decision values, libsvm pair order */
    /* Filled when the model has a sentiment head: */
    int has_sentiment;
    int sentiment_class;                /* enum st_sentiment_class, the likeliest */
    double sentiment_prob[ST_NCLASS + 1];
    double sentiment_dec[ST_NCLASS];
    double sentiment;                   /* P(positive) - P(negative), in [-1, 1] */
} st_prediction;

/* Loads path and path.json, and the sentiment head the sidecar names
 * (its "sentiment" object) when there is one.  fingerprint is the running
 * feature extractor's; a mismatch is an error naming both. */
int st_model_load(st_model *m, const char *path, const char *fingerprint, st_error *err);

/* The same checks, for a model that will only predict: a linear head is
 * collapsed as soon as it is read and its libsvm model freed before the
 * next head is read, so loading never holds both heads' support vectors
 * with the weight table (the daemon's peak memory).  A model that is not
 * linear loads as with st_model_load.  When the sidecar calls the
 * sentiment head linear and its file is not, the load fails. */
int st_model_load_lean(st_model *m, const char *path, const char *fingerprint, st_error *err);
void st_model_free(st_model *m);

/* Frees libsvm's own copies of the models once the collapsed weights
 * serve every prediction (a linear model): they hold every support vector
 * and are only needed for st_model_predict_libsvm, which then fails.
 * (st_model_load_lean leaves nothing for it to release.)  Returns 1 when
 * released or already released, 0 when the model is not linear. */
int st_model_release_libsvm(st_model *m);

/* Predicts with the fast path when linear, else through libsvm. */
int st_model_predict(const st_model *m, const st_fvec *x, st_prediction *p, st_error *err);

/* Always through libsvm's svm_predict_values / svm_predict_probability:
 * the reference the fast path is tested against.  ST_ERR_MODEL after
 * st_model_release_libsvm. */
int st_model_predict_libsvm(const st_model *m, const st_fvec *x, st_prediction *p,
                            st_error *err);

/* x as libsvm's node array (index -1 terminated); malloc'd, NULL when out
 * of memory. */
struct svm_node;
struct svm_node *st_model_nodes(const st_fvec *x);

/* The model path used when no --model is given: $STANCED_MODEL, then the
 * installed model, then model/stance.model beside the source tree the
 * running binary was built in.  Writes into buf. */
const char *st_model_default_path(char *buf, size_t size);

#endif
