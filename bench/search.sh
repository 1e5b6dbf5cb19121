#!/usr/bin/env bash
# Search latency of trialkg against PostgreSQL full-text search over the same text, from one run on this machine.
#   bench/search.sh [TARGET_TRIALS]        (default 100000; about 5 to 10 minutes on 2 cores)
#   BENCH_STORE=DIR bench/search.sh        reuse a store that already holds ../shared/data (skips the ingest)
# 1. ingests ../shared/data and ../shared/seeds into a new store (all the real records);
# 2. writes re-minted copies of those trials (fresh IRIs and registry IDs, the same text) into a new index until it
#    holds TARGET_TRIALS (bench/SearchBench.java);
# 3. installs PostgreSQL when missing (apt-get, as root), starts a private cluster on a local port in a temp folder,
#    loads the same text as a weighted tsvector (ID, title, drugs, conditions > other titles, classes, interventions,
#    sponsors > summary, outcomes, sites, countries > eligibility) with a GIN index;
# 4. times the judged queries (modules/pipeline/src/test/resources/relevance/judged.tsv) and 200 random queries of
#    title words on both: trialkg's search (top 10 with snippets, in-process) and websearch_to_tsquery + ts_rank_cd
#    ORDER BY LIMIT 10 (over JDBC on localhost), two warm-up passes then 3 timed passes; prints median and p95 and
#    the ratio postgres / trialkg. PostgreSQL is stopped and every temp folder removed at the end.
# Field and facet clauses (drug:, phase:) are dropped for PostgreSQL, which searches the same words everywhere.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="$root/../shared"
target="${1:-100000}"
port="${BENCH_PG_PORT:-54329}"
pgver=15
"$root/bin/trialkg" --version >/dev/null   # builds on first use

work="$(mktemp -d)"
chmod 711 "$work"   # the postgres user must reach its folder inside
pgdir="$work/pg"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  [ -f "$pgdir/data/postmaster.pid" ] && as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -m fast -w stop >/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  [ "$(id -u)" = 0 ] || { echo "search.sh: PostgreSQL is not installed; run as root or install it" >&2; exit 1; }
  apt-get install -y postgresql >/dev/null
fi
pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
jdbc_jar="$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar 2>/dev/null | sort -V | tail -1 || true)"
if [ -z "$jdbc_jar" ]; then
  (cd "$root" && ./mvnw -q -B dependency:get -Dartifact=org.postgresql:postgresql:42.7.13)
  jdbc_jar="$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | sort -V | tail -1)"
fi

store="${BENCH_STORE:-}"
if [ -z "$store" ]; then
  store="$work/store"
  start=$(date +%s)
  "$root/bin/trialkg" --store "$store" ingest "$shared/data" "$shared/seeds" > "$work/ingest.txt" 2>&1 || true
  echo "ingested ../shared/data and ../shared/seeds in $(( $(date +%s) - start )) s: $(grep -oE '[0-9,]+ trials' "$work/ingest.txt" | head -1)"
fi

mkdir -p "$pgdir"
[ "$(id -u)" = 0 ] && chown postgres "$pgdir"
as_pg "$pgbin/initdb" -D "$pgdir/data" -U postgres --auth=trust -E UTF8 >/dev/null
as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/log" -w start \
  -o "-p $port -k $pgdir -c listen_addresses=127.0.0.1 -c shared_buffers=512MB -c work_mem=64MB -c maintenance_work_mem=1GB -c fsync=off -c max_wal_size=4GB" >/dev/null

java -Xmx3g $( [ "$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1)" -ge 21 ] && echo --enable-native-access=ALL-UNNAMED ) \
  -cp "$root/modules/cli/target/lib/*:$root/modules/cli/target/trialkg.jar:$jdbc_jar" "$root/bench/SearchBench.java" \
  "$store/lucene" "$work/bench" "$target" "$root/modules/pipeline/src/test/resources/relevance/judged.tsv" \
  "jdbc:postgresql://127.0.0.1:$port/postgres?user=postgres"
