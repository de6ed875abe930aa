/// The books of one or more stations: told of every arrival, start, completion, abandonment and change of
/// the waiting list, the busy servers and the capacity, with the new counts.
public protocol StationBooks: Sendable {
    init(servers: Int, at time: Double)
    mutating func arrived()
    mutating func started(waited: Double)
    mutating func completed()
    mutating func abandoned(waited: Double)
    mutating func waitingChanged(to count: Int, at now: Double)
    mutating func busyChanged(to count: Int, at now: Double)
    mutating func capacityChanged(to count: Int, at now: Double)
    mutating func restart(at time: Double)
}

/// The books of a station whose service keeps them for all its stations (`Providers` in the model): every
/// call compiles to nothing.
public struct BooksKeptElsewhere: StationBooks {
    @inlinable public init(servers: Int, at time: Double) {}
    @inlinable public func arrived() {}
    @inlinable public func started(waited: Double) {}
    @inlinable public func completed() {}
    @inlinable public func abandoned(waited: Double) {}
    @inlinable public func waitingChanged(to count: Int, at now: Double) {}
    @inlinable public func busyChanged(to count: Int, at now: Double) {}
    @inlinable public func capacityChanged(to count: Int, at now: Double) {}
    @inlinable public func restart(at time: Double) {}
}

/// What a station records: counts, waits, and time averages of its waiting list and busy servers.
public struct StationStatistics: StationBooks, Codable {
    // What every arrival, start and completion updates first (see `Station`); the rest after it.
    public var arrivals = 0
    public var starts = 0
    public var completions = 0
    public var abandonments = 0
    public var queueLength: TimeWeighted
    public var busyServers: TimeWeighted
    /// Waits of those who started.
    public var wait = Tally()
    /// Waits of those who left the waiting list before starting, until they left.
    public var leaverWait = Tally()
    public var capacity: TimeWeighted
    public var waitQuantiles = QuantileSketch()

    public init(servers: Int, at time: Double) {
        queueLength = TimeWeighted(at: time)
        busyServers = TimeWeighted(at: time)
        capacity = TimeWeighted(value: Double(servers), at: time)
    }

    @inlinable public mutating func arrived() { arrivals += 1 }
    @inlinable public mutating func completed() { completions += 1 }

    @inlinable
    public mutating func started(waited: Double) {
        starts += 1
        wait.record(waited)
        waitQuantiles.record(waited)
    }

    @inlinable
    public mutating func abandoned(waited: Double) {
        abandonments += 1
        leaverWait.record(waited)
    }

    @inlinable
    public mutating func waitingChanged(to count: Int, at now: Double) { queueLength.update(to: Double(count), at: now) }
    @inlinable
    public mutating func busyChanged(to count: Int, at now: Double) { busyServers.update(to: Double(count), at: now) }
    @inlinable
    public mutating func capacityChanged(to count: Int, at now: Double) { capacity.update(to: Double(count), at: now) }

    /// Adds the books of stations that served other families over the same period (a region's, to make the
    /// country's): counts add, waits merge, time averages add (`TimeWeighted.sum`).
    public mutating func merge(_ other: StationStatistics, at time: Double) {
        arrivals += other.arrivals
        starts += other.starts
        completions += other.completions
        abandonments += other.abandonments
        queueLength = TimeWeighted.sum([queueLength, other.queueLength], at: time)
        busyServers = TimeWeighted.sum([busyServers, other.busyServers], at: time)
        capacity = TimeWeighted.sum([capacity, other.capacity], at: time)
        wait.merge(other.wait)
        leaverWait.merge(other.leaverWait)
        waitQuantiles.merge(other.waitQuantiles)
    }

    /// Mean busy servers over mean capacity.
    public func utilisation(at time: Double) -> Double {
        let c = capacity.mean(at: time)
        return c > 0 ? busyServers.mean(at: time) / c : 0
    }

    /// The mean wait of everyone who joined and no longer waits: those who started and, until they left,
    /// those who left. A wait of starters only hides the families a long list drives away.
    public var waitIncludingLeavers: Double {
        var all = wait
        all.merge(leaverWait)
        return all.mean
    }

    /// The share of those no longer waiting who left before they started.
    public var shareLeft: Double {
        starts + abandonments > 0 ? Double(abandonments) / Double(starts + abandonments) : 0
    }

    /// Work arriving over work the servers can do: arrivals x mean service time / mean capacity, with the
    /// mean service time read from the busy time of the episodes that started (busy / starts), so it equals
    /// utilisation x arrivals / starts. Unlike utilisation it exceeds 1 when the waiting list grows or
    /// families leave it for want of capacity. When nothing started the service time is unknown: with
    /// arrivals the service could take none of them, so the load is at least 1; without, it is the
    /// utilisation (episodes carried over).
    public func offeredLoad(at time: Double) -> Double {
        offeredLoad(at: time, utilisation: utilisation(at: time))
    }

    /// Offered load against `places` (a time average) rather than the servers that were open: a service a
    /// budget ceiling closed for months has the places it was given, and its load is not the higher for it.
    public func offeredLoad(at time: Double, places: Double) -> Double {
        offeredLoad(at: time, utilisation: places > 0 ? busyServers.mean(at: time) / places : 0)
    }

    func offeredLoad(at time: Double, utilisation: Double) -> Double {
        guard starts > 0 else { return arrivals > 0 ? max(utilisation, 1) : utilisation }
        return utilisation * Double(arrivals) / Double(starts)
    }

    public mutating func restart(at time: Double) {
        arrivals = 0
        starts = 0
        completions = 0
        abandonments = 0
        wait = Tally()
        waitQuantiles.reset()
        leaverWait = Tally()
        queueLength.restart(at: time)
        busyServers.restart(at: time)
        capacity.restart(at: time)
    }
}
