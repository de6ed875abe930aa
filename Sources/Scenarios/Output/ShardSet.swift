import BuildOrigin
import Foundation
import YouthCare

/// Shards checked to belong together (same scenario, seed, options and build: version and model
/// fingerprint; every shard once),
/// with their work put back in order: what `jeugdsim merge` writes as one run's or one sweep's results.
public struct ShardSet {
    public let kind: Shard.Kind
    public let scenario: Scenario
    public let dutchCSV: Bool
    /// A run's replication results, in replication order.
    public let replications: [ReplicationResult]
    /// A sweep's point records, in point order.
    public let points: [String]
    /// An uncertainty analysis's job, and its draws' records in draw order (`DrawRecord`).
    public let uncertainty: UncertaintyJob?
    public let draws: [String]

    /// Checks `shards` (read from the directories named) against each other and against the build that
    /// merges them (`origin`).
    public init(_ shards: [(directory: URL, shard: Shard)], origin: Origin = .thisBuild) throws {
        guard let (firstDirectory, first) = shards.first else { throw ShardError("no shards to merge") }
        let reference = ScenarioWriter.yaml(first.scenario)
        var byNumber: [Int: URL] = [:]
        for (directory, shard) in shards {
            let name = directory.path
            if shard.origin.fingerprint != origin.fingerprint || shard.origin.version != origin.version {
                let built = { (o: Origin) in "jeugdsim \(o.version), model fingerprint \(o.fingerprint), commit \(o.commit)" }
                throw ShardError(
                    "\(name) was written by \(built(shard.origin)); this is \(built(origin)). A different model can "
                        + "give different results: run every shard and the merge with one build")
            }
            if shard.kind != first.kind || shard.count != first.count || shard.dutchCSV != first.dutchCSV {
                throw ShardError(
                    "\(name) is shard \(shard.number)/\(shard.count) of a \(shard.kind.rawValue), \(firstDirectory.path) is "
                        + "\(first.number)/\(first.count) of a \(first.kind.rawValue)"
                        + (shard.dutchCSV != first.dutchCSV ? " (one with --dutch-csv)" : "") + ": "
                        + "they are not shards of one job")
            }
            if shard.scenario.seed != first.scenario.seed {
                throw ShardError(
                    "\(name) was run with seed \(shard.scenario.seed), "
                        + "\(firstDirectory.path) with seed \(first.scenario.seed)")
            }
            let text = ScenarioWriter.yaml(shard.scenario)
            if text != reference {
                let difference = zip(text.split(separator: "\n"), reference.split(separator: "\n")).first { $0 != $1 }
                throw ShardError(
                    "\(name) and \(firstDirectory.path) ran different scenarios"
                        + (difference.map { ": the first has '\($0.0)' where the second has '\($0.1)'" } ?? ""))
            }
            if shard.uncertainty?.json.render() != first.uncertainty?.json.render() {
                throw ShardError(
                    "\(name) and \(firstDirectory.path) are shards of different uncertainty analyses (variants, draws, "
                        + "replications, fixed parameters or willingness to pay)")
            }
            if let other = byNumber[shard.number] {
                throw ShardError("shard \(shard.number)/\(shard.count) is given twice: \(other.path) and \(name)")
            }
            byNumber[shard.number] = directory
        }
        let missing = (1...first.count).filter { byNumber[$0] == nil }
        guard missing.isEmpty else {
            let one = missing.count == 1
            throw ShardError(
                "shard\(one ? "" : "s") \(missing.map(String.init).joined(separator: ", ")) of \(first.count) "
                    + "\(one ? "is" : "are") missing; run \(one ? "it" : "them") (jeugdsim slurm --resume does) and merge again")
        }
        kind = first.kind
        scenario = first.scenario
        dutchCSV = first.dutchCSV
        let ordered = shards.sorted { $0.shard.number < $1.shard.number }
        uncertainty = first.uncertainty
        let total = Shard.total(kind, scenario, draws: first.uncertainty?.draws ?? 0)
        for (directory, shard) in ordered {
            let indices =
                switch kind {
                case .run where first.isRegional: shard.regionRuns.map(\.index)
                case .run: shard.replications.map(\.index)
                case .sweep: shard.points.map(\.index)
                case .uncertainty: shard.draws.map(\.index)
                }
            guard indices == Array(Shard.part(shard.number, of: shard.count, total: total)) else {
                throw ShardError("\(directory.path) does not hold the \(shard.workField) shard \(shard.number)/\(shard.count) should")
            }
        }
        // A run's shards hold no points or draws, a sweep's no replications or draws, an analysis's only draws;
        // a run of regions holds its regions' runs, merged here into replications as in one process.
        if first.isRegional {
            do {
                replications = try Experiment.replications(
                    scenario.parameters, regionRecords: ordered.flatMap { $0.shard.regionRuns.map(\.record) })
            } catch let error as RegionRecordError {
                throw ShardError("the shards' region runs do not merge: \(error.description)")
            }
        } else {
            replications = ordered.flatMap { $0.shard.replications.map(\.result) }
        }
        points = ordered.flatMap { $0.shard.points.map(\.record) }
        draws = ordered.flatMap { $0.shard.draws.map(\.record) }
    }
}
