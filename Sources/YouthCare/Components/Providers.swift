import Foundation
import SimKernel

/// A service delivered by several providers (specialist providers, neighbourhood teams), each with its own
/// places and its own waiting list. A family is referred to one provider and waits on that list: a place
/// that frees at another provider does not shorten its wait. This is why youth care can wait months while
/// not saturated: one pool of 210 places with half-year episodes waits under a day at 90 % load, ten places
/// wait about four months (Erlang C; docs/model.md section 5).
///
/// Places are split evenly (the first providers take the remainder), or with `sizeSkew` as a few large
/// providers and many small ones, and a referral chooses a provider in proportion to its places, so every
/// provider carries the same offered load. With one provider the service
/// is one station and a referral draws nothing. The books are kept once for the service, not per provider
/// (a national run has tens of thousands of providers, and the service's figures are all that is read):
/// each provider is a station without books (`BooksKeptElsewhere`), and the service counts what its
/// providers do as they do it. The waiting list month by month is kept here too, as the list changes.
///
/// When a policy changes the service's places during a run (`resize`), providers open or close so that
/// those open keep their size: a closed provider takes no new referrals, serves the families on its list and
/// then gives up its places (a cut spread over every provider would leave providers of one place, whose
/// waits are twice those of two).
struct Providers {
    /// A provider: its places and its waiting list, with no books of its own.
    typealias Provider = ServiceStation<BooksKeptElsewhere>

    private(set) var members: [Provider]
    /// Each provider's places when no ceiling or add-on has changed them; 0 for a closed provider.
    private(set) var places: [Int]
    /// The first `open` providers take referrals; the others are closed.
    private(set) var open: Int
    /// The open providers' places together (they share them evenly, `split`).
    private var openPlaces: Int
    let discipline: QueueDiscipline
    /// How unequal the providers are: provider k (from 0) has places in proportion to (k + 1)^-sizeSkew
    /// beyond one place each (Zipf's law; 0: equal).
    let sizeSkew: Double
    /// With unequal providers, the open providers' places added up, for a referral to find the provider of
    /// a place by bisection (equal providers find it by arithmetic).
    private var cumulativePlaces: [Int] = []
    /// Families waiting at all providers, and at each, kept as the lists change (read from here, not from
    /// the stations: reading a station's computed count through the array copied the whole station).
    private(set) var waiting = 0
    private var waitingAt: [Int]
    /// The open providers with nobody waiting, where families may switch (`shorterList`).
    private var emptyLists: EmptyLists?
    /// The volume each provider is contracted for a year, when contracts cap it (`ProviderContracts`).
    private(set) var contracts: ProviderContracts?
    /// Places at all providers, and families in care at all of them.
    private(set) var servers: Int
    private var busy = 0
    /// The service's books: arrivals, starts, waits and their quantiles, time averages of the list, the
    /// families in care and the places (`StationStatistics`).
    private(set) var books: StationStatistics
    /// The waiting list's monthly averages over the run (warm-up months included).
    private(set) var waitingSeries: TimeSeries
    /// The places the service has over time, as policies set them (`resize`), whether or not a budget ceiling
    /// keeps them closed: what offered load is measured against.
    private(set) var contracted: TimeWeighted

    init(
        places total: Int, providers count: Int, discipline: QueueDiscipline, sizeSkew: Double = 0, switching: Bool = false,
        contractStartsPerPlace: Double = 0, months: Int, at time: Double
    ) {
        let count = max(1, min(count, max(total, 1)))
        places = Self.split(total, over: count, skew: sizeSkew)
        open = count
        self.discipline = discipline
        self.sizeSkew = sizeSkew
        members = places.map { Provider(servers: $0, discipline: discipline, at: time) }
        waitingAt = [Int](repeating: 0, count: count)
        if switching { emptyLists = EmptyLists(waitingAt: waitingAt, open: count) }
        openPlaces = total
        servers = total
        books = StationStatistics(servers: total, at: time)
        waitingSeries = TimeSeries(start: 0, interval: ModelTime.daysPerMonth, count: months)
        contracted = TimeWeighted(value: Double(total), at: time)
        addUpOpenPlaces()
        if contractStartsPerPlace > 0 { contracts = ProviderContracts(startsPerPlace: contractStartsPerPlace, places: places) }
    }

    /// `total` places over `count` providers, as evenly as whole places allow; with `skew`, one place each
    /// (when there are enough) and the rest in proportion to (k + 1)^-skew, the remainder of the rounding to
    /// the largest. The places add up to `total` and go down from the first provider.
    static func split(_ total: Int, over count: Int, skew: Double = 0) -> [Int] {
        guard skew > 0, count > 1 else { return (0..<count).map { total / count + ($0 < total % count ? 1 : 0) } }
        let base = total >= count ? 1 : 0
        let rest = total - base * count
        let weights = (0..<count).map { pow(Double($0 + 1), -skew) }
        let sum = weights.reduce(0, +)
        var places = weights.map { base + Int((Double(rest) * $0 / sum).rounded(.down)) }
        for k in 0..<(total - places.reduce(0, +)) { places[k % count] += 1 }
        return places
    }

    private mutating func addUpOpenPlaces() {
        guard sizeSkew > 0 else { return }
        var sum = 0
        cumulativePlaces = places[0..<open].map {
            sum += $0
            return sum
        }
    }

    var count: Int { members.count }
    /// Places at the providers that take referrals (closed ones still serving their lists not counted).
    var openServers: Int { members[0..<open].reduce(0) { $0 + $1.servers } }

    /// The provider a family is referred to: the provider of a place drawn at random among the open
    /// providers' places (so in proportion to their places). The places are split evenly, the first
    /// providers taking one more, so the provider follows from the place by arithmetic: no table to look up,
    /// which for a national service of thousands of providers was a cache miss a referral. Mutating only
    /// so that a call through the model's array of services works in place: a non-mutating call copied the
    /// providers (a retain and release of each array they hold, a referral).
    ///
    /// With `shorterListChoice` the referrer compares, with that probability, two providers drawn so and
    /// takes the one with fewer families waiting per place ("the power of two choices": Mitzenmacher, The
    /// power of two choices in randomized load balancing, 2001); the comparison draws only when it is on.
    ///
    /// A provider that has started its contracted volume for the year takes no new families: the referral
    /// goes to the next one that does (round the providers), unless none does.
    mutating func refer(_ stream: RandomStream, shorterListChoice: Double = 0) -> Int {
        guard open > 1, openPlaces > 0 else { return 0 }
        var provider = providerOfPlace(stream)
        if shorterListChoice > 0, stream.uniform() < shorterListChoice {
            let second = providerOfPlace(stream)
            if waitingPerPlace(second) < waitingPerPlace(provider) { provider = second }
        }
        guard let contracts, contracts.stopped[provider] else { return provider }
        return contracts.takingIntake(from: provider, open: open) ?? provider
    }

    // Inlined: a call from `refer` to a method of the providers copied them whole (80 instructions a referral).
    @inline(__always)
    private func providerOfPlace(_ stream: RandomStream) -> Int {
        let place = min(openPlaces - 1, Int(stream.uniform() * Double(openPlaces)))
        if sizeSkew > 0 {
            // The first open provider whose places added up exceed the place.
            var (low, high) = (0, open - 1)
            while low < high {
                let middle = (low + high) / 2
                if cumulativePlaces[middle] > place { high = middle } else { low = middle + 1 }
            }
            return low
        }
        let (size, larger) = (openPlaces / open, openPlaces % open)
        let first = larger * (size + 1)
        return place < first ? place / (size + 1) : larger + (place - first) / size
    }

    /// Families waiting at `provider` per place it is contracted for.
    @inline(__always)
    private func waitingPerPlace(_ provider: Int, leaving: Int = 0) -> Double {
        Double(waitingAt[provider] - leaving) / Double(max(1, places[provider]))
    }

    /// The provider a family waiting at `provider` would move to: the open one with the fewest families
    /// waiting per place, if it has fewer than `provider` has without the family; nil when none is shorter.
    /// Of several with nobody waiting, the one whose list emptied last (`EmptyLists`, kept for a service
    /// whose families may switch); with a family on every list, the first of those with the fewest.
    func shorterList(than provider: Int) -> Int? {
        let own = waitingPerPlace(provider, leaving: 1)
        guard own > 0 else { return nil }
        if let empty = emptyLists?.last, contracts?.stopped[empty] != true { return empty }
        var best: (provider: Int, perPlace: Double)?
        for other in 0..<open where other != provider && contracts?.stopped[other] != true {
            let perPlace = waitingPerPlace(other)
            if perPlace < own && perPlace < (best?.perPlace ?? .infinity) { best = (other, perPlace) }
        }
        return best?.provider
    }

    /// A waiting family moves from `provider`'s list to `target`'s: its wait runs on from when it joined,
    /// and the service's books see neither a new arrival nor a family leaving (`ServiceStation.moveOut`).
    mutating func move(
        _ ticket: Provider.WaitingTicket, priority: Double, from provider: Int, to target: Int, at now: Double
    ) -> StationAdmission? {
        guard let waiting = members[provider].moveOut(ticket, at: now) else { return nil }
        count(-1, at: provider, now: now)
        closeIfDrained(provider, at: now)
        let admission = members[target].moveIn(waiting, priority: priority, at: now)
        if admission == .started {
            countInCare(1, at: now)
            books.started(waited: now - waiting.since)
            didStart(1, at: target, now: now)
        } else {
            count(1, at: target, now: now)
        }
        return admission
    }

    /// Families waiting at `provider`.
    func waiting(at provider: Int) -> Int { waitingAt[provider] }

    /// `delta` more families wait at `provider`.
    private mutating func count(_ delta: Int, at provider: Int, now: Double) {
        waiting += delta
        waitingAt[provider] += delta
        emptyLists?.changed(provider, from: waitingAt[provider] - delta, to: waitingAt[provider], open: open)
        books.waitingChanged(to: waiting, at: now)
        waitingSeries.update(to: Double(waiting), at: now)
    }

    /// `delta` more families in care at the providers.
    private mutating func countInCare(_ delta: Int, at now: Double) {
        busy += delta
        books.busyChanged(to: busy, at: now)
    }

    mutating func arrive(_ customer: Int32, priority: Double, provider: Int, at now: Double) -> StationAdmission {
        let admission = members[provider].arrive(customer, priority: priority, at: now)
        admitted(admission, provider: provider, at: now)
        return admission
    }

    mutating func arriveFirstInLine(_ customer: Int32, provider: Int, at now: Double) -> StationAdmission {
        let admission = members[provider].arriveFirstInLine(customer, at: now)
        admitted(admission, provider: provider, at: now)
        return admission
    }

    /// The books of an arrival: it started at once (a place was free) or joined the provider's list.
    private mutating func admitted(_ admission: StationAdmission, provider: Int, at now: Double) {
        books.arrived()
        if admission == .started {
            countInCare(1, at: now)
            books.started(waited: 0)
            didStart(1, at: provider, now: now)
        } else {
            count(1, at: provider, now: now)
        }
    }

    mutating func admitAhead(_ customer: Int32, provider: Int, at now: Double) -> StationAdmission {
        let admission = members[provider].admitAhead(customer, at: now)
        admitted(admission, provider: provider, at: now)
        return admission
    }

    /// An episode ends at `provider`: the next on its list starts in the freed place (the number in care
    /// does not change), unless the list is empty or places were cut.
    mutating func complete(provider: Int, at now: Double) -> (customer: Int32, waited: Double)? {
        books.completed()
        let next = members[provider].complete(at: now)
        if let next {
            books.started(waited: next.waited)
            count(-1, at: provider, now: now)
            didStart(1, at: provider, now: now)
        } else {
            countInCare(-1, at: now)
        }
        closeIfDrained(provider, at: now)
        return next
    }

    /// Episodes started at `provider`: one that has now started its contracted volume stops its intake (its
    /// places close as its families finish; `ProviderContracts`).
    private mutating func didStart(_ count: Int, at provider: Int, now: Double) {
        guard contracts?.didStart(count, at: provider) == true else { return }
        _ = setServers(0, provider: provider, at: now)
    }

    /// A new budget year: every provider may start its contracted volume again, and those that stopped
    /// reopen (unless `reopening` is false: a budget ceiling keeps the service closed). Returns who starts.
    mutating func renewContracts(reopening: Bool, at now: Double) -> [(customer: Int32, provider: Int)] {
        guard contracts != nil else { return [] }
        contracts!.renew(places: places)
        guard reopening else { return [] }
        var started: [(customer: Int32, provider: Int)] = []
        for provider in 0..<open where members[provider].servers < places[provider] {
            for (customer, _) in setServers(places[provider], provider: provider, at: now) { started.append((customer, provider)) }
        }
        return started
    }

    mutating func abandon(_ ticket: Provider.WaitingTicket, provider: Int, at now: Double) -> Double? {
        let waited = members[provider].abandon(ticket, at: now)
        if let waited {
            books.abandoned(waited: waited)
            count(-1, at: provider, now: now)
        }
        closeIfDrained(provider, at: now)
        return waited
    }

    /// A closed provider whose list is empty gives up its places (those in care finish their episodes).
    private mutating func closeIfDrained(_ provider: Int, at now: Double) {
        guard provider >= open, waitingAt[provider] == 0, members[provider].servers > 0 else { return }
        _ = setServers(0, provider: provider, at: now)
    }

    /// Sets one provider's places (no more free ones than it may still start this year, under a contract);
    /// returns who starts.
    mutating func setServers(_ wanted: Int, provider: Int, at now: Double) -> [(customer: Int32, waited: Double)] {
        let places = contracts?.places(wanted, provider: provider, busy: members[provider].busy) ?? wanted
        servers += places - members[provider].servers
        books.capacityChanged(to: servers, at: now)
        let started = members[provider].setServers(places, at: now)
        guard !started.isEmpty else { return started }
        for (_, waited) in started { books.started(waited: waited) }
        countInCare(started.count, at: now)
        count(-started.count, at: provider, now: now)
        didStart(started.count, at: provider, now: now)
        return started
    }

    /// Sets the service's places, split over the open providers evenly (a cut of add-on slots falls on
    /// every team alike). Returns who starts, with their provider.
    mutating func setServers(_ total: Int, at now: Double) -> [(customer: Int32, provider: Int)] {
        let shares = Self.split(total, over: open, skew: sizeSkew)
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
    /// January) only the books change: the places open when the service reopens. `serving`: the places that
    /// serve, where fewer than `total` do (add-on families and consultation hold some of the generalists');
    /// opening the others for a moment would start families they cannot take. Returns who starts.
    mutating func resize(
        to total: Int, serving: Int? = nil, providers count: Int, closed: Bool, at now: Double
    ) -> [(customer: Int32, provider: Int)] {
        let count = max(1, min(count, max(total, 1)))
        while members.count < count {
            members.append(Provider(servers: 0, discipline: discipline, at: now))
            waitingAt.append(0)
        }
        open = count
        emptyLists?.rebuild(waitingAt: waitingAt, open: open)
        let shares = Self.split(total, over: count, skew: sizeSkew)
        places = members.indices.map { $0 < count ? shares[$0] : 0 }
        contracts?.resize(places: places)
        // Every place closed (a cut to none): families still join the first provider's list.
        openPlaces = total
        addUpOpenPlaces()
        contracted.update(to: Double(total), at: now)
        var started: [(customer: Int32, provider: Int)] = []
        guard !closed else { return started }
        let servingShares = serving.map { Self.split($0, over: count, skew: sizeSkew) } ?? shares
        for provider in members.indices {
            if provider < count {
                for (customer, _) in setServers(servingShares[provider], provider: provider, at: now) {
                    started.append((customer, provider))
                }
            } else {
                closeIfDrained(provider, at: now)
            }
        }
        return started
    }

    mutating func restartStatistics(at time: Double) {
        books.restart(at: time)
        contracted.restart(at: time)
        contracts?.restartStatistics()
    }
}
