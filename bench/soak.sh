#!/usr/bin/env bash
# The long run of the reliability tests: fuzzed maps and AIF nodesets (1000 cases per random
# property, over 10,000 cases in all), 100 builds and exports killed with SIGKILL over corpora of 100
# documents, 16 clients on the endpoint for 60 s, then 60 s more while 20 connections trickle request
# bodies and 4 threads send pathological queries (query timeout 10 s), and CrashPointsIT (build,
# load, import and export killed by strace at their file-system calls). Counts can be changed:
# SOAK_TRIES, SOAK_KILLS, SOAK_KILL_DOCUMENTS, SOAK_LOAD_CLIENTS, SOAK_LOAD_SECONDS,
# SOAK_LOAD_SLOW_BODIES, SOAK_LOAD_PATHOLOGICAL, SOAK_LOAD_TIMEOUT_SECONDS.
# The figures are written to target/reliability/*.txt and printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B verify -Psoak \
  -Dtest='org/argkg/reliability/*Test' -Dit.test='KillIT,WriteFailuresIT,ServeCredentialsIT,CrashPointsIT' \
  -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dsoak.tries="${SOAK_TRIES:-1000}" -Dsoak.kills="${SOAK_KILLS:-100}" \
  -Dsoak.kill-documents="${SOAK_KILL_DOCUMENTS:-100}" -Dsoak.load-clients="${SOAK_LOAD_CLIENTS:-16}" \
  -Dsoak.load-seconds="${SOAK_LOAD_SECONDS:-60}" -Dsoak.load-slow-bodies="${SOAK_LOAD_SLOW_BODIES:-20}" \
  -Dsoak.load-pathological="${SOAK_LOAD_PATHOLOGICAL:-4}" -Dsoak.load-timeout-seconds="${SOAK_LOAD_TIMEOUT_SECONDS:-10}"
for f in target/reliability/*.txt; do
  printf '\n== %s\n' "$f"
  cat "$f"
done
