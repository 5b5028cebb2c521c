#!/usr/bin/env python3
"""audit_kappa.py - agreement between the corpus labels and the blind audit.

    python3 tools/audit_kappa.py [--disagreements OUT.jsonl]

Reads training-data/statements.jsonl (first labels, as resolved) and
training-data/audit/second_pass.jsonl (the blind second annotator), and
training-data/audit/resolutions.jsonl when present (the first labels as
they stood before adjudication, per disagreement).  Prints Cohen's kappa
and raw agreement for stance and sentiment, on the labels as first given
(before any disagreement was resolved) and the confusion matrix.
"""
import argparse
import json
from collections import Counter

BASE = "training-data/"
STANCES = ["conciliatory", "adversarial", "neutral"]
SENTIMENTS = ["positive", "negative", "neutral"]


def kappa(pairs, labels):
    n = len(pairs)
    agree = sum(1 for a, b in pairs if a == b) / n
    ca = Counter(a for a, _ in pairs)
    cb = Counter(b for _, b in pairs)
    expected = sum(ca[l] * cb[l] for l in labels) / (n * n)
    return (agree - expected) / (1 - expected), agree


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--disagreements")
    a = ap.parse_args()
    first = {}
    with open(BASE + "statements.jsonl", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            first[d["id"]] = d
    second = [json.loads(l) for l in open(BASE + "audit/second_pass.jsonl", encoding="utf-8")]
    original = {}
    try:
        with open(BASE + "audit/resolutions.jsonl", encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                original[(r["id"], r["field"])] = r["first"]
    except FileNotFoundError:
        pass

    def first_label(sid, field):
        """The label as first given, before adjudication changed it."""
        return original.get((sid, field), first[sid][field])

    out = []
    for field, labels in (("stance", STANCES), ("sentiment", SENTIMENTS)):
        pairs = [(first_label(s["id"], field), s[field]) for s in second]
        k, agree = kappa(pairs, labels)
        print("%s: n=%d agreement=%.3f cohen_kappa=%.3f" % (field, len(pairs), agree, k))
        print("  first \\ second  " + " ".join("%12s" % l for l in labels))
        conf = Counter(pairs)
        for l in labels:
            print("  %-14s " % l + " ".join("%12d" % conf[(l, m)] for m in labels))
        if field == "stance":
            for s in second:
                if first_label(s["id"], "stance") != s["stance"]:
                    d = first[s["id"]]
                    out.append({"id": s["id"], "text": d["text"], "context": d["context"],
                                "speaker": d["speaker"], "first": first_label(s["id"], "stance"),
                                "second": s["stance"], "second_rule": s.get("rule")})
    print("stance disagreements: %d" % len(out))
    if a.disagreements:
        with open(a.disagreements, "w", encoding="utf-8") as fh:
            for d in out:
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
