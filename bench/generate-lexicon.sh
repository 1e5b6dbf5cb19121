#!/usr/bin/env bash
# Regenerates the drug names trialkg ships beside the curated ontology/drugs.ttl, from the DrugBank open vocabulary
# (CC0) and Drugs@FDA Products.txt (US public domain) in ../shared/data/vocab, with the ordinary words of trial
# language counted in the ClinicalTrials.gov XML records of ../shared/data/ctgov-xml. Run it by hand when the
# vocabularies or the curated file change, and commit the output:
#   bench/generate-lexicon.sh [SHARED_DATA_DIR]
# Output: modules/enrich/src/main/resources/org/trialkg/enrich/drug/generated-drugs.nt.gz (sorted N-Triples, gzip).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${1:-$root/../shared/data}"
out="$root/modules/enrich/src/main/resources/org/trialkg/enrich/drug/generated-drugs.nt.gz"
"$root/bin/trialkg" --version >/dev/null   # builds on first use; the generator is in the enrich jar
java -cp "$root/modules/cli/target/lib/*:$root/modules/cli/target/trialkg.jar" \
    org.trialkg.enrich.drug.vocab.LexiconGenerator "$shared/vocab" "$shared/ctgov-xml" "$out"
ls -l "$out"
