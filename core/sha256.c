/* sha256.c - SHA-256 (FIPS 180-4): portable C, and the x86 SHA
 * extensions where the CPU has them.
 *
 * Every model load hashes the model files before libsvm may read them,
 * and with the pooled rows those are 23 MB: the portable rounds took a
 * third of the load's instructions (0.13 s of 0.4 s).  The SHA extensions
 * (Intel since Goldmont and Ice Lake, AMD since Zen) do the same rounds
 * several times faster; the choice is made at run time from CPUID, so one
 * build serves every x86-64 machine (valgrind's CPU reports no SHA, and
 * gets the portable rounds). */
#include "sha256.h"

#include <stdatomic.h>
#include <stdio.h>
#include <string.h>

static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
    0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
    0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
    0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
    0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
    0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
    0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2,
};

#define ROR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

static void block(uint32_t state[8], const unsigned char *p)
{
    uint32_t w[64], a, b, cc, d, e, f, g, h;
    int i;
    for (i = 0; i < 16; i++)
        w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
               (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
    for (i = 16; i < 64; i++) {
        uint32_t s0 = ROR(w[i - 15], 7) ^ ROR(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = ROR(w[i - 2], 17) ^ ROR(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    a = state[0]; b = state[1]; cc = state[2]; d = state[3];
    e = state[4]; f = state[5]; g = state[6]; h = state[7];
    for (i = 0; i < 64; i++) {
        uint32_t t1 = h + (ROR(e, 6) ^ ROR(e, 11) ^ ROR(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i];
        uint32_t t2 = (ROR(a, 2) ^ ROR(a, 13) ^ ROR(a, 22)) + ((a & b) ^ (a & cc) ^ (b & cc));
        h = g; g = f; f = e; e = d + t1;
        d = cc; cc = b; b = a; a = t1 + t2;
    }
    state[0] += a; state[1] += b; state[2] += cc; state[3] += d;
    state[4] += e; state[5] += f; state[6] += g; state[7] += h;
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>
#include <immintrin.h>
#define ST_SHA_X86 1

/* n blocks with the SHA extensions: the state kept as ABEF and CDGH, two
 * rounds per sha256rnds2, the schedule four words at a time by
 * sha256msg1/msg2 (Intel's "SHA extensions" paper, 2013). */
__attribute__((target("sha,ssse3,sse4.1")))
static void blocks_x86(uint32_t state[8], const unsigned char *p, size_t n)
{
    const __m128i order = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    __m128i tmp = _mm_loadu_si128((const __m128i *)&state[0]);
    __m128i s1 = _mm_loadu_si128((const __m128i *)&state[4]);
    __m128i s0;
    tmp = _mm_shuffle_epi32(tmp, 0xB1);                 /* CDAB */
    s1 = _mm_shuffle_epi32(s1, 0x1B);                   /* EFGH */
    s0 = _mm_alignr_epi8(tmp, s1, 8);                   /* ABEF */
    s1 = _mm_blend_epi16(s1, tmp, 0xF0);                /* CDGH */
    for (; n > 0; n--, p += 64) {
        __m128i abef = s0, cdgh = s1, w[4], msg;
        int g;
        for (g = 0; g < 4; g++)
            w[g] = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(p + 16 * g)), order);
        for (g = 0; g < 16; g++) {
            if (g >= 4) {
                /* Words 4g..4g+3 from the four groups before them. */
                __m128i t = _mm_sha256msg1_epu32(w[g % 4], w[(g + 1) % 4]);
                t = _mm_add_epi32(t, _mm_alignr_epi8(w[(g + 3) % 4], w[(g + 2) % 4], 4));
                w[g % 4] = _mm_sha256msg2_epu32(t, w[(g + 3) % 4]);
            }
            msg = _mm_add_epi32(w[g % 4], _mm_loadu_si128((const __m128i *)&K[4 * g]));
            s1 = _mm_sha256rnds2_epu32(s1, s0, msg);
            msg = _mm_shuffle_epi32(msg, 0x0E);
            s0 = _mm_sha256rnds2_epu32(s0, s1, msg);
        }
        s0 = _mm_add_epi32(s0, abef);
        s1 = _mm_add_epi32(s1, cdgh);
    }
    tmp = _mm_shuffle_epi32(s0, 0x1B);                  /* FEBA */
    s1 = _mm_shuffle_epi32(s1, 0xB1);                   /* DCHG */
    s0 = _mm_blend_epi16(tmp, s1, 0xF0);                /* DCBA */
    s1 = _mm_alignr_epi8(s1, tmp, 8);                   /* HGFE */
    _mm_storeu_si128((__m128i *)&state[0], s0);
    _mm_storeu_si128((__m128i *)&state[4], s1);
}

static int cpu_has_sha(void)
{
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & (1u << 9)) || !(c & (1u << 19)))
        return 0;                                       /* SSSE3, SSE4.1 */
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
        return 0;
    return (b >> 29) & 1;                               /* SHA */
}
#else
#define ST_SHA_X86 0
static int cpu_has_sha(void)
{
    return 0;
}
#endif

/* -1 not yet asked, 0 portable, 1 the SHA extensions; set once, read by
 * any thread. */
static atomic_int accel = -1;

int st_sha256_accel(int want)
{
    atomic_store_explicit(&accel, want && cpu_has_sha(), memory_order_relaxed);
    return atomic_load_explicit(&accel, memory_order_relaxed);
}

static void compress(uint32_t state[8], const unsigned char *p, size_t n)
{
#if ST_SHA_X86
    int a = atomic_load_explicit(&accel, memory_order_relaxed);
    if (a < 0)
        a = st_sha256_accel(1);
    if (a) {
        blocks_x86(state, p, n);
        return;
    }
#endif
    for (; n > 0; n--, p += 64)
        block(state, p);
}

void st_sha256_init(st_sha256 *c)
{
    static const uint32_t iv[8] = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                    0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };
    memcpy(c->h, iv, sizeof iv);
    c->bytes = 0;
    c->used = 0;
}

void st_sha256_update(st_sha256 *c, const void *data, size_t len)
{
    const unsigned char *p = data;
    c->bytes += len;
    if (c->used > 0) {
        size_t n = 64 - c->used < len ? 64 - c->used : len;
        memcpy(c->buf + c->used, p, n);
        c->used += n;
        p += n;
        len -= n;
        if (c->used < 64)
            return;
        compress(c->h, c->buf, 1);
        c->used = 0;
    }
    if (len >= 64) {
        compress(c->h, p, len / 64);
        p += len / 64 * 64;
        len %= 64;
    }
    if (len > 0)
        memcpy(c->buf, p, len);
    c->used = len;
}

int st_sha256_file(const char *path, char hex[65], long *bytes)
{
    FILE *fp = fopen(path, "rb");
    unsigned char buf[65536];
    st_sha256 h;
    size_t n;
    int failed;
    if (!fp)
        return -1;
    st_sha256_init(&h);
    *bytes = 0;
    while ((n = fread(buf, 1, sizeof buf, fp)) > 0) {
        st_sha256_update(&h, buf, n);
        *bytes += (long)n;
    }
    failed = ferror(fp);
    fclose(fp);
    if (failed)
        return -1;
    st_sha256_hex(&h, hex);
    return 0;
}

void st_sha256_hex(st_sha256 *c, char hex[65])
{
    uint64_t bits = c->bytes * 8;
    unsigned char pad = 0x80, len[8];
    int i;
    st_sha256_update(c, &pad, 1);
    pad = 0;
    while (c->used != 56)
        st_sha256_update(c, &pad, 1);
    for (i = 0; i < 8; i++)
        len[i] = (unsigned char)(bits >> (56 - 8 * i));
    st_sha256_update(c, len, 8);
    for (i = 0; i < 8; i++)
        snprintf(hex + 8 * i, 9, "%08x", c->h[i]);
}
