#!/usr/bin/env python3
"""Evaluate an anonymizer's output against bescheide-dev.jsonl (python3, stdlib only).

COPIED UNCHANGED (apart from this note) from the dev corpus: /work/shared/corpus/dev/check.py.
Used here to run the own corpus (bescheide-own.jsonl) against the identity and perfect fixtures.

Usage:
    python3 check.py CORPUS.jsonl OUTPUT.jsonl [--quiet]

CORPUS.jsonl  one object per line: {"id", "text", "pii": [{"type","value"}], "keep": [...], ...}
OUTPUT.jsonl  one object per line: {"id": ..., "anonymized": "<text>"}

A pii value LEAKS if it occurs in the anonymized text
  * at word boundaries (not preceded/followed by a letter, digit or "_"), case-insensitively, or
  * for ID-like types (IBAN, BIC, PHONE, TAX_ID, TAX_NUMBER, CASE_NUMBER, ID_NUMBER,
    SOCIAL_SECURITY, LICENSE_PLATE, PROPERTY_ID) additionally after removing all whitespace
    from both the value and the text (here only digits count as boundaries, because letters
    of neighbouring words become adjacent once whitespace is gone).
A keep value is RETAINED if it occurs verbatim (case-sensitive) in the anonymized text.
A document missing from OUTPUT counts as failed: all its pii values leak, no keep value is retained.

Exit status 0 only if leaks == 0 and keep retention >= 0.98.
The last line is:  leaks=N/M keep=0.xxx docs=K
(N leaked of M annotated pii values, keep = retained/total keep values, K = corpus documents evaluated)
"""
import json
import re
import sys
from collections import OrderedDict, defaultdict

ID_LIKE = {"IBAN", "BIC", "PHONE", "TAX_ID", "TAX_NUMBER", "CASE_NUMBER", "ID_NUMBER",
           "SOCIAL_SECURITY", "LICENSE_PLATE", "PROPERTY_ID"}
KEEP_THRESHOLD = 0.98
WS = re.compile(r"\s+")


def load_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                sys.exit(f"{path}:{n}: invalid JSON: {exc}")
    return rows


def word_pattern(value):
    return re.compile(r"(?<!\w)" + re.escape(value) + r"(?!\w)", re.IGNORECASE)


def compact_pattern(value):
    v = WS.sub("", value)
    pre = r"(?<![0-9])" if v[:1].isdigit() else ""
    post = r"(?![0-9])" if v[-1:].isdigit() else ""
    return re.compile(pre + re.escape(v) + post, re.IGNORECASE)


def leaks(value, typ, text, compact_text):
    if word_pattern(value).search(text):
        return True
    if typ in ID_LIKE and WS.sub("", value):
        if compact_pattern(value).search(compact_text):
            return True
    return False


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    quiet = "--quiet" in argv
    if len(args) != 2:
        print(__doc__)
        return 2
    corpus = load_jsonl(args[0])
    outputs = {}
    for row in load_jsonl(args[1]):
        if "id" not in row or "anonymized" not in row:
            sys.exit("output rows need 'id' and 'anonymized'")
        outputs[row["id"]] = row["anonymized"]

    per_type_total = defaultdict(int)
    per_type_leak = defaultdict(int)
    keep_total = keep_found = 0
    leak_total = pii_total = 0
    failures = OrderedDict()
    missing = []

    for doc in corpus:
        did = doc["id"]
        text = outputs.get(did)
        if text is None:
            missing.append(did)
        compact = WS.sub("", text) if text is not None else ""
        doc_leaks, doc_lost = [], []
        for item in doc["pii"]:
            typ, val = item["type"], item["value"]
            per_type_total[typ] += 1
            pii_total += 1
            if text is None or leaks(val, typ, text, compact):
                per_type_leak[typ] += 1
                leak_total += 1
                doc_leaks.append(f"{typ}:{val}")
        for val in doc["keep"]:
            keep_total += 1
            if text is not None and val in text:
                keep_found += 1
            else:
                doc_lost.append(val)
        if doc_leaks or doc_lost:
            failures[did] = (doc_leaks, doc_lost)

    extra = sorted(set(outputs) - {d["id"] for d in corpus})
    keep_ratio = keep_found / keep_total if keep_total else 1.0

    print("== leaks per pii type ==")
    for typ in sorted(per_type_total):
        print(f"  {typ:<16} {per_type_leak[typ]:>4}/{per_type_total[typ]:<4}")
    print(f"  {'OVERALL':<16} {leak_total:>4}/{pii_total:<4}")
    print(f"== keep retention: {keep_found}/{keep_total} = {keep_ratio:.3f} (threshold {KEEP_THRESHOLD}) ==")
    if missing:
        print(f"== documents missing from output: {len(missing)}: {', '.join(missing)} ==")
    if extra:
        print(f"== ids in output but not in corpus (ignored): {', '.join(extra)} ==")
    print(f"== failed documents: {len(failures)}/{len(corpus)} ==")
    for did, (lk, lost) in failures.items():
        print(f"  {did}: {len(lk)} leaked, {len(lost)} keep values lost")
        if not quiet:
            for v in lk:
                print(f"      LEAK  {v}")
            for v in lost:
                print(f"      LOST  {v}")
    ok = leak_total == 0 and keep_ratio >= KEEP_THRESHOLD
    print("RESULT: " + ("PASS" if ok else "FAIL"))
    print(f"leaks={leak_total}/{pii_total} keep={keep_ratio:.3f} docs={len(corpus)}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
