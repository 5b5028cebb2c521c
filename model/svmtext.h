/* svmtext.h - a strict check of a libsvm model file's text before
 * svm_load_model reads it.
 *
 * libsvm 3.24's loader trusts its input: a missing total_sv or nr_class
 * leaves them uninitialised, too few support-vector lines or coefficients
 * make it call strtod(NULL) or write past its node array, and a
 * precomputed kernel reads out of bounds at prediction.  A checksum only
 * proves the file is the one the sidecar describes, not that it is sound,
 * so the loader also requires the text to be what svm_save_model writes. */
#ifndef ST_SVMTEXT_H
#define ST_SVMTEXT_H

#include <stddef.h>

#include "../core/error.h"

/* Returns ST_OK when text (len bytes, need not be NUL-terminated) is a
 * well-formed classification model that libsvm reads without harm: known
 * svm_type, a linear, polynomial, RBF or sigmoid kernel, 2..64 classes,
 * every header key at most once and after nr_class where it depends on
 * it, consistent counts (nr_sv sums to total_sv), then exactly total_sv
 * lines of nr_class-1 finite coefficients and index:value pairs with
 * strictly ascending indices >= 1, and nothing but blank lines after.
 * Else ST_ERR_MODEL with the line and what is wrong. */
int st_svm_text_check(const char *text, size_t len, st_error *err);

#endif
