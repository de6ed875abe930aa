import CGSL

/// The least-squares slope of a series against its index (GSL `gsl_fit_linear`): the trend per interval
/// of a monthly waiting list, which is zero when the run describes a steady state.
public enum Trend {
    /// Change per step of `values` (0 for fewer than two values).
    public static func slope(_ values: [Double]) -> Double {
        guard values.count >= 2 else { return 0 }
        let x = (0..<values.count).map(Double.init)
        var intercept = 0.0
        var slope = 0.0
        var c00 = 0.0
        var c01 = 0.0
        var c11 = 0.0
        var sumsq = 0.0
        _ = x.withUnsafeBufferPointer { xs in
            values.withUnsafeBufferPointer { ys in
                gsl_fit_linear(xs.baseAddress, 1, ys.baseAddress, 1, values.count, &intercept, &slope, &c00, &c01, &c11, &sumsq)
            }
        }
        return slope
    }
}
