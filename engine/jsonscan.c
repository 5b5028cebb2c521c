/* jsonscan.c - finds and decodes an article message's "text" string without
 * Jansson (see jsonscan.h for why and for the contract).
 *
 * The rules copied from Jansson 2.14 (src/load.c, src/utf.c) are the
 * whitespace set, which escapes exist, how \u escapes pair up, and which
 * UTF-8 sequences its stream reader accepts.  Everything else here only
 * has to be right for input Jansson accepts, because engine/article.c
 * keeps the result only when Jansson accepts the rest of the message. */
#include "jsonscan.h"
#include "../core/text.h"

#include <stdint.h>
#include <string.h>

#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

/* Eight bytes as a word, first byte lowest (compilers turn this into one
 * load on little-endian machines), so the lowest flag found by the masks
 * below is the first byte in memory on any machine. */
static inline uint64_t load8(const unsigned char *p)
{
    return (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 | (uint64_t)p[3] << 24 |
           (uint64_t)p[4] << 32 | (uint64_t)p[5] << 40 | (uint64_t)p[6] << 48 |
           (uint64_t)p[7] << 56;
}

/* The high bit of each zero byte of x.  Exact for the lowest flagged byte
 * (a borrow only spreads upward from a byte that really is zero), which is
 * all the callers use. */
static inline uint64_t zero_bytes(uint64_t x)
{
    return (x - ONES) & ~x & HIGHS;
}

/* The high bit of each byte of x below 0x20, or at or above 0x80; exact
 * for the lowest flagged byte, as above. */
static inline uint64_t control_or_high_bytes(uint64_t x)
{
    return ((x - ONES * 0x20) & ~x & HIGHS) | (x & HIGHS);
}

/* The index of the first flagged byte in a nonzero mask. */
static inline size_t first_flagged(uint64_t mask)
{
    return (size_t)__builtin_ctzll(mask) / 8;
}

/* Jansson's whitespace: exactly these four (lex_scan). */
static inline bool is_ws(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static const char *skip_ws(const char *p, const char *e)
{
    while (p < e && is_ws(*p))
        p++;
    return p;
}

/* p is just past a string's opening quote.  Returns the closing quote, or
 * NULL when the string does not end before e.  A backslash hides the byte
 * after it, as in Jansson's first pass over a string; whether the escape is
 * valid is the decoder's (or, outside "text", Jansson's) business.  Sets
 * *escaped when the string has any backslash. */
static const char *string_end(const char *p, const char *e, bool *escaped)
{
    for (;;) {
        /* eight bytes at a time up to the first '"' or '\\' */
        while (e - p >= 8) {
            uint64_t x = load8((const unsigned char *)p);
            uint64_t m = zero_bytes(x ^ (ONES * '"')) | zero_bytes(x ^ (ONES * '\\'));
            if (m) {
                p += first_flagged(m);
                break;
            }
            p += 8;
        }
        while (p < e && *p != '"' && *p != '\\')
            p++;
        if (p >= e)
            return NULL;
        if (*p == '"')
            return p;
        *escaped = true;
        if (e - p < 2)
            return NULL;
        p += 2;
    }
}

/* Bytes a number, true, false or null can be made of. */
static bool is_scalar_byte(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           c == '-' || c == '+' || c == '.';
}

/* Skips one value starting at p (not whitespace); returns the byte after it
 * or NULL.  Containers are skipped by counting brackets outside strings,
 * which is exact for well-formed JSON; for anything else Jansson rejects
 * the message and the caller discards this scan. */
static const char *skip_value(const char *p, const char *e)
{
    bool escaped = false;
    size_t depth = 0;

    if (*p == '"') {
        p = string_end(p + 1, e, &escaped);
        return p ? p + 1 : NULL;
    }
    if (*p != '{' && *p != '[') {
        const char *s = p;
        while (p < e && is_scalar_byte(*p))
            p++;
        return p > s ? p : NULL;
    }
    while (p < e) {
        char c = *p;
        if (c == '"') {
            p = string_end(p + 1, e, &escaped);
            if (!p)
                return NULL;
        } else if (c == '{' || c == '[') {
            depth++;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return p + 1;
        }
        p++;
    }
    return NULL;
}

bool st_jsonscan_find_text(const char *buf, size_t len, size_t *start, size_t *end)
{
    const char *p, *e, *q;
    bool found = false;

    if (!buf)
        return false;
    p = buf;
    e = buf + len;
    p = skip_ws(p, e);
    if (p == e || *p != '{')
        return false;
    p = skip_ws(p + 1, e);
    for (;;) {
        bool escaped = false, is_text;
        if (p == e || *p != '"')
            return false;   /* also "{}": no text to find */
        q = string_end(p + 1, e, &escaped);
        /* A key with an escape could spell "text" ("te\u0078t"): comparing
         * decoded keys is Jansson's job, so give up. */
        if (!q || escaped)
            return false;
        is_text = q - (p + 1) == 4 && memcmp(p + 1, "text", 4) == 0;
        p = skip_ws(q + 1, e);
        if (p == e || *p != ':')
            return false;
        p = skip_ws(p + 1, e);
        if (p == e)
            return false;
        if (is_text) {
            if (found || *p != '"')
                return false;
            q = string_end(p + 1, e, &escaped);
            if (!q)
                return false;
            *start = (size_t)(p + 1 - buf);
            *end = (size_t)(q - buf);
            found = true;
            p = q + 1;
        } else if (!(p = skip_value(p, e))) {
            return false;
        }
        p = skip_ws(p, e);
        if (p == e)
            return false;
        if (*p == '}')
            break;
        if (*p != ',')
            return false;
        p = skip_ws(p + 1, e);
    }
    return found && skip_ws(p + 1, e) == e;
}

/* Four hex digits at p (l_isxdigit in Jansson) as a value, or -1. */
static int32_t hex4(const unsigned char *p)
{
    int32_t v = 0;
    for (int i = 0; i < 4; i++) {
        unsigned char c = p[i];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v += c - '0';
        else if (c >= 'a' && c <= 'f')
            v += c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            v += c - 'A' + 10;
        else
            return -1;
    }
    return v;
}

static size_t put_utf8(uint32_t c, unsigned char *o)
{
    if (c < 0x80) {
        o[0] = (unsigned char)c;
        return 1;
    }
    if (c < 0x800) {
        o[0] = (unsigned char)(0xC0 | (c >> 6));
        o[1] = (unsigned char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (c >> 12));
        o[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (c & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (c >> 18));
    o[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (c & 0x3F));
    return 4;
}

/* Decodes the escape at p (p[0] == '\\'), left bytes remaining, into *o.
 * Returns the escape's length in the source, or 0 to give up. */
static size_t decode_escape(const unsigned char *p, size_t left, unsigned char **o)
{
    int32_t v, low;

    if (left < 2)
        return 0;
    switch (p[1]) {
    case '"': case '\\': case '/':
        *(*o)++ = p[1];
        return 2;
    case 'b': *(*o)++ = '\b'; return 2;
    case 'f': *(*o)++ = '\f'; return 2;
    case 'n': *(*o)++ = '\n'; return 2;
    case 'r': *(*o)++ = '\r'; return 2;
    case 't': *(*o)++ = '\t'; return 2;
    case 'u':
        break;
    default:
        return 0;
    }
    if (left < 6 || (v = hex4(p + 2)) < 0)
        return 0;
    if (v == 0)
        return 0;   /* \u0000: Jansson refuses it without JSON_ALLOW_NUL */
    if (v >= 0xDC00 && v <= 0xDFFF)
        return 0;   /* a low surrogate with no high one before it */
    if (v < 0xD800 || v > 0xDBFF) {
        *o += put_utf8((uint32_t)v, *o);
        return 6;
    }
    /* a high surrogate: Jansson wants \uDC00-\uDFFF right after it */
    if (left < 12 || p[6] != '\\' || p[7] != 'u' || (low = hex4(p + 8)) < 0 ||
        low < 0xDC00 || low > 0xDFFF)
        return 0;
    *o += put_utf8(0x10000 + (((uint32_t)v - 0xD800) << 10) + ((uint32_t)low - 0xDC00), *o);
    return 12;
}

bool st_jsonscan_decode_string(const char *src, size_t len, char *out, size_t *out_len)
{
    const unsigned char *p = (const unsigned char *)src, *e = p + len;
    unsigned char *o = (unsigned char *)out;

    while (p < e) {
        size_t n;
        /* Runs of printable ASCII eight bytes at a time, up to the first
         * byte that is not: high bit, control byte, backslash or quote.
         * All eight are stored; o never passes p, so out has the room. */
        while (e - p >= 8) {
            uint64_t x = load8(p);
            uint64_t m = control_or_high_bytes(x) | zero_bytes(x ^ (ONES * '\\')) |
                         zero_bytes(x ^ (ONES * '"'));
            memcpy(o, p, 8);
            if (m) {
                size_t k = first_flagged(m);
                o += k;
                p += k;
                break;
            }
            o += 8;
            p += 8;
        }
        if (p >= e)
            break;
        if (*p < 0x80) {
            /* A raw control byte is a syntax error to Jansson, and an
             * unescaped quote would end the string early. */
            if (*p < 0x20 || *p == '"')
                return false;
            if (*p != '\\') {
                *o++ = *p++;
                continue;
            }
            n = decode_escape(p, (size_t)(e - p), &o);
        } else {
            /* Jansson's stream reader accepts exactly the sequences
             * st_utf8_seq does (no overlongs, surrogates or code points
             * past U+10FFFF); one cut off by the string's end is one
             * Jansson would read the closing quote into, and reject. */
            uint32_t c;
            n = st_utf8_seq(p, (size_t)(e - p), &c);
            memcpy(o, p, n);
            o += n;
        }
        if (n == 0)
            return false;
        p += n;
    }
    *o = '\0';
    *out_len = (size_t)(o - (unsigned char *)out);
    return true;
}
