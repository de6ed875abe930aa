import ArgumentParser
import Foundation
import Scenarios
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
        if let replications, replications < 2 {
            throw ValidationError("--replications must be at least 2 to give a confidence interval, got \(replications)")
        }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1, got \(threads)") }
        if let years, years <= 0 { throw ValidationError("--years must be positive, got \(years)") }
    }

    /// Runs the scenario's replications with a progress line on standard error.
    func simulate(_ scenario: Scenario, label: String? = nil) -> [ReplicationResult] {
        let progress = Progress(total: scenario.replications, label: label ?? scenario.name)
        return Experiment.run(scenario.parameters, replications: scenario.replications, seed: scenario.seed,
                              threads: threads) { progress.update($0) }
    }

    /// The scenario from `path` (or the built-in default), with the command line's overrides applied.
    func scenario(_ path: String?, allowLists: Bool = false) throws -> Scenario {
        var scenario = try loadScenario(path)
        if let replications { scenario.replications = replications }
        if let seed { scenario.seed = seed }
        if let years { scenario = scenario.setting("run.years", to: years, because: "command line --years") }
        for assignment in try Override.parse(overrides) {
            if assignment.values.count > 1 {
                guard allowLists else {
                    throw ValidationError("--set \(assignment.key) has \(assignment.values.count) values; several values belong to 'jeugdsim sweep'")
                }
                scenario.sweeps.append(Scenario.Sweep(key: assignment.key, values: assignment.values))
            } else {
                scenario = scenario.setting(assignment.key, to: assignment.values[0], because: "command line --set")
            }
        }
        return scenario
    }
}

/// Loads a scenario file, or the built-in default when no path is given; prints every error on failure.
func loadScenario(_ path: String?) throws -> Scenario {
    guard let path else { return Scenario.builtInDefault }
    do {
        return try ScenarioLoader.load(path)
    } catch let errors as ScenarioErrors {
        FileHandle.standardError.write(Data((errors.description + "\n").utf8))
        throw ExitCode.failure
    }
}

/// `key=value` or `key=v1,v2,...` from the command line, checked against the parameter catalog.
enum Override {
    struct Assignment {
        let key: String
        let values: [Double]
    }

    static func parse(_ texts: [String]) throws -> [Assignment] {
        try texts.map { text in
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { throw ValidationError("--set '\(text)': expected key=value") }
            guard let definition = ParameterCatalog.definition(parts[0]) else {
                throw ValidationError("--set '\(text)': unknown key '\(parts[0])'; 'jeugdsim describe' lists every key")
            }
            let values = try parts[1].split(separator: ",").map { raw -> Double in
                let word = raw.trimmingCharacters(in: .whitespaces)
                let value: Double?
                switch definition.kind {
                case .flag: value = ["true", "yes", "on"].contains(word) ? 1 : ["false", "no", "off"].contains(word) ? 0 : nil
                case .choice(let options): value = options.firstIndex(of: word).map(Double.init)
                case .integer: value = Int(word).map(Double.init)
                case .number: value = Double(word)
                }
                guard let value, definition.range.contains(value) else {
                    throw ValidationError("--set \(parts[0]): found '\(word)', expected \(definition.kind.expected) in \(definition.format(definition.range.lowerBound))...\(definition.format(definition.range.upperBound)) (\(definition.unit))")
                }
                return value
            }
            guard !values.isEmpty else { throw ValidationError("--set '\(text)': no value") }
            return Assignment(key: parts[0], values: values)
        }
    }
}
