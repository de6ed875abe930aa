import SimKernel

/// One replication of the youth-care flow (`docs/model.md`): cases arise, are detected, triaged, wait, are
/// served, step up or down, leave and may relapse. The model coordinates: the pathway of a case is in
/// `Flow/` (a file per mechanism), and the concerns it draws on are components that own their state, in
/// `Components/`: the model clock, budget control, the consultation function and care counting.
public struct YouthCareModel: DiscreteEventModel {
    public enum Event {
        case onset(level: Int8)
        /// A new need for long low-intensity help (`Service.longTerm`).
        case longTermOnset
        /// A month boundary: onset rates follow season and growth month by month.
        case newMonth
        case detected(Int32)
        /// The case's competing hazards fire (resolution, deterioration, giving up).
        case hazard(Int32)
        case serviceEnd(Int32, service: Int8)
        case returned(Int32)
        /// A need returns to a child whose care so far involved `professionals` professionals; a need for
        /// long low-intensity help returns as one.
        case relapse(level: Int8, setting: Int8, professionals: Int16, longTerm: Bool)
        case investigated(Int32)
        case endOfWarmUp
    }

    let parameters: ModelParameters
    let streams: RandomStreams
    let random: Streams
    var cases = CaseTable()
    /// Each service's providers, indexed by `Service.index`.
    var services: [Providers]
    var clock: ModelClock
    var budget: BudgetControl
    var consultation: ConsultationFunction
    var recorder: Recorder
    /// Onset rate per level per day in the current month, and the pending next onset per level.
    var onsetRate = [Double](repeating: 0, count: 8)
    var nextOnset = [EventCalendar<Event>.Handle?](repeating: nil, count: 8)
    var longTermOnsetRate = 0.0
    var nextLongTermOnset: EventCalendar<Event>.Handle?
    var addOnCases = 0
    let durations: [[Distribution]]
    let fosterLongStay: Distribution
    let routeChoice: DiscreteChoice
    let ageBandChoice: DiscreteChoice
    let placementChoice: DiscreteChoice

    /// Random streams by process, so that a change in one process leaves the others' draws alone.
    /// Durations, outcomes and waiting hazards have a stream per service (undetected cases' hazards one of
    /// their own): a scenario that changes what happens at one
    /// service (a consultation raising generalist success) then leaves the draws at the others in step,
    /// which keeps paired comparisons tight.
    struct Streams {
        let onset: [RandomStream]
        let longTermOnset: RandomStream
        let durations: [RandomStream]
        /// Per service for waiting cases; the last is for cases not yet detected.
        let hazards: [RandomStream]
        let outcomes: [RandomStream]
        let caseAttributes, detection, access, relapse, consultation, protection: RandomStream
        /// Which provider of a service a family is referred to.
        let referral: RandomStream
    }

    public init(_ parameters: ModelParameters, seed: UInt64, replication: Int) {
        self.parameters = parameters
        let streams = RandomStreams(seed: seed, replication: replication)
        self.streams = streams
        random = Streams(
            onset: (0..<8).map { streams.stream("onset/level\($0)") },
            longTermOnset: streams.stream("onset/long-term"),
            durations: Service.all.map { streams.stream("durations/\($0)") },
            hazards: Service.all.map { streams.stream("waiting hazards/\($0)") }
                + [streams.stream("natural course before detection")],
            outcomes: Service.all.map { streams.stream("outcomes/\($0)") },
            caseAttributes: streams.stream("case attributes"), detection: streams.stream("detection"),
            access: streams.stream("access and triage"),
            relapse: streams.stream("relapse"), consultation: streams.stream("consultation"),
            protection: streams.stream("child protection"), referral: streams.stream("referral to a provider"))
        clock = ModelClock(run: parameters.run)
        let start = clock.start
        recorder = Recorder(years: parameters.run.years, services: Service.all.count)
        budget = BudgetControl(parameters, years: recorder.yearCount)
        consultation = ConsultationFunction(parameters.consultation, stream: random.consultation, at: start)
        let capacity = Self.capacities(parameters)
        services = Service.all.map { service in
            let discipline: Station.Discipline =
                switch service {
                case .access, .generalist, .caseworker: .fifo
                case .specialist, .outOfHome, .longTerm: parameters.specialist.discipline
                }
            return Providers(
                places: capacity[service.index], providers: Self.providerCount(service, parameters), discipline: discipline, at: start)
        }
        durations = Self.durationTable(parameters)
        fosterLongStay = parameters.specialist.fosterLongStay.distribution
        routeChoice = DiscreteChoice(weights: parameters.access.routeShares)
        ageBandChoice = DiscreteChoice(weights: parameters.onset.ageBandShares)
        placementChoice = DiscreteChoice(weights: parameters.specialist.placementShares)
    }

    /// Places per service; a consultation function funded by shifting takes its FTE out of the specialist
    /// pools in proportion to their size (M10).
    static func capacities(_ p: ModelParameters) -> [Int] {
        var capacity = [Int](repeating: 0, count: Service.all.count)
        capacity[Service.access.index] = p.access.capacity
        capacity[Service.generalist.index] = p.generalist.slots
        capacity[Service.caseworker.index] = p.childProtection.caseworkerCapacity
        capacity[Service.longTerm.index] = p.longTerm.slots
        for placement in Placement.allCases {
            capacity[Service.outOfHome(placement).index] = p.specialist.placementCapacity[placement.rawValue]
        }
        let pools = 4...6
        let total = pools.reduce(0) { $0 + p.specialist.capacity[$1] }
        let shifted = ConsultationFunction.shiftedPlaces(p.consultation)
        for level in pools {
            let share = total > 0 ? Double(p.specialist.capacity[level]) / Double(total) : 0
            let places = (Double(p.specialist.capacity[level]) - shifted * share).rounded()
            capacity[Service.specialist(level).index] = max(0, Int(places))
        }
        return capacity
    }

    /// How many providers share a service's places: neighbourhood teams, specialist providers per level, of
    /// the size a scenario gives (so a region or the country has as many more providers as it has places).
    /// Counted before a consultation shift, which takes places from every provider, not whole providers.
    static func providerCount(_ service: Service, _ p: ModelParameters) -> Int {
        let count = { (total: Double, size: Double) in size > 0 ? max(1, Int((total / size).rounded())) : 1 }
        switch service {
        case .generalist: return count(p.generalist.fte, p.generalist.ftePerTeam)
        case .specialist(let level):
            return count(Double(p.specialist.capacity[level]), Double(p.specialist.placesPerProvider[level]))
        case .longTerm: return count(Double(p.longTerm.slots), Double(p.longTerm.casesPerProvider))
        case .access, .outOfHome, .caseworker: return 1
        }
    }

    /// Duration distribution per service and level (generalist by level 2-4, level 1 slot for aftercare).
    static func durationTable(_ p: ModelParameters) -> [[Distribution]] {
        Service.all.map { service in
            (0..<8).map { level in
                switch service {
                case .access: return .deterministic(max(p.access.assessmentDays, 0.001))
                case .generalist:
                    return level == 1
                        ? p.stepDown.aftercare.distribution : p.generalist.duration[min(max(level, 2), 4)].distribution
                case .specialist(let pool): return p.specialist.duration[pool].distribution
                case .outOfHome(let placement):
                    return p.specialist.placementDuration[placement.rawValue].distribution
                case .caseworker: return p.childProtection.supervision.distribution
                case .longTerm: return p.longTerm.duration.distribution
                }
            }
        }
    }

    /// Schedules the first onsets, month boundaries and the end of warm-up.
    public mutating func start(_ calendar: inout EventCalendar<Event>) {
        newMonth(&calendar)
        calendar.schedule(.endOfWarmUp, at: 0)
    }

    public mutating func handle(_ event: Event, calendar: inout EventCalendar<Event>) {
        switch event {
        case .onset(let level): onset(level: Level(level), calendar: &calendar)
        case .longTermOnset: longTermOnset(calendar: &calendar)
        case .newMonth: newMonth(&calendar)
        case .detected(let id): detected(id, calendar: &calendar)
        case .hazard(let id): hazardFires(id, calendar: &calendar)
        case .serviceEnd(let id, let service): serviceEnds(id, service: Int(service), calendar: &calendar)
        case .returned(let id): returns(id, calendar: &calendar)
        case .relapse(let level, let setting, let professionals, let longTerm):
            relapses(
                level: Level(level), setting: Setting(rawValue: Int(setting))!, professionals: Int(professionals),
                longTerm: longTerm, calendar: &calendar)
        case .investigated(let id): investigated(id, calendar: &calendar)
        case .endOfWarmUp: endWarmUp(at: calendar.now)
        }
    }

    mutating func endWarmUp(at time: Double) {
        clock.measuring = true
        countCarryOver(at: time)
        recorder.stockAtStart = cases.count
        for i in services.indices {
            services[i].restartStatistics(at: time)
            recorder.waitingSeries[i].update(to: Double(services[i].waiting), at: time)
        }
    }
}
