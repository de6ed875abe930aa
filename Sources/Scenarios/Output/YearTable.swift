import SimKernel
import YouthCare

/// "And when?": a comparison year by year. The specialist wait and spending per year with their paired
/// 95 % intervals and the cumulative spending difference; then, for every headline, the year from which
/// its difference is distinguishable from noise and stays so, and the year the variant pays back.
public enum YearTable {
    public static func render(_ comparison: Comparison) -> String {
        let wait = Headline.all.first { $0.metric == Metric(.waitMean, .pooledSpecialist) }!
        let spend = Headline.all.first { $0.metric == Metric(.spendPerYear) }!
        let waits = Dictionary(uniqueKeysWithValues: comparison.years(of: wait).map { ($0.metric.year!, $0.difference) })
        let spending = Dictionary(uniqueKeysWithValues: comparison.years(of: spend).map { ($0.metric.year!, $0.difference) })
        let cell = { (s: Summary?) in
            s.map { s in
                let n = { CompareTable.number($0, decimals: CompareTable.decimals(s)) }
                return "\(n(s.mean)) [\(n(s.lower)), \(n(s.upper))]"
            } ?? "-"
        }
        var rows = [["year", "", "specialist wait (days)", "spending (EUR)", "spending since the start (EUR)"]]
        for (year, cumulative) in comparison.cumulativeSpending {
            rows.append([String(year), "", cell(waits[year]), cell(spending[year]), cell(cumulative)])
        }
        var text = SummaryTable.align(rows)
        // When each headline's difference shows and stays: one line per year, higher and lower apart.
        var from: [Int: (higher: [String], lower: [String])] = [:]
        var quiet: [String] = []
        for headline in Headline.all where !comparison.years(of: headline).isEmpty {
            let label = headline.label.prefix(1).lowercased() + headline.label.dropFirst()
            if let year = comparison.verdict(headline)?.fromYear {
                if comparison.years(of: headline).last!.difference.mean > 0 {
                    from[year, default: ([], [])].higher.append(label)
                } else {
                    from[year, default: ([], [])].lower.append(label)
                }
            } else {
                quiet.append(label)
            }
        }
        for year in from.keys.sorted() {
            let (higher, lower) = from[year]!
            let sides = [("higher", higher), ("lower", lower)].filter { !$0.1.isEmpty }.map { "\($0.0): \($0.1.joined(separator: "; "))" }
            text += "\nFrom \(year) on distinguishably " + sides.joined(separator: ". And ") + "."
        }
        if !quiet.isEmpty { text += "\nNot distinguishable from noise in the last year: " + quiet.joined(separator: "; ") + "." }
        text += "\n" + paybackSentence(comparison)
        return text
    }

    static func paybackSentence(_ comparison: Comparison) -> String {
        guard let last = comparison.cumulativeSpending.last else { return "Payback: no spending per year to compare." }
        let f = CompareTable.readable
        let (mean, distinguishable) = comparison.payback
        guard let year = mean else {
            return "Payback: not within the horizon; spending since the start differs by \(f(last.difference.mean)) euros by "
                + "\(last.year) (95 % CI \(f(last.difference.lower)) to \(f(last.difference.upper)))."
        }
        if year == comparison.cumulativeSpending.first?.year {
            return "Payback: \(comparison.variantName) spends no more than \(comparison.baseName) from the first year on"
                + (distinguishable.map { "; distinguishably less from \($0)." } ?? ", though not distinguishably less.")
        }
        return "Payback: spending since the start turns in \(comparison.variantName)'s favour in \(year)"
            + (distinguishable.map { ", distinguishably from \($0)." } ?? ", though not distinguishably by \(last.year).")
    }
}
