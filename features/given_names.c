/* given_names.c - a person's gender from their given name, when the text
 * has not shown it.
 *
 * "he said" goes to the latest person who may be a man.  The text's own
 * evidence comes first (a pronoun after the person is introduced, in
 * names.c); until then, a given name that almost always belongs to one
 * sex ("Brenda", "Matthias", Vietnamese "Thị") keeps a woman from taking a
 * "he" and a man a "she".  The list is lexicons/given_names.txt, embedded
 * at build time; it is sorted, so lookups are a binary search over an
 * index built once. */
#include "given_names.h"

#include <pthread.h>
#include <stdint.h>
#include <string.h>

extern const char st_embed_given_names[];
extern const size_t st_embed_given_names_len;

typedef struct gn_entry {
    uint32_t off;       /* the name's first byte in the embedded text */
    uint8_t len;
    char gender;        /* 'f' or 'm' */
} gn_entry;

static gn_entry index_v[ST_GN_MAX];
static size_t index_n;
static pthread_once_t index_once = PTHREAD_ONCE_INIT;

/* Lines "name f|m"; comments and blank lines skipped.  Lines past
 * ST_GN_MAX, or out of order, are left out (tests/test_quotes.c checks the
 * list is neither). */
static void gn_build(void)
{
    const char *d = st_embed_given_names;
    size_t n = st_embed_given_names_len, pos = 0;
    while (pos < n && index_n < ST_GN_MAX) {
        size_t e = pos, sp;
        while (e < n && d[e] != '\n')
            e++;
        for (sp = pos; sp < e && d[sp] != ' '; sp++)
            ;
        if (d[pos] != '#' && sp > pos && sp - pos < 64 && sp + 2 == e &&
            (d[sp + 1] == 'f' || d[sp + 1] == 'm')) {
            gn_entry *g = &index_v[index_n];
            g->off = (uint32_t)pos;
            g->len = (uint8_t)(sp - pos);
            g->gender = d[sp + 1];
            if (index_n == 0 || st_gn_compare(d + index_v[index_n - 1].off,
                                              index_v[index_n - 1].len, d + pos,
                                              sp - pos) < 0)
                index_n++;
        }
        pos = e + 1;
    }
}

int st_gn_compare(const char *a, size_t an, const char *b, size_t bn)
{
    int c = memcmp(a, b, an < bn ? an : bn);
    return c ? c : (an > bn) - (an < bn);
}

int st_gn_gender(const char *name, size_t len)
{
    size_t lo = 0, hi;
    pthread_once(&index_once, gn_build);
    hi = index_n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = st_gn_compare(st_embed_given_names + index_v[mid].off, index_v[mid].len, name,
                              len);
        if (c == 0)
            return index_v[mid].gender;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

size_t st_gn_count(size_t *listed)
{
    const char *d = st_embed_given_names;
    size_t pos = 0, lines = 0, n = st_embed_given_names_len;
    pthread_once(&index_once, gn_build);
    while (pos < n) {
        if (d[pos] != '#' && d[pos] != '\n')
            lines++;
        while (pos < n && d[pos] != '\n')
            pos++;
        pos++;
    }
    *listed = lines;
    return index_n;
}
