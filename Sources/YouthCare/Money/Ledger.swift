import Foundation

/// What kind of priced care an episode is, where its level does not say its price alone: a programme of
/// the level schema, a placement type (per day, its own price, when level 7 is paid per day), or long
/// low-intensity help (per month, its own price, on the level-4 line).
public enum PricedCare: Sendable, Equatable {
    case programme
    case placement(Placement)
    case longTerm
}

/// Spending by reported budget year and line (docs/model.md section 7), and the provider's side: what it is
/// paid and what delivering the care costs it. Per-contact, per-hour and per-day care accrues day by day
/// and is split over the budget years it spans; a trajectory price counts in the year it is paid (at its
/// start or at its completion). Prices are indexed per reported year. Warm-up (before day 0) is not booked.
public struct Ledger: Sendable {
    /// What spending is booked against.
    public enum Line: Int, CaseIterable, Sendable {
        case level4, level5, level6, level7, generalists, consultation, caseworkers, prevention
        /// Hours spent handing families from one professional to the next (M15).
        case collaboration
        /// The hours of the teachers, childcare staff and GPs who ask for a consultation (M10).
        case askers

        public static func level(_ level: Level) -> Line { Line(rawValue: level - 4)! }
        public var key: String {
            [
                "level4", "level5", "level6", "level7", "generalists", "consultation", "caseworkers", "prevention", "collaboration",
                "askers",
            ][rawValue]
        }
        public var level: Level? { rawValue < 4 ? rawValue + 4 : nil }
    }

    /// The prices in force (a policy timeline may change them during the run).
    var money: ModelParameters.Money {
        didSet { indices = Self.indices(money, years: years) }
    }
    /// The price index of each reported year (a power per booking showed in profiles).
    private var indices: [Double]
    public let years: Int
    /// spend[year][line], euros.
    public private(set) var spend: [[Double]]
    /// The providers' cost of delivering care, providerCost[year][level - 4].
    public private(set) var providerCost: [[Double]]
    /// Each specialist provider's account over the reported years, accounts[level - 4][provider] for levels
    /// 4-6: what its episodes were paid and what delivering them cost it (lump sums and the hours a shift
    /// moved are the level's, not an episode's: `ReplicationBooks` shares them by places).
    public internal(set) var accounts: [[ProviderAccount]] {
        get { [level4Accounts, level5Accounts, level6Accounts] }
        set { (level4Accounts, level5Accounts, level6Accounts) = (newValue[0], newValue[1], newValue[2]) }
    }
    // One array a level rather than an array of them: a booking then checks one array's uniqueness, not two.
    private var level4Accounts: [ProviderAccount] = []
    private var level5Accounts: [ProviderAccount] = []
    private var level6Accounts: [ProviderAccount] = []
    /// What each level 4-7 was paid over the reported years beyond its episodes: lump sums, less the hours a
    /// consultation shift moved (`bookFixedCosts`).
    public private(set) var beyondEpisodes = [Double](repeating: 0, count: 4)

    public struct ProviderAccount: Sendable, Codable, Equatable {
        public var revenue = 0.0
        public var cost = 0.0
    }

    public init(money: ModelParameters.Money, years: Int) {
        self.money = money
        self.years = years
        indices = Self.indices(money, years: years)
        spend = Array(repeating: Array(repeating: 0, count: Line.allCases.count), count: years)
        providerCost = Array(repeating: Array(repeating: 0, count: 4), count: years)
    }

    /// Adds the spending and provider costs of a region over the same years (`ReplicationBooks.merge`).
    mutating func merge(_ other: Ledger) {
        precondition(years == other.years, "ledgers merge over the same years")
        spend = zip(spend, other.spend).map { zip($0, $1).map(+) }
        providerCost = zip(providerCost, other.providerCost).map { zip($0, $1).map(+) }
        // A region's providers are its own: listed after these.
        accounts = zip(accounts, other.accounts).map(+)
        beyondEpisodes = zip(beyondEpisodes, other.beyondEpisodes).map(+)
    }

    /// Adds the books of a municipality that shares these providers (`Municipality`): spending adds, and so
    /// does each provider's account, one provider's in both.
    mutating func add(sharingProviders other: Ledger) {
        let accounts = accounts
        let theirs = other.accounts
        merge(other)
        self.accounts = zip(accounts, theirs).map { mine, theirs in
            (0..<max(mine.count, theirs.count)).map { k in
                let (a, b) = (k < mine.count ? mine[k] : ProviderAccount(), k < theirs.count ? theirs[k] : ProviderAccount())
                return ProviderAccount(revenue: a.revenue + b.revenue, cost: a.cost + b.cost)
            }
        }
    }

    public var horizon: Double { Double(years) * ModelTime.daysPerYear }

    /// The reported year a time falls in, or nil before the start or after the end.
    public func year(at time: Double) -> Int? {
        guard time >= 0 else { return nil }
        let year = Int(time / ModelTime.daysPerYear)
        return year < years ? year : nil
    }

    /// Price index of a reported year (1 in the first).
    public func index(_ year: Int) -> Double {
        year >= 0 && year < indices.count ? indices[year] : pow(1 + money.indexation, Double(year))
    }

    static func indices(_ money: ModelParameters.Money, years: Int) -> [Double] {
        (0..<years).map { pow(1 + money.indexation, Double($0)) }
    }

    /// Euros per day a running episode accrues (per contact, per hour, per day), before indexation: a
    /// placement type at its own price per day, long low-intensity help at its price per month.
    public func dailyRate(level: Level, setting: Setting, care: PricedCare = .programme) -> Double {
        let factor = money.settingFactor[setting.rawValue]
        switch care {
        // Under a lump sum the level's providers are paid for everything they deliver, long-term help too.
        case .longTerm: return money.pricing[level] == .lumpSum ? 0 : money.longTermPricePerMonth / ModelTime.daysPerMonth * factor
        case .placement(let placement) where money.pricing[level] == .perDay:
            return money.placementPricePerDay[placement.rawValue] * factor
        case .programme, .placement: break
        }
        switch money.pricing[level] {
        case .perDay: return money.price[level] * factor
        case .perContact, .perHour: return money.price[level] * money.unitsPerWeek[level] / 7 * factor
        case .trajectory, .lumpSum: return 0
        }
    }

    public func trajectoryPrice(level: Level, setting: Setting, care: PricedCare = .programme) -> Double {
        guard care != .longTerm, money.pricing[level] == .trajectory else { return 0 }
        return money.price[level] * money.settingFactor[setting.rawValue]
    }

    /// What an episode starting at `time` is expected to cost (for ceilings): the trajectory price, or the
    /// daily rate over the mean duration.
    public func expectedCost(level: Level, setting: Setting, care: PricedCare = .programme, meanDays: Double, at time: Double) -> Double {
        let i = index(max(0, year(at: time) ?? Int(time / ModelTime.daysPerYear)))
        return
            (trajectoryPrice(level: level, setting: setting, care: care) + dailyRate(level: level, setting: setting, care: care) * meanDays)
            * i
    }

    /// An episode begins at specialist `provider` (nil: not a specialist provider's).
    public mutating func episodeBegins(level: Level, setting: Setting, care: PricedCare = .programme, provider: Int? = nil, at time: Double)
    {
        guard money.trajectoryPayment == .atStart, let year = year(at: time) else { return }
        let paid = trajectoryPrice(level: level, setting: setting, care: care) * index(year)
        spend[year][Line.level(level).rawValue] += paid
        credit(provider, level: level, revenue: paid, cost: 0)
    }

    /// Adds to a specialist provider's account (levels 4-6), opening accounts up to it.
    mutating func credit(_ provider: Int?, level: Level, revenue: Double, cost: Double) {
        guard let provider else { return }
        switch level {
        case 4: Self.credit(&level4Accounts, provider, revenue: revenue, cost: cost)
        case 5: Self.credit(&level5Accounts, provider, revenue: revenue, cost: cost)
        case 6: Self.credit(&level6Accounts, provider, revenue: revenue, cost: cost)
        default: return
        }
    }

    private static func credit(_ accounts: inout [ProviderAccount], _ provider: Int, revenue: Double, cost: Double) {
        if accounts.count <= provider { accounts += Array(repeating: ProviderAccount(), count: provider + 1 - accounts.count) }
        let account = accounts[provider]
        accounts[provider] = ProviderAccount(revenue: account.revenue + revenue, cost: account.cost + cost)
    }

    /// An episode ends (or the run ends while it runs: `completed` false).
    public mutating func episodeEnds(
        level: Level, setting: Setting, care: PricedCare = .programme, provider: Int? = nil, started: Double, at time: Double,
        completed: Bool = true
    ) {
        var (paid, spent) = (0.0, 0.0)
        if completed, money.trajectoryPayment == .atCompletion, let year = year(at: time) {
            paid = trajectoryPrice(level: level, setting: setting, care: care) * index(year)
            spend[year][Line.level(level).rawValue] += paid
        }
        let rate = dailyRate(level: level, setting: setting, care: care)
        let cost = money.providerCostPerDay[level]
        // A loop, not a closure over self: the closure copied the ledger, and every booking then copied
        // its tables (a tenth of a municipality's run in profiles).
        var from = max(started, 0)
        let to = min(time, horizon)
        while from < to {
            let year = Int(from / ModelTime.daysPerYear)
            let yearEnd = min(Double(year + 1) * ModelTime.daysPerYear, to)
            let days = yearEnd - from
            let (pay, delivery) = (rate * days * index(year), cost * days * index(year))
            spend[year][Line.level(level).rawValue] += pay
            providerCost[year][level - 4] += delivery
            (paid, spent) = (paid + pay, spent + delivery)
            from = yearEnd
        }
        credit(provider, level: level, revenue: paid, cost: spent)
    }

    /// A hand-off between professionals at `time` (M15), indexed like every price.
    public mutating func bookHandOff(cost: Double, at time: Double) {
        guard let year = year(at: time) else { return }
        spend[year][Line.collaboration.rawValue] += cost * index(year)
    }

    /// The asker's hours of a consultation given at `time` (M10), indexed like every price.
    public mutating func bookAsker(cost: Double, at time: Double) {
        guard cost > 0, let year = year(at: time) else { return }
        spend[year][Line.askers.rawValue] += cost * index(year)
    }

    /// The yearly fixed costs of every reported year: generalist FTE, consultation (euros a year), caseworker
    /// FTE, prevention, lump sums.
    public mutating func bookFixedCosts(generalistFTE: Double, consultationCost: Double, caseworkerCapacity: Int) {
        for year in 0..<years {
            bookFixedCosts(
                year: year, share: 1, generalistFTE: generalistFTE, consultationCost: consultationCost, shiftedCost: [],
                caseworkerCapacity: caseworkerCapacity, money: money)
        }
    }

    /// The fixed costs of `share` of a reported year (the months a policy timeline kept these values), at
    /// the prices of `money`. `consultationCost` is the consultation hours at the specialist hour
    /// (`ModelParameters.consultationHourCost`); `shiftedCost` per level is what the treatment hours a
    /// consultation shift moved to the front cost at that level's treatment hour: the level's providers are
    /// paid for them no more (their contract moved them). The two are the same hours at the same price, so a
    /// shift is budget-neutral by construction and any difference in spending comes from the flow.
    public mutating func bookFixedCosts(
        year: Int, share: Double, generalistFTE: Double, consultationCost: Double, shiftedCost: [Double], caseworkerCapacity: Int,
        money: ModelParameters.Money
    ) {
        let i = index(year) * share
        spend[year][Line.generalists.rawValue] += generalistFTE * money.generalistCostPerFTE * i
        spend[year][Line.consultation.rawValue] += consultationCost * i
        for (level, cost) in shiftedCost.enumerated() where cost > 0 {
            spend[year][Line.level(level).rawValue] -= cost * i
            beyondEpisodes[level - 4] -= cost * i
        }
        spend[year][Line.caseworkers.rawValue] += Double(caseworkerCapacity) / money.ordersPerCaseworker * money.caseworkerCostPerFTE * i
        spend[year][Line.prevention.rawValue] += money.performanceSubsidy * i
        for level in 4...7 where money.pricing[level] == .lumpSum {
            spend[year][Line.level(level).rawValue] += money.lumpSum[level] * i
            beyondEpisodes[level - 4] += money.lumpSum[level] * i
        }
    }

    public func total(_ year: Int) -> Double { spend[year].reduce(0, +) }

    /// The macro budget of a reported year (nil when none is set); new-money consultation (its cost a year,
    /// before indexation) is added to it. At the prices of `money` (those in force in the year's January), or
    /// the ledger's.
    public func budget(
        _ year: Int, consultationCost: Double, funding: ModelParameters.Consultation.Funding, money: ModelParameters.Money? = nil
    ) -> Double? {
        let money = money ?? self.money
        guard money.macroBudget > 0 else { return nil }
        let extra = funding == .add ? consultationCost * index(year) : 0
        return money.macroBudget * pow(1 + money.budgetGrowth, Double(year)) + extra
    }

    /// A level's ceiling in a year (nil when none), for reported years and warm-up alike.
    public func ceiling(level: Level, yearIndex: Int, money: ModelParameters.Money? = nil) -> Double? {
        let money = money ?? self.money
        return money.ceiling[level] > 0 ? money.ceiling[level] * pow(1 + money.budgetGrowth, Double(yearIndex)) : nil
    }
}

/// A ledger's bookings as a region run's record holds them (`Experiment.regionRecords`); the prices they were
/// booked at are the system's, set again where the regions' books are added up (`Experiment.merged`).
extension Ledger: Codable {
    enum CodingKeys: String, CodingKey { case years, spend, providerCost, accounts, beyondEpisodes }

    public init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: CodingKeys.self)
        self.init(money: ModelParameters.Money(), years: try fields.decode(Int.self, forKey: .years))
        let spend = try fields.decode([[Double]].self, forKey: .spend)
        let providerCost = try fields.decode([[Double]].self, forKey: .providerCost)
        guard spend.map(\.count) == self.spend.map(\.count), providerCost.map(\.count) == self.providerCost.map(\.count) else {
            throw DecodingError.dataCorruptedError(forKey: .spend, in: fields, debugDescription: "a ledger of other years or lines")
        }
        (self.spend, self.providerCost) = (spend, providerCost)
        accounts = try fields.decode([[ProviderAccount]].self, forKey: .accounts)
        beyondEpisodes = try fields.decode([Double].self, forKey: .beyondEpisodes)
        guard accounts.count == 3, beyondEpisodes.count == 4 else {
            throw DecodingError.dataCorruptedError(forKey: .accounts, in: fields, debugDescription: "accounts of other levels")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var fields = encoder.container(keyedBy: CodingKeys.self)
        try fields.encode(years, forKey: .years)
        try fields.encode(spend, forKey: .spend)
        try fields.encode(providerCost, forKey: .providerCost)
        try fields.encode(accounts, forKey: .accounts)
        try fields.encode(beyondEpisodes, forKey: .beyondEpisodes)
    }
}
