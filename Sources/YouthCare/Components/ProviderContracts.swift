/// The volume a service's providers are contracted for (`specialist.contractVolumeShare`): each may start a
/// number of episodes in a budget year, in proportion to its places; one that has started them stops its
/// intake until January (its families in care finish their episodes, its list waits, referrers send new
/// families elsewhere). Budget ceilings per provider are how municipalities regulate the inflow into
/// specialist care (Dialoogpaper wijkteams l.654-658); docs/model.md, flow.
struct ProviderContracts {
    /// Episodes a provider may start in a budget year, per place it has.
    let startsPerPlace: Double
    /// Per provider: episodes it may start this year, has started, and whether it has stopped its intake.
    private(set) var limit: [Int] = []
    private(set) var started: [Int] = []
    private(set) var stopped: [Bool] = []
    /// Provider-years whose volume was reached, since the statistics restarted.
    private(set) var reached = 0

    init(startsPerPlace: Double, places: [Int]) {
        self.startsPerPlace = startsPerPlace
        renew(places: places)
    }

    /// A new budget year: every provider may start its volume again.
    mutating func renew(places: [Int]) {
        limit = places.map(volume)
        started = [Int](repeating: 0, count: places.count)
        stopped = places.map { _ in false }
    }

    /// A policy changed the places: each provider's volume follows its places, what it started this year
    /// counts on (a provider that had started its new volume stops).
    mutating func resize(places: [Int]) {
        while started.count < places.count {
            started.append(0)
            stopped.append(false)
        }
        limit = places.map(volume)
        for provider in places.indices where places[provider] > 0 && !stopped[provider] && started[provider] >= limit[provider] {
            stop(provider)
        }
    }

    /// The volume of a provider of `places`: at least one episode for a provider with a place.
    private func volume(_ places: Int) -> Int { places > 0 ? max(1, Int((startsPerPlace * Double(places)).rounded())) : 0 }

    /// Places `provider` may open with `busy` families in care: no more free places than episodes it may still
    /// start this year.
    func places(_ wanted: Int, provider: Int, busy: Int) -> Int {
        stopped[provider] ? 0 : min(wanted, busy + max(0, limit[provider] - started[provider]))
    }

    /// `count` more episodes started at `provider`; true when it has now started its year's volume (it stops).
    mutating func didStart(_ count: Int, at provider: Int) -> Bool {
        started[provider] += count
        guard !stopped[provider], started[provider] >= limit[provider] else { return false }
        stop(provider)
        return true
    }

    private mutating func stop(_ provider: Int) {
        stopped[provider] = true
        reached += 1
    }

    /// The first provider from `provider` on (round the open ones) that still takes families, or nil.
    func takingIntake(from provider: Int, open: Int) -> Int? {
        (0..<open).lazy.map { (provider + $0) % open }.first { !stopped[$0] }
    }

    mutating func restartStatistics() { reached = 0 }
}
