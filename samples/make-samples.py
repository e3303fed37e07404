#!/usr/bin/env python3
"""Writes the raw-data samples: a survey batch and an OIT checklist of a fictitious office, FY2564.

Deterministic (fixed seed). Run from this folder: python3 make-samples.py
"""
import json
import random

rng = random.Random(2564)


def level():
    # mostly high, some low, as real ITA answers are
    return rng.choices([1, 2, 3, 4], weights=[3, 7, 35, 55])[0]


responses = []
for n in range(30):
    answers = {}
    for i in range(1, 31):
        if rng.random() < 0.03:
            continue  # skipped
        answers[f"i{i}"] = level()
    responses.append({"instrument": "IIT", "answers": answers})
for n in range(45):
    answers = {}
    for e in range(1, 16):
        if rng.random() < 0.03:
            continue
        answers[f"e{e}"] = ("yes" if rng.random() < 0.08 else "no") if e == 5 else level()
    responses.append({"instrument": "EIT", "answers": answers})

batch = {
    "office": "สพม.ตัวอย่าง",
    "fiscalYear": 2564,
    "edition": "obec-esa-2564",
    "populations": {"staff": 48, "stakeholders": 420},
    "responses": responses,
}
with open("survey-2564.json", "w", encoding="utf-8") as f:
    json.dump(batch, f, ensure_ascii=False, indent=1)
    f.write("\n")

absent = {"O8", "O16", "O28", "O36", "O40", "O43"}
items = {}
for i in range(1, 44):
    item = f"O{i}"
    if item in absent:
        items[item] = {"present": False}
    else:
        items[item] = {"present": True, "evidence": f"https://www.example-esa.go.th/ita/2564/{item.lower()}"}
with open("oit-2564.json", "w", encoding="utf-8") as f:
    json.dump({"items": items}, f, ensure_ascii=False, indent=1)
    f.write("\n")

# A cohort of 245 fictitious Educational Service Area offices, FY2566, as newline-delimited JSON.
with open("cohort-2566.ndjson", "w", encoding="utf-8") as f:
    for n in range(1, 246):
        kind = "สพป." if n <= 183 else "สพม."
        base = rng.uniform(78, 97)
        scores = {}
        for i in range(1, 11):
            s = base + rng.uniform(-6, 5) - (4 if i == 10 else 0)
            scores[str(i)] = round(min(100.0, max(40.0, s)), 2)
        report = {"office": f"{kind}ตัวอย่าง {n:03d}", "fiscalYear": 2566, "edition": "obec-esa-2566",
                  "indicators": {k: f"{v:.2f}" for k, v in scores.items()}}
        f.write(json.dumps(report, ensure_ascii=False) + "\n")
