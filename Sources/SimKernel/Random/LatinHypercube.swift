/// A Latin hypercube sample (McKay, Beckman and Conover 1979, "A comparison of three methods for selecting
/// values of input variables in the analysis of output from a computer code"): `count` points in the unit
/// cube of `dimensions`, each dimension cut into `count` equal strata with exactly one point in each, the
/// strata matched across dimensions at random. Fewer draws than plain Monte Carlo cover every parameter's
/// whole range, which is what a probabilistic sensitivity analysis of a slow model needs.
public enum LatinHypercube {
    /// `points[i][j]`: point i's uniform in dimension j, in (0, 1); the same for the same stream state.
    public static func sample(count: Int, dimensions: Int, _ stream: RandomStream) -> [[Double]] {
        precondition(count > 0 && dimensions >= 0, "a Latin hypercube needs at least one point")
        var points = [[Double]](repeating: [Double](repeating: 0, count: dimensions), count: count)
        for j in 0..<dimensions {
            // A random order of the strata (Fisher-Yates on the stream), then a uniform place within each.
            var strata = Array(0..<count)
            for i in stride(from: count - 1, to: 0, by: -1) { strata.swapAt(i, stream.index(below: i + 1)) }
            for i in 0..<count { points[i][j] = (Double(strata[i]) + stream.uniform()) / Double(count) }
        }
        return points
    }
}
