import SimKernel

/// One replication of the youth-care flow (`docs/model.md`): cases arise, are detected, triaged, wait, are
/// served, step up or down, leave and may relapse. The model coordinates: the pathway of a case is in
/// `Flow/` (a file per mechanism), and the concerns it draws on are components that own their state, in
/// `Components/`: the model clock, budget control, the consultation function and care counting.
public struct YouthCareModel: DiscreteEventModel {
    public enum Event {
        /// A new need at a level: from incidence, or one of the extra needs an open door or consultations draw.
        case onset(level: Int8, extra: Bool, stamp: UInt32)
        /// A new need for long low-intensity help (`Service.longTerm`).
        case longTermOnset(stamp: UInt32)
        /// A month boundary: onset rates follow season and growth month by month.
        case newMonth
        case detected(Int32, stamp: UInt32)
        /// The case's competing hazards fire (resolution, deterioration, giving up, applying again).
        case hazard(Int32, stamp: UInt32)
        case serviceEnd(Int32, service: Int8)
        /// A family that has waited `specialist.switchAfterDays` at its provider may move to a shorter list.
        case providerSwitch(Int32)
        /// A resolved need returns (`pendingRelapses` holds what it carries).
        case relapse(Int32)
        case investigated(Int32)
        case endOfWarmUp

        /// The case the event is about, if it is about one.
        var caseId: Int32? {
            switch self {
            case .detected(let id, _), .hazard(let id, _), .serviceEnd(let id, _), .investigated(let id), .providerSwitch(let id):
                return id
            case .onset, .longTermOnset, .newMonth, .relapse, .endOfWarmUp: return nil
            }
        }
    }

    /// The run's first parameters, its policy timeline, and the parameters in force with their tables.
    var timeline: PolicyTimeline
    let streams: RandomStreams
    let cases = CaseStore()
    /// Which cases' scheduled hazards and detections still hold (the calendar cancels nothing).
    var stamps = EventStamps()
    /// Each case's own random stream, in the slot of its id (`EntityStreams`).
    let caseStreams: EntityStreams
    /// Needs that will return, until they do.
    var pendingRelapses = PendingRelapses()
    /// Where new needs come from: the onset processes, their rates and counts, demand growth.
    var onsets: Onsets
    /// Each service's providers, indexed by `Service.index`.
    var services: [Providers]
    var clock: ModelClock
    var budget: BudgetControl
    var consultation: ConsultationFunction
    var competence: SettingCompetence
    var teamCompetence: TeamCompetence
    var recorder: Recorder
    var unmetNeed: UnmetNeed
    /// Generalist places that families in specialist care keep in add-on mode (M11).
    var addOn = AddOnHolds()
    /// A region's municipalities: the front and books of the one handled now are in the fields above.
    var municipalities: Municipalities

    public init(_ parameters: ModelParameters, seed: UInt64, replication: Int) {
        timeline = PolicyTimeline(parameters)
        let initial = timeline.initial
        let streams = RandomStreams(seed: seed, replication: replication)
        self.streams = streams
        onsets = Onsets(streams: streams, annualGrowth: initial.onset.annualGrowth)
        caseStreams = EntityStreams(seed: seed, replication: replication, name: "cases")
        clock = ModelClock(run: parameters.run)
        let start = clock.start
        recorder = Recorder(years: parameters.run.years, services: Service.all.count)
        unmetNeed = UnmetNeed(years: recorder.yearCount)
        budget = BudgetControl(parameters, years: recorder.yearCount)
        consultation = ConsultationFunction(parameters.consultation, at: start)
        competence = SettingCompetence(parameters, at: start)
        teamCompetence = TeamCompetence(parameters, at: start)
        let capacity = Self.capacities(
            parameters, consultations: parameters.municipalities.count > 1 ? parameters.municipalities.map(\.parameters.consultation) : nil)
        let months = parameters.reportedMonths
        municipalities = Municipalities(parameters, fronts: Self.fronts(parameters, months: months, at: start))
        // Empty lists are kept only where families switch at some point of the run: the keeping costs an
        // instruction count of some 3 % where nobody uses it.
        let switches = ([parameters] + parameters.changes.map(\.parameters)).contains { $0.specialist.switchAfterDays > 0 }
        services = Service.all.map { service in
            let discipline: QueueDiscipline =
                switch service {
                case .access, .generalist, .caseworker: .fifo
                case .specialist, .outOfHome, .longTerm: parameters.specialist.discipline
                }
            return Providers(
                places: capacity[service.index], providers: Self.providerCount(service, parameters, capacity: capacity),
                discipline: discipline, sizeSkew: service.isSpecialistTreatment ? parameters.specialist.providerSizeSkew : 0,
                switching: service.isSpecialistTreatment && switches,
                contractStartsPerPlace: Self.contractStartsPerPlace(service, parameters),
                months: months, at: start)
        }
        if !municipalities.isEmpty { startWithFirstMunicipality() }
    }

    /// The parameters in force: those the run started with, until a step of the policy timeline changes them.
    var parameters: ModelParameters {
        _read { yield timeline.inForce }
    }

    /// Durations, choices and hazards per day compiled from the parameters in force.
    var tables: ParameterTables {
        _read { yield timeline.tables }
    }

    /// Places per service; a consultation function funded by shifting takes its FTE out of the specialist
    /// pools in proportion to their size (M10): in a region of municipalities, each municipality's function
    /// out of the pools they share (`consultations`, those in force).
    static func capacities(_ p: ModelParameters, consultations: [ModelParameters.Consultation]? = nil) -> [Int] {
        var capacity = [Int](repeating: 0, count: Service.all.count)
        capacity[Service.access.index] = p.access.capacity
        capacity[Service.generalist.index] = p.generalist.slots
        capacity[Service.caseworker.index] = p.childProtection.caseworkerCapacity
        capacity[Service.longTerm.index] = p.longTerm.slots
        for placement in Placement.allCases {
            capacity[Service.outOfHome(placement).index] = p.specialist.placementCapacity[placement.rawValue]
        }
        let shifted = (consultations ?? [p.consultation]).reduce(into: [Double](repeating: 0, count: 8)) { sum, consultation in
            sum = zip(sum, ConsultationFunction.shiftedPlaces(consultation, p.specialist)).map(+)
        }
        for level in 4...6 {
            let places = (Double(p.specialist.capacity[level]) - shifted[level]).rounded()
            capacity[Service.specialist(level).index] = max(0, Int(places))
        }
        return capacity
    }

    /// How many providers share a service's places: neighbourhood teams, specialist providers per level, of
    /// the size a scenario gives (so a region or the country has as many more providers as it has places).
    /// Counted after a consultation shift: the specialists who move take their places with them, and the
    /// providers that remain keep their size (a shift spread over every provider would leave providers of
    /// one place, whose waits are twice those of two).
    static func providerCount(_ service: Service, _ p: ModelParameters, capacity: [Int]) -> Int {
        let count = { (total: Double, size: Double) in size > 0 ? max(1, Int((total / size).rounded())) : 1 }
        switch service {
        case .generalist: return count(p.generalist.fte, p.generalist.ftePerTeam)
        case .specialist(let level):
            return count(Double(capacity[service.index]), Double(p.specialist.placesPerProvider[level]))
        case .longTerm: return count(Double(p.longTerm.slots), Double(p.longTerm.casesPerProvider))
        case .access, .outOfHome, .caseworker: return 1
        }
    }

    /// The episodes a specialist provider may start a year per place (`specialist.contractVolumeShare` of what
    /// a place starts at full use); 0 for other services and without contracts.
    static func contractStartsPerPlace(_ service: Service, _ p: ModelParameters) -> Double {
        guard case .specialist(let level) = service, p.specialist.contractVolumeShare > 0 else { return 0 }
        return p.specialist.contractVolumeShare * ModelTime.daysPerYear / p.specialist.duration[level].meanDays
    }

    /// Schedules the first onsets, month boundaries and the end of warm-up.
    public mutating func start(_ calendar: inout EventCalendar<Event>) {
        newMonth(&calendar)
        if let stock = parameters.initialStock { warmStart(stock, calendar: &calendar) }
        calendar.schedule(.endOfWarmUp, at: 0)
    }

    public mutating func handle(_ event: Event, calendar: inout EventCalendar<Event>) {
        if !municipalities.isEmpty, let id = event.caseId, cases.contains(id) { enter(Int(cases[id].municipality)) }
        switch event {
        case .onset(let level, let extra, _): onset(level: Level(level), extra: extra, calendar: &calendar)
        case .longTermOnset: longTermOnset(calendar: &calendar)
        case .newMonth: newMonth(&calendar)
        case .detected(let id, _): detected(id, calendar: &calendar)
        case .hazard(let id, _): hazardFires(id, calendar: &calendar)
        case .serviceEnd(let id, let service): serviceEnds(id, service: Int(service), calendar: &calendar)
        case .providerSwitch(let id): switchProvider(id, calendar: &calendar)
        case .relapse(let index): relapses(index, calendar: &calendar)
        case .investigated(let id): investigated(id, calendar: &calendar)
        case .endOfWarmUp: endWarmUp(at: calendar.now)
        }
        if clock.measuring, let id = event.caseId, cases.contains(id) { recountUnmetNeed(id, at: calendar.now) }
    }

    /// A case's hazard or detection, or an onset, voided since it was scheduled is not (`EventStamps`).
    public func isCurrent(_ event: Event) -> Bool {
        switch event {
        case .detected(let id, let stamp), .hazard(let id, let stamp): stamps.isCurrent(id, stamp: stamp)
        case .onset(_, _, let stamp), .longTermOnset(let stamp): stamp == onsets.stamp
        case .newMonth, .serviceEnd, .relapse, .investigated, .endOfWarmUp, .providerSwitch: true
        }
    }

    /// The case the coming event is about starts loading while this one is handled: its record and its
    /// random stream, where profiles of a national run showed it waiting for memory (the first read of a
    /// case, the first draw from its stream; `DiscreteEventModel.prepare`).
    public func prepare(for event: Event) {
        guard let id = event.caseId else { return }
        cases.prefetch(id)
        caseStreams.prefetch(id)
    }

    mutating func endWarmUp(at time: Double) {
        clock.measuring = true
        forEachMunicipality { model, municipality in
            model.recorder.discardWarmUp()
            model.startCountingUnmetNeed(at: time, in: municipality)
            model.countCarryOver(at: time, in: municipality)
            model.recorder.stockAtStart = model.cases.liveIds.count { model.isOf(municipality, $0) }
            model.services[Service.access.index].restartStatistics(at: time)
            model.services[Service.generalist.index].restartStatistics(at: time)
        }
        for i in services.indices where ![Service.access.index, Service.generalist.index].contains(i) {
            services[i].restartStatistics(at: time)
        }
    }
}
