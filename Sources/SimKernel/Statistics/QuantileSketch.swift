/// Quantiles of non-negative observations (waiting times) in a few KB, mergeable across replications.
///
/// Log-linear buckets with a relative-error guarantee, as DDSketch (Masson, Rim and Lee 2019, "DDSketch: a
/// fast and fully-mergeable quantile sketch with relative-error guarantees") with HdrHistogram's bucketing:
/// each power of two is split into 64 equal buckets, and a value's bucket is read off its binary exponent
/// and the top six bits of its mantissa (no logarithm). A quantile is its bucket's representative, within 1/129
/// (0.78 %) of the true value, and never beyond the smallest or largest observation, which are kept exactly.
/// Observations below half of `resolution` count as zero (a wait of none: a family that starts at once).
///
/// Why not an HdrHistogram, as before: it kept quantiles to 0.1 %, which no interval of a replication
/// average needs, in about 50 KB a sketch (a national run sketches waits for each of thousands of
/// providers), and its recording showed in the kernel's profiles. Counts cover only the buckets between the
/// smallest and the largest observation: waits from a quarter of an hour to three years take about 1,100
/// buckets, 4.4 KB.
public struct QuantileSketch: Sendable, Codable {
    public let resolution: Double
    /// Observations below half the resolution.
    @usableFromInline var zeros = 0
    /// The counts of buckets `first`, `first + 1`, ...: 32 bits, half the memory of 64; a count that would
    /// pass 2^32 - 1 traps (Swift's checked addition; a national replication records some millions of waits
    /// in all).
    @usableFromInline var counts: [UInt32] = []
    @usableFromInline var first = 0
    @usableFromInline var observations = 0
    @usableFromInline var smallest = Double.infinity
    @usableFromInline var largest = 0.0

    @inlinable public var count: Int { observations }

    public init(resolution: Double = 0.01) {
        precondition(resolution > 0 && resolution.isFinite)
        self.resolution = resolution
    }

    /// Buckets per power of two, as bits of the mantissa.
    @inlinable static var mantissaBits: UInt64 { 6 }
    @inlinable static var shift: UInt64 { 52 - mantissaBits }

    /// The bucket of a positive finite value: its exponent and the top bits of its mantissa, in order.
    @inlinable @inline(__always)
    static func bucket(_ value: Double) -> Int { Int(truncatingIfNeeded: value.bitPattern >> shift) }

    /// The smallest value of a bucket (the bucket's bits followed by zeros); the next bucket's is its end.
    static func lowerBound(_ bucket: Int) -> Double { Double(bitPattern: UInt64(bucket) << shift) }

    @inlinable
    public mutating func record(_ value: Double) {
        precondition(value.isFinite, "a sketched value must be finite, got \(value)")
        observations += 1
        let kept = value >= resolution / 2 ? value : 0
        smallest = Swift.min(smallest, kept)
        largest = Swift.max(largest, kept)
        guard kept > 0 else {
            zeros += 1
            return
        }
        let b = Self.bucket(value)
        if b < first || b >= first + counts.count { cover(b, through: b) }
        counts[b - first] += 1
    }

    /// Widens the counts to cover buckets `low...high`, with room for two powers of two either side (waits
    /// spread over some: widening seldom).
    @usableFromInline
    mutating func cover(_ low: Int, through high: Int) {
        let margin = 2 << Int(Self.mantissaBits)
        let start = counts.isEmpty ? low - margin : Swift.min(first, low - margin)
        let end = counts.isEmpty ? high + margin : Swift.max(first + counts.count, high + margin)
        var wider = [UInt32](repeating: 0, count: end - start)
        for (offset, c) in counts.enumerated() { wider[first - start + offset] = c }
        counts = wider
        first = start
    }

    /// The value that stands for a bucket [low, high): 2 low high / (low + high), within (high - low) /
    /// (high + low) of every value in it, 1/129 at most (DDSketch's choice).
    static func representative(_ bucket: Int) -> Double {
        let low = lowerBound(bucket)
        let high = lowerBound(bucket + 1)
        return 2 * low * high / (low + high)
    }

    /// The value below which `fraction` (0...1) of the observations lie; nil when empty.
    public func quantile(_ fraction: Double) -> Double? { read(quantiles: [fraction])?.quantiles[0] }

    /// The fraction (0...1) of observations at or below `value`; 0 when empty.
    public func fraction(atOrBelow value: Double) -> Double { count > 0 ? share(atOrBelow: value) : 0 }

    /// Quantiles (the values below which each of `fractions` of the observations lie) and the fractions of
    /// observations at or below each of `values`; nil when empty. A fraction within a bucket counts the
    /// bucket's observations in proportion to the part of it at or below the value.
    public func read(quantiles fractions: [Double], atOrBelow values: [Double] = []) -> (quantiles: [Double], fractions: [Double])? {
        guard count > 0 else { return nil }
        return (fractions.map(quantile(at:)), values.map(share(atOrBelow:)))
    }

    /// The observation of rank ceil(fraction x count) (at least the first): its bucket's representative.
    func quantile(at fraction: Double) -> Double {
        let rank = Swift.max(1, Int((Swift.min(Swift.max(fraction, 0), 1) * Double(count)).rounded(.up)))
        if rank >= count { return largest }
        if rank == 1 { return smallest }
        if rank <= zeros { return 0 }
        var below = zeros
        for (offset, c) in counts.enumerated() where c > 0 {
            below += Int(c)
            guard below >= rank else { continue }
            return Swift.min(Swift.max(Self.representative(first + offset), smallest), largest)
        }
        return largest
    }

    func share(atOrBelow value: Double) -> Double {
        if value >= largest { return 1 }
        if value < smallest { return 0 }
        guard value >= resolution / 2 else { return Double(zeros) / Double(count) }
        let b = Self.bucket(value)
        var atOrBelow = Double(zeros)
        for (offset, c) in counts.enumerated() where c > 0 && first + offset <= b {
            if first + offset < b {
                atOrBelow += Double(c)
            } else {
                let low = Self.lowerBound(b)
                atOrBelow += Double(c) * (value - low) / (Self.lowerBound(b + 1) - low)
            }
        }
        return atOrBelow / Double(count)
    }

    public mutating func merge(_ other: QuantileSketch) {
        precondition(other.resolution == resolution, "sketches of different resolution do not merge")
        guard other.count > 0 else { return }
        if !other.counts.isEmpty {
            let last = other.first + other.counts.count - 1
            if counts.isEmpty || other.first < first || last >= first + counts.count { cover(other.first, through: last) }
            for (offset, c) in other.counts.enumerated() where c > 0 { counts[other.first - first + offset] += c }
        }
        zeros += other.zeros
        observations += other.count
        smallest = Swift.min(smallest, other.smallest)
        largest = Swift.max(largest, other.largest)
    }

    /// Whether its parts agree, as a sketch read from a file must before it merges: the default resolution,
    /// buckets a double can have, counts that add up to the observations, and its extremes in order.
    public var isWellFormed: Bool {
        let total = counts.reduce(0) { $0 + Int($1) }
        return resolution == QuantileSketch().resolution && first >= 0 && first + counts.count <= 1 << 18 && zeros >= 0
            && observations == zeros + total && counts.allSatisfy { $0 < 1 << 31 }
            && (observations == 0 || (smallest.isFinite && largest.isFinite && smallest <= largest))
    }

    /// Forgets every observation.
    public mutating func reset() { self = QuantileSketch(resolution: resolution) }
}
