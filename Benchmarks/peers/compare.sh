#!/usr/bin/env bash
# The kernel benchmark beside SimPy and Ciw (same M/M/1 model, interleaved rounds, medians and ratios) and
# beside the bare-loop limit (the same M/M/1 as one C loop on GSL); the youth-care model reduced to a
# Jackson network in JeugdSim and in Ciw; then the replication speed-up on all cores and the whole model
# (jeugdsim bench model: the national baseline and 1,000 municipality replications).
# Usage: Benchmarks/peers/compare.sh [extra options for compare.py, e.g. --rounds 5, --before OLD-JEUGDSIM]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
"$root/scripts/setup-system.sh"
"$root/scripts/setup-python.sh" "$here/requirements.txt" "$here/.venv" >&2
(cd "$root" && swift build -c release --product jeugdsim >&2)
# The bare-loop limit: the same M/M/1 as one C loop on GSL.
bare=$(mktemp -d)/mm1
cc -O2 -o "$bare" "$root/Benchmarks/bare-loop/mm1.c" $(pkg-config --cflags --libs gsl)
"$here/.venv/bin/python" "$here/compare.py" --jeugdsim "$root/.build/release/jeugdsim" --python "$here/.venv/bin/python" --bare "$bare" "$@"
"$root/.build/release/jeugdsim" bench replications --replications 48
"$root/.build/release/jeugdsim" bench model --replications 1000
