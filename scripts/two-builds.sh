#!/usr/bin/env bash
# Two builds that differ only in one model constant (ModelTime.daysPerYear, 365.25 -> 365.2425) get
# different model fingerprints, and merge refuses to join their shards, in either build; the same shards
# from one build merge (docs/releases.md, "Model fingerprint"). The second build is a debug build of a copy
# of the repository's files outside git (about 25 s).
set -euo pipefail
cd "$(dirname "$0")/.."
main=$PWD/.build/release/jeugdsim
[ -x "$main" ] || { echo "two-builds: $main is missing: run make build first" >&2; exit 1; }
copy=$(mktemp -d "${TMPDIR:-/tmp}/jeugdsim-two-builds.XXXXXX")
trap 'rm -rf "$copy"' EXIT
fail() { echo "two-builds: $*" >&2; exit 1; }

git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$copy"
file=Sources/YouthCare/Components/ModelTime.swift
before='static let daysPerYear = 365.25$'
grep -q "$before" "$copy/$file" || fail "$file no longer has '$before': name another model constant here"
sed -i 's/static let daysPerYear = 365.25$/static let daysPerYear = 365.2425/' "$copy/$file"
(cd "$copy" && swift build --product jeugdsim >"$copy/build.log" 2>&1) || { tail -20 "$copy/build.log"; fail "the copy does not build"; }
other=$copy/.build/debug/jeugdsim

fingerprint() { "$1" --version | sed -n 's/^model .*, fingerprint //p'; }
mine=$(fingerprint "$main")
theirs=$(fingerprint "$other")
[ -n "$mine" ] && [ -n "$theirs" ] || fail "--version names no fingerprint"
[ "$mine" != "$theirs" ] || fail "both builds have fingerprint $mine"

export JEUGDSIM_CACHE=$copy/cache
run=(run Scenarios/front-1fte-add.yaml -r 4 --years 1 --set run.warmUpYears=1 --set run.warmStart=false)
"$main" "${run[@]}" --shard 1/2 --out "$copy/s1" >/dev/null 2>&1
"$main" "${run[@]}" --shard 2/2 --out "$copy/s2" >/dev/null 2>&1
"$other" "${run[@]}" --shard 2/2 --out "$copy/t2" >/dev/null 2>&1
"$main" merge "$copy/s1" "$copy/s2" --out "$copy/same" >/dev/null 2>&1 || fail "shards of one build do not merge"
for merger in "$main" "$other"; do
    if "$merger" merge "$copy/s1" "$copy/t2" --out "$copy/mixed" 2>"$copy/refusal"; then
        fail "$merger merged shards of two builds"
    fi
    grep -q "model fingerprint $theirs" "$copy/refusal" && grep -q "model fingerprint $mine" "$copy/refusal" ||
        fail "the refusal does not name both fingerprints: $(cat "$copy/refusal")"
    [ ! -e "$copy/mixed" ] || fail "a refused merge left $copy/mixed"
done
echo "two-builds: fingerprints $mine and $theirs; merge refused the mixed shards in both builds"
