#!/usr/bin/env python3
"""audit_kappa.py - agreement between the corpus labels and the blind audit.

    python3 tools/audit_kappa.py [--disagreements OUT.jsonl]

Reads training-data/statements.jsonl (first labels, as resolved) and
training-data/audit/second_pass.jsonl (the blind second annotator), and
training-data/audit/resolutions.jsonl when present (the first labels as
they stood before adjudication, per disagreement).  Prints Cohen's kappa
and raw agreement for stance and sentiment, on the labels as first given
(before any disagreement was resolved) and the confusion matrix; then the
same for the second round (training-data/audit/round2/: the sentiment of
every statement the first sample left out), and how its adjudication
ruled; and for the gold articles' statements (training-data/audit/articles/).
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


def report(sub, fields, first, out):
    """Agreement of one audit round kept in BASE + sub."""
    second = [json.loads(l) for l in open(BASE + sub + "second_pass.jsonl", encoding="utf-8")]
    original = {}
    rulings = Counter()
    try:
        with open(BASE + sub + "resolutions.jsonl", encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                original[(r["id"], r["field"])] = r["first"]
                rulings[(r["field"], "first" if r["final"] == r["first"] else
                         "second" if r["final"] == r["second"] else "neither")] += 1
    except FileNotFoundError:
        pass

    def first_label(sid, field):
        """The label as first given, before adjudication changed it."""
        return original.get((sid, field), first[sid][field])

    for field, labels in fields:
        pairs = [(first_label(s["id"], field), s[field]) for s in second]
        k, agree = kappa(pairs, labels)
        print("%s: n=%d agreement=%.3f cohen_kappa=%.3f" % (field, len(pairs), agree, k))
        print("  first \\ second  " + " ".join("%12s" % l for l in labels))
        conf = Counter(pairs)
        for l in labels:
            print("  %-14s " % l + " ".join("%12d" % conf[(l, m)] for m in labels))
        if rulings:
            print("  adjudicated: first %d, second %d, neither %d" % (
                rulings[(field, "first")], rulings[(field, "second")], rulings[(field, "neither")]))
        if field == "stance":
            for s in second:
                if first_label(s["id"], "stance") != s["stance"]:
                    d = first[s["id"]]
                    out.append({"id": s["id"], "text": d["text"], "context": d["context"],
                                "speaker": d["speaker"], "first": first_label(s["id"], "stance"),
                                "second": s["stance"], "second_rule": s.get("rule")})


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--disagreements")
    a = ap.parse_args()
    first = {}
    with open(BASE + "statements.jsonl", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            first[d["id"]] = d
    out = []
    print("round 1 (a 15% sample, stance and sentiment):")
    report("audit/", (("stance", STANCES), ("sentiment", SENTIMENTS)), first, out)
    print("stance disagreements: %d" % len(out))
    print("round 2 (every other statement, sentiment):")
    report("audit/round2/", (("sentiment", SENTIMENTS),), first, out)
    arts = {}
    with open(BASE + "articles/statements.jsonl", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            arts[d["id"]] = d
    print("the gold articles' statements (sentiment):")
    report("audit/articles/", (("sentiment", SENTIMENTS),), arts, [])
    if a.disagreements:
        with open(a.disagreements, "w", encoding="utf-8") as fh:
            for d in out:
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
