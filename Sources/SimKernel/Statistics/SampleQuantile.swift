import CGSL

/// The `p`-quantile of a sample, interpolated between its order statistics as GSL's
/// `gsl_stats_quantile_from_sorted_data` does (Hyndman and Fan's type 7); nil for an empty sample.
public func sampleQuantile(_ values: [Double], _ p: Double) -> Double? {
    precondition((0...1).contains(p), "a quantile's probability is between 0 and 1, got \(p)")
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    return sorted.withUnsafeBufferPointer { gsl_stats_quantile_from_sorted_data($0.baseAddress, 1, $0.count, p) }
}
