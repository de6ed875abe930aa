#!/usr/bin/env bash
# The cost of an uncertainty analysis (issue 37: 200 draws x 20 replications of the municipality baseline and
# one variant in at most 5 minutes on a 2-core machine), side by side with a compare of as many paired
# replications in one go: the ratio is what drawing costs beyond the replications themselves (a warm-start
# pilot per draw, the analysis). Usage: Benchmarks/uncertainty.sh [DRAWS] [REPLICATIONS]   (defaults 200 20).
set -euo pipefail
cd "$(dirname "$0")/.."
draws=${1:-200}
replications=${2:-20}
jeugdsim=$PWD/.build/release/jeugdsim
make --no-print-directory build >/dev/null
out=$(mktemp -d /tmp/jeugdsim-uncertainty-bench.XXXXXX)
trap 'rm -rf "$out"' EXIT
pair=(Scenarios/baseline-municipality.yaml Scenarios/front-2fte-shift.yaml)
seconds() { local start; start=$(date +%s.%N); "$@" >/dev/null 2>&1; awk "BEGIN {printf \"%.1f\", $(date +%s.%N) - $start}"; }
analysis=$(seconds "$jeugdsim" uncertainty "${pair[@]}" --draws "$draws" -r "$replications" --out "$out/a")
total=$((draws * replications))
compare=$(seconds "$jeugdsim" compare "${pair[@]}" -r "$total" --out "$out/c")
echo "uncertainty: $draws draws x $replications replications of base and variant ($((2 * total)) replications): $analysis s on $(nproc) cores"
echo "compare:     $total paired replications of base and variant in one go: $compare s"
awk "BEGIN {printf \"ratio: the analysis takes %.2f times the compare's time (target: at most 300 s: %s)\n\", $analysis / $compare, ($analysis <= 300 ? \"met\" : \"not met\")}"
