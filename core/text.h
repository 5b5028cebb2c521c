/* text.h - an article's text as Unicode code points.
 *
 * The extractor works on code points, not bytes, because every offset it
 * reports is a code-point index (what Python and Rust consumers slice by).
 * Decoding once up front makes every later step index-based and simple. */
#ifndef ST_TEXT_H
#define ST_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include <wchar.h>

#include "error.h"

typedef struct st_text {
    uint32_t *cp;       /* code points, NUL-terminated (cp[len] == 0) */
    size_t len;
} st_text;

/* The length of the valid UTF-8 sequence at s (left bytes remain) and its
 * code point in *out, or 0 when it is not one: overlongs, surrogates,
 * code points past U+10FFFF and truncated sequences are refused.  An
 * ASCII byte is a sequence of 1. */
size_t st_utf8_seq(const unsigned char *s, size_t left, uint32_t *out);

/* The first position in cp[from, end) holding a, b or any non-ASCII code
 * point, or end: the whole-text scans' fast skip over plain ASCII (four
 * code points per step).  a and b are ASCII. */
size_t st_cp_find_ascii2(const uint32_t *cp, size_t from, size_t end, uint32_t a, uint32_t b);

/* The extractor finds newlines in cp with wmemchr, which scans many code
 * points per step; that needs wchar_t to be 32 bits, as on Linux. */
_Static_assert(sizeof(wchar_t) == sizeof(uint32_t), "st_text.cp is scanned with wmemchr");

/* Decodes len bytes of UTF-8 into t.  Rejects invalid UTF-8 (overlongs,
 * surrogates, truncated sequences) with ST_ERR_INPUT naming the byte offset,
 * and embedded NUL bytes likewise.  On success the caller frees with
 * st_text_free. */
int st_text_decode(st_text *t, const char *utf8, size_t len, st_error *err);
void st_text_free(st_text *t);

/* Checks UTF-8 validity without decoding; returns the offset of the first bad
 * byte, or (size_t)-1 when the whole buffer is valid. */
size_t st_utf8_invalid_at(const char *s, size_t len);

/* Appends the UTF-8 encoding of code points [from, to) of t to a malloc'd,
 * NUL-terminated string.  Returns NULL on allocation failure. */
char *st_text_utf8(const st_text *t, size_t from, size_t to);

/* As st_text_utf8, with each run of white space (a line break inside a
 * name, say) written as one space: for names, which are compared as
 * strings. */
char *st_text_utf8_words(const st_text *t, size_t from, size_t to);

/* Encodes one code point into out (at least 4 bytes); returns its length. */
size_t st_utf8_put(uint32_t c, char *out);

/* Character classes for the scripts that appear in news text.  Letters of
 * scripts without case (CJK, Arabic, ...) are letters but neither upper nor
 * lower.  The extractor asks these for every code point of an article, so
 * ASCII is answered inline from a table and only other code points pay a
 * call (the _wide functions, for any code point). */
enum { ST_CC_LETTER = 1, ST_CC_UPPER = 2, ST_CC_LOWER = 4, ST_CC_DIGIT = 8, ST_CC_SPACE = 16 };
extern const uint8_t st_ascii_class[128];

int st_cp_is_letter_wide(uint32_t c);
int st_cp_is_upper_wide(uint32_t c);
int st_cp_is_lower_wide(uint32_t c);
int st_cp_is_space_wide(uint32_t c);      /* includes NBSP and Unicode spaces */
uint32_t st_cp_lower_wide(uint32_t c);

static inline int st_cp_is_letter(uint32_t c)
{
    return c < 0x80 ? st_ascii_class[c] & ST_CC_LETTER : st_cp_is_letter_wide(c);
}

static inline int st_cp_is_upper(uint32_t c)
{
    return c < 0x80 ? (st_ascii_class[c] & ST_CC_UPPER) != 0 : st_cp_is_upper_wide(c);
}

static inline int st_cp_is_lower(uint32_t c)
{
    return c < 0x80 ? (st_ascii_class[c] & ST_CC_LOWER) != 0 : st_cp_is_lower_wide(c);
}

static inline int st_cp_is_digit(uint32_t c)
{
    return c >= '0' && c <= '9';
}

/* A letter or a digit: a character of a word. */
static inline int st_cp_is_alnum(uint32_t c)
{
    return st_cp_is_letter(c) || st_cp_is_digit(c);
}

static inline int st_cp_is_space(uint32_t c)
{
    return c < 0x80 ? (st_ascii_class[c] & ST_CC_SPACE) != 0 : st_cp_is_space_wide(c);
}

/* A full stop, !, ? or an ellipsis: what ends a sentence in news text. */
static inline int st_cp_ends_sentence(uint32_t c)
{
    return c == '.' || c == '!' || c == '?' || c == 0x2026;
}

static inline uint32_t st_cp_lower(uint32_t c)
{
    return c < 0x80 ? ((st_ascii_class[c] & ST_CC_UPPER) ? c + 32 : c) : st_cp_lower_wide(c);
}

#endif
