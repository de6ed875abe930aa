import CGSL

/// A smooth of one response on one or more predictors: an additive model of natural cubic regression
/// splines (Hastie, Tibshirani and Friedman, "The Elements of Statistical Learning", section 5.2.1), fitted
/// by least squares through GSL (`gsl_multifit_linear`), with as many knots as generalised cross-validation
/// chooses. What the regression method of partial value of information needs (`ValueOfInformation`): the
/// expected net benefit given the parameters of interest, with the rest of the uncertainty and the
/// simulation's noise averaged out. Additive: interactions between the parameters of a group are not
/// modelled (a generalised additive model without tensor products).
public enum SplineRegression {
    /// Knots per predictor tried (two: a straight line); each predictor's spline has one column fewer than its
    /// knots.
    public static let knotChoices = [2, 3, 4, 5, 6]

    /// The fitted values of `response` on the columns of `predictors` (`predictors[i]` is observation i's),
    /// with an intercept; predictors that do not vary are left out. Nil when there are too few observations
    /// for even a straight line per predictor (at least two more than the predictors).
    public static func fitted(_ response: [Double], on predictors: [[Double]]) -> [Double]? {
        let n = response.count
        precondition(predictors.count == n, "one row of predictors per observation")
        let columns = (predictors.first?.indices ?? 0..<0).map { j in predictors.map { $0[j] } }.filter { column in
            column.contains { $0 != column[0] }
        }
        var best: (gcv: Double, fitted: [Double])?
        for knots in knotChoices {
            let design = [[Double](repeating: 1, count: n)] + columns.flatMap { basis($0, knots: knots) }
            guard design.count + 1 < n, let fit = leastSquares(response, design) else { continue }
            let dof = Double(n - design.count)
            let gcv = Double(n) * fit.residualSumOfSquares / (dof * dof)
            if best == nil || gcv < best!.gcv { best = (gcv, fit.fitted) }
        }
        return best?.fitted
    }

    /// The natural cubic spline basis of `x` with `knots` knots at its quantiles, without the constant: x
    /// and the K - 2 truncated-power differences (Hastie et al., equations 5.4-5.5), x rescaled to [0, 1].
    static func basis(_ x: [Double], knots count: Int) -> [[Double]] {
        let low = x.min()!
        let span = x.max()! - low
        let u = x.map { ($0 - low) / span }
        let sorted = u.sorted()
        let knots = (0..<count).map { k in
            sorted.withUnsafeBufferPointer { buffer in
                gsl_stats_quantile_from_sorted_data(
                    buffer.baseAddress, 1, buffer.count, 0.05 + 0.9 * Double(k) / Double(count - 1))
            }
        }
        func cube(_ v: Double) -> Double { v > 0 ? v * v * v : 0 }
        func d(_ k: Int, _ v: Double) -> Double {
            (cube(v - knots[k]) - cube(v - knots[count - 1])) / max(knots[count - 1] - knots[k], 1e-12)
        }
        return [u] + (0..<(count - 2)).map { k in u.map { d(k, $0) - d(count - 2, $0) } }
    }

    /// Ordinary least squares of `y` on `columns` (GSL, by singular value decomposition, so that nearly
    /// collinear columns still fit); nil when GSL reports an error.
    static func leastSquares(_ y: [Double], _ columns: [[Double]]) -> (fitted: [Double], residualSumOfSquares: Double)? {
        let (n, p) = (y.count, columns.count)
        let x = gsl_matrix_alloc(n, p)!
        let observed = gsl_vector_alloc(n)!
        let coefficients = gsl_vector_alloc(p)!
        let covariance = gsl_matrix_alloc(p, p)!
        let work = gsl_multifit_linear_alloc(n, p)!
        defer {
            gsl_matrix_free(x)
            gsl_vector_free(observed)
            gsl_vector_free(coefficients)
            gsl_matrix_free(covariance)
            gsl_multifit_linear_free(work)
        }
        for i in 0..<n {
            gsl_vector_set(observed, i, y[i])
            for j in 0..<p { gsl_matrix_set(x, i, j, columns[j][i]) }
        }
        var rss = 0.0
        guard gsl_multifit_linear(x, observed, coefficients, covariance, &rss, work) == GSL_SUCCESS else { return nil }
        let fitted = (0..<n).map { i in (0..<p).reduce(0.0) { $0 + gsl_matrix_get(x, i, $1) * gsl_vector_get(coefficients, $1) } }
        return (fitted, rss)
    }
}
