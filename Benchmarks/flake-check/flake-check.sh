#!/usr/bin/env bash
# How often does each statistical test fail when the code is right? Every test states its chance in a
# comment; this measures it. The statistical tests run on SEEDS master seeds (JEUGDSIM_TEST_SEED: each test
# derives its own seed from it and its fixed one, `TestSupport.testSeed`), and each test's failures are
# counted. A test that states at most 1 % should fail on none of 20 seeds, or once by bad luck (chance
# 18 % at exactly 1 %); two or more (chance 1.7 %) says its statement is wrong.
#
# Usage: Benchmarks/flake-check/flake-check.sh [SEEDS (default 20)]   (after make build-tests)
#        FLAKE_FILTER='regex' narrows the tests (swift test --filter).
set -uo pipefail
cd "$(dirname "$0")/../.."
seeds=${1:-20}
filter=${FLAKE_FILTER:-'MechanismDirectionTests|QueueingTheoryTests|CalibrationTests|ReductionTests|Metamorphic|DistributionTests|StatisticsTests|MSERTests|RandomStreamTests|EntityStreamsTests|EquilibriumResidualTests|ProvidersTests|ReferralTests|BudgetCeilingTests|PathwayDefectTests|TrajectoryTests|FigureTests|AttributionTests|PrecisionTests|TimelineTests|WarmUpAnalysisTests|StationarityValidation|WarmStartValidation|NationalScaleValidation|MunicipalityTests|MunicipalityValidation'}
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
for seed in $(seq 1 "$seeds"); do
    started=$(date +%s)
    JEUGDSIM_TEST_SEED=$seed swift test -c release -Xswiftc -enable-testing --disable-swift-testing --skip-build \
        --filter "$filter" >"$logs/$seed" 2>&1
    echo "seed $seed: $(grep -c "' failed (" "$logs/$seed") failed of $(grep -c "^Test Case '.*' \(passed\|failed\) (" "$logs/$seed") tests ($(($(date +%s) - started)) s)" >&2
done
echo "== failures per test over $seeds master seeds =="
cat "$logs"/* | sed -n "s/^Test Case '\(.*\)' \(passed\|failed\) (.*/\1 \2/p" |
    awk '{ runs[$1]++; if ($2 == "failed") failures[$1]++ }
         END { for (t in runs) printf "%3d of %d  %s\n", failures[t], runs[t], t }' | sort -k4
echo "== the failures =="
grep -h "error: " "$logs"/* | sed -E 's/^.*error: //' | cut -c1-240 | sort | uniq -c | sort -rn | head -40
