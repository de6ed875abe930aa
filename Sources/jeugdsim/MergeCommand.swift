import ArgumentParser
import BuildOrigin
import Foundation
import Scenarios
import SimKernel
import YouthCare

struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Join the shards of a run, a sweep or an uncertainty analysis into the results one machine would have written.",
        discussion: paragraphs(
            """
            Each DIR holds a shard.json written by 'jeugdsim run --shard I/N', 'jeugdsim sweep --shard I/N' or
            'jeugdsim uncertainty --shard I/N' (on any machine). The shards must come from the same scenario,
            seed, options and build (jeugdsim version and model fingerprint: 'jeugdsim --version'), and every
            shard 1...N must be there once;
            anything else is refused with the reason. Replication results are merged exactly (every figure of
            every replication, not averages of summaries), so the files are byte-identical to an unsharded
            run's (all but run.json).

            Examples:
              jeugdsim run Scenarios/national-baseline.yaml --shard 1/2 --out shards/1
              jeugdsim run Scenarios/national-baseline.yaml --shard 2/2 --out shards/2
              jeugdsim merge shards/1 shards/2 --out Results/national-baseline
            """))

    @Argument(help: "Shard directories (each with a shard.json).")
    var shards: [String]

    @Option(
        help: "Results directory (default: Results/<scenario name>, Results/<name>-sweep for a sweep, Results/uncertainty-<base>).")
    var out: String?

    func run() throws {
        let started = Date()
        let read = try shards.map { path in
            let directory = URL(fileURLWithPath: path)
            return (directory: directory, shard: try Shard(directory: directory))
        }
        let set = try ShardSet(read)
        let scenario = set.scenario
        let style: CSVStyle = set.dutchCSV ? .dutch : .standard
        switch set.kind {
        case .run:
            let staged = try StagedDirectory(URL(fileURLWithPath: out ?? "Results/\(scenario.name)"))
            print("\(scenario.name): \(set.replications.count) replications from \(read.count) shards, seed \(scenario.seed)")
            print(SummaryTable.render(Experiment.summarise(set.replications)))
            try ScenarioRunner(style: style)
                .write(scenario, set.replications, into: staged, wallSeconds: Date().timeIntervalSince(started), threads: 1)
            try staged.commit()
            print("\nMerged results in \(staged.target.path)/")
        case .sweep:
            let staged = try StagedDirectory(URL(fileURLWithPath: out ?? "Results/\(scenario.name)-sweep"))
            print(try SweepTable.write(scenario, records: set.points, style: style, into: staged))
            try staged.commit()
            print("\nMerged sweep in \(staged.target.path)/")
        case .uncertainty:
            let job = set.uncertainty!
            let analysis = try job.analysis(base: scenario)
            let paired = try set.draws.enumerated().map { i, record in
                try DrawRecord.decode(record, variants: job.variants.count, replications: job.replications)
                    .unwrapOr(CommandError("draw \(i + 1) of the shards is malformed"))
            }
            let results = UncertaintyResults(analysis: analysis, paired: paired)
            let staged = try StagedDirectory(URL(fileURLWithPath: out ?? "Results/\(UncertaintyResults.folder(base: scenario.name))"))
            try results.write(into: staged, willingnessToPay: job.willingnessToPay, style: style)
            try staged.commit()
            print(UncertaintySummary.render(results, willingnessToPay: job.willingnessToPay))
            print("\nMerged uncertainty analysis in \(staged.target.path)/")
        }
    }
}

/// `--shard I/N`, shared by run and sweep: run only part I of N of the work, for `jeugdsim merge`.
struct ShardOption: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Run only shard I of N (replications of a run, or its region runs where it has regions; points of a sweep) into "
                + "shard.json; 'jeugdsim merge' joins the shards.",
            valueName: "I/N"))
    var shard: String?

    func validate() throws {
        if let shard, Shard.parse(shard) == nil {
            throw ValidationError("--shard takes I/N with 1 <= I <= N (shard 2 of 8: --shard 2/8), got '\(shard)'")
        }
    }

    /// The shard asked for, checked against how much work there is to share out.
    func shard(total: Int, of what: String) throws -> (number: Int, count: Int)? {
        guard let shard, let (number, count) = Shard.parse(shard) else { return nil }
        guard count <= total else {
            throw ValidationError("--shard \(shard): \(count) shards for \(total) \(what); use at most \(total) shards")
        }
        return (number, count)
    }
}

extension Optional {
    /// The value, or `error` thrown.
    func unwrapOr(_ error: Error) throws -> Wrapped {
        guard let self else { throw error }
        return self
    }
}
