/* result.h - statements as the JSON every front end emits.
 *
 * `stance quotes`, `stance classify` and the daemon all describe a quote
 * with the same fields (docs/protocol.md); this is the one place that
 * writes them. */
#ifndef ST_RESULT_H
#define ST_RESULT_H

#include "../core/jsonw.h"
#include "../core/text.h"
#include "../features/quotes.h"

/* A quote's fields, without the braces: start, end, text, kind, cue,
 * speaker, mention, mention_start, mention_end. */
void st_result_quote_fields(st_jw *w, const st_text *t, const st_quote *q);

/* `stance quotes`' line: {"id": id or null, "quotes": [{fields}, ...]}. */
void st_result_quotes(st_jw *w, const char *id, const st_text *t, const st_quotes *qs);

#endif
