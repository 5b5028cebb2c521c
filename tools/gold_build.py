#!/usr/bin/env python3
"""gold_build.py - turn marked-up article sources into gold JSONL.

    python3 tools/gold_build.py SRC.txt [SRC.txt ...] > gold.jsonl
    python3 tools/gold_build.py --check GOLD.jsonl SRC.txt [...]   # in sync?

A source file is the article text exactly as published, except that the words
of every statement (quote marks excluded) are wrapped as

    ⟦quoted words⟧{Speaker Name|kind|stance|sentiment}

kind is full or partial, stance conciliatory/adversarial/neutral, sentiment
positive/negative/neutral, and Speaker Name is "null" when no speaker can be
recovered.  The first line "id: ..." gives the article id; an optional
"title: ..." line follows; a blank line separates this header from the text.
Everything else (scare quotes, titles, nested quotes) is left unmarked.

Output: one line per article, the format read by score_quotes.py:
{"id", "text", "quotes": [{"start", "end", "speaker", "kind", "stance",
"sentiment"}]} with offsets in Unicode code points of "text".
"""
import json
import re
import sys

MARK = re.compile(r"⟦(.*?)⟧\{([^}|]*)\|(full|partial)\|"
                  r"(conciliatory|adversarial|neutral)\|(positive|negative|neutral)\}",
                  re.S)
KINDS = ("full", "partial")


def build(path):
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    head, sep, body = raw.partition("\n\n")
    if not sep:
        raise SystemExit("%s: no blank line after the header" % path)
    meta = {}
    for line in head.splitlines():
        k, _, v = line.partition(":")
        meta[k.strip()] = v.strip()
    if "id" not in meta:
        raise SystemExit("%s: header has no id" % path)
    text, quotes, pos = [], [], 0
    out_len = 0
    for m in MARK.finditer(body):
        chunk = body[pos:m.start()]
        text.append(chunk)
        out_len += len(chunk)
        words = m.group(1)
        if "⟦" in words:
            raise SystemExit("%s: nested ⟦ inside a statement" % path)
        start = out_len
        text.append(words)
        out_len += len(words)
        spk = m.group(2).strip()
        quotes.append({"start": start, "end": out_len,
                       "speaker": None if spk in ("", "null") else spk,
                       "kind": m.group(3), "stance": m.group(4),
                       "sentiment": m.group(5)})
        pos = m.end()
    text.append(body[pos:])
    full = "".join(text).rstrip("\n") + "\n"
    for bad in ("⟦", "⟧"):
        if bad in full:
            i = full.index(bad)
            raise SystemExit("%s: malformed markup near %r" % (path, full[max(0, i - 40):i + 40]))
    doc = {"id": meta["id"]}
    if meta.get("title"):
        doc["title"] = meta["title"]
    doc["text"] = full
    doc["quotes"] = quotes
    return doc


def main(argv):
    if argv and argv[0] == "--check":
        gold_path, srcs = argv[1], argv[2:]
        with open(gold_path, encoding="utf-8") as fh:
            have = [json.loads(l) for l in fh if l.strip()]
        want = [build(p) for p in srcs]
        if have != want:
            print("gold_build: %s is out of date; run make gold" % gold_path)
            return 1
        print("gold_build: %s in sync with %d sources" % (gold_path, len(srcs)))
        return 0
    for p in argv:
        print(json.dumps(build(p), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
