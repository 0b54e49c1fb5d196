#!/usr/bin/env python3
"""Build and validate bescheide-own.jsonl (one folder up) from letters_a/b/c.py.

python3 stdlib only.  Run:  python3 tools/build.py

Writes
  ../bescheide-own.jsonl            the corpus
  identity-output.jsonl             fixture: output = input               (check.py must FAIL)
  perfect-output.jsonl              fixture: every pii value -> "[TYPE]"  (check.py must PASS)
and prints statistics.  Exit status 1 on any validation error.

Validation
  * ids unique, Land codes valid, all 16 Länder used, pii types known;
  * every pii and keep value is an exact, case-sensitive substring of the text, without outer whitespace,
    and listed only once;
  * no pii value stands in a substring relation with a keep value (case-sensitive, case-insensitive,
    whitespace-free for ID-like types, and under the leak rule of check.py);
  * check digits: IBAN (ISO 13616 mod 97, also every DE-IBAN found anywhere in the text), Steuer-ID
    (ISO 7064 MOD 11,10 + digit-distribution rule), Rentenversicherungsnummer, Personalausweis (ICAO 9303);
  * keep[0] == facts.authority; amount_due and due_dates occur in the text; remedy fields consistent;
  * the perfect placeholder output leaks nothing under check.py's rule and retains every keep value;
  * name-form completeness: every token of every PERSON value (>= 3 letters, titles and particles
    excluded) that still occurs in the perfect output at a word boundary (case-insensitive) must lie
    inside a keep value (the intended ordinary-word collisions such as "im Winter").  So a surname that
    appears alone, in capitals or with a title anywhere in the letter must have been listed;
  * no e-mail address, no IBAN and no Steuer-ID-like 11-digit number survives in the perfect output
    unless it is a keep value (authority account, functional mailbox);
  * documents marked pii_free have an empty pii list.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import letters_a, letters_b, letters_c  # noqa: E402
import check  # noqa: E402  (copied from the dev corpus)

TYPES = {"PERSON", "ADDRESS", "BIRTHDATE", "IBAN", "BIC", "TAX_ID", "TAX_NUMBER", "CASE_NUMBER", "PHONE",
         "EMAIL", "LICENSE_PLATE", "ID_NUMBER", "SOCIAL_SECURITY", "PROPERTY_ID", "OTHER"}
LAENDER = {"BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH"}
REMEDIES = {"Widerspruch", "Klage", "Einspruch", None}
PERIODS = {"ein Monat", "zwei Wochen", None}
NOT_NAME_TOKENS = {"frau", "herr", "herrn", "von", "van", "den", "der", "zu", "zur", "geb", "dr", "prof",
                   "eheleute", "familie", "ing", "dipl", "und"}
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[0-9A-Z]{4}){3,7}(?: ?[0-9A-Z]{1,4})?\b")
DE_IBAN_RE = re.compile(r"\bDE\d{2}(?: ?[0-9]{4}){4} ?[0-9]{2}\b")

errors = []
notes = []


def err(msg):
    errors.append(msg)


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def steuerid_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[1-9]\d{10}", s):
        return False
    counts = sorted(Counter(s[:10]).values(), reverse=True)
    if not (counts[0] in (2, 3) and all(x == 1 for x in counts[1:])):
        return False
    product = 10
    for ch in s[:10]:
        t = (int(ch) + product) % 10
        t = 10 if t == 0 else t
        product = (t * 2) % 11
    cd = 11 - product
    cd = 0 if cd == 10 else cd
    return cd == int(s[10])


def rvnr_ok(s):
    m = re.fullmatch(r"(\d{2}) ?(\d{6}) ?([A-Z]) ?(\d{2})(\d)", s)
    if not m:
        return False
    area, bd, letter, serial, cd = m.groups()
    digits = area + bd + f"{ord(letter) - 64:02d}" + serial
    tot = 0
    for d, w in zip(digits, [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]):
        tot += sum(int(x) for x in str(int(d) * w))
    return tot % 10 == int(cd)


def personalausweis_ok(s):
    if not re.fullmatch(r"[CFGHJKLMNPRTVWXYZ0-9]{9}\d", s):
        return False
    w = [7, 3, 1]
    t = sum((int(ch) if ch.isdigit() else ord(ch) - 55) * w[i % 3] for i, ch in enumerate(s[:9]))
    return t % 10 == int(s[9])


def placeholder_text(text, pii):
    """Replace every exact occurrence of every pii value, longest first."""
    spans = []
    for item in sorted(pii, key=lambda x: -len(x["value"])):
        for m in re.finditer(re.escape(item["value"]), text):
            if any(not (m.end() <= a or m.start() >= b) for a, b, _ in spans):
                continue
            spans.append((m.start(), m.end(), item["type"]))
    out, pos = [], 0
    for a, b, t in sorted(spans):
        out.append(text[pos:a])
        out.append(f"[{t}]")
        pos = b
    out.append(text[pos:])
    return "".join(out)


def name_tokens(pii):
    toks = set()
    for p in pii:
        if p["type"] != "PERSON":
            continue
        for t in re.split(r"[\s,\-–/]+", p["value"]):
            t = t.strip(".’'")
            if len(t) >= 3 and t.lower() not in NOT_NAME_TOKENS and not t.endswith("."):
                toks.add(t)
    return toks


def keep_spans(anon, keep):
    spans = []
    for k in keep:
        for m in re.finditer(re.escape(k), anon):
            spans.append((m.start(), m.end()))
    return spans


def validate(d):
    did, text = d["id"], d["text"]
    if d["land"] not in LAENDER:
        err(f"{did}: bad land {d['land']}")
    pii = [{"type": t, "value": v} for t, v in d["pii"]]
    vals = [p["value"] for p in pii]
    if len(vals) != len(set(vals)):
        err(f"{did}: duplicate pii values {[v for v, c in Counter(vals).items() if c > 1]}")
    if d.get("pii_free") and pii:
        err(f"{did}: marked pii_free but has pii")
    for p in pii:
        if p["type"] not in TYPES:
            err(f"{did}: bad type {p['type']}")
        if p["value"] not in text:
            err(f"{did}: pii not in text: {p['value']!r}")
        if not p["value"] or p["value"] != p["value"].strip():
            err(f"{did}: pii value empty or with outer whitespace: {p['value']!r}")
    keep = d["keep"]
    if len(keep) != len(set(keep)):
        err(f"{did}: duplicate keep values {[v for v, c in Counter(keep).items() if c > 1]}")
    for k in keep:
        if k not in text:
            err(f"{did}: keep not in text: {k!r}")
        if not k or k != k.strip():
            err(f"{did}: keep value empty or with outer whitespace: {k!r}")
    facts = d["facts"]
    if keep[0] != facts["authority"]:
        err(f"{did}: keep[0] must be the authority")
    if facts["amount_due"] is not None and facts["amount_due"] not in text:
        err(f"{did}: amount_due not in text")
    if facts["amount_due"] is not None and facts["amount_due"] not in keep:
        err(f"{did}: amount_due not in keep")
    for dd in facts["due_dates"]:
        if dd not in text:
            err(f"{did}: due date not in text: {dd}")
    if facts["remedy"] not in REMEDIES or facts["remedy_period"] not in PERIODS:
        err(f"{did}: bad remedy fields")
    if (facts["remedy"] is None) != (facts["remedy_period"] is None):
        err(f"{did}: remedy/period mismatch")
    for p in pii:
        v = p["value"]
        for k in keep:
            if v in k or k in v:
                err(f"{did}: pii/keep substring relation: {v!r} ~ {k!r}")
            elif v.lower() in k.lower() or k.lower() in v.lower():
                # Deviation from the dev corpus: a case-insensitive substring relation is tolerated only when
                # it is not a word-boundary match (e.g. pii "Klein" vs keep "ein kleiner Betrag"), because
                # check.py matches at word boundaries; it is reported so that it stays a conscious choice.
                if check.word_pattern(v).search(k) or check.word_pattern(k).search(v):
                    err(f"{did}: pii/keep word-boundary relation: {v!r} ~ {k!r}")
                else:
                    notes.append(f"{did}: intended case-insensitive substring (no word match): {v!r} ~ {k!r}")
            if p["type"] in check.ID_LIKE:
                vc, kc = re.sub(r"\s+", "", v), re.sub(r"\s+", "", k)
                if vc in kc or kc in vc:
                    err(f"{did}: pii/keep overlap without whitespace: {v!r} ~ {k!r}")
            if check.word_pattern(v).search(k):
                err(f"{did}: pii matches inside keep: {v!r} in {k!r}")
    for p in pii:
        t, v = p["type"], p["value"]
        if t == "IBAN" and not iban_ok(v):
            err(f"{did}: invalid IBAN {v}")
        if t == "TAX_ID" and not steuerid_ok(v):
            err(f"{did}: invalid Steuer-ID {v}")
        if t == "SOCIAL_SECURITY" and not rvnr_ok(v):
            err(f"{did}: invalid RV-Nummer {v}")
        if t == "ID_NUMBER" and re.fullmatch(r"[CFGHJKLMNPRTVWXYZ0-9]{9}\d", v) and not personalausweis_ok(v):
            err(f"{did}: invalid Personalausweisnummer {v}")
    for m in IBAN_RE.finditer(text):
        if not iban_ok(m.group(0)):
            err(f"{did}: invalid IBAN in text {m.group(0)}")
    for m in DE_IBAN_RE.finditer(text):
        if not iban_ok(m.group(0)):
            err(f"{did}: invalid IBAN in text {m.group(0)}")

    # perfect output: no leaks, all keep values retained
    anon = placeholder_text(text, pii)
    compact = re.sub(r"\s+", "", anon)
    for p in pii:
        if check.leaks(p["value"], p["type"], anon, compact):
            err(f"{did}: perfect output still leaks {p['type']}:{p['value']!r} (value also occurs in another case/form)")
    for k in keep:
        if k not in anon:
            err(f"{did}: perfect output lost keep {k!r} (a pii value overlaps it)")
    # name-form completeness
    kspans = keep_spans(anon, keep)
    for tok in sorted(name_tokens(pii)):
        for m in re.finditer(r"(?<!\w)" + re.escape(tok) + r"(?!\w)", anon, re.I):
            if not any(a <= m.start() and m.end() <= b for a, b in kspans):
                ctx = anon[max(0, m.start() - 30):m.end() + 30].replace("\n", " ")
                err(f"{did}: name token {tok!r} left unlisted: …{ctx}…")
    for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", anon):
        if not any(a <= m.start() and m.end() <= b for a, b in kspans):
            err(f"{did}: e-mail address left in perfect output and not keep: {m.group(0)}")
    for m in DE_IBAN_RE.finditer(anon):
        if m.group(0) not in keep:
            err(f"{did}: IBAN left in perfect output and not keep: {m.group(0)}")
    for m in re.finditer(r"(?<![\d.,/])[1-9]\d{10}(?![\d.,])", anon):
        err(f"{did}: 11-digit number left in perfect output: {m.group(0)}")
    return {"id": did, "kind": d["kind"], "land": d["land"], "text": text, "pii": pii, "keep": keep,
            "facts": {"authority": facts["authority"], "amount_due": facts["amount_due"],
                      "due_dates": facts["due_dates"], "remedy": facts["remedy"],
                      "remedy_period": facts["remedy_period"], "decision": facts["decision"]}}, anon


def main():
    docs = letters_a.DOCS + letters_b.DOCS + letters_c.DOCS
    ids = [d["id"] for d in docs]
    if len(ids) != len(set(ids)):
        err("duplicate ids")
    records, perfect = [], {}
    for d in docs:
        rec, anon = validate(d)
        records.append(rec)
        perfect[rec["id"]] = anon
    missing = LAENDER - {r["land"] for r in records}
    if missing:
        err(f"Länder not used: {sorted(missing)}")

    with open(os.path.join(ROOT, "bescheide-own.jsonl"), "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "identity-output.jsonl"), "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps({"id": r["id"], "anonymized": r["text"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "perfect-output.jsonl"), "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps({"id": r["id"], "anonymized": perfect[r["id"]]}, ensure_ascii=False) + "\n")

    # extra fixtures: (a) realistic partial failures incl. a missing document, (b) an over-anonymizer
    with open(os.path.join(HERE, "edge-output.jsonl"), "w", encoding="utf-8") as fh:
        for rid, t in perfect.items():
            if rid == "mahnung-own-01":
                continue  # missing document -> counted as fully leaked
            if rid == "schulweg-own-01":
                t = t.replace("[IBAN]", "DE21500105171274225961", 1)  # IBAN re-emitted without spaces
            if rid == "sondernutzung-own-01":
                t = t.replace("[LICENSE_PLATE]", "HH K 42", 1)  # plate with other spacing
            if rid == "stundung-own-01":
                t += "\nandreas koch"  # lower-cased name
            fh.write(json.dumps({"id": rid, "anonymized": t}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "overanon-output.jsonl"), "w", encoding="utf-8") as fh:
        for rid, t in perfect.items():
            t = DE_IBAN_RE.sub("[IBAN]", t)
            t = re.sub(r"\b(Winter|Kurz|kurz|Vogel|Koch|Schwarz|kleiner)\b", "[PERSON]", t)
            t = re.sub(r"\b(Bismarckstraße|Hans-Sachs-Weg|Gustav-Heinemann-Allee|Friedrich-Engels-Ring|"
                       r"Karl-Liebknecht-Platz|Theodor-Storm-Straße|Klaus-Groth-Gymnasium)\b", "[ADDRESS]", t)
            fh.write(json.dumps({"id": rid, "anonymized": t}, ensure_ascii=False) + "\n")

    kinds = Counter(r["kind"] for r in records)
    types = Counter(p["type"] for r in records for p in r["pii"])
    lands = Counter(r["land"] for r in records)
    chars = [len(r["text"]) for r in records]
    print("== stats ==")
    print("docs", len(records), "kinds", len(kinds), "laender", len(lands))
    print("chars min/avg/max", min(chars), sum(chars) // len(chars), max(chars))
    print("pii total", sum(types.values()), "keep total", sum(len(r["keep"]) for r in records))
    print("pii-free docs", [r["id"] for r in records if not r["pii"]])
    for k, v in sorted(types.items(), key=lambda x: -x[1]):
        print(f"  TYPE {k} {v}")
    for k, v in sorted(lands.items()):
        print(f"  LAND {k} {v}")
    for r in records:
        print(f"  DOC {r['id']} | {r['kind']} | {r['land']} | {r['keep'][0]} | chars={len(r['text'])} "
              f"pii={len(r['pii'])} keep={len(r['keep'])} remedy={r['facts']['remedy']}")
    for n in notes:
        print("  NOTE " + n)
    if errors:
        print("== ERRORS ==")
        for e in errors:
            print("  " + e)
        print(f"VALIDATION FAILED ({len(errors)} errors)")
        sys.exit(1)
    print("VALIDATION OK")


if __name__ == "__main__":
    main()
