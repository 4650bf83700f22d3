#!/usr/bin/env bash
# Benchmark of the algorithms of 'argkg evaluate' (not a test: timings are benchmark output, never
# test assertions):
#   grounded semantics   random frameworks of 1,000,000 arguments (uniform random attacks of mean
#                        out-degree 2 and 5, and an acyclic one), the labelling alone and reading
#                        the same framework from an ICCMA 2023 file
#   preferred semantics  every preferred extension of random (Erdős–Rényi) frameworks of 100, 200
#                        and 300 arguments at mean out-degrees 1 to 12, 10 frameworks per cell,
#                        30 s limit per framework
# The frameworks come from fixed seeds, so every run measures the same ones. Prints Markdown tables
# and writes them to bench/results/evaluation-<date>.md. Needs: java 17, maven.
# Usage: bench/evaluation.sh [quick]      (quick: fewer frameworks and shorter limits, to try it)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=bench/results/evaluation-$(date -u +%Y-%m-%d).md
mkdir -p bench/results

mvn -B -q ${MVN_OPTS:-} test-compile
{
  echo "# argkg evaluate benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo) RAM,"\
       "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  java -Xmx2g -cp target/classes:target/test-classes org.argkg.evaluation.bench.EvaluationBenchmark "$@"
} | tee "$OUT"
echo "wrote $OUT" >&2
