#!/usr/bin/env bash
# The model's work per event, counted in instructions by Cachegrind: a measure the machine's noise does not
# move. Wall times of one build on these machines differ by a few percent from round to round, as much as
# one change to a hot path gains or loses; the instructions it executes differ by far less.
#
# The municipality baseline runs twice on one thread, with 2 and with R replications: the difference leaves
# R - 2 replications alone (start-up, the warm start's pilot and the fixed part of writing results cancel
# out). Prints, per jeugdsim binary given (side by side, to compare two builds), the instructions per event
# and per replication; then, for the first, the functions that executed most instructions themselves in
# those R - 2 replications. Under Cachegrind a run is about 50 times slower: R = 12 takes about two minutes
# a binary.
#
# Usage: [TOP=N] Benchmarks/instructions/instructions.sh [R (default 12)] [jeugdsim binary ...]
#        (TOP: how many functions to list, default 25)
#        (no binary: builds the package's release jeugdsim)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
replications=${1:-12}
shift || true
if ! [[ "$replications" =~ ^[0-9]+$ ]] || [ "$replications" -lt 3 ]; then
    echo "error: R must be a whole number of at least 3, found '$replications'" >&2
    exit 2
fi
if ! command -v valgrind >/dev/null; then
    echo "Installing Valgrind (Cachegrind)..." >&2
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq valgrind >/dev/null
fi
binaries=("$@")
if [ ${#binaries[@]} -eq 0 ]; then
    "$root/scripts/setup-system.sh"
    (cd "$root" && swift build -c release --product jeugdsim >&2)
    binaries=("$root/.build/release/jeugdsim")
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Instructions and events of one run of `binary` (a stripped copy of `original`): "instructions events".
count() {
    local binary=$1 original=$2 runs=$3 name=$4
    # A cache of its own per run: each runs its warm start's pilot, so the pilot cancels in the difference
    # (a pilot kept on disk by the first run would be read, not run, by the second).
    JEUGDSIM_CACHE="$work/cache-$name" valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file="$work/$name.out" \
        "$binary" run -r "$runs" --threads 1 --out "$work/$name" >/dev/null 2>"$work/$name.log" || {
        echo "error: $original run -r $runs failed under Cachegrind:" >&2
        tail -n 20 "$work/$name.log" >&2
        return 1
    }
    local instructions events
    instructions=$(sed -n 's/.*I *refs: *\([0-9,]*\).*/\1/p' "$work/$name.log" | tr -d ,)
    events=$(python3 -c 'import json, sys; print(int(json.load(open(sys.argv[1]))["events"]))' "$work/$name/run.json")
    echo "$instructions $events"
}

printf '%-50s %14s %16s\n' "binary" "instr./event" "instr./repl."
for i in "${!binaries[@]}"; do
    # Valgrind 3.19 (Debian 12) cannot read the DWARF 5 debug information Swift writes: count a copy
    # without it (its symbols stay).
    stripped="$work/jeugdsim-$i"
    strip --strip-debug -o "$stripped" "${binaries[$i]}"
    small=$(count "$stripped" "${binaries[$i]}" 2 "small-$i")
    large=$(count "$stripped" "${binaries[$i]}" "$replications" "large-$i")
    # shellcheck disable=SC2086 # each holds two numbers, passed as two arguments
    python3 - "${binaries[$i]}" $small $large "$replications" <<'EOF'
import sys
name, i1, e1, i2, e2, r = sys.argv[1], *map(int, sys.argv[2:])
print(f"{name[-50:]:<50} {(i2 - i1) / (e2 - e1):14,.0f} {(i2 - i1) / (r - 2):16,.0f}")
EOF
done

echo
echo "Where the first binary's instructions go in its replications ($((replications - 2)) of them; each function's own, not its callees'):"
cg_diff "$work/small-0.out" "$work/large-0.out" >"$work/replications.out" 2>/dev/null
cg_annotate "$work/replications.out" 2>/dev/null | awk '/file:function/ { listing = 1; next } listing && /%\)/' | head -${TOP:-25} |
    sed -E -e 's/^ *([0-9,]+) \( *([0-9.]+%)\) *[^:]*:(.*)$/\2 \3/' -e 's/ \?\?\?$/ (no symbol: inside a shared library)/' |
    swift demangle --simplified --compact 2>/dev/null | cut -c1-150
