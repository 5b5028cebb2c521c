#!/usr/bin/env python3
"""audit_apply.py - apply adjudicated labels to the statement corpus.

    python3 tools/audit_apply.py            # rewrites training-data/statements.jsonl

training-data/audit/resolutions.jsonl holds one line per disagreement of
the blind audit: {"id", "field", "first", "second", "final", "rule", "why"};
training-data/audit/round2/resolutions.jsonl the same for the second
round (the sentiment of every statement the first sample left out).
Each "final" label replaces the corpus label of that field.  Running it
again changes nothing.
"""
import json

PATH = "training-data/statements.jsonl"
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


if __name__ == "__main__":
    main()
