#!/usr/bin/env python3
"""audit_sample.py - draw the blind label-audit sample.

    python3 tools/audit_sample.py training-data/statements.jsonl > training-data/audit/sample.jsonl

A fixed 15% of the corpus, chosen by a seeded shuffle (seed 20261128), with
the labels removed: the second annotator sees id, text, context, speaker
and topic only.
"""
import json
import random
import sys

SEED = 20261128
SHARE = 0.15


def main(path):
    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(l) for l in fh if l.strip()]
    rng = random.Random(SEED)
    pick = rng.sample(rows, round(len(rows) * SHARE))
    pick.sort(key=lambda r: r["id"])
    for r in pick:
        print(json.dumps({k: r[k] for k in ("id", "text", "context", "speaker", "topic")},
                         ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
