/// Budget control (`docs/model.md`, money): the ledger, each level's commitments against its yearly
/// ceiling, and what a reached ceiling decides for a case headed to that level. A ceiling is reached once
/// the expected cost of the budget year's starts at a level reaches it; the scenario's behaviour then
/// decides: waitlist (the level starts nobody until January), overspend (starts go on, the overspend is
/// recorded) or stepDown (the case is assigned the next lower level).
struct BudgetControl {
    /// What a reached ceiling does to a case headed for its level.
    enum Decision: Equatable {
        /// Start as usual (no ceiling reached, or the scenario overspends).
        case start
        /// Wait: the level's services are closed until the next budget year.
        case wait
        /// Assign the next lower level instead.
        case stepDown
    }

    var ledger: Ledger
    private(set) var behaviour: ModelParameters.Money.CeilingBehaviour
    /// Mean episode length per level (4-7), for the expected cost of per-day and per-hour care.
    private(set) var meanDays: [Double]
    /// This budget year's committed spending per level, and whether its ceiling was reached.
    private(set) var committed = [Double](repeating: 0, count: 8)
    private(set) var ceilingReached = [Bool](repeating: false, count: 8)
    /// The budget year's index (0: the first reported year; negative during warm-up).
    private(set) var budgetYear = 0

    init(_ parameters: ModelParameters, years: Int) {
        ledger = Ledger(money: parameters.money, years: years)
        behaviour = parameters.money.ceilingBehaviour
        meanDays = (0..<8).map { level in (4...7).contains(level) ? Self.meanDays(level, parameters.specialist) : 0 }
    }

    /// A policy timeline's new prices, ceilings and behaviour apply from now; this budget year's
    /// commitments stand.
    mutating func adopt(_ parameters: ModelParameters) {
        ledger.money = parameters.money
        behaviour = parameters.money.ceilingBehaviour
        meanDays = (0..<8).map { level in (4...7).contains(level) ? Self.meanDays(level, parameters.specialist) : 0 }
    }

    /// Mean episode length at a level; out-of-home care averages the placement types by their shares.
    static func meanDays(_ level: Level, _ specialist: ModelParameters.Specialist) -> Double {
        guard level == 7 else { return specialist.duration[level].meanDays }
        let shares = specialist.placementShares
        let weighted = Placement.allCases.reduce(0.0) {
            $0 + shares[$1.rawValue] * specialist.placementDuration[$1.rawValue].meanDays
        }
        return weighted / max(shares.reduce(0, +), 1e-12)
    }

    /// What happens to a case headed for `level` now. A needed out-of-home placement is never rationed
    /// (child safety, Jeugdwet art. 2.3: the municipality must provide the care a child needs): past its
    /// ceiling it starts, and the ceiling's overspend is recorded.
    func decision(for level: Level) -> Decision {
        guard ceilingReached[level], level < 7 else { return .start }
        switch behaviour {
        case .waitlist: return .wait
        case .overspend: return .start
        case .stepDown: return level > 2 ? .stepDown : .start
        }
    }

    func isReached(_ level: Level) -> Bool { ceilingReached[level] }

    /// Books a priced episode's start and commits its expected cost against the level's ceiling; true when
    /// this start reached the ceiling.
    mutating func episodeBegins(level: Level, setting: Setting, care: PricedCare = .programme, provider: Int? = nil, at time: Double)
        -> Bool
    {
        ledger.episodeBegins(level: level, setting: setting, care: care, provider: provider, at: time)
        guard let ceiling = ledger.ceiling(level: level, yearIndex: budgetYear) else { return false }
        committed[level] += ledger.expectedCost(level: level, setting: setting, care: care, meanDays: meanDays[level], at: time)
        guard !ceilingReached[level], committed[level] >= ceiling else { return false }
        ceilingReached[level] = true
        return true
    }

    /// A new budget year: commitments start from zero. Returns the levels whose ceiling had been reached
    /// (under waitlist their services reopen).
    mutating func beginBudgetYear(_ index: Int) -> [Level] {
        budgetYear = index
        var reopened: [Level] = []
        for level in 4...7 {
            committed[level] = 0
            guard ceilingReached[level] else { continue }
            ceilingReached[level] = false
            reopened.append(level)
        }
        return reopened
    }
}
