#!/usr/bin/env bash
# Fuzzes the scenario loader with libFuzzer (Swift's -sanitize=fuzzer) for a bounded number of inputs or time.
# Usage: scripts/fuzz.sh --runs N        N new inputs (make test: repeatable and quick)
#        scripts/fuzz.sh --seconds S     S seconds of them (make validate: 60)
# FUZZ_SEED (default 1) makes a run repeatable, so that make test passes or fails the same way twice;
# FUZZ_SEED=0 lets libFuzzer pick a new seed (for longer runs that explore further).
# The corpus starts from the shipped scenarios and every saved regression case. A crash, a timeout or an
# out-of-memory is saved under Tests/Fuzz/regressions/ and fails this script: commit it with its expected
# verdict in Tests/Fuzz/verdicts.tsv (FuzzRegressionTests replays every file there against its verdict).
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-}" in
--runs) budget=(-runs="$2") what="$2 inputs" ;;
--seconds) budget=(-max_total_time="$2") what="$2 s" ;;
*) echo "usage: scripts/fuzz.sh --runs N | --seconds S" >&2; exit 2 ;;
esac
scratch=.build/fuzz
# A debug build: it compiles in a fraction of an optimised build's time (about 35 s against over 50 s of
# make test's five minutes), keeps every assert(), and still runs a few hundred inputs a second.
swift build -c debug --scratch-path "$scratch" --product ScenarioFuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -parse-as-library \
    -Xcc -fsanitize=fuzzer-no-link,address >&2
binary="$(swift build -c debug --scratch-path "$scratch" --show-bin-path)/ScenarioFuzz"
corpus=$(mktemp -d)
artifacts=$(mktemp -d)
trap 'rm -rf "$corpus" "$artifacts"' EXIT
cp Scenarios/*.yaml "$corpus"/
cp Tests/Fuzz/regressions/* "$corpus"/ 2>/dev/null || true
cp Tests/Fuzz/shards/*.json "$corpus"/
status=0
# The Swift backtracer inspects a crashed process in ways AddressSanitizer reports as a second crash.
SWIFT_BACKTRACE=enable=no "$binary" "$corpus" -seed="${FUZZ_SEED:-1}" "${budget[@]}" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" -dict=Tests/Fuzz/scenario.dict > "$artifacts/log" 2>&1 || status=$?
grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ *DONE)" "$artifacts/log" || true
if [ "$status" -ne 0 ]; then
    tail -40 "$artifacts/log" >&2
    mkdir -p Tests/Fuzz/regressions
    for crash in "$artifacts"/crash-* "$artifacts"/timeout-* "$artifacts"/oom-*; do
        [ -e "$crash" ] && cp "$crash" Tests/Fuzz/regressions/ && echo "saved Tests/Fuzz/regressions/$(basename "$crash")" >&2
    done
    echo "fuzzing found a problem (exit $status): see above" >&2
    exit 1
fi
echo "fuzz: no crash in $what"
