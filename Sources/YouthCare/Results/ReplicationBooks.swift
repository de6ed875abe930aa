import SimKernel

/// What a replication's figures are read from, closed at the end of the run: counts, sums, tallies,
/// sketches and time averages, never a finished mean or share. So the books of regions that share nothing
/// add up to the books of the country they make (`merge`), and the country's figures are read from those
/// as one region's are from its own (`docs/model.md` section 10).
struct ReplicationBooks: Sendable, Codable {
    /// The run's parameters with its policy timeline (`changes`), and those in force at the end; not in a
    /// region run's record (the system's are set where the books are added up).
    var run = ModelParameters()
    var parameters = ModelParameters()
    /// When the run ended (its horizon).
    var end: Double
    var recorder: Recorder
    /// Per `Service.index`: its statistics, its waiting list at the end and month by month, its priced
    /// places on average, its provider-years at the contracted volume (nil without contracts), its providers.
    var stations: [StationStatistics]
    var waitingEnd: [Int]
    var waitingSeries: [[Double]]
    var contractedPlaces: [Double]
    var providerYearsAtVolume: [Int?]
    var providers: [Int]
    /// The places of each specialist provider of levels 4-6 at the end, places[level - 4][provider].
    var specialistPlaces: [[Int]]
    /// Month by month: families in care and in the system (`Recorder.inCareSeries`).
    var inCareSeries: [Double]
    var inSystemSeries: [Double]
    /// Child-years of unmet need per reported year and level (`UnmetNeed`).
    var unmetChildYears: [[Double]]
    /// The ledger closed at the end (`closedLedger`).
    var ledger: Ledger
    /// Cases in the system at the end, and youths in an episode of care by their age band then.
    var stockEnd: Int
    var inCareByAge: [Int]
    /// States at the end, not counts: what a consultation is worth, the team's competence, what each
    /// setting resolves itself. Regions merge them weighted by their youths (`weight`).
    var consultationWorth: Double
    var teamCompetence: Double
    var settingResolution: [Double]
    var weight: Double
    /// A region of municipalities: each municipality's own books, beside the region's these add up to
    /// (`YouthCareModel.closedBooks`); not in a region run's record.
    var municipal: [ReplicationBooks] = []

    enum CodingKeys: String, CodingKey {
        case end, recorder, stations, waitingEnd, waitingSeries, contractedPlaces, providerYearsAtVolume, providers, specialistPlaces
        case inCareSeries, inSystemSeries, unmetChildYears, ledger, stockEnd, inCareByAge, consultationWorth, teamCompetence
        case settingResolution, weight
    }

    /// The parameters in force in reported month `month` (`PolicyTimeline`).
    func parameters(inMonth month: Int) -> ModelParameters {
        run.changes.last { $0.month <= month }?.parameters ?? run
    }

    /// Adds the books of a region that shared nothing with these over the same reported years. Counts,
    /// sums and time averages add, tallies and sketches merge; a state at the end is averaged by youths.
    /// The books of a municipality (`sharing`) add only what is its own: its counts, its access and teams,
    /// its ledger; the services and providers it shares are the region's already.
    mutating func merge(_ other: ReplicationBooks, at now: Double, sharing: Bool = false) {
        recorder.merge(other.recorder)
        for i in stations.indices where !sharing || Service.front.contains(i) {
            stations[i].merge(other.stations[i], at: now)
            waitingEnd[i] += other.waitingEnd[i]
            waitingSeries[i] = Self.sum(waitingSeries[i], other.waitingSeries[i])
            contractedPlaces[i] += other.contractedPlaces[i]
            if let theirs = other.providerYearsAtVolume[i] { providerYearsAtVolume[i] = (providerYearsAtVolume[i] ?? 0) + theirs }
            providers[i] += other.providers[i]
        }
        if !sharing { specialistPlaces = zip(specialistPlaces, other.specialistPlaces).map(+) }
        inCareSeries = Self.sum(inCareSeries, other.inCareSeries)
        inSystemSeries = Self.sum(inSystemSeries, other.inSystemSeries)
        unmetChildYears = zip(unmetChildYears, other.unmetChildYears).map(Self.sum)
        if sharing { ledger.add(sharingProviders: other.ledger) } else { ledger.merge(other.ledger) }
        stockEnd += other.stockEnd
        inCareByAge = zip(inCareByAge, other.inCareByAge).map(+)
        let (a, b) = (weight, other.weight)
        let mean = { (x: Double, y: Double) in a + b > 0 ? (x * a + y * b) / (a + b) : x }
        consultationWorth = mean(consultationWorth, other.consultationWorth)
        teamCompetence = mean(teamCompetence, other.teamCompetence)
        settingResolution = zip(settingResolution, other.settingResolution).map(mean)
        weight = a + b
    }

    static func sum(_ a: [Double], _ b: [Double]) -> [Double] { zip(a, b).map(+) }

    /// Every figure of the replication (`docs/model.md`, outputs).
    func result() -> ReplicationResult {
        var result = ReplicationResult()
        addFlowFigures(&result)
        addServiceFigures(&result)
        addCBSFigures(&result)
        addAgeFigures(&result)
        addMoneyFigures(&result)
        addMunicipalFigures(&result)
        return result
    }

    /// Each municipality's own figures: over its families, its books and its front (access and teams),
    /// under `municipality:<name>`, and its families' wait for the specialist pools (year by year, and over
    /// the horizon from their waits rather than the pools' books); the shared services' figures are the
    /// region's.
    func addMunicipalFigures(_ result: inout ReplicationResult) {
        let own: Set<Metric.Group> = [.system, .total, .service(.access), .service(.generalist)]
        for (municipality, books) in zip(run.municipalities, municipal) {
            func set(_ metric: Metric, _ value: Double) {
                result.figures[Metric(metric.figure, .municipality(municipality.name, metric.group), year: metric.year)] = value
            }
            for (metric, value) in books.result().figures
            where own.contains(metric.group) || (metric.group == .pooledSpecialist && metric.figure == .waitMean && metric.year != nil) {
                set(metric, value)
            }
            let waits = books.recorder.yearly.reduce(into: Tally()) { $0.merge($1.specialistWait) }
            set(Metric(.waitMean, .pooledSpecialist), waits.mean)
        }
    }
}

extension ReplicationBooks {
    /// What keeps books read from a record (a shard may have been edited or come from anywhere) from merging
    /// into the run of `parameters`: the lengths every merge and figure indexes by, and sketches whose parts
    /// agree; nil when they fit.
    func problem(for parameters: ModelParameters) -> String? {
        let services = Service.all.count
        let months = parameters.reportedMonths
        let years = Recorder(years: parameters.run.years, services: services)
        let checks: [(fits: Bool, what: String)] = [
            (end == parameters.run.years * ModelTime.daysPerYear, "its end"),
            (Self.sameShape(recorder, years), "its counts"),
            (
                [
                    stations.count, waitingEnd.count, waitingSeries.count, contractedPlaces.count, providerYearsAtVolume.count,
                    providers.count,
                ]
                .allSatisfy { $0 == services }, "its services"
            ),
            (
                waitingSeries.allSatisfy { $0.count == months } && [inCareSeries.count, inSystemSeries.count] == [months, months],
                "its months"
            ),
            (unmetChildYears.count == years.yearCount && unmetChildYears.allSatisfy { $0.count == 8 }, "its unmet need"),
            (ledger.years == years.yearCount, "its ledger"),
            (
                specialistPlaces.count == 3 && inCareByAge.count == AgeBand.allCases.count
                    && settingResolution.count == Setting.allCases.count, "its places, ages and settings"
            ),
            (stations.allSatisfy { $0.waitQuantiles.isWellFormed }, "its waits"),
            (recorder.yearCount == years.yearCount, "its years"),
            (
                stations.allSatisfy { s in [s.queueLength, s.busyServers, s.capacity].allSatisfy { $0.covers(from: 0, to: end) } },
                "its time averages (from the warm-up's end)"
            ),
        ]
        return checks.first { !$0.fits }.map { "its books do not fit the run: \($0.what)" }
    }

    /// Whether `value` has the lengths of `reference` field by field and element by element, as `Mirror`
    /// sees them: a sketch only needs to be well formed, an optional to be nil in either.
    static func sameShape(_ value: Any, _ reference: Any) -> Bool {
        if let sketch = value as? QuantileSketch { return sketch.isWellFormed }
        let (a, b) = (Mirror(reflecting: value), Mirror(reflecting: reference))
        if a.displayStyle == .optional && (a.children.isEmpty || b.children.isEmpty) { return true }
        guard a.children.count == b.children.count else { return false }
        return zip(a.children, b.children).allSatisfy { sameShape($0.value, $1.value) }
    }
}

extension YouthCareModel {
    /// The books closed at the end of the run (`now`): in a region of municipalities, the region's added
    /// up from each municipality's, which it keeps beside them.
    mutating func closedBooks(at now: Double) -> ReplicationBooks {
        guard !municipalities.isEmpty else { return books(at: now) }
        var own: [ReplicationBooks] = []
        forEachMunicipality { model, municipality in own.append(model.books(at: now, of: municipality)) }
        var region = own[0]
        for books in own.dropFirst() { region.merge(books, at: now, sharing: true) }
        region.run = timeline.run
        region.parameters = parameters
        region.ledger.money = parameters.money
        region.municipal = own
        return region
    }

    /// The books closed at the end of the run (`now`); of the families and front of `municipality` (the
    /// one entered) in a region of municipalities.
    func books(at now: Double, of municipality: Int = 0) -> ReplicationBooks {
        var inCareByAge = [Int](repeating: 0, count: AgeBand.allCases.count)
        let ofMunicipality = cases.liveIds.filter { isOf(municipality, $0) }
        for id in ofMunicipality where cases[id].phase == .inService && Self.isCareService(cases[id].service) {
            inCareByAge[AgeBand(years: (now - cases[id].birth) / ModelTime.daysPerYear).rawValue] += 1
        }
        let own = municipalities.isEmpty ? timeline : municipalities.timelines[municipality]
        return ReplicationBooks(
            run: own.run, parameters: own.inForce, end: now, recorder: recorder, stations: services.map(\.books),
            waitingEnd: services.map(\.waiting),
            waitingSeries: services.map { $0.waitingSeries.averages(at: now) },
            contractedPlaces: services.map { $0.contracted.mean(at: now) },
            providerYearsAtVolume: services.map { $0.contracts?.reached }, providers: services.map(\.count),
            specialistPlaces: (4...6).map { services[Service.specialist($0).index].places },
            inCareSeries: recorder.inCareSeries.averages(at: now), inSystemSeries: recorder.inSystemSeries.averages(at: now),
            unmetChildYears: unmetNeed.childYears(at: now), ledger: closedLedger(at: now, of: municipality),
            stockEnd: ofMunicipality.count,
            inCareByAge: inCareByAge, consultationWorth: consultation.worth(at: now), teamCompetence: teamCompetence.share(at: now),
            settingResolution: Setting.allCases.map { competence.resolution($0, at: now) }, weight: own.inForce.onset.youths)
    }

    /// The figures of one replication at the end of the run (`now`): see `docs/model.md`, outputs.
    public func result(at now: Double) -> ReplicationResult { books(at: now).result() }
}
