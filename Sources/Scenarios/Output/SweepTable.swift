import BuildOrigin
import SimKernel
import YouthCare

/// A sweep's files from its points: each finished point is a record (its row of the printed table and its
/// lines of sweep.csv), so a sweep, a resumed sweep and merged shards write the same bytes (all but
/// run.json, which names the build and the command).
public enum SweepTable {
    /// The headlines the printed table shows per point: specialist starts, specialist wait and waiting list,
    /// time to help.
    static let shown = [Headline.all[1], Headline.all[3], Headline.all[5], Headline.all[6]]

    /// What point `index` gives the sweep's files: its row of the printed table (tab-separated, first
    /// line) and its lines of sweep.csv.
    public static func record(point index: Int, of base: Scenario, _ summaries: [Metric: Summary], style: CSVStyle) -> String {
        let labels = base.sweepPoint(index).map { ParameterCatalog.definition($0.key)!.format($0.value) }
        var csv = ""
        for metric in summaries.keys.sorted() {
            let s = summaries[metric]!
            csv += style.row(
                [String(index)] + labels + [
                    metric.name, metric.group.key, metric.year.map(String.init) ?? "",
                    style.number(s.mean), style.number(s.standardDeviation), style.number(s.lower),
                    style.number(s.upper), String(s.count),
                ])
        }
        let row =
            [String(index)] + labels
            + shown.map { h in
                summaries[h.metric].map { s in
                    "\(SummaryTable.format(s.mean)) [\(SummaryTable.format(s.lower)), \(SummaryTable.format(s.upper))]"
                } ?? "-"
            }
        return row.joined(separator: "\t") + "\n" + csv
    }

    /// sweep.csv and scenario.yaml into `staged` from every point's record in order; returns the printed table.
    public static func write(_ base: Scenario, records: [String], style: CSVStyle, into staged: StagedDirectory) throws -> String {
        var csv = style.row(["point"] + base.sweeps.map(\.key) + ["metric", "group", "year", "mean", "sd", "lower95", "upper95", "n"])
        var rows: [[String]] = [["point"] + base.sweeps.map(\.key) + shown.map { "\($0.label) (\($0.unit))" }]
        for record in records {
            let (row, lines) = parse(record)
            rows.append(row)
            csv += lines
        }
        try staged.write("sweep.csv", csv)
        try staged.write("scenario.yaml", ScenarioWriter.yaml(base))
        try staged.write("run.json", Origin.sweepJSON(command: CommandLine.arguments))
        return SummaryTable.align(rows)
    }

    static func parse(_ record: String) -> (row: [String], csv: String) {
        let split = record.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        return (split[0].split(separator: "\t", omittingEmptySubsequences: false).map(String.init), split.count > 1 ? String(split[1]) : "")
    }
}
