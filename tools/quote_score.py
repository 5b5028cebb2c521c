#!/usr/bin/env python3
"""quote_score.py - the project's scorer for quote extraction and attribution.

    python3 tools/quote_score.py GOLD.jsonl PRED.jsonl [--min-f1 X] [--min-speaker Y]
                                 [--ids REGEX]

GOLD lines: {"id", "text", "quotes": [{"start", "end", "speaker", ...}]}.
PRED lines: {"id", "quotes": [{"start", "end", "speaker", "mention"?}]}
(what `stance quotes` writes).  Offsets are code points, marks excluded.

Metric (the one the team is measured by):
  * a predicted quote matches a gold quote when their overlap is at least
    half of the longer of the two spans; pairs are taken greedily, best
    overlap first, one-to-one;  P = matched/predicted, R = matched/gold,
    F1 micro-averaged over all articles;
  * speaker accuracy, over matched pairs with a gold speaker: the predicted
    speaker (or its mention) names the same person after normalisation
    (case-folded; apposition after a comma, bracket or dash dropped;
    possessive 's, punctuation, leading honorifics and "the" dropped), where
    one token list equal to, or a token prefix or suffix of, the other
    counts ("Xi" ~ "Xi Jinping").
With --min-f1/--min-speaker the exit status is 1 when a figure falls below
its floor, so `make check` fails on a regression.  --ids scores only the
gold articles whose id matches REGEX (Python re.search).
"""
import argparse
import json
import re
import sys

LEADING = {"mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "gov",
           "prof", "rev", "gen", "the"}


def tokens(name):
    if not name:
        return []
    name = re.split(r",|\(|\s-\s|\u2013|\u2014", name.casefold(), maxsplit=1)[0]
    name = re.sub(r"['\u2019]s\b", "", name)
    out = re.findall(r"\w+", name)
    while out and out[0] in LEADING:
        out.pop(0)
    return out


def same_speaker(gold, pred):
    g, p = tokens(gold), tokens(pred)
    if not g or not p:
        return False
    a, b = (g, p) if len(g) <= len(p) else (p, g)
    return a == b[:len(a)] or a == b[len(b) - len(a):]


def pairs(gold, pred):
    cand = []
    for gi, (gs, ge) in enumerate(gold):
        for pi, (ps, pe) in enumerate(pred):
            inter = min(ge, pe) - max(gs, ps)
            score = inter / max(ge - gs, pe - ps, 1)
            if inter > 0 and score >= 0.5:
                cand.append((-score, gi, pi))
    cand.sort()
    seen_g, seen_p, out = set(), set(), []
    for _, gi, pi in cand:
        if gi not in seen_g and pi not in seen_p:
            seen_g.add(gi)
            seen_p.add(pi)
            out.append((gi, pi))
    return out


def read(path):
    with open(path, encoding="utf-8") as fh:
        return {d["id"]: d for d in (json.loads(l) for l in fh if l.strip())}


def main(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--min-f1", type=float, default=0.0)
    ap.add_argument("--min-speaker", type=float, default=0.0)
    ap.add_argument("--ids", default=None)
    a = ap.parse_args(argv)
    gold, pred = read(a.gold), read(a.pred)
    if a.ids:
        gold = {k: v for k, v in gold.items() if re.search(a.ids, k)}
    n_gold = n_pred = matched = spk_n = spk_ok = 0
    for did, g in gold.items():
        gq = g.get("quotes", [])
        pq = [q for q in pred.get(did, {}).get("quotes", [])
              if isinstance(q.get("start"), int) and isinstance(q.get("end"), int)]
        n_gold += len(gq)
        n_pred += len(pq)
        for gi, pi in pairs([(q["start"], q["end"]) for q in gq],
                            [(q["start"], q["end"]) for q in pq]):
            matched += 1
            if gq[gi].get("speaker"):
                spk_n += 1
                p = pq[pi]
                spk_ok += same_speaker(gq[gi]["speaker"], p.get("speaker")) or \
                    same_speaker(gq[gi]["speaker"], p.get("mention"))
    prec = matched / n_pred if n_pred else 0.0
    rec = matched / n_gold if n_gold else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    spk = spk_ok / spk_n if spk_n else 0.0
    print("articles=%d gold=%d predicted=%d matched=%d" % (len(gold), n_gold, n_pred, matched))
    print("quote_p=%.3f quote_r=%.3f quote_f1=%.3f speaker_acc=%.3f (%d/%d)"
          % (prec, rec, f1, spk, spk_ok, spk_n))
    bad = []
    if f1 < a.min_f1:
        bad.append("quote F1 %.3f below the floor %.3f" % (f1, a.min_f1))
    if spk < a.min_speaker:
        bad.append("speaker accuracy %.3f below the floor %.3f" % (spk, a.min_speaker))
    for b in bad:
        print("quote_score: FAIL: " + b)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
