import Foundation
import SimKernel

/// A part of the system that shares nothing with the others: its own neighbourhood teams, access,
/// providers and budget, for its own youths (`docs/model.md` section 10). A country run as its youth-care
/// regions is the sum of their runs: each region is the scenario's system scaled to its youths
/// (`ModelParameters.scaled`), on random streams of its own, and the country's figures are read from the
/// regions' books added up in the regions' order (`ReplicationBooks.merge`), so that they are the same on
/// any number of threads. Each region's own figures come beside them, under the group `region:<name>`.
public struct Region: Sendable, Hashable {
    public var name: String
    public var youths: Double

    public init(name: String, youths: Double) {
        self.name = name
        self.youths = youths
    }

    /// The seed of the region's random streams in a run on `seed`: named by the region, so it draws the same
    /// numbers whatever the other regions, and whichever thread or shard runs it.
    public func seed(_ seed: UInt64) -> UInt64 { StreamKey.derive(seed: seed, replication: 0, name: "region \(name)") }
}

extension ModelParameters {
    /// Region `index`'s system: these parameters scaled to its youths, as one region.
    public func region(_ index: Int) -> ModelParameters {
        var region = scaled(toYouths: regions[index].youths)
        region.regions = []
        return region
    }

    /// The reported months of the run (a part of a month counts as one).
    var reportedMonths: Int { max(1, Int((run.years * 12).rounded(.up))) }
}

extension Metric.Group {
    /// A figure of one region: the region's own `group` (`region:<name>`, `region:<name>/specialist`).
    public static func region(_ name: String, _ group: Metric.Group = .system) -> Metric.Group {
        Metric.Group(key: group.key.isEmpty ? "region:\(name)" : "region:\(name)/\(group.key)")
    }
}

extension Experiment.ClosedRun {
    // As a record: the text a shard of a run of regions keeps of a region's run (`Experiment.regionRecords`).
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return encoder
    }()

    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return decoder
    }()

    var record: String { String(decoding: try! Self.encoder.encode(self), as: UTF8.self) }
}

extension Experiment {
    /// Replications `range` of a system of regions, each merged from its regions' runs.
    static func runRegions(
        _ parameters: ModelParameters, replications range: Range<Int>, seed: UInt64, threads: Int?,
        progress: (@Sendable (Int) -> Void)?
    ) -> [ReplicationResult] {
        let count = parameters.regions.count
        let perReplication = progress.map { report in { @Sendable (done: Int) in report(done / count) } }
        let tasks = range.lowerBound * count..<range.upperBound * count
        let runs = regionRuns(parameters, tasks: tasks, seed: seed, threads: threads, progress: perReplication)
        return stride(from: 0, to: runs.count, by: count).map { merged(parameters, Array(runs[$0..<$0 + count])) }
    }

    /// Region runs `tasks` of a system of regions: task t is replication t / regions of region t % regions (the
    /// scenario's order), each a task of its own on `threads` threads, the largest regions first (so that no
    /// thread is left with a large region at the end); a region draws the same numbers whichever thread,
    /// shard or neighbours run it. In task order.
    static func regionRuns(
        _ parameters: ModelParameters, tasks: Range<Int>, seed: UInt64, threads: Int?, progress: (@Sendable (Int) -> Void)?
    ) -> [ClosedRun] {
        let regions = parameters.regions
        let order = tasks.sorted { (regions[$0 % regions.count].youths, $1) > (regions[$1 % regions.count].youths, $0) }
        let runs = Replicator(threads: threads).run(order.count, progress: progress) { k in
            let (replication, region) = order[k].quotientAndRemainder(dividingBy: regions.count)
            return (order[k], closedRun(parameters.region(region), seed: regions[region].seed(seed), replication: replication))
        }
        return runs.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// Region runs `tasks` of a system of regions (`regionRuns`), each as the record a shard keeps.
    public static func regionRecords(
        _ parameters: ModelParameters, tasks: Range<Int>, seed: UInt64, threads: Int? = nil, progress: (@Sendable (Int) -> Void)? = nil
    ) -> [String] {
        let parameters = withInitialStock(parameters, seed: seed, threads: threads)
        return regionRuns(parameters, tasks: tasks, seed: seed, threads: threads, progress: progress).map(\.record)
    }

    /// The replications of a system of regions from the records of all its region runs, in task order: the
    /// same figures as the regions run in one process.
    public static func replications(_ parameters: ModelParameters, regionRecords records: [String]) throws -> [ReplicationResult] {
        let count = parameters.regions.count
        guard count > 0, records.count % count == 0 else {
            throw RegionRecordError("\(records.count) region runs do not make whole replications of \(count) regions")
        }
        let runs = try records.enumerated().map { index, record in
            let run: ClosedRun
            do {
                run = try ClosedRun.decoder.decode(ClosedRun.self, from: Data(record.utf8))
            } catch {
                throw RegionRecordError("region run \(index) cannot be read: \(error)")
            }
            if let problem = run.books.problem(for: parameters) { throw RegionRecordError("region run \(index): \(problem)") }
            return run
        }
        return stride(from: 0, to: runs.count, by: count).map { merged(parameters, Array(runs[$0..<$0 + count])) }
    }

    /// The system's figures from its regions' books added up in the regions' order, read with the system's
    /// own parameters and prices; and each region's figures over its whole system, its specialist pools and
    /// its budget lines, under `region:<name>`.
    static func merged(_ parameters: ModelParameters, _ runs: [ClosedRun]) -> ReplicationResult {
        var books = runs[0].books
        for run in runs.dropFirst() { books.merge(run.books, at: books.end) }
        books.run = parameters
        books.parameters = books.parameters(inMonth: parameters.reportedMonths - 1)
        books.ledger.money = books.parameters.money
        var result = books.result()
        let regional: Set<Metric.Group> = [.system, .pooledSpecialist, .total]
        for (index, (region, run)) in zip(parameters.regions, runs).enumerated() {
            var own = run.books
            own.run = parameters.region(index)
            own.parameters = own.parameters(inMonth: parameters.reportedMonths - 1)
            own.ledger.money = own.parameters.money
            for (metric, value) in own.result().figures where regional.contains(metric.group) {
                result.figures[Metric(metric.figure, .region(region.name, metric.group), year: metric.year)] = value
            }
        }
        result.events = runs.reduce(0) { $0 + $1.events }
        return result
    }
}

/// A region run's record that does not read, or records that do not make whole replications.
public struct RegionRecordError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
