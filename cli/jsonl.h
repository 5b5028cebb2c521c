/* jsonl.h - reading JSON Lines input with line numbers and a size bound.
 *
 * A line longer than the limit is skipped whole (and reported), never
 * buffered, so one giant line cannot exhaust memory. */
#ifndef ST_JSONL_H
#define ST_JSONL_H

#include <stdio.h>
#include <stddef.h>

typedef struct st_jsonl {
    FILE *fp;
    const char *name;       /* file name for messages ("-" for stdin) */
    char *buf;
    size_t cap, max;
    size_t lineno;
} st_jsonl;

enum { ST_JSONL_LINE = 1, ST_JSONL_EOF = 0, ST_JSONL_TOOLONG = -1, ST_JSONL_NOMEM = -2,
       ST_JSONL_IOERR = -3 };

void st_jsonl_init(st_jsonl *r, FILE *fp, const char *name, size_t max);
/* Reads the next non-blank line into r->buf (NUL-terminated, newline
 * stripped) and its length into *len.  Returns one of ST_JSONL_*. */
int st_jsonl_next(st_jsonl *r, size_t *len);
void st_jsonl_free(st_jsonl *r);

#endif
