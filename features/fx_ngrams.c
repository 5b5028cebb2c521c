/* fx_ngrams.c - the hashed unigram and bigram blocks of a statement.
 *
 * Terms: each word (as "not_" + word inside a negation scope) and each
 * pair of adjacent words (joined by the byte 0x1F, so that a bigram's
 * FNV-1a hash is that of its two words with a separator).  Punctuation
 * breaks bigrams; . ? ! close a scope.  Terms are hashed in place from
 * each word's own hash, never written out (fx_ngram_terms writes the same
 * terms for tools/idf_terms: the two loops must agree).  A slot's value is
 * idf * log(1 + count), L2-normalised per block; slots are sorted by a
 * radix sort of plain integers, since a slot's weight depends on the slot
 * alone. */
#include "fx_internal.h"

#include <string.h>

size_t fx_ngram_hashes(const fx_word *w, size_t n, uint32_t *out)
{
    uint32_t not_h = fx_fnv32_more(FX_FNV32_INIT, "not_", 4);
    size_t i, m = 0, neg_left = 0;

    for (i = 0; i < n; i++) {
        if (w[i].punct) {
            if (w[i].punct == '.' || w[i].punct == '?' || w[i].punct == '!')
                neg_left = 0;
            continue;
        }
        if (neg_left > 0) {
            out[m++] = fx_fnv32_more(not_h, w[i].s, w[i].len);
            neg_left--;
        } else {
            out[m++] = w[i].h32;
        }
        if (w[i].exact && w[i].exact->negator_scope)
            neg_left = w[i].exact->negator_scope;
        if (i + 1 < n && !w[i + 1].punct)
            out[m++] = fx_fnv32_more((w[i].h32 ^ 0x1Fu) * FX_FNV32_PRIME, w[i + 1].s,
                                     w[i + 1].len);
    }
    return m;
}

int fx_ngram_terms(const fx_word *w, size_t n,
                   int (*emit)(const char *term, size_t len, void *arg), void *arg)
{
    size_t i, neg_left = 0;
    for (i = 0; i < n; i++) {
        char buf[2 * FX_TOK_MAX + 4];
        if (w[i].punct) {
            if (w[i].punct == '.' || w[i].punct == '?' || w[i].punct == '!')
                neg_left = 0;
            continue;
        }
        if (neg_left > 0) {
            memcpy(buf, "not_", 4);
            memcpy(buf + 4, w[i].s, w[i].len);
            if (emit(buf, w[i].len + 4u, arg))
                return -1;
            neg_left--;
        } else if (emit(w[i].s, w[i].len, arg)) {
            return -1;
        }
        if (w[i].exact && w[i].exact->negator_scope)
            neg_left = w[i].exact->negator_scope;
        if (i + 1 < n && !w[i + 1].punct) {
            memcpy(buf, w[i].s, w[i].len);
            buf[w[i].len] = 0x1F;
            memcpy(buf + w[i].len + 1, w[i + 1].s, w[i + 1].len);
            if (emit(buf, (size_t)w[i].len + 1 + w[i + 1].len, arg))
                return -1;
        }
    }
    return 0;
}

/* Up to this many keys insertion sort wins: nothing to set up. */
#define INSERTION_MAX 32
/* Up to this many, one counting pass on the top 6 bits and an insertion
 * sort of the nearly sorted result (at most 256^2/4 moves if every key
 * shares its top bits); above, a full radix sort. */
#define BUCKETED_MAX 256

/* Keys of up to 18 bits in three radix digits of 6: 64 counters per digit
 * keep the set-up small for the hundreds of keys of a long statement
 * (wider digits cost more in clearing and summing counters than they save
 * in passes). */
#define D(k, p) (((k) >> (6 * (p))) & 63u)

static void insertion_sort(uint32_t *keys, size_t m)
{
    for (size_t i = 1; i < m; i++) {
        uint32_t x = keys[i];
        size_t j = i;
        for (; j > 0 && keys[j - 1] > x; j--)
            keys[j] = keys[j - 1];
        keys[j] = x;
    }
}

uint32_t *fx_sort_slots(uint32_t *keys, size_t m, unsigned bits, uint32_t *tmp)
{
    uint32_t c0[64] = { 0 }, c1[64] = { 0 }, c2[64] = { 0 }, s0 = 0, s1 = 0, s2 = 0;
    size_t i;

    if (m <= INSERTION_MAX) {
        insertion_sort(keys, m);
        return keys;
    }
    if (m <= BUCKETED_MAX) {
        unsigned shift = bits > 6 ? bits - 6 : 0;
        for (i = 0; i < m; i++)
            c0[(keys[i] >> shift) & 63u]++;
        for (i = 0; i < 64; i++) {
            uint32_t c = c0[i];
            c0[i] = s0;
            s0 += c;
        }
        for (i = 0; i < m; i++)
            tmp[c0[(keys[i] >> shift) & 63u]++] = keys[i];
        insertion_sort(tmp, m);
        return tmp;
    }
    /* LSD radix sort: count all three digits in one pass, then one stable
     * scatter per digit, keys to tmp to keys to tmp. */
    for (i = 0; i < m; i++) {
        uint32_t k = keys[i];
        c0[D(k, 0)]++;
        c1[D(k, 1)]++;
        c2[D(k, 2)]++;
    }
    for (i = 0; i < 64; i++) {
        uint32_t a = c0[i], b = c1[i], c = c2[i];
        c0[i] = s0;
        c1[i] = s1;
        c2[i] = s2;
        s0 += a;
        s1 += b;
        s2 += c;
    }
    for (i = 0; i < m; i++)
        tmp[c0[D(keys[i], 0)]++] = keys[i];
    for (i = 0; i < m; i++)
        keys[c1[D(tmp[i], 1)]++] = tmp[i];
    for (i = 0; i < m; i++)
        tmp[c2[D(keys[i], 2)]++] = keys[i];
    return tmp;
}

#undef D

int fx_put_slots(const st_features *fx, st_fvec *v, uint32_t *keys, size_t m, unsigned bits,
                 int base, const uint8_t *weight, double scale, uint32_t *tmp)
{
    size_t i, out = 0;
    double norm = 0;
    int *index;
    double *value;

    if (fx_reserve(v, m))
        return -1;
    index = v->index + v->n;
    value = v->value + v->n;
    keys = fx_sort_slots(keys, m, bits, tmp);
    for (i = 0; i < m;) {
        size_t j = i + 1;
        float w;
        double x;
        if (weight && i + 8 < m)    /* the idf table misses L1: overlap the misses */
            __builtin_prefetch(&weight[keys[i + 8]]);
        w = weight ? fx->idf_palette[weight[keys[i]]] : 1.0f;
        while (j < m && keys[j] == keys[i])
            j++;
        x = w * fx_log1p_count(fx, j - i);
        index[out] = base + (int)keys[i];
        value[out++] = x;
        norm += x * x;
        i = j;
    }
    v->n += out;
    norm = sqrt(norm);
    if (norm > 0) {
        double f = scale / norm;
        for (i = 0; i < out; i++)
            value[i] *= f;
    }
    return 0;
}
