#!/usr/bin/env python3
"""articles_to_statements.py - the gold articles' statements as training rows.

    python3 tools/articles_to_statements.py > training-data/articles/statements.jsonl
    python3 tools/articles_to_statements.py GOLD.jsonl SPLIT > OUT.jsonl

Each labelled statement of training-data/articles/gold.jsonl (or GOLD.jsonl)
becomes a row of the statements format, split "train" (or SPLIT: the
held-out articles are only ever scored, never trained on; and never dev:
the dev split of statements.jsonl stays unseen).  A partial quotation's context is the
reporter's sentence around it, cut at sentence ends outside the quote, as
the extractor does.
"""
import json
import re
import sys

END = re.compile(r'[.!?…]["”’\']?\s')


def sentence(text, start, end):
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    s = line_start
    for m in END.finditer(text, line_start, start):
        s = m.end()
    m = END.search(text, end + 1, line_end)
    e = m.end() if m else line_end
    return text[s:e].strip()


def main(argv):
    gold = argv[0] if argv else "training-data/articles/gold.jsonl"
    split = argv[1] if len(argv) > 1 else "train"
    for line in open(gold, encoding="utf-8"):
        doc = json.loads(line)
        text = doc["text"]
        for k, q in enumerate(doc["quotes"]):
            words = text[q["start"]:q["end"]]
            ctx = sentence(text, q["start"], q["end"]) if q["kind"] == "partial" else None
            if ctx is not None and words not in ctx:
                ctx = None
            print(json.dumps({"id": "%s-q%02d" % (doc["id"], k), "text": words, "context": ctx,
                              "speaker": q["speaker"] or "", "stance": q["stance"],
                              "sentiment": q["sentiment"], "split": split},
                             ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
