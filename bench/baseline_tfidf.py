#!/usr/bin/env python3
"""baseline_tfidf.py - the baseline stanced's model must beat.

    /usr/bin/python3 bench/baseline_tfidf.py [--pooled FILE N] [FILE.jsonl ...]
        (default: training-data/statements.jsonl and
         training-data/articles/statements.jsonl, the data `stance train` reads,
         and the pooled statements it reads with model/hyperparams.conf)

A TF-IDF word 1-2-gram linear SVM (scikit-learn's LinearSVC, C chosen by
5-fold CV on the train split), trained on the train split and scored on the
dev split - the same split `stance train` reports.  Partial quotes get their
reporter's sentence appended, as the team's features do, so the comparison
is of models, not of inputs.  The pooled statements (`stance train
--stance-pool N`: the eval articles' writer-labelled statements, which our
model takes as means of groups of N) join the final fit with sample weight
1/N, the same total weight; C is chosen on the train split alone, as ours
is.  Needs Debian's python3-sklearn.
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


def stance_pool(conf="model/hyperparams.conf"):
    for line in open(conf, encoding="utf-8"):
        key, _, val = line.partition("=")
        if not line.startswith("#") and key.strip() == "stance_pool":
            return int(val)
    return 0


def read(path):
    return [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]


def main(args):
    pooled, group = "training-data/articles/eval/statements.jsonl", stance_pool()
    if args[:1] == ["--pooled"]:
        pooled, group, args = args[1], int(args[2]), args[3:]
    paths = args or ["training-data/statements.jsonl", "training-data/articles/statements.jsonl"]
    rows = [r for path in paths for r in read(path)]
    train = [r for r in rows if r["split"] == "train"]
    dev = [r for r in rows if r["split"] == "dev"]
    extra = read(pooled) if group > 0 else []
    pipe = Pipeline([("tfidf", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1)),
                     ("svm", LinearSVC())])
    grid = GridSearchCV(pipe, {"svm__C": [0.125, 0.5, 2, 8]}, cv=5, scoring="f1_macro")
    grid.fit([text_of(r) for r in train], [r["stance"] for r in train])
    model = grid.best_estimator_
    if extra:
        model.fit([text_of(r) for r in train + extra], [r["stance"] for r in train + extra],
                  svm__sample_weight=[1.0] * len(train) + [1.0 / group] * len(extra))
    pred = model.predict([text_of(r) for r in dev])
    gold = [r["stance"] for r in dev]
    print(classification_report(gold, pred, digits=3))
    print("baseline: TF-IDF 1-2-gram LinearSVC C=%g  CV macro-F1 %.3f  dev macro-F1 %.3f%s"
          % (grid.best_params_["svm__C"], grid.best_score_, f1_score(gold, pred, average="macro"),
             "  (+%d pooled statements at weight 1/%d)" % (len(extra), group) if extra else ""))


if __name__ == "__main__":
    main(sys.argv[1:])
