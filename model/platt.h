/* platt.h - probability estimates for a 3-class libsvm model, fitted on
 * the decision values of our own cross-validation (platt.c). */
#ifndef ST_PLATT_H
#define ST_PLATT_H

#include <stddef.h>

#include "../core/error.h"

struct svm_model;
struct svm_node;

#define ST_NPAIRS 3

/* One sigmoid per class pair, P(x | pair) = 1 / (1 + exp(a f + b)), for
 * the pairs (1,2), (1,3), (2,3) of class labels, f positive toward the
 * smaller label. */
typedef struct st_platt {
    double a[ST_NPAIRS], b[ST_NPAIRS];
} st_platt;

/* x's decision values under m, one per label pair in the order above and
 * oriented toward the smaller label, whatever m's own class order.
 * Returns the label svm_predict gives x (the same vote over the same
 * values), so a caller needs no second pass over the support vectors. */
int st_platt_decisions(const struct svm_model *m, const struct svm_node *x,
                       double out[ST_NPAIRS]);

/* Fits the three sigmoids from n examples: dec[3 i .. 3 i + 2] as
 * st_platt_decisions gives them, cls[i] the example's class 1..3 (0: left
 * out).  Platt's method as improved by Lin, Lin and Weng (2007), the one
 * libsvm uses. */
int st_platt_fit(const double *dec, const int *cls, size_t n, st_platt *out, st_error *err);

/* Gives m probability estimates: probA/probB in m's own pair order, so
 * that svm_predict_probability and svm_save_model use them. */
int st_platt_attach(struct svm_model *m, const st_platt *p, st_error *err);

#endif
