import Foundation
import SimKernel
import TestSupport
import XCTest

/// What a probabilistic sensitivity analysis rests on: inverse distribution functions, the Latin hypercube,
/// and the regression estimate of partial value of information against its closed form.
final class ValueOfInformationTests: XCTestCase {
    /// A share p of draws lies below each family's p-quantile, within 4.5 standard errors of a binomial share
    /// at 100,000 draws (a chance of 7 in a million a check for a right quantile, about 0.02 % for the 27
    /// checks); a quantile of the wrong parameterisation misses by tens of standard errors.
    func testQuantileInvertsTheDistribution() {
        let streams = RandomStreams(seed: testSeed(91))
        for (i, distribution) in DistributionTests.families.enumerated() {
            if case .deterministic = distribution { continue }
            let stream = streams.stream("quantile/\(i)")
            let draws = (0..<100_000).map { _ in distribution.sample(stream) }
            for p in [0.1, 0.5, 0.9] {
                let q = distribution.quantile(p)
                let share = Double(draws.filter { $0 <= q }.count) / Double(draws.count)
                let standardError = (p * (1 - p) / Double(draws.count)).squareRoot()
                XCTAssertEqual(share, p, accuracy: 4.5 * standardError, "\(distribution) at \(p)")
            }
        }
        XCTAssertEqual(Distribution.beta(alpha: 2, beta: 2).quantile(0.5), 0.5, accuracy: 1e-12)
    }

    /// Where GSL's own inverses abort the process (they do not converge: tiny or huge shapes, far tails), the
    /// quantile still inverts the distribution function: the mean of a beta(1, 1) at its middle, and the
    /// extremes by their known closed forms (beta(a, 1): p^(1/a); gamma(1, s): -s log(1 - p)).
    func testQuantileHoldsWhereGSLsInversesAbort() {
        XCTAssertEqual(Distribution.beta(alpha: 1, beta: 1).quantile(0.3), 0.3, accuracy: 1e-14)
        for (a, p) in [(0.01, 0.5), (0.05, 1e-6), (1000.0, 0.99), (3.0, 1e-12)] {
            XCTAssertEqual(
                Distribution.beta(alpha: a, beta: 1).quantile(p), pow(p, 1 / a), accuracy: 1e-12 * max(1, pow(p, 1 / a)), "\(a) \(p)")
        }
        for p in [1e-12, 0.5, 1 - 1e-9] {
            XCTAssertEqual(
                Distribution.gamma(shape: 1, scale: 1e-200).quantile(p), -1e-200 * log1p(-p), accuracy: 1e-9 * 1e-200 * -log1p(-p))
        }
        // Shapes GSL's inverses abort on: finite and inside the support.
        for distribution in [Distribution.beta(alpha: 0.01, beta: 0.01), .beta(alpha: 3, beta: 1000), .gamma(shape: 0.01, scale: 1)] {
            for p in [1e-9, 0.01, 0.5, 0.99, 1 - 1e-9] {
                let q = distribution.quantile(p)
                XCTAssertTrue(q.isFinite && q >= 0, "\(distribution) at \(p): \(q)")
            }
        }
    }

    /// Each dimension's strata hold exactly one point: no two points share a stratum, and every point lies
    /// strictly inside the unit interval. The same stream state gives the same sample.
    func testLatinHypercubePutsOnePointInEveryStratum() {
        let streams = RandomStreams(seed: testSeed(3))
        let sample = LatinHypercube.sample(count: 50, dimensions: 4, streams.stream("lhs"))
        for j in 0..<4 {
            let strata = Set(sample.map { Int($0[j] * 50) })
            XCTAssertEqual(strata, Set(0..<50), "dimension \(j)")
            XCTAssertTrue(sample.allSatisfy { $0[j] > 0 && $0[j] < 1 })
        }
        let fresh = RandomStreams(seed: testSeed(3))
        XCTAssertEqual(sample, LatinHypercube.sample(count: 50, dimensions: 4, fresh.stream("lhs")))
        withExtendedLifetime(streams) {}
    }

    /// E[max(0, Y)] for Y normal with mean `a` and standard deviation `s`.
    static func expectedPositivePart(mean a: Double, sd s: Double) -> Double {
        let z = a / s
        let cdf = 0.5 * erfc(-z / 2.0.squareRoot())
        let density = exp(-z * z / 2) / (2 * Double.pi).squareRoot()
        return a * cdf + s * density
    }

    /// A linear incremental net benefit a + b X1 + c X2 in independent standard normal parameters, observed with
    /// noise of sd 0.5 (a simulation's), has EVPPI E[max(0, a + b X1)] - max(0, a) for X1 (and likewise for X2
    /// and both together). The regression estimate from 20,000 Latin-hypercube draws lies within 5 % of each.
    /// How often a right estimator fails: its error is mostly the noise's mean over the draws, which moves
    /// the fitted intercept (standard error 0.5 / sqrt(20,000)) and the EVPPI by Φ(a / s) times that: 0.8 % of
    /// the EVPPI of X1, 1.4 % of that of X2, so 5 % is 3.7 standard errors or more (under 0.03 % for the
    /// three). Values not smoothed (what an estimator that skips the regression uses) give 0.28 for X1
    /// against 0.198; regressing on the wrong parameter gives 0.04 against 0.198.
    func testPartialValueOfInformationMatchesTheClosedFormOfALinearModel() throws {
        let (a, b, c) = (-0.5, 1.0, 0.5)
        let streams = RandomStreams(seed: testSeed(2014))
        let points = LatinHypercube.sample(count: 20_000, dimensions: 2, streams.stream("parameters"))
        let normal = Distribution.normal(mean: 0, sd: 1)
        let x = points.map { $0.map(normal.quantile) }
        let noise = streams.stream("noise")
        let incremental = [x.map { a + b * $0[0] + c * $0[1] + 0.5 * normal.sample(noise) }]
        let cases: [(name: String, columns: [Int], sd: Double)] = [
            ("X1", [0], b), ("X2", [1], c), ("both", [0, 1], (b * b + c * c).squareRoot()),
        ]
        for (name, columns, sd) in cases {
            let expected = Self.expectedPositivePart(mean: a, sd: sd) - max(0, a)
            let estimate = try XCTUnwrap(
                ValueOfInformation.partial(incremental: incremental, parameters: x.map { row in columns.map { row[$0] } }))
            XCTAssertEqual(estimate, expected, accuracy: 0.05 * expected, name)
        }
        let unsmoothed = ValueOfInformation.expectedGain(incremental)
        XCTAssertGreaterThan(unsmoothed, 1.3 * (Self.expectedPositivePart(mean: a, sd: b) - max(0, a)), "without smoothing: overstated")
        // Three draws cannot carry a regression on two parameters: no value rather than a made-up one.
        XCTAssertNil(ValueOfInformation.partial(incremental: [Array(incremental[0].prefix(3))], parameters: Array(x.prefix(3))))
    }
}
