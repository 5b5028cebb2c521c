#!/usr/bin/env python3
"""show_quotes.py - print `stance quotes`/`stance classify` JSONL readably.

    stance quotes demo/articles.jsonl | python3 tools/show_quotes.py
"""
import json
import sys

for line in sys.stdin:
    doc = json.loads(line)
    print("== %s" % doc.get("id"))
    for q in doc.get("quotes", []):
        extra = ""
        if "stance" in q:
            extra = " [%s %+.2f]" % (q["stance"], q.get("sentiment", 0.0))
        text = q["text"].replace("\n", " ")
        print("  %-24s %-7s%s %s" % ((q.get("speaker") or "?")[:24], q["kind"], extra,
                                      text[:90] + ("…" if len(text) > 90 else "")))
