#!/usr/bin/env bash
# The test of 'jeugdsim slurm' on a real Slurm: installs a one-node cluster from Debian (slurmctld, slurmd,
# munge) with Tests/Slurm/slurm.conf.in, submits a small scenario as a job array of shards plus the merge
# job, waits for it, and compares the merged results with an unsharded run byte for byte (every file but
# run.json). Says plainly when Slurm cannot be had here and the test is skipped.
set -uo pipefail
cd "$(dirname "$0")/.."
jeugdsim=$PWD/.build/release/jeugdsim
skip() { echo "slurm test: SKIPPED: $1"; exit 0; }

if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v munged >/dev/null; then
    echo "Installing Slurm and munge (Debian packages) for the Slurm test..." >&2
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends slurm-wlm munge; } \
        >/dev/null 2>&1 || skip "slurm-wlm and munge could not be installed"
fi
[ "$(id -u)" -eq 0 ] || skip "the one-node cluster runs its daemons as root; run as root"

state=$(mktemp -d /tmp/jeugdsim-slurm.XXXXXX)
mkdir -p "$state/ctld" "$state/d" "$state/munge"
export SLURM_CONF=$state/slurm.conf
cleanup() {
    [ -f "$state/slurmd.pid" ] && kill "$(cat "$state/slurmd.pid")" 2>/dev/null
    [ -f "$state/slurmctld.pid" ] && kill "$(cat "$state/slurmctld.pid")" 2>/dev/null
    [ -f "$state/munge/munged.pid" ] && kill "$(cat "$state/munge/munged.pid")" 2>/dev/null
    sleep 1
    rm -rf "$state"
}
trap cleanup EXIT
host=$(hostname -s)
memory=$(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 / 2 ))
sed -e "s|@HOST@|$host|g" -e "s|@CPUS@|$(nproc)|g" -e "s|@MEMORY@|$memory|g" -e "s|@STATE@|$state|g" \
    Tests/Slurm/slurm.conf.in > "$SLURM_CONF"

# munge: a key of our own and a daemon on a socket of our own.
dd if=/dev/urandom of="$state/munge/munge.key" bs=1 count=1024 2>/dev/null
chmod 400 "$state/munge/munge.key"
mkdir -p /run/munge
munged --force --key-file="$state/munge/munge.key" --socket=/run/munge/munge.socket.2 \
    --pid-file="$state/munge/munged.pid" --log-file="$state/munge/munged.log" --seed-file="$state/munge/seed" \
    || skip "munged would not start: $(tail -3 "$state/munge/munged.log" 2>/dev/null)"
slurmctld -f "$SLURM_CONF" || skip "slurmctld would not start: $(tail -5 "$state/slurmctld.log" 2>/dev/null)"
slurmd -f "$SLURM_CONF" || skip "slurmd would not start: $(tail -5 "$state/slurmd.log" 2>/dev/null)"
for _ in $(seq 60); do
    sinfo -h -o %t 2>/dev/null | grep -qE '^(idle|mix|alloc)' && break
    sleep 1
done
sinfo -h -o %t 2>/dev/null | grep -qE '^(idle|mix|alloc)' \
    || skip "the node did not come up: $(sinfo 2>&1 | tail -2); $(tail -5 "$state/slurmd.log" 2>/dev/null)"

# The job: a small scenario in 4 shards, then the same run on one machine.
work=$state/work
options=(Scenarios/front-1fte-add.yaml -r 8 --years 2 --set run.warmUpYears=1)
started=$(date +%s.%N)
"$jeugdsim" slurm "${options[@]}" --shards 4 --out "$work/job" || { echo "slurm test: FAILED: jeugdsim slurm"; exit 1; }
for _ in $(seq 300); do
    [ -f "$work/job/merged/summary.json" ] && break
    if [ -z "$(squeue -h 2>/dev/null)" ] && [ ! -f "$work/job/merged/summary.json" ]; then sleep 2; break; fi
    sleep 1
done
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
for _ in $(seq 300); do
    [ -f "$work/job/merged/summary.json" ] && break
    sleep 1
done
same "after --resume"
[ "$status" -eq 0 ] && printf 'slurm test: 4 shards on a one-node Slurm, merged in %.1f s: byte-identical to the unsharded run (6 files), and again after --resume of a lost shard\n' \
    "$(awk "BEGIN {print $finished - $started}")"
exit "$status"
