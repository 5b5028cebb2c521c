/* quotes.h - finding direct quotations in an article and who said them.
 *
 * st_quotes_extract is the extractor's one entry point: it pairs quote
 * marks (curly, straight, British single, guillemets; nested and
 * multi-paragraph), keeps the pairs that are statements (not scare quotes,
 * titles or names), decides full vs partial, and attributes each statement
 * to a speaker (attrib.c).  Offsets are code points of the decoded text. */
#ifndef ST_QUOTES_H
#define ST_QUOTES_H

#include <stddef.h>
#include <stdint.h>

#include "../core/error.h"
#include "../core/text.h"
#include "tokens.h"
#include "wordclass.h"

enum st_quote_kind { ST_KIND_FULL = 0, ST_KIND_PARTIAL = 1 };

#define ST_NO_POS ((size_t)-1)

typedef struct st_quote {
    size_t start, end;          /* the quoted words, marks excluded */
    size_t open_mark;           /* position of the opening mark */
    size_t sent_start, sent_end;/* the reporter's sentence around the quote */
    int kind;                   /* enum st_quote_kind */
    const char *cue;            /* reporting verb as found ("said"), or NULL */
    char *speaker;              /* canonical speaker, malloc'd, or NULL */
    size_t mention_start;       /* surface mention [start, end), or ST_NO_POS */
    size_t mention_end;
    int speaker_is_person;      /* 1 person, 0 organisation or unknown */
} st_quote;

typedef struct st_quotes {
    st_quote *v;
    size_t n, cap;
} st_quotes;

/* Limits that keep hostile input bounded. */
#define ST_QUOTES_MAX 20000         /* statements reported per article */
#define ST_QUOTES_MAX_DEPTH 16      /* nesting depth tracked */

/* Extracts the statements of t into out (which must be zeroed).  Returns
 * ST_OK, or ST_ERR_NOMEM; any text, however broken, is valid input. */
int st_quotes_extract(const st_text *t, st_quotes *out, st_error *err);
void st_quotes_free(st_quotes *q);

const char *st_quote_kind_name(int kind);

/* --- internals shared between quotes.c and attrib.c ------------------- */

/* What st_doc.stop marks at a code point: where a sentence scan stops. */
enum { ST_STOP_LINE = 1, ST_STOP_TERMINATOR = 2 };

/* What the extractor knows about the article while attributing. */
#define ST_DOC_WC_UNSEEN ((st_wc_id)-2)

typedef struct st_doc {
    const st_text *t;
    st_tokens tk;               /* all tokens of the text */
    st_folds folds;             /* their case-folded forms */
    st_wc_id *wc;               /* each folded form's word-class entry, or
                                   ST_DOC_WC_UNSEEN until first asked */
    st_wc_id *name_wc;          /* the same for the form without a
                                   possessive 's (attrib_int.h) */
    uint8_t *is_mark;           /* per code point: 1 if a paired quote mark */
    uint8_t *in_quote;          /* per code point: 1 inside a statement */
    uint8_t *stop;              /* per code point: ST_STOP_LINE at a line end,
                                   ST_STOP_TERMINATOR at a sentence end (quotes.c) */
} st_doc;

/* attrib.c: fills cue, speaker and mention of every quote in q. */
int st_attrib_run(st_doc *d, st_quotes *q, st_error *err);

/* cues.c: 1 when [from,to) holds a reporting cue (said, told, according
 * to...) that has a subject; used to tell partial quotes from scare quotes. */
int st_attrib_has_cue(const st_doc *d, size_t from, size_t to);
/* 1 when a speech cue reports a that-clause in [from, to), whatever its
 * subject ("an official who asked not to be named … told Hevi News by
 * phone that the pipeline was “technically ready”"): evidence that a one
 * or two word fragment after it was said. */
int st_attrib_reports_clause(const st_doc *d, size_t from, size_t to);

/* Index of the first token starting at or after position pos. */
size_t st_doc_token_at(const st_doc *d, size_t pos);

#endif
