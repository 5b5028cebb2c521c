#!/usr/bin/env python3
"""corpus_check.py - validate labelled statement files (training-data format).

    python3 tools/corpus_check.py [--final] FILE.jsonl [FILE.jsonl ...]

Checks, over all files together:
  * every line is a JSON object with the fields id, text, context, speaker,
    stance, sentiment, topic (and split with --final); values in vocabulary;
  * ids unique, text non-empty, context null or a string containing the text;
  * no two statements whose lowercase word sets have Jaccard similarity
    above 0.80 (near-duplicates).  A partial quotation's word set includes
    its reporter's sentence (context): the guideline makes that sentence
    part of its evidence, so one stock fragment ("too early to say") in two
    different reports is two statements, not a duplicate;
  * with --final: >= 4000 statements, each stance 28-40%, >= 15 topics,
    >= 15% hard cases, dev split 13-17% of every stance, and at least 40 of
    the countries and organisations in PARTIES present as speaker or target.
Exit 0 when clean, 1 with one line per problem otherwise.
"""
import json
import re
import sys
from collections import Counter, defaultdict

STANCES = {"conciliatory", "adversarial", "neutral"}
SENTIMENTS = {"positive", "negative", "neutral"}
TOPICS = {"diplomacy", "trade", "sanctions", "military", "territorial", "climate",
          "health", "technology", "energy", "migration", "human-rights", "elections",
          "multilateral", "economy", "sport-culture"}
HARD = {None, "polite-warning", "conflict-words-conciliatory", "negation",
        "praise-with-sting", "implied-blame", "sarcasm", "understatement",
        "partial-context", "mixed-target", "standing-claim"}
FIELDS = ["id", "text", "context", "speaker", "stance", "sentiment", "topic"]
NEAR_DUP = 0.80
# Countries and organisations whose presence as speaker or target the
# coverage check counts (names and their common adjectives).
PARTIES = {
    "United States": ["united states", "american", "washington", " us ", "u.s."],
    "China": ["china", "chinese", "beijing"], "Russia": ["russia", "russian", "moscow", "kremlin"],
    "European Union": ["european union", " eu ", "brussels", "european commission"],
    "India": ["india", "indian", "new delhi"], "Japan": ["japan", "japanese", "tokyo"],
    "South Korea": ["south korea", "seoul"], "North Korea": ["north korea", "pyongyang"],
    "Brazil": ["brazil", "brasília", "brasilia"], "Turkey": ["turkey", "turkish", "ankara"],
    "Iran": ["iran", "tehran"], "Israel": ["israel", "israeli"], "Saudi Arabia": ["saudi"],
    "Egypt": ["egypt", "cairo"], "Nigeria": ["nigeria", "abuja"], "South Africa": ["south africa"],
    "Kenya": ["kenya", "nairobi"], "Ethiopia": ["ethiopia", "addis ababa"],
    "Mexico": ["mexico", "mexican"], "Argentina": ["argentin"], "Canada": ["canada", "canadian", "ottawa"],
    "United Kingdom": ["britain", "british", "london", " uk "], "France": ["france", "french", "paris"],
    "Germany": ["germany", "german", "berlin"], "Poland": ["poland", "polish", "warsaw"],
    "Ukraine": ["ukrain", "kyiv"], "Australia": ["australia", "canberra"],
    "Indonesia": ["indonesia", "jakarta"], "Vietnam": ["vietnam", "hanoi"],
    "Philippines": ["philippin", "manila"], "Pakistan": ["pakistan", "islamabad"],
    "Taiwan": ["taiwan", "taipei"], "Italy": ["italy", "italian", "rome"],
    "Spain": ["spain", "spanish", "madrid"], "Qatar": ["qatar", "doha"],
    "United Nations": ["united nations", " un ", "security council"],
    "WHO": ["world health organization", " who "], "WTO": ["world trade organization", " wto "],
    "NATO": ["nato"], "ASEAN": ["asean"], "African Union": ["african union"],
    "IMF": ["imf", "international monetary fund"], "OPEC": ["opec"], "G20": ["g20"],
    "World Bank": ["world bank"], "IAEA": ["iaea", "atomic energy agency"],
}
MIN_PARTIES = 40
WORD = re.compile(r"\w+")


def words(s):
    return frozenset(WORD.findall(s.casefold()))


def near_duplicates(items):
    """items: list of (id, wordset). Yields (id_a, id_b, jaccard) above NEAR_DUP.
    Candidate pairs come from an inverted index on each set's rarest words, so
    the check stays fast on tens of thousands of statements."""
    df = Counter()
    for _, ws in items:
        df.update(ws)
    index = defaultdict(list)
    out = []
    for i, (sid, ws) in enumerate(items):
        if not ws:
            continue
        # Two sets with Jaccard > 0.8 must share one of the rarest
        # ceil(0.2*|ws|)+1 words of either set (prefix filtering).
        k = int(len(ws) * (1 - NEAR_DUP)) + 1
        rare = sorted(ws, key=lambda w: (df[w], w))[:k]
        cands = set()
        for w in rare:
            cands.update(index[w])
            index[w].append(i)
        for j in cands:
            other = items[j][1]
            inter = len(ws & other)
            jac = inter / len(ws | other)
            if jac > NEAR_DUP:
                out.append((items[j][0], sid, jac))
    return out


def main(argv):
    final = "--final" in argv
    files = [a for a in argv if a != "--final"]
    if not files:
        print(__doc__)
        return 2
    problems = []
    rows = []
    for path in files:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                where = "%s:%d" % (path, n)
                try:
                    d = json.loads(line)
                except ValueError as e:
                    problems.append("%s: not JSON (%s)" % (where, e))
                    continue
                if not isinstance(d, dict):
                    problems.append("%s: not an object" % where)
                    continue
                need = FIELDS + (["split"] if final else [])
                missing = [f for f in need if f not in d]
                if missing:
                    problems.append("%s: missing %s" % (where, ",".join(missing)))
                    continue
                if not isinstance(d["text"], str) or not d["text"].strip():
                    problems.append("%s: empty text" % where)
                if d["stance"] not in STANCES:
                    problems.append("%s: stance %r" % (where, d["stance"]))
                if d["sentiment"] not in SENTIMENTS:
                    problems.append("%s: sentiment %r" % (where, d["sentiment"]))
                if d["topic"] not in TOPICS:
                    problems.append("%s: topic %r" % (where, d["topic"]))
                if d.get("hard") not in HARD:
                    problems.append("%s: hard %r" % (where, d.get("hard")))
                if not isinstance(d["speaker"], str) or not d["speaker"].strip():
                    problems.append("%s: speaker must be a non-empty string" % where)
                ctx = d["context"]
                if ctx is not None and (not isinstance(ctx, str) or d["text"] not in ctx):
                    problems.append("%s: context must be null or contain the text" % where)
                if final and d["split"] not in ("train", "dev"):
                    problems.append("%s: split %r" % (where, d["split"]))
                rows.append((where, d))
    ids = Counter(d["id"] for _, d in rows)
    for i, c in ids.items():
        if c > 1:
            problems.append("duplicate id %r (%d times)" % (i, c))
    for a, b, jac in near_duplicates([(d["id"], words(d["text"] + " " + (d["context"] or "")))
                                      for _, d in rows]):
        problems.append("near-duplicate %s ~ %s (word-set Jaccard %.2f)" % (a, b, jac))
    n = len(rows)
    st = Counter(d["stance"] for _, d in rows)
    print("statements=%d %s" % (n, " ".join("%s=%d(%.1f%%)" % (k, st[k], 100 * st[k] / max(n, 1))
                                               for k in sorted(STANCES))))
    hard = sum(1 for _, d in rows if d.get("hard"))
    print("hard=%d(%.1f%%) partial=%d topics=%d" % (
        hard, 100 * hard / max(n, 1), sum(1 for _, d in rows if d["context"]),
        len({d["topic"] for _, d in rows})))
    if final:
        if n < 4000:
            problems.append("only %d statements (need 4000)" % n)
        for k in STANCES:
            share = st[k] / max(n, 1)
            if not 0.28 <= share <= 0.40:
                problems.append("stance %s is %.1f%% (need 28-40%%)" % (k, 100 * share))
        if len({d["topic"] for _, d in rows}) < 15:
            problems.append("fewer than 15 topics")
        blob = " ".join(" %s %s %s " % (d["speaker"], d["text"], d["context"] or "")
                        for _, d in rows).casefold()
        present = [p for p, keys in PARTIES.items() if any(k in blob for k in keys)]
        print("parties present: %d of %d listed" % (len(present), len(PARTIES)))
        if len(present) < MIN_PARTIES:
            problems.append("only %d countries/organisations present (need %d): missing %s"
                            % (len(present), MIN_PARTIES,
                               ", ".join(sorted(set(PARTIES) - set(present)))))
        if hard < 0.15 * n:
            problems.append("hard cases %.1f%% (need 15%%)" % (100 * hard / max(n, 1)))
        for k in STANCES:
            tot = st[k]
            dev = sum(1 for _, d in rows if d["stance"] == k and d["split"] == "dev")
            if tot and not 0.13 <= dev / tot <= 0.17:
                problems.append("dev share of %s is %.1f%%" % (k, 100 * dev / tot))
    for p in problems:
        print(p)
    print("corpus_check: %s" % ("ok" if not problems else "%d problems" % len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
