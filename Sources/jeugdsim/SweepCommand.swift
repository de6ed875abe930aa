import ArgumentParser
import BuildOrigin
import Foundation
import Scenarios
import SimKernel
import YouthCare

struct Sweep: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a scenario at every point of a parameter sweep.",
        discussion: paragraphs(
            """
            Sweeps come from the scenario's 'sweep:' section or from --set key=v1,v2,... (several keys give
            every combination). All points share the seed: common random numbers, so differences between
            points are not noise from different draws. Prints one row per point and writes
            Results/<scenario>-sweep/sweep.csv (one row per point and figure, with 95 % intervals).
            Each finished point is recorded as it ends; after a kill or a crash, the same command with --resume
            runs only the points that are missing and writes the same bytes as an uninterrupted sweep.

            Examples:
              jeugdsim sweep Scenarios/baseline-municipality.yaml \\
                  --set consultation.fte=0,1,2,4
              jeugdsim sweep Scenarios/front-sweep.yaml -r 50
              jeugdsim sweep Scenarios/front-sweep.yaml -r 50 --resume   # after a kill
            """))

    @Argument(help: "Scenario file (YAML). Omit for the built-in baseline.")
    var scenario: String?

    @OptionGroup var options: RunOptions

    @Option(help: "Results directory (default: Results/<scenario name>-sweep).")
    var out: String?

    @OptionGroup var csv: CSVOption

    @Flag(help: "Continue a sweep that was killed or crashed: run only the points it had not finished (same scenario, seed and options).")
    var resume = false

    @OptionGroup var sharding: ShardOption

    func validate() throws { try options.refusePrecision("sweep") }

    func run() throws {
        let base = try options.scenario(scenario, allowLists: true)
        guard !base.sweeps.isEmpty else {
            throw ValidationError("nothing to sweep: give --set key=v1,v2,... or a 'sweep:' section in the scenario")
        }
        let style = csv.style
        let runner = options.runner(style)
        if let (number, count) = try sharding.shard(total: base.sweepPointCount, of: "sweep points") {
            return try runShard(number, of: count, base: base, runner: runner)
        }
        let staged = try StagedDirectory(URL(fileURLWithPath: out ?? "Results/\(base.name)-sweep"))
        let build = Origin.thisBuild
        let fingerprint = "jeugdsim \(build.version) \(build.fingerprint)\nseparator \(style.separator)\n" + ScenarioWriter.yaml(base)
        let progress = try SweepProgress(beside: staged, fingerprint: fingerprint, resume: resume)
        let points = 0..<base.sweepPointCount
        let done = points.filter { progress.finished($0) != nil }.count
        if resume {
            let line = "Resuming: \(done) of \(points.count) points already done; running the other \(points.count - done).\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
        let records = try points.map { index in
            try progress.finished(index)
                ?? {
                    let record = runner.sweepPoint(index, of: base)
                    try progress.record(index, record)
                    return record
                }()
        }
        print(try SweepTable.write(base, records: records, style: style, into: staged))
        try staged.commit()
        progress.remove()
        print("\nResults in \(staged.target.path)/")
    }

    /// Shard `number` of `count`: its points' records in shard.json, for `jeugdsim merge`.
    func runShard(_ number: Int, of count: Int, base: Scenario, runner: ScenarioRunner) throws {
        let staged = try StagedDirectory(URL(fileURLWithPath: out ?? "Results/\(base.name)-sweep-shard-\(number)-of-\(count)"))
        var shard = Shard(kind: .sweep, number: number, count: count, dutchCSV: csv.dutchCSV, scenario: base)
        let part = Shard.part(number, of: count, total: base.sweepPointCount)
        shard.points = part.map { ($0, runner.sweepPoint($0, of: base)) }
        try staged.write(Shard.fileName, shard.json())
        try staged.write("scenario.yaml", ScenarioWriter.yaml(base))
        try staged.commit()
        print(
            "Shard \(number)/\(count) of \(base.name): sweep points \(part.lowerBound + 1) to \(part.upperBound) "
                + "in \(staged.target.path)/")
    }
}
