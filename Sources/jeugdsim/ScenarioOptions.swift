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

    @Option(name: .customLong("set"), help: ArgumentHelp("Override a parameter: --set generalist.fte=24 (repeatable).", valueName: "key=value"))
    var overrides: [String] = []

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1, got \(threads)") }
    }

    /// Runs the scenario's replications with a progress line on standard error.
    func simulate(_ scenario: Scenario, label: String? = nil) -> [ReplicationResult] {
        let progress = Progress(total: scenario.replications, label: label ?? scenario.name)
        return Experiment.run(scenario.parameters, replications: scenario.replications, seed: scenario.seed,
                              threads: threads) { progress.update($0) }
    }

    /// What run.json records of this run.
    func runInfo(wallSeconds: Double) -> ResultsWriter.RunInfo {
        .init(version: JeugdSim.version, wallSeconds: wallSeconds, threads: Replicator(threads: threads).threads,
              command: CommandLine.arguments)
    }

    /// The scenario from `path` (or the built-in default), with the command line's values applied and
    /// checked as a file's are.
    func scenario(_ path: String?, allowLists: Bool = false) throws -> Scenario {
        let settings = CommandLineSettings(assignments: overrides, replications: replications, seed: seed, years: years,
                                           allowSweeps: allowLists)
        return try reportingErrors { try settings.apply(to: loadScenario(path)) }
    }
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
struct CommandError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
