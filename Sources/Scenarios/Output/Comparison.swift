import SimKernel
import YouthCare

/// Paired differences between a base and a variant run on common random numbers (same seed, same
/// replication indices, same stream names), with a plain-language verdict per headline figure.
public struct Comparison: Sendable {
    public struct Row: Sendable {
        public let metric: Metric
        public let base: Summary
        public let variant: Summary
        public let difference: Summary
    }

    public let baseName: String
    public let variantName: String
    public let rows: [Row]
    /// Where the difference comes from, when asked for (`compare --attribute`).
    public var attribution: Attribution?

    public init(base: Scenario, baseResults: [ReplicationResult], variant: Scenario, variantResults: [ReplicationResult]) {
        baseName = base.name
        variantName = variant.name
        let metrics = Set(baseResults.first?.figures.keys.map { $0 } ?? []).intersection(
            variantResults.first?.figures.keys.map { $0 } ?? [])
        rows = metrics.sorted().map { metric in
            let b = baseResults.map { $0.figures[metric]! }
            let v = variantResults.map { $0.figures[metric]! }
            return Row(metric: metric, base: Summary(b), variant: Summary(v), difference: .paired(base: b, variant: v))
        }
    }

    /// "Wait for specialist care: 52.1 -> 47.3 days; difference -4.8 (95 % CI -6.0 to -3.6): lower, distinguishable from noise."
    public func sentence(_ headline: Headline, format: (Double) -> String) -> String? {
        guard let row = rows.first(where: { $0.metric == headline.metric }) else { return nil }
        let d = row.difference
        var text = "\(headline.label): \(format(row.base.mean)) -> \(format(row.variant.mean)) \(headline.unit); "
        text += "difference \(format(d.mean)) (95 % CI \(format(d.lower)) to \(format(d.upper))): "
        guard d.excludesZero else { return text + "not distinguishable from noise." }
        let direction = d.mean > 0 ? "higher" : "lower"
        let judgement = headline.higherIsBetter.map { ($0 == (d.mean > 0)) ? " (better)" : " (worse)" } ?? ""
        return text + "\(direction) with \(variantName)\(judgement), distinguishable from noise."
    }

    public func csv(_ style: CSVStyle) -> String {
        var out = style.row([
            "base", "variant", "metric", "group", "year", "base_mean", "variant_mean",
            "difference_mean", "difference_lower95", "difference_upper95", "distinguishable",
        ])
        for row in rows {
            out += style.row([
                baseName, variantName, row.metric.name, row.metric.group.key, row.metric.year.map(String.init) ?? "",
                style.number(row.base.mean), style.number(row.variant.mean), style.number(row.difference.mean),
                style.number(row.difference.lower), style.number(row.difference.upper),
                row.difference.excludesZero ? "yes" : "no",
            ])
        }
        return out
    }
}

extension Comparison {
    /// The directory of the paired differences against `base`, beside the scenarios' own.
    public static func folder(base: String) -> String { "compare-\(base)" }
}
