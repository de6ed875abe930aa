/// What knowing a parameter for certain would be worth to a decision (Claxton 1999, "The irrelevance of
/// inference"; Strong, Oakley and Brennan 2014, "Estimating multiparameter partial expected value of perfect
/// information from a probabilistic sensitivity analysis sample: a nonparametric regression approach").
///
/// The decision chooses among a base and its options; each option's incremental net benefit over the base
/// (positive: better than the base) is known per draw of a probabilistic sensitivity analysis. The expected
/// value of partial perfect information (EVPPI) of parameters φ is E_φ[max_d E(INB_d | φ)] - max_d E(INB_d),
/// the base's INB being 0: the conditional expectations are estimated by regressing each option's INB on φ
/// (`SplineRegression`), which also averages out the simulation's noise in each draw's INB.
public enum ValueOfInformation {
    /// EVPPI of the parameters whose values per draw are `parameters[i]` (one row per draw), for options
    /// with incremental net benefits `incremental[d][i]` (option d, draw i) over the base. Never negative;
    /// nil when there are too few draws to regress on so many parameters (`SplineRegression`).
    public static func partial(incremental: [[Double]], parameters: [[Double]]) -> Double? {
        var fitted: [[Double]] = []
        for values in incremental {
            guard let fit = SplineRegression.fitted(values, on: parameters) else { return nil }
            fitted.append(fit)
        }
        return expectedGain(fitted)
    }

    /// E_i[max(0, max_d v[d][i])] - max(0, max_d E_i v[d][i]): what choosing per draw gains over choosing once.
    public static func expectedGain(_ values: [[Double]]) -> Double {
        guard let draws = values.first?.count, draws > 0 else { return 0 }
        let n = Double(draws)
        let perDraw = (0..<draws).reduce(0.0) { sum, i in sum + values.reduce(0.0) { Swift.max($0, $1[i]) } } / n
        let once = values.reduce(0.0) { Swift.max($0, $1.reduce(0, +) / n) }
        return Swift.max(0, perDraw - once)
    }
}
