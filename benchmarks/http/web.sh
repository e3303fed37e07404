#!/usr/bin/env bash
# Load benchmark of the web app of `ita serve` with wrk, each against the API doing the same work in the same run:
#  1. the typed path: POST /score with the ten Khon Kaen scores as a form (the HTML result page, with its downloads
#     and next-step forms), against POST /v1/assessments with the same report as JSON: pages a second.
#  2. a large office's Google Forms exports (IIT_ROWS and EIT_ROWS responses, the sample's answers repeated, and
#     its OIT checklist): POST /score answering the result page, against POST /v1/raw-assessments with the same
#     parts answering JSON: the time from upload to result, one upload at a time; and the same files scored in
#     process (benchmarks/http/InProcessUpload.java: SheetFiles into a TableImport, no HTTP), the work's floor.
# Needs wrk (apt-get install wrk), python3 and ita-cli/target/ita.jar.
#
# Usage: bash benchmarks/http/web.sh [SECONDS] [CONNECTIONS] [IIT_ROWS] [EIT_ROWS]   (EIT_ROWS: IIT_ROWS if left out)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-10}"
connections="${2:-16}"
rows="${3:-3000}"
eitrows="${4:-$rows}"
port=18091
jar=ita-cli/target/ita.jar
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
[ -f "$jar" ] || { echo "$jar missing: ./mvnw -B -q package -pl ita-cli -am -DskipTests"; exit 1; }

java -jar "$jar" serve --port "$port" --threads 16 --queue 1024 --max-body 67108864 2>/dev/null &
server=$!
trap 'kill -TERM $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done

tmp="$(mktemp -d)"
python3 - "$tmp" "$rows" "$eitrows" <<'PY'
import sys, urllib.parse
tmp, iitrows, eitrows = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
scores = "98.71 90.03 95.49 94.20 93.24 90.87 91.14 88.02 90.00 83.75".split()
form = {"office": "สพม.ขอนแก่น", "fiscalYear": "2566"}
form.update({f"indicator{i + 1}": s for i, s in enumerate(scores)})
open(f"{tmp}/typed.body", "w").write(urllib.parse.urlencode(form))
def big(path, rows):
    text = open(path, encoding="utf-8-sig").read()
    first = text.index("\n", text.index('"3.')) if '"3.' in text else 0
    end = text.index("\n", first + 1) + 1 if first else text.index("\n") + 1
    head, body = text[:end], text[end:]
    lines = [l for l in body.split("\n") if l.strip()]
    out = [head.rstrip("\n")]
    while len(out) - 1 < rows:
        out.extend(lines)
    return ("\n".join(out[:rows + 1]) + "\n").encode()
iit, eit = big("samples/csv/iit-2564.csv", iitrows), big("samples/csv/eit-2564.csv", eitrows)
open(f"{tmp}/iit.csv", "wb").write(iit)
open(f"{tmp}/eit.csv", "wb").write(eit)
parts = [("iit", "iit.csv", iit), ("eit", "eit.csv", eit),
         ("oit", "oit.csv", open("samples/csv/oit-2564.csv", "rb").read()),
         ("office", None, "สพม.ตัวอย่าง".encode()), ("fiscalYear", None, b"2564")]
b = "ita-web-benchmark-boundary"
body = b""
for name, file, content in parts:
    body += f"--{b}\r\nContent-Disposition: form-data; name=\"{name}\"".encode()
    body += (f"; filename=\"{file}\"\r\nContent-Type: text/csv" if file else "").encode() + b"\r\n\r\n" + content + b"\r\n"
body += f"--{b}--\r\n".encode()
open(f"{tmp}/upload.body", "wb").write(body)
print(f"upload: {len(body)} bytes, {iitrows} IIT and {eitrows} EIT responses")
PY
cat > "$tmp/post.lua" <<'LUA'
local f = io.open(os.getenv("BODY"), "rb")
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = os.getenv("TYPE")
LUA
multipart="multipart/form-data; boundary=ita-web-benchmark-boundary"

run() { # NAME URL BODY TYPE CONNECTIONS SECONDS
  BODY="$3" TYPE="$4" wrk -t1 -c"$5" -d"$6s" --latency -s "$tmp/post.lua" "$2" >"$tmp/$1.txt"
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' "$tmp/$1.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$tmp/$1.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$tmp/$1.txt")
  errors=$(awk '/Non-2xx|Socket errors/ {print}' "$tmp/$1.txt" | tr '\n' ' ')
  echo "$1 $rps $p50 $p99 ${errors:-no errors}"
}

report=samples/khon-kaen-2566.json
run warmup "http://127.0.0.1:$port/score" "$tmp/typed.body" application/x-www-form-urlencoded "$connections" 5 >/dev/null
run warmup2 "http://127.0.0.1:$port/score" "$tmp/upload.body" "$multipart" 1 5 >/dev/null
echo "endpoint requests/s p50 p99 errors"
api=$(run api-typed "http://127.0.0.1:$port/v1/assessments" "$report" application/json "$connections" "$seconds")
web=$(run web-typed "http://127.0.0.1:$port/score" "$tmp/typed.body" application/x-www-form-urlencoded "$connections" "$seconds")
apiup=$(run api-upload "http://127.0.0.1:$port/v1/raw-assessments" "$tmp/upload.body" "$multipart" 1 "$seconds")
webup=$(run web-upload "http://127.0.0.1:$port/score" "$tmp/upload.body" "$multipart" 1 "$seconds")
printf '%s\n' "$api" "$web" "$apiup" "$webup"
inproc=$(java -cp "$jar" benchmarks/http/InProcessUpload.java "$tmp/iit.csv" "$tmp/eit.csv" samples/csv/oit-2564.csv "$seconds")
echo "$inproc"
python3 - "$api" "$web" "$apiup" "$webup" "$inproc" <<'PY'
import sys
r = [float(a.split()[1]) for a in sys.argv[1:]]
print(f"typed pages / API assessments: {r[1] / r[0]:.2f}")
print(f"upload to result page: {1000 / r[3]:.0f} ms a request; / the API's upload: {r[2] / r[3]:.2f} times as long")
print(f"in process: {1000 / r[4]:.0f} ms; the page's upload at {r[3] / r[4]:.2f} of the in-process rate, the API's at {r[2] / r[4]:.2f}")
PY
