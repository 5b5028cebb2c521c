/* test_features.c - the feature extractor's own data structures: the slot
 * sort, the lexicon's hash probes and pair filter, and the phrase search
 * that hashes phrases word by word, each against a plain reference. */
#include "suites.h"
#include "../features/featurize.h"
#include "../features/fx_internal.h"

#include <jansson.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>


static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

/* Sizes around the insertion-sort and bucketed bounds and far above;
 * keys of 16 and 18 bits, random, all equal, from a few values, at the top
 * of the range, descending. */
START_TEST(slot_sort_matches_qsort)
{
    static const size_t sizes[] = { 0, 1, 2, 3, 31, 32, 33, 34, 63, 64, 65, 200, 255, 256, 257,
                                    1000, 20000 };
    uint32_t seed = 12345u;
    for (size_t si = 0; si < 2 * sizeof sizes / sizeof *sizes; si++) {
        unsigned bits = si % 2 ? FX_SLOT_BITS_MAX : 16;
        size_t m = sizes[si / 2];
        uint32_t *keys = malloc((m + 1) * sizeof *keys), *tmp = malloc((m + 1) * sizeof *tmp);
        uint32_t *want = malloc((m + 1) * sizeof *want);
        ck_assert(keys && tmp && want);
        for (int pattern = 0; pattern < 5; pattern++) {
            uint32_t *got;
            for (size_t i = 0; i < m; i++) {
                seed = seed * 1103515245u + 12345u;
                uint32_t r = (seed >> 8) & ((1u << bits) - 1);
                keys[i] = pattern == 0 ? r
                          : pattern == 1 ? 77u
                          : pattern == 2 ? r % 5u * 65537u % (1u << bits)
                          : pattern == 3 ? (1u << bits) - 1 - (r & 3u)
                          : (uint32_t)(m - i) * 13u % (1u << bits);
            }
            memcpy(want, keys, m * sizeof *keys);
            qsort(want, m, sizeof *want, cmp_u32);
            got = fx_sort_slots(keys, m, bits, tmp);
            ck_assert(got == keys || got == tmp);
            for (size_t i = 0; i < m; i++)
                ck_assert_msg(got[i] == want[i], "m=%zu bits %u pattern %d at %zu: %u, want %u",
                              m, bits, pattern, i, got[i], want[i]);
        }
        free(keys);
        free(tmp);
        free(want);
    }
}
END_TEST

static int never_same(const st_lex_entry *e, const void *arg)
{
    (void)e;
    (void)arg;
    return 0;
}

static int same_term(const st_lex_entry *e, const void *arg)
{
    return strcmp(e->term, arg) == 0;
}

/* Every entry is found by its stored hash, which is st_lex_hash of its
 * term; a probe whose check always fails walks on to an empty slot; every
 * phrase's first two words pass the pair filter. */
START_TEST(lexicon_hash_probes_and_pair_filter)
{
    const st_lexicon *lx = &st_test_fx.lex;
    size_t phrases = 0;
    for (size_t i = 0; i < lx->nslots; i++) {
        const st_lex_entry *e = &lx->slots[i];
        if (!e->term)
            continue;
        ck_assert(e->hash == st_lex_hash(e->term, e->len));
        ck_assert_ptr_eq(st_lexicon_find(lx, e->hash, e->len, same_term, e->term), e);
        ck_assert_ptr_null(st_lexicon_find(lx, e->hash, e->len, never_same, NULL));
        ck_assert_ptr_null(st_lexicon_find(lx, e->hash, e->len + 1u, same_term, e->term));
        if (e->words >= 2) {
            const char *second = strchr(e->term, ' ') + 1;
            uint64_t key = st_lex_pair_key(st_lex_hash(e->term, (size_t)(second - e->term) - 1),
                                           st_lex_hash(second, strcspn(second, " ")));
            ck_assert_msg(st_lexicon_pair_may(lx, key), "%s", e->term);
            phrases++;
        }
    }
    ck_assert_uint_gt(phrases, 100);
    ck_assert_ptr_null(st_lexicon_get(lx, "", 0));
    ck_assert_ptr_null(st_lexicon_get(lx, "no such phrase anywhere", 23));
}
END_TEST

/* The phrase search as it was: write out the phrase of every length from
 * the longest possible down, look it up, then without a final 's. */
static const st_lex_entry *longest_reference(const st_lexicon *lx, const fx_word *w, size_t n,
                                             size_t i, size_t *len)
{
    char buf[12 * (FX_TOK_MAX + 1)];
    size_t want, k;
    if (w[i].punct)
        return NULL;
    want = st_lexicon_max_from(lx, w[i].s, w[i].len);
    if (want > n - i)
        want = n - i;
    for (k = want; k >= 1; k--) {
        size_t j, o = 0;
        const st_lex_entry *e;
        for (j = 0; j < k && !w[i + j].punct; j++) {
            if (j)
                buf[o++] = ' ';
            memcpy(buf + o, w[i + j].s, w[i + j].len);
            o += w[i + j].len;
        }
        if (j < k)
            continue;
        e = st_lexicon_get(lx, buf, o);
        if (!e && o > 3 && buf[o - 2] == '\'' && buf[o - 1] == 's')
            e = st_lexicon_get(lx, buf, o - 2);
        if (e) {
            *len = k;
            return e;
        }
    }
    return NULL;
}

static void check_positions(const char *text)
{
    st_statement s = { text, NULL };
    fx_word *w, *cw;
    size_t n, cn;
    st_error err;
    ck_assert_int_eq(fx_split_statement(&st_test_fx, &s, NULL, 0, &w, &n, &cw, &cn, &err), ST_OK);
    for (size_t i = 0; i < n; i++) {
        size_t got_len = 0, want_len = 0;
        const st_lex_entry *got = fx_longest(&st_test_fx.lex, w, n, i, &got_len);
        const st_lex_entry *want = longest_reference(&st_test_fx.lex, w, n, i, &want_len);
        ck_assert_msg(got == want && got_len == want_len, "'%s' at word %zu: %s/%zu, want %s/%zu",
                      text, i, got ? got->term : "-", got_len, want ? want->term : "-",
                      want_len);
    }
    free(w);
    free(cw);
}

/* Every lexicon term alone, inside a sentence, with a possessive 's on
 * its last word, cut short, followed by punctuation, and run together
 * with the next entry's term: the hashed search agrees with the
 * reference at every word. */
START_TEST(phrase_search_matches_reference)
{
    const st_lexicon *lx = &st_test_fx.lex;
    const char *prev = "not";
    char text[1024];
    for (size_t i = 0; i < lx->nslots; i++) {
        const st_lex_entry *e = &lx->slots[i];
        if (!e->term)
            continue;
        snprintf(text, sizeof text, "%s", e->term);
        check_positions(text);
        snprintf(text, sizeof text, "They said the %s today, %s.", e->term, prev);
        check_positions(text);
        snprintf(text, sizeof text, "the %s's %s's", e->term, prev);
        check_positions(text);
        snprintf(text, sizeof text, "%.*s, %s; %s %s", (int)(e->len / 2), e->term, e->term,
                 prev, e->term);
        check_positions(text);
        prev = e->term;
    }
    check_positions("");
    check_positions("a a a a a a a a a a a a a a a a a a a a a a a a a a a a");
    check_positions("not only not only not only but also but also");
}
END_TEST

/* Compares the fast split of text (skipping [from, to)) with the general
 * one; 1 when the fast path applied. */
static int fast_matches_general(const char *text, size_t from, size_t to)
{
    fx_word *a = NULL, *g = NULL;
    size_t na = 0, ng = 0;
    st_error err;
    if (fx_split_words(&st_test_fx, text, from, to, FX_SPLIT_FAST, &a, &na, &err) != ST_OK)
        return 0;
    ck_assert_int_eq(fx_split_words(&st_test_fx, text, from, to, FX_SPLIT_GENERAL, &g, &ng, &err),
                     ST_OK);
    ck_assert_msg(na == ng, "'%s': %zu words, want %zu", text, na, ng);
    for (size_t k = 0; k < na; k++) {
        ck_assert_msg(a[k].len == g[k].len && a[k].punct == g[k].punct &&
                      memcmp(a[k].s, g[k].s, a[k].len) == 0 && a[k].h64 == g[k].h64 &&
                      a[k].h32 == g[k].h32 && a[k].exact == g[k].exact &&
                      a[k].entry == g[k].entry && a[k].cls == g[k].cls &&
                      (a[k].punct || a[k].max_from == g[k].max_from),
                      "'%s' word %zu: '%s', want '%s'", text, k, a[k].s, g[k].s);
    }
    free(a);
    free(g);
    return 1;
}

/* The fast splitter (mostly-ASCII statements) gives the words of the
 * shared tokenizer for every labelled statement and context, and for
 * strings aimed at each of its rules; the self-check left it on. */
START_TEST(fast_split_matches_tokenizer)
{
    static const char *const probes[] = {
        "China’s ‘quoted’ ’ ‘ a’ ’a a’b a‘b it's 's a's",
        "«a» “b” c–d e—f g…h … …a a… ...",
        "U.S. e.g. a.b.c. a.b. .a a. a..b 4. 4.5 .5 A.B.C.D.",
        "N.Alakbarov Sh.Mirzaahmedov SH.Ab N.A Nb.Ab n.Ab Abc.Def N.A. St.Louis",
        "200,000 4,5,6 a,4 4,a ,4 4, 1,000.50 3rd 2024-11-29 x1 1x 4'5 4’5",
        "\n\n a \n\t b\r\n c \v\f d",
        "\x04\x05\x7f control \x1f chars",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa’s",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa’s",
        "WE Our uS THEY Their yOu BUT However YET not Not NOT",
        "-a- 'a' a-'b a'-b a--b a''b a.-b",
        "", " ", "a", "’", "…", "«", ".",
    };
    json_t *line;
    json_error_t jerr;
    size_t fast = 0, total = 0;
    FILE *f = fopen(st_test_path("training-data/statements.jsonl"), "r");
    char buf[1 << 16];

    ck_assert_int_eq(st_test_fx.fast_words, 1);
    for (size_t i = 0; i < sizeof probes / sizeof *probes; i++) {
        size_t len = strlen(probes[i]);
        for (size_t from = 0; from <= len; from += len / 3 + 1)
            for (size_t to = from; to <= len; to += len / 4 + 1)
                if ((from == len || ((unsigned char)probes[i][from] & 0xC0) != 0x80) &&
                    (to == len || ((unsigned char)probes[i][to] & 0xC0) != 0x80))
                    fast += fast_matches_general(probes[i], from, to);
    }
    ck_assert_ptr_nonnull(f);
    while (fgets(buf, sizeof buf, f)) {
        const char *text, *context;
        line = json_loads(buf, 0, &jerr);
        ck_assert_ptr_nonnull(line);
        text = json_string_value(json_object_get(line, "text"));
        context = json_string_value(json_object_get(line, "context"));
        ck_assert_ptr_nonnull(text);
        total++;
        fast += fast_matches_general(text, 0, 0);
        if (context) {
            const char *at = strstr(context, text);
            size_t from = at ? (size_t)(at - context) : 0;
            total++;
            fast += fast_matches_general(context, from, at ? from + strlen(text) : 0);
        }
        json_decref(line);
    }
    fclose(f);
    /* most statements take the fast path, or it is not worth having */
    ck_assert_uint_gt(fast, total / 2);
}
END_TEST

/* A statement past ST_FX_MAX_TOKENS and past the keys kept on the stack,
 * with many repeats: sorted, unique, finite, the same twice. */
START_TEST(long_repetitive_statement)
{
    size_t cap = 64 * 1024, o = 0;
    char *text = malloc(cap);
    st_fvec v = { NULL, NULL, 0, 0 }, v2 = { NULL, NULL, 0, 0 };
    st_error err;
    ck_assert_ptr_nonnull(text);
    for (int i = 0; i < 6000 && o + 32 < cap; i++)
        o += (size_t)snprintf(text + o, cap - o, "%s ", i % 3 ? "not peace" : "war's");
    text[o] = '\0';
    {
        st_statement s = { text, text };
        ck_assert_int_eq(st_features_extract(&st_test_fx, &s, &v, NULL, &err), ST_OK);
        ck_assert_int_eq(st_features_extract(&st_test_fx, &s, &v2, NULL, &err), ST_OK);
    }
    ck_assert_uint_gt(v.n, 3);
    ck_assert_uint_eq(v.n, v2.n);
    for (size_t k = 0; k < v.n; k++) {
        if (k)
            ck_assert_int_gt(v.index[k], v.index[k - 1]);
        ck_assert(v.index[k] == v2.index[k] && v.value[k] == v2.value[k]);
    }
    st_fvec_free(&v);
    st_fvec_free(&v2);
    free(text);
}
END_TEST

/* A quote whose words sit in the caller's stack room, then a context
 * that is not UTF-8: an input error, the room not freed (ASan checks). */
START_TEST(bad_context_after_quote_in_room)
{
    st_statement s = { "We will talk.", "He said \xff\xfe \"We will talk.\"" };
    st_fvec v = { NULL, NULL, 0, 0 };
    st_error err;
    ck_assert_int_eq(st_features_extract(&st_test_fx, &s, &v, NULL, &err), ST_ERR_INPUT);
    s.context = "He said \"We will talk.\" on Monday, not later.";
    ck_assert_int_eq(st_features_extract(&st_test_fx, &s, &v, NULL, &err), ST_OK);
    ck_assert_uint_gt(v.n, 0);
    st_fvec_free(&v);
}
END_TEST

Suite *st_suite_features(void)
{
    Suite *s = suite_create("features");
    TCase *tc = tcase_create("features");
    tcase_set_timeout(tc, 120);
    tcase_add_checked_fixture(tc, st_test_fx_setup, st_test_fx_teardown);
    tcase_add_test(tc, slot_sort_matches_qsort);
    tcase_add_test(tc, lexicon_hash_probes_and_pair_filter);
    tcase_add_test(tc, phrase_search_matches_reference);
    tcase_add_test(tc, fast_split_matches_tokenizer);
    tcase_add_test(tc, long_repetitive_statement);
    tcase_add_test(tc, bad_context_after_quote_in_room);
    suite_add_tcase(s, tc);
    return s;
}
