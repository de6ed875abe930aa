import ArgumentParser
import Foundation
import Scenarios
import SimKernel
import YouthCare

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a scenario and write its results.",
        discussion: paragraphs(
            """
            Runs the replications (in parallel on every core), prints the headline figures with their 95 %
            confidence intervals, and writes Results/<scenario name>/: scenario.yaml (every value with its
            provenance), summary.json, levels.csv, timeseries.csv, replications.csv, budget.csv and run.json.
            The results directory is replaced as a whole only when every file is written.

            Examples:
              jeugdsim run                     # the built-in baseline municipality
              jeugdsim run Scenarios/front-2fte-shift.yaml -r 200 --seed 7
              jeugdsim run Scenarios/baseline-municipality.yaml \\
                  --set generalist.fte=24 --out /tmp/more-fte
            """))

    @Argument(help: "Scenario file (YAML). Omit to run the built-in baseline municipality.")
    var scenario: String?

    @OptionGroup var options: RunOptions

    @Option(help: "Results directory (default: Results/<scenario name>).")
    var out: String?

    @OptionGroup var csv: CSVOption

    @Flag(help: "Also write report.html, the one-page report for a council member ('jeugdsim report --help').")
    var report = false

    @OptionGroup var language: ReportLanguage

    @OptionGroup var sharding: ShardOption

    func validate() throws {
        if sharding.shard != nil { try options.refusePrecision("a shard (--shard runs a share of the replications)") }
    }

    func run() throws {
        let scenario = try options.scenario(self.scenario)
        let what = scenario.regions.isEmpty ? "replications" : "region runs (replications x regions)"
        if let (number, count) = try sharding.shard(total: Shard.total(.run, scenario), of: what) {
            return try runShard(number, of: count, scenario: scenario)
        }
        // Opened before the work: a directory that is not jeugdsim's, or is being written, is refused now.
        let staged = try StagedDirectory(URL(fileURLWithPath: out ?? "Results/\(scenario.name)"))
        let started = Date()
        let runner = options.runner(csv.style)
        var outcome: PrecisionOutcome?
        let results: [ReplicationResult]
        if let rule = options.precisionRule {
            (results, outcome) = try runner.run(scenario, into: staged, precision: rule)
        } else {
            results = try runner.run(scenario, into: staged)
        }
        let wall = Date().timeIntervalSince(started)
        print(
            "\(scenario.name): \(results.count) replications, \(SummaryTable.format(scenario.parameters.run.years)) years "
                + "from \(scenario.parameters.run.startYear), seed \(scenario.seed)"
        )
        if let outcome { print("Replications: \(outcome.description).") }
        print(SummaryTable.render(Experiment.summarise(results)))
        try staged.commit()
        // Under the run's lock still, and recorded with its results: no other run comes between them.
        if report {
            try ReportWriter.write(for: staged.target, language: language.lang)
            try staged.record([ReportWriter.fileName(language.lang)])
        }
        print(
            "\nResults in \(staged.target.path)/ (\(String(format: "%.1f", wall)) s). "
                + "\(scenario.assumptions.count) values rest on assumptions: jeugdsim describe lists them.")
    }

    /// Shard `number` of `count`: its replications' results in shard.json, for `jeugdsim merge`.
    func runShard(_ number: Int, of count: Int, scenario: Scenario) throws {
        let staged = try StagedDirectory(URL(fileURLWithPath: out ?? "Results/\(scenario.name)-shard-\(number)-of-\(count)"))
        let part = Shard.part(number, of: count, total: Shard.total(.run, scenario))
        let label = "\(scenario.name) shard \(number)/\(count)"
        var shard = Shard(kind: .run, number: number, count: count, dutchCSV: csv.dutchCSV, scenario: scenario)
        if shard.isRegional {
            shard.regionRuns = Array(zip(part, options.runner().regionRecords(scenario, tasks: part, label: label)))
        } else {
            shard.replications = Array(zip(part, options.runner().simulate(scenario, replications: part, label: label)))
        }
        try staged.write(Shard.fileName, shard.json())
        try staged.write("scenario.yaml", ScenarioWriter.yaml(scenario))
        try staged.commit()
        print(
            "Shard \(number)/\(count) of \(scenario.name): \(shard.isRegional ? "region runs" : "replications") "
                + "\(part.lowerBound + 1) to \(part.upperBound) "
                + "in \(staged.target.path)/")
    }
}
