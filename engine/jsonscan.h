/* jsonscan.h - the fast path for an article message's "text" string.
 *
 * Jansson reads its input one byte at a time through a callback, and the
 * article's "text" value is most of the bytes of every message.  These two
 * functions let engine/article.c hand Jansson the message without that
 * value: st_jsonscan_find_text locates the value's raw contents, and
 * st_jsonscan_decode_string decodes them as Jansson 2.14 would.
 *
 * Both answer "yes, and here is the result" or "no": they never report an
 * error, because a "no" only means "let Jansson parse the whole message",
 * and Jansson then produces the error message the caller reports.  They
 * say "no" to anything they are not sure about. */
#ifndef ST_JSONSCAN_H
#define ST_JSONSCAN_H

#include <stdbool.h>
#include <stddef.h>

/* Finds the "text" member of the top-level object of buf[0..len) whose
 * value is a string, and sets [*start, *end) to the raw bytes between its
 * quotes (still escaped).  Returns false (giving up) unless buf is, as far
 * as this structural scan can tell, one JSON object with exactly one such
 * member at depth 1 and nothing after it but whitespace: a key written with
 * a backslash escape, a second "text" key, a "text" value that is not a
 * string, an unterminated string or container, or trailing bytes all make
 * it give up.  Nothing is validated beyond structure: Jansson still parses
 * everything outside the span. */
bool st_jsonscan_find_text(const char *buf, size_t len, size_t *start, size_t *end);

/* Decodes the contents of a JSON string (the bytes between its quotes)
 * into out, which must have room for len + 1 bytes (decoding never
 * lengthens: an escape is at least as long as what it stands for), and
 * NUL-terminates it.  Returns true and sets *out_len on success.  Returns
 * false for anything Jansson 2.14 would reject in a string, and for
 * "\u0000", which Jansson refuses without JSON_ALLOW_NUL: a raw byte below
 * 0x20 or an unescaped '"', an unknown escape, \u without four hex digits,
 * a lone or misordered UTF-16 surrogate, and invalid UTF-8 (a stray
 * continuation byte, an overlong form, an encoded surrogate, a code point
 * over U+10FFFF, a truncated sequence). */
bool st_jsonscan_decode_string(const char *src, size_t len, char *out, size_t *out_len);

#endif
