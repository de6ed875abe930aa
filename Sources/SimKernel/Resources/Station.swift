/// A service with `servers` parallel servers and a waiting list: a neighbourhood team, a specialist pool,
/// a set of foster places. The station keeps the books (who waits, who is served, how long); the model
/// schedules the service completions, so the station needs no closure and no calendar.
///
/// Customers are named by the model's own integer ids. Disciplines: first come first served, or
/// non-preemptive priority (lower `priority` value first; first come first served within a class).
/// Waiting customers can abandon. Capacity can change during a run; a cut takes effect as servers free up
/// (no service is interrupted).
public struct Station: Sendable {
    public enum Discipline: String, Sendable, CaseIterable {
        case fifo, priority
    }

    /// What happened to an arriving customer.
    public enum Admission: Sendable, Equatable {
        case started
        case queued(WaitingTicket)
    }

    public typealias WaitingTicket = WaitingList.Ticket

    // Stored in the order arrivals and completions read them: a national run has tens of thousands of
    // stations, and what an event reads of one lies in the first few cache lines of it.
    public private(set) var servers: Int
    public private(set) var busy: Int = 0
    public let discipline: Discipline
    /// Whether the station sketches the quantiles of its waits (a service of many providers sketches them once).
    public let sketchesWaits: Bool
    var waitingList: WaitingList

    public private(set) var statistics: StationStatistics

    public init(servers: Int, discipline: Discipline = .fifo, at time: Double = 0, sketchesWaits: Bool = true) {
        precondition(servers >= 0, "a station cannot have negative capacity")
        self.servers = servers
        self.discipline = discipline
        self.sketchesWaits = sketchesWaits
        waitingList = WaitingList(discipline: discipline)
        statistics = StationStatistics(servers: servers, at: time)
    }

    public var waiting: Int { waitingList.count }
    public var inSystem: Int { waitingList.count + busy }

    /// A customer arrives: starts service if a server is free, else joins the waiting list.
    public mutating func arrive(_ customer: Int32, priority: Double = 0, at now: Double) -> Admission {
        statistics.arrivals += 1
        if busy < servers && waitingList.isEmpty {
            startService(waited: 0, at: now)
            return .started
        }
        let ticket = waitingList.append(WaitingList.Waiting(customer: customer, since: now), priority: priority)
        statistics.queueLength.update(to: Double(waitingList.count), at: now)
        return .queued(ticket)
    }

    /// A customer who goes first: starts now if a server is free, else waits first in line.
    public mutating func arriveFirstInLine(_ customer: Int32, at now: Double) -> Admission {
        statistics.arrivals += 1
        if busy < servers && waitingList.isEmpty {
            startService(waited: 0, at: now)
            return .started
        }
        let ticket = waitingList.prepend(WaitingList.Waiting(customer: customer, since: now))
        statistics.queueLength.update(to: Double(waitingList.count), at: now)
        return .queued(ticket)
    }

    /// A customer who may not wait starts now, ahead of the waiting list and whatever the number of servers
    /// (a place a rule, not space, has closed); the place closes again when it frees, as after a cut.
    public mutating func admitAhead(_ customer: Int32, at now: Double) -> Admission {
        statistics.arrivals += 1
        startService(waited: 0, at: now)
        return .started
    }

    /// A service ends. Returns the next customer to start service, with the time they waited, if any.
    public mutating func complete(at now: Double) -> (customer: Int32, waited: Double)? {
        precondition(busy > 0, "no service to complete")
        statistics.completions += 1
        // The freed server passes straight to the next in line (the busy count does not change), unless
        // capacity was cut below the number busy.
        if busy <= servers, let next = waitingList.popFirst() {
            statistics.queueLength.update(to: Double(waitingList.count), at: now)
            let waited = now - next.since
            recordStart(waited: waited)
            return (next.customer, waited)
        }
        busy -= 1
        statistics.busyServers.update(to: Double(busy), at: now)
        return nil
    }

    /// A waiting customer gives up. Returns how long they had waited, or nil if they were no longer waiting.
    @discardableResult
    public mutating func abandon(_ ticket: WaitingTicket, at now: Double) -> Double? {
        guard let left = waitingList.remove(ticket) else { return nil }
        statistics.abandonments += 1
        statistics.leaverWait.record(now - left.since)
        statistics.queueLength.update(to: Double(waitingList.count), at: now)
        return now - left.since
    }

    /// Changes the number of servers. Returns the customers who start service because of it.
    public mutating func setServers(_ count: Int, at now: Double) -> [(customer: Int32, waited: Double)] {
        precondition(count >= 0, "a station cannot have negative capacity")
        statistics.capacity.update(to: Double(count), at: now)
        servers = count
        var started: [(customer: Int32, waited: Double)] = []
        while busy < servers, let next = waitingList.popFirst() {
            let waited = now - next.since
            startService(waited: waited, at: now)
            started.append((next.customer, waited))
        }
        statistics.queueLength.update(to: Double(waitingList.count), at: now)
        return started
    }

    /// Forgets statistics gathered before `time`, keeping the current state (end of warm-up).
    public mutating func restartStatistics(at time: Double) {
        statistics.restart(at: time)
    }

    mutating func startService(waited: Double, at now: Double) {
        busy += 1
        statistics.busyServers.update(to: Double(busy), at: now)
        recordStart(waited: waited)
    }

    mutating func recordStart(waited: Double) {
        statistics.starts += 1
        statistics.wait.record(waited)
        if sketchesWaits { statistics.waitQuantiles.record(waited) }
    }
}

/// What a station records: counts, waits, and time averages of its waiting list and busy servers.
public struct StationStatistics: Sendable {
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

    init(servers: Int, at time: Double) {
        queueLength = TimeWeighted(at: time)
        busyServers = TimeWeighted(at: time)
        capacity = TimeWeighted(value: Double(servers), at: time)
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

    /// The statistics of several stations read as one service (a service split over providers, each with its
    /// own places and waiting list): counts and time averages add up, waits are pooled.
    public static func pooled(_ parts: [StationStatistics], at time: Double) -> StationStatistics {
        guard parts.count != 1 else { return parts[0] }
        var pooled = StationStatistics(servers: 0, at: parts.first?.capacity.start ?? time)
        for part in parts {
            pooled.arrivals += part.arrivals
            pooled.starts += part.starts
            pooled.completions += part.completions
            pooled.abandonments += part.abandonments
            pooled.wait.merge(part.wait)
            pooled.waitQuantiles.merge(part.waitQuantiles)
            pooled.leaverWait.merge(part.leaverWait)
        }
        pooled.queueLength = .sum(parts.map(\.queueLength), at: time)
        pooled.busyServers = .sum(parts.map(\.busyServers), at: time)
        pooled.capacity = .sum(parts.map(\.capacity), at: time)
        return pooled
    }

    mutating func restart(at time: Double) {
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
