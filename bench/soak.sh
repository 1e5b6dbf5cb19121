#!/usr/bin/env bash
# A soak of 'trialkg serve': mixed concurrent traffic for a bounded time, with the server's memory, threads and open
# files sampled throughout, and a verdict on whether they stayed flat and every answer stayed within its bounds.
#   bench/soak.sh [SECONDS]        run time (default 600)
#   SOAK_CLIENTS=8                 concurrent clients
#   SOAK_STORE=DIR                 serve this store (default: one built from ../shared/data, kept in $SOAK_OUT)
#   SOAK_OUT=DIR                   work folder (default bench/out/soak, git-ignored)
#   SOAK_TIMEOUT=30                the server's --timeout in seconds (its default); heavy queries ask for 3 s with
#                                  the protocol's timeout parameter, so that they hit their limit often
#   SOAK_HEAP=-Xmx1g               the server's heap (small, so that a leak shows within minutes)
# Traffic, per request drawn at random by each client: searches (judged and random words, filters, deep pages),
# trial cards, the SPARQL queries of queries/, heavy SPARQL that runs into the timeout, malformed requests (bad
# SPARQL, bad search syntax, a 300 KB body, a foreign Host, TRACE, an overflowing offset), slow clients that read
# a large answer at 32 KB/s, and clients that hang up one second into a heavy query.
# Prints requests, errors by kind, p50/p95/p99 per kind, RSS/heap/threads/fds at start and end, and exits 1 when a
# request failed unexpectedly or a resource grew.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="$root/../shared/data"
secs="${1:-600}"
[[ "$secs" =~ ^[0-9]+$ ]] && [ "$secs" -gt 0 ] || { echo "soak.sh: SECONDS must be a positive number, was '$secs'" >&2; exit 2; }
clients="${SOAK_CLIENTS:-8}"
timeout="${SOAK_TIMEOUT:-30}"
warm="${SOAK_WARMUP:-20}"   # seconds of traffic before the baseline sample: caches and pools fill first
heap="${SOAK_HEAP:--Xmx1g}"
out="${SOAK_OUT:-$root/bench/out/soak}"
mkdir -p "$out"
log="$out/requests.log"; mon="$out/monitor.log"; : > "$log"; : > "$mon"

"$root/bin/trialkg" --version >/dev/null   # builds on first use
store="${SOAK_STORE:-$out/store}"
if [ -z "${SOAK_STORE:-}" ] && [ ! -d "$store" ]; then
  [ -d "$shared" ] || { echo "soak.sh: needs the registry data in $shared, or SOAK_STORE" >&2; exit 2; }
  echo "soak.sh: building a store from $shared (ClinicalTrials.gov JSON and CSV, ICTRP, other registries) ..."
  TRIALKG_JAVA_OPTS=-Xmx2g "$root/bin/trialkg" ingest --store "$store" "$shared/ctgov-json" "$shared/ctgov-csv" \
    "$shared/ictrp" "$shared/other-registries" >"$out/ingest.log" 2>&1 || { tail -5 "$out/ingest.log" >&2; exit 1; }
  tail -3 "$out/ingest.log"
fi

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
TRIALKG_JAVA_OPTS="$heap" "$root/bin/trialkg" serve --store "$store" --port "$port" --timeout "$timeout" \
  >"$out/server.log" 2>&1 &
server=$!
cleanup() { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 1 120); do
  curl -s -o /dev/null "$base/api/search?q=trial" && break
  kill -0 "$server" 2>/dev/null || { echo "soak.sh: the server stopped:" >&2; cat "$out/server.log" >&2; exit 1; }
  sleep 1
done

# Registry IDs for the card requests, and words for the searches, from the store itself.
ids=$(curl -s "$base/api/search?q=&limit=200&facets=false" | python3 -c \
  'import json,re,sys; print("\n".join(i for h in json.load(sys.stdin)["hits"] for i in h["ids"][:1] if re.fullmatch(r"[A-Za-z0-9-]+", i)))')
[ -n "$ids" ] || { echo "soak.sh: the store has no trial with a registry ID" >&2; exit 1; }
printf '%s\n' "$ids" > "$out/ids.txt"
words=(cancer covid pembrolizumab "breast cancer" hydroxychloroquine "phase 3" placebo nivolumab vaccine
       "lung cancer" remdesivir insulin pediatric "quality of life" tocilizumab ivermectin diabetes asthma
       "non small cell" chemotherapy radiotherapy "NCT04280705" "ChiCTR2000029953" "toripalimab" "sars-cov-2")
heavy=('SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }'
       'SELECT * WHERE { ?a ?b ?c . ?d ?e ?f FILTER(STR(?a) = CONCAT(STR(?d), "x")) }'
       'SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o . ?o ?q ?r } GROUP BY ?p ORDER BY DESC(?n)')
big='SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 5000'   # about 500 KB of CSV: 16 s at 32 KB/s
pid=$(pgrep -P "$server" java || echo "$server")   # bin/trialkg execs java, so usually the same process

sample() {  # time rss_kb threads fds
  local rss thr fds
  rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
  thr=$(awk '/^Threads/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
  fds=$(ls "/proc/$pid/fd" 2>/dev/null | wc -l)
  echo "$(date +%s) $rss $thr $fds"
}
live_heap_kb() {  # heap in use after a full collection
  jcmd "$pid" GC.run >/dev/null 2>&1 || true
  jcmd "$pid" GC.heap_info 2>/dev/null | sed -n 's/.*total [0-9]*K, used \([0-9]*\)K.*/\1/p' | head -1
}

req() {  # kind, then curl arguments: logs "kind http_code seconds curl_exit bytes"
  local kind="$1"; shift
  local r rc=0
  r=$(curl -s -o /dev/null -w '%{http_code} %{time_total} %{size_download}' --max-time $((timeout + 30)) "$@") || rc=$?
  set -- $r
  echo "$kind ${1:-000} ${2:-0} $rc ${3:-0}" >> "$log"
}
client() {
  local n=$1 end=$2 roll w id
  RANDOM=$((n * 7919 + 17))
  mapfile -t idlist < "$out/ids.txt"
  local rq=("$root"/queries/*.rq)
  while [ "$(date +%s)" -lt "$end" ]; do
    roll=$((RANDOM % 100))
    w="${words[RANDOM % ${#words[@]}]}"
    if [ $roll -lt 33 ]; then
      case $((RANDOM % 4)) in
        0) req search -G --data-urlencode "q=$w" "$base/api/search" ;;
        1) req search -G --data-urlencode "q=$w" -d phase=PHASE3 -d limit=20 "$base/api/search" ;;
        2) req search -G --data-urlencode "q=$w" -d offset=$((RANDOM % 400)) -d limit=50 -d facets=false "$base/api/search" ;;
        *) req search -G --data-urlencode "q=$w*" -d facets=true "$base/api/search" ;;
      esac
    elif [ $roll -lt 53 ]; then
      id="${idlist[RANDOM % ${#idlist[@]}]}"
      req trial "$base/api/trial/$id"   # registry IDs are letters, digits and hyphens
    elif [ $roll -lt 70 ]; then
      local f="${rq[RANDOM % ${#rq[@]}]}"
      req sparql -H 'Accept: application/sparql-results+json' --data-urlencode "query@$f" "$base/trialkg/sparql"
    elif [ $roll -lt 76 ]; then
      req heavy -H 'Accept: text/csv' --data-urlencode "query=${heavy[RANDOM % ${#heavy[@]}]}" \
        "$base/trialkg/sparql?timeout=3"
    elif [ $roll -lt 88 ]; then
      case $((RANDOM % 7)) in
        0) req malformed --data-urlencode 'query=SELEC * WHERE { ?s ?p ?o' "$base/trialkg/sparql" ;;
        1) req malformed -G --data-urlencode 'q=(unclosed AND' "$base/api/search" ;;
        2) req malformed "$base/api/search?q=x&offset=2147483647" ;;
        3) req malformed -H 'Host: attacker.example' "$base/api/search?q=x" ;;
        4) req malformed -X TRACE "$base/api/search?q=x" ;;
        5) req malformed -H 'Content-Type: application/sparql-query' --data-binary "@$out/big-body.rq" "$base/trialkg/sparql" ;;
        *) req malformed "$base/api/search?q=x&nosuch=1" ;;
      esac
    elif [ $roll -lt 94 ]; then
      req slow --limit-rate 32k -H 'Accept: text/csv' --data-urlencode "query=$big" "$base/trialkg/sparql"
    else
      # Hangs up a second into a query that would run to the timeout: the server must drop it, not finish it.
      req hangup --max-time 1 -H 'Accept: text/csv' --data-urlencode "query=${heavy[0]}" "$base/trialkg/sparql"
    fi
  done
}
python3 -c 'print("# " + "x" * 300000 + "\nASK {}")' > "$out/big-body.rq"

echo "soak.sh: $clients clients for $secs s against $base (timeout $timeout s, $heap), store $store"
sleep 2
launch=$(sample)
end=$(( $(date +%s) + secs ))
pids=()
for c in $(seq 1 "$clients"); do client "$c" "$end" & pids+=($!); done
sleep "$warm"
heap_start=$(live_heap_kb); s0=$(sample); echo "$s0" >> "$mon"
while [ "$(date +%s)" -lt "$end" ]; do sleep 5; sample >> "$mon"; done
wait "${pids[@]}"
sleep 3   # the last cancelled queries let go
heap_end=$(live_heap_kb); s1=$(sample); echo "$s1" >> "$mon"
kill -0 "$server" 2>/dev/null || { echo "soak.sh: the server died during the soak" >&2; cat "$out/server.log" >&2; exit 1; }

report="$out/soak-$secs.txt"
python3 - "$log" "$mon" "$timeout" "${heap_start:-0}" "${heap_end:-0}" "$s0" "$s1" "$launch" > "$report" <<'EOF'
import sys, collections
log, mon, timeout = sys.argv[1], sys.argv[2], float(sys.argv[3])
heap0, heap1 = int(sys.argv[4] or 0), int(sys.argv[5] or 0)
s0, s1, s_launch = ([int(x) for x in sys.argv[i].split()] for i in (6, 7, 8))
rows = [l.split() for l in open(log) if l.strip()]
by = collections.defaultdict(list)
for kind, code, secs, rc, size in rows:
    by[kind].append((code, float(secs), int(rc), int(size)))
# What each kind may answer; anything else is an error. A slow reader's answer may be cut (curl 18) when the
# timeout strikes while it streams: cut, not passed off as complete.
def verdict(kind, code, rc):
    if kind in ("search", "trial", "sparql"):
        return "ok" if code == "200" and rc == 0 else "error %s/curl %d" % (code, rc)
    if kind == "heavy":
        return "ok" if code in ("200", "503") and rc == 0 else "error %s/curl %d" % (code, rc)
    if kind == "malformed":
        return "ok" if code.startswith("4") and rc == 0 else "error %s/curl %d" % (code, rc)
    if kind == "slow":
        if code == "200" and rc == 0: return "ok"
        if code == "200" and rc == 18: return "ok (cut at the timeout, seen as cut)"
        if code == "503": return "ok (503 before the first row)"
        return "error %s/curl %d" % (code, rc)
    if kind == "hangup":
        return "ok" if rc == 28 else "error %s/curl %d" % (code, rc)
    return "error"
def pct(xs, p):
    xs = sorted(xs); return xs[min(len(xs) - 1, int(p / 100 * len(xs)))] if xs else 0
errors, bound_breaks = 0, 0
span = s1[0] - s_launch[0]
print("requests: %d in %d s (%.1f/s); start = after %d s of traffic, end = 3 s after the last request" % (
    len(rows), span, len(rows) / max(1, span), s0[0] - s_launch[0]))
print("%-10s %6s %7s %8s %8s %8s %8s  %s" % ("kind", "n", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms", "outcomes"))
for kind in ("search", "trial", "sparql", "heavy", "malformed", "slow", "hangup"):
    xs = by.get(kind, [])
    outcomes = collections.Counter(verdict(kind, c, rc) if not verdict(kind, c, rc).startswith("ok") else
                                   "%s %s" % (c, verdict(kind, c, rc)) for c, s, rc, z in xs)
    e = sum(n for o, n in outcomes.items() if o.startswith("error"))
    errors += e
    t = [s * 1000 for c, s, rc, z in xs]
    # Bounds: a request that is not a deliberately slow reader ends within its time limit plus 10 s (heavy
    # queries ask for 3 s; a hang-up is the client's own second).
    limit = {"heavy": 3, "hangup": 1}.get(kind, timeout)
    if kind != "slow":
        bound_breaks += sum(1 for s in t if s > (limit + 10) * 1000)
    print("%-10s %6d %7d %8.0f %8.0f %8.0f %8.0f  %s" % (kind, len(xs), e, pct(t, 50), pct(t, 95), pct(t, 99),
          max(t or [0]), dict(sorted(outcomes.items()))))
samples = [[int(x) for x in l.split()] for l in open(mon) if l.strip()]
rss = [s[1] for s in samples]
print("RSS: at launch %.0f MB, start %.0f MB, end %.0f MB, peak %.0f MB" % (s_launch[1] / 1024, s0[1] / 1024,
      s1[1] / 1024, max(rss) / 1024))
print("live heap after a full GC: start %.0f MB, end %.0f MB" % (heap0 / 1024, heap1 / 1024))
print("threads: start %d, end %d, peak %d" % (s0[2], s1[2], max(s[2] for s in samples)))
print("open fds: start %d, end %d, peak %d" % (s0[3], s1[3], max(s[3] for s in samples)))
# Flat: the live heap may grow by 64 MB of caches (TDB2's node and block caches fill as new parts of the store are
# read), threads and fds by Jetty's pool and a few files; a leak of one per request would exceed these within
# minutes at tens of requests a second.
grew = []
if heap0 and heap1 > heap0 + 64 * 1024: grew.append("heap")
if s1[2] > s0[2] + 40: grew.append("threads")
if s1[3] > s0[3] + 40: grew.append("fds")
print("errors: %d; over the time bound: %d; grew: %s" % (errors, bound_breaks, ", ".join(grew) or "nothing"))
print("verdict: %s" % ("PASS" if errors == 0 and bound_breaks == 0 and not grew else "FAIL"))
EOF
cat "$report"
grep -q '^verdict: PASS' "$report"
