/* text.c - UTF-8 decoding and character classes for article text. */
#include "text.h"

#include <stdlib.h>
#include <string.h>

size_t st_utf8_seq(const unsigned char *s, size_t left, uint32_t *out)
{
    unsigned char b = s[0];
    uint32_t c;
    size_t n, i;

    if (b < 0x80) {
        *out = b;
        return 1;
    }
    if (b >= 0xC2 && b <= 0xDF) {
        n = 2;
        c = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
        n = 3;
        c = b & 0x0F;
    } else if (b >= 0xF0 && b <= 0xF4) {
        n = 4;
        c = b & 0x07;
    } else {
        return 0;
    }
    if (left < n)
        return 0;
    for (i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (s[i] & 0x3F);
    }
    if ((n == 3 && c < 0x800) || (n == 4 && (c < 0x10000 || c > 0x10FFFF)) ||
        (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *out = c;
    return n;
}

size_t st_utf8_invalid_at(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    uint32_t c;

    while (i < len) {
        size_t n;
        if (u[i] < 0x80) {
            i++;
            continue;
        }
        n = st_utf8_seq(u + i, len - i, &c);
        if (n == 0)
            return i;
        i += n;
    }
    return (size_t)-1;
}

int st_text_decode(st_text *t, const char *utf8, size_t len, st_error *err)
{
    const unsigned char *u = (const unsigned char *)utf8;
    size_t i = 0, n = 0;

    t->cp = NULL;
    t->len = 0;
    /* Code points never outnumber bytes, so one allocation is enough. */
    t->cp = malloc((len + 1) * sizeof *t->cp);
    if (!t->cp)
        return st_error_set(err, ST_ERR_NOMEM, "out of memory decoding %zu bytes", len);
    while (i < len) {
        uint32_t c;
        size_t k;
        /* Most of a news article is ASCII: eight bytes at a time while
         * none has its high bit set and none is NUL. */
        while (i + 8 <= len) {
            uint64_t x;
            memcpy(&x, u + i, 8);
            if ((x & 0x8080808080808080ULL) ||
                ((x - 0x0101010101010101ULL) & ~x & 0x8080808080808080ULL))
                break;
            for (int b = 0; b < 8; b++)
                t->cp[n + b] = u[i + b];
            n += 8;
            i += 8;
        }
        if (i >= len)
            break;
        k = st_utf8_seq(u + i, len - i, &c);
        if (k == 0 || c == 0) {
            free(t->cp);
            t->cp = NULL;
            return st_error_set(err, ST_ERR_INPUT, "%s at byte %zu",
                                k == 0 ? "invalid UTF-8" : "NUL character", i);
        }
        t->cp[n++] = c;
        i += k;
    }
    t->cp[n] = 0;
    t->len = n;
    return ST_OK;
}

void st_text_free(st_text *t)
{
    free(t->cp);
    t->cp = NULL;
    t->len = 0;
}

size_t st_utf8_put(uint32_t c, char *out)
{
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xC0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

/* Code points [from, to) of t as UTF-8; with collapse, each run of white
 * space as one space (none at the end). */
static char *span_utf8(const st_text *t, size_t from, size_t to, int collapse)
{
    char *out, *p;
    size_t i;

    if (to > t->len)
        to = t->len;
    if (from > to)
        from = to;
    out = malloc((to - from) * 4 + 1);
    if (!out)
        return NULL;
    p = out;
    for (i = from; i < to; i++) {
        if (!collapse || !st_cp_is_space(t->cp[i]))
            p += st_utf8_put(t->cp[i], p);
        else if (i + 1 < to && !st_cp_is_space(t->cp[i + 1]))
            *p++ = ' ';
    }
    *p = '\0';
    return out;
}

char *st_text_utf8(const st_text *t, size_t from, size_t to)
{
    return span_utf8(t, from, to, 0);
}

char *st_text_utf8_words(const st_text *t, size_t from, size_t to)
{
    return span_utf8(t, from, to, 1);
}

/* ASCII character classes (see text.h): L letter, U upper, W lower,
 * D digit, S space. */
#define L ST_CC_LETTER
#define U ST_CC_UPPER
#define W ST_CC_LOWER
#define D ST_CC_DIGIT
#define S ST_CC_SPACE
const uint8_t st_ascii_class[128] = {
    0, 0, 0, 0, 0, 0, 0, 0,
    0, S, S, S, S, S, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0,
    S, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0,
    D, D, D, D, D, D, D, D,
    D, D, 0, 0, 0, 0, 0, 0,
    0, L|U, L|U, L|U, L|U, L|U, L|U, L|U,
    L|U, L|U, L|U, L|U, L|U, L|U, L|U, L|U,
    L|U, L|U, L|U, L|U, L|U, L|U, L|U, L|U,
    L|U, L|U, L|U, 0, 0, 0, 0, 0,
    0, L|W, L|W, L|W, L|W, L|W, L|W, L|W,
    L|W, L|W, L|W, L|W, L|W, L|W, L|W, L|W,
    L|W, L|W, L|W, L|W, L|W, L|W, L|W, L|W,
    L|W, L|W, L|W, 0, 0, 0, 0, 0,
};
#undef L
#undef U
#undef W
#undef D
#undef S

int st_cp_is_space_wide(uint32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
           c == '\v' || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) ||
           c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 ||
           c == 0xFEFF;
}

int st_cp_is_upper_wide(uint32_t c)
{
    if (c < 0x80)
        return c >= 'A' && c <= 'Z';
    if (c >= 0xC0 && c <= 0xDE)
        return c != 0xD7;
    if (c >= 0x100 && c <= 0x17F) {
        /* Latin Extended-A alternates upper/lower, with a parity shift
         * between U+0138 and U+0148 and from U+0179 on. */
        if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
            return c % 2 == 1;
        if (c == 0x138 || c == 0x149 || c == 0x17F)
            return 0;
        return c % 2 == 0;
    }
    if (c >= 0x218 && c <= 0x21B) /* Romanian S/T comma */
        return c % 2 == 0;
    if (c >= 0x391 && c <= 0x3AB)
        return 1;
    if (c >= 0x400 && c <= 0x42F)
        return 1;
    if (c >= 0x1E00 && c <= 0x1EFF) /* Latin Extended Additional (Vietnamese) */
        return c % 2 == 0;
    return 0;
}

int st_cp_is_lower_wide(uint32_t c)
{
    if (c < 0x80)
        return c >= 'a' && c <= 'z';
    if (c >= 0xDF && c <= 0xFF)
        return c != 0xF7;
    if ((c >= 0x100 && c <= 0x17F) || (c >= 0x218 && c <= 0x21B) ||
        (c >= 0x1E00 && c <= 0x1EFF))
        return !st_cp_is_upper(c);
    if (c >= 0x3AC && c <= 0x3CE)
        return 1;
    if (c >= 0x430 && c <= 0x45F)
        return 1;
    return 0;
}

int st_cp_is_letter_wide(uint32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (c == 0xAA || c == 0xB5 || c == 0xBA)
        return 1;
    if (c >= 0xC0 && c <= 0x24F)
        return c != 0xD7 && c != 0xF7;
    if (c >= 0x250 && c <= 0x2AF) /* IPA extensions */
        return 1;
    if (c == 0x2BB || c == 0x2BC || c == 0x2BE || c == 0x2BF)
        return 1;   /* ʻokina (ʻIoana), ʼ, and the ʾ ʿ of transliterated Arabic (ʿAbd) */
    if (c >= 0x370 && c <= 0x3FF)
        return c != 0x37E && c != 0x387;
    if (c >= 0x400 && c <= 0x52F)
        return 1;
    if (c >= 0x531 && c <= 0x587)
        return 1;
    if (c >= 0x5D0 && c <= 0x5EA)
        return 1;
    if (c >= 0x620 && c <= 0x64A)
        return 1;
    if (c >= 0x900 && c <= 0xDFF) /* Indic scripts (marks included) */
        return 1;
    if (c >= 0xE00 && c <= 0xEFF)
        return 1;
    if (c >= 0x1100 && c <= 0x11FF)
        return 1;
    if (c >= 0x1E00 && c <= 0x1FFF)
        return 1;
    if (c >= 0x3040 && c <= 0x30FF)
        return 1;
    if (c >= 0x3400 && c <= 0x9FFF)
        return 1;
    if (c >= 0xAC00 && c <= 0xD7A3)
        return 1;
    if (c >= 0x300 && c <= 0x36F) /* combining diacritics stay in the word */
        return 1;
    return 0;
}

uint32_t st_cp_lower_wide(uint32_t c)
{
    if (c < 0x80)
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
        return c + 32;
    if (c == 0x130)
        return 'i';     /* İ (İstanbul, ÇELİK): Unicode's lower case is i, not ı */
    if (((c >= 0x100 && c <= 0x17F) || (c >= 0x218 && c <= 0x21B) ||
         (c >= 0x1E00 && c <= 0x1EFF)) && st_cp_is_upper(c))
        return c + 1;
    if (c >= 0x391 && c <= 0x3AB && c != 0x3A2)
        return c + 32;
    if (c >= 0x410 && c <= 0x42F)
        return c + 32;
    if (c >= 0x400 && c <= 0x40F)
        return c + 80;
    return c;
}

/* GCC/clang vector types: SSE2 on x86-64, NEON on arm64, plain code
 * elsewhere; both compilers accept them under -std=c11. */
typedef uint32_t st_cp4 __attribute__((vector_size(16)));

size_t st_cp_find_ascii2(const uint32_t *cp, size_t from, size_t end, uint32_t a, uint32_t b)
{
    size_t k = from;
    while (k + 4 <= end) {
        st_cp4 v, hit;
        uint64_t half[2];
        memcpy(&v, cp + k, sizeof v);
        hit = (v == a) | (v == b) | (v > 0x7F);
        memcpy(half, &hit, sizeof half);
        if (half[0] | half[1])
            break;
        k += 4;
    }
    while (k < end && cp[k] < 0x80 && cp[k] != a && cp[k] != b)
        k++;
    return k;
}
