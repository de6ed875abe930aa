/// White's MSER-5 rule for the end of a warm-up: the truncation point that minimises the marginal standard
/// error of what remains (White 1997, "An effective truncation heuristic for bias reduction in simulation
/// output"; White, Cobb and Spratt 2000; recommended by Hoad, Robinson and Davies 2010 among 42 methods).
///
/// The series (for example a waiting list, month by month, averaged over pilot replications) is averaged in
/// batches of five; for each truncation d (in batches) the statistic is
///
///     MSER(d) = sum over i >= d of (Z_i - mean of Z_d...)^2 / (k - d)^2
///
/// and the rule takes the d that minimises it, searched over the first half of the batches only (past it the
/// statistic rests on too few batches and drifts to the end). A series whose minimum falls at the end of
/// that half has not settled: `settled` says so.
public enum MSER {
    public struct Truncation: Sendable, Equatable {
        /// Observations to delete from the start of the series.
        public let observations: Int
        /// False when the minimum lies at the last truncation searched: the series may not have settled.
        public let settled: Bool
    }

    /// The truncation of `series` by MSER-`batch`.
    public static func truncation(_ series: [Double], batch: Int = 5) -> Truncation {
        precondition(batch > 0, "batches of at least one observation")
        let batches = series.count / batch
        guard batches >= 4 else { return Truncation(observations: 0, settled: false) }
        let means = (0..<batches).map { b in series[(b * batch)..<((b + 1) * batch)].reduce(0, +) / Double(batch) }
        // Sums from the end, so each truncation's mean and squares cost O(1).
        var sum = 0.0
        var squares = 0.0
        var statistic = [Double](repeating: .infinity, count: batches)
        for d in stride(from: batches - 1, through: 0, by: -1) {
            sum += means[d]
            squares += means[d] * means[d]
            let n = Double(batches - d)
            let variation = max(0, squares - sum * sum / n)
            statistic[d] = variation / (n * n)
        }
        let searched = batches / 2
        var best = 0
        for d in 1..<searched where statistic[d] < statistic[best] { best = d }
        return Truncation(observations: best * batch, settled: best < searched - 1)
    }
}
