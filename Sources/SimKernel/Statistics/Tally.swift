/// Mean and variance of observations (waiting times, costs) in one pass with no storage.
///
/// Sums are kept of the observations shifted by the first one (the "shifted data" algorithm of Chan,
/// Golub & LeVeque 1983): as stable as Welford's update for data near their first value, and without its
/// division per observation, which showed as 6 % of the kernel benchmark's time. Tallies merge, so
/// per-replication tallies combine.
public struct Tally: Sendable, Hashable, Codable {
    public private(set) var count: Int = 0
    var shift: Double = 0
    var sum: Double = 0
    var sumOfSquares: Double = 0
    public private(set) var min: Double = .infinity
    public private(set) var max: Double = -.infinity

    public init() {}

    public mutating func record(_ value: Double) {
        if count == 0 { shift = value }
        count += 1
        let d = value - shift
        sum += d
        sumOfSquares += d * d
        if value < min { min = value }
        if value > max { max = value }
    }

    /// The mean; 0 with no observations.
    public var mean: Double { count > 0 ? shift + sum / Double(count) : 0 }

    /// Sample variance (n - 1 in the denominator); 0 with fewer than two observations.
    public var variance: Double {
        guard count > 1 else { return 0 }
        return Swift.max(0, (sumOfSquares - sum * sum / Double(count)) / Double(count - 1))
    }

    public var standardDeviation: Double { variance.squareRoot() }
    public var total: Double { shift * Double(count) + sum }

    public mutating func merge(_ other: Tally) {
        guard other.count > 0 else { return }
        guard count > 0 else {
            self = other
            return
        }
        // Re-express the other's sums around this tally's shift: sum (x - a) = sum (x - b) + n (b - a).
        let offset = other.shift - shift
        let n = Double(other.count)
        sumOfSquares += other.sumOfSquares + 2 * offset * other.sum + n * offset * offset
        sum += other.sum + n * offset
        count += other.count
        min = Swift.min(min, other.min)
        max = Swift.max(max, other.max)
    }
}
