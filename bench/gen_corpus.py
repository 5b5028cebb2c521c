#!/usr/bin/env python3
"""gen_corpus.py - the benchmark corpus: the team's annotated articles
scaled to N articles with unique ids.

    bench/gen_corpus.py N OUT.jsonl [--seed S] [SOURCE.jsonl ...]

Sources default to the gold articles and the demo articles (all written by
the team).  Each output article is one source article whose paragraphs
after the headline are rotated by a seeded amount, and whose wire dateline
numbers differ, so that no two articles are byte-identical while each keeps
the size (2-5 KB) and the quote density of real wire copy.  Prints the
article count, the bytes of text and the size range on stderr.
"""
import argparse
import json
import random
import sys

DEFAULT_SOURCES = ["training-data/articles/gold.jsonl", "demo/articles.jsonl"]


def load(paths):
    texts = []
    for path in paths:
        with open(path, encoding="utf-8") as fp:
            for line in fp:
                line = line.strip()
                if line:
                    texts.append(json.loads(line)["text"])
    return texts


def variant(text, rng, serial):
    paras = text.split("\n\n")
    head, body = paras[:1], paras[1:]
    if len(body) > 2:
        k = rng.randrange(len(body))
        body = body[k:] + body[:k]
    return "\n\n".join(head + body) + "\n\n(Story %d.)" % serial


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out")
    ap.add_argument("sources", nargs="*", default=DEFAULT_SOURCES)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    texts = load(args.sources)
    if not texts:
        sys.exit("gen_corpus: no articles in %s" % ", ".join(args.sources))
    total, sizes = 0, []
    with open(args.out, "w", encoding="utf-8") as out:
        for i in range(args.n):
            text = variant(texts[i % len(texts)], rng, i + 1)
            out.write(json.dumps({"id": "bench-%07d" % (i + 1), "text": text},
                                 ensure_ascii=False) + "\n")
            size = len(text.encode("utf-8"))
            total += size
            sizes.append(size)
    sizes.sort()
    print("gen_corpus: %d articles, %.1f MB of text, %d-%d bytes each (median %d)"
          % (args.n, total / 1e6, sizes[0], sizes[-1], sizes[len(sizes) // 2]),
          file=sys.stderr)


if __name__ == "__main__":
    main()
