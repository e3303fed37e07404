#!/usr/bin/env python3
"""Scores an indicator-score report through `ita serve`, with Python's standard library only.

Usage: python3 ita_client.py [URL] [REPORT]
  URL     the service, default http://127.0.0.1:8080/
  REPORT  a report (docs/json-format.md, format 1), default the bundled sample (Khon Kaen, FY2566)

Prints the office, the year, the score and the grade with its meaning in English and Thai; on a refused report, each problem with its JSON pointer
and exits 1. Set ITA_TOKEN when the service requires a token.
"""
import json
import os
import sys
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, "..", "..", "..", "samples",
                      "khon-kaen-2566.json")


def assess(url, report_bytes, language="en, th"):
    # problems in English (the first named), results' labels in both languages
    request = urllib.request.Request(url.rstrip("/") + "/v1/assessments", data=report_bytes, method="POST",
                                     headers={"Content-Type": "application/json", "Accept-Language": language})
    token = os.environ.get("ITA_TOKEN")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read().decode("utf-8"))


def main():
    url = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080/"
    path = sys.argv[2] if len(sys.argv) > 2 else SAMPLE
    with open(path, "rb") as f:
        report = f.read()
    try:
        result = assess(url, report)
    except urllib.error.HTTPError as e:
        problem = json.loads(e.read().decode("utf-8"))
        print(f"refused ({problem['status']}): {problem['title']}", file=sys.stderr)
        for p in problem.get("problems", []):
            print(f"  {p['pointer']}: {p.get('value', '')}: {p['rule']}", file=sys.stderr)
        return 1
    title = result["gradeTitle"]
    print(f"{result['office']}, fiscal year {result['fiscalYear']}: {result['score']:.2f}, grade {result['grade']} "
          + f"({title['en']}, {title['th']}), " + ("passed" if result["passed"] else "not passed"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
