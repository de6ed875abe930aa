import SimKernel

/// Runs replications of the youth-care model and summarises them.
public enum Experiment {
    /// One replication: warm-up, then the reported years.
    public static func replicate(_ parameters: ModelParameters, seed: UInt64, replication: Int) -> ReplicationResult {
        guard parameters.regions.isEmpty else {
            return runRegions(parameters, replications: replication..<replication + 1, seed: seed, threads: 1, progress: nil)[0]
        }
        let run = closedRun(parameters, seed: seed, replication: replication)
        var result = run.books.result()
        result.events = run.events
        return result
    }

    /// What a replication run to its horizon leaves: its books, and the events it took.
    struct ClosedRun: Sendable, Codable {
        var books: ReplicationBooks
        var events: Int
    }

    /// One replication, warm-up and reported years, closed into its books.
    static func closedRun(_ parameters: ModelParameters, seed: UInt64, replication: Int) -> ClosedRun {
        var model = YouthCareModel(parameters, seed: seed, replication: replication)
        // Buckets of a day: a municipality handles tens of events a day, the country thousands, while
        // hazards wait months or years ahead (`EventQueue`).
        var calendar = EventCalendar<YouthCareModel.Event>(startingAt: model.startTime, bucketWidth: 1)
        model.start(&calendar)
        let horizon = parameters.run.years * ModelTime.daysPerYear
        // The run covers [start, horizon): the January event at the horizon belongs to the next year.
        calendar.run(&model, until: horizon)
        return ClosedRun(books: model.closedBooks(at: horizon), events: calendar.handledEvents)
    }

    /// `count` replications on `threads` threads (nil: all cores); identical whatever the thread count.
    public static func run(
        _ parameters: ModelParameters, replications count: Int, seed: UInt64, threads: Int? = nil,
        progress: (@Sendable (Int) -> Void)? = nil
    ) -> [ReplicationResult] {
        run(parameters, replications: 0..<count, seed: seed, threads: threads, progress: progress)
    }

    /// Replications `range` of a run (a shard of it): replication r draws the same numbers whichever
    /// shard runs it, so shards merged in order equal the whole run. A warm start's pilot runs first
    /// (`withInitialStock`), the same for every shard.
    public static func run(
        _ parameters: ModelParameters, replications range: Range<Int>, seed: UInt64, threads: Int? = nil,
        progress: (@Sendable (Int) -> Void)? = nil
    ) -> [ReplicationResult] {
        let parameters = withInitialStock(parameters, seed: seed, threads: threads)
        guard parameters.regions.isEmpty else {
            return runRegions(parameters, replications: range, seed: seed, threads: threads, progress: progress)
        }
        return Replicator(threads: threads).run(range.count, progress: progress) { k in
            replicate(parameters, seed: seed, replication: range.lowerBound + k)
        }
    }

    /// Mean, sd and 95 % interval of every figure across replications.
    public static func summarise(_ results: [ReplicationResult], confidence: Double = 0.95) -> [Metric: Summary] {
        guard let first = results.first else { return [:] }
        var summaries: [Metric: Summary] = [:]
        for metric in first.figures.keys {
            summaries[metric] = Summary(results.map { $0.figures[metric] ?? .nan }, confidence: confidence)
        }
        return summaries
    }

    /// Summary per month of every series.
    public static func summariseSeries(_ results: [ReplicationResult], confidence: Double = 0.95) -> [Metric: [Summary]] {
        guard let first = results.first else { return [:] }
        var summaries: [Metric: [Summary]] = [:]
        for (metric, values) in first.series {
            summaries[metric] = values.indices.map { month in
                Summary(results.map { $0.series[metric]![month] }, confidence: confidence)
            }
        }
        return summaries
    }
}
