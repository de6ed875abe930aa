#!/usr/bin/env bash
# The kernel benchmark beside SimPy and Ciw (same M/M/1 model, interleaved rounds, medians and ratios),
# then the replication speed-up on all cores.
# Usage: Benchmarks/peers/compare.sh [extra options for compare.py, e.g. --rounds 5]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
"$root/scripts/setup-system.sh"
"$root/scripts/setup-python.sh" "$here/requirements.txt" "$here/.venv" >&2
(cd "$root" && swift build -c release --product jeugdsim >&2)
"$here/.venv/bin/python" "$here/compare.py" --jeugdsim "$root/.build/release/jeugdsim" --python "$here/.venv/bin/python" "$@"
"$root/.build/release/jeugdsim" bench replications --replications 48
