import SimKernel
import YouthCare

/// What a probabilistic sensitivity analysis gives (`UncertaintyAnalysis`): per variant and headline the
/// spread of the paired difference over the draws and the probability that the variant is better; the
/// acceptability curve; and the value of knowing each unknown (`ValueOfInformation`). Net benefit is in
/// euros a year: minus spending, minus the willingness to pay times the child-years of unmet need.
public struct UncertaintyResults: Sendable {
    /// The headlines' figures, in `Headline.all`'s order.
    static let measures: [Metric] = Headline.all.map(\.metric)

    public let analysis: UncertaintyAnalysis
    /// `differences[v][i][h]`: variant v's paired difference from the base in draw i, headline h, over the
    /// draw's replications.
    public let differences: [[[Summary]]]

    /// From every draw's paired differences (`paired[i][v][h]`: draw i, variant v, headline h, one per
    /// replication), as `UncertaintyAnalysis.runDraw` gives them: run here or merged from shards alike.
    public init(analysis: UncertaintyAnalysis, paired: [[[[Double]]]]) {
        self.analysis = analysis
        differences = analysis.variants.indices.map { v in paired.map { draw in draw[v].map { Summary($0) } } }
    }

    /// The willingness to pay the value of information is stated for, unless a run asks another: EUR 50,000
    /// a child-year of unmet need avoided (assumption: within the EUR 20,000-80,000 per quality-adjusted
    /// life year of the Dutch reference values, Zorginstituut Nederland, "Kosteneffectiviteit in de
    /// praktijk", 2015; a child-year lived with an unmet need is not a lost life year, hence the middle).
    public static let defaultWillingnessToPay = 50_000.0
    /// The acceptability curve's willingness to pay: EUR 0 to 200,000 a child-year in steps of 10,000.
    public static let acceptabilityGrid = stride(from: 0.0, through: 200_000, by: 10_000).map { $0 }

    /// One variant's headline over the draws.
    public struct Row: Sendable {
        public let variant: String
        public let headline: Headline
        /// The draws' mean difference, and its 2.5, 50 and 97.5 % quantiles over the draws.
        public let mean: Double
        public let quantiles: [Double]
        /// The share of draws in which the variant is better (nil for a headline with no better side).
        public let probabilityBetter: Double?
        /// How much of the spread of the draws' differences comes from the parameters, and how much from the
        /// simulation's noise in each draw's mean (within-draw variance over the replications).
        public let shareFromParameters: Double
        public let shareFromNoise: Double
    }

    public var rows: [Row] {
        analysis.variants.indices.flatMap { v in
            Headline.all.enumerated().map { h, headline in
                let draws = differences[v].map { $0[h] }
                let means = draws.map(\.mean)
                let better = headline.higherIsBetter.map { higher in
                    Double(means.filter { higher ? $0 > 0 : $0 < 0 }.count) / Double(means.count)
                }
                let summary = Summary(means)
                let spread = summary.standardDeviation
                let noise =
                    draws.reduce(0.0) { $0 + $1.standardDeviation * $1.standardDeviation / Double(max($1.count, 1)) }
                    / Double(draws.count)
                let total = spread * spread
                let fromNoise = total > 0 ? min(1, noise / total) : 0
                return Row(
                    variant: analysis.variants[v].name, headline: headline, mean: summary.mean,
                    quantiles: Summary.quantiles(means, [0.025, 0.5, 0.975]), probabilityBetter: better,
                    shareFromParameters: total > 0 ? 1 - fromNoise : 0, shareFromNoise: fromNoise)
            }
        }
    }

    static let spend = Headline.all.firstIndex { $0.metric == Metric(.spendPerYear) }!
    static let unmet = Headline.all.firstIndex { $0.metric == Metric(.unmetNeedChildYears) }!

    /// Variant v's incremental net benefit over the base in each draw, in euros a year at `willingnessToPay`
    /// per child-year of unmet need avoided.
    public func incrementalNetBenefit(_ v: Int, willingnessToPay: Double) -> [Double] {
        differences[v].map { -$0[Self.spend].mean - willingnessToPay * $0[Self.unmet].mean }
    }

    /// Per willingness to pay, the share of draws in which each option (the base, then each variant) has
    /// the highest net benefit: the cost-effectiveness acceptability curve.
    public func acceptability(at grid: [Double] = acceptabilityGrid) -> [(willingnessToPay: Double, probabilityBest: [Double])] {
        grid.map { wtp in
            let incremental = analysis.variants.indices.map { incrementalNetBenefit($0, willingnessToPay: wtp) }
            var best = [Double](repeating: 0, count: incremental.count + 1)
            for i in 0..<analysis.draws {
                let option = incremental.indices.reduce(0) { choice, v in
                    incremental[v][i] > (choice == 0 ? 0 : incremental[choice - 1][i]) ? v + 1 : choice
                }
                best[option] += 1
            }
            return (wtp, best.map { $0 / Double(analysis.draws) })
        }
    }

    /// The 95th percentile of the EVPPI of 50 uniform parameters the model never reads (from a stream of the
    /// base's seed): the regression's own upward bias at this number of draws (Strong, Oakley and Brennan
    /// 2014 note it). Nil when the draws are too few for one.
    func noiseFloor(_ incremental: [[Double]]) -> Double? {
        let streams = RandomStreams(seed: analysis.base.seed)
        let stream = streams.stream("uncertainty noise floor")
        let values = (0..<50).compactMap { _ in
            ValueOfInformation.partial(incremental: incremental, parameters: (0..<analysis.draws).map { _ in [stream.uniform()] })
        }
        withExtendedLifetime(streams) {}
        return values.isEmpty ? nil : Summary.quantiles(values, [0.95])[0]
    }

    /// The value of partial perfect information about one parameter, a group, or all of them together.
    public struct Information: Sendable {
        public enum Kind: String, Sendable {
            case all, group, parameter
            /// What a parameter the model does not read at all scores by chance at these draws (the 95th
            /// percentile over 50 such parameters): below it, a parameter's value is not told from noise.
            case noiseFloor = "noise floor"
        }
        public let kind: Kind
        public let name: String
        /// Euros a year: what deciding with the unknown known would gain on average; nil when the draws are
        /// too few to regress on so many parameters (fewer than two more than the parameters).
        public let euros: Double?
    }

    /// The expected value of perfect information (all parameters), then per group and per parameter (each
    /// list from the highest value down), at `willingnessToPay`.
    public func valueOfInformation(willingnessToPay: Double) -> [Information] {
        let incremental = analysis.variants.indices.map { incrementalNetBenefit($0, willingnessToPay: willingnessToPay) }
        let parameters = analysis.parameters
        func value(_ columns: [Int]) -> Double? {
            ValueOfInformation.partial(incremental: incremental, parameters: analysis.values.map { row in columns.map { row[$0] } })
        }
        let all = Information(kind: .all, name: "all parameters", euros: value(Array(parameters.indices)))
        let groups = UncertaintyGroup.allCases.compactMap { group -> Information? in
            let columns = parameters.indices.filter { parameters[$0].group == group }
            return columns.isEmpty ? nil : Information(kind: .group, name: group.rawValue, euros: value(columns))
        }
        let single = parameters.indices.map { Information(kind: .parameter, name: parameters[$0].key, euros: value([$0])) }
        let byValue = { (a: Information, b: Information) in
            a.euros != b.euros ? (a.euros ?? -1) > (b.euros ?? -1) : a.name < b.name
        }
        let floor = Information(kind: .noiseFloor, name: "a parameter the model does not read", euros: noiseFloor(incremental))
        return [all] + groups.sorted(by: byValue) + single.sorted(by: byValue) + [floor]
    }
}
