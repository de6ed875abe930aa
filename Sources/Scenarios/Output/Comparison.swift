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
    /// How the number of replications was chosen, when a precision rule chose it (`compare --precision`).
    public var precision: PrecisionOutcome?
    /// The paired replications.
    public var replications: Int { rows.first?.base.count ?? 0 }
    /// The paired difference in spending summed from the first reported year to each year: where it turns
    /// in the variant's favour, the variant has paid back what it cost.
    public let cumulativeSpending: [(year: Int, difference: Summary)]
    /// Spending per child-year of unmet need avoided, or dominance (nil without both figures).
    public let costEffectiveness: CostEffectiveness?

    public init(base: Scenario, baseResults: [ReplicationResult], variant: Scenario, variantResults: [ReplicationResult]) {
        baseName = base.name
        variantName = variant.name
        costEffectiveness = CostEffectiveness(base: baseResults, variant: variantResults)
        let metrics = Set(baseResults.first?.figures.keys.map { $0 } ?? []).intersection(
            variantResults.first?.figures.keys.map { $0 } ?? [])
        rows = metrics.sorted().map { metric in
            let b = baseResults.map { $0.figures[metric]! }
            let v = variantResults.map { $0.figures[metric]! }
            return Row(metric: metric, base: Summary(b), variant: Summary(v), difference: .paired(base: b, variant: v))
        }
        let spendYears = metrics.filter { $0.figure == .spend && $0.group == .total && $0.year != nil }.compactMap(\.year).sorted()
        var running = [Double](repeating: 0, count: baseResults.count)
        cumulativeSpending = spendYears.map { year in
            let metric = Metric(.spend, .total, year: year)
            for r in running.indices { running[r] += variantResults[r].figures[metric]! - baseResults[r].figures[metric]! }
            return (year, Summary(running))
        }
    }

    /// A headline's rows per reported year, in year order.
    public func years(of headline: Headline) -> [Row] {
        rows.filter { $0.metric.figure == headline.metric.figure && $0.metric.group == headline.metric.group && $0.metric.year != nil }
            .sorted { $0.metric.year! < $1.metric.year! }
    }

    /// When a headline's difference shows: the first year from which its paired difference is
    /// distinguishable from noise, on the same side of zero, in every year to the end; nil when the last
    /// year's is not.
    public func when(_ headline: Headline) -> Int? {
        let rows = years(of: headline)
        guard let last = rows.last, last.difference.excludesZero else { return nil }
        let side = last.difference.mean > 0
        var from = last.metric.year!
        for row in rows.reversed().dropFirst() {
            guard row.difference.excludesZero && (row.difference.mean > 0) == side else { break }
            from = row.metric.year!
        }
        return from
    }

    /// Payback: the first year from which the cumulative spending difference stays in the variant's favour
    /// (at or below zero) to the end, by its mean and by its whole 95 % interval; nil when it does not
    /// within the horizon.
    public var payback: (mean: Int?, distinguishable: Int?) {
        func from(_ favourable: (Summary) -> Bool) -> Int? {
            var year: Int?
            for entry in cumulativeSpending.reversed() {
                guard favourable(entry.difference) else { break }
                year = entry.year
            }
            return year
        }
        return (from { $0.mean <= 0 }, from { $0.upper < 0 })
    }

    /// A headline's verdict, decided once here for every place that shows it (the console's table, the
    /// verdicts file the report and notebooks read).
    public struct Verdict: Sendable {
        public let headline: Headline
        public let difference: Summary
        /// The base's and the variant's means.
        public let base: Double
        public let variant: Double
        /// Whether the 95 % interval of the paired difference excludes zero.
        public let distinguishable: Bool
        /// "higher" or "lower" when distinguishable, else nil.
        public var direction: String? { distinguishable ? (difference.mean > 0 ? "higher" : "lower") : nil }
        /// "better" or "worse" when distinguishable and the headline has a better side, else nil.
        public var judgement: String? {
            guard distinguishable, let higher = headline.higherIsBetter else { return nil }
            return higher == (difference.mean > 0) ? "better" : "worse"
        }
        /// The year from which the difference is distinguishable, on the last year's side, every year (`when`).
        public let fromYear: Int?

        /// The verdict in a sentence in `language` (nl or en; `VerdictSentence`).
        public func sentence(_ language: String) -> String { VerdictSentence.text(self, language) }
    }

    /// The verdict on `headline`, or nil when the results carry no such figure.
    public func verdict(_ headline: Headline) -> Verdict? {
        guard let row = rows.first(where: { $0.metric == headline.metric }) else { return nil }
        return Verdict(
            headline: headline, difference: row.difference, base: row.base.mean, variant: row.variant.mean,
            distinguishable: row.difference.excludesZero, fromYear: when(headline))
    }

    /// `<variant>-verdicts.csv`: every headline's verdict (direction, distinguishable, better or worse, from which
    /// year, and the verdict in a sentence in Dutch and in English for the report to show), then the payback:
    /// the spending difference summed since the start, the year from which it stays at or below zero by its
    /// mean, and by its whole interval.
    public func verdictsCSV(_ style: CSVStyle) -> String {
        var out = style.row([
            "base", "variant", "metric", "group", "difference_mean", "difference_lower95", "difference_upper95", "distinguishable",
            "direction", "judgement", "from_year", "from_year_whole_interval", "sentence_nl", "sentence_en",
        ])
        for headline in Headline.all {
            guard let v = verdict(headline) else { continue }
            out += style.row(
                [baseName, variantName, headline.metric.name, headline.metric.group.key]
                    + [v.difference.mean, v.difference.lower, v.difference.upper].map(style.number)
                    + [v.distinguishable ? "yes" : "no", v.direction ?? "", v.judgement ?? "", v.fromYear.map(String.init) ?? "", ""]
                    + LocalizedText.languages.map(v.sentence))
        }
        if let last = cumulativeSpending.last {
            let d = last.difference
            let judgement = d.excludesZero ? (d.mean < 0 ? "better" : "worse") : ""
            out += style.row(
                [baseName, variantName, "spend.cumulative", "total"] + [d.mean, d.lower, d.upper].map(style.number)
                    + [d.excludesZero ? "yes" : "no", d.excludesZero ? (d.mean > 0 ? "higher" : "lower") : "", judgement]
                    + [payback.mean.map(String.init) ?? "", payback.distinguishable.map(String.init) ?? "", "", ""])
        }
        return out
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
    /// Every headline year by year, and the cumulative spending difference: `<variant>-years.csv`.
    public func yearsCSV(_ style: CSVStyle) -> String {
        var out = style.row([
            "base", "variant", "metric", "group", "year", "base_mean", "variant_mean", "difference_mean", "difference_lower95",
            "difference_upper95", "distinguishable",
        ])
        func line(_ name: String, _ group: String, _ year: Int, _ base: Double, _ variant: Double, _ d: Summary) {
            out += style.row([
                baseName, variantName, name, group, String(year), style.number(base), style.number(variant), style.number(d.mean),
                style.number(d.lower), style.number(d.upper), d.excludesZero ? "yes" : "no",
            ])
        }
        for headline in Headline.all {
            for row in years(of: headline) {
                line(row.metric.name, row.metric.group.key, row.metric.year!, row.base.mean, row.variant.mean, row.difference)
            }
        }
        for (year, difference) in cumulativeSpending {
            let base = rows.filter { $0.metric.figure == .spend && $0.metric.group == .total && ($0.metric.year ?? .max) <= year }
            line(
                "spend.cumulative", "total", year, base.reduce(0) { $0 + $1.base.mean }, base.reduce(0) { $0 + $1.variant.mean }, difference
            )
        }
        return out
    }

    /// The directory of the paired differences against `base`, beside the scenarios' own.
    public static func folder(base: String) -> String { "compare-\(base)" }
}
