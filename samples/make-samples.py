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
