/* svmtext.h - strict validation of a libsvm model file's text before
 * svm_load_model reads it (libsvm's loader crashes on a cut-off file and
 * reads stray bytes as numbers). */
#ifndef ST_SVMTEXT_H
#define ST_SVMTEXT_H

#include "../core/error.h"

/* ST_OK when path is a complete C-SVC model with nr_class classes as
 * libsvm writes it; else ST_ERR_MODEL with the line and the reason. */
int st_svm_text_check(const char *path, int nr_class, st_error *err);

#endif
