#!/usr/bin/env bash
# Load benchmark of `ita serve` with wrk: requests per second and latency (p50, p99) of POST /v1/assessments
# against GET /health on the same server in the same run (the HTTP floor), and of POST /v1/cohorts (245 reports
# as NDJSON) against the library's own in-process cohort speed (benchmark 3b's per-report rate is not comparable:
# this measures the whole request). Needs wrk (apt-get install wrk) and ita-cli/target/ita.jar.
#
# Usage: bash benchmarks/http/load.sh [SECONDS] [CONNECTIONS]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-10}"
connections="${2:-64}"
port=18090
jar=ita-cli/target/ita.jar
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
[ -f "$jar" ] || { echo "$jar missing: ./mvnw -B -q package -pl ita-cli -am -DskipTests"; exit 1; }

java -jar "$jar" serve --port "$port" --threads 16 --queue 1024 2>/dev/null &
server=$!
trap 'kill -TERM $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done

tmp="$(mktemp -d)"
cat > "$tmp/post.lua" <<'LUA'
local f = io.open(os.getenv("BODY"), "rb")
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = os.getenv("TYPE")
LUA
report=samples/khon-kaen-2566.json

run() { # NAME URL [BODY TYPE]
  local name="$1" url="$2"
  if [ $# -gt 2 ]; then
    BODY="$3" TYPE="$4" wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$tmp/post.lua" "$url" >"$tmp/$name.txt"
  else
    wrk -t2 -c"$connections" -d"${seconds}s" --latency "$url" >"$tmp/$name.txt"
  fi
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' "$tmp/$name.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$tmp/$name.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$tmp/$name.txt")
  errors=$(awk '/Non-2xx|Socket errors/ {print}' "$tmp/$name.txt" | tr '\n' ' ')
  echo "$name $rps $p50 $p99 ${errors:-no errors}"
}

# warm the JIT, then measure
run warmup "http://127.0.0.1:$port/v1/assessments" "$report" application/json >/dev/null
health=$(run health "http://127.0.0.1:$port/health")
assess=$(run assess "http://127.0.0.1:$port/v1/assessments" "$report" application/json)
cohort=$(run cohort "http://127.0.0.1:$port/v1/cohorts" samples/cohort-2566.ndjson application/x-ndjson)
echo "endpoint requests/s p50 p99 errors"
echo "$health"
echo "$assess"
echo "$cohort"
python3 - "$health" "$assess" <<'PY'
import sys
h = float(sys.argv[1].split()[1]); a = float(sys.argv[2].split()[1])
print(f"assess / health (the HTTP floor): {a / h:.2f}")
PY
rm -rf "$tmp"
