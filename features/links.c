/* links.c - is a quote on a link line: "Read more: ‘…’", or one of a
 * list of other stories' headlines under "Most viewed" or "Related"?
 *
 * Web pages carry headlines of other stories, quotes and all; they are
 * no statements of this article.  evidence.c asks st_ev_line_is_link of
 * every pair of marks. */
#include "evidence.h"

#include <string.h>

/* How far back a link line's start is looked for: such lines are short,
 * and the bound keeps many quotes on one endless line linear. */
#define LINK_SCAN 400

/* Does the line starting at s open with a link lead ("Read more", "Most
 * viewed")?  With block_head, the lead must be nearly the whole line
 * ("MORE FROM SPORT"), not an inline list ("Trending: Aegean • Energy"). */
static int line_has_lead(const st_text *t, size_t s, int block_head)
{
    static const char *const lead[] = { "read more", "related", "see also",
        "read also", "also read", "more on this", "more from", "more stories",
        "recommended", "watch:", "most read", "most viewed", "most popular", "trending",
        "listen:", "read next", "top stories", "you may also like", "editor's picks",
        "read:", "more in", "read |", "what we're reading", "what we?re reading",
        "further reading", "reading list", NULL };
    size_t k, i, o = 0, words = 0;
    char w[24];
    /* (past a bullet or an arrow: "• Read more", "→ Read more:") */
    while (s < t->len && (st_ev_inline_space(t->cp[s]) || t->cp[s] == 0x2022 ||
                          t->cp[s] == '>' || t->cp[s] == '-' || t->cp[s] == 0x2192 ||
                          t->cp[s] == 0x25B6 || t->cp[s] == 0x25BA || t->cp[s] == 0x25B8))
        s++;
    for (k = s; k < t->len && o + 1 < sizeof w && t->cp[k] != '\n'; k++)
        w[o++] = (char)(st_ev_inline_space(t->cp[k]) ? ' '
                        : t->cp[k] < 0x80 ? st_cp_lower(t->cp[k]) : '?');
    w[o] = '\0';
    for (k = 0; lead[k]; k++)
        if (strncmp(w, lead[k], strlen(lead[k])) == 0)
            break;
    if (!lead[k])
        return 0;
    if (!block_head)
        return 1;
    /* k is the matched lead; i walks the rest of the line */
    for (i = s + strlen(lead[k]); i < t->len && t->cp[i] != '\n'; i++)
        if (st_cp_is_letter(t->cp[i]) && !st_cp_is_letter(t->cp[i - 1]) && ++words > 2)
            return 0;
    return 1;
}

/* A line of a list of links: short, and no sentence of prose in it. */
static int line_is_listed(const st_text *t, size_t s, size_t e)
{
    size_t k;
    if (e - s > 200)
        return 0;
    while (s < e && st_ev_inline_space(t->cp[s]))
        s++;
    for (k = s; k < e && st_cp_is_digit(t->cp[k]); k++)
        ;
    if (k > s && k + 1 < e && t->cp[k] == '.' && st_ev_inline_space(t->cp[k + 1]))
        s = k + 2;      /* "2. ‘I heard the ice crack’: …", a numbered list */
    while (e > s && st_cp_is_space(t->cp[e - 1]))
        e--;
    if (e > s && t->cp[e - 1] == '.')
        return 0;
    for (k = s; k + 1 < e; k++)
        if (t->cp[k] == '.' && st_ev_inline_space(t->cp[k + 1]))
            return 0;
    return 1;
}

#define LINK_BLOCK_LINES 12

/* Is there, within LINK_BLOCK_LINES lines above the line starting at s,
 * blank or listed ones only, a line that is just "Related …" or "More
 * in/from …"?  Such a head rules a spaced-out block of headlines. */
static int related_head_above(const st_text *t, size_t s)
{
    size_t lines, p;
    for (lines = 0; lines < LINK_BLOCK_LINES && s >= 1; lines++, s = p) {
        char w[12];
        size_t o = 0, k;
        p = s - 1;
        while (p > 0 && t->cp[p - 1] != '\n')
            if (s - --p > LINK_SCAN)
                return 0;
        if (p + 1 >= s)
            continue;   /* blank */
        if (!line_is_listed(t, p, s - 1))
            return 0;
        for (k = p; k < s - 1 && o + 1 < sizeof w; k++)
            w[o++] = (char)(t->cp[k] < 0x80 ? st_cp_lower(t->cp[k]) : '?');
        w[o] = '\0';
        if ((strncmp(w, "related", 7) == 0 || strncmp(w, "more in ", 8) == 0 ||
             strncmp(w, "more from", 9) == 0) && line_has_lead(t, p, 1))
            return 1;
    }
    return 0;
}

int st_ev_line_is_link(const st_text *t, size_t pos)
{
    size_t s = pos, e = pos, lines;
    int blank_ok;
    while (s > 0 && t->cp[s - 1] != '\n')
        if (pos - --s > LINK_SCAN)
            return 0;
    if (line_has_lead(t, s, 0))
        return 1;
    while (e < t->len && t->cp[e] != '\n' && e - s <= 200)
        e++;
    if (!line_is_listed(t, s, e))
        return 0;
    blank_ok = related_head_above(t, s);
    for (lines = 0; lines < LINK_BLOCK_LINES && s >= 1; lines++) {
        size_t p = s - 1;   /* the previous line ends at the '\n' at s - 1 */
        while (p > 0 && t->cp[p - 1] != '\n')
            if (s - --p > LINK_SCAN)
                return 0;
        if (p + 1 >= s) {
            /* a blank line ends the list, unless a related-stories head
             * is above it: "Related content", a blank line, then headlines
             * and their dates, each block spaced out */
            if (!blank_ok)
                return 0;
            s = p;
            continue;
        }
        if (line_has_lead(t, p, 1))
            return 1;
        if (!line_is_listed(t, p, s - 1))
            return 0;
        s = p;
    }
    return 0;
}
