import ArgumentParser
import Foundation
import Scenarios
import SimKernel
import YouthCare

struct Uncertainty: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "How sure: the probability that a variant is better, given what is not known, and which unknown matters.",
        discussion: paragraphs(
            """
            compare's intervals cover only the model's own random variation, with every parameter at its
            value. But many values are assumptions: the consultation function's effects, the natural course
            of needs, durations, prices. Each of those has a distribution beside its default ('jeugdsim
            describe' shows it, with where its bounds come from). This command draws them together (a Latin
            hypercube of --draws parameter sets), and for every draw runs the base and each variant on common
            random numbers with --replications each (default 20). A value a scenario file or --set gives is the
            policy's choice and is not drawn; --fix keeps another at its value.

            On screen and in Results/uncertainty-<base>/: per variant and headline the mean difference over
            the draws, its 95 % range (2.5 to 97.5 % of the draws), the probability that the variant is better,
            and how much of the spread comes from the parameters rather than from simulation noise
            (uncertainty.csv); every draw's values and differences (draws.csv); the probability that each
            option has the highest net benefit at a willingness to pay per child-year of unmet need avoided
            from EUR 0 to 200,000 (acceptability.csv); and what knowing each parameter, each group of them and
            all of them would be worth to the decision, in euros a year (evppi.csv: the expected value of
            partial perfect information by regression, Strong, Oakley and Brennan 2014). Net benefit is minus
            spending minus the willingness to pay times the child-years of unmet need.

            Cost: draws x (variants + 1) x replications municipality replications, and a warm-start pilot
            per draw: 200 draws x 20 replications of a base and one variant take some minutes. Each finished
            draw is recorded as it ends: after a kill, the same command with --resume runs only the draws that
            are missing and writes the same bytes. --shard I/N runs part I of N of the draws into
            DIR/shard.json (--out DIR); 'jeugdsim merge' joins the shards, 'jeugdsim slurm --uncertainty'
            runs them on a cluster.

            Examples:
              jeugdsim uncertainty Scenarios/baseline-municipality.yaml \\
                  Scenarios/front-2fte-shift.yaml Scenarios/front-2fte-add.yaml -r 20
              jeugdsim uncertainty Scenarios/baseline-municipality.yaml \\
                  Scenarios/front-2fte-shift.yaml --draws 50 -r 10 --fix money.indexation
            """))

    @Argument(help: "The base scenario file.")
    var base: String

    @Argument(help: "One or more variant scenario files.")
    var variants: [String]

    @Option(help: "Parameter sets to draw (Latin hypercube).")
    var draws = 100

    @OptionGroup var options: RunOptions

    @Option(
        help: ArgumentHelp(
            "Euros a year worth paying per child-year of unmet need avoided, for the value of information.", valueName: "euros"))
    var willingnessToPay = UncertaintyResults.defaultWillingnessToPay

    @Option(help: ArgumentHelp("Keep an uncertain parameter at its value (repeatable).", valueName: "key"))
    var fix: [String] = []

    @Option(help: "Directory for the results (default: Results); with --shard, the shard's directory.")
    var out: String?

    @OptionGroup var csv: CSVOption

    @OptionGroup var steadyState: SteadyStateOption

    @Flag(help: "Continue an analysis that was killed or crashed: run only the draws it had not finished (same options).")
    var resume = false

    @OptionGroup var sharding: ShardOption

    /// Replications per scenario and draw: a draw's mean needs fewer than a comparison's, as the spread over
    /// the draws, not one draw's interval, is what the analysis reads.
    var replications: Int { options.replications ?? 20 }

    func validate() throws {
        try checkCount("--draws", draws, 2...100_000)
        try checkCount("--replications", replications, 2...10_000)
        try options.refusePrecision("uncertainty (each draw runs --replications)")
        guard willingnessToPay >= 0 && willingnessToPay.isFinite else {
            throw ValidationError("--willingness-to-pay must be a number of euros of at least 0, got \(willingnessToPay)")
        }
    }

    func run() throws {
        let baseScenario = try options.scenario(base)
        let job = UncertaintyJob(
            variants: try variants.map { try options.scenario($0) }, draws: draws, replications: replications, fixed: fix,
            steadyState: steadyState.steadyState, willingnessToPay: willingnessToPay)
        let analysis: UncertaintyAnalysis
        do { analysis = try job.analysis(base: baseScenario) } catch let error as RunnerError { throw CommandError(error.description) }
        // Each draw's warm-start pilot is kept on disk, as every console command keeps them: a resumed run reuses it.
        PilotCache.shared.keep(in: PilotDisk())
        if let (number, count) = try sharding.shard(total: draws, of: "draws") {
            return try runShard(number, of: count, analysis: analysis, job: job)
        }
        let root = URL(fileURLWithPath: out ?? "Results")
        let staged = try StagedDirectory(root.appendingPathComponent(UncertaintyResults.folder(base: baseScenario.name)))
        let record = try SweepProgress(
            beside: staged, fingerprint: job.fingerprint(base: baseScenario, style: csv.style), resume: resume, work: "uncertainty analysis"
        )
        let done = (0..<draws).filter { finished($0, record, job) != nil }.count
        if resume {
            FileHandle.standardError.write(
                Data("Resuming: \(done) of \(draws) draws already done; running the other \(draws - done).\n".utf8))
        }
        let perDraw = (job.variants.count + 1) * replications
        let progress = Progress(total: (draws - done) * perDraw, label: "uncertainty (\(draws - done) draws)")
        var ran = 0
        let paired = try (0..<draws).map { i in
            if let draw = finished(i, record, job) { return draw }
            let draw = analysis.runDraw(i, threads: options.threads)
            try record.record(i, DrawRecord.encode(draw))
            ran += 1
            progress.update(ran * perDraw)
            return draw
        }
        let results = UncertaintyResults(analysis: analysis, paired: paired)
        try results.write(into: staged, willingnessToPay: willingnessToPay, style: csv.style)
        try staged.commit()
        record.remove()
        print(UncertaintySummary.render(results, willingnessToPay: willingnessToPay))
        print("\nResults in \(staged.target.path)/")
    }

    /// Draw i as the record of an earlier run kept it, if it did.
    func finished(_ i: Int, _ record: SweepProgress, _ job: UncertaintyJob) -> [[[Double]]]? {
        record.finished(i).flatMap { DrawRecord.decode($0, variants: job.variants.count, replications: job.replications) }
    }

    /// Shard `number` of `count`: its draws' records in shard.json, for `jeugdsim merge`.
    func runShard(_ number: Int, of count: Int, analysis: UncertaintyAnalysis, job: UncertaintyJob) throws {
        let name = analysis.base.name
        let staged = try StagedDirectory(URL(fileURLWithPath: out ?? "Results/uncertainty-\(name)-shard-\(number)-of-\(count)"))
        var shard = Shard(kind: .uncertainty, number: number, count: count, dutchCSV: csv.dutchCSV, scenario: analysis.base)
        shard.uncertainty = job
        let part = Shard.part(number, of: count, total: draws)
        let progress = Progress(total: part.count * (job.variants.count + 1) * replications, label: "uncertainty shard \(number)/\(count)")
        shard.draws = part.map { i in
            defer { progress.update((i - part.lowerBound + 1) * (job.variants.count + 1) * replications) }
            return (i, DrawRecord.encode(analysis.runDraw(i, threads: options.threads)))
        }
        try staged.write(Shard.fileName, shard.json())
        try staged.write("scenario.yaml", ScenarioWriter.yaml(analysis.base))
        try staged.commit()
        print(
            "Shard \(number)/\(count) of the uncertainty analysis of \(name): draws \(part.lowerBound + 1) to \(part.upperBound) "
                + "in \(staged.target.path)/")
    }
}
