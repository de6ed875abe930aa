import Foundation
import SimKernel
import YouthCare

/// The headline figures as an aligned text table with 95 % intervals.
public enum SummaryTable {
    public static func render(_ summaries: [Metric: Summary]) -> String {
        var rows: [[String]] = [["figure", "unit", "mean", "95 % interval"]]
        for headline in Headline.all {
            guard let s = summaries[headline.metric] else { continue }
            rows.append([headline.label, headline.unit, format(s.mean), "\(format(s.lower)) to \(format(s.upper))"])
        }
        return align(rows)
    }

    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "-" }
        let magnitude = abs(value)
        if magnitude >= 100 { return String(format: "%.0f", value) }
        if magnitude >= 10 { return String(format: "%.1f", value) }
        return String(format: "%.3g", value)
    }

    public static func align(_ rows: [[String]]) -> String {
        let widths = rows[0].indices.map { c in rows.map { $0[c].count }.max()! }
        return rows.map { row in
            row.enumerated().map { c, cell in
                c == 0 || c == 1
                    ? cell.padding(toLength: widths[c], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[c] - cell.count) + cell
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
