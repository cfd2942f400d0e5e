#!/usr/bin/env bash
# timer-latency.sh: how late does a due timer fire? (issue "Time": "a due timer fires within 10 s on an idle node")
#
# Measures, on the packaged jar with the embedded default (H2 file database, demo admin admin/admin), the
# lateness of BPMN timers: lateness = (time the timer job was executed successfully) - (its due date), both read
# from the engine's job log (GET /engine-rest/history/job-log, fields `timestamp` and `jobDueDate`).
#
# What it does:
#   1. starts target/merchant-onboarding-*.jar (build first: mvn -q -DskipTests package) with -Xmx512m on a free
#      port, in a fresh temporary data directory (--onboarding.data-dir), passing any arguments given to this script
#      (e.g. --camunda.bpm.job-execution.max-wait=5000) to the application; waits for /actuator/health/readiness UP;
#   2. deploys a probe process `timer-latency-probe` (start -> timer catch event PT5S -> end) through
#      POST /engine-rest/deployment/create, and starts N instances, one every GAP_MIN..GAP_MAX seconds (random, so
#      that due dates do not line up with the job acquisition cycle); waits until all have ended;
#   3. prints min / median / p95 / max lateness (seconds) as a table and as one JSON line (prefixed "RESULT ");
#   4. stops the application and deletes the temporary data directory (also on Ctrl-C or failure).
#
# Note: a timer due within wait-time-in-millis (5 s by default) of its creation wakes the job executor up, so the
# default PT5S probe mostly shows the acquisition cycle of a busy node. The idle back-off (up to max-wait, 60 s by
# default), which the real timers of days meet, shows with a longer timer and sparse starts (last example below).
#
# Usage (from the project root):
#   bench/timer-latency.sh                                               # our settings (application.yaml)
#   bench/timer-latency.sh --camunda.bpm.job-execution.max-wait=60000    # the engine's default back-off, to compare
#   TIMER=PT30S N=8 GAP_MIN=20 GAP_MAX=40 bench/timer-latency.sh         # sparse timers: an idle node between them
# Environment: N (30), GAP_MIN (0.7), GAP_MAX (1.5), TIMER (PT5S), JAR (target/merchant-onboarding-*.jar),
#              JAVA_OPTS (-Xmx512m), LABEL (free text copied into the JSON), KEEP_LOG=1 keeps the application log.
# Needs: java 17, bash, curl, python3.
set -euo pipefail

cd "$(dirname "$0")/.."
N=${N:-30}
GAP_MIN=${GAP_MIN:-0.7}
GAP_MAX=${GAP_MAX:-1.5}
TIMER=${TIMER:-PT5S}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
LABEL=${LABEL:-${*:-defaults}}
AUTH=admin:Onboarding2026
KEY=timer-latency-probe

JAR=${JAR:-$(ls target/merchant-onboarding-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -1 || true)}
[[ -n "$JAR" && -f "$JAR" ]] || { echo "no jar in target/: run mvn -q -DskipTests package first" >&2; exit 2; }

WORK=$(mktemp -d -t timer-latency.XXXXXX)
LOG="$WORK/app.log"
PID=""
VPID=""
cleanup() {
  local rc=$?
  [[ -n "$VPID" ]] && kill "$VPID" 2>/dev/null || true
  if [[ -n "$PID" ]] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$PID" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$PID" 2>/dev/null || true
  fi
  if [[ "${KEEP_LOG:-0}" == 1 || $rc -ne 0 ]]; then cp "$LOG" "/tmp/timer-latency-$$.log" 2>/dev/null && echo "application log: /tmp/timer-latency-$$.log" >&2; fi
  rm -rf "$WORK"
  exit $rc
}
trap cleanup EXIT INT TERM

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"

echo "starting $JAR on port $PORT, data in $WORK/data, args: ${*:-(none)}" >&2
# shellcheck disable=SC2086
java $JAVA_OPTS -Dtimer-latency.probe=1 -jar "$JAR" --server.port="$PORT" --onboarding.data-dir="$WORK/data" "$@" \
  >"$LOG" 2>&1 &
PID=$!

T0=$(date +%s)
until [[ "$(curl -s "$BASE/actuator/health/readiness" 2>/dev/null)" == *'"UP"'* ]]; do
  kill -0 "$PID" 2>/dev/null || { echo "application died during startup" >&2; tail -30 "$LOG" >&2; exit 1; }
  (( $(date +%s) - T0 < 180 )) || { echo "not ready after 180 s" >&2; exit 1; }
  sleep 0.5
done
echo "ready after $(( $(date +%s) - T0 )) s" >&2

# CPU steal and idle while measuring (the VM is noisy): vmstat every 3 s; the first line (since boot) is skipped.
if command -v vmstat >/dev/null; then vmstat -n 3 >"$WORK/vmstat.txt" & VPID=$!; fi

cat >"$WORK/$KEY.bpmn" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs-$KEY" targetNamespace="urn:timer-latency">
  <bpmn:process id="$KEY" name="Timer latency probe" isExecutable="true" camunda:historyTimeToLive="1">
    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait"/>
    <bpmn:intermediateCatchEvent id="wait">
      <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>
      <bpmn:timerEventDefinition><bpmn:timeDuration>$TIMER</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:intermediateCatchEvent>
    <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="end"/>
    <bpmn:endEvent id="end"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
  </bpmn:process>
</bpmn:definitions>
EOF

curl -sf -u "$AUTH" -o /dev/null "$BASE/engine-rest/deployment/create" \
  -F deployment-name=timer-latency -F deployment-source=bench \
  -F "data=@$WORK/$KEY.bpmn;filename=$KEY.bpmn" \
  || { echo "deployment failed" >&2; exit 1; }

echo "starting $N instances, one every ${GAP_MIN}-${GAP_MAX} s, timer $TIMER" >&2
for i in $(seq 1 "$N"); do
  curl -sf -u "$AUTH" -o /dev/null -H 'Content-Type: application/json' -d '{}' \
    "$BASE/engine-rest/process-definition/key/$KEY/start" || { echo "start $i failed" >&2; exit 1; }
  if [[ $i -lt $N ]]; then sleep "$(python3 -c "import random; print(round(random.uniform($GAP_MIN, $GAP_MAX), 3))")"; fi
done

T1=$(date +%s)
while :; do
  active=$(curl -sf -u "$AUTH" "$BASE/engine-rest/process-instance/count?processDefinitionKey=$KEY" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["count"])')
  [[ "$active" == 0 ]] && break
  (( $(date +%s) - T1 < 600 )) || { echo "$active instances still waiting after 600 s" >&2; exit 1; }
  sleep 1
done

curl -sf -u "$AUTH" "$BASE/engine-rest/history/job-log?processDefinitionKey=$KEY&successLog=true&maxResults=100000" \
  >"$WORK/job-log.json"

[[ -n "$VPID" ]] && kill "$VPID" 2>/dev/null || true
N="$N" LABEL="$LABEL" TIMER="$TIMER" GAPS="$GAP_MIN-$GAP_MAX" python3 - "$WORK/job-log.json" "$WORK/vmstat.txt" <<'EOF'
import json, os, sys
from datetime import datetime
entries = json.load(open(sys.argv[1]))
fmt = "%Y-%m-%dT%H:%M:%S.%f%z"   # the engine REST default, e.g. 2025-01-01T12:00:00.000+0800
late = sorted((datetime.strptime(e["timestamp"], fmt) - datetime.strptime(e["jobDueDate"], fmt)).total_seconds()
              for e in entries if e.get("jobDueDate"))
if len(late) != int(os.environ["N"]):
    print(f"expected {os.environ['N']} successful timer jobs, found {len(late)}", file=sys.stderr); sys.exit(1)
def pct(p):  # nearest-rank percentile
    import math
    return late[max(0, math.ceil(p / 100 * len(late)) - 1)]
n = len(late)
median = late[n // 2] if n % 2 else (late[n // 2 - 1] + late[n // 2]) / 2
r = {"label": os.environ["LABEL"], "timers": n, "timer": os.environ["TIMER"], "gap_s": os.environ["GAPS"],
     "min_s": round(late[0], 3), "median_s": round(median, 3), "p95_s": round(pct(95), 3), "max_s": round(late[-1], 3)}
try:
    rows = [l.split() for l in open(sys.argv[2]).read().splitlines()[3:] if l.split() and l.split()[0].isdigit()]
    head = open(sys.argv[2]).read().splitlines()[1].split()
    for col in ("st", "id"):
        vals = [int(x[head.index(col)]) for x in rows]
        r[f"cpu_{col}_pct"] = f"{round(sum(vals) / len(vals))} (max {max(vals)})" if vals else None
except (OSError, IndexError, ValueError):
    pass
print(f"timer lateness, seconds ({r['label']}; {n} timers {r['timer']}, starts every {r['gap_s']} s)")
print(f"  {'min':>8} {'median':>8} {'p95':>8} {'max':>8}")
print(f"  {r['min_s']:8.3f} {r['median_s']:8.3f} {r['p95_s']:8.3f} {r['max_s']:8.3f}")
if "cpu_st_pct" in r:
    print(f"  CPU while measuring: steal {r['cpu_st_pct']} %, idle {r['cpu_id_pct']} %")
print("RESULT " + json.dumps(r))
EOF
