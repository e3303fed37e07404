#!/usr/bin/env python3
"""Writes the CSV fixtures of this folder and prints their expected scores with exact fractions.

Run from this folder: python3 fixtures.py. The fixtures are kept as written; the build does not run this.
"""
import csv
import io
from fractions import Fraction as F

TH = {1: "น้อยที่สุดหรือไม่มีเลย", 2: "น้อย", 3: "มาก", 4: "มากที่สุด"}
EN = {1: "none or least", 2: "little", 3: "much", 4: "most"}
iit = [  # 4 respondents, 0 = skipped
    [4, 4, 3, 4, 4, 4, 3, 3, 4, 4, 3, 4, 4, 4, 4, 3, 4, 4, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 3, 4],
    [3, 3, 3, 3, 2, 3, 4, 4, 4, 4, 4, 4, 3, 0, 3, 3, 3, 3, 2, 3, 3, 3, 3, 3, 4, 4, 3, 4, 4, 4],
    [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4],
    [1, 2, 3, 4, 0, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 0],
]
eit = [  # 3 respondents; e5 is yes/no ('y'/'n'), 0 = skipped
    [4, 4, 4, 4, 'n', 3, 3, 3, 3, 3, 4, 4, 4, 4, 4],
    [3, 3, 4, 4, 'y', 4, 4, 4, 3, 3, 3, 3, 3, 3, 3],
    [4, 0, 4, 4, 'n', 4, 4, 4, 4, 4, 4, 4, 4, 4, 0],
]
absent = {2, 17, 30, 41}


def header_iit(th):
    h = ["ประทับเวลา" if th else "Timestamp"] + ([] if th else ["Email Address"])
    for i in range(1, 31):
        h.append(f"{i}. ข้อคำถาม IIT ข้อที่ {i}")
    h[1 if th else 2] = "1. ท่านเห็นว่า ผู้บริหาร, บุคลากรในหน่วยงาน\nปฏิบัติงานโดยยึดหลักคุณธรรม"
    return h


def w(name, rows, bom, eol):
    s = io.StringIO()
    csv.writer(s, lineterminator=eol).writerows(rows)
    open(name, "w", encoding="utf-8-sig" if bom else "utf-8", newline="").write(s.getvalue())


# Thai locale: BOM, CRLF, B.E. timestamps, Thai labels
w("iit-th.csv", [header_iit(True)] + [[f"{5 + n}/7/2569, 9:{10 + n}:05"] + [TH.get(a, "") for a in r]
                                      for n, r in enumerate(iit)], True, "\r\n")
w("eit-th.csv", [["ประทับเวลา"] + [f"ข้อ {e} ข้อคำถาม EIT" for e in range(1, 16)]]
  + [[f"{8 + n}/7/2569 14:0{n}:00"] + [({'y': 'มี', 'n': 'ไม่มี'}[a] if e == 4 else TH.get(a, "")) for e, a in enumerate(r)]
     for n, r in enumerate(eit)], True, "\r\n")
w("oit-th.csv", [["ข้อ", "มี/ไม่มี", "URL", "หมายเหตุ"]]
  + [[f"O{i}", "ไม่มี" if i in absent else "มี", "" if i in absent else f"https://www.ตัวอย่าง.go.th/ita/o{i}",
      "ยังไม่เผยแพร่" if i in absent else ""] for i in range(1, 44)], True, "\r\n")
# English locale: no BOM, LF, U.S. timestamps, an e-mail column, English labels and digits
w("iit-en.csv", [header_iit(False)] + [[f"7/{5 + n}/2026 9:{10 + n}:05", f"r{n}@example.com"]
                                       + [(EN if n % 2 else {k: str(k) for k in EN}).get(a, "") for a in r]
                                       for n, r in enumerate(iit)], False, "\n")
w("eit-en.csv", [["Timestamp"] + [f"e{e} EIT question" for e in range(1, 16)]]
  + [[f"7/{8 + n}/2026 2:0{n}:00 PM"] + [({'y': 'Yes', 'n': 'No'}[a] if e == 4 else EN.get(a, "")) for e, a in enumerate(r)]
     for n, r in enumerate(eit)], False, "\n")
w("oit-en.csv", [["Item", "Present", "Evidence", "Note"]]
  + [[str(i), "" if i in absent else "✓", "" if i in absent else f"https://www.example.go.th/ita/o{i}", ""]
     for i in range(1, 44)], False, "\n")

# The expected scores, with exact fractions (the rules of samples/check-samples.py)
pts = {1: F(0), 2: F(100, 3), 3: F(200, 3), 4: F(100)}


def q_iit(i):
    v = [pts[r[i]] for r in iit if r[i]]
    return sum(v) / len(v)


def q_eit(e):
    v = [(F(100) if r[4] == 'n' else F(0)) for r in eit if r[4]] if e == 4 else [pts[r[e]] for r in eit if r[e]]
    return sum(v) / len(v)


ind = {n: sum(q_iit(i) for i in range(6 * (n - 1), 6 * n)) / 6 for n in range(1, 6)}
for n in range(6, 9):
    ind[n] = sum(q_eit(e) for e in range(5 * (n - 6), 5 * (n - 5))) / 5
subs = {"9.1": range(1, 10), "9.2": range(10, 18), "9.3": range(18, 25), "9.4": range(25, 29), "9.5": range(29, 34),
        "10.1": range(34, 42), "10.2": range(42, 44)}
sub = {s: F(100 * sum(1 for i in r if i not in absent), len(r)) for s, r in subs.items()}
ind[9] = sum(sub[s] for s in ["9.1", "9.2", "9.3", "9.4", "9.5"]) / 5
ind[10] = (sub["10.1"] + sub["10.2"]) / 2
I = sum(ind[n] for n in range(1, 6)) / 5
E = sum(ind[n] for n in range(6, 9)) / 3
O = (ind[9] + ind[10]) / 2
total = F(3, 10) * I + F(3, 10) * E + F(4, 10) * O
print("IIT", I, "EIT", E, "OIT", O, "total", total, float(total))
