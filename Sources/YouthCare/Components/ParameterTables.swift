import SimKernel

/// What the parameters in force compile to, built when a run starts and at each step of its policy
/// timeline rather than read, divided and looked up again at every event: episode durations per service
/// and level, the long foster stay, the choices of access route, age band and placement, and the natural
/// course's hazards per day (`YouthCareModel.hazards(of:)`).
struct ParameterTables {
    /// Duration distribution per service and level, at `service * 8 + level` (generalist by level 2-4, the
    /// level 1 slot for aftercare).
    private let durations: [Distribution]
    let fosterLongStay: Distribution
    let routeChoice: DiscreteChoice
    let ageBandChoice: DiscreteChoice
    let placementChoice: DiscreteChoice
    /// Hazards per day: per need level of resolving unaided, deteriorating and escalating (M2, M12); of
    /// giving up a wait (before the collaboration burden, M7, M15); of applying again after turned away
    /// (M14) and after leaving (M7).
    let resolution: [Double]
    let deterioration: [Double]
    let escalation: [Double]
    let dropout: Double
    let reapplyTurnedAway: Double
    let reapplyAway: Double
    /// Per service: the share of youths whose help there goes on past 18, and the age in days it goes on
    /// to (`YouthCareModel.helpEnds`); a supervision order none, with ageing off every one for ever.
    let continuedShare: [Float]
    let helpEndsAtDays: [Double]

    init(_ p: ModelParameters) {
        durations = Service.all.flatMap { service in (0..<8).map { Self.duration(service, level: $0, p) } }
        fosterLongStay = p.specialist.fosterLongStay.distribution
        routeChoice = DiscreteChoice(weights: p.access.routeShares)
        ageBandChoice = DiscreteChoice(weights: p.onset.ageBandShares)
        placementChoice = DiscreteChoice(weights: p.specialist.placementShares)
        let perDay = { (perYear: Double) in perYear / ModelTime.daysPerYear }
        resolution = p.naturalCourse.resolutionPerYear.map(perDay)
        deterioration = p.naturalCourse.deteriorationPerYear.map(perDay)
        escalation = p.childProtection.escalationPerYear.map(perDay)
        dropout = perDay(p.waiting.dropoutPerYear)
        reapplyTurnedAway = perDay(p.threshold.reapplyPerYear)
        reapplyAway = perDay(p.waiting.returnPerYear)
        let kinds = Service.all.map(HelpKind.init)
        continuedShare = kinds.map { kind in
            guard p.age.enabled else { return 2 }
            return kind.map { Float(p.age.continuedShare[$0.rawValue]) } ?? 0
        }
        helpEndsAtDays = kinds.map { kind in
            guard p.age.enabled else { return .infinity }
            return kind.map { p.age.helpEndsAtYears[$0.rawValue] * ModelTime.daysPerYear } ?? 18 * ModelTime.daysPerYear
        }
    }

    /// The duration of an episode at service `index` for a case at `level`.
    func duration(service index: Int, level: Int) -> Distribution { durations[index * 8 + level] }

    static func duration(_ service: Service, level: Int, _ p: ModelParameters) -> Distribution {
        switch service {
        case .access: .deterministic(max(p.access.assessmentDays, 0.001))
        case .generalist:
            level == 1 ? p.stepDown.aftercare.distribution : p.generalist.duration[min(max(level, 2), 4)].distribution
        case .specialist(let pool): p.specialist.duration[pool].distribution
        case .outOfHome(let placement): p.specialist.placementDuration[placement.rawValue].distribution
        case .caseworker: p.childProtection.supervision.distribution
        case .longTerm: p.longTerm.duration.distribution
        }
    }
}
