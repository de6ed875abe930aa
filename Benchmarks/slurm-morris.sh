#!/usr/bin/env bash
# A national Morris screening as a sweep, in one process and as a 16-shard job array on the one-node Slurm
# (scripts/slurm-cluster.sh): wall times side by side, and the two sweep.csv files compared byte for byte.
# Usage: Benchmarks/slurm-morris.sh [TRAJECTORIES] [YEARS]   (defaults 4 and 2; the design has
# (factors + 1) x TRAJECTORIES points, 2 replications each, YEARS reported after a 1-year warm-up).
set -euo pipefail
cd "$(dirname "$0")/.."
trajectories=${1:-4}
years=${2:-2}
jeugdsim=$PWD/.build/release/jeugdsim
make --no-print-directory build >/dev/null
scripts/setup-python.sh Notebooks/requirements.txt Notebooks/.venv
source scripts/slurm-cluster.sh
state=$(mktemp -d /tmp/jeugdsim-slurm-bench.XXXXXX)
trap 'slurm_cluster_stop; rm -rf "$state"' EXIT
slurm_cluster_start "$state" || { echo "slurm benchmark: cannot run: $slurm_cluster_problem"; exit 1; }

design=$state/national-morris.yaml
Notebooks/.venv/bin/python - "$design" "$trajectories" <<'PY'
import sys
sys.path.insert(0, "Notebooks")
from SALib.sample import morris
import jeugdsim as js
ranges = {"onset.annualGrowth": (0.0, 0.1), "specialist.outcomes.stepUp": (0.05, 0.2),
          "generalist.success.level3": (0.6, 0.9), "access.triageAccuracy": (0.6, 0.95)}
problem = {"num_vars": len(ranges), "names": list(ranges), "bounds": [list(b) for b in ranges.values()]}
sample = morris.sample(problem, N=int(sys.argv[2]), num_levels=4, seed=7)
js.write_design(sys.argv[1], "Scenarios/national-baseline.yaml", problem["names"], sample, name="national-morris")
PY
options=("$design" -r 2 --years "$years" --set run.warmUpYears=1)
points=$(grep -c . <(sed -n 's/^    onset.annualGrowth: \[\(.*\)\]/\1/p' "$design" | tr ',' '\n'))

started=$(date +%s.%N)
"$jeugdsim" sweep "${options[@]}" --out "$state/single" >/dev/null 2>&1
single=$(awk "BEGIN {print $(date +%s.%N) - $started}")

started=$(date +%s.%N)
"$jeugdsim" slurm "${options[@]}" --shards 16 --out "$state/job" >/dev/null
slurm_wait_for "$state/job/merged/sweep.csv" 3600 || { echo "slurm benchmark: the job array did not finish"; tail "$state"/job/logs/*; exit 1; }
array=$(awk "BEGIN {print $(date +%s.%N) - $started}")

identical=no
cmp -s "$state/single/sweep.csv" "$state/job/merged/sweep.csv" && identical=yes
printf 'slurm-morris points=%d replications=2 years=%s cores=%d single_process_seconds=%.1f slurm_16_shards_seconds=%.1f ratio=%.2f identical=%s\n' \
    "$points" "$years" "$(nproc)" "$single" "$array" "$(awk "BEGIN {print $single / $array}")" "$identical"
