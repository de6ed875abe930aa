import SimKernel

/// A service delivered by several providers (specialist providers, neighbourhood teams), each with its own
/// places and its own waiting list. A family is referred to one provider and waits on that list: a place
/// that frees at another provider does not shorten its wait. This is why youth care can wait months while
/// not saturated: one pool of 210 places with half-year episodes waits under a day at 90 % load, ten places
/// wait about four months (Erlang C; docs/model.md section 5).
///
/// Places are split evenly (the first providers take the remainder), and a referral chooses a provider in
/// proportion to its places, so every provider carries the same offered load. With one provider the service
/// is one station and a referral draws nothing. Waits are sketched once for the service, not per provider
/// (a national run has tens of thousands of providers).
///
/// When a policy changes the service's places during a run (`resize`), providers open or close so that
/// those open keep their size: a closed provider takes no new referrals, serves the families on its list and
/// then gives up its places (a cut spread over every provider would leave providers of one place, whose
/// waits are twice those of two).
struct Providers {
    private(set) var members: [Station]
    /// Each provider's places when no ceiling or add-on has changed them; 0 for a closed provider.
    private(set) var places: [Int]
    /// The first `open` providers take referrals; the others are closed.
    private(set) var open: Int
    /// The open providers' places together (they share them evenly, `split`).
    private var openPlaces: Int
    let discipline: Station.Discipline
    /// Whether waits are sketched here, once for the service (it started with several providers), or by
    /// each station.
    let sketchesHere: Bool
    /// When the providers' statistics began (a provider opened later starts its books then, empty).
    private var statisticsStart: Double
    /// Families waiting at all providers, and at each, kept as the lists change (read from here, not from
    /// the stations: reading a station's computed count through the array copied the whole station).
    private(set) var waiting = 0
    private var waitingAt: [Int]
    /// The quantiles of every provider's waits (with one provider, its station keeps them).
    private var waitQuantiles = QuantileSketch()
    /// The places the service has over time, as policies set them (`resize`), whether or not a budget ceiling
    /// keeps them closed: what offered load is measured against.
    private(set) var contracted: TimeWeighted

    init(places total: Int, providers count: Int, discipline: Station.Discipline, at time: Double) {
        let count = max(1, min(count, max(total, 1)))
        places = Self.split(total, over: count)
        open = count
        self.discipline = discipline
        sketchesHere = count > 1
        statisticsStart = time
        members = places.map { Station(servers: $0, discipline: discipline, at: time, sketchesWaits: count == 1) }
        waitingAt = [Int](repeating: 0, count: count)
        openPlaces = total
        contracted = TimeWeighted(value: Double(total), at: time)
    }

    /// `total` places over `count` providers, as evenly as whole places allow.
    static func split(_ total: Int, over count: Int) -> [Int] {
        (0..<count).map { total / count + ($0 < total % count ? 1 : 0) }
    }

    var count: Int { members.count }
    var servers: Int { members.reduce(0) { $0 + $1.servers } }
    /// Places at the providers that take referrals (closed ones still serving their lists not counted).
    var openServers: Int { members[0..<open].reduce(0) { $0 + $1.servers } }

    /// The provider a family is referred to: the provider of a place drawn at random among the open
    /// providers' places (so in proportion to their places). The places are split evenly, the first
    /// providers taking one more, so the provider follows from the place by arithmetic: no table to look up,
    /// which for a national service of thousands of providers was a cache miss a referral. Mutating only
    /// so that a call through the model's array of services works in place: a non-mutating call copied the
    /// providers (a retain and release of each array they hold, a referral).
    mutating func refer(_ stream: RandomStream) -> Int {
        guard open > 1, openPlaces > 0 else { return 0 }
        let place = min(openPlaces - 1, Int(stream.uniform() * Double(openPlaces)))
        let (size, larger) = (openPlaces / open, openPlaces % open)
        let first = larger * (size + 1)
        return place < first ? place / (size + 1) : larger + (place - first) / size
    }

    /// Families waiting at `provider`.
    func waiting(at provider: Int) -> Int { waitingAt[provider] }

    /// `delta` more families wait at `provider`.
    private mutating func count(_ delta: Int, at provider: Int) {
        waiting += delta
        waitingAt[provider] += delta
    }

    private mutating func sketch(_ waited: Double) {
        if sketchesHere { waitQuantiles.record(waited) }
    }

    mutating func arrive(_ customer: Int32, priority: Double, provider: Int, at now: Double) -> Station.Admission {
        let admission = members[provider].arrive(customer, priority: priority, at: now)
        if admission == .started { sketch(0) } else { count(1, at: provider) }
        return admission
    }

    mutating func arriveFirstInLine(_ customer: Int32, provider: Int, at now: Double) -> Station.Admission {
        let admission = members[provider].arriveFirstInLine(customer, at: now)
        if admission == .started { sketch(0) } else { count(1, at: provider) }
        return admission
    }

    mutating func admitAhead(_ customer: Int32, provider: Int, at now: Double) -> Station.Admission {
        sketch(0)
        return members[provider].admitAhead(customer, at: now)
    }

    mutating func complete(provider: Int, at now: Double) -> (customer: Int32, waited: Double)? {
        let next = members[provider].complete(at: now)
        if let next {
            sketch(next.waited)
            count(-1, at: provider)
        }
        closeIfDrained(provider, at: now)
        return next
    }

    mutating func abandon(_ ticket: Station.WaitingTicket, provider: Int, at now: Double) -> Double? {
        let waited = members[provider].abandon(ticket, at: now)
        if waited != nil { count(-1, at: provider) }
        closeIfDrained(provider, at: now)
        return waited
    }

    /// A closed provider whose list is empty gives up its places (those in care finish their episodes).
    private mutating func closeIfDrained(_ provider: Int, at now: Double) {
        guard provider >= open, waitingAt[provider] == 0, members[provider].servers > 0 else { return }
        _ = members[provider].setServers(0, at: now)
    }

    /// Sets one provider's places; returns who starts.
    mutating func setServers(_ places: Int, provider: Int, at now: Double) -> [(customer: Int32, waited: Double)] {
        let started = members[provider].setServers(places, at: now)
        for (_, waited) in started { sketch(waited) }
        count(-started.count, at: provider)
        return started
    }

    /// Sets the service's places, split over the open providers evenly (a cut of add-on slots falls on
    /// every team alike). Returns who starts, with their provider.
    mutating func setServers(_ total: Int, at now: Double) -> [(customer: Int32, provider: Int)] {
        let shares = Self.split(total, over: open)
        var started: [(customer: Int32, provider: Int)] = []
        for provider in 0..<open {
            for (customer, _) in setServers(shares[provider], provider: provider, at: now) {
                started.append((customer, provider))
            }
        }
        return started
    }

    /// A policy sets the service's places to `total` in `count` providers (`YouthCareModel.providerCount`):
    /// providers beyond the count close, providers up to it open (reopening closed ones first), and the
    /// open ones share the places evenly. With `closed` (a budget ceiling has shut the service until
    /// January) only the books change: the places open when the service reopens. Returns who starts.
    mutating func resize(to total: Int, providers count: Int, closed: Bool, at now: Double) -> [(customer: Int32, provider: Int)] {
        let count = max(1, min(count, max(total, 1)))
        while members.count < count {
            // Empty books from the service's start, so that its statistics still cover one period.
            members.append(Station(servers: 0, discipline: discipline, at: statisticsStart, sketchesWaits: !sketchesHere))
            waitingAt.append(0)
        }
        open = count
        let shares = Self.split(total, over: count)
        places = members.indices.map { $0 < count ? shares[$0] : 0 }
        // Every place closed (a cut to none): families still join the first provider's list.
        openPlaces = total
        contracted.update(to: Double(total), at: now)
        var started: [(customer: Int32, provider: Int)] = []
        guard !closed else { return started }
        for provider in members.indices {
            if provider < count {
                for (customer, _) in setServers(places[provider], provider: provider, at: now) { started.append((customer, provider)) }
            } else {
                closeIfDrained(provider, at: now)
            }
        }
        return started
    }

    /// The providers' statistics read as one service's.
    func statistics(at now: Double) -> StationStatistics {
        var pooled = StationStatistics.pooled(members.map(\.statistics), at: now)
        if sketchesHere { pooled.waitQuantiles = waitQuantiles }
        return pooled
    }

    mutating func restartStatistics(at time: Double) {
        for provider in members.indices { members[provider].restartStatistics(at: time) }
        waitQuantiles.reset()
        statisticsStart = time
        contracted.restart(at: time)
    }
}
