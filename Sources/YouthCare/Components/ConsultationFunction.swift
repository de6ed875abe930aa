import SimKernel

/// One of the consultation function's effects (`docs/model.md`, M10); a scenario can switch each off to see
/// what it contributes.
public enum ConsultationEffect: String, CaseIterable, Sendable {
    /// (a) A consulted triage or GP referral assigns the needed level more often.
    case triageAccuracy
    /// (b) More needs resolved without referral: a consulted generalist episode fails less often, and a
    /// school, childcare or general practice that consulted resolves some needs itself.
    case localResolution
    /// (c) A school or childcare that consulted signals a need sooner.
    case detection
    /// (d) Consultations given draw extra light demand ("aanzuigende werking").
    case inducedDemand
    /// A consulted generalist episode resolves sooner, which lightens the neighbourhood team's load.
    case generalistLoad
}

/// The consultation function ("specialist expertise to the front", M10): who asks on each route, whether the
/// hours are there, what a consultation changes, the demand consultations induce and the treatment places
/// shifted FTE take.
struct ConsultationFunction {
    /// What became of a request.
    enum Request: Equatable {
        /// Nobody asked (or the function is not there).
        case notAsked
        case given
        /// Asked, but the hours were spent: the request lapses.
        case lapsed
    }

    private(set) var parameters: ModelParameters.Consultation
    var desk: ConsultationDesk
    /// Consultations given in the current month, and in the month before (induced demand follows them).
    private(set) var givenThisMonth = 0
    private(set) var givenLastMonth = 0

    init(_ parameters: ModelParameters.Consultation, at time: Double) {
        self.parameters = parameters
        desk = ConsultationDesk(parameters: parameters, at: time)
    }

    func has(_ effect: ConsultationEffect) -> Bool { parameters.effects.contains(effect) }

    /// A policy timeline's new FTE, hours and effects apply from `time`; hours not yet spent are kept.
    mutating func adopt(_ new: ModelParameters.Consultation, at time: Double) {
        parameters = new
        desk.adopt(new, at: time)
    }

    /// A professional on `route` may ask about a case: when the case's uniform `draw` falls below the
    /// route's ask rate. Without a consultation function nobody asks.
    mutating func ask(_ route: ConsultationRoute, draw: Float, at time: Double) -> Request {
        guard desk.isOpen, Double(draw) < parameters.askRate[route.rawValue] else { return .notAsked }
        return request(at: time)
    }

    mutating func request(at time: Double) -> Request {
        guard desk.isOpen else { return .notAsked }
        guard desk.request(at: time) else { return .lapsed }
        givenThisMonth += 1
        return .given
    }

    /// A new month: the month just ended sets the demand consultations induce in this one.
    mutating func beginMonth() {
        givenLastMonth = givenThisMonth
        givenThisMonth = 0
    }

    /// (a) The accuracy of a consulted triage (neighbourhood team) or referral (general practice): a share of
    /// the errors is avoided.
    func accuracy(_ accuracy: Double, on route: ConsultationRoute) -> Double {
        guard has(.triageAccuracy) else { return accuracy }
        let effect = route == .generalPractice ? parameters.referralAccuracyEffect : parameters.triageAccuracyEffect
        return accuracy + (1 - accuracy) * effect
    }

    /// (b) Generalist success after a consultation: a share of the failures is avoided.
    func generalistSuccess(_ success: Double) -> Double {
        has(.localResolution) ? success + (1 - success) * parameters.generalistSuccessEffect : success
    }

    /// (b) The probability that a setting or general practice that consulted resolves a need of levels 2-4
    /// itself.
    func localResolution(on route: ConsultationRoute) -> Double {
        guard has(.localResolution) else { return 0 }
        switch route {
        case .settings: return parameters.settingResolution
        case .generalPractice: return parameters.practiceResolution
        case .neighbourhoodTeam: return 0
        }
    }

    /// (c) The detection delay of a setting that consulted.
    func detectionDelay(_ mean: Double) -> Double { has(.detection) ? mean * (1 - parameters.detectionEffect) : mean }

    /// The length of a consulted generalist episode.
    func generalistEpisode(_ days: Double) -> Double {
        has(.generalistLoad) ? days * (1 - parameters.episodeShortening) : days
    }

    /// (d) Extra light needs per day this month: in proportion to the consultations given last month, so a
    /// function nobody asks draws no demand.
    var inducedNeedsPerDay: Double {
        has(.inducedDemand) ? Double(givenLastMonth) * parameters.inducedNeedsPerConsultation / ModelTime.daysPerMonth : 0
    }

    /// Treatment places that consultation FTE funded by shifting take out of each specialist pool (indexed
    /// by level, 4-6). The hours moved (FTE x consultation hours per FTE) leave the pools in proportion to
    /// the hours their places take: a pool loses hours moved x its places / all pools' hours a year, so the
    /// places lost per FTE follow from the specialists' caseload, not a fixed number.
    static func shiftedPlaces(_ p: ModelParameters) -> [Double] {
        var places = [Double](repeating: 0, count: 8)
        guard p.consultation.funding == .shift else { return places }
        let moved = p.consultation.fte * p.consultation.hoursPerFTEPerYear
        let pools = 4...6
        let poolHours = pools.reduce(0.0) { $0 + Double(p.specialist.capacity[$1]) * p.specialist.hoursPerPlacePerYear[$1] }
        guard moved > 0, poolHours > 0 else { return places }
        for level in pools {
            places[level] = min(Double(p.specialist.capacity[level]), moved * Double(p.specialist.capacity[level]) / poolHours)
        }
        return places
    }
}

/// The consultation function's hours: credited continuously at the yearly rate, spent per consultation. A
/// request when too few hours are left lapses (the source's "waits or lapses": lapsing is modelled; a
/// consultation queue is left out).
struct ConsultationDesk {
    private(set) var hoursPerDay: Double
    private(set) var hoursPerConsultation: Double
    /// Unspent hours carry over up to a month's worth.
    private(set) var cap: Double
    var hours: Double
    var lastUpdate: Double

    init(parameters: ModelParameters.Consultation, at time: Double) {
        hoursPerDay = parameters.fte * parameters.hoursPerFTEPerYear / ModelTime.daysPerYear
        hoursPerConsultation = parameters.hoursPerConsultation
        cap = max(hoursPerDay * ModelTime.daysPerMonth, parameters.hoursPerConsultation)
        hours = 0
        lastUpdate = time
    }

    var isOpen: Bool { hoursPerDay > 0 }

    /// Credits the hours accrued up to `time`.
    private mutating func credit(to time: Double) {
        hours = min(cap, hours + (time - lastUpdate) * hoursPerDay)
        lastUpdate = time
    }

    /// New FTE or hours from `time`: the hours accrued so far are kept (up to the new month's worth).
    mutating func adopt(_ parameters: ModelParameters.Consultation, at time: Double) {
        credit(to: time)
        let kept = hours
        self = ConsultationDesk(parameters: parameters, at: time)
        hours = min(kept, cap)
    }

    /// Spends the hours of one consultation if they are there.
    mutating func request(at time: Double) -> Bool {
        credit(to: time)
        guard hours >= hoursPerConsultation else { return false }
        hours -= hoursPerConsultation
        return true
    }
}
