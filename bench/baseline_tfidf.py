#!/usr/bin/env python3
"""baseline_tfidf.py - the baseline stanced's model must beat.

    /usr/bin/python3 bench/baseline_tfidf.py [FILE.jsonl ...]
        (default: training-data/statements.jsonl and
         training-data/articles/statements.jsonl, the data `stance train` reads)

A TF-IDF word 1-2-gram linear SVM (scikit-learn's LinearSVC, C chosen by
5-fold CV on the train split), trained on the train split and scored on the
dev split - the same split `stance train` reports.  Partial quotes get their
reporter's sentence appended, as the team's features do, so the comparison
is of models, not of inputs.  Needs Debian's python3-sklearn.
"""
import json
import sys

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import classification_report, f1_score
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import Pipeline
from sklearn.svm import LinearSVC


def text_of(d):
    if d.get("context"):
        return d["text"] + " || " + d["context"].replace(d["text"], " ")
    return d["text"]


def main(paths):
    rows = [json.loads(l) for path in paths for l in open(path, encoding="utf-8") if l.strip()]
    train = [r for r in rows if r["split"] == "train"]
    dev = [r for r in rows if r["split"] == "dev"]
    pipe = Pipeline([("tfidf", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1)),
                     ("svm", LinearSVC())])
    grid = GridSearchCV(pipe, {"svm__C": [0.125, 0.5, 2, 8]}, cv=5, scoring="f1_macro")
    grid.fit([text_of(r) for r in train], [r["stance"] for r in train])
    pred = grid.predict([text_of(r) for r in dev])
    gold = [r["stance"] for r in dev]
    print(classification_report(gold, pred, digits=3))
    print("baseline: TF-IDF 1-2-gram LinearSVC C=%g  CV macro-F1 %.3f  dev macro-F1 %.3f"
          % (grid.best_params_["svm__C"], grid.best_score_, f1_score(gold, pred, average="macro")))


if __name__ == "__main__":
    main(sys.argv[1:] or ["training-data/statements.jsonl", "training-data/articles/statements.jsonl"])
