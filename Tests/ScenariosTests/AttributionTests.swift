import Foundation
import Scenarios
import SimKernel
import TestSupport
import XCTest
import YouthCare

/// The built-in baseline with `assignments`, a year of warm-up, on a fixed seed: a scenario whose answer
/// is known by construction.
func attributionScenario(_ assignments: [String], years: Double = 3, replications: Int = 16) throws -> Scenario {
    try CommandLineSettings(
        assignments: ["run.warmUpYears=1"] + assignments, replications: replications, seed: testSeed(11), years: years
    )
    .apply(to: .builtInDefault)
}

/// Break-even on scenarios built so that the answer is known (attribution's own: `AttributionValidation`).
final class AttributionTests: XCTestCase {
    let runner = ScenarioRunner(threads: 2, command: ["test"])

    /// The variant differs from the base in one value only, so on common random numbers it is no worse
    /// exactly from that value on: the search must find the base's value within its interval.
    ///
    /// A right model fails this with chance far below 0.01 % (an estimate from the default seed, 8
    /// replications): the estimate is at least 0.5 unless the variant at 0.5 is no worse, where its paired t is
    /// 5.2 (noncentral t: chance 1e-7); the interval's lower bound is above 0.2 unless the variant at 0.2 is
    /// not distinguishably worse, t 14.7 where 2.4 is needed. The rest is exact: at 0.6 the variant is the base.
    func testBreakEvenFindsAnAnswerKnownByConstruction() throws {
        let base = try attributionScenario(["generalist.success.level3=0.6"], years: 2, replications: 8)
        var variant = base
        variant.name = "weaker-team"
        variant = variant.setting("generalist.success.level3", to: 0.3, because: "test")
        let headline = Headline.all.first { $0.metric == Metric(.waitMean, .pooledSpecialist) }!
        let search = runner.breakEven(
            base, variant, key: "generalist.success.level3", headline: headline, worse: 1, range: 0.2...1, gridPoints: 5, refinements: 4)
        guard case .breaksEven(let estimate, let lower, let upper) = search.verdict else {
            return XCTFail("expected a break-even, got \(search.verdict): \(search.sentence)")
        }
        XCTAssertEqual(estimate, 0.6, accuracy: 0.1, search.sentence)
        // At 0.6 the variant is the base: the difference is zero in every replication, so every crossing is at
        // or below it, and well inside the range: both bounds are found.
        let low = try XCTUnwrap(lower, "the interval's lower bound lies inside the range: \(search.sentence)")
        let high = try XCTUnwrap(upper, "the interval's upper bound lies inside the range: \(search.sentence)")
        XCTAssertLessThanOrEqual(low, estimate, search.sentence)
        XCTAssertLessThanOrEqual(estimate, high, search.sentence)
        XCTAssertLessThanOrEqual(high, 0.6 + 1e-9, "from 0.6 on the variant is no worse, distinguishably: \(search.sentence)")
        XCTAssertGreaterThan(low, 0.2, search.sentence)
        let atBase = try XCTUnwrap(search.points.first { abs($0.value - 0.6) < 1e-9 }, "0.6 is on the grid").difference
        XCTAssertEqual([atBase.mean, atBase.lower, atBase.upper], [0, 0, 0], "at the base's value the variant is the base")
        XCTAssertEqual(search.scenarioValue, 0.3)
        let again = runner.breakEven(
            base, variant, key: "generalist.success.level3", headline: headline, worse: 1, range: 0.2...1, gridPoints: 5, refinements: 4)
        XCTAssertEqual(again.verdict, search.verdict, "deterministic for a seed")
        XCTAssertEqual(again.json(), search.json())
    }

    /// A range in which no value is enough, and one in which every value is, are said to be so.
    ///
    /// A right model fails this with chance far below 0.01 % (an estimate from the default seed, 8
    /// replications: the variant is worse at 0.1 to 0.3 with paired t of 11 to 24, and better at 0.8 with t
    /// 6.8, where a mean on the wrong side of zero is needed to fail: noncentral t, chance below 1e-7).
    func testBreakEvenSaysWhenNoValueIsEnoughOrEveryValueIs() throws {
        let base = try attributionScenario(["generalist.success.level3=0.6"], years: 2, replications: 8)
        let headline = Headline.all.first { $0.metric == Metric(.waitMean, .pooledSpecialist) }!
        let never = runner.breakEven(
            base, base, key: "generalist.success.level3", headline: headline, worse: 1, range: 0.1...0.3, gridPoints: 3, refinements: 2)
        XCTAssertEqual(never.verdict, .neverEnough, never.sentence)
        XCTAssertTrue(never.sentence.hasPrefix("No value of generalist.success.level3"), never.sentence)
        let always = runner.breakEven(
            base, base, key: "generalist.success.level3", headline: headline, worse: 1, range: 0.8...1, gridPoints: 3, refinements: 2)
        XCTAssertEqual(always.verdict, .noWorseThroughout, always.sentence)
    }
}

/// Replications to a stated precision: the same count and the same results on one thread or two, and the
/// rule's promise held on its own terms: at the count it stops at, and one batch before, every headline's
/// 95 % interval is within the target; at no earlier batch was it so twice running.
///
/// Exact (holds on every seed) but for two sizes, far from their bounds: 2 % is not met within 20
/// replications (on the default seed the widest headline interval at 20 is 4.4 % of its mean, and 2 % is not
/// met even at 60), and 100 % is met at 10. That one is the weaker: the neighbourhood team's wait, the
/// noisiest headline, is 7.5 % of its mean wide at 10 replications on the default seed but 58 % on master seed
/// 2 (the target was 50 % and failed there); 100 % leaves it that much again. A rough estimate, from three
/// seeds: a right model fails this well under 1 % of the time.
final class PrecisionTests: XCTestCase {
    /// Student's t at 97.5 % for the degrees of freedom of whole batches, from tables (not the code under test).
    static let t975: [Int: Double] = [9: 2.262157, 19: 2.093024, 29: 2.045230, 39: 2.022691, 49: 2.009575, 59: 2.000995]

    /// Whether, over the first `n` replications, every headline's 95 % half-width is within `share` of its
    /// mean, or within its absolute bound near zero.
    func met(_ results: [ReplicationResult], first n: Int, share: Double) -> Bool {
        Headline.all.allSatisfy { headline in
            let values = results.prefix(n).map { $0.figures[headline.metric]! }
            let mean = values.reduce(0, +) / Double(n)
            let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)
            let halfWidth = Self.t975[n - 1]! * (variance / Double(n)).squareRoot()
            return halfWidth <= max(share * abs(mean), headline.absolutePrecision) * (1 + 1e-6)
        }
    }

    func testPrecisionStopsAtTheFirstBatchConfirmedByTheNextWhateverTheThreads() throws {
        let scenario = try CommandLineSettings(assignments: ["run.warmUpYears=1"], seed: testSeed(21), years: 2).apply(to: .builtInDefault)
        let rule = PrecisionRule(relative: 0.02, maximum: 60)
        let one = ScenarioRunner(threads: 1, command: []).simulate(scenario, toPrecision: rule)
        let two = ScenarioRunner(threads: 2, command: []).simulate(scenario, toPrecision: rule)
        XCTAssertEqual(one.outcome.replications, two.outcome.replications)
        XCTAssertEqual(one.base.map(\.figures), two.base.map(\.figures), "the same replications, whatever the threads")
        let n = one.outcome.replications
        let batch = PrecisionRule.batch
        XCTAssertEqual(one.base.count, n)
        XCTAssertGreaterThan(n, 2 * batch, "2 % takes more than the first two batches")
        for k in stride(from: 2 * batch, to: n, by: batch) {
            XCTAssertFalse(
                met(one.base, first: k - batch, share: 0.02) && met(one.base, first: k, share: 0.02),
                "met at \(k - batch) and \(k) replications, yet it went on to \(n)")
        }
        if one.outcome.met {
            XCTAssertTrue(met(one.base, first: n, share: 0.02), "met at the \(n) replications it stopped at")
            XCTAssertTrue(met(one.base, first: n - batch, share: 0.02), "and at one batch fewer")
        } else {
            XCTAssertEqual(n, 60, "stops short of the maximum only when met")
            XCTAssertFalse(met(one.base, first: n - batch, share: 0.02) && met(one.base, first: n, share: 0.02), "said not met")
        }
        let loose = ScenarioRunner(threads: 2, command: []).simulate(
            scenario, toPrecision: PrecisionRule(relative: 1, maximum: 60))
        XCTAssertEqual(loose.outcome.replications, 2 * batch, "met at once, and confirmed by one more batch")
        XCTAssertTrue(loose.outcome.met)
        XCTAssertTrue(met(loose.base, first: batch, share: 1) && met(loose.base, first: 2 * batch, share: 1))
    }
}
