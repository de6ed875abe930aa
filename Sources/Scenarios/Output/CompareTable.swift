import Foundation
import SimKernel
import YouthCare

/// A comparison's headlines on the console: one aligned row per headline with the base, the variant, the
/// paired difference and its 95 % interval, and the verdict; numbers with thousands separators and as many
/// decimals as the interval supports (an interval of 867.2 to 867.4 is not "867 to 867").
public enum CompareTable {
    public static func render(_ comparison: Comparison) -> String {
        var rows = [["figure", "unit", comparison.baseName, comparison.variantName, "difference", "95 % interval", "verdict"]]
        var quiet: [String] = []
        for headline in Headline.all {
            guard let verdict = comparison.verdict(headline), let row = comparison.rows.first(where: { $0.metric == headline.metric })
            else { continue }
            let d = verdict.difference
            let digits = decimals(d)
            let n = { (value: Double) in number(value, decimals: digits) }
            if !verdict.distinguishable { quiet.append(headline.label.lowercased()) }
            rows.append([
                headline.label, headline.unit, n(row.base.mean), n(row.variant.mean), signed(n(d.mean), d.mean),
                "\(n(d.lower)) to \(n(d.upper))",
                verdict.distinguishable ? [verdict.direction, verdict.judgement].compactMap { $0 }.joined(separator: ", ") : "-",
            ])
        }
        var text = SummaryTable.align(rows)
        if !quiet.isEmpty { text += "\nNot distinguishable from noise (verdict -): " + quiet.joined(separator: "; ") + "." }
        return text
    }

    /// Decimals that show the interval's width: two significant digits of its half-width, none for widths of
    /// tens or more, at most four; a difference without spread (the same in every replication), as its size asks.
    static func decimals(_ d: Summary) -> Int {
        let width = d.halfWidth > 0 ? d.halfWidth : abs(d.mean)
        guard width > 0, width.isFinite else { return 0 }
        return min(4, max(0, 1 - Int(log10(width).rounded(.down))))
    }

    /// `value` with `decimals` decimals and a comma between thousands: 37,722,648; -0.0 as 0.
    static func number(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "-" }
        let text = String(format: "%.\(decimals)f", abs(value))
        let parts = text.split(separator: ".", maxSplits: 1)
        var whole = String(parts[0])
        var grouped = ""
        while whole.count > 3 {
            grouped = "," + whole.suffix(3) + grouped
            whole = String(whole.dropLast(3))
        }
        let magnitude = whole + grouped + (parts.count > 1 ? "." + parts[1] : "")
        let zero = magnitude.allSatisfy { "0.,".contains($0) }
        return value < 0 && !zero ? "-" + magnitude : magnitude
    }

    /// A number in a sentence, rounded as `SummaryTable.format` rounds it, with thousands separated.
    public static func readable(_ value: Double) -> String {
        let magnitude = abs(value)
        return magnitude >= 100 || magnitude == 0 ? number(value, decimals: 0) : SummaryTable.format(value)
    }

    /// A difference with its sign: +4.9, -3.1, 0.
    static func signed(_ text: String, _ value: Double) -> String {
        text.hasPrefix("-") || text.allSatisfy({ "0.,".contains($0) }) || value <= 0 ? text : "+" + text
    }
}
