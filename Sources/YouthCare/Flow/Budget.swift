import SimKernel

/// DOMAIN.md section 7 in the flow: priced episodes are booked in the ledger, and a level's yearly ceiling,
/// once the expected cost of the year's starts reaches it, triggers the scenario's behaviour:
/// waitlist (the level's services start nobody until January), overspend (starts go on; the overspend is
/// recorded), or stepDown (cases are assigned the next lower level).
extension YouthCareModel {
    /// The level a service's episodes are priced at: specialist pools and out-of-home care (4-7).
    static func pricedLevel(_ index: Int) -> Level? {
        switch Service(index: index) {
        case .specialist(let level): return level
        case .outOfHome: return 7
        default: return nil
        }
    }

    mutating func pricedEpisodeBegins(_ id: Int32, level: Level, at now: Double) {
        cases[id].episodeStart = now
        let setting = cases[id].setting
        ledger.episodeBegins(level: level, setting: setting, at: now)
        let year = recorder.year(at: now)
        if ceilingReached[level] && measuring && now >= 0 { recorder.startsAfterCeiling[year][level] += 1 }
        guard let ceiling = ledger.ceiling(level: level, yearIndex: budgetYear) else { return }
        committed[level] += ledger.expectedCost(level: level, setting: setting, meanDays: meanDays(level), at: now)
        guard !ceilingReached[level], committed[level] >= ceiling else { return }
        ceilingReached[level] = true
        if measuring && now >= 0 { recorder.ceilingDay[year][level] = now - Double(year) * ModelTime.daysPerYear }
        if parameters.money.ceilingBehaviour == .waitlist {
            for index in stations.indices where Self.pricedLevel(index) == level {
                _ = stations[index].setServers(0, at: now)
            }
        }
    }

    mutating func pricedEpisodeEnds(_ id: Int32, level: Level, at now: Double) {
        ledger.episodeEnds(level: level, setting: cases[id].setting, started: cases[id].episodeStart, at: now)
    }

    /// Mean episode length at a level, for the expected cost of per-day and per-hour care.
    func meanDays(_ level: Level) -> Double {
        guard level == 7 else { return parameters.specialist.duration[level].meanDays }
        let shares = parameters.specialist.placementShares
        return Placement.allCases.reduce(0.0) { $0 + shares[$1.rawValue] * parameters.specialist.placementDuration[$1.rawValue].meanDays }
            / max(shares.reduce(0, +), 1e-12)
    }

    /// Under stepDown, a case headed for a level whose ceiling is reached is assigned the next lower level.
    mutating func levelAfterCeiling(_ id: Int32, service index: Int, at now: Double) -> Int {
        guard parameters.money.ceilingBehaviour == .stepDown, let level = Self.pricedLevel(index),
              ceilingReached[level], level > 2 else { return index }
        if measuring && now >= 0 { recorder.steppedDownByCeiling[recorder.year(at: now)][level] += 1 }
        cases[id].assigned = level - 1
        return service(for: level - 1)
    }

    /// A new budget year: commitments start from zero and closed services reopen.
    mutating func newBudgetYear(_ yearIndex: Int, calendar: inout EventCalendar<Event>) {
        budgetYear = yearIndex
        let now = calendar.now
        for level in 4...7 {
            committed[level] = 0
            guard ceilingReached[level] else { continue }
            ceilingReached[level] = false
            guard parameters.money.ceilingBehaviour == .waitlist else { continue }
            // Reopen a place at a time: the deferred cases start in order until the new year's ceiling is
            // reached again (which closes the level once more), not all at once past it.
            for index in stations.indices where Self.pricedLevel(index) == level {
                // Places still busy with last year's cases count; reopening starts above them.
                var places = max(stations[index].servers, stations[index].busy)
                _ = stations[index].setServers(places, at: now)
                while !ceilingReached[level] && places < baseCapacity[index] {
                    places += 1
                    let started = stations[index].setServers(places, at: now)
                    guard !started.isEmpty else {
                        // Nobody waiting: open fully (which can start nobody either).
                        let none = stations[index].setServers(baseCapacity[index], at: now)
                        precondition(none.isEmpty, "reopening started cases without beginning them")
                        break
                    }
                    if measuring && now >= 0 { recorder.deferredByCeiling[recorder.year(at: now)][level] += started.count }
                    for (next, _) in started { begin(next, calendar: &calendar) }
                }
                recorder.waitingSeries[index].update(to: Double(stations[index].waiting), at: now)
            }
        }
    }
}
