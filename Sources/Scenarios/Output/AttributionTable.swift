import SimKernel
import YouthCare

/// An attribution as text: the sources as rows and the headlines people ask about first as columns, each
/// cell a contribution with its 95 % interval; then one sentence per headline naming its largest source.
public enum AttributionTable {
    /// The headlines shown as columns, with a short title (the CSV has every headline).
    static let columns: [(metric: Metric, title: String)] = [
        (Metric(.waitMean, .pooledSpecialist), "specialist wait (days)"),
        (Metric(.specialistStartsPerYear), "specialist starts a year"), (Metric(.waitMean, .service(.generalist)), "team wait (days)"),
        (Metric(.timeToHelpMean), "onset to help (days)"), (Metric(.perYearDroppedOut), "families lost a year"),
        (Metric(.spendPerYear), "spending (EUR a year)"),
    ]

    public static func render(_ attribution: Attribution) -> String {
        let headlines = columns.map(\.metric)
        var rows = [["source", ""] + columns.map(\.title)]
        func cell(_ s: Summary) -> String {
            "\(SummaryTable.format(s.mean)) [\(SummaryTable.format(s.lower)), \(SummaryTable.format(s.upper))]"
        }
        rows.append(["total difference", ""] + headlines.map { cell(attribution.totals[$0]!) })
        for source in Attribution.Source.allCases {
            rows.append(
                [source.label, ""]
                    + headlines.map { headline in
                        attribution.contributions(to: headline).first { $0.source == source }.map { cell($0.contribution) } ?? "-"
                    })
        }
        rows.append(["interaction and rest", ""] + headlines.map { cell(attribution.rest[$0]!) })
        var text = SummaryTable.align(rows)
        for headline in Headline.all where attribution.totals[headline.metric]?.excludesZero == true {
            if let sentence = attribution.sentence(headline, format: SummaryTable.format) { text += "\n" + sentence }
        }
        return text
    }
}
