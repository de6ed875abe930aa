#!/usr/bin/env bash
# Writes the fuzz target's seed shard (Tests/Fuzz/shards/sweep-shard.json) anew: shard 1/2 of a small sweep of
# the built-in baseline, each value's provenance cut to "a" and the title and description emptied, without blanks, to keep
# the input small. Run it when the catalog's keys change: a shard of another set of keys no longer reads, and
# ShardSeedTests fails until it is written again.
# Usage: scripts/fuzz-seed-shard.sh [jeugdsim binary (default: the package's release build)]
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-}
if [ -z "$binary" ]; then
    swift build -c release --product jeugdsim >&2
    binary=.build/release/jeugdsim
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$binary" sweep --set consultation.fte=0,1 -r 2 --years 1 --set run.warmStart=false --set run.warmUpYears=0 \
    --shard 1/2 --out "$work/shard" >/dev/null
python3 - "$work/shard/shard.json" Tests/Fuzz/shards/sweep-shard.json <<'PYTHON'
import json, os, sys
shard = json.load(open(sys.argv[1]))
for value in shard["scenario"]["values"]:
    value[2] = "a"
shard["scenario"]["title"] = {"en": ""}
shard["scenario"]["description"] = {"en": ""}
staged = sys.argv[2] + ".new"
with open(staged, "w") as out:
    out.write(json.dumps(shard, separators=(",", ":"), ensure_ascii=False))
os.replace(staged, sys.argv[2])
PYTHON
echo "wrote Tests/Fuzz/shards/sweep-shard.json" >&2
