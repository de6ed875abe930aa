/// How a waiting list orders those who wait: first come first served, or non-preemptive priority (lower
/// `priority` value first; first come first served within a class).
public enum QueueDiscipline: String, Sendable, CaseIterable {
    case fifo, priority
}

/// What happened to a customer who arrived at a station.
public enum StationAdmission: Sendable, Equatable {
    case started
    case queued(WaitingList.Ticket)
}

/// A station that keeps its own books: the one a queueing model or a test builds.
public typealias Station = ServiceStation<StationStatistics>

/// A service with `servers` parallel servers and a waiting list: a neighbourhood team, a specialist pool,
/// a set of foster places. The station keeps the books (who waits, who is served, how long) in `Books`;
/// the model schedules the service completions, so the station needs no closure and no calendar.
///
/// Customers are named by the model's own integer ids. Waiting customers can abandon. Capacity can change
/// during a run; a cut takes effect as servers free up (no service is interrupted).
///
/// The books are a type parameter so that a service of many stations (a service split over thousands of
/// providers) can keep one set of books for all of them (`BooksKeptElsewhere`): per-station books were only
/// ever read pooled, and made each station several cache lines larger.
public struct ServiceStation<Books: StationBooks>: Sendable {
    public typealias Discipline = QueueDiscipline
    public typealias Admission = StationAdmission
    public typealias WaitingTicket = WaitingList.Ticket

    // Stored in the order arrivals and completions read them: a national run has tens of thousands of
    // stations, and what an event reads of one lies in the first few cache lines of it.
    @usableFromInline var serverCount: Int
    @usableFromInline var busyCount = 0
    public let discipline: Discipline
    @usableFromInline var waitingList: WaitingList

    @usableFromInline var books: Books

    @inlinable public var servers: Int { serverCount }
    @inlinable public var busy: Int { busyCount }
    @inlinable public var statistics: Books { books }

    public init(servers: Int, discipline: Discipline = .fifo, at time: Double = 0) {
        precondition(servers >= 0, "a station cannot have negative capacity")
        serverCount = servers
        self.discipline = discipline
        waitingList = WaitingList(discipline: discipline)
        books = Books(servers: servers, at: time)
    }

    @inlinable public var waiting: Int { waitingList.count }
    @inlinable public var inSystem: Int { waitingList.count + busyCount }

    /// A customer arrives: starts service if a server is free, else joins the waiting list.
    @inlinable
    public mutating func arrive(_ customer: Int32, priority: Double = 0, at now: Double) -> Admission {
        books.arrived()
        if busyCount < serverCount && waitingList.isEmpty {
            startService(waited: 0, at: now)
            return .started
        }
        let ticket = waitingList.append(WaitingList.Waiting(customer: customer, since: now), priority: priority)
        books.waitingChanged(to: waitingList.count, at: now)
        return .queued(ticket)
    }

    /// A customer who goes first: starts now if a server is free, else waits first in line.
    @inlinable
    public mutating func arriveFirstInLine(_ customer: Int32, at now: Double) -> Admission {
        books.arrived()
        if busyCount < serverCount && waitingList.isEmpty {
            startService(waited: 0, at: now)
            return .started
        }
        let ticket = waitingList.prepend(WaitingList.Waiting(customer: customer, since: now))
        books.waitingChanged(to: waitingList.count, at: now)
        return .queued(ticket)
    }

    /// A customer who may not wait starts now, ahead of the waiting list and whatever the number of servers
    /// (a place a rule, not space, has closed); the place closes again when it frees, as after a cut.
    @inlinable
    public mutating func admitAhead(_ customer: Int32, at now: Double) -> Admission {
        books.arrived()
        startService(waited: 0, at: now)
        return .started
    }

    /// A service ends. Returns the next customer to start service, with the time they waited, if any.
    @inlinable
    public mutating func complete(at now: Double) -> (customer: Int32, waited: Double)? {
        precondition(busyCount > 0, "no service to complete")
        books.completed()
        // The freed server passes straight to the next in line (the busy count does not change), unless
        // capacity was cut below the number busy.
        if busyCount <= serverCount, let next = waitingList.popFirst() {
            books.waitingChanged(to: waitingList.count, at: now)
            let waited = now - next.since
            books.started(waited: waited)
            return (next.customer, waited)
        }
        busyCount -= 1
        books.busyChanged(to: busyCount, at: now)
        return nil
    }

    /// A waiting customer gives up. Returns how long they had waited, or nil if they were no longer waiting.
    @inlinable @discardableResult
    public mutating func abandon(_ ticket: WaitingTicket, at now: Double) -> Double? {
        guard let left = waitingList.remove(ticket) else { return nil }
        books.abandoned(waited: now - left.since)
        books.waitingChanged(to: waitingList.count, at: now)
        return now - left.since
    }

    /// A waiting customer moves to another station of the same service: it leaves this list, and is neither
    /// an abandonment nor a start here. Returns its place in the list (who, and waiting since when), or nil
    /// if it was no longer waiting.
    public mutating func moveOut(_ ticket: WaitingTicket, at now: Double) -> WaitingList.Waiting? {
        guard let left = waitingList.remove(ticket) else { return nil }
        books.waitingChanged(to: waitingList.count, at: now)
        return left
    }

    /// A customer moving in from another station of the same service (`moveOut`): not a new arrival, and its
    /// wait runs on from when it began (`waiting.since`). Starts if a server is free, else joins the list.
    public mutating func moveIn(_ waiting: WaitingList.Waiting, priority: Double, at now: Double) -> Admission {
        if busyCount < serverCount && waitingList.isEmpty {
            startService(waited: now - waiting.since, at: now)
            return .started
        }
        let ticket = waitingList.append(waiting, priority: priority)
        books.waitingChanged(to: waitingList.count, at: now)
        return .queued(ticket)
    }

    /// Changes the number of servers. Returns the customers who start service because of it.
    public mutating func setServers(_ count: Int, at now: Double) -> [(customer: Int32, waited: Double)] {
        precondition(count >= 0, "a station cannot have negative capacity")
        books.capacityChanged(to: count, at: now)
        serverCount = count
        var started: [(customer: Int32, waited: Double)] = []
        while busyCount < serverCount, let next = waitingList.popFirst() {
            let waited = now - next.since
            startService(waited: waited, at: now)
            started.append((next.customer, waited))
        }
        books.waitingChanged(to: waitingList.count, at: now)
        return started
    }

    /// Forgets statistics gathered before `time`, keeping the current state (end of warm-up).
    public mutating func restartStatistics(at time: Double) {
        books.restart(at: time)
    }

    @inlinable
    mutating func startService(waited: Double, at now: Double) {
        busyCount += 1
        books.busyChanged(to: busyCount, at: now)
        books.started(waited: waited)
    }
}
