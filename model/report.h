/* report.h - the training report as an SVG picture. */
#ifndef ST_REPORT_H
#define ST_REPORT_H

#include "../core/error.h"
#include "dataset.h"

/* Draws the CV and dev confusion matrices as heatmaps and per-class F1 as
 * bars into path (written atomically). */
int st_report_svg(const char *path, const st_confusion *cv, const st_confusion *dev,
                  st_error *err);

#endif
