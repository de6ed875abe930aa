import Histogram

/// Quantiles of non-negative observations (waiting times) in bounded memory, mergeable across replications.
///
/// An HdrHistogram with three significant digits: each quantile is exact to 0.1 % of its value, and memory
/// depends on the range of values, not on how many were recorded. Values are stored in integer units of
/// `resolution` (so a resolution of 0.01 day keeps quarter-hours apart).
public struct QuantileSketch: Sendable {
    public let resolution: Double
    let perUnit: Double
    /// Made at the first observation: a sketch takes about 50 KB, and a national run has tens of thousands
    /// of providers whose waits are sketched once per service, not per provider. Counts of 32 bits: half the
    /// memory of 64 (the cache holds more of the sketches every start records into); a level would overflow
    /// after 4.3 billion waits (a national replication records some millions in all), and `merge` refuses
    /// to go beyond that.
    var histogram: Histogram<UInt32>?

    public init(resolution: Double = 0.01) {
        precondition(resolution > 0)
        self.resolution = resolution
        perUnit = 1 / resolution
    }

    /// Every sketch starts as a copy of this one, which its first record makes its own (a copy of the counts:
    /// making a histogram or resetting one walks its counts through unspecialised generic code, which in
    /// profiles of municipality replications took 2 % of the time). Its range, 2^20 units (10,486 days at the
    /// default resolution), holds every wait of a run, so it seldom grows (growing walks the counts too).
    static let empty: Histogram<UInt32> = {
        var histogram = Histogram<UInt32>(highestTrackableValue: 1 << 20, numberOfSignificantValueDigits: .three)
        histogram.autoResize = true
        return histogram
    }()

    public var count: Int { Int(histogram?.totalCount ?? 0) }

    public mutating func record(_ value: Double) {
        // Round half up by truncation: the value is non-negative, and libm's round() showed in profiles.
        let unit = UInt64(Swift.max(value, 0) * perUnit + 0.5)
        // A pattern, not `== nil`: comparing the optional with nil copied the histogram (a retain and release a record).
        if case .none = histogram { histogram = Self.empty }
        _ = histogram!.record(unit)
    }

    /// The value below which `fraction` (0...1) of the observations lie; nil when empty.
    public func quantile(_ fraction: Double) -> Double? { read(quantiles: [fraction])?.quantiles[0] }

    /// The fraction (0...1) of observations at or below `value`; 0 when empty.
    public func fraction(atOrBelow value: Double) -> Double { read(quantiles: [], atOrBelow: [value])?.fractions[0] ?? 0 }

    /// Quantiles (the values below which each of `fractions` of the observations lie) and the fractions of
    /// observations at or below each of `values`, read in one walk over the recorded values; nil when empty.
    /// The walks took 4 % of a municipality replication's instructions; one walk, not three, for a service's
    /// median, 90th percentile and share within its norm saved nearly a third of them (`Benchmarks/instructions`).
    public func read(quantiles fractions: [Double], atOrBelow values: [Double] = []) -> (quantiles: [Double], fractions: [Double])? {
        guard let histogram, histogram.totalCount > 0 else { return nil }
        let levels = values.map { UInt64(Swift.max($0, 0) * perUnit + 0.5) }
        let walk = Self.walk(histogram, percentiles: fractions.map { $0 * 100 }, atOrBelow: levels)
        return (walk.values.map { Double($0) * resolution }, walk.percentiles.map { $0 / 100 })
    }

    // HdrHistogram's `valueAtPercentile` and `percentileAtOrBelowValue`, step for step, over the recorded
    // values (an iterator the compiler specialises) instead of every count through unspecialised generic
    // code: reading a municipality replication's quantiles took 2.5 % of its time that way. A test holds
    // them to the library's answers.

    /// For each percentile, the highest value level at which the cumulative count reaches that percentage
    /// of the total; for each level, the percentage of observations in the value levels up to the one that
    /// holds it. The walk stops at the last level any of them needs.
    static func walk(
        _ histogram: Histogram<UInt32>, percentiles: [Double], atOrBelow levels: [UInt64]
    ) -> (values: [UInt64], percentiles: [Double]) {
        var values = [UInt64](repeating: 0, count: percentiles.count)
        // The cumulative count each remaining percentile waits for, with its place, smallest first.
        var awaited: [(count: UInt64, place: Int)] = []
        for (place, percentile) in percentiles.enumerated() {
            if percentile == 0 {
                values[place] = histogram.min
            } else if percentile >= 100 {
                values[place] = histogram.maxRecorded
            } else {
                let requested = Swift.min(Swift.max(percentile.nextDown, 0), 100)
                awaited.append((Swift.max(1, UInt64((requested * Double(histogram.totalCount) / 100).rounded(.up))), place))
            }
        }
        awaited.sort { $0.count < $1.count }
        // The highest value of the level that holds each probed level, with its place, lowest first: a step
        // names its level by the level's highest value, and levels are contiguous.
        let probes = levels.enumerated().map { (highest: histogram.highestEquivalentForValue($1), place: $0) }
            .sorted { $0.highest < $1.highest }
        var totals = [UInt64](repeating: 0, count: levels.count)
        var next = 0
        var passed = 0
        var total: UInt64 = 0
        for step in histogram.recordedValues() {
            while passed < probes.count && step.value > probes[passed].highest {
                totals[probes[passed].place] = total
                passed += 1
            }
            guard next < awaited.count || passed < probes.count else { break }
            total = step.totalCountToThisValue
            while next < awaited.count && total >= awaited[next].count {
                values[awaited[next].place] = Swift.max(Swift.min(step.value, histogram.maxRecorded), histogram.min)
                next += 1
            }
        }
        for probe in probes[passed...] { totals[probe.place] = total }
        return (values, totals.map { (100.0 * Double($0)) / Double(histogram.totalCount) })
    }

    public mutating func merge(_ other: QuantileSketch) {
        precondition(other.resolution == resolution, "sketches of different resolution do not merge")
        guard let theirs = other.histogram else { return }
        // Within the 32-bit counts for sure (HdrHistogram adds counts without an overflow check).
        precondition(UInt64(count + other.count) <= UInt64(UInt32.max), "a merged sketch holds more than 2^32 - 1 waits")
        if case .none = histogram { histogram = Self.empty }
        histogram!.add(theirs)
    }

    /// Forgets every observation (the next starts from `empty` again).
    public mutating func reset() { histogram = nil }
}
