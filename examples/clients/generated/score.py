"""A district system's use of a Python client that OpenAPI Generator made from the service's own document
(GET /v1/openapi.json; docs/http.md, "A client of your own"): it scores a report and reads the problems of a
refused one by their codes.

Usage: python3 score.py CLIENT_DIR BASE_URL REPORT_JSON

In a project, `pip install CLIENT_DIR` installs the client and what it needs (pydantic 2, urllib3,
python-dateutil); here the client is imported from CLIENT_DIR as it is.
"""
import json
import sys

client_dir, base, report_file = sys.argv[1:4]
sys.path.insert(0, client_dir)

import itascore_client  # noqa: E402  (the generated package, from CLIENT_DIR)
from itascore_client.models.report import Report  # noqa: E402

configuration = itascore_client.Configuration(host=base)
with itascore_client.ApiClient(configuration) as client:
    api = itascore_client.AssessmentApi(client)

    # the report, as the client's own model
    with open(report_file, encoding="utf-8") as f:
        report = Report.from_dict(json.load(f))
    result = api.assess_report(report)
    print(f"score {result.score} grade {result.grade.value} passed {'yes' if result.passed else 'no'}")
    for indicator in result.indicators:
        if not indicator.passed:
            print(f"below the pass mark: indicator {indicator.number}, {indicator.score}")

    # a report whose edition does not cover its fiscal year: refused, its problems told by code, in Thai
    report.edition = "obec-esa-2562"
    try:
        api.assess_report(report, accept_language="th")
        print("not refused")
        sys.exit(1)
    except itascore_client.ApiException as e:
        problem = json.loads(e.body)
        print(f"refused {e.status}: {problem['title']}")
        for p in problem["problems"]:
            print(f"problem {p['code']} at {p.get('pointer', '-')}")
