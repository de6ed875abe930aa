import SimKernel
import TestSupport
import XCTest

/// The samplers against their analytic moments. How often a right sampler fails: every mean is held to 4.5
/// standard errors (a chance of 7 in a million a check, under the central limit theorem at 100,000 draws and
/// more; about 0.02 % for the 25 checks together), every variance to 5 % (at 200,000 draws the sample variance's
/// relative standard error is under 1 % for these families, so 5 % is more than five of them).
final class DistributionTests: XCTestCase {
    static let families: [Distribution] = [
        .deterministic(3),
        .exponential(mean: 2),
        .gamma(shape: 4, scale: 0.5),
        .lognormal(mu: 0.2, sigma: 0.6),
        .weibull(scale: 2, shape: 1.5),
        .normal(mean: 10, sd: 2),
        .truncatedNormal(mean: 1, sd: 2, lower: 0, upper: 4),
        .uniform(lower: 1, upper: 5),
        .triangular(lower: 0, mode: 1, upper: 4),
        .beta(alpha: 3, beta: 7),
    ]

    /// Each sampler's mean lies within 4.5 standard errors of the distribution's analytic mean, and its
    /// variance within 5 % of the analytic variance. A wrong parameterisation (scale for rate, sd for
    /// variance) misses by far more.
    func testSampleMomentsMatchTheAnalyticMoments() {
        let streams = RandomStreams(seed: testSeed(77))
        for (i, distribution) in Self.families.enumerated() {
            let stream = streams.stream("family/\(i)")
            var tally = Tally()
            for _ in 0..<200_000 { tally.record(distribution.sample(stream)) }
            let variance = distribution.variance ?? tally.variance
            let standardError = (variance / Double(tally.count)).squareRoot()
            XCTAssertEqual(tally.mean, distribution.mean, accuracy: max(4.5 * standardError, 1e-12), "\(distribution)")
            if let expected = distribution.variance {
                XCTAssertEqual(tally.variance, expected, accuracy: 0.05 * expected + 1e-12, "\(distribution)")
            }
        }
    }

    func testTruncatedNormalStaysInsideItsBounds() {
        let streams = RandomStreams(seed: 1)
        let stream = streams.stream("t")
        let distribution = Distribution.truncatedNormal(mean: 0, sd: 1, lower: 2.5, upper: 3)
        for _ in 0..<10_000 {
            let x = distribution.sample(stream)
            XCTAssertTrue((2.5...3).contains(x), "\(x)")
        }
    }

    /// A scenario states durations as a mean and a coefficient of variation; every family must honour both.
    func testMeanAndCoefficientOfVariationAreHonoured() {
        for family in Distribution.Family.allCases {
            for cv in [0.3, 1.0, 1.8] {
                let distribution = Distribution.withMean(90, cv: cv, family: family)
                XCTAssertEqual(distribution.mean, 90, accuracy: 1e-6, "\(family) cv \(cv)")
                XCTAssertEqual(distribution.variance!.squareRoot() / 90, cv, accuracy: 1e-6, "\(family) cv \(cv)")
            }
        }
        XCTAssertEqual(Distribution.withMean(5, cv: 0), .deterministic(5))
        XCTAssertEqual(Distribution.withMean(5, cv: 1), .exponential(mean: 5))
    }

    func testDiscreteChoiceFrequenciesFollowTheWeights() {
        let streams = RandomStreams(seed: testSeed(3))
        let stream = streams.stream("routes")
        let choice = DiscreteChoice(weights: [0.31, 0.38, 0.03, 0.28])
        var counts = [0, 0, 0, 0]
        let n = 200_000
        for _ in 0..<n { counts[choice.sample(stream)] += 1 }
        for (count, weight) in zip(counts, choice.weights) {
            let p = Double(count) / Double(n)
            XCTAssertEqual(p, weight, accuracy: 4.5 * (weight * (1 - weight) / Double(n)).squareRoot())
        }
    }

    func testDiscreteDrawsHaveTheirMeans() {
        let streams = RandomStreams(seed: testSeed(4))
        let stream = streams.stream("d")
        var poisson = Tally()
        var binomial = Tally()
        var bernoulli = Tally()
        for _ in 0..<100_000 {
            poisson.record(Double(stream.poisson(mean: 3.5)))
            binomial.record(Double(stream.binomial(trials: 12, p: 0.25)))
            bernoulli.record(stream.bernoulli(0.2) ? 1 : 0)
        }
        XCTAssertEqual(poisson.mean, 3.5, accuracy: 4.5 * (3.5 / 1e5).squareRoot())
        XCTAssertEqual(binomial.mean, 3, accuracy: 4.5 * (12 * 0.25 * 0.75 / 1e5).squareRoot())
        XCTAssertEqual(bernoulli.mean, 0.2, accuracy: 4.5 * (0.16 / 1e5).squareRoot())
        XCTAssertFalse(stream.bernoulli(0))
        XCTAssertTrue(stream.bernoulli(1))
    }
}
