import TestSupport
import XCTest

@testable import SimKernel

final class StatisticsTests: XCTestCase {
    func testTimeWeightedSumsAddTheirMeans() {
        var a = TimeWeighted(value: 1, at: 0)
        var b = TimeWeighted(value: 0, at: 0)
        a.update(to: 3, at: 4)
        b.update(to: 2, at: 6)
        let sum = TimeWeighted.sum([a, b], at: 10)
        XCTAssertEqual(sum.mean(at: 10), a.mean(at: 10) + b.mean(at: 10), accuracy: 1e-12)
        XCTAssertEqual(sum.value, 5)
        var later = sum
        later.update(to: 0, at: 20)
        let area: Double = 4 + 18 + 8 + 50  // a: 1 for 4 days, 3 for 6; b: 2 for 4; then 5 for 10
        XCTAssertEqual(later.mean(at: 20), area / 20, accuracy: 1e-12)
    }

    func testTallyMatchesTwoPassFormulasAndMerges() {
        let values = (0..<1000).map { 1e6 + Double(($0 * 7919) % 113) / 7 }  // large offset: tests stability
        var whole = Tally()
        var left = Tally()
        var right = Tally()
        for (i, v) in values.enumerated() {
            whole.record(v)
            if i < 400 { left.record(v) } else { right.record(v) }
        }
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
        XCTAssertEqual(whole.mean, mean, accuracy: 1e-9)
        XCTAssertEqual(whole.variance, variance, accuracy: 1e-9 * variance)
        left.merge(right)
        XCTAssertEqual(left.count, 1000)
        XCTAssertEqual(left.mean, mean, accuracy: 1e-9)
        XCTAssertEqual(left.variance, variance, accuracy: 1e-6 * variance)
        XCTAssertEqual(left.min, values.min())
        XCTAssertEqual(left.max, values.max())
    }

    func testTimeWeightedAverageAndRestart() {
        var queue = TimeWeighted()
        queue.update(to: 2, at: 1)  // 0 on [0,1)
        queue.update(to: 5, at: 3)  // 2 on [1,3)
        XCTAssertEqual(queue.mean(at: 4), (0 + 4 + 5) / 4)  // 5 on [3,4)
        queue.restart(at: 4)
        queue.update(to: 1, at: 6)
        XCTAssertEqual(queue.mean(at: 8), (10 + 2) / 4)
        XCTAssertEqual(queue.maximum, 5)
    }

    func testTimeSeriesSplitsAreaAcrossIntervals() {
        var series = TimeSeries(interval: 10, count: 3)
        series.update(to: 4, at: 5)  // 4 from day 5
        series.update(to: 1, at: 25)  // 1 from day 25
        XCTAssertEqual(series.averages(at: 30), [2, 4, 2.5])
    }

    /// Months of 365.2425 / 12 days, after a warm-up of four such years: 113 of the first 1,200 month
    /// boundaries divide to just below their month's number. A change at each boundary used to credit
    /// nothing and loop forever there; every day must be credited once.
    func testTimeSeriesMovesOnAtBoundariesThatRoundDown() {
        let interval = 365.2425 / 12
        var series = TimeSeries(start: 4 * 365.2425, interval: interval, count: 1200)
        for month in 0..<1200 {
            series.update(to: Double(month % 2 + 1), at: series.start + Double(month) * interval)
        }
        let averages = series.averages(at: series.end)
        XCTAssertEqual(averages.count, 1200)
        for (month, average) in averages.enumerated() {
            XCTAssertEqual(average, Double(month % 2 + 1), accuracy: 1e-9, "month \(month)")
        }
    }

    func testTrendIsTheLeastSquaresSlope() {
        XCTAssertEqual(Trend.slope([1, 3, 5, 7]), 2, accuracy: 1e-12)
        // Least squares through (0,0), (1,1), (2,0), (3,3): slope = sum((x - 1.5)(y - 1)) / sum((x - 1.5)^2) = 4 / 5.
        XCTAssertEqual(Trend.slope([0, 1, 0, 3]), 0.8, accuracy: 1e-12)
        XCTAssertEqual(Trend.slope([4]), 0)
    }

    /// A right sketch fails this with chance under 0.01 %: at 100,000 draws the quantiles' sampling errors are
    /// under 0.5 % (3 % is six of them and more) and the fractions' 0.0015 and 0.0007 (0.006 is four and eight).
    func testQuantilesOfAnExponentialSample() {
        let streams = RandomStreams(seed: testSeed(8))
        let stream = streams.stream("q")
        var sketch = QuantileSketch(resolution: 0.001)
        var other = QuantileSketch(resolution: 0.001)
        for i in 0..<100_000 {
            let x = Distribution.exponential(mean: 10).sample(stream)
            if i % 2 == 0 { sketch.record(x) } else { other.record(x) }
        }
        sketch.merge(other)
        XCTAssertEqual(sketch.count, 100_000)
        // Exponential quantiles: -10 ln(1 - p); sampling error at n = 1e5 is about 1 %.
        XCTAssertEqual(sketch.quantile(0.5)!, 10 * log(2.0), accuracy: 0.03 * 10 * log(2.0))
        XCTAssertEqual(sketch.quantile(0.9)!, 10 * log(10.0), accuracy: 0.03 * 10 * log(10.0))
        // The distribution function: P(X <= 10) = 1 - 1/e, P(X <= 30) = 1 - e^-3 (sampling error about 0.002).
        XCTAssertEqual(sketch.fraction(atOrBelow: 10), 1 - exp(-1), accuracy: 0.006)
        XCTAssertEqual(sketch.fraction(atOrBelow: 30), 1 - exp(-3), accuracy: 0.006)
        XCTAssertEqual(QuantileSketch().fraction(atOrBelow: 1), 0, "empty")
        XCTAssertNil(QuantileSketch().read(quantiles: [0.5, 0.9]), "empty")
    }

    /// Each quantile within its bound of the exact one (the observation of rank ceil(p n) of the sorted
    /// sample): 1/129 of its value, or zero for values below half the resolution; each fraction at or below a
    /// value within the share of observations in that value's bucket. Holds for any sample, so a right sketch
    /// never fails it: spread waits, waits far beyond them, many equal waits, values on bucket edges, one value.
    func testSketchQuantilesAreWithinTheirBoundOfExactOnes() {
        let streams = RandomStreams(seed: 11)
        let stream = streams.stream("q")
        let samples: [[Double]] = [
            (0..<5_000).map { _ in Distribution.exponential(mean: 60).sample(stream) },
            (0..<2_000).map { _ in Distribution.exponential(mean: 3_000).sample(stream) },
            [0, 0, 0, 0.004, 4.2, 4.2, 20.47, 20.48, 20.49, 32, 40.96, 81.92, 500],
            [7],
        ]
        for values in samples {
            var sketch = QuantileSketch()
            for value in values { sketch.record(value) }
            let sorted = values.sorted()
            let fractions = [0, 1e-9, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 1 - 1e-12, 1]
            let quantiles = sketch.read(quantiles: fractions)!.quantiles
            for (fraction, value) in zip(fractions, quantiles) {
                let exact = sorted[max(1, Int((fraction * Double(sorted.count)).rounded(.up))) - 1]
                let bound = exact < sketch.resolution / 2 ? exact : exact / 129 * (1 + 1e-12)
                XCTAssertEqual(value, exact, accuracy: bound, "quantile \(fraction) of \(values.count) values")
                XCTAssertEqual(sketch.quantile(fraction), value, "one quantile as several")
            }
            let smallest = sorted.first! < sketch.resolution / 2 ? 0 : sorted.first!
            XCTAssertEqual(sketch.quantile(0), smallest, "the smallest exactly")
            XCTAssertEqual(sketch.quantile(1), sorted.last!, "the largest exactly")
            let probes = Array(values.prefix(200)) + [0, 0.004, 0.005, 20.475, 32, 1e4, 1e6]
            for probe in probes {
                let exact = Double(sorted.filter { $0 <= probe }.count) / Double(sorted.count)
                let zero = sketch.resolution / 2
                let sameBucket = sorted.filter {
                    probe < zero ? $0 < zero : $0 >= zero && QuantileSketch.bucket($0) == QuantileSketch.bucket(probe)
                }
                let bound = Double(sameBucket.count) / Double(sorted.count) + 1e-12
                XCTAssertEqual(sketch.fraction(atOrBelow: probe), exact, accuracy: bound, "fraction at or below \(probe)")
            }
        }
    }

    /// Merging sketches is recording into one, in either order; and a few KB hold waits of a quarter of an
    /// hour to three years (the point of the sketch: a national run keeps thousands).
    func testSketchesMergeExactlyAndStaySmall() {
        let streams = RandomStreams(seed: 12)
        let stream = streams.stream("m")
        let values = (0..<10_000).map { i in i % 10 == 0 ? 0 : 0.01 * pow(1095 / 0.01, Double(i % 997) / 996) * stream.uniform() }
        var whole = QuantileSketch()
        var left = QuantileSketch()
        var right = QuantileSketch()
        for (i, value) in values.enumerated() {
            whole.record(value)
            if i < 3_000 { left.record(value) } else { right.record(value) }
        }
        var leftFirst = left
        leftFirst.merge(right)
        var rightFirst = right
        rightFirst.merge(left)
        for merged in [leftFirst, rightFirst] {
            XCTAssertEqual(merged.count, whole.count)
            XCTAssertEqual(merged.zeros, whole.zeros)
            let fractions = [0, 0.1, 0.5, 0.9, 0.99, 1.0]
            XCTAssertEqual(merged.read(quantiles: fractions, atOrBelow: [1, 28])!.quantiles, whole.read(quantiles: fractions)!.quantiles)
            XCTAssertEqual(merged.fraction(atOrBelow: 28), whole.fraction(atOrBelow: 28))
        }
        XCTAssertLessThan(whole.counts.count * MemoryLayout<UInt32>.stride, 8_000, "bytes of counts for waits over 17 powers of two")
        var emptied = whole
        emptied.reset()
        XCTAssertNil(emptied.quantile(0.5))
    }

    /// Student t quantiles from GSL: for n = 10 the 95 % interval is mean +- 2.262 s / sqrt(10).
    func testSummaryUsesStudentT() {
        let values: [Double] = [4, 6, 5, 7, 3, 5, 6, 4, 5, 5]
        let summary = Summary(values)
        XCTAssertEqual(summary.mean, 5)
        let sd = (values.reduce(0) { $0 + ($1 - 5) * ($1 - 5) } / 9).squareRoot()
        XCTAssertEqual(summary.standardDeviation, sd, accuracy: 1e-12)
        XCTAssertEqual(summary.halfWidth, 2.262157 * sd / 10.0.squareRoot(), accuracy: 1e-5)
    }

    func testPairedSummaryOfDifferences() {
        let base: [Double] = [10, 12, 11, 13]
        let variant: [Double] = [11, 13, 12, 14.5]
        let paired = Summary.paired(base: base, variant: variant)
        XCTAssertEqual(paired.mean, 1.125)
        XCTAssertTrue(paired.excludesZero)
    }
}

/// MSER-5 finds the end of a transient it was built to find, leaves a stationary series alone, and says
/// when a series has not settled. Held on one series each, these failed on 3 and 2 of 20 master seeds
/// (`Benchmarks/flake-check`): MSER-5 sometimes cuts where noise strayed. So they are shares over 400 series.
final class MSERTests: XCTestCase {
    /// Normal noise around `level` from a GSL stream, so the series are the same on every run.
    func noise(_ count: Int, sd: Double, seed: UInt64) -> [Double] {
        let streams = RandomStreams(seed: testSeed(seed))
        let stream = streams.stream("noise")
        return (0..<count).map { _ in Distribution.normal(mean: 0, sd: sd).sample(stream) }
    }

    /// The share of 400 series (seeds 1-400) on which `holds`.
    func share(_ holds: (UInt64) -> Bool) -> Double { Double((1...400).filter(holds).count) / 400 }

    func testTheEndOfAKnownTransientIsFound() {
        // 240 months: a list that falls linearly from 40 to 10 over the first 60 months, then stays at 10.
        let found = share { seed in
            let series = zip(0..<240, noise(240, sd: 1, seed: seed)).map { month, e in (month < 60 ? 40 - 0.5 * Double(month) : 10) + e }
            let truncation = MSER.truncation(series)
            return truncation.settled && (50...70).contains(truncation.observations)
        }
        // 85 % on the default seeds; its binomial standard error is 1.8 %, so 75 % is over five of them: a
        // right MSER fails this with chance under one in a million, a broken one finds nothing.
        XCTAssertGreaterThan(found, 0.75, "the transient's end found within 10 months on \(found * 100) % of the series")
    }

    func testAStationarySeriesLosesLittleAndATrendHasNotSettled() {
        let little = share { MSER.truncation(noise(240, sd: 1, seed: $0).map { $0 + 10 }).observations <= 60 }
        let unsettled = share { !MSER.truncation(zip(0..<240, noise(240, sd: 1, seed: $0)).map { 0.1 * Double($0) + $1 }).settled }
        // 97.75 % and 99.25 % on the default seeds (standard errors 0.7 % and 0.4 %): the bounds are six and
        // ten of them below, a chance under one in a million each.
        XCTAssertGreaterThan(little, 0.93, "a stationary series cut by at most 60 months on \(little * 100) %")
        XCTAssertGreaterThan(unsettled, 0.95, "a rising series unsettled on \(unsettled * 100) %")
        XCTAssertEqual(MSER.truncation([1, 2, 3]).observations, 0, "too short to judge")
    }
}
