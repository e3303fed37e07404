"""Runs the ITA conformance corpus through the HTTP service, as a system in another language would run it
through its own scoring: each case's input is sent to the endpoint the corpus's index names for it (a report or
raw data as JSON, Google Forms exports as an upload of their files and fields), and the answer written as
OUT/NAME.json, for `ita conformance check CORPUS --actual OUT`.

Usage: python3 conformance.py BASE_URL CORPUS OUT

The standard library only. The answers name grades and indicators in both languages (gradeTitle, title); the
check reads those names as presentation, not results.
"""
import json
import os
import sys
import urllib.error
import urllib.request

base, corpus, out = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3]
os.makedirs(out, exist_ok=True)
with open(os.path.join(corpus, "index.json"), encoding="utf-8") as f:
    cases = json.load(f)["cases"]


def multipart(folder):
    """The upload of a case of Google Forms exports: each CSV as a file part, each field of fields.json as a field."""
    boundary = "ita-conformance-boundary"
    parts = []
    for name in sorted(os.listdir(folder)):
        if name.endswith(".csv"):
            with open(os.path.join(folder, name), "rb") as f:
                parts.append((f'Content-Disposition: form-data; name="{name[:-4]}"; filename="{name}"\r\n'
                              'Content-Type: text/csv\r\n').encode() + b"\r\n" + f.read())
    with open(os.path.join(folder, "fields.json"), encoding="utf-8") as f:
        for field, value in json.load(f).items():
            parts.append(f'Content-Disposition: form-data; name="{field}"\r\n\r\n{value}'.encode())
    body = b"".join(b"--" + boundary.encode() + b"\r\n" + p + b"\r\n" for p in parts) + b"--" + boundary.encode() + b"--\r\n"
    return body, "multipart/form-data; boundary=" + boundary


for case in cases:
    folder = os.path.join(corpus, case["name"])
    if case["kind"] == "sheets":
        body, media_type = multipart(folder)
    else:
        with open(os.path.join(folder, "input.json"), "rb") as f:
            body, media_type = f.read(), "application/json"
    request = urllib.request.Request(base + case["endpoint"], data=body, method="POST",
                                     headers={"Content-Type": media_type, "Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            answer = response.read()
    except urllib.error.HTTPError as e:  # a refusal is an answer too: the check shows it against the expected
        answer = e.read()
    with open(os.path.join(out, case["name"] + ".json"), "wb") as f:
        f.write(answer)
print(f"{len(cases)} cases answered")
