#!/usr/bin/env bash
# The test of 'jeugdsim slurm' on a real Slurm: installs a one-node cluster from Debian (slurmctld, slurmd,
# munge) with Tests/Slurm/slurm.conf.in, submits a small scenario as a job array of shards plus the merge
# job, waits for it, and compares the merged results with an unsharded run byte for byte (every file but
# run.json); the same for an uncertainty analysis, and for the national baseline in shards of its regions. Says plainly when Slurm cannot be had here and the test is skipped.
set -uo pipefail
cd "$(dirname "$0")/.."
jeugdsim=$PWD/.build/release/jeugdsim
skip() { echo "slurm test: SKIPPED: $1"; exit 0; }

source scripts/slurm-cluster.sh
state=$(mktemp -d /tmp/jeugdsim-slurm.XXXXXX)
trap 'slurm_cluster_stop; rm -rf "$state"' EXIT
slurm_cluster_start "$state" || skip "$slurm_cluster_problem"

# The job: a small scenario in 4 shards, then the same run on one machine.
work=$state/work
options=(Scenarios/front-1fte-add.yaml -r 8 --years 2 --set run.warmUpYears=1)
started=$(date +%s.%N)
"$jeugdsim" slurm "${options[@]}" --shards 4 --out "$work/job" || { echo "slurm test: FAILED: jeugdsim slurm"; exit 1; }
slurm_wait_for "$work/job/merged/summary.json" 300
finished=$(date +%s.%N)
if [ ! -f "$work/job/merged/summary.json" ]; then
    echo "slurm test: FAILED: no merged results"; tail -20 "$work"/job/logs/* 2>/dev/null; exit 1
fi
"$jeugdsim" run "${options[@]}" --out "$work/single" >/dev/null 2>&1
status=0
same() {
    for file in scenario.yaml summary.json levels.csv timeseries.csv replications.csv budget.csv; do
        cmp -s "$work/single/$file" "$work/job/merged/$file" || { echo "slurm test: FAILED: $file differs from the unsharded run ($1)"; status=1; }
    done
}
same "first submission"

# A lost shard: --resume submits only that one, and the merge again.
rm -rf "$work/job/shards/2" "$work/job/merged"
"$jeugdsim" slurm "${options[@]}" --shards 4 --out "$work/job" --resume > "$state/resume.out" || { echo "slurm test: FAILED: --resume"; exit 1; }
grep -q "1 of 4 shards" "$state/resume.out" || { echo "slurm test: FAILED: --resume did not submit just the lost shard: $(cat "$state/resume.out")"; status=1; }
slurm_wait_for "$work/job/merged/summary.json" 300
same "after --resume"

# An uncertainty analysis (issue 37) in 4 shards of its draws: the merge is the analysis on one machine.
psa=(Scenarios/baseline-municipality.yaml -r 2 --years 1 --set run.warmUpYears=1)
"$jeugdsim" slurm "${psa[@]}" --uncertainty Scenarios/front-2fte-shift.yaml --draws 8 --shards 4 --out "$work/psa" >/dev/null \
    || { echo "slurm test: FAILED: jeugdsim slurm --uncertainty"; exit 1; }
slurm_wait_for "$work/psa/merged/uncertainty.csv" 300
"$jeugdsim" uncertainty "${psa[0]}" Scenarios/front-2fte-shift.yaml "${psa[@]:1}" --draws 8 --out "$work/psa-single" >/dev/null 2>&1
for file in uncertainty.csv draws.csv evppi.csv acceptability.csv parameters.csv; do
    cmp -s "$work/psa-single/uncertainty-baseline-municipality/$file" "$work/psa/merged/$file" \
        || { echo "slurm test: FAILED: the uncertainty analysis's $file differs from the unsharded one"; status=1; }
done

# The country as its 42 regions (issue 36), two replications in 16 shards of region runs: the merge adds
# up the regions' books as one process does, on two threads.
national=(Scenarios/national-baseline.yaml -r 2 --years 1 --set run.warmUpYears=1)
national_started=$(date +%s.%N)
"$jeugdsim" slurm "${national[@]}" --shards 16 --out "$work/national" >/dev/null || { echo "slurm test: FAILED: jeugdsim slurm of the regions"; exit 1; }
slurm_wait_for "$work/national/merged/summary.json" 300
national_finished=$(date +%s.%N)
"$jeugdsim" run "${national[@]}" --threads 2 --out "$work/national-single" >/dev/null 2>&1
for file in scenario.yaml summary.json levels.csv timeseries.csv replications.csv budget.csv; do
    cmp -s "$work/national-single/$file" "$work/national/merged/$file" \
        || { echo "slurm test: FAILED: the national run's $file differs between 16 shards of its regions and one process"; status=1; }
done

[ "$status" -eq 0 ] && printf 'slurm test: 4 shards on a one-node Slurm, merged in %.1f s: byte-identical to the unsharded run (6 files), and again after --resume of a lost shard; an uncertainty analysis in 4 shards byte-identical to the unsharded one (5 files); the national baseline as 16 shards of its 42 regions in %.1f s, byte-identical to one process (6 files)\n' \
    "$(awk "BEGIN {print $finished - $started}")" "$(awk "BEGIN {print $national_finished - $national_started}")"
exit "$status"
