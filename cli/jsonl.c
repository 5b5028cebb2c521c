/* jsonl.c - bounded JSON Lines reader. */
#include "jsonl.h"

#include <stdlib.h>
#include <string.h>

void st_jsonl_init(st_jsonl *r, FILE *fp, const char *name, size_t max)
{
    memset(r, 0, sizeof *r);
    r->fp = fp;
    r->name = name;
    r->max = max;
}

int st_jsonl_next(st_jsonl *r, size_t *len)
{
    for (;;) {
        size_t n = 0;
        int c, toolong = 0, any = 0;
        while ((c = getc(r->fp)) != EOF && c != '\n') {
            any = 1;
            if (toolong)
                continue;
            if (n >= r->max) {
                toolong = 1;
                continue;
            }
            if (n + 1 >= r->cap) {
                size_t cap = r->cap ? r->cap * 2 : 4096;
                char *b;
                if (cap > r->max + 1)
                    cap = r->max + 1;
                b = realloc(r->buf, cap);
                if (!b)
                    return ST_JSONL_NOMEM;
                r->buf = b;
                r->cap = cap;
            }
            r->buf[n++] = (char)c;
        }
        if (c == EOF && ferror(r->fp))
            return ST_JSONL_IOERR;
        if (c == EOF && !any)
            return ST_JSONL_EOF;
        r->lineno++;
        if (toolong)
            return ST_JSONL_TOOLONG;
        while (n > 0 && (r->buf[n - 1] == '\r' || r->buf[n - 1] == ' ' || r->buf[n - 1] == '\t'))
            n--;
        if (n == 0) {
            if (c == EOF)
                return ST_JSONL_EOF;
            continue;   /* blank lines are allowed between records */
        }
        r->buf[n] = '\0';
        *len = n;
        return ST_JSONL_LINE;
    }
}

void st_jsonl_free(st_jsonl *r)
{
    free(r->buf);
    r->buf = NULL;
}
