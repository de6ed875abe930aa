/// What a figure measures. The raw value is the name results files carry in their `metric` column, so a
/// figure that is renamed, misspelt or missing is a compile error, not a silently empty cell.
public enum Figure: String, CaseIterable, Sendable {
    // Flow of cases (per level unless said otherwise; `docs/model.md`, outputs).
    case onsets, relapses, starts, completions, stepUps, stepDowns, resolved
    case arrivals, resolvedUnaided, droppedOut, gaveUpWaiting, placements, supervisionOrders
    case returnedAfterGivingUp
    /// Youths whose help ended where their age ends it (`age.*`), in all and a year; and youths who turned 23
    /// with their need unresolved, leaving the population the model follows.
    case agedOut, grownUp
    case perYearAgedOut = "perYear.agedOut"
    /// Consultations given and lapsed, over all routes and per route (M10).
    case consultationsGiven, consultationsLapsed
    /// Hours of the professionals who asked, a year, over all routes and per route (M10).
    case consultationAskerHoursPerYear = "consultation.askerHoursPerYear"
    /// What a consultation is worth at the end of the run, relative to one by a specialist who still treats.
    case consultationWorth = "consultation.worth"
    /// Referrals to care the consultations in schools and childcare prevented, per FTE of consultation
    /// spent there, over two years: the figure De Ronde Venen reported (M10, docs/model.md).
    case referralsPreventedPerFTETwoYears = "consultation.referralsPreventedPerFTETwoYears"
    /// The neighbourhood team's competence at the end of the run, 0-1 (M13).
    case teamCompetence
    /// The team's consultations a year by the form they took (`ConsultationForm`), and the days a given
    /// consultation waited for hours, on average (M10).
    case consultationFormsPerYear = "consultation.formsPerYear"
    /// Specialist hours a year that joint treatment and flying in spend treating at the front.
    case consultationTreatmentHoursPerYear = "consultation.treatmentHoursPerYear"
    case consultationWaitMean = "consultation.waitMean"
    /// Needs resolved at the front without a referral into care, in all and by who resolved them (M10 b, M13).
    case resolvedLocally
    case perYearResolvedLocally = "perYear.resolvedLocally"
    /// The share of needs (levels 2-4) each setting resolves itself at the end of the run, from the
    /// competence consultations built (M13).
    case settingCompetence
    /// Needs the access threshold turned away, and applications again by turned-away families (M14).
    case turnedAway, reapplications
    /// Professionals met beyond a family's first, each a hand-off with its hours (M15).
    case handOffs
    case specialistStarts, specialistStartsPerYear, inCare
    case stockStart = "stock.start"
    case stockEnd = "stock.end"
    case perYearArrivals = "perYear.arrivals"
    case perYearPlacements = "perYear.placements"
    case perYearSupervisionOrders = "perYear.supervisionOrders"
    /// Families a year whose safety worsened while help had not come, and crisis placements a year (M12).
    case perYearEscalations = "perYear.escalations"
    case perYearCrisisPlacements = "perYear.crisisPlacements"
    case perYearDroppedOut = "perYear.droppedOut"
    case perYearStepUps = "perYear.stepUps"
    case perYearStepDowns = "perYear.stepDowns"
    case perYearConsultations = "perYear.consultations"
    /// Child-years lived with a need nobody meets, per year (`UnmetNeed`): over all levels and per level.
    case unmetNeedChildYears = "unmetNeed.childYears"
    case timeToHelpMean = "timeToHelp.mean"
    case timeToHelpP50 = "timeToHelp.p50"
    case timeToHelpP90 = "timeToHelp.p90"
    /// The share of CBS trajectories ended in the reported years that lasted as long as the group's band.
    case endedTrajectoriesDurationShare = "endedTrajectories.durationShare"
    case professionalsPerFamilyMean = "professionalsPerFamily.mean"
    case shareResolvedAtLightLevels = "share.resolvedAtLightLevels"
    case flagMoreIntensiveThanLight = "flag.moreIntensiveThanLight"
    case relapseShareOfArrivals
    // Services (per service; the specialist pools also pooled).
    case waitMean = "wait.mean"
    case waitP50 = "wait.p50"
    case waitP90 = "wait.p90"
    case waitingListMean = "waitingList.mean"
    case waitingListEnd = "waitingList.end"
    /// The monthly series of the waiting list.
    case waitingList
    /// Monthly series of the stocks: families in care (`inCare`) and in the system (`inSystem`).
    case stock
    /// Mean wait of all who joined, counting those who left until they left; the share who left.
    case waitIncludingLeaversMean = "waitIncludingLeavers.mean"
    case shareLeftWaitingList = "share.leftWaitingList"
    /// The share of starts within the maximum acceptable wait (treeknorm), for specialist and out-of-home care.
    case shareStartsWithinTreeknorm = "share.startsWithinTreeknorm"
    /// Of the provider-years of a specialist level, the share in which a provider started its contracted
    /// volume and stopped its intake until January (`specialist.contractVolumeShare`).
    case shareProvidersAtContractVolume = "share.providersAtContractVolume"
    case utilisation, leftWaitingList
    /// Who left the waiting list, by why (`leftWaitingList` is their sum).
    case leftWaitingListGaveUp = "leftWaitingList.gaveUp"
    case leftWaitingListResolvedUnaided = "leftWaitingList.resolvedUnaided"
    case leftWaitingListRetriaged = "leftWaitingList.retriaged"
    case leftWaitingListAgedOut = "leftWaitingList.agedOut"
    /// Arrivals x mean duration / capacity: at or above 1 the service cannot keep up and the run describes
    /// a transient, whatever its utilisation says.
    case offeredLoad
    // Per 1,000 youths, as CBS counts (calibration).
    case per1000InCarePerYear = "per1000.inCarePerYear"
    case per1000WithStayPerYear = "per1000.withStayPerYear"
    case per1000ActiveGeneralist = "per1000.activeGeneralist"
    case per1000ActiveAmbulantSpecialist = "per1000.activeAmbulantSpecialist"
    case per1000ActiveWithStay = "per1000.activeWithStay"
    case per1000SupervisionOrdersActive = "per1000.supervisionOrdersActive"
    case per1000SupervisionOrdersPerYear = "per1000.supervisionOrdersPerYear"
    /// CBS trajectories started (one per child per provider type; `ProviderType`), and the share of them
    /// started by a child whose need returned (repeat use, herhaald beroep).
    case per1000TrajectoryStartsPerYear = "per1000.trajectoryStartsPerYear"
    case shareRepeatUse = "share.repeatUse"
    /// Of the youths in an episode of care at the run's end (31 December of its last year), the share in each
    /// age band (by their age that day), as CBS 85095NED counts youths with youth care on a day by age.
    case shareInCareAtEndByAge = "share.inCareAtEnd"
    case per1000WaitingSpecialist = "per1000.waitingSpecialist"
    // Money (per budget year and line, or over the horizon).
    case spend, budget, overspend, ceilingReachedDay, startsAfterCeiling, steppedDownByCeiling, deferredByCeiling
    case spendPerYear = "spend.perYear"
    /// Spending over the need episodes that arose (new needs and relapses): unlike spending per resolved
    /// case it does not rise because needs resolve unaided instead of with care.
    case costPerCase
    case costPerResolvedCase, spendPerYouthPerYear, providerMargin, providerMarginShare
    /// How the margin share spreads over a level's providers (levels 4-6): the 10th, 50th and 90th
    /// percentiles across providers, and the share of providers whose care cost more than they were paid.
    case providerMarginShareP10 = "providerMarginShare.p10"
    case providerMarginShareP50 = "providerMarginShare.p50"
    case providerMarginShareP90 = "providerMarginShare.p90"
    case shareProvidersWithLoss = "share.providersWithLoss"
    /// Spending per youth at the price level of the scenario's prices (2024), without the yearly indexation.
    case spendPerYouthPerYearAtPriceLevel = "spendPerYouthPerYear.atPriceLevel"
}

/// One figure a run produces: what (`figure`), for which level, service or budget line (`group`) and which
/// reported year (`year`, nil for the whole horizon). Tidy CSV has one column each.
public struct Metric: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Whom a figure is about; the key is the results files' `group` column.
    public struct Group: Hashable, Comparable, Sendable {
        public let key: String

        /// The whole system.
        public static let system = Group(key: "")
        /// Families in an episode of care, and in the system at all (`Figure.stock`).
        public static let inCare = Group(key: "inCare")
        public static let inSystem = Group(key: "inSystem")
        /// All budget lines together.
        public static let total = Group(key: "total")
        /// The specialist pools of levels 4-6 together.
        public static let pooledSpecialist = Group(key: "specialist")
        public static func level(_ level: Level) -> Group { Group(key: "level\(level)") }
        public static func service(_ service: Service) -> Group { Group(key: service.description) }
        public static func line(_ line: Ledger.Line) -> Group { Group(key: line.key) }
        public static func duration(_ band: DurationBand) -> Group { Group(key: band.key) }
        /// A duration band of the trajectories of one referrer, or of one provider type.
        public static func duration(_ band: DurationBand, referredBy route: Route) -> Group { Group(key: "\(route.key).\(band.key)") }
        static func duration(_ band: DurationBand, type: ProviderType) -> Group { Group(key: "\(type.key).\(band.key)") }
        public static func route(_ route: ConsultationRoute) -> Group { Group(key: route.key) }
        public static func form(_ form: ConsultationForm) -> Group { Group(key: form.key) }
        public static func resolver(_ resolver: LocalResolution) -> Group { Group(key: resolver.key) }
        public static func setting(_ setting: Setting) -> Group { Group(key: setting.key) }
        public static func age(_ band: AgeBand) -> Group { Group(key: "age:\(band.label)") }

        public static func < (a: Group, b: Group) -> Bool { a.key < b.key }
    }

    public let figure: Figure
    public let group: Group
    public let year: Int?

    public init(_ figure: Figure, _ group: Group = .system, year: Int? = nil) {
        self.figure = figure
        self.group = group
        self.year = year
    }

    /// A metric read back from its names (a shard); nil when this version produces no such figure.
    public init?(name: String, group: String, year: Int?) {
        guard let figure = Figure(rawValue: name) else { return nil }
        self.init(figure, Group(key: group), year: year)
    }

    public var name: String { figure.rawValue }

    public static func < (a: Metric, b: Metric) -> Bool {
        (a.name, a.group.key, a.year ?? Int.min) < (b.name, b.group.key, b.year ?? Int.min)
    }

    public var description: String {
        [name, group.key.isEmpty ? nil : group.key, year.map(String.init)].compactMap { $0 }.joined(separator: ".")
    }
}

/// What one replication produced: scalar figures, monthly series, and how many events it took (a measure
/// of the run, not a result: it goes to run.json, not into the results files).
public struct ReplicationResult: Sendable {
    public var figures: [Metric: Double] = [:]
    /// Monthly averages (the waiting list per service, month by month), keyed by metric.
    public var series: [Metric: [Double]] = [:]
    public var events = 0

    public init(figures: [Metric: Double] = [:], series: [Metric: [Double]] = [:], events: Int = 0) {
        self.figures = figures
        self.series = series
        self.events = events
    }

    mutating func set(_ figure: Figure, _ group: Metric.Group, year: Int? = nil, _ value: Double) {
        figures[Metric(figure, group, year: year)] = value
    }

    mutating func set(_ figure: Figure, year: Int? = nil, _ value: Double) { set(figure, .system, year: year, value) }
}
