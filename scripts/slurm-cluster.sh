#!/usr/bin/env bash
# A one-node Slurm cluster on this machine (Debian's slurm-wlm and munge, Tests/Slurm/slurm.conf.in), for
# the Slurm test and the Slurm benchmark. Source it, then:
#   slurm_cluster_start STATE_DIR   installs what is missing, starts munged, slurmctld and slurmd, waits for
#                                   the node; exports SLURM_CONF. On failure: returns 1, the reason in
#                                   $slurm_cluster_problem.
#   slurm_cluster_stop              stops the daemons.
#   slurm_wait_for FILE [SECONDS]   waits until FILE exists or no job is left in the queue.

slurm_cluster_start() {
    local state=$1
    slurm_cluster_state=$state
    slurm_cluster_problem=""
    if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v munged >/dev/null; then
        echo "Installing Slurm and munge (Debian packages)..." >&2
        local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
        { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends slurm-wlm munge; } \
            >/dev/null 2>&1 || { slurm_cluster_problem="slurm-wlm and munge could not be installed"; return 1; }
    fi
    [ "$(id -u)" -eq 0 ] || { slurm_cluster_problem="the one-node cluster runs its daemons as root; run as root"; return 1; }
    mkdir -p "$state/ctld" "$state/d" "$state/munge" /run/munge
    export SLURM_CONF=$state/slurm.conf
    local host memory
    host=$(hostname -s)
    memory=$(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 / 2 ))
    sed -e "s|@HOST@|$host|g" -e "s|@CPUS@|$(nproc)|g" -e "s|@MEMORY@|$memory|g" -e "s|@STATE@|$state|g" \
        "$(dirname "${BASH_SOURCE[0]}")/../Tests/Slurm/slurm.conf.in" > "$SLURM_CONF"
    # munge: a key of our own.
    dd if=/dev/urandom of="$state/munge/munge.key" bs=1 count=1024 2>/dev/null
    chmod 400 "$state/munge/munge.key"
    munged --force --key-file="$state/munge/munge.key" --socket=/run/munge/munge.socket.2 \
        --pid-file="$state/munge/munged.pid" --log-file="$state/munge/munged.log" --seed-file="$state/munge/seed" \
        || { slurm_cluster_problem="munged would not start: $(tail -3 "$state/munge/munged.log" 2>/dev/null)"; return 1; }
    slurmctld -f "$SLURM_CONF" || { slurm_cluster_problem="slurmctld would not start: $(tail -5 "$state/slurmctld.log" 2>/dev/null)"; return 1; }
    slurmd -f "$SLURM_CONF" || { slurm_cluster_problem="slurmd would not start: $(tail -5 "$state/slurmd.log" 2>/dev/null)"; return 1; }
    for _ in $(seq 60); do
        sinfo -h -o %t 2>/dev/null | grep -qE '^(idle|mix|alloc)' && return 0
        sleep 1
    done
    slurm_cluster_problem="the node did not come up: $(sinfo 2>&1 | tail -2); $(tail -5 "$state/slurmd.log" 2>/dev/null)"
    return 1
}

slurm_cluster_stop() {
    local state=${slurm_cluster_state:-}
    [ -n "$state" ] || return 0
    for pid in "$state/slurmd.pid" "$state/slurmctld.pid" "$state/munge/munged.pid"; do
        [ -f "$pid" ] && kill "$(cat "$pid")" 2>/dev/null
    done
    sleep 1
}

slurm_wait_for() {
    local file=$1 seconds=${2:-600}
    for _ in $(seq "$seconds"); do
        [ -f "$file" ] && return 0
        [ -z "$(squeue -h 2>/dev/null)" ] && { sleep 2; [ -f "$file" ]; return; }
        sleep 1
    done
    return 1
}
