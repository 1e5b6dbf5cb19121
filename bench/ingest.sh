#!/usr/bin/env bash
# Ingest throughput against the raw parse rate of the same files, measured in one run on this machine.
#   bench/ingest.sh [PATH...]   (default: the legacy XML subset and the Alzheimer CSV of ../shared/data)
# Prints records/s of a bare Jackson/StAX parse, of 'trialkg ingest' into a new store, and their ratio, with the
# ingest's peak resident memory. Run it twice for stable figures; quote ratios, not absolute times.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="$root/../shared/data"
inputs=("$@")
[ ${#inputs[@]} -gt 0 ] || inputs=("$shared/ctgov-xml/allpublicxml-subset" "$shared/ctgov-csv/alzheimer-4145.csv")
"$root/bin/trialkg" --version >/dev/null   # builds on first use
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

raw=$(java -cp "$root/modules/cli/target/lib/*" "$root/bench/RawParse.java" "${inputs[@]}")
echo "$raw"
raw_rate=$(echo "$raw" | sed -E 's/.*= ([0-9]+) records\/s/\1/')

heap="${BENCH_HEAP:--Xmx1g}"
start=$(date +%s.%N)
TRIALKG_JAVA_OPTS="$heap" /usr/bin/time -f "%M" -o "$out/rss" "$root/bin/trialkg" --store "$out/store" ingest --no-link "${inputs[@]}" > "$out/ingest.txt" 2>&1 || true
end=$(date +%s.%N)
records=$(grep -oE '[0-9,]+ records' "$out/ingest.txt" | head -1 | tr -d ', records')
secs=$(echo "$end - $start" | bc -l)
rate=$(echo "$records / $secs" | bc -l)
printf 'trialkg ingest (%s): %d records in %.1f s = %.0f records/s, peak RSS %d MB\n' "$heap" "$records" "$secs" "$rate" $(( $(cat "$out/rss") / 1024 ))
printf 'ratio ingest / raw parse: %.3f\n' "$(echo "$rate / $raw_rate" | bc -l)"
grep -E "store|by format" "$out/ingest.txt"
