/* evidence.c - is a quoted span something a speaker said, and where is the
 * reporter's sentence around it?
 *
 * quotes.c pairs the marks; this file weighs each pair: sentence ends
 * (abbreviations aside), the number and case of the words, a partial or a
 * full quote, link lines and lists of other stories' headlines (links.c), naming and
 * inscription words before the mark ("so-called", "banners reading"), and
 * an attribution cue in the sentence.  A word list of terms is never the
 * evidence; the words around the quote are. */
#include "evidence.h"
#include "../core/util.h"

#include <stdlib.h>
#include <string.h>

size_t st_ev_trim_end(const st_text *t, size_t from, size_t end)
{
    while (end > from && st_cp_is_space(t->cp[end - 1]))
        end--;
    return end;
}

/* Words that end with a dot without ending a sentence, by length (a
 * space-separated list of that many letters each), so that a word is
 * compared only with abbreviations as long as itself. */
static const char *const abbreviations[] = {
    NULL, NULL,
    "mr ms dr st lt jr sr vs no co mt ft fr md ir",
    "mrs gen sen rep gov col maj sgt jan feb mar apr aug sep oct nov dec rev adm inc ltd eng hon smt "
    "det cpl pte cdr del ald drs",
    "prof capt sept cmdr corp mohd engr insp supt brig coun",
};

static int abbreviation_before(const st_text *t, size_t dot)
{
    size_t s = dot, k, n;
    char w[8];
    const char *list;
    while (s > 0 && st_cp_is_letter(t->cp[s - 1]) && dot - s < 7)
        s--;
    if (dot - s == 1 && st_cp_is_upper(t->cp[s]))
        return 1;   /* an initial: John F. Kennedy, U.S. */
    if (dot - s == 1 && s >= 2 && t->cp[s - 1] == '.' && st_cp_is_letter(t->cp[s - 2]))
        return 1;   /* "at 10 p.m. was", "e.g.": letters and stops */
    n = dot - s;
    if (st_cp_spanish_title(t->cp + s, n))
        return 1;   /* "Lic. Ernesto Villaseñor" (not "ING.") */
    if (n < 2 || n > 4)
        return 0;   /* no listed abbreviation is shorter or longer */
    for (k = s; k < dot; k++) {
        uint32_t c = st_cp_lower(t->cp[k]);
        if (c >= 0x80)
            return 0;
        w[k - s] = (char)c;
    }
    for (list = abbreviations[n]; *list; list += n + (list[n] == ' ')) {
        if (memcmp(list, w, n) == 0)
            return 1;
    }
    return 0;
}

/* Per code point: where a sentence scan may stop.  Computed once per
 * article, because every quote scans its sentence back and forth twice and
 * the abbreviation test is the costly part; whether a terminator sits
 * inside a statement changes as scare quotes are dropped, so that is
 * checked at scan time against in_quote. */

/* Walks the tokens rather than the code points: every newline is inside a
 * break token, and a terminator followed by a space ends a token (a
 * punctuation token, or a word ending in an abbreviation's dot: "e.g.",
 * "U.S."), so only the last code point of each token can be a stop. */
void st_ev_sentence_stops(const st_doc *d, uint8_t *stop)
{
    const st_text *t = d->t;
    for (size_t k = 0; k < d->tk.n; k++) {
        const st_token *tk = &d->tk.v[k];
        size_t i = tk->end - 1;
        uint32_t c = t->cp[i];
        if (tk->type == ST_TOK_BREAK) {
            for (i = tk->start; i < tk->end; i++)
                if (t->cp[i] == '\n')
                    stop[i] = ST_STOP_LINE;
        } else if (st_cp_ends_sentence(c) && (i + 1 >= t->len || st_cp_is_space(t->cp[i + 1])) &&
                   (c != '.' || !abbreviation_before(t, i))) {
            stop[i] = ST_STOP_TERMINATOR;
        }
    }
}

static int sentence_break_at(const st_doc *d, size_t i)
{
    return d->stop[i] == ST_STOP_TERMINATOR && !d->in_quote[i];
}

/* How far a sentence boundary is looked for: real sentences are far
 * shorter, and the bound keeps one endless "sentence" linear. */
#define SENTENCE_SCAN 4000

void st_ev_sentence_bounds(const st_doc *d, st_quote *q, size_t close)
{
    const st_text *t = d->t;
    const uint8_t *stop = d->stop;
    size_t s = q->open_mark, e = close + 1;
    size_t s_min = s > SENTENCE_SCAN ? s - SENTENCE_SCAN : 0;
    size_t e_max = e + SENTENCE_SCAN < t->len ? e + SENTENCE_SCAN : t->len;

    while (s > s_min && (stop[s - 1] == 0 || (stop[s - 1] == ST_STOP_TERMINATOR &&
                                               d->in_quote[s - 1])))
        s--;
    while (s < q->open_mark && st_cp_is_space(t->cp[s]))
        s++;
    while (e < e_max && stop[e] != ST_STOP_LINE) {
        if (sentence_break_at(d, e)) {
            e++;
            break;
        }
        e++;
    }
    q->sent_start = s;
    q->sent_end = st_ev_trim_end(t, s, e);
}

size_t st_ev_count_words(const st_text *t, size_t from, size_t to, int *all_title)
{
    static const char *const small[] = { "a", "an", "the", "of", "and", "in", "on",
        "for", "to", "at", "with", "by", "from", "or", NULL };
    size_t n = 0, i = from;
    int title = 1, stop = 0;
    while (i < to) {
        if (st_cp_is_alnum(t->cp[i])) {
            size_t s = i;
            if (stop)
                title = 0;  /* a sentence inside; a stop at the end is only
                               the style that sets it inside the marks */
            while (i < to && (st_cp_is_alnum(t->cp[i]) || t->cp[i] == '-' || t->cp[i] == '\''))
                i++;
            n++;
            /* Once a word has broken title case, only the count matters. */
            if (title && !st_cp_is_upper(t->cp[s]) && !st_cp_is_digit(t->cp[s])) {
                int is_small = 0, k;
                for (k = 0; small[k]; k++) {
                    size_t L = strlen(small[k]), j;
                    if (L != i - s)
                        continue;
                    for (j = 0; j < L && t->cp[s + j] == (uint32_t)small[k][j]; j++)
                        ;
                    if (j == L)
                        is_small = 1;
                }
                if (!is_small || n == 1)
                    title = 0;
            }
        } else {
            if (t->cp[i] == '!' || t->cp[i] == '?')
                title = 0;  /* "THEY STOLE MY GOLD!" is said */
            else if (t->cp[i] == '.' || t->cp[i] == ',' || t->cp[i] == ';' || t->cp[i] == ':')
                stop = 1;
            i++;
        }
    }
    if (all_title)
        *all_title = title && n > 0;
    return n;
}

/* The word right before position pos on the same line, lower-cased into w. */
static void word_before(const st_text *t, size_t pos, char *w, size_t size)
{
    size_t e = pos, s, k, o = 0;
    while (e > 0 && t->cp[e - 1] != '\n' && st_cp_is_space(t->cp[e - 1]))
        e--;
    s = e;
    while (s > 0 && (st_cp_is_alnum(t->cp[s - 1]) || t->cp[s - 1] == '-'))
        s--;
    for (k = s; k < e && o + 4 < size; k++)
        o += st_utf8_put(st_cp_lower(t->cp[k]), w + o);
    w[o] = '\0';
}

static int is_cue_word(const char *w)
{
    static const char *const cues[] = { "said", "says", "say", "added", "adds",
        "told", "asked", "wrote", "writes", "stated", "declared", "replied",
        "warned", "tweeted", "posted", "insisted", "noted", "explained", NULL };
    int k;
    for (k = 0; cues[k]; k++)
        if (strcmp(w, cues[k]) == 0)
            return 1;
    return 0;
}

int st_ev_decide_kind(const st_text *t, size_t open, size_t start, size_t end)
{
    size_t p = open;
    uint32_t first = 0, prev;
    size_t k;
    char w[32];

    /* The quote's first letter: looked for inside the quote only (beyond
     * it, a text of empty quotes made this quadratic). */
    for (k = start; k < end && !st_cp_is_alnum(first); k++)
        first = t->cp[k];
    while (p > 0 && t->cp[p - 1] != '\n' && st_cp_is_space(t->cp[p - 1]))
        p--;
    if (p == 0 || t->cp[p - 1] == '\n')
        return ST_KIND_FULL;
    prev = t->cp[p - 1];
    if (prev == ':' || st_cp_ends_sentence(prev) || prev == 0x2022 || prev == 0x201D ||
        prev == 0x2019 || prev == '"')
        return ST_KIND_FULL;
    if ((prev == ',' || prev == 0x2014 || prev == 0x2013) && st_cp_is_upper(first))
        return ST_KIND_FULL;
    if (prev == ']' && st_cp_is_upper(first)) {
        /* "[Photo caption] ‘We are building the plane …’: X at …": a
         * bracketed label opening the line is no sentence around it */
        size_t b = p - 1, words = 0;
        while (b > 0 && t->cp[b - 1] != '[' && t->cp[b - 1] != '\n' && words < 4)
            words += st_ev_inline_space(t->cp[--b]);
        if (b > 0 && t->cp[b - 1] == '[') {
            b--;
            while (b > 0 && t->cp[b - 1] != '\n' && st_cp_is_space(t->cp[b - 1]))
                b--;
            if (b == 0 || t->cp[b - 1] == '\n')
                return ST_KIND_FULL;
        }
    }
    if (prev == ',') {
        /* “We are ready,” she said, “and we will act.”: the attribution
         * interrupts one utterance, whose second half stands as its own. */
        size_t b = p - 1, words = 0;
        while (b > 0 && t->cp[b - 1] != '\n' && words < 8) {
            uint32_t c = t->cp[b - 1];
            if (c == 0x201D || c == 0x2019 || c == '"' || c == '\'' || c == 0xBB || c == 0xAB)
                return (b >= 2 && (t->cp[b - 2] == ',' || st_cp_ends_sentence(t->cp[b - 2])))
                           ? ST_KIND_FULL : ST_KIND_PARTIAL;
            if (st_ev_inline_space(c))
                words++;
            b--;
        }
    }
    word_before(t, open, w, sizeof w);
    if (st_cp_is_upper(first) && is_cue_word(w))
        return ST_KIND_FULL;
    return ST_KIND_PARTIAL;
}

/* Up to n lower-cased words before pos on the same line, nearest first;
 * stops at sentence punctuation.  Returns how many were found. */
static size_t words_before(const st_text *t, size_t pos, char w[][32], size_t n)
{
    size_t got = 0, e = pos;
    while (got < n) {
        size_t s, k, o = 0;
        while (e > 0 && (st_cp_is_space(t->cp[e - 1]) || t->cp[e - 1] == ',') &&
               t->cp[e - 1] != '\n')
            e--;
        s = e;
        while (s > 0 && (st_cp_is_alnum(t->cp[s - 1]) || t->cp[s - 1] == '-' ||
                         ((t->cp[s - 1] == 0x2019 || t->cp[s - 1] == '\'') && s < e)))
            s--;
        if (s == e)
            break;
        for (k = s; k < e && o + 4 < 32; k++)
            o += st_utf8_put(st_cp_lower(t->cp[k] == 0x2019 ? '\'' : t->cp[k]), w[got] + o);
        w[got][o] = '\0';
        got++;
        e = s;
    }
    return got;
}

static int in_list(const char *w, const char *const *list)
{
    for (; *list; list++)
        if (strcmp(w, *list) == 0)
            return 1;
    return 0;
}

/* "Critics have taken to calling the model", "what locals have come to
 * call", "what he likes to call": a habit of naming, a verb of calling
 * after "to" and a verb of habit, within the six words before the mark
 * at pos: what follows is a name, not anyone's words. */
static int habitual_naming(const st_text *t, size_t pos)
{
    static const char *const habits[] = { "taken", "take", "takes", "come", "came", "like",
                                          "likes", "liked", "love", "loves", NULL };
    char six[6][32];
    size_t got = words_before(t, pos, six, 6), k;
    for (k = 0; k + 2 < got; k++)
        if ((strcmp(six[k], "calling") == 0 || strcmp(six[k], "call") == 0) &&
            strcmp(six[k + 1], "to") == 0 && in_list(six[k + 2], habits))
            return 1;
    return 0;
}

/* Naming verbs: what they introduce in quotes is a term, not a quotation
 * ("what officials call a “pivot to the East”"). */
static const char *const naming_verbs[] = { "call", "calls", "called", "calling", "dub",
    "dubs", "dubbed", "term", "terms", "termed", "label", "labels", "labelled",
    "labeled", "brand", "brands", "branded", "describe", "describes", "described", "billed",
    "framed", "frames", "styled", "styles", NULL };
static const char *const determiners[] = { "a", "an", "the", "its", "their", "his", "her",
    "our", "this", "that", "these", "those", NULL };
static const char *const function_words[] = { "and", "or", "but", "to", "in", "on", "of",
    "as", "at", "for", "with", "by", "from", "that", "which", "who", "if", "when", "while",
    "because", "over", "after", "before", "between", "against", "is", "are", "was", "were",
    "has", "have", "had", "would", "will", "could", "should", "can", "may", "might", "must",
    "not", "into", "than", "unless", "until", "so", "said", "says", "he", "she", "they",
    "it", "we", "i", "the", "a", "an", "also", "be", "been", "being", "do", "does", "did",
    "about", "under", "toward", "towards", "through", "during", "without", "within", NULL };

/* The word right after the closing mark, lower-cased, when it follows
 * directly (no punctuation between). */
static void word_after(const st_text *t, size_t close, char *w, size_t size)
{
    size_t i = close + 1, o = 0;
    while (i < t->len && st_ev_inline_space(t->cp[i]))
        i++;
    while (i < t->len && st_cp_is_alnum(t->cp[i]) && o + 4 < size)
        o += st_utf8_put(st_cp_lower(t->cp[i++]), w + o);
    w[o] = '\0';
}

/* "which he described as “…”", "a figure she describes as “…”": a person
 * describing something in words of their own is quoted, not naming it.
 * w[v] is the verb; the word before it a personal pronoun. */
static int speaker_describes(char w[][32], size_t n, size_t v)
{
    static const char *const describe[] = { "describe", "describes", "described", NULL };
    static const char *const pronouns[] = { "he", "she", "they", "we", "i", NULL };
    return in_list(w[v], describe) && v + 1 < n && in_list(w[v + 1], pronouns);
}

/* Evidence that a short quoted phrase is used as a term or name: a naming
 * verb before it, "known as", or a determiner before it and a noun after
 * it ("the “going out” strategy"). */
static int used_as_term(const st_text *t, const st_quote *q, size_t words)
{
    char w[6][32], next[32];
    size_t n = words_before(t, q->open_mark, w, 6), k;
    int det = n > 0 && (in_list(w[0], determiners) ||
                        (strlen(w[0]) > 2 && strcmp(w[0] + strlen(w[0]) - 2, "'s") == 0));

    if (words > 6)
        return 0;
    /* "He rejected what he called “unacceptable interference”": the
     * speaker's own words, a person's pronoun naming who called it so
     * (not "what officials call a “pivot to the East”") */
    if (n > 2 && in_list(w[0], naming_verbs) && strcmp(w[2], "what") == 0 &&
        (strcmp(w[1], "he") == 0 || strcmp(w[1], "she") == 0))
        return 0;
    if (n > 0 && in_list(w[0], naming_verbs))
        return 1;
    if (det && n > 1 && in_list(w[1], naming_verbs))
        return 1;
    for (k = 0; k + 1 < n && k < 4; k++) {
        size_t v = k + 1;
        size_t len = strlen(w[v]);
        if (len > 4 && strcmp(w[v] + len - 2, "ly") == 0 && v + 1 < n)
            v++;    /* "billed locally as the ‘Mill Towns derby’" */
        if (v + 1 < n && (strcmp(w[v], "itself") == 0 || strcmp(w[v], "themselves") == 0 ||
                          strcmp(w[v], "himself") == 0 || strcmp(w[v], "herself") == 0))
            v++;    /* "framed itself as the “Games of short distances”" */
        /* (not "described the call as “cordial”": "the call" is a noun) */
        if (strcmp(w[k], "as") == 0 && (k == 0 || (k == 1 && det)) &&
            (strcmp(w[v], "known") == 0 || in_list(w[v], naming_verbs)) &&
            !speaker_describes(w, n, v) && !(v + 1 < n && in_list(w[v + 1], determiners)))
            return 1;
    }
    for (k = 1; k < n; k++)
        if (strcmp(w[k], "what") == 0 && in_list(w[k - 1], naming_verbs))
            return 1;
    for (k = 2; k < n; k++)
        if (strcmp(w[k], "what") == 0 && in_list(w[k - 2], naming_verbs))
            return 1;
    if (det && q->kind == ST_KIND_PARTIAL && words <= 3) {
        word_after(t, q->end, next, sizeof next);
        if (next[0] && !in_list(next, function_words))
            return 1;   /* the quote modifies the noun after it */
    }
    return 0;
}

/* Words that put what follows in quotes as an inscription or a title, not
 * something said: banners "reading" it, a "slogan", a "documentary", an
 * "operation".  Short quotes after them are not statements; only the
 * nouns also count across a comma or colon ("the slogan, “One Road”"). */
static const char *const inscribed[] = { "reading", "read", "reads", "slogan", "slogans", "motto",
    "book", "novel", "film", "movie", "documentary", "album", "song", "hashtag", "banner",
    "banners", "placard", "placards", "poster", "posters", "sign", "signs", "operation",
    "headlined", "captioned", NULL };
static const char *const inscribed_punct[] = { "slogan", "motto", "hashtag", NULL };

/* Works that carry titles: across a comma ("her previous book, ‘Tides of
 * Influence: …’") the quote is their title when it is written as one. */
static const char *const titled_works[] = { "book", "memoir", "novel", "report", "study",
    "film", "documentary", "album", "play", "series", "programme", "exhibition", "essay", NULL };

/* Words whose quote is a term being discussed, not said: "used the phrase
 * “asylum tourism”". */
static const char *const term_nouns[] = { "phrase", "term", "expression", "label", "nickname",
                                          "moniker", "epithet", NULL };

/* A crowd's words, not a speaker's: "a chant of “Dazé! Dazé!”", "a cry of
 * “Tharindu! Tharindu!”", "chanting “…”". */
static const char *const crowd_nouns[] = { "chant", "chants", "cry", "cries", "shouts",
                                           "roar", "chorus", NULL };
static const char *const crowd_verbs[] = { "chanted", "chanting", "chant", "chants", NULL };

/* Written as a title: every word capitalised but small ones, a subtitle
 * after a colon and a list's commas allowed ("Sovereignty on Trial:
 * Investors, States and the Arbitration Boom"); no sentence inside. */
static int title_like(const st_text *t, size_t from, size_t to)
{
    static const char *const small[] = { "a", "an", "the", "of", "and", "in", "on", "for",
        "to", "at", "with", "by", "from", "or", "is", "not", NULL };
    size_t i = from, n = 0;
    while (i < to) {
        if (st_cp_is_alnum(t->cp[i])) {
            size_t st = i, k;
            char w[16];
            while (i < to && (st_cp_is_alnum(t->cp[i]) || t->cp[i] == '-' || t->cp[i] == '\'' ||
                              t->cp[i] == 0x2019))
                i++;
            n++;
            if (st_cp_is_upper(t->cp[st]) || st_cp_is_digit(t->cp[st]))
                continue;
            if (n == 1 || i - st >= sizeof w)
                return 0;
            for (k = st; k < i; k++)
                w[k - st] = (char)(t->cp[k] < 128 ? t->cp[k] : '?');
            w[i - st] = '\0';
            if (!in_list(w, small))
                return 0;
        } else {
            /* (a stop ends a sentence, not a number's decimals: "$1.4
             * Billion") */
            if ((t->cp[i] == '.' && !(i > from && i + 1 < to && st_cp_is_digit(t->cp[i - 1]) &&
                                      st_cp_is_digit(t->cp[i + 1]))) ||
                t->cp[i] == '!' || t->cp[i] == '?' || t->cp[i] == ';')
                return 0;
            i++;
        }
    }
    return n >= 2;
}

/* Is the span in capitals throughout ("THEY WANT ME COOKING IN A
 * CUPBOARD", a tabloid's shout), or does it open with a personal pronoun
 * ("We Didn't Move Here To Live Next To A Server Farm")?  Such words are
 * said, not a title. */
static int shouted_or_personal(const st_text *t, size_t from, size_t to)
{
    static const char *const personal[] = { "i", "we", "you", "they", "he", "she", "my",
        "our", NULL };
    size_t i, k;
    char w[8];
    for (i = from; i < to && !st_cp_is_lower(t->cp[i]); i++)
        ;
    if (i == to)
        return 1;
    for (i = from; i < to && !st_cp_is_letter(t->cp[i]); i++)
        ;
    for (k = 0; i < to && k + 1 < sizeof w && st_cp_is_letter(t->cp[i]); i++, k++)
        w[k] = (char)(t->cp[i] < 0x80 ? st_cp_lower(t->cp[i]) : '?');
    w[k] = '\0';
    return (i == to || !st_cp_is_letter(t->cp[i])) && in_list(w, personal);
}

/* A tabloid's crosshead or headline that opens its line with a shout,
 * ‘WE WILL NOT BE LECTURED’ alone on its line, or before the headline's
 * words in sentence case (“I WON'T BE BOUGHT” Darts king snubs …): two
 * or more words someone said, not a title.  Not ‘O PROFESSOR’ KEEPS HIS
 * DISTANCE, a crosshead in capitals that only names something. */
static int shouted_line_head(const st_text *t, const st_quote *q, size_t words)
{
    size_t p = q->open_mark, k;
    if (words < 2 || !shouted_or_personal(t, q->start, q->end))
        return 0;
    while (p > 0 && st_ev_inline_space(t->cp[p - 1]))
        p--;
    /* (or after a kicker in capitals and its colon: "MINISTER: “NOTHING
     * IS SET IN STONE”", "1. THE DEVELOPMENT ROAD: 'NOT A DREAM ON
     * PAPER'") */
    if (p > 1 && t->cp[p - 1] == ':') {
        size_t b = p - 1, upper = 0;
        while (b > 0 && t->cp[b - 1] != '\n' && !st_cp_is_lower(t->cp[b - 1]) && p - b < 80)
            upper += st_cp_is_upper(t->cp[--b]);
        if ((b == 0 || t->cp[b - 1] == '\n') && upper >= 3)
            p = b;
    }
    if (p > 0 && t->cp[p - 1] != '\n')
        return 0;
    for (k = q->end + 1; k < t->len && st_ev_inline_space(t->cp[k]); k++)
        ;
    if (k >= t->len || !st_cp_is_letter(t->cp[k]))
        return 1;   /* the line's end, or a colon or dash */
    for (; k < t->len && st_cp_is_letter(t->cp[k]); k++)
        if (st_cp_is_lower(t->cp[k]))
            return 1;
    return 0;
}

/* "banners reading ‘DE SOUSA OUT’ and ‘SELL THE BOARD’": the second of two
 * quotes joined by and/or, when the first follows an inscription word. */
static int second_inscription(const st_doc *d, size_t open, const char *w)
{
    const st_text *t = d->t;
    size_t p = open, k;
    char before[32];
    while (p > 0 && st_ev_inline_space(t->cp[p - 1]))
        p--;
    if (strcmp(w, "and") == 0 || strcmp(w, "or") == 0) {
        while (p > 0 && st_cp_is_letter(t->cp[p - 1]))     /* the and/or itself */
            p--;
    } else if (!w[0] && p > 0 && (t->cp[p - 1] == 0x2013 || t->cp[p - 1] == 0x2014 ||
                                  t->cp[p - 1] == '(')) {
        p--;    /* a translation: ‘Vår kraft, vår pris’ – ‘our power, our price’ */
    } else {
        return 0;
    }
    while (p > 0 && st_ev_inline_space(t->cp[p - 1]))
        p--;
    if (p == 0 || !d->is_mark[p - 1])
        return 0;
    for (k = p - 1; k > 0 && p - k < 120 && t->cp[k - 1] != '\n'; k--)
        if (d->is_mark[k - 1]) {
            word_before(t, k - 1, before, sizeof before);
            return in_list(before, inscribed);
        }
    return 0;
}

/* "sentenced him for “insulting the president”", "charged with
 * “treason”": the name of an offence; "Washington speaks of “de-risking”
 * and “precise targeting”": a term someone uses.  Asked of short spans. */
static int charge_or_term(const st_text *t, size_t open)
{
    static const char *const charged[] = { "sentenced", "charged", "convicted", "jailed",
        "prosecuted", "indicted", "fined", "arrested", "detained", "imprisoned", "acquitted",
        NULL };
    static const char *const speaks[] = { "speaks", "speak", "spoke", "talks", "talk",
        "talked", NULL };
    char w[10][32];    /* "sentenced him to six years in a penal colony for" */
    size_t n = words_before(t, open, w, 10), k;
    if (n < 2)
        return 0;
    if (strcmp(w[0], "of") == 0 && in_list(w[1], speaks))
        return 1;
    if (strcmp(w[0], "for") != 0 && strcmp(w[0], "with") != 0 && strcmp(w[0], "of") != 0)
        return 0;
    for (k = 1; k < n; k++)
        if (in_list(w[k], charged))
            return 1;
    return 0;
}

/* Decides from evidence whether a marked span is something a speaker said;
 * words and title are count_words of the span, counted once by the caller. */
/* Words a list cites, after the first: "such as “believe,” “expect,”
 * “plan” and “will”".  From the opening mark at open, back over the
 * list's items (a closing mark, then its opening mark within a few
 * words; "and", "or" and commas between), to "such as". */
static int cited_after_such_as(const st_text *t, size_t open)
{
    size_t p = open, item;
    char w[32], two[2][32];
    for (item = 0; item < 8; item++) {
        size_t k;
        while (p > 0 && (st_ev_inline_space(t->cp[p - 1]) || t->cp[p - 1] == ','))
            p--;
        word_before(t, p, w, sizeof w);
        if (strcmp(w, "and") == 0 || strcmp(w, "or") == 0) {
            p -= strlen(w);
            while (p > 0 && (st_ev_inline_space(t->cp[p - 1]) || t->cp[p - 1] == ','))
                p--;
        }
        if (p == 0 || !(t->cp[p - 1] == 0x201D || t->cp[p - 1] == '"' || t->cp[p - 1] == 0x2019))
            return 0;
        for (k = p - 1; k > 0 && p - k < 40; k--) {
            uint32_t c = t->cp[k - 1];
            if (c == 0x201C || c == 0x2018 || (c == '"' && t->cp[p - 1] == '"'))
                break;
            if (c == '\n' || c == '.')
                return 0;
        }
        if (k == 0 || p - k >= 40)
            return 0;
        p = k - 1;  /* the item's opening mark */
        word_before(t, p, w, sizeof w);
        if (strcmp(w, "as") == 0 && words_before(t, p, two, 2) == 2 && strcmp(two[1], "such") == 0)
            return 1;
    }
    return 0;
}

int st_ev_is_statement(const st_doc *d, const st_quote *q, size_t words, int title)
{
    const st_text *t = d->t;
    char w[32];

    int after_punct = 0, titled = words <= 16 && title_like(t, q->start, q->end);
    char two[2][32];

    if (words == 0 || st_ev_line_is_link(t, q->open_mark))
        return 0;
    word_before(t, q->open_mark, w, sizeof w);
    if (!w[0]) {    /* "the slogan, “One Road”": look past one comma or colon */
        size_t p = q->open_mark;
        while (p > 0 && st_ev_inline_space(t->cp[p - 1]))
            p--;
        if (p > 0 && (t->cp[p - 1] == ',' || t->cp[p - 1] == ':')) {
            word_before(t, p - 1, w, sizeof w);
            if (titled && in_list(w, titled_works))
                return 0;
            /* "The study, ‘Arbuscular symbionts suppress methanogenesis
             * in flooded rice soils’, was picked up": a work's title in
             * sentence case, in apposition between commas */
            if (in_list(w, titled_works) && words <= 16 &&
                ((q->end > 0 && t->cp[q->end - 1] == ',') ||
                 (q->end + 1 < t->len && t->cp[q->end + 1] == ',')) &&
                !shouted_or_personal(t, q->start, q->end) &&
                !st_attrib_has_cue(d, q->end, q->sent_end))
                return 0;
            after_punct = !in_list(w, inscribed_punct);
        }
    }
    /* "The 62-page interim order, titled “In the matter of Helix Quant
     * Research Pvt Ltd”": a title, unless it runs to sentences */
    if (strcmp(w, "titled") == 0 || strcmp(w, "entitled") == 0)
        return words > 16 && !titled;
    /* "Senate Resolution No. 214, “Expressing the Sense of the Senate
     * Strongly Condemning …,” was approved": a long name in title case,
     * with no cue in its sentence, is a title */
    if (words > 6 && words <= 30 && title_like(t, q->start, q->end) &&
        !shouted_or_personal(t, q->start, q->end) &&
        !st_attrib_has_cue(d, q->sent_start, q->open_mark) &&
        !st_attrib_has_cue(d, q->end, q->sent_end))
        return 0;
    /* "Unions have dubbed it “la réforme de trop”": a name given */
    if ((strcmp(w, "it") == 0 || strcmp(w, "them") == 0) &&
        words_before(t, q->open_mark, two, 2) == 2 &&
        (strcmp(two[1], "dubbed") == 0 || strcmp(two[1], "nicknamed") == 0 ||
         strcmp(two[1], "christened") == 0 || strcmp(two[1], "codenamed") == 0))
        return words > 6;
    if (words <= 6 && habitual_naming(t, q->open_mark))
        return 0;   /* "have taken to calling the stations “ghost centres”" */
    if (strcmp(w, "so-called") == 0 || strcmp(w, "dubbed") == 0 ||
        strcmp(w, "nicknamed") == 0 || strcmp(w, "codenamed") == 0 ||
        strcmp(w, "code-named") == 0 || strcmp(w, "named") == 0)
        return words > 6;
    /* "under the heading “Solvane announces …”": a headline, however
     * long; "a report published as “Pets, Prices and Practices”", "known
     * locally as “the Red Lake”": a title or a name. */
    if ((strcmp(w, "heading") == 0 || strcmp(w, "headline") == 0) && words <= 16)
        return 0;
    if (strcmp(w, "as") == 0 || strcmp(w, "the") == 0) {
        /* "known in Maputo simply as the ‘Lei do Fundo’", "known among
         * chip engineers as “the lens house of Kyoto,”": "known" up to
         * four words before the "as" */
        char six[6][32];
        size_t got = words_before(t, q->open_mark, six, 6), as = strcmp(w, "as") == 0 ? 0 : 1, k;
        if (as < got && strcmp(six[as], "as") == 0) {
            if (as + 1 < got && titled &&
                (strcmp(six[as + 1], "published") == 0 || strcmp(six[as + 1], "released") == 0))
                return 0;
            for (k = as + 1; words <= 6 && k < got && k <= as + 5; k++)
                if (strcmp(six[k], "known") == 0)
                    return 0;
        }
    }
    if (words <= 4 && in_list(w, term_nouns))
        return 0;
    if (words <= 3 && strcmp(w, "as") == 0 && words_before(t, q->open_mark, two, 2) == 2 &&
        strcmp(two[1], "such") == 0)
        return 0;   /* "Words such as “will,” “expects” and “intends”": words cited */
    if (words <= 3 && cited_after_such_as(t, q->open_mark))
        return 0;   /* … and the words after the first */
    if (words <= 8 && (in_list(w, crowd_verbs) ||
                       (strcmp(w, "of") == 0 && words_before(t, q->open_mark, two, 2) == 2 &&
                        in_list(two[1], crowd_nouns))))
        return 0;
    if (strcmp(w, "the") == 0 || strcmp(w, "a") == 0) {
        /* "formally titled the ‘Treaty between …’": a title, however long */
        if (words_before(t, q->open_mark, two, 2) == 2 &&
            (strcmp(two[1], "titled") == 0 || strcmp(two[1], "entitled") == 0))
            return 0;
    }
    /* (an operation's name is capitalised: "with the link back in
     * operation “by midsummer at the earliest”" is a partial quote) */
    if (words <= 8 && !after_punct &&
        (in_list(w, inscribed) || second_inscription(d, q->open_mark, w)) &&
        !(strcmp(w, "operation") == 0 && q->start < t->len && st_cp_is_lower(t->cp[q->start])))
        return 0;
    if (strcmp(w, "of") == 0 && (words <= 8 || titled)) {
        /* "author of “Launch on Warning,”", "a paperback copy of “The
         * Fisherman’s Daughter”": a title */
        if (words_before(t, q->open_mark, two, 2) == 2 &&
            (strcmp(two[1], "author") == 0 || (titled && strcmp(two[1], "copy") == 0)))
            return 0;
    }
    if (q->kind == ST_KIND_PARTIAL && used_as_term(t, q, words))
        return 0;
    if (words <= 6 && charge_or_term(t, q->open_mark))
        return 0;
    if (q->kind == ST_KIND_FULL)
        return !(title && words <= 6 && q->end - q->start < 60 &&
                 !shouted_line_head(t, q, words) &&
                 !st_attrib_has_cue(d, q->end, q->sent_end));
    if (title && words <= 6)
        return 0;
    if (words >= 3)
        return 1;
    /* One or two words: a quoted fragment only counts when the reporter's
     * sentence attributes it; otherwise it is a scare quote or a term. */
    return st_attrib_has_cue(d, q->sent_start, q->open_mark) ||
           st_attrib_has_cue(d, q->end, q->sent_end) ||
           st_attrib_reports_clause(d, q->sent_start, q->open_mark);
}

