import SimKernel
import YouthCare

/// What a euro buys (`docs/model.md`, unmet need): a variant's extra spending per child-year of unmet need
/// it avoids against its base, from the paired replications (an incremental cost-effectiveness ratio). When
/// both differences are distinguishable from noise and point the same way, no ratio is needed: the variant
/// is dominant (spends less and children live fewer years with an unmet need) or dominated (the reverse).
public struct CostEffectiveness: Sendable {
    public enum Verdict: String, Sendable {
        case dominant, dominated
        /// Spends more and avoids unmet need: the ratio is the price of a child-year avoided.
        case costsMoreAvoidsMore
        /// Spends less and adds unmet need: the ratio is what a child-year added saves.
        case costsLessAddsMore
        /// Neither difference distinguishable from noise in a way that gives a verdict.
        case undetermined
    }

    /// Paired differences, variant minus base: spending per year, and child-years of unmet need avoided per
    /// year (base minus variant, so that avoiding is positive).
    public let spending: Summary
    public let avoided: Summary
    /// Spending per child-year avoided, with Fieller's 95 % interval (`RatioOfMeans`).
    public let perChildYearAvoided: RatioOfMeans
    public let verdict: Verdict

    static let spendMetric = Metric(.spendPerYear)
    static let unmetMetric = Metric(.unmetNeedChildYears)

    /// Nil when the results carry no spending or unmet need, or fewer than two replications.
    public init?(base: [ReplicationResult], variant: [ReplicationResult]) {
        guard base.count == variant.count, base.count > 1,
            let b = Self.values(base), let v = Self.values(variant)
        else { return nil }
        let costs = zip(v.spend, b.spend).map { $0 - $1 }
        let gains = zip(b.unmet, v.unmet).map { $0 - $1 }
        spending = Summary(costs)
        avoided = Summary(gains)
        perChildYearAvoided = RatioOfMeans(numerators: costs, denominators: gains)
        switch (spending.excludesZero ? spending.mean.sign : nil, avoided.excludesZero ? avoided.mean.sign : nil) {
        case (.minus, .plus): verdict = .dominant
        case (.plus, .minus): verdict = .dominated
        case (_, .plus): verdict = .costsMoreAvoidsMore
        case (_, .minus): verdict = .costsLessAddsMore
        default: verdict = .undetermined
        }
    }

    static func values(_ results: [ReplicationResult]) -> (spend: [Double], unmet: [Double])? {
        let spend = results.compactMap { $0.figures[spendMetric] }
        let unmet = results.compactMap { $0.figures[unmetMetric] }
        return spend.count == results.count && unmet.count == results.count ? (spend, unmet) : nil
    }

    /// One plain-language line: "Cost-effectiveness: ... dominant ..." or the price of a child-year avoided.
    public func sentence(variant: String, format: (Double) -> String) -> String {
        let cost = "spending \(format(spending.mean)) euros a year (95 % CI \(format(spending.lower)) to \(format(spending.upper)))"
        let gain =
            "unmet need avoided \(format(avoided.mean)) child-years a year (95 % CI \(format(avoided.lower)) to \(format(avoided.upper)))"
        let ratio = perChildYearAvoided
        let interval =
            ratio.interval.map { "95 % CI \(format($0.lowerBound)) to \(format($0.upperBound)), Fieller" } ?? "interval unbounded"
        switch verdict {
        case .dominant:
            return
                "Cost-effectiveness: \(variant) is dominant: it spends less and children live fewer years with an unmet need "
                + "(\(cost); \(gain))."
        case .dominated:
            return
                "Cost-effectiveness: \(variant) is dominated: it spends more and children live more years with an unmet need "
                + "(\(cost); \(gain))."
        case .costsMoreAvoidsMore:
            return "Cost-effectiveness: \(format(ratio.ratio)) euros per child-year of unmet need avoided (\(interval)); \(cost); \(gain)."
        case .costsLessAddsMore:
            return
                "Cost-effectiveness: \(variant) saves \(format(ratio.ratio)) euros per child-year of unmet need it adds "
                + "(\(interval)); \(cost); \(gain)."
        case .undetermined:
            return
                "Cost-effectiveness: no verdict, neither difference is distinguishable from noise in a way that decides (\(cost); \(gain))."
        }
    }

    /// `<variant>-cost-effectiveness.csv`: the verdict, both paired differences and the ratio with its
    /// interval (its bounds empty when the interval is unbounded).
    public func csv(base: String, variant: String, _ style: CSVStyle) -> String {
        let bounds = perChildYearAvoided.interval
        return style.row([
            "base", "variant", "verdict", "spending_difference_mean", "spending_difference_lower95", "spending_difference_upper95",
            "unmet_need_avoided_mean", "unmet_need_avoided_lower95", "unmet_need_avoided_upper95", "euros_per_child_year_avoided",
            "euros_per_child_year_avoided_lower95", "euros_per_child_year_avoided_upper95",
        ])
            + style.row(
                [base, variant, verdict.rawValue] + [spending, avoided].flatMap { [$0.mean, $0.lower, $0.upper].map(style.number) }
                    + [
                        style.number(perChildYearAvoided.ratio), bounds.map { style.number($0.lowerBound) } ?? "",
                        bounds.map { style.number($0.upperBound) } ?? "",
                    ])
    }
}
