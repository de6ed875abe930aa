#!/usr/bin/env bash
# Times the steps of a make target, so that a slow step is named, not guessed.
# Usage: scripts/step.sh --reset TARGET      starts a target's table (.build/steps-TARGET)
#        scripts/step.sh TARGET NAME CMD...  runs CMD as step NAME and records its seconds and status
#        scripts/step.sh --report TARGET     prints the table
# A failing step prints the table so far before make stops.
set -uo pipefail
cd "$(dirname "$0")/.."
table() { echo ".build/steps-$1"; }
report() {
    echo "== make $1: seconds per step =="
    awk '{ printf "  %-14s %7.1f s  %s\n", $1, $2, ($3 == 0 ? "" : "FAILED (exit " $3 ")"); total += $2 }
         END { printf "  %-14s %7.1f s\n", "total", total }' "$(table "$1")"
}
case "$1" in
--reset) mkdir -p .build && : >"$(table "$2")" ;;
--report) report "$2" ;;
*)
    target=$1 name=$2
    shift 2
    started=$(date +%s.%N)
    "$@"
    status=$?
    awk -v name="$name" -v from="$started" -v to="$(date +%s.%N)" -v status="$status" \
        'BEGIN { printf "%s %.1f %s\n", name, to - from, status }' >>"$(table "$target")"
    if [ "$status" -ne 0 ]; then report "$target" >&2; fi
    exit "$status"
    ;;
esac
