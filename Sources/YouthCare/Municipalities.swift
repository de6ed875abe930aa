import SimKernel

/// A municipality of a region (`docs/model.md` section 10): its own access, neighbourhood teams,
/// consultation function and the competence its teams and settings build, and its own books (what its
/// families counted and cost), while it shares the region's specialist providers, out-of-home care, long
/// low-intensity help and caseworkers with the other municipalities, and so their waiting lists. Its
/// `parameters` are the region's scaled to its youths with the values it sets itself for its front, and
/// hold its own policy timeline: only the front's values of them are read (`MunicipalFront`).
public struct Municipality: Sendable {
    public var name: String
    public var youths: Double
    public var parameters: ModelParameters

    public init(name: String, youths: Double, parameters: ModelParameters) {
        self.name = name
        self.youths = youths
        self.parameters = parameters
    }
}

extension Service {
    /// The indices of the services a municipality has of its own: access and its neighbourhood teams.
    static let front: Set<Int> = [Service.access.index, Service.generalist.index]
}

extension Metric.Group {
    /// A figure of one municipality of a region: the municipality's own `group` (`municipality:<name>`).
    public static func municipality(_ name: String, _ group: Metric.Group = .system) -> Metric.Group {
        Metric.Group(key: group.key.isEmpty ? "municipality:\(name)" : "municipality:\(name)/\(group.key)")
    }
}

/// What a municipality keeps of its own: its books (counts, unmet need, ledger), its consultation function
/// and the competence it builds, its teams' add-on holds, and its access and neighbourhood teams. The front of
/// the municipality the model is handling is in the model's own fields, where the flow reads it; the others'
/// wait here (`YouthCareModel.enter`).
struct MunicipalFront {
    var recorder: Recorder
    var unmetNeed: UnmetNeed
    var ledger: Ledger
    var consultation: ConsultationFunction
    var competence: SettingCompetence
    var teamCompetence: TeamCompetence
    var addOn = AddOnHolds()
    var access: Providers
    var generalist: Providers
}

/// The municipalities of a region in one model: their names, their youths and policy timelines, whose
/// front is the model's now, and the fronts of the others.
struct Municipalities {
    let names: [String]
    let youths: [Double]
    /// Each municipality's parameters in force (those of its front are read) with its policy timeline.
    var timelines: [PolicyTimeline]
    /// The municipality whose front is in the model's fields; its slot holds a front nobody uses.
    fileprivate(set) var current = 0
    var fronts: [MunicipalFront]
    /// One municipality (or none given): nothing to draw or swap. Stored: asked at every event.
    let isEmpty: Bool
    /// Each municipality's youths added up in order, for a new need's municipality.
    private let cumulativeYouths: [Double]
    /// Per level, each municipality's rate of extra needs this month added up in order (`weighExtraNeeds`).
    private var cumulativeExtra = [[Double]](repeating: [], count: 8)

    init(_ parameters: ModelParameters, fronts: [MunicipalFront]) {
        names = parameters.municipalities.map(\.name)
        youths = parameters.municipalities.map(\.youths)
        timelines = parameters.municipalities.map { PolicyTimeline($0.parameters) }
        self.fronts = fronts
        isEmpty = names.count < 2
        var sum = 0.0
        cumulativeYouths = youths.map {
            sum += $0
            return sum
        }
    }

    var count: Int { names.count }

    /// A new need's municipality from a uniform draw `u`: in proportion to youths, or for an extra need of
    /// `extraNeed`'s level in proportion to the extra needs each municipality draws this month.
    func draw(_ u: Double, extraNeed level: Level? = nil) -> Int {
        let weights = level.map { cumulativeExtra[$0] } ?? cumulativeYouths
        let target = u * (weights.last ?? 0)
        return min(count - 1, weights.firstIndex { target < $0 } ?? count - 1)
    }

    /// This month's extra needs at `level`: an open door draws them in proportion to youths (`openDoor`, the
    /// region's rate), consultations where they were given (`induced`, per municipality).
    mutating func weighExtraNeeds(level: Level, openDoor: Double, induced: [Double]?) {
        let total = cumulativeYouths.last ?? 0
        var sum = 0.0
        cumulativeExtra[level] = youths.indices.map { m in
            sum += (total > 0 ? openDoor * youths[m] / total : 0) + (induced?[m] ?? 0)
            return sum
        }
    }

    /// The parameters in force of municipality `index`.
    func inForce(_ index: Int) -> ModelParameters { timelines[index].inForce }
}

extension YouthCareModel {
    /// The fronts of `parameters`' municipalities, each on its own share of the region, as the region's would
    /// be on the whole; none for a scenario without municipalities.
    static func fronts(_ parameters: ModelParameters, months: Int, at start: Double) -> [MunicipalFront] {
        guard parameters.municipalities.count > 1 else { return [] }
        return parameters.municipalities.map { municipality in
            let p = municipality.parameters
            let years = Recorder(years: parameters.run.years, services: Service.all.count)
            let capacity = capacities(p)
            let front = { (service: Service) in
                Providers(
                    places: capacity[service.index], providers: providerCount(service, p, capacity: capacity), discipline: .fifo,
                    months: months, at: start)
            }
            return MunicipalFront(
                recorder: years, unmetNeed: UnmetNeed(years: years.yearCount),
                ledger: Ledger(money: parameters.money, years: years.yearCount),
                consultation: ConsultationFunction(p.consultation, at: start), competence: SettingCompetence(p, at: start),
                teamCompetence: TeamCompetence(p, at: start), access: front(.access), generalist: front(.generalist))
        }
    }

    /// The model now handles a family (or a matter) of `municipality`: its front comes into the model's
    /// fields and the current one's goes back to its slot. Swapped field by field, so that no front is held
    /// twice (a second hold would copy its arrays at the next write).
    mutating func enter(_ municipality: Int) {
        let current = municipalities.current
        guard municipality != current else { return }
        exchangeFront(current)
        exchangeFront(municipality)
        municipalities.current = municipality
    }

    private mutating func exchangeFront(_ index: Int) {
        swap(&recorder, &municipalities.fronts[index].recorder)
        swap(&unmetNeed, &municipalities.fronts[index].unmetNeed)
        swap(&budget.ledger, &municipalities.fronts[index].ledger)
        swap(&consultation, &municipalities.fronts[index].consultation)
        swap(&competence, &municipalities.fronts[index].competence)
        swap(&teamCompetence, &municipalities.fronts[index].teamCompetence)
        swap(&addOn, &municipalities.fronts[index].addOn)
        swap(&services[Service.access.index], &municipalities.fronts[index].access)
        swap(&services[Service.generalist.index], &municipalities.fronts[index].generalist)
    }

    /// Runs `body` in each municipality in turn (once, in the model's own, without municipalities), and
    /// comes back to the one it was in.
    mutating func forEachMunicipality(_ body: (inout YouthCareModel, Int) -> Void) {
        guard !municipalities.isEmpty else { return body(&self, 0) }
        let back = municipalities.current
        for index in 0..<municipalities.count {
            enter(index)
            body(&self, index)
        }
        enter(back)
    }

    /// The model starts in the first municipality: its front takes the fields the region's was built in
    /// (which then wait in its slot, unused).
    mutating func startWithFirstMunicipality() { exchangeFront(0) }

    /// Whether case `id` is a family of `municipality` (every case is, without municipalities).
    func isOf(_ municipality: Int, _ id: Int32) -> Bool { municipalities.isEmpty || Int(cases[id].municipality) == municipality }

    /// The consultation functions in force that shift places out of the shared pools: each municipality's,
    /// or nil for the run's own.
    func municipalConsultations() -> [ModelParameters.Consultation]? {
        municipalities.isEmpty ? nil : (0..<municipalities.count).map { municipalities.inForce($0).consultation }
    }

    /// Enters the case's municipality.
    mutating func enter(case id: Int32) {
        if !municipalities.isEmpty { enter(Int(cases[id].municipality)) }
    }

    /// The parameters of the front in force: the current municipality's, or the run's.
    var frontParameters: ModelParameters {
        municipalities.isEmpty ? parameters : municipalities.inForce(municipalities.current)
    }
}
