import SimKernel
import YouthCare

/// "Where?": for a system of regions (`Region`), which regions bear a comparison's change; for a region of
/// municipalities (`Municipality`), which municipalities. Per headline of money and need, how many regions'
/// (municipalities') paired differences are distinguishably higher or lower, and those with the largest of
/// each, with their 95 % intervals (their own figures, `region:<name>` or `municipality:<name>`).
public enum RegionTable {
    /// What the table is by: regions, or municipalities.
    public enum Part: CaseIterable, Sendable {
        case region, municipality

        var prefix: String { self == .region ? "region:" : "municipality:" }
        var plural: String { self == .region ? "regions" : "municipalities" }
        /// The console's heading of the table.
        public var heading: String { self == .region ? "By region" : "By municipality" }
    }

    /// The figures the regions are compared by: spending and unmet need, a year.
    static let figures: [(figure: Figure, label: String, unit: String)] = [
        (.spendPerYear, "spending", "euros a year"), (.unmetNeedChildYears, "unmet need", "child-years a year"),
    ]
    /// Lines for the console, or nil when the comparison has no regions (municipalities).
    public static func render(_ comparison: Comparison, by part: Part = .region, shown: Int = 3) -> String? {
        let prefix = part.prefix
        var lines: [String] = []
        for (figure, label, unit) in figures {
            let rows = comparison.rows.filter {
                $0.metric.figure == figure && $0.metric.year == nil && $0.metric.group.key.hasPrefix(prefix)
                    && !$0.metric.group.key.contains("/")
            }
            guard !rows.isEmpty else { continue }
            let name = { (row: Comparison.Row) in String(row.metric.group.key.dropFirst(prefix.count)) }
            let cell = { (row: Comparison.Row) in
                let f = CompareTable.readable
                return "\(name(row)) \(f(row.difference.mean)) (\(f(row.difference.lower)) to \(f(row.difference.upper)))"
            }
            let higher = rows.filter { $0.difference.lower > 0 }.sorted { $0.difference.mean > $1.difference.mean }
            let lower = rows.filter { $0.difference.upper < 0 }.sorted { $0.difference.mean < $1.difference.mean }
            var line = "\(label.prefix(1).uppercased() + label.dropFirst()) (\(unit)): distinguishably higher in \(higher.count) "
            line +=
                "of \(rows.count) \(part.plural), lower in \(lower.count), "
                + "not distinguishable in \(rows.count - higher.count - lower.count)"
            // Each region's interval is at 95 %: among many regions a few fall outside by chance alone.
            let byChance = Int((Double(rows.count) * 0.05).rounded())
            line += byChance > 0 ? " (by chance alone about \(byChance) would differ)." : "."
            if !higher.isEmpty { line += " Most higher: " + higher.prefix(shown).map(cell).joined(separator: "; ") + "." }
            if !lower.isEmpty { line += " Most lower: " + lower.prefix(shown).map(cell).joined(separator: "; ") + "." }
            lines.append(line)
        }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }
}
