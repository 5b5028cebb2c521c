/* reflow.h - reading the line wraps of hard-wrapped text as spaces.
 *
 * Plain-text wire copy, press releases sent as e-mail and some feeds break
 * every line at a fixed width inside a paragraph.  The quote extractor
 * reads a newline as the end of a paragraph, so it asks this module first
 * which newlines are only line wraps (reflow.c says how it decides). */
#ifndef ST_REFLOW_H
#define ST_REFLOW_H

#include "../core/error.h"
#include "../core/text.h"

/* Lines longer than this many code points are never a wrapped text's lines. */
#define ST_REFLOW_MAX_WIDTH 100

/* When t is hard-wrapped, fills out with a copy of t whose line-wrap
 * newlines (and a carriage return before one) are spaces, and returns 1;
 * every other code point is kept, so an offset into out is the same
 * offset into t.  Returns 0, out untouched, when t is not hard-wrapped,
 * and -1 with err set when the copy cannot be allocated.  The caller
 * frees out with st_text_free. */
int st_reflow_unwrap(const st_text *t, st_text *out, st_error *err);

#endif
