#!/usr/bin/env python3
"""Scores the raw-data samples with Python's exact fractions, independently of the Java code.

The tests of the command line assert these values. Run from this folder: python3 check-samples.py
Rules (docs/json-format.md, DOMAIN): four-level answers score exact thirds, e5 is yes/no reversed,
a question is the mean of its respondents, an indicator the mean of its questions; OIT sub-indicators
score the share present, indicators the mean of their sub-indicators; total = 0.3 IIT + 0.3 EIT + 0.4 OIT,
rounded half up to two places once.
"""
import json
from fractions import Fraction as F

batch = json.load(open("survey-2564.json", encoding="utf-8"))
oit = json.load(open("oit-2564.json", encoding="utf-8"))
points = {1: F(0), 2: F(100, 3), 3: F(200, 3), 4: F(100)}


def question(instrument, qid):
    values = []
    for r in batch["responses"]:
        if r["instrument"] == instrument and qid in r["answers"]:
            a = r["answers"][qid]
            values.append((F(100) if a == "no" else F(0)) if qid == "e5" else points[a])
    return sum(values) / len(values)


def half_up(x):
    n = (200 * x + 1).__floor__() // 2
    return f"{n // 100}.{n % 100:02d}"


ind = {}
for n in range(1, 6):
    ind[n] = sum(question("IIT", f"i{i}") for i in range(6 * n - 5, 6 * n + 1)) / 6
for n in range(6, 9):
    ind[n] = sum(question("EIT", f"e{e}") for e in range(5 * n - 29, 5 * n - 24)) / 5
subs = {"9.1": range(1, 10), "9.2": range(10, 18), "9.3": range(18, 25), "9.4": range(25, 29),
        "9.5": range(29, 34), "10.1": range(34, 42), "10.2": range(42, 44)}


def sub(s):
    r = subs[s]
    return F(100 * sum(1 for i in r if oit["items"][f"O{i}"]["present"]), len(r))


ind[9] = sum(sub(s) for s in ["9.1", "9.2", "9.3", "9.4", "9.5"]) / 5
ind[10] = (sub("10.1") + sub("10.2")) / 2
iit = sum(ind[n] for n in range(1, 6)) / 5
eit = sum(ind[n] for n in range(6, 9)) / 3
oit_score = (ind[9] + ind[10]) / 2
total = F(3, 10) * iit + F(3, 10) * eit + F(4, 10) * oit_score
print("indicators", " ".join(half_up(ind[n]) for n in range(1, 11)))
print("IIT", half_up(iit), "EIT", half_up(eit), "OIT", half_up(oit_score), "total", half_up(total))

# The cohort: mean, median, pass count and weakest indicator of 245 offices (exact, then half up).
weights = {i: F(6, 100) for i in range(1, 6)} | {i: F(10, 100) for i in range(6, 9)} | {9: F(20, 100), 10: F(20, 100)}
totals, sums = [], {i: F(0) for i in range(1, 11)}
with open("cohort-2566.ndjson", encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        scores = {int(k): F(v) for k, v in r["indicators"].items()}
        totals.append(sum(weights[i] * scores[i] for i in scores))
        for i in scores:
            sums[i] += scores[i]
totals.sort()
n = len(totals)
median = totals[n // 2] if n % 2 else (totals[n // 2 - 1] + totals[n // 2]) / 2
passed = sum(1 for t in totals if F((200 * t + 1).__floor__() // 2, 100) >= 85)
weakest = min(range(1, 11), key=lambda i: (sums[i], i))
print("cohort", n, "mean", half_up(sum(totals) / n), "median", half_up(median), "passed", passed,
      "weakest", weakest, half_up(sums[weakest] / n))
