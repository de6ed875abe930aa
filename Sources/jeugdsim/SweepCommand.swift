import ArgumentParser
import Foundation
import Scenarios
import SimKernel
import YouthCare

struct Sweep: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a scenario at every point of a parameter sweep.",
        discussion: """
        Sweeps come from the scenario's 'sweep:' section or from --set key=v1,v2,... (several keys give
        every combination). All points share the seed: common random numbers, so differences between
        points are not noise from different draws. Prints one row per point and writes
        Results/<scenario>-sweep/sweep.csv (one row per point and figure, with 95 % intervals).
        Each finished point is recorded as it ends; after a kill or a crash, the same command with --resume
        runs only the points that are missing and writes the same bytes as an uninterrupted sweep.

        Examples:
          jeugdsim sweep Scenarios/baseline-municipality.yaml --set consultation.fte=0,1,2,4
          jeugdsim sweep Scenarios/front-sweep.yaml -r 50
          jeugdsim sweep Scenarios/front-sweep.yaml -r 50 --resume     after an interrupted run
        """)

    @Argument(help: "Scenario file (YAML). Omit for the built-in baseline.")
    var scenario: String?

    @OptionGroup var options: RunOptions

    @Option(help: "Results directory (default: Results/<scenario name>-sweep).")
    var out: String?

    @Flag(help: "Write CSV for Dutch spreadsheet settings.")
    var dutchCSV = false

    @Flag(help: "Continue a sweep that was killed or crashed: run only the points it had not finished (same scenario, seed and options).")
    var resume = false

    @OptionGroup var sharding: ShardOption

    func run() throws {
        let base = try options.scenario(scenario, allowLists: true)
        guard !base.sweeps.isEmpty else {
            throw ValidationError("nothing to sweep: give --set key=v1,v2,... or a 'sweep:' section in the scenario")
        }
        let style: CSVStyle = dutchCSV ? .dutch : .standard
        if let (number, count) = try sharding.shard(total: base.sweepPointCount, of: "sweep points") {
            return try runShard(number, of: count, base: base, style: style)
        }
        let staged = try StagedDirectory(URL(fileURLWithPath: out ?? "Results/\(base.name)-sweep"))
        let fingerprint = "jeugdsim \(JeugdSim.version)\nseparator \(style.separator)\n" + ScenarioWriter.yaml(base)
        let progress = try SweepProgress(beside: staged, fingerprint: fingerprint, resume: resume)
        let points = 0..<base.sweepPointCount
        let done = points.filter { progress.finished($0) != nil }.count
        if resume {
            let line = "Resuming: \(done) of \(points.count) points already done; running the other \(points.count - done).\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
        let records = try points.map { index in
            try progress.finished(index) ?? {
                let record = simulatePoint(index, of: base, style: style)
                try progress.record(index, record)
                return record
            }()
        }
        try Self.write(base, records: records, style: style, into: staged)
        try staged.commit()
        progress.remove()
        print("\nResults in \(staged.target.path)/")
    }

    func simulatePoint(_ index: Int, of base: Scenario, style: CSVStyle) -> String {
        let results = options.simulate(base.atSweepPoint(index), label: "point \(index + 1)/\(base.sweepPointCount)")
        return Self.record(point: index, of: base, Experiment.summarise(results), style: style)
    }

    /// Shard `number` of `count`: its points' records in shard.json, for `jeugdsim merge`.
    func runShard(_ number: Int, of count: Int, base: Scenario, style: CSVStyle) throws {
        let staged = try StagedDirectory(URL(fileURLWithPath: out ?? "Results/\(base.name)-sweep-shard-\(number)-of-\(count)"))
        var shard = Shard(kind: .sweep, version: JeugdSim.version, number: number, count: count, dutchCSV: dutchCSV, scenario: base)
        let part = Shard.part(number, of: count, total: base.sweepPointCount)
        shard.points = part.map { ($0, simulatePoint($0, of: base, style: style)) }
        try staged.write(Shard.fileName, shard.json())
        try staged.write("scenario.yaml", ScenarioWriter.yaml(base))
        try staged.commit()
        print("Shard \(number)/\(count) of \(base.name): sweep points \(part.lowerBound + 1) to \(part.upperBound) "
            + "in \(staged.target.path)/")
    }

    /// The sweep's table on standard output, and sweep.csv and scenario.yaml into `staged`, from every
    /// point's record in order: one way for a sweep, a resumed sweep and merged shards.
    static func write(_ base: Scenario, records: [String], style: CSVStyle, into staged: StagedDirectory) throws {
        var csv = style.row(["point"] + base.sweeps.map(\.key) + ["metric", "group", "year", "mean", "sd", "lower95", "upper95", "n"])
        var rows: [[String]] = [["point"] + base.sweeps.map(\.key) + shown.map { "\($0.label) (\($0.unit))" }]
        for record in records {
            let (row, lines) = parse(record)
            rows.append(row)
            csv += lines
        }
        print(SummaryTable.align(rows))
        try staged.write("sweep.csv", csv)
        try staged.write("scenario.yaml", ScenarioWriter.yaml(base))
    }

    static let shown = [Headline.all[1], Headline.all[3], Headline.all[5], Headline.all[6]]

    /// What a finished point gives the sweep's files: its row of the printed table (tab-separated, first
    /// line) and its lines of sweep.csv.
    static func record(point index: Int, of base: Scenario, _ summaries: [Metric: Summary], style: CSVStyle) -> String {
        let labels = base.sweepPoint(index).map { ParameterCatalog.definition($0.key)!.format($0.value) }
        var csv = ""
        for metric in summaries.keys.sorted() {
            let s = summaries[metric]!
            csv += style.row([String(index)] + labels + [metric.name, metric.group.key, metric.year.map(String.init) ?? "",
                              style.number(s.mean), style.number(s.standardDeviation), style.number(s.lower),
                              style.number(s.upper), String(s.count)])
        }
        let row = [String(index)] + labels + shown.map { h in
            summaries[h.metric].map { s in
                "\(SummaryTable.format(s.mean)) [\(SummaryTable.format(s.lower)), \(SummaryTable.format(s.upper))]"
            } ?? "-"
        }
        return row.joined(separator: "\t") + "\n" + csv
    }

    static func parse(_ record: String) -> (row: [String], csv: String) {
        let split = record.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        return (split[0].split(separator: "\t", omittingEmptySubsequences: false).map(String.init), split.count > 1 ? String(split[1]) : "")
    }
}
