#!/usr/bin/env python3
"""Prints the tables of docs/PERFORMANCE.md from a JMH JSON result file.

Usage: python3 benchmarks/ratios.py jmh-results.json

Each benchmark is paired with the baseline measured in the same run; the ratio is the library's
throughput over the baseline's (for single-shot times, the baseline's time over the library's).
Secondary results reported by JMH as sums over iterations (the heap counters) are shown per
iteration, from the raw data.
"""
import json
import sys

PAIRS = [
    ("1. Tally", "TallyBenchmark.library", "TallyBenchmark.baseline"),
    ("2. Ingestion", "IngestionBenchmark.library", "IngestionBenchmark.baseline"),
    ("3a. Assessments", "AssessmentBenchmark.assess", "AssessmentBenchmark.assessBaseline"),
    ("3b. Cohort of 8,325", "AssessmentBenchmark.cohort", "AssessmentBenchmark.cohortBaseline"),
    ("3c. Cohort plans of 8,325", "AssessmentBenchmark.cohortPlans", "AssessmentBenchmark.cohortPlansBaseline"),
    ("4. National, end to end", "NationalBenchmark.library", "NationalBenchmark.baseline"),
    ("5. CSV ingestion, national volume", "CsvIngestionBenchmark.library", "CsvIngestionBenchmark.baseline"),
]


def main(path):
    results = {".".join(r["benchmark"].split(".")[-2:]): r for r in json.load(open(path))}
    print("| benchmark | library | baseline | ratio |")
    print("|---|---|---|---|")
    for title, library, baseline in PAIRS:
        if library not in results:
            continue  # a run of some benchmarks only
        lib, base = results[library]["primaryMetric"], results[baseline]["primaryMetric"]
        unit = lib["scoreUnit"]
        if unit.endswith("/op"):  # a time: smaller is better
            ratio = base["score"] / lib["score"]
        else:
            ratio = lib["score"] / base["score"]
        print(f"| {title} | {lib['score']:,.3f} ± {lib['scoreError']:,.3f} {unit} | "
              f"{base['score']:,.3f} ± {base['scoreError']:,.3f} {unit} | {ratio:.3g} |")
    print()
    for name in ("NationalBenchmark.library", "NationalBenchmark.baseline"):
        if name not in results:
            continue
        for metric, data in sorted(results[name].get("secondaryMetrics", {}).items()):
            raw = [x for fork in data["rawData"] for x in fork]
            print(f"{name} {metric}: per iteration " + ", ".join(f"{x:.1f}" for x in raw)
                  + f"; max {max(raw):.1f}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "jmh-results.json")
