#!/usr/bin/env bash
# trialkg at registry scale, against Jena's bulk loader on the same quads, measured in one run on this machine.
#   bench/scale.sh [N]              N re-minted trials (default 600000; N=50000 for a quick run)
#   BENCH_OUT=DIR bench/scale.sh N  work folder (default bench/out, git-ignored); BENCH_KEEP=1 keeps the stores
#   BENCH_HEAP=-Xmx2g               heap of the ingest, export, loader and query JVMs
#   BENCH_VERIFY_PASSES=3           timed runs of 'trialkg verify' (it reads the whole store)
#   BENCH_LINK_BUDGET=SECONDS       stop 'trialkg link' after this long (default: no limit); the run goes on unlinked
#   BENCH_SOAK=SECONDS              also soak the server on the big store (bench/soak.sh) before it is deleted
#   BENCH_INPUT=DIR                 the input a run of the same N wrote before (its scale-N/input, moved aside with
#                                   its sample-ids.txt, which 'trial ID' is timed on): step 2 is skipped
#   BENCH_LOADER=0                  skip step 7 (the loader's figures are then missing from the summary)
#   BENCH_BULK=0                    ingest in transactions instead of TDB2's bulk loader ('ingest --bulk', the default
#                                   here, as the store is new)
# 1. checks the free disk space against what the run needs (per-trial figures below) and refuses rather than fill it;
# 2. writes N re-minted trials from every structured format in ../shared/data (bench/ScaleData.java);
# 3. 'trialkg ingest --bulk --no-link' into a new store, then 'trialkg link' (the two timed apart; their sum is the end-to-end
#    time an ingest with linking on takes), with peak RSS (/usr/bin/time) and peak heap (GC log);
# 4. 'trialkg export' of the quads (gzip);
# 5. p50/p95 of every query in queries/, of the judged search queries, of 'trial ID', 'stats' and 'verify'
#    (bench/ScaleQueries.java, one warm JVM);
# 6. 1,000 changed trials (IDs of the big run, amended text) ingested into the big store (linking on, unless the
#    link step did not finish); then, with BENCH_SOAK, bench/soak.sh against the big store;
# 7. 'tdb2.tdbloader --loader=parallel' (jena-cmds, bench/jena-cmds.pom.xml) of the export, uncompressed, into
#    another folder. The trialkg store is deleted before this step unless BENCH_KEEP=1, so that the run needs the
#    larger of (input + store + export) and (input + export + loader) on disk, not their sum.
# Prints a summary block and writes it to $BENCH_OUT/scale-N.txt. Quote ratios; absolute times depend on the load.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="$root/../shared/data"
n="${1:-600000}"
[[ "$n" =~ ^[0-9]+$ ]] && [ "$n" -gt 0 ] || { echo "scale.sh: N must be a positive number of trials, was '$n'" >&2; exit 2; }
[ -d "$shared" ] || { echo "scale.sh: needs the registry data in $shared" >&2; exit 2; }
out="${BENCH_OUT:-$root/bench/out}"
heap="${BENCH_HEAP:--Xmx2g}"
changed=1000

# Disk per trial, in KB (decimal), for the check below. Measured at N = 20,000 (2026-11-30): input 2.5, export 33,
# gzipped 2.5; at N = 100,000: store 88 (TDB2 and Lucene, in batches of 5,000; the write path before then left 390
# at 101,790 trials), loader 54; at N = 600,000 (2026-12-01): input 2.6, store 111 and 118 after the 1,000 changed
# trials (a transaction copies blocks all over a large store), export 36.2, gzipped 2.6, loader 58.5. The run holds
# input + store + gzipped export while it measures the store, then input + both exports + the loader's folder;
# the check takes the larger and adds a twentieth (the per-trial figures are measured maxima already).
input_kb="${BENCH_INPUT_KB:-3}"
# A bulk-loaded store is smaller than the loader's: at N = 600,000 (2026-12-02, the secondary indexes packed) 48.2 KB
# a trial after the changed trials (48.0 on 2026-12-03), 71.8 before the packing; 80 leaves room for the sort's run
# files (32 bytes a quad, 5 KB a trial, while one index is sorted); in transactions the 600,000 run's 118.
bulk="${BENCH_BULK:-1}"
bulk_flag=""
[ "$bulk" = 1 ] && bulk_flag="--bulk"
store_kb="${BENCH_STORE_KB:-$([ "$bulk" = 1 ] && echo 80 || echo 118)}"
gzip_kb="${BENCH_GZIP_KB:-4}"
export_kb="${BENCH_EXPORT_KB:-36}"
loader_kb="${BENCH_LOADER_KB:-60}"

mkdir -p "$out"
work="$out/scale-$n"
rm -rf "$work"   # a previous run of the same N: its space counts as free
mkdir -p "$work"
measure_kb=$(( input_kb + store_kb + gzip_kb ))
[ "${BENCH_KEEP:-0}" = 1 ] && measure_kb=$(( measure_kb + export_kb + loader_kb ))
load_kb=$(( input_kb + gzip_kb + export_kb + loader_kb ))
need_kb=$(( n * (measure_kb > load_kb ? measure_kb : load_kb) * 21 / 20 ))
free_kb=$(df -Pk "$out" | awk 'NR == 2 { print $4 }')
gb() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1e6 }'; }
if [ "$need_kb" -gt "$free_kb" ]; then
  {
    echo "scale.sh: $n trials need about $(gb "$need_kb") GB on $(df -P "$out" | awk 'NR == 2 { print $6 }'), only $(gb "$free_kb") GB are free."
    echo "  estimate per trial: the larger of input ${input_kb} KB + store ${store_kb} KB + gzipped export ${gzip_kb} KB and input + gzipped export + export ${export_kb} KB + loader ${loader_kb} KB, plus a twentieth"
    echo "  free some space, choose a smaller N, or set BENCH_OUT to a larger disk (BENCH_STORE_KB etc. override the estimate)"
  } >&2
  rmdir "$work" 2>/dev/null || true
  exit 1
fi
echo "scale.sh: $n trials, about $(gb "$need_kb") GB needed, $(gb "$free_kb") GB free; working in $work"

"$root/bin/trialkg" --version >/dev/null   # builds on first use
lib="$root/modules/cli/target/lib"
jar="$root/modules/cli/target/trialkg.jar"
version="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
native=""
[ "${version%%.*}" -ge 21 ] && native="--enable-native-access=ALL-UNNAMED"

now() { date +%s.%N; }
# The disk under the work folder: its read-ahead (a fault on a page of a memory-mapped store larger than memory reads
# that much around the page) and the bytes read and written, the whole machine's, from its statistics in /sys.
dev="/sys/class/block/$(basename "$(df -P "$out" | awk 'NR == 2 { print $1 }')")"
read_ahead=$(cat "$dev/queue/read_ahead_kb" 2>/dev/null || cat "$dev/../queue/read_ahead_kb" 2>/dev/null || echo "?")
io() { awk '{ printf "%.0f %.0f\n", $3 * 512, $7 * 512 }' "$dev/stat" 2>/dev/null || echo "0 0"; }
io_since() { local now_io; now_io=$(io); awk -v a="$1" -v b="$now_io" 'BEGIN { split(a, x, " "); split(b, y, " ");
  printf "read %.1f GB, written %.1f GB", (y[1] - x[1]) / 1e9, (y[2] - x[2]) / 1e9 }'; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
# Peak heap after the largest GC's "before" figure in a unified GC log (-Xlog:gc), in MB.
peak_heap() { grep -oE '[0-9]+M->[0-9]+M' "$1" 2>/dev/null | sed 's/M->.*//' | sort -n | tail -1 || true; }

# Jena's command-line tools, resolved once into the work folder's parent.
jena="$out/jena-cmds-5.6.0"
if [ ! -f "$jena/jena-cmds-5.6.0.jar" ]; then
  (cd "$root" && ./mvnw -B -ntp -q -f bench/jena-cmds.pom.xml dependency:copy-dependencies -DoutputDirectory="$jena")
fi

# 2. input
t0=$(now)
if [ -n "${BENCH_INPUT:-}" ]; then
  [ -f "$BENCH_INPUT/sample-ids.txt" ] || { echo "scale.sh: BENCH_INPUT=$BENCH_INPUT holds no sample-ids.txt: not an input of scale.sh" >&2; exit 2; }
  mkdir -p "$work/input"
  for f in "$BENCH_INPUT"/*; do [ "$(basename "$f")" = sample-ids.txt ] || ln -s "$(cd "$(dirname "$f")" && pwd)/$(basename "$f")" "$work/input/"; done
  cp "$BENCH_INPUT/sample-ids.txt" "$work/sample-ids.txt"
  echo "input: the files in $BENCH_INPUT, written before" | tee "$work/generate.txt"
else
  java -Xmx1g -cp "$lib/*" "$root/bench/ScaleData.java" "$shared" "$work/input" "$n" | tee "$work/generate.txt"
  mv "$work/input/sample-ids.txt" "$work/sample-ids.txt"   # for 'trial ID'; not an input
fi
t_gen=$(secs "$t0" "$(now)")
input_bytes=$(du -sbL "$work/input" | cut -f1)

# 3. ingest, then link, every input file in one run
t0=$(now)
io0=$(io)
set +e
TRIALKG_JAVA_OPTS="$heap -Xlog:gc:file=$work/ingest-gc.log" /usr/bin/time -f %M -o "$work/ingest.rss" \
  "$root/bin/trialkg" --store "$work/store" ingest $bulk_flag --no-link "$work/input" > "$work/ingest.txt" 2>&1
rc=$?
set -e
t_ingest=$(secs "$t0" "$(now)")
io_ingest=$(io_since "$io0")
io0=$(io)
[ "$rc" -eq 0 ] || [ "$rc" -eq 3 ] || { echo "scale.sh: trialkg ingest failed (exit $rc); see $work/ingest.txt" >&2; tail -20 "$work/ingest.txt" >&2; exit 1; }
grep -vE '^problem: ' "$work/ingest.txt" | tail -6
problems=$(grep -c '^problem: ' "$work/ingest.txt" || true)
records=$(grep -oE '[0-9,]+ records \(' "$work/ingest.txt" | tail -1 | tr -dc 0-9)
stored=$(grep -oE '\([0-9,]+ stored' "$work/ingest.txt" | tail -1 | tr -dc 0-9)
ingest_trials=$(grep -oE ': [0-9,]+ trials' "$work/ingest.txt" | tail -1 | tr -dc 0-9)
rss_ingest=$(( $(cat "$work/ingest.rss" | tail -1) / 1024 ))
heap_ingest=$(peak_heap "$work/ingest-gc.log")
t0=$(now)
set +e
link_budget="${BENCH_LINK_BUDGET:-0}"   # 0: no limit
TRIALKG_JAVA_OPTS="$heap -Xlog:gc:file=$work/link-gc.log" /usr/bin/time -f %M -o "$work/link.rss" \
  timeout "$link_budget" "$root/bin/trialkg" --store "$work/store" link > "$work/link.txt" 2>&1
link_rc=$?
set -e
t_link=$(secs "$t0" "$(now)")
io_link=$(io_since "$io0")
rss_link=$(( $(tail -1 "$work/link.rss" | tr -dc 0-9) / 1024 ))
heap_link=$(peak_heap "$work/link-gc.log")
if [ "$link_rc" -eq 0 ]; then
  # the summary line, not the first progress line (progress lines end in a carriage return)
  linked="link:     $(tr '\r' '\n' < "$work/link.txt" | grep -E 'trials; .*certain links' | tail -1) in $t_link s"
  link_flag=""
else
  why="failed with exit $link_rc: $(grep -vE '^\s*$' "$work/link.txt" | tail -1)"
  [ "$link_rc" -eq 124 ] && why="stopped by BENCH_LINK_BUDGET=$link_budget s; last progress: $(tr '\r' '\n' < "$work/link.txt" | grep -E 'compared' | tail -1)"
  linked="link:     NOT FINISHED after $t_link s: $why"
  link_flag="--no-link"   # the changed trials would otherwise link every trial the store holds
fi
echo "$linked"
store_bytes=$(du -sb "$work/store" | cut -f1)
tdb_bytes=$(du -sb "$work/store/tdb2" 2>/dev/null | cut -f1 || echo 0)
lucene_bytes=$(du -sb "$work/store/lucene" 2>/dev/null | cut -f1 || echo 0)

# 4. export (gzip: the store is still on disk)
t0=$(now)
TRIALKG_JAVA_OPTS="$heap" "$root/bin/trialkg" --store "$work/store" export -o "$work/export.nq.gz" > "$work/export.txt" 2>&1
t_export=$(secs "$t0" "$(now)")
gzip_bytes=$(stat -c %s "$work/export.nq.gz")

# 5. latencies
java $heap $native -DverifyPasses="${BENCH_VERIFY_PASSES:-3}" -cp "$lib/*:$jar" "$root/bench/ScaleQueries.java" "$work/store" "$root/queries" \
  "$root/modules/pipeline/src/test/resources/relevance/judged.tsv" "$work/sample-ids.txt" > "$work/queries.txt"

# 6. 1,000 changed trials into the big store
java -Xmx1g -cp "$lib/*" "$root/bench/ScaleData.java" "$shared" "$work/changed" "$n" --changed "$changed" > /dev/null
t0=$(now)
set +e
TRIALKG_JAVA_OPTS="$heap" "$root/bin/trialkg" --store "$work/store" ingest $link_flag "$work/changed/changed-$changed.zip" \
  > "$work/changed.txt" 2>&1
set -e
t_changed=$(secs "$t0" "$(now)")
changed_stored=$(grep -oE '\([0-9,]+ stored' "$work/changed.txt" | tail -1 | tr -dc 0-9)

# the server on the big store, under mixed and hostile traffic (bench/soak.sh)
soak=""
if [ "${BENCH_SOAK:-0}" -gt 0 ]; then
  set +e
  SOAK_STORE="$work/store" SOAK_OUT="$work/soak" "$root/bench/soak.sh" "$BENCH_SOAK" > "$work/soak.txt" 2>&1
  soak_rc=$?
  set -e
  soak="$(cat "$work/soak/soak-$BENCH_SOAK.txt" 2>/dev/null || tail -5 "$work/soak.txt") (exit $soak_rc)"
fi

# 7. the bulk loader on the same quads, uncompressed as a loader is usually fed
changed_bytes=$(du -sb "$work/store" | cut -f1)
[ "${BENCH_KEEP:-0}" = 1 ] || rm -rf "$work/store" "$work/changed"
gunzip -c "$work/export.nq.gz" > "$work/export.nq"
quads=$(wc -l < "$work/export.nq")
export_bytes=$(stat -c %s "$work/export.nq")
if [ "${BENCH_LOADER:-1}" = 0 ]; then
  t_loader=0; io_loader="not run"; rss_loader=0; loader_bytes=0
else
  t0=$(now)
  io0=$(io)
  /usr/bin/time -f %M -o "$work/loader.rss" java $heap -cp "$jena/*" tdb2.tdbloader --loader=parallel \
    --loc "$work/loader" "$work/export.nq" > "$work/loader.txt" 2>&1
  t_loader=$(secs "$t0" "$(now)")
  io_loader=$(io_since "$io0")
  rss_loader=$(( $(tail -1 "$work/loader.rss") / 1024 ))
  loader_bytes=$(du -sb "$work/loader" | cut -f1)
fi
rm -f "$work/export.nq"   # the largest file the run does not need any more

# summary
group() { echo "$1" | sed -E ':a; s/([0-9])([0-9]{3})($|[^0-9])/\1,\2\3/; ta'; }
rate() { awk -v a="$1" -v s="$2" 'BEGIN { printf "%.0f", (s > 0 ? a / s : 0) }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
mb() { awk -v b="$1" 'BEGIN { printf "%.0f MB", b / 1e6 }'; }
kb() { awk -v b="$1" -v n="$2" 'BEGIN { printf "%.1f KB", b / 1e3 / n }'; }
t_total=$(awk -v a="$t_ingest" -v b="$t_link" 'BEGIN { printf "%.1f", a + b }')
ingest_qps=$(rate "$quads" "$t_total")
loader_qps=$(rate "$quads" "$t_loader")
{
  echo "== trialkg bench/scale.sh $n  ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1e6 }' /proc/meminfo) RAM, Java $version, heap $heap, git $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?'))"
  echo "input:    $(group "$n") records $([ -n "${BENCH_INPUT:-}" ] && echo "written before ($BENCH_INPUT)" || echo "written in $t_gen s"), $(mb "$input_bytes") ($(kb "$input_bytes" "$n")/trial)"
  echo "ingest:   $(group "${records:-0}") records ($(group "${stored:-0}") stored, $problems problems) in $t_ingest s = $(rate "${records:-0}" "$t_ingest") records/s; $(group "${ingest_trials:-0}") trials ($([ "$bulk" = 1 ] && echo "bulk load, $(grep -oE 'indexes of [0-9,]+ records' "$work/ingest.txt" | tail -1 | tr -dc 0-9,) records in it" || echo "transactions"))"
  echo "          peak RSS $rss_ingest MB (memory-mapped store files included), peak heap ${heap_ingest:-?} MB (GC log)"
  echo "$linked; peak RSS $rss_link MB, peak heap ${heap_link:-?} MB"
  echo "total:    ingest and link $t_total s = $(rate "${records:-0}" "$t_total") records/s"
  echo "export:   $(group "$quads") quads ($(rate "$quads" "${records:-1}") per record) in $t_export s, $(mb "$export_bytes") ($(kb "$export_bytes" "$n")/trial), gzip $(mb "$gzip_bytes")"
  if [ "${BENCH_LOADER:-1}" = 0 ]; then
    echo "loader:   not run (BENCH_LOADER=0): the ratios to the loader below are 0"
  else
    echo "loader:   tdb2.tdbloader --loader=parallel in $t_loader s = $loader_qps quads/s, peak RSS $rss_loader MB"
  fi
  echo "speed:    ingest $ingest_qps quads/s (index and links included) = $(ratio "$ingest_qps" "$loader_qps")x the loader"
  echo "disk I/O: ingest $io_ingest; link $io_link; loader $io_loader (the machine's, read-ahead $read_ahead KB)"
  echo "size:     store $(mb "$store_bytes") ($(kb "$store_bytes" "$n")/trial: TDB2 $(mb "$tdb_bytes"), Lucene $(mb "$lucene_bytes")) vs loader $(mb "$loader_bytes") ($(kb "$loader_bytes" "$n")/trial) = $(ratio "$store_bytes" "$loader_bytes")x (TDB2 alone $(ratio "$tdb_bytes" "$loader_bytes")x)"
  echo "disk:     at most $(mb $(( input_bytes + gzip_bytes + (store_bytes > export_bytes + loader_bytes ? store_bytes : export_bytes + loader_bytes) ))) at once (store after the changed trials: $(mb "$changed_bytes")) against $(mb $(( need_kb * 1000 ))) estimated before the run"
  echo "latency (ms, one warm JVM, each call opens the store as the command does):"
  awk -F'\t' 'NF == 5 { printf "  %-42s p50 %8.1f  p95 %8.1f  (%d samples%s)\n", $1, $2, $3, $4, ($5 > 0 ? ", " $5 " failed" : "") }' "$work/queries.txt"
  echo "counts:   ingest: $(group "${ingest_trials:-0}") trials; stats: $(grep -E '^trials ' "$work/queries.txt" | tr -dc 0-9,) trials; verify: $(grep -E '^store .* trials, index' "$work/queries.txt" | head -1), $(grep -E '^(in step|out of step)' "$work/queries.txt" | head -1)"
  echo "changed:  $(group "${changed_stored:-0}") of $changed changed trials ingested into the big store in $t_changed s (JVM start ${link_flag:-and linking} included)"
  [ -z "$soak" ] || { echo "soak:     bench/soak.sh $BENCH_SOAK on the big store:"; echo "$soak" | sed 's/^/  /'; }
} | tee "$work/summary.txt"
cp "$work/summary.txt" "$out/scale-$n.txt"
echo "written to $out/scale-$n.txt; logs in $work"
if [ "${BENCH_KEEP:-0}" != 1 ]; then
  rm -rf "$work/store" "$work/loader" "$work/input" "$work/changed" "$work/export.nq.gz"
fi
