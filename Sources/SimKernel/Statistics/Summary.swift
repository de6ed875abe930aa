import CGSL

/// A statistic across independent replications: mean, standard deviation and a Student t confidence
/// interval (quantile from GSL). The same type summarises paired differences between two scenarios run on
/// common random numbers.
public struct Summary: Sendable, Hashable {
    public let count: Int
    public let mean: Double
    public let standardDeviation: Double
    public let confidence: Double
    public let lower: Double
    public let upper: Double

    public var halfWidth: Double { (upper - lower) / 2 }

    public init(_ values: [Double], confidence: Double = 0.95) {
        precondition((0..<1).contains(confidence) && confidence > 0)
        self.confidence = confidence
        count = values.count
        guard !values.isEmpty else {
            mean = .nan
            standardDeviation = .nan
            lower = .nan
            upper = .nan
            return
        }
        let mean = values.withUnsafeBufferPointer { gsl_stats_mean($0.baseAddress, 1, $0.count) }
        self.mean = mean
        guard values.count > 1 else {
            standardDeviation = 0
            lower = mean
            upper = mean
            return
        }
        standardDeviation = values.withUnsafeBufferPointer { gsl_stats_sd_m($0.baseAddress, 1, $0.count, mean) }
        let t = gsl_cdf_tdist_Pinv(1 - (1 - confidence) / 2, Double(values.count - 1))
        let half = t * standardDeviation / Double(values.count).squareRoot()
        lower = mean - half
        upper = mean + half
    }

    /// The summary of differences `variant[i] - base[i]`, replication by replication.
    public static func paired(base: [Double], variant: [Double], confidence: Double = 0.95) -> Summary {
        precondition(base.count == variant.count, "paired summaries need as many replications on each side")
        return Summary(zip(variant, base).map { $0 - $1 }, confidence: confidence)
    }

    /// Student's t quantile (GSL): the probability `probability` lies below it, for intervals built by
    /// hand (two samples, several comparisons at once).
    public static func studentT(_ probability: Double, degreesOfFreedom: Double) -> Double {
        gsl_cdf_tdist_Pinv(probability, degreesOfFreedom)
    }

    public func contains(_ value: Double) -> Bool { lower <= value && value <= upper }

    /// Whether zero lies outside the interval: a difference that is distinguishable from noise.
    public var excludesZero: Bool { !contains(0) }
}

extension Summary {
    /// The sample quantiles of `values` at each of `probabilities` (GSL's, interpolated between order
    /// statistics): the spread of a probabilistic sensitivity analysis's draws, which no t interval describes.
    public static func quantiles(_ values: [Double], _ probabilities: [Double]) -> [Double] {
        guard !values.isEmpty else { return probabilities.map { _ in .nan } }
        let sorted = values.sorted()
        return probabilities.map { p in
            sorted.withUnsafeBufferPointer { gsl_stats_quantile_from_sorted_data($0.baseAddress, 1, $0.count, p) }
        }
    }
}
