#!/usr/bin/env bash
# Side-by-side benchmark of argkg against the tools a user would otherwise pick, on the same data:
#   build throughput      argkg build            vs  riot parsing the same graph as N-Triples
#   TDB2 load             argkg load (N-Quads)   vs  tdb2.tdbloader on the same N-Quads
#   query latency         argkg serve            vs  the stock jena-fuseki-server jar on the same TDB2 store,
#                         every named query, 1, 4 and 16 concurrent clients (median and p99)
#   peak resident memory  of each process (/usr/bin/time -v, or VmHWM for the servers)
# for generated corpora of 1,000 and 10,000 documents (override: SIZES="1000 10000"), and writes a
# Markdown table to bench/results/<date>.md. Needs: java 17, maven (to build and to fetch the
# Fuseki jar), curl, /usr/bin/time (Debian package 'time'). Timings are benchmark output, never test
# assertions. Usage: bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-"1000 10000"}
REQ=${REQ:-10}            # requests per client and query, at most
BUDGET=${BUDGET:-30}      # seconds per query and number of clients after which no new request starts
WORK=${WORK:-target/bench}
OUT=bench/results/$(date -u +%Y-%m-%d).md
JAR=target/argkg.jar
mkdir -p "$WORK" bench/results

[ -f "$JAR" ] || mvn -B -q package -DskipTests
[ -f target/fuseki/jena-fuseki-server.jar ] || mvn -B -q dependency:copy@fuseki-server-for-tests
command -v /usr/bin/time >/dev/null || { echo "install the Debian package 'time'" >&2; exit 2; }

# seconds and peak RSS (MiB) of a command: prints "SECONDS RSS"
measure() {
  local log; log=$(mktemp)
  /usr/bin/time -v "$@" >/dev/null 2>"$log" || { cat "$log" >&2; exit 1; }
  local wall rss
  wall=$(grep "Elapsed (wall clock)" "$log" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep "Maximum resident set size" "$log" | awk '{printf "%.0f", $NF/1024}')
  rm -f "$log"; echo "$wall $rss"
}

wait_port() { for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$1/\$/ping" >/dev/null && return 0; sleep 0.5; done; return 1; }
hwm() { grep VmHWM "/proc/$1/status" | awk '{printf "%.0f", $2/1024}'; }

# every named query, bound as 'argkg query' binds it: a document or claim parameter to the first generated
# document (as an analyst asks about one document), the others to their defaults; queries without such a
# parameter list the whole corpus. Those using text:query are left out (stock Fuseki has no text index here).
QDIR=$WORK/queries; rm -rf "$QDIR"; mkdir -p "$QDIR"
for f in queries/*.rq; do
  name=$(basename "$f" .rq)
  args=()
  grep -q "^# param: doc" "$f" && args+=(--param doc=id:gen-000001)
  grep -q "^# param: claim" "$f" && args+=(--param claim=id:gen-000001/cause-1)
  grep -q "text:query" "$f" || java -jar "$JAR" query "$name" "${args[@]}" --show > "$QDIR/$name.rq"
done

{
echo "# argkg benchmark, $(date -u +%Y-%m-%d)"
echo
echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1). One run; every figure is wall-clock. Load average when the run started: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine slows both sides of each comparison, not always equally)."
echo
} > "$OUT"

declare -A R
for N in $SIZES; do
  C=$WORK/corpus-$N; DB=$WORK/db-$N; DBL=$WORK/db-load-$N; DBT=$WORK/db-tdbloader-$N
  rm -rf "$C" "$DB" "$DBL" "$DBT"
  java -jar "$JAR" generate --documents "$N" --out "$C" 2>/dev/null
  read -r t m < <(measure java -Xmx512m -jar "$JAR" validate "$C"); R[val_t_$N]=$t; R[val_m_$N]=$m
  read -r t m < <(measure java -Xmx512m -jar "$JAR" build --seeds "$C" --db "$DB"); R[build_t_$N]=$t; R[build_m_$N]=$m
  TRIPLES=$(java -jar "$JAR" query --db "$DB" -e 'SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }' --format csv | tail -1 | tr -d '\r')
  R[triples_$N]=$TRIPLES
  java -jar "$JAR" export --db "$DB" --format ntriples --out "$WORK/all-$N.nt" 2>/dev/null
  java -jar "$JAR" export --db "$DB" --format nquads --out "$WORK/all-$N.nq" 2>/dev/null
  read -r t m < <(measure java -Xmx512m -cp "$JAR" riotcmd.riot --sink "$WORK/all-$N.nt"); R[riot_t_$N]=$t; R[riot_m_$N]=$m
  read -r t m < <(measure java -Xmx512m -jar "$JAR" load --db "$DBL" "$WORK/all-$N.nq"); R[load_t_$N]=$t; R[load_m_$N]=$m
  read -r t m < <(measure java -Xmx512m -cp "$JAR" tdb2.tdbloader --loc "$DBT" "$WORK/all-$N.nq"); R[tdbl_t_$N]=$t; R[tdbl_m_$N]=$m

  # query latency: argkg serve, then stock Fuseki on the same store (TDB2 allows one process at a time)
  PORT=39$((RANDOM % 90 + 10))
  java -Xmx1g -jar "$JAR" serve --db "$DB" --seeds "$C" --no-rebuild --port "$PORT" --timeout 300 >/dev/null 2>&1 & SP=$!
  wait_port "$PORT"
  for c in 1 4 16; do java bench/QueryBench.java "http://127.0.0.1:$PORT/argkg/sparql" "$QDIR" "$c" "$REQ" "$BUDGET" > "$WORK/q-argkg-$N-$c.tsv"; done
  R[serve_m_$N]=$(hwm $SP); kill $SP; wait $SP 2>/dev/null || true
  cat > "$WORK/fuseki-$N.ttl" <<TTL
PREFIX fuseki: <http://jena.apache.org/fuseki#>
PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>
<#s> rdf:type fuseki:Service ; fuseki:name "ds" ; fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ; fuseki:dataset <#d> .
<#d> rdf:type tdb2:DatasetTDB2 ; tdb2:location "$(realpath "$DB")" ; tdb2:unionDefaultGraph true .
TTL
  FUSEKI_BASE="$WORK/fuseki-run" java -Xmx1g -jar target/fuseki/jena-fuseki-server.jar --config="$WORK/fuseki-$N.ttl" --port="$PORT" --localhost >/dev/null 2>&1 & FP=$!
  wait_port "$PORT"
  for c in 1 4 16; do java bench/QueryBench.java "http://127.0.0.1:$PORT/ds/sparql" "$QDIR" "$c" "$REQ" "$BUDGET" > "$WORK/q-fuseki-$N-$c.tsv"; done
  R[fuseki_m_$N]=$(hwm $FP); kill $FP; wait $FP 2>/dev/null || true
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "–"; else printf "%.2f", a / b }'; }
tps() { awk -v n="$1" -v t="$2" 'BEGIN { if (t == 0) print "–"; else printf "%.0f", n / t }'; }
{
echo "## Build and load"
echo
echo "| documents | triples | argkg build s (triples/s) | riot parse N-Triples s | build ÷ riot | argkg validate s | validate ÷ riot | tdb2.tdbloader s | build ÷ tdbloader | argkg load s | load ÷ tdbloader | peak MiB: build / validate / riot / load / tdbloader |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
for N in $SIZES; do
  echo "| $N | ${R[triples_$N]} | ${R[build_t_$N]} ($(tps ${R[triples_$N]} ${R[build_t_$N]})) | ${R[riot_t_$N]} | $(ratio ${R[build_t_$N]} ${R[riot_t_$N]}) | ${R[val_t_$N]} | $(ratio ${R[val_t_$N]} ${R[riot_t_$N]}) | ${R[tdbl_t_$N]} | $(ratio ${R[build_t_$N]} ${R[tdbl_t_$N]}) | ${R[load_t_$N]} | $(ratio ${R[load_t_$N]} ${R[tdbl_t_$N]}) | ${R[build_m_$N]} / ${R[val_m_$N]} / ${R[riot_m_$N]} / ${R[load_m_$N]} / ${R[tdbl_m_$N]} |"
done
echo
echo "argkg build reads every map and source text, checks references, quotes and SHACL shapes, maps, writes the TDB2 store and indexes the text; argkg validate does the same without the store; riot only parses the resulting N-Triples, tdb2.tdbloader parses and stores the resulting N-Quads."
echo
echo "## Query latency (ms, median / p99 over all named queries' requests)"
echo
echo "| documents | clients | argkg serve median | stock Fuseki median | ratio | argkg p99 | Fuseki p99 | ratio | errors | peak MiB argkg / Fuseki |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for N in $SIZES; do for c in 1 4 16; do
  a=$WORK/q-argkg-$N-$c.tsv; f=$WORK/q-fuseki-$N-$c.tsv
  # over the queries both servers answered
  paste "$a" "$f" | awk '$5 != "NaN" && $11 != "NaN"' > "$WORK/q-both-$N-$c.tsv"
  b=$WORK/q-both-$N-$c.tsv
  am=$(awk '{s+=$5} END {if (NR) printf "%.2f", s/NR; else print "–"}' "$b"); fm=$(awk '{s+=$11} END {if (NR) printf "%.2f", s/NR; else print "–"}' "$b")
  ap=$(awk '{s+=$6} END {if (NR) printf "%.2f", s/NR; else print "–"}' "$b"); fp=$(awk '{s+=$12} END {if (NR) printf "%.2f", s/NR; else print "–"}' "$b")
  err=$(cat "$a" "$f" | awk '{s+=$4} END {print s}')
  [ "$c" = 1 ] && R[qmed_$N]=$am && R[fmed_$N]=$fm
  echo "| $N | $c | $am | $fm | $(ratio $am $fm) | $ap | $fp | $(ratio $ap $fp) | $err | ${R[serve_m_$N]} / ${R[fuseki_m_$N]} |"
done; done
echo
echo "Queries that timed out (120 s) on either server: $(cat "$WORK"/q-argkg-*.tsv "$WORK"/q-fuseki-*.tsv | awk '$5 == "NaN" {print $1}' | sort -u | tr '\n' ' ')"
echo
echo "Each client sends up to $REQ requests per query, none started after $BUDGET s (at least one each). Medians and p99 are averaged over the named queries both servers answered, of $(ls "$QDIR" | wc -l) (those using text:query are left out: stock Fuseki has no text index here); per-query figures are in $WORK/q-*.tsv."
set -- $SIZES
if [ $# -ge 2 ]; then
  echo
  echo "## Growth from $1 to $2 documents ($(ratio $2 $1)× the documents)"
  echo
  echo "| figure | growth |"
  echo "|---|---|"
  echo "| triples | $(ratio ${R[triples_$2]} ${R[triples_$1]})× |"
  echo "| argkg build time | $(ratio ${R[build_t_$2]} ${R[build_t_$1]})× |"
  echo "| argkg build peak memory | $(ratio ${R[build_m_$2]} ${R[build_m_$1]})× |"
  echo "| argkg validate time | $(ratio ${R[val_t_$2]} ${R[val_t_$1]})× |"
  echo "| argkg load time | $(ratio ${R[load_t_$2]} ${R[load_t_$1]})× |"
  echo "| tdb2.tdbloader time | $(ratio ${R[tdbl_t_$2]} ${R[tdbl_t_$1]})× |"
  echo "| argkg serve median latency, 1 client | $(ratio ${R[qmed_$2]} ${R[qmed_$1]})× |"
  echo "| stock Fuseki median latency, 1 client | $(ratio ${R[fmed_$2]} ${R[fmed_$1]})× |"
  echo "| argkg serve peak memory | $(ratio ${R[serve_m_$2]} ${R[serve_m_$1]})× |"
  echo "| riot time | $(ratio ${R[riot_t_$2]} ${R[riot_t_$1]})× |"
fi
} >> "$OUT"
echo "wrote $OUT" >&2
