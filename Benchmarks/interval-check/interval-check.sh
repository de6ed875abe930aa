#!/usr/bin/env bash
# Do the paired intervals of `jeugdsim compare` hold? Every replication of a warm-started run begins from the
# states of the same pilot, so noise in the pilot is shared by all of them and no interval of one run can
# see it. This runs the same comparison on several master seeds (each with its own pilot) and sets the
# spread of the paired means across seeds beside the standard error each run reports: their squared ratio
# is about 1 (a chi-square over its degrees of freedom) where the intervals hold, and larger where shared
# noise escapes them.
# Usage: Benchmarks/interval-check/interval-check.sh [seeds] [replications] [base.yaml] [variant.yaml]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
seeds=${1:-10}
replications=${2:-100}
base=${3:-$root/Scenarios/baseline-municipality.yaml}
variant=${4:-$root/Scenarios/front-2fte-shift.yaml}
"$root/scripts/setup-system.sh"
(cd "$root" && swift build -c release --product jeugdsim >&2)
work=$(mktemp -d)
for seed in $(seq 1 "$seeds"); do
    echo "seed $seed of $seeds" >&2
    mkdir -p "$work/$seed"
    (cd "$work/$seed" && "$root/.build/release/jeugdsim" compare "$base" "$variant" -r "$replications" --seed "$seed" >/dev/null)
done
python3 "$here/spread.py" "$replications" "$work"/*/Results/compare-*/"$(basename "$variant" .yaml)".csv
