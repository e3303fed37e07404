#!/usr/bin/env python3
"""Checks a printed PDF as a person would look at it: A4 paper, a number of pages, no page before the last more
than a quarter blank, and every page with something on it. Renders each page with pdftoppm (poppler-utils) as a
grey image and finds its lowest inked row.

A page "ends" where its lowest ink is; what lies between that and the bottom margin is blank. The issue that asked
for this check saw a page left about a quarter blank (23% of the page above its margin) because a whole table moved to
the next; a fifth is the bound, so that such a page fails with room to spare.

Usage: pages.py PDF NAME MIN_PAGES MAX_PAGES BOTTOM_MARGIN_MM
"""
import glob
import os
import re
import subprocess
import sys
import tempfile

path, name, least, most = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
margin = float(sys.argv[5]) / 297  # of the A4 page's height
pdf = open(path, "rb").read()
boxes = {tuple(round(float(x)) for x in m) for m in re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)}

with tempfile.TemporaryDirectory() as tmp:
    # 36 dpi: one pixel is two points, enough to find where the ink ends
    subprocess.run(["pdftoppm", "-r", "36", "-gray", path, os.path.join(tmp, "p")], check=True)
    images = sorted(glob.glob(os.path.join(tmp, "p-*.pgm")), key=lambda p: int(re.search(r"-(\d+)\.pgm$", p).group(1)))
    filled = []
    for image in images:
        data = open(image, "rb").read()
        magic, size, depth, pixels = data.split(b"\n", 3)
        width, height = map(int, size.split())
        rows = [y for y in range(height) if min(pixels[y * width:(y + 1) * width]) < 160]
        filled.append((rows[-1] + 1) / height if rows else 0.0)

pages = len(filled)
problems = []
if boxes != {(595, 842)}:
    problems.append(f"media box {sorted(boxes)}, not A4 (595 x 842 pt)")
if not least <= pages <= most:
    problems.append(f"{pages} page(s), not {least}-{most}")
for k, fill in enumerate(filled):
    if fill == 0.0:
        problems.append(f"page {k + 1} is blank")
    elif k < pages - 1 and 1 - margin - fill > 0.20:
        problems.append(f"page {k + 1} ends {round(100 * fill)}% down: {round(100 * (1 - margin - fill))}% of it blank above the "
                        "margin, more than a fifth, before the last page")
print(f"print check: {name}: {pages} page(s), ink to " + ", ".join(f"{round(100 * f)}%" for f in filled)
      + (": ok" if not problems else ": FAILED: " + "; ".join(problems)))
sys.exit(1 if problems else 0)
