import Scenarios
import SimKernel
import TestSupport
import XCTest
import YouthCare

/// Legal input at its edges runs and reports: no trap, no hang, no case lost, no NaN or infinity in any
/// figure. Scenarios are drawn at random within every key's allowed range (a quarter of draws at each
/// bound), made consistent the way validation demands, and run for a short replication.
final class ExtremeInputTests: XCTestCase {
    /// Keys drawn from part of their range, and why: the rest of the range is legal but costs run time
    /// (millions of youths, fifty years); the named extremes below reach those ends.
    static let drawnWithin: [String: ClosedRange<Double>] = [
        "onset.youths": 0...3_000,
        "run.years": 0.1...2,
        "run.warmUpYears": 0...1,
        // A family that gives up within days and is back within days, for decades, where no place serves it
        // and its need never resolves by itself, cycles hundreds of millions of times: slow, not wrong (the
        // named extremes keep such corners, on a short run).
        "waiting.dropoutPerYear": 0...12,
        "waiting.returnPerYear": 0...12,
        // Thousands of consultation FTE, each consultation drawing up to ten needs, make millions of needs:
        // within what the workload check lets one replication hold, beyond what two at once fit in memory.
        "consultation.fte": 0...100,
    ]

    /// A few draws here; `ExtremeInputValidation` runs many more (`make validate`).
    func testRandomScenariosWithinEveryRangeRunAndBalance() {
        assertRandomScenariosRunAndBalance(draws: 6, seed: testSeed(20_261_205))
    }

    /// The corners a user reaches on purpose: no youths, no capacity anywhere, fifty years, every
    /// mechanism off, every probability at 0 and at 1.
    func testNamedExtremesRunAndBalance() {
        let probabilities = ParameterCatalog.definitions.filter { $0.unit == "probability" }.map(\.key)
        let capacities = ParameterCatalog.definitions.filter { $0.key.contains("apacity") }.map(\.key)
        let flags = ParameterCatalog.definitions.filter { $0.kind == .flag && $0.key.hasSuffix("enabled") }.map(\.key)
        let extremes: [String: [String: Double]] = [
            "no youths": ["onset.youths": 0],
            "no capacity anywhere": Dictionary(uniqueKeysWithValues: capacities.map { ($0, $0 == "access.capacity" ? 1 : 0) })
                .merging(["generalist.fte": 0]) { $1 },
            "fifty years": ["run.years": 50, "onset.youths": 500],
            "every mechanism off": Dictionary(uniqueKeysWithValues: flags.map { ($0, 0) }).merging(["access.triageErrors": 0]) { $1 },
            "every probability 0": Dictionary(uniqueKeysWithValues: probabilities.map { ($0, 0) }),
            "every probability 1": Dictionary(uniqueKeysWithValues: probabilities.map { ($0, 1) })
                .merging(["specialist.outcomes.stepDown": 1, "specialist.outcomes.stepUp": 0, "specialist.outcomes.dropOut": 0]) { $1 },
        ]
        for (name, changes) in extremes {
            for result in simulate(parameters(changes, years: changes["run.years"] ?? 2), replications: 2) {
                XCTAssertNil(imbalance(result), name)
                XCTAssertNil(nonFinite(result), name)
            }
        }
    }
}

/// Random scenarios within every key's range, for `ExtremeInputTests` and `ExtremeInputValidation`.
extension XCTestCase {
    func assertRandomScenariosRunAndBalance(draws: Int, seed: UInt64, file: StaticString = #filePath, line: UInt = #line) {
        var generator = SplitMix(seed: seed)
        for draw in 0..<draws {
            let values = randomValues(&generator)
            let results = Experiment.run(ParameterCatalog.parameters(values), replications: 2, seed: UInt64(draw))
            let changed = values.filter { $0.value != ParameterCatalog.definition($0.key)!.defaultValue }
            for result in results {
                if let problem = imbalance(result) { XCTFail("draw \(draw): \(problem); values \(changed)", file: file, line: line) }
                if let problem = nonFinite(result) { XCTFail("draw \(draw): \(problem); values \(changed)", file: file, line: line) }
            }
        }
    }

    func nonFinite(_ result: ReplicationResult) -> String? {
        if let (metric, value) = result.figures.first(where: { !$0.value.isFinite }) { return "\(metric) is \(value)" }
        if let (metric, _) = result.series.first(where: { !$0.value.allSatisfy(\.isFinite) }) { return "series \(metric) is not finite" }
        return nil
    }

    /// Every key drawn within its range, then made consistent as scenario validation requires: shares
    /// normalised to sum to 1 (one share of 1 when all drew 0), outcome probabilities scaled to sum to at
    /// most 1; a draw that validation would still refuse (a workload beyond what a run can hold) is drawn again.
    func randomValues(_ generator: inout SplitMix) -> [String: Double] {
        while true {
            var values: [String: Double] = [:]
            for definition in ParameterCatalog.definitions {
                let range = ExtremeInputTests.drawnWithin[definition.key] ?? definition.range
                let u = Double.random(in: 0..<1, using: &generator)
                var value = u < 0.25 ? range.lowerBound : u < 0.5 ? range.upperBound : Double.random(in: range, using: &generator)
                if definition.kind != .number { value = value.rounded(.down) }
                values[definition.key] = value
            }
            for rule in ParameterCatalog.consistency {
                let sum = rule.keys.reduce(0) { $0 + values[$1]! }
                if rule.keys.allSatisfy({ $0.contains("Shares.") }) {
                    for key in rule.keys { values[key] = sum > 0 ? values[key]! / sum : 0 }
                    if sum == 0 { values[rule.keys[0]] = 1 }
                } else if rule.keys.allSatisfy({ $0.hasPrefix("specialist.outcomes.") }) && sum > 1 {
                    for key in rule.keys { values[key] = values[key]! / sum * (1 - 1e-12) }
                }
            }
            if ParameterCatalog.consistency.allSatisfy({ rule in rule.check(rule.keys.map { values[$0]! }) == nil }) { return values }
        }
    }
}

/// A small seeded generator, so the random scenarios are the same on every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
