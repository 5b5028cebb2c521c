/* result.h - statements as the JSON every front end emits.
 *
 * `stance quotes`, `stance classify` and the daemon all describe a quote
 * with the same fields (docs/protocol.md); this is the one place that
 * builds them. */
#ifndef ST_RESULT_H
#define ST_RESULT_H

#include <jansson.h>

#include "../core/text.h"
#include "../features/quotes.h"

/* One quote object: start, end, text, kind, cue, speaker, mention,
 * mention_start, mention_end.  Returns NULL on allocation failure. */
json_t *st_result_quote(const st_text *t, const st_quote *q);

/* An array of st_result_quote objects. */
json_t *st_result_quotes(const st_text *t, const st_quotes *qs);

#endif
