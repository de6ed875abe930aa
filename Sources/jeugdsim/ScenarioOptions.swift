import ArgumentParser
import Foundation
import Scenarios
import SimKernel
import YouthCare

/// Options every simulating command shares: how many replications, which seed, which overrides.
struct RunOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Replications (default: the scenario's, 100 for the built-in one).")
    var replications: Int?

    @Option(help: "Master seed; the same seed gives the same numbers (default: the scenario's).")
    var seed: UInt64?

    @Option(help: "Reported years after warm-up (sets run.years).")
    var years: Double?

    @Option(help: "Threads for replications (default: one per core). Results do not depend on it.")
    var threads: Int?

    @Option(
        name: .customLong("set"),
        help: ArgumentHelp(
            "Override a parameter: --set generalist.fte=24 (repeatable); a share may be a percentage: --set onset.annualGrowth=6%; "
                + "a municipality's own value: --set municipalities.Zuiderveen.consultation.fte=3.",
            valueName: "key=value"))
    var overrides: [String] = []

    @Option(
        help: ArgumentHelp(
            "Run replications in batches of 10 until every headline's 95 % interval is within this share of its mean "
                + "(0.05: 5 %; near zero an absolute bound), confirmed by one more batch.", valueName: "share"))
    var precision: Double?

    @Option(help: "With --precision: the most replications to run.")
    var maxReplications = 500

    func validate() throws {
        if let threads { try checkCount("--threads", threads, 1...4096) }
        try checkCount("--max-replications", maxReplications, 2...Scenario.replicationRange.upperBound)
        if let precision, !(precision > 0 && precision < 1) {
            throw ValidationError("--precision must be a share between 0 and 1 (0.05 for 5 %), got \(precision)")
        }
        if precision != nil && maxReplications < 2 * PrecisionRule.batch {
            throw ValidationError("--max-replications must be at least \(2 * PrecisionRule.batch) (two batches), got \(maxReplications)")
        }
        if precision != nil && replications != nil {
            throw ValidationError("--precision chooses the number of replications; leave out --replications (or give --max-replications)")
        }
    }

    /// Refuses --precision where it cannot apply (a sweep, a calibration, a shard...), rather than
    /// running the scenario's replications as if it had not been given.
    func refusePrecision(_ command: String) throws {
        if precision != nil {
            throw ValidationError(
                "--precision applies to run and compare, not to \(command); give the replications with --replications")
        }
    }

    /// The precision rule, when --precision is given.
    var precisionRule: PrecisionRule? { precision.map { PrecisionRule(relative: $0, maximum: maxReplications) } }

    /// Runs scenarios on these threads with a progress line on standard error.
    func runner(_ style: CSVStyle = .standard) -> ScenarioRunner { .console(threads: threads, style: style) }

    /// The scenario from `path` (or the built-in default), with the command line's values applied and
    /// checked as a file's are, and refused when its replications side by side would not fit in memory.
    func scenario(_ path: String?, allowLists: Bool = false) throws -> Scenario {
        let settings = CommandLineSettings(
            assignments: overrides, replications: replications, seed: seed, years: years,
            allowSweeps: allowLists)
        let scenario = try reportingErrors { try settings.apply(to: loadScenario(path)) }
        if let problem = MemoryEstimate.problem(scenario, threads: threads) { throw CommandError(problem) }
        return scenario
    }
}

extension ScenarioRunner {
    /// A runner that shows progress and warnings on standard error, and keeps warm-start pilots on disk
    /// (`PilotDisk`), so that the next command of the same scenario and seed does not run its pilot again.
    static func console(threads: Int? = nil, style: CSVStyle = .standard) -> ScenarioRunner {
        PilotCache.shared.keep(in: PilotDisk())
        var runner = ScenarioRunner(threads: threads, style: style) { label, total in
            let progress = Progress(total: total, label: label)
            return { progress.update($0) }
        }
        runner.warn = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
        return runner
    }
}

/// `--dutch-csv`, shared by every command that writes CSV.
struct CSVOption: ParsableArguments {
    @Flag(help: "Write CSV for Dutch spreadsheet settings (';' between fields, ',' as decimal mark).")
    var dutchCSV = false

    var style: CSVStyle { dutchCSV ? .dutch : .standard }
}

/// Whether a variant is compared as if its policy had always existed, instead of from the base's status quo.
struct SteadyStateOption: ParsableArguments {
    @Flag(
        help: ArgumentHelp(
            "Compare each variant's steady state: its own values from the warm start on, as if the policy had always existed.",
            discussion: "Use it to compare long-run states; the default (from today) shows how a policy builds up and when it pays back."))
    var steadyState = false
}

/// Loads a scenario file, or the built-in default when no path is given; prints every error on failure.
func loadScenario(_ path: String?) throws -> Scenario {
    guard let path else { return Scenario.builtInDefault }
    return try reportingErrors { try ScenarioLoader.load(path) }
}

/// Runs `body`; scenario errors are printed in full on standard error and end the command with failure.
func reportingErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let errors as ScenarioErrors {
        FileHandle.standardError.write(Data((errors.description + "\n").utf8))
        throw ExitCode.failure
    }
}

/// A command that cannot go on, and why: printed as "Error: ..." with exit status 1 (not a usage error).
/// Refuses a count option outside `range` before any work: too many is a typing error, not a plan (a
/// billion points or replications would run for years, or allocate gigabytes up front).
func checkCount(_ name: String, _ value: Int, _ range: ClosedRange<Int>) throws {
    guard range.contains(value) else {
        throw ValidationError("\(name) must be from \(range.lowerBound) to \(range.upperBound), got \(value)")
    }
}

struct CommandError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
