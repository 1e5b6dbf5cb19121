#!/usr/bin/env bash
# Loads a store's export into Virtuoso, a SPARQL engine made for billions of triples, and checks that every query
# in queries/ returns the same rows there as in trialkg.
#   bench/virtuoso.sh [STORE]        (default: a new store of ../shared/data and ../shared/seeds)
# 1. installs virtuoso-opensource when missing (apt-get, as root);
# 2. exports the store as N-Quads (trialkg export) and starts a private Virtuoso on local ports in a temp folder,
#    its buffers sized to a quarter of the machine's memory;
# 3. bulk-loads the export (ld_dir + rdf_loader_run, the graph of each quad kept) and times it;
# 4. runs each query of queries/ on both, the default graph the union of the graphs in both (Virtuoso's default
#    without FROM, trialkg's by design), and compares the rows as sets: values compared as written, numbers as
#    numbers, GROUP_CONCAT lists as sets, a SAMPLE() column not at all (either engine may pick any value of the
#    group). A query that uses tk:search (trialkg's full-text search inside SPARQL)
#    is skipped: no other engine has it.
# Prints per query: rows in each, same or differs (with the first differing row), and both times; exits 1 when
# any compared query differs. Virtuoso is stopped and the temp folder removed at the end.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="$root/../shared"
isql_port="${BENCH_VIRTUOSO_PORT:-1112}"
http_port="${BENCH_VIRTUOSO_HTTP_PORT:-8891}"
"$root/bin/trialkg" --version >/dev/null   # builds on first use

work="$(mktemp -d)"
vpid=""
cleanup() {
  if [ -n "$vpid" ] && kill -0 "$vpid" 2>/dev/null; then
    isql-vt "$isql_port" dba dba exec="shutdown;" >/dev/null 2>&1 || kill "$vpid" 2>/dev/null || true
    wait "$vpid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

if ! command -v virtuoso-t >/dev/null; then
  [ "$(id -u)" = 0 ] || { echo "virtuoso.sh: Virtuoso is not installed; run as root or install virtuoso-opensource" >&2; exit 1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q virtuoso-opensource >/dev/null
fi

store="${1:-}"
if [ -z "$store" ]; then
  [ -d "$shared/data" ] || { echo "virtuoso.sh: no store given and no $shared/data to build one from" >&2; exit 1; }
  store="$work/store"
  echo "ingesting ../shared/data and ../shared/seeds into a new store ..."
  # exit code 3: some inputs are no trial records (the folder's notes, AACT's fragments); the rest is stored
  "$root/bin/trialkg" ingest --store "$store" "$shared/data" "$shared/seeds" >/dev/null 2>&1 || [ $? -eq 3 ]
fi

mkdir -p "$work/db" "$work/load"
t0=$(date +%s.%N)
"$root/bin/trialkg" export --store "$store" -o "$work/load/export.nq" >/dev/null
t_export=$(echo "$(date +%s.%N) - $t0" | bc)
quads=$(wc -l < "$work/load/export.nq")

# Virtuoso's own guidance: 85,000 buffers (8 KB pages) a GB given to it; a quarter of the memory here.
mem_kb=$(awk '/MemTotal/ { print $2 }' /proc/meminfo)
buffers=$(( mem_kb / 4 / 1024 / 1024 * 85000 ))
[ "$buffers" -ge 10000 ] || buffers=10000
sed -e "s#^DatabaseFile *=.*virtuoso-temp.db#DatabaseFile = $work/db/virtuoso-temp.db#" \
    -e "s#^TransactionFile *=.*virtuoso-temp.trx#TransactionFile = $work/db/virtuoso-temp.trx#" \
    -e "s#^DatabaseFile *=.*/virtuoso.db#DatabaseFile = $work/db/virtuoso.db#" \
    -e "s#^ErrorLogFile *=.*#ErrorLogFile = $work/db/virtuoso.log#" \
    -e "s#^LockFile *=.*#LockFile = $work/db/virtuoso.lck#" \
    -e "s#^TransactionFile *=.*/virtuoso.trx#TransactionFile = $work/db/virtuoso.trx#" \
    -e "s#^xa_persistent_file *=.*#xa_persistent_file = $work/db/virtuoso.pxa#" \
    -e "s#^ServerPort *= *1111#ServerPort = $isql_port#" \
    -e "s#^ServerPort *= *8890#ServerPort = $http_port#" \
    -e "s#^DirsAllowed *=.*#DirsAllowed = ., $work/load, /usr/share/virtuoso-opensource-7/vad#" \
    -e "s#^NumberOfBuffers *=.*#NumberOfBuffers = $buffers#" \
    -e "s#^MaxDirtyBuffers *=.*#MaxDirtyBuffers = $(( buffers * 3 / 4 ))#" \
    -e "s#^ResultSetMaxRows *=.*#ResultSetMaxRows = 1000000#" \
    -e "s#^MaxQueryExecutionTime *=.*#MaxQueryExecutionTime = 0#" \
    /etc/virtuoso-opensource-7/virtuoso.ini > "$work/virtuoso.ini"
(cd "$work/db" && exec virtuoso-t +foreground +configfile "$work/virtuoso.ini" > "$work/db/stdout.log" 2>&1) &
vpid=$!
for _ in $(seq 1 120); do
  isql-vt "$isql_port" dba dba exec="status();" >/dev/null 2>&1 && break
  kill -0 "$vpid" 2>/dev/null || { echo "virtuoso.sh: Virtuoso did not start:" >&2; tail -5 "$work/db/virtuoso.log" >&2; exit 1; }
  sleep 1
done

t0=$(date +%s.%N)
isql-vt "$isql_port" dba dba exec="ld_dir('$work/load', 'export.nq', 'urn:trialkg:no-graph'); rdf_loader_run(); checkpoint;" \
  > "$work/load.log" 2>&1
t_load=$(echo "$(date +%s.%N) - $t0" | bc)
errors=$(isql-vt "$isql_port" dba dba exec="SELECT ll_error FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;" \
  | grep -c "^[A-Za-z0-9]" || true)
printf 'export: %s quads in %.1f s; Virtuoso bulk load in %.1f s (%.0f quads/s)\n' "$quads" "$t_export" "$t_load" \
  "$(echo "$quads / $t_load" | bc -l)"
grep -q "Error" "$work/load.log" && { echo "virtuoso.sh: the load failed:" >&2; cat "$work/load.log" >&2; exit 1; }

different=0
for q in "$root"/queries/*.rq; do
  name=$(basename "$q")
  if grep -q "tk:search" "$q"; then
    printf '  %-28s skipped (tk:search is trialkg'"'"'s own)\n' "$name"
    continue
  fi
  t0=$(date +%s.%N)
  "$root/bin/trialkg" sparql --store "$store" --format json "$q" > "$work/trialkg.json"
  t_trialkg=$(echo "$(date +%s.%N) - $t0" | bc)
  t0=$(date +%s.%N)
  curl -sS --fail-with-body -H 'Accept: application/sparql-results+json' --data-urlencode "query@$q" \
    "http://localhost:$http_port/sparql" > "$work/virtuoso.json" || true
  t_virtuoso=$(echo "$(date +%s.%N) - $t0" | bc)
  verdict=$(python3 - "$work/trialkg.json" "$work/virtuoso.json" "$q" <<'PY'
import json, re, sys

# SAMPLE() may pick any of the group's values: such columns are not compared
with open(sys.argv[3], encoding="utf-8") as f:
    sampled = set(re.findall(r"SAMPLE\s*\(\s*\?\w+\s*\)\s+AS\s+\?(\w+)", f.read(), re.IGNORECASE))

def rows(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    try:
        data = json.loads(text)
    except ValueError:
        return None, text.strip().splitlines()[0][:160] if text.strip() else "no answer"
    out = []
    for b in data["results"]["bindings"]:
        # an empty GROUP_CONCAT is "" in one engine and unbound in the other
        out.append(tuple(sorted((k, norm(v)) for k, v in b.items() if k not in sampled and v["value"] != "")))
    return sorted(out), None

def norm(v):
    value = v["value"]
    try:
        return repr(float(value))        # 3 and "3"^^xsd:integer and 3.0 alike
    except ValueError:
        pass
    for sep in (", ", " | "):            # a GROUP_CONCAT: its order is not defined
        if sep in value:
            return sep.join(sorted(value.split(sep)))
    return value

a, _ = rows(sys.argv[1])
b, error = rows(sys.argv[2])
if b is None:
    print(f"{len(a)}\t-\tVIRTUOSO ERROR: {error}")
elif a == b:
    print(f"{len(a)}\t{len(b)}\tsame")
else:
    only_a = next((dict(r) for r in a if r not in b), None)
    only_b = next((dict(r) for r in b if r not in a), None)
    print(f"{len(a)}\t{len(b)}\tDIFFERS: trialkg {only_a} | Virtuoso {only_b}"[:600])
PY
)
  IFS=$'\t' read -r n_trialkg n_virtuoso what <<< "$verdict"
  printf '  %-28s trialkg %6s rows %6.2f s | Virtuoso %6s rows %6.2f s | %s\n' "$name" "$n_trialkg" "$t_trialkg" \
    "$n_virtuoso" "$t_virtuoso" "$what"
  [ "$what" = same ] || different=$((different + 1))
done
echo "trialkg times include starting the JVM and opening the store; Virtuoso's are warm HTTP calls."
[ "$different" -eq 0 ] || { echo "$different queries differ or failed in Virtuoso"; exit 1; }
