/* reflow.h - paragraphs as the text meant them: line wraps read as
 * spaces, paragraphs run together split again.
 *
 * Plain-text wire copy, press releases sent as e-mail and some feeds break
 * every line at a fixed width inside a paragraph; other feeds strip every
 * newline.  The quote extractor reads a newline as the end of a
 * paragraph, so it asks this module first (reflow.c says how it decides). */
#ifndef ST_REFLOW_H
#define ST_REFLOW_H

#include "../core/error.h"
#include "../core/text.h"

/* Lines longer than this many code points are never a wrapped text's lines. */
#define ST_REFLOW_MAX_WIDTH 100

/* When t is hard-wrapped, or has a line of paragraphs run together,
 * fills out with a copy of t whose line wraps (and a carriage return
 * before one) are spaces, or whose run-together paragraphs are split at
 * a newline, and returns 1; every other code point is kept, so an offset
 * into out is the same offset into t.  Returns 0, out untouched, when t
 * needs neither, and -1 with err set when the copy cannot be allocated.
 * The caller frees out with st_text_free. */
int st_reflow(const st_text *t, st_text *out, st_error *err);

#endif
