#!/usr/bin/env python3
"""audit_apply.py - apply adjudicated labels to the statement corpus.

    python3 tools/audit_apply.py            # rewrites training-data/statements.jsonl

training-data/audit/resolutions.jsonl holds one line per disagreement of
the blind audit: {"id", "field", "first", "second", "final", "rule", "why"};
training-data/audit/round2/resolutions.jsonl the same for the second
round (the sentiment of every statement the first sample left out).
Each "final" label replaces the corpus label of that field.
training-data/audit/articles/resolutions.jsonl does the same for the gold
articles' statements ("<article id>-qNN", the NNth marked statement of
that article): the final sentiment is written into the article's markup
in training-data/articles/src/, from which `make gold` rebuilds gold.jsonl
and articles/statements.jsonl.  Running it again changes nothing.
"""
import glob
import json
import re

import gold_build

PATH = "training-data/statements.jsonl"
ARTICLES = "training-data/audit/articles/resolutions.jsonl"
RESOLUTIONS = ["training-data/audit/resolutions.jsonl",
               "training-data/audit/round2/resolutions.jsonl"]


def main():
    rows = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
    by_id = {r["id"]: r for r in rows}
    changed = 0
    for path in RESOLUTIONS:
        for line in open(path, encoding="utf-8"):
            r = json.loads(line)
            row = by_id[r["id"]]
            if row[r["field"]] != r["final"]:
                row[r["field"]] = r["final"]
                changed += 1
    with open(PATH, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("audit_apply: %d labels changed" % changed)
    print("audit_apply: %d article labels changed" % apply_articles())


def apply_articles():
    """Writes the articles' adjudicated sentiments into their markup."""
    finals = {}
    for line in open(ARTICLES, encoding="utf-8"):
        r = json.loads(line)
        doc, _, k = r["id"].rpartition("-q")
        finals.setdefault(doc, {})[int(k)] = r["final"]
    changed = 0
    for path in sorted(glob.glob("training-data/articles/src/*.txt")):
        raw = open(path, encoding="utf-8").read()
        doc = re.search(r"^id:\s*(\S+)", raw, re.M).group(1)
        if doc not in finals:
            continue
        head, sep, body = raw.partition("\n\n")
        out, pos = [], 0
        for k, m in enumerate(gold_build.MARK.finditer(body)):
            final = finals[doc].get(k)
            if final and final != m.group(5):
                out.append(body[pos:m.start(5)] + final)
                pos = m.end(5)
                changed += 1
        out.append(body[pos:])
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(head + sep + "".join(out))
    return changed


if __name__ == "__main__":
    main()
