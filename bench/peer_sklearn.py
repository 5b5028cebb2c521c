#!/usr/bin/python3
"""peer_sklearn.py - the script a user would write instead of stanced.

    /usr/bin/python3 bench/peer_sklearn.py CORPUS.jsonl [STATEMENTS.jsonl]

Python with Debian's python3-sklearn: regular expressions find quotations
(curly and straight double marks) and a speaker ("..., said Name" or
"Name said"), a TF-IDF word 1-2-gram LinearSVC trained on the team's
statements (train split) labels each quote's stance with Platt-free
decision scores turned into a softmax, and a small word list gives a
sentiment score; one JSON line per article.  Training is outside the
timing.  It runs on one core (BLAS threads pinned to 1) and processes
articles one at a time, as a streaming service must; it then prints the
same work done in one batch, the peer's best case.  Output goes to
/dev/null; the figures go to stdout.
"""
import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

import json  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402

import numpy as np  # noqa: E402
from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.svm import LinearSVC  # noqa: E402

QUOTE = re.compile(r"[\u201c\"]([^\u201c\u201d\"]{2,2000}?)[\u201d\"]")
NAME = r"((?:[A-Z][\w'\u2019-]+\s){0,3}[A-Z][\w'\u2019-]+)"
AFTER = re.compile(r"^[,.]?\s*(?:said|says|told|added|warned)\s+" + NAME)
AFTER_INV = re.compile(r"^[,.]?\s*" + NAME + r"\s+(?:said|says|told|added|warned)")
BEFORE = re.compile(NAME + r"\s+(?:said|says|told|added|warned)[^.\u201c\"]{0,40}$")
POS = {"welcome", "welcomes", "good", "great", "positive", "progress", "partner", "friendly",
       "constructive", "cooperation", "peace", "hope", "agree", "support", "thank", "strong"}
NEG = {"reject", "rejects", "threat", "war", "provocation", "hostile", "aggression", "crisis",
       "sanctions", "condemn", "condemns", "bad", "danger", "dangerous", "attack", "lies"}
WORD = re.compile(r"\w+")


def train(path):
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    rows = [r for r in rows if r["split"] == "train"]
    vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)
    x = vec.fit_transform([r["text"] for r in rows])
    svm = LinearSVC(C=0.5).fit(x, [r["stance"] for r in rows])
    return vec, svm


def extract(text):
    out = []
    for m in QUOTE.finditer(text):
        tail = text[m.end():m.end() + 80]
        head = text[max(0, m.start() - 80):m.start()]
        speaker = None
        for rx, s in ((AFTER, tail), (AFTER_INV, tail), (BEFORE, head)):
            sm = rx.search(s)
            if sm:
                speaker = sm.group(1)
                break
        out.append({"start": m.start(1), "end": m.end(1), "text": m.group(1),
                    "speaker": speaker})
    return out


def sentiment(words):
    p = sum(w in POS for w in words)
    n = sum(w in NEG for w in words)
    return 0.0 if p + n == 0 else (p - n) / (p + n)


def label(vec, svm, quotes):
    if not quotes:
        return
    scores = svm.decision_function(vec.transform([q["text"] for q in quotes]))
    probs = np.exp(scores) / np.exp(scores).sum(axis=1, keepdims=True)
    for q, s, p in zip(quotes, scores, probs):
        q["stance"] = svm.classes_[int(np.argmax(s))]
        q["probabilities"] = dict(zip(svm.classes_, map(float, p)))
        q["sentiment"] = sentiment(WORD.findall(q["text"].lower()))


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    corpus = sys.argv[1]
    statements = sys.argv[2] if len(sys.argv) > 2 else "training-data/statements.jsonl"
    vec, svm = train(statements)
    lines = open(corpus, encoding="utf-8").read().splitlines()
    nbytes = sum(len(json.loads(line)["text"].encode("utf-8")) for line in lines)
    sink = open(os.devnull, "w")

    t0 = time.perf_counter()
    nq = 0
    for line in lines:                      # streaming: one article at a time
        a = json.loads(line)
        quotes = extract(a["text"])
        label(vec, svm, quotes)
        nq += len(quotes)
        sink.write(json.dumps({"id": a.get("id"), "quotes": quotes}) + "\n")
    t = time.perf_counter() - t0
    print("peer (python3-sklearn, one article at a time): %d articles, %d quotes in %.2f s: "
          "%.0f articles/s, %.2f MB/s" % (len(lines), nq, t, len(lines) / t, nbytes / 1e6 / t))

    t0 = time.perf_counter()
    arts = [json.loads(line) for line in lines]  # batch: every quote in one transform
    per = [extract(a["text"]) for a in arts]
    label(vec, svm, [q for qs in per for q in qs])
    for a, qs in zip(arts, per):
        sink.write(json.dumps({"id": a.get("id"), "quotes": qs}) + "\n")
    t = time.perf_counter() - t0
    print("peer (python3-sklearn, one batch):             %d articles in %.2f s: "
          "%.0f articles/s, %.2f MB/s" % (len(lines), t, len(lines) / t, nbytes / 1e6 / t))


if __name__ == "__main__":
    main()
