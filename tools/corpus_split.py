#!/usr/bin/env python3
"""corpus_split.py - assign the fixed train/dev split of the statement corpus.

    python3 tools/corpus_split.py IN.jsonl [IN.jsonl ...] > training-data/statements.jsonl

Within every (topic, stance) cell, statements are ordered by a SHA-256 of
their id and the first 15% (rounded) go to dev, so the split is stratified
by stance and topic, does not depend on file order, and never moves when
statements are added elsewhere in the corpus.  Field order is normalised.
"""
import hashlib
import json
import sys
from collections import defaultdict

ORDER = ["id", "text", "context", "speaker", "stance", "sentiment", "topic", "hard", "split"]
DEV_SHARE = 0.15


def main(paths):
    rows = []
    for p in paths:
        with open(p, encoding="utf-8") as fh:
            rows += [json.loads(l) for l in fh if l.strip()]
    cells = defaultdict(list)
    for r in rows:
        cells[(r["topic"], r["stance"])].append(r)
    for cell in cells.values():
        cell.sort(key=lambda r: hashlib.sha256(r["id"].encode()).hexdigest())
        n_dev = round(len(cell) * DEV_SHARE)
        for i, r in enumerate(cell):
            r["split"] = "dev" if i < n_dev else "train"
    rows.sort(key=lambda r: r["id"])
    for r in rows:
        r.setdefault("hard", None)
        out = {k: r[k] for k in ORDER if k in r}
        print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
