import CGSL

/// The ratio of two means over the same replications (spending per unit of outcome gained), with Fieller's
/// confidence interval: the set of ratios R for which the mean of `numerator - R x denominator` is not
/// distinguishable from zero by Student's t. Unlike a ratio's delta-method interval it is exact for normal
/// means, and it says honestly when the denominator may be zero: the set is then unbounded (Fieller, "Some
/// problems in interval estimation", 1954; Willan and O'Brien, "Confidence intervals for cost-effectiveness
/// ratios", 1996).
public struct RatioOfMeans: Sendable, Hashable {
    public let ratio: Double
    /// Nil when the denominator's mean is not distinguishable from zero: no bounded interval holds the ratio.
    public let interval: ClosedRange<Double>?

    public init(numerators a: [Double], denominators b: [Double], confidence: Double = 0.95) {
        precondition(a.count == b.count && a.count > 1, "a ratio of means needs paired replications, two or more")
        let n = Double(a.count)
        let (meanA, meanB) = (Self.mean(a), Self.mean(b))
        ratio = meanA / meanB
        // Variances and covariance of the two means.
        let varA = a.withUnsafeBufferPointer { gsl_stats_variance_m($0.baseAddress, 1, $0.count, meanA) } / n
        let varB = b.withUnsafeBufferPointer { gsl_stats_variance_m($0.baseAddress, 1, $0.count, meanB) } / n
        let cov =
            a.withUnsafeBufferPointer { pa in
                b.withUnsafeBufferPointer { pb in gsl_stats_covariance_m(pa.baseAddress, 1, pb.baseAddress, 1, a.count, meanA, meanB) }
            } / n
        let t = Summary.studentT(1 - (1 - confidence) / 2, degreesOfFreedom: n - 1)
        let t2 = t * t
        // (meanA - R meanB)^2 = t^2 (varA - 2 R cov + R^2 varB): a quadratic in R, opening upward when the
        // denominator's mean is distinguishable from zero.
        let quadratic = meanB * meanB - t2 * varB
        let linear = meanA * meanB - t2 * cov
        let constant = meanA * meanA - t2 * varA
        let discriminant = linear * linear - quadratic * constant
        guard quadratic > 0, discriminant >= 0 else {
            interval = nil
            return
        }
        let root = discriminant.squareRoot()
        interval = ((linear - root) / quadratic)...((linear + root) / quadratic)
    }

    static func mean(_ values: [Double]) -> Double {
        values.withUnsafeBufferPointer { gsl_stats_mean($0.baseAddress, 1, $0.count) }
    }
}
