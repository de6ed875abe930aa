import BuildOrigin
import Foundation
import SimKernel
import YouthCare

/// Runs scenarios and writes what they give: the one way `run`, `compare`, `sweep`, `calibrate` and
/// `merge` produce results, so that each command is its arguments and one call here.
public struct ScenarioRunner: Sendable {
    /// Threads for replications (nil: one per core). Results do not depend on it.
    public var threads: Int?
    /// How CSV files separate fields and write decimals.
    public var style: CSVStyle
    /// The build (versions, commit, model fingerprint) and command line, recorded in run.json.
    public var origin: Origin
    public var command: [String]
    /// Called when `total` replications named `label` start; returns what to call with the number done.
    public var progress: @Sendable (_ label: String, _ total: Int) -> @Sendable (Int) -> Void
    /// Called with a warning about results just written (a service that cannot keep up).
    public var warn: @Sendable (String) -> Void = { _ in }

    public init(
        threads: Int? = nil, style: CSVStyle = .standard, origin: Origin = .thisBuild, command: [String] = CommandLine.arguments,
        progress: @escaping @Sendable (_ label: String, _ total: Int) -> @Sendable (Int) -> Void = { _, _ in { _ in } }
    ) {
        self.threads = threads
        self.style = style
        self.origin = origin
        self.command = command
        self.progress = progress
    }

    /// The scenario's replications, or those of `range` (a shard): replication r draws the same numbers
    /// whichever range runs it.
    public func simulate(_ scenario: Scenario, replications range: Range<Int>? = nil, label: String? = nil) -> [ReplicationResult] {
        let range = range ?? 0..<scenario.replications
        let update = progress(label ?? scenario.name, range.count)
        return Experiment.run(scenario.parameters, replications: range, seed: scenario.seed, threads: threads) { update($0) }
    }

    /// Region runs `tasks` of a scenario of regions (a shard's part), as the records a shard keeps
    /// (`Experiment.regionRecords`).
    public func regionRecords(_ scenario: Scenario, tasks: Range<Int>, label: String) -> [String] {
        let update = progress(label, tasks.count)
        return Experiment.regionRecords(scenario.parameters, tasks: tasks, seed: scenario.seed, threads: threads) { update($0) }
    }

    /// Runs `scenario` and writes its results into `directory`; the caller commits it (a comparison
    /// replaces all its directories together).
    public func run(_ scenario: Scenario, into directory: StagedDirectory) throws -> [ReplicationResult] {
        let started = Date()
        let results = simulate(scenario)
        try write(scenario, results, into: directory, wallSeconds: Date().timeIntervalSince(started))
        return results
    }

    /// As many replications as `precision` takes (`PrecisionRule`); how many, and why, goes to run.json.
    public func run(
        _ scenario: Scenario, into directory: StagedDirectory, precision: PrecisionRule
    ) throws -> (results: [ReplicationResult], outcome: PrecisionOutcome) {
        let started = Date()
        var scenario = scenario
        let run = simulate(scenario, toPrecision: precision)
        scenario.replications = run.base.count
        try write(scenario, run.base, into: directory, wallSeconds: Date().timeIntervalSince(started), precision: run.outcome)
        return (run.base, run.outcome)
    }

    /// Writes the results of `scenario`, run here or merged from shards (`threads` as run.json records it).
    public func write(
        _ scenario: Scenario, _ results: [ReplicationResult], into directory: StagedDirectory, wallSeconds: Double,
        threads: Int? = nil, precision: PrecisionOutcome? = nil
    ) throws {
        let cautions = [
            OfferedLoad.caution(scenario.name, Experiment.summarise(results)), warmUpCaution(scenario, results),
            scenario.scaleWarning.map { RunCaution(kind: .scale, text: $0) },
        ].compactMap { $0 }
        let info = ResultsWriter.RunInfo(
            origin: origin, wallSeconds: wallSeconds, threads: threads ?? Replicator(threads: self.threads).threads,
            command: command, precision: precision, cautions: cautions)
        try ResultsWriter(scenario: scenario, results: results, style: style).write(into: directory, run: info)
        for caution in cautions { warn(caution.text) }
    }

    /// Warns when a service's offered load is at or above 1 (`OfferedLoad`).
    func warnIfOverloaded(_ label: String, _ results: [ReplicationResult]) {
        if let caution = OfferedLoad.caution(label, Experiment.summarise(results)) { warn(caution.text) }
    }

    /// The base and each variant on common random numbers (the base's seed and replications), each into
    /// its directory under `root`, and the paired differences into `root/compare-<base>/`; with `attribute`,
    /// also where each difference comes from (`<variant>-attribution.csv`). Every directory is opened
    /// before any work and replaced only when all are written. Each variant starts from the base's status
    /// quo and takes effect at the first reported month (`Scenario.statusQuo`), unless `steadyState` asks
    /// for the policy as if it had always existed.
    public func compare(
        _ base: Scenario, _ variants: [Scenario], under root: URL, attribute: Bool = false, precision: PrecisionRule? = nil,
        steadyState: Bool = false, whileHeld: ([Comparison]) throws -> Void = { _ in }
    ) throws -> [Comparison] {
        var base = base
        var variants = variants.map { variant in
            var variant = steadyState ? variant : variant.startingFrom(base)
            variant.seed = base.seed
            variant.replications = base.replications
            return variant
        }
        let names = [base.name] + variants.map(\.name)
        let folders = names + [Comparison.folder(base: base.name)]
        if let twice = folders.first(where: { name in folders.filter { $0 == name }.count > 1 }) {
            throw RunnerError(
                "two results directories would be named '\(twice)' and overwrite each other; give each scenario a 'name:' of its own")
        }
        let directories = try folders.map { try StagedDirectory(root.appendingPathComponent($0)) }
        let started = Date()
        // To a stated precision, the batches run first; otherwise each scenario runs as it is written.
        var byPrecision: (base: [ReplicationResult], variants: [[ReplicationResult]], outcome: PrecisionOutcome)?
        if let precision {
            let run = simulate(base, variants, toPrecision: precision)
            byPrecision = run
            base.replications = run.base.count
            for i in variants.indices { variants[i].replications = run.base.count }
        }
        func results(_ scenario: Scenario, _ index: Int?, into directory: StagedDirectory) throws -> [ReplicationResult] {
            guard let byPrecision else { return try run(scenario, into: directory) }
            let results = index.map { byPrecision.variants[$0] } ?? byPrecision.base
            try write(scenario, results, into: directory, wallSeconds: Date().timeIntervalSince(started), precision: byPrecision.outcome)
            return results
        }
        let baseResults = try results(base, nil, into: directories[0])
        var comparisons: [Comparison] = []
        for (index, (variant, directory)) in zip(variants, directories.dropFirst()).enumerated() {
            let results = try results(variant, index, into: directory)
            var comparison = Comparison(base: base, baseResults: baseResults, variant: variant, variantResults: results)
            comparison.precision = byPrecision?.outcome
            try directories.last!.write("\(comparison.variantName).csv", comparison.csv(style))
            try directories.last!.write("\(comparison.variantName)-years.csv", comparison.yearsCSV(style))
            try directories.last!.write("\(comparison.variantName)-verdicts.csv", comparison.verdictsCSV(style))
            if let ratio = comparison.costEffectiveness {
                let name = "\(comparison.variantName)-cost-effectiveness.csv"
                try directories.last!.write(name, ratio.csv(base: comparison.baseName, variant: comparison.variantName, style))
            }
            if attribute {
                let attribution = self.attribute(base, baseResults, variant, results)
                try directories.last!.write("\(comparison.variantName)-attribution.csv", attribution.csv(style))
                comparison.attribution = attribution
            }
            comparisons.append(comparison)
        }
        try CommitJournal.commit(directories)
        // Still under the directories' locks: what the command adds (the report) belongs to these results.
        try whileHeld(comparisons)
        return comparisons
    }

    /// Sweep point `index` of `base`, as its record in the sweep's files.
    public func sweepPoint(_ index: Int, of base: Scenario) -> String {
        let label = "point \(index + 1)/\(base.sweepPointCount)"
        let results = simulate(base.atSweepPoint(index), label: label)
        warnIfOverloaded("\(base.name) \(label)", results)
        return SweepTable.record(point: index, of: base, Experiment.summarise(results), style: style)
    }

    /// The scenario set against the national statistics it is calibrated to.
    public func calibrate(_ scenario: Scenario) -> CalibrationTable {
        let results = simulate(scenario)
        warnIfOverloaded(scenario.name, results)
        return CalibrationTable(rows: CalibrationTarget.table(results))
    }

    /// Each service's offered load over `replications` of `scenario`, as comment lines (`describe --load`).
    public func offeredLoad(_ scenario: Scenario, replications: Int) -> [String] {
        var scenario = scenario
        scenario.replications = replications
        return OfferedLoad.comments(Experiment.summarise(simulate(scenario)), replications: replications)
    }
}

/// A run that cannot go on, and why.
public struct RunnerError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
