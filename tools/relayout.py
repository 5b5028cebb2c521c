#!/usr/bin/env python3
"""relayout.py - the gold articles in the layouts other feeds deliver.

    python3 tools/relayout.py LAYOUT[+LAYOUT...] GOLD.jsonl > OUT.jsonl

Rewrites each article's text and moves its gold quote offsets (code
points) with it, so `tools/quote_score.py OUT.jsonl PRED.jsonl` scores the
extractor on the same articles laid out differently.  Layouts, applied
left to right:

  wrapN     hard-wrapped at N columns (a space becomes a newline)
  crlf      every LF becomes CR LF
  single    paragraphs separated by one newline instead of a blank line
  flat      all paragraphs run together, joined by one space
  straight  curly quotes and apostrophes become ASCII ' and "
  indent    every paragraph indented by four spaces
  nbsp      every fifth space a no-break space (U+00A0), as CMSs leave them

`make check` scores the gold wrapped at 72 columns against floors of its
own (Makefile), so a change that only holds for one layout fails.
"""
import json
import re
import sys

CURLY = {"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"}


def apply(text, edits):
    """edits: sorted, non-overlapping (start, end, replacement).  Returns
    the new text and, for each old position (and len), its new one."""
    out, where, pos, n = [], [0] * (len(text) + 1), 0, 0
    for s, e, r in edits:
        for i in range(pos, s):
            where[i] = n
            out.append(text[i])
            n += 1
        for i in range(s, e):
            where[i] = n
        out.append(r)
        n += len(r)
        pos = e
    for i in range(pos, len(text)):
        where[i] = n
        out.append(text[i])
        n += 1
    where[len(text)] = n
    return "".join(out), where


def wrap_edits(text, width):
    edits, col, last_space = [], 0, None
    for i, c in enumerate(text):
        if c == "\n":
            col, last_space = 0, None
            continue
        if c == " ":
            last_space = i
        col += 1
        if col > width and last_space is not None:
            edits.append((last_space, last_space + 1, "\n"))
            col, last_space = i - last_space, None
    return edits


def edits_for(layout, text):
    if layout.startswith("wrap") and layout[4:].isdigit():
        return wrap_edits(text, int(layout[4:]))
    if layout == "crlf":
        return [(m.start(), m.end(), "\r\n") for m in re.finditer(r"\n", text)]
    if layout == "single":
        return [(m.start(), m.end(), "\n") for m in re.finditer(r"\n{2,}", text)]
    if layout == "flat":
        return [(m.start(), m.end(), " ") for m in re.finditer(r"[ \t]*\n+[ \t]*", text)]
    if layout == "straight":
        return [(i, i + 1, CURLY[c]) for i, c in enumerate(text) if c in CURLY]
    if layout == "indent":
        return [(m.end(), m.end(), "    ") for m in re.finditer(r"(^|\n)(?=[^\n])", text)]
    if layout == "nbsp":
        spaces = [m.start() for m in re.finditer(" ", text)]
        return [(i, i + 1, "\u00a0") for i in spaces[4::5]]
    raise ValueError("unknown layout %r" % layout)


def relayout(article, layouts):
    text = article["text"]
    for layout in layouts:
        text, where = apply(text, edits_for(layout, text))
        for q in article["quotes"]:
            start, end = q["start"], q["end"]
            q["start"] = where[start]
            q["end"] = where[end - 1] + 1 if end > start else where[end]
    article["text"] = text
    return article


def main(argv):
    if len(argv) != 3:
        sys.stderr.write(__doc__)
        return 2
    layouts = argv[1].split("+")
    try:
        for layout in layouts:
            edits_for(layout, "")
    except ValueError as e:
        sys.stderr.write("relayout.py: %s\n" % e)
        return 2
    with open(argv[2], encoding="utf-8") as f:
        for line in f:
            if line.strip():
                print(json.dumps(relayout(json.loads(line), layouts), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
