import SimKernel

/// Money in the pathway (`docs/model.md`, money): priced episodes are booked through budget control, and
/// what a reached ceiling decides is carried out here: the level's services close until January
/// (waitlist), or a case headed there is assigned the next lower level (stepDown).
extension YouthCareModel {
    /// What kind of priced care a service gives (`PricedCare`).
    static func pricedCare(_ index: Int) -> PricedCare {
        switch Service(index: index) {
        case .outOfHome(let placement): return .placement(placement)
        case .longTerm: return .longTerm
        default: return .programme
        }
    }

    /// The level a service's episodes are priced at: specialist pools and out-of-home care (4-7).
    static func pricedLevel(_ index: Int) -> Level? {
        switch Service(index: index) {
        case .specialist(let level): return level
        case .outOfHome: return 7
        case .longTerm: return LongTermCare.level
        default: return nil
        }
    }

    mutating func pricedEpisodeBegins(_ id: Int32, level: Level, at now: Double) {
        cases[id].episodeStart = now
        let year = recorder.year(at: now)
        if budget.isReached(level) { recorder.startsAfterCeiling[year][level] += 1 }
        let care = Self.pricedCare(cases[id].service)
        let provider = Self.specialistProvider(cases[id])
        guard budget.episodeBegins(level: level, setting: cases[id].setting, care: care, provider: provider, at: now) else { return }
        recorder.ceilingDay[year][level] = now - Double(year) * ModelTime.daysPerYear
        if budget.decision(for: level) == .wait {
            for index in services.indices where Self.pricedLevel(index) == level {
                _ = services[index].setServers(0, at: now)
            }
        }
    }

    mutating func pricedEpisodeEnds(_ id: Int32, level: Level, at now: Double) {
        budget.ledger.episodeEnds(
            level: level, setting: cases[id].setting, care: Self.pricedCare(cases[id].service),
            provider: Self.specialistProvider(cases[id]),
            started: cases[id].episodeStart, at: now)
    }

    /// The specialist provider (levels 4-6) a case in care is at; nil at any other service.
    static func specialistProvider(_ record: Case) -> Int? {
        // By index, not through `Service(index:)`: asked at every priced episode, whose outlined call cost 1 %.
        let index = Int(record.service)
        guard index >= Service.specialist(4).index && index <= Service.specialist(6).index else { return nil }
        return Int(record.provider)
    }

    /// The service a case headed for `index` joins: under stepDown, the next lower level's once the
    /// level's ceiling is reached. A case is stepped down once: when the lighter care fails and it steps up
    /// again, it gets the level it was headed for (else it would cycle between the two levels, each lighter
    /// trajectory paid for, until January).
    mutating func levelAfterCeiling(_ id: Int32, service index: Int, at now: Double) -> Int {
        guard let level = Self.pricedLevel(index), budget.decision(for: level) == .stepDown,
            !cases[id].steppedDownByCeiling
        else { return index }
        cases[id].steppedDownByCeiling = true
        recorder.steppedDownByCeiling[recorder.year(at: now)][level] += 1
        cases[id].assigned = level - 1
        return service(for: level - 1, of: id)
    }

    /// A court order cannot wait for the budget: under waitlist, a case under a supervision order headed for
    /// a level its ceiling closed starts at once when a place is free (the ceiling, not space, closed it).
    /// With every place taken it waits like the others (until January: `reopen`).
    mutating func courtOrderOverridesClosure(_ id: Int32, service index: Int, provider: Int) -> Bool {
        guard cases[id].supervision, let level = Self.pricedLevel(index), budget.decision(for: level) == .wait else { return false }
        return services[index].members[provider].busy < services[index].places[provider]
    }

    /// A new budget year: commitments start from zero and closed services reopen.
    mutating func newBudgetYear(_ yearIndex: Int, calendar: inout EventCalendar<Event>) {
        let reopened = budget.beginBudgetYear(yearIndex)
        if budget.behaviour == .waitlist {
            for level in reopened { reopen(level, calendar: &calendar) }
        }
        // Providers' contracts start a new year: those that stopped their intake take families again.
        for level in 4...6 {
            let index = Service.specialist(level).index
            let reopening = budget.decision(for: level) != .wait
            for (next, _) in services[index].renewContracts(reopening: reopening, at: calendar.now) { begin(next, calendar: &calendar) }
        }
    }

    /// Reopens a place at a time: the deferred cases start in order until the new year's ceiling is
    /// reached again (which closes the level once more), not all at once past it. Providers take turns, a
    /// place each, up to their own places.
    mutating func reopen(_ level: Level, calendar: inout EventCalendar<Event>) {
        let now = calendar.now
        for index in services.indices where Self.pricedLevel(index) == level {
            let base = services[index].places
            // Places still busy with last year's cases count; reopening starts above them.
            var places = services[index].members.map { max($0.servers, $0.busy) }
            for provider in places.indices { _ = services[index].setServers(places[provider], provider: provider, at: now) }
            var opening = true
            while opening && !budget.isReached(level) {
                opening = false
                for provider in places.indices where places[provider] < base[provider] && !budget.isReached(level) {
                    places[provider] += 1
                    let started = services[index].setServers(places[provider], provider: provider, at: now)
                    guard !started.isEmpty else {
                        // Nobody waiting here: open fully (which can start nobody either).
                        let none = services[index].setServers(base[provider], provider: provider, at: now)
                        precondition(none.isEmpty, "reopening started cases without beginning them")
                        places[provider] = base[provider]
                        continue
                    }
                    opening = true
                    for (next, _) in started {
                        enter(case: next)
                        recorder.deferredByCeiling[recorder.year(at: now)][level] += 1
                        begin(next, calendar: &calendar)
                    }
                }
            }
        }
    }
}
