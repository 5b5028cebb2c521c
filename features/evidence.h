/* evidence.h - what quotes.c asks evidence.c about each pair of marks.
 * Internal to the quote extractor. */
#ifndef ST_EVIDENCE_H
#define ST_EVIDENCE_H

#include "quotes.h"

/* end moved back over white space, not before from. */
size_t st_ev_trim_end(const st_text *t, size_t from, size_t end);

/* Marks in stop (one byte a code point) every line end and sentence end
 * outside quotes, once per article. */
void st_ev_sentence_stops(const st_doc *d, uint8_t *stop);

/* Sets q's sent_start and sent_end: the reporter's sentence around the
 * quote whose closing mark is at close. */
void st_ev_sentence_bounds(const st_doc *d, st_quote *q, size_t close);

/* Words in [from, to); *all_title is 1 when every word is capitalised. */
size_t st_ev_count_words(const st_text *t, size_t from, size_t to, int *all_title);

/* ST_KIND_FULL or ST_KIND_PARTIAL for the quote opening at open. */
int st_ev_decide_kind(const st_text *t, size_t open, size_t start, size_t end);

/* White space within a line: a space, a tab, a no-break space. */
static inline int st_ev_inline_space(uint32_t c)
{
    return c != '\n' && st_cp_is_space(c);
}

/* links.c: is pos on a link line, one that opens with a link lead ("Read
 * more", "Most viewed"), or one of a list of short lines under such a
 * lead?  The bounds keep many quotes on endless lines linear. */
int st_ev_line_is_link(const st_text *t, size_t pos);

/* 1 when the span is something a speaker said; words and title from
 * st_ev_count_words. */
int st_ev_is_statement(const st_doc *d, const st_quote *q, size_t words, int title);

#endif
