import Foundation
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
    /// Consultation takes the asker's time too: the team's hours leave its caseload, a teacher's or GP's
    /// hours are paid (Een gedurfde ambitie l.440-449).
    case askerTime
    /// A specialist flies in for a family the team finds needs specialist help: it goes first in line.
    case flyingIn
}

/// The forms the consultation function takes (M10): "consultatie en advies", "begeleiding of behandeling ...
/// in of dichtbij huis in samenwerking met de generalistische professional" and flying in when a family needs
/// more than the team can give (Een stimulerende opvoed- en opgroeiomgeving l.480-486; the forms of
/// collaboration, Een gedurfde ambitie l.479-510).
public enum ConsultationForm: Int, CaseIterable, Sendable {
    /// A case discussion: the generalist, teacher or GP keeps the family.
    case advice
    /// The specialist treats with the generalist in or near the home for a few sessions: more hours, a
    /// stronger effect on the generalist's success.
    case jointTreatment
    /// The specialist comes to the team at once for a family that needs specialist help: it starts without
    /// waiting for the list.
    case flyIn

    public var key: String { ["advice", "jointTreatment", "flyIn"][rawValue] }
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
    /// The team's hours spent asking this month and the month before (they leave its caseload a month).
    private(set) var teamHoursThisMonth = 0.0
    private(set) var teamHoursLastMonth = 0.0
    /// The days the last consultation given waited for hours.
    private(set) var lastWait = 0.0
    /// Since when the consulting specialists no longer treat (below the threshold), nil while they do.
    private(set) var outOfTreatmentSince: Double?

    init(_ parameters: ModelParameters.Consultation, at time: Double) {
        self.parameters = parameters
        desk = ConsultationDesk(parameters: parameters, at: time)
        outOfTreatmentSince = Self.stopsTreating(parameters) ? time : nil
    }

    func has(_ effect: ConsultationEffect) -> Bool { parameters.effects.contains(effect) }

    /// Whether the function's specialists treat too little to keep what their advice is worth.
    static func stopsTreating(_ p: ModelParameters.Consultation) -> Bool {
        p.fte > 0 && p.effectHalfLifeYears > 0 && p.treatingShare < p.treatingThreshold
    }

    /// A policy timeline's new FTE, hours and effects apply from `time`; hours not yet spent are kept. The
    /// specialists stop treating from the step that takes them below the threshold, and the decay they went
    /// through stays while they remain below it.
    mutating func adopt(_ new: ModelParameters.Consultation, at time: Double) {
        let stops = Self.stopsTreating(new)
        if !stops { outOfTreatmentSince = nil } else if outOfTreatmentSince == nil { outOfTreatmentSince = time }
        parameters = new
        desk.adopt(new, at: time)
    }

    /// What a consultation is worth at `time`, relative to one by a specialist who still treats: 1, or
    /// halving every `effectHalfLifeYears` since the specialists stopped treating ("Coaching on-the-job
    /// werkt alleen goed als de coachende jeugdzorgmedewerker ook in zijn eigen instelling op de groep
    /// staat", Samen om het kind l.1628-1634).
    func worth(at time: Double) -> Double {
        guard let since = outOfTreatmentSince else { return 1 }
        return exp2(-max(0, time - since) / (parameters.effectHalfLifeYears * ModelTime.daysPerYear))
    }

    /// A professional on `route` may ask about a case: when the case's uniform `draw` falls below the
    /// route's ask rate. Without a consultation function nobody asks.
    mutating func ask(_ route: ConsultationRoute, need: Level, draw: Float, at time: Double) -> Request {
        guard desk.isOpen, Double(draw) < parameters.askRate[route.rawValue] else { return .notAsked }
        return request(from: route, need: need, at: time)
    }

    /// A request from `route` about a need of level `need`, triaged: about a need at the priority level or
    /// above it may wait for hours up to the maximum wait, about a lighter one it is given from hours at hand.
    /// A given consultation takes the asker's hours.
    mutating func request(from route: ConsultationRoute, need: Level, at time: Double) -> Request {
        guard desk.isOpen else { return .notAsked }
        guard let wait = desk.request(parameters.hoursPerConsultation, mayWait: mayWait(need), at: time) else { return .lapsed }
        lastWait = wait
        givenThisMonth += 1
        if route == .neighbourhoodTeam && has(.askerTime) { teamHoursThisMonth += parameters.askerHours[route.rawValue] }
        return .given
    }

    /// How long a request about a need of level `need` may wait for hours.
    func mayWait(_ need: Level) -> Double { need >= parameters.priorityLevel ? parameters.maxWaitDays : 0 }

    /// The form a consultation the team asked about a family takes, once the team has assigned its level:
    /// flying in when the family needs specialist help (levels 5-6) and the hours are there; joint
    /// treatment for a share (`formDraw`, uniform) of families the generalist keeps; advice otherwise. The
    /// hours a form takes beyond the advice session's come from the desk, as a request about the need.
    mutating func form(assigned level: Level, keptByGeneralist: Bool, formDraw: Double, at time: Double) -> ConsultationForm {
        let p = parameters
        let form: ConsultationForm =
            if (5...6).contains(level) && p.flyInHours > 0 && has(.flyingIn) {
                .flyIn
            } else if keptByGeneralist && formDraw < p.jointTreatmentShare && p.jointTreatmentHours > 0 {
                .jointTreatment
            } else {
                .advice
            }
        let extra = (form == .flyIn ? p.flyInHours : form == .jointTreatment ? p.jointTreatmentHours : 0) - p.hoursPerConsultation
        guard form != .advice else { return .advice }
        return extra <= 0 || desk.request(extra, mayWait: mayWait(level), at: time) != nil ? form : .advice
    }

    /// What the asker's hours of one consultation on `route` cost (the team's are paid with its FTE: they
    /// cost places, `teamSlotsAsking`).
    func askerCost(on route: ConsultationRoute) -> Double {
        has(.askerTime) ? parameters.askerHours[route.rawValue] * parameters.askerHourCost[route.rawValue] : 0
    }

    /// A new month: the month just ended sets the demand consultations induce in this one, and the team
    /// places its consultation hours take.
    mutating func beginMonth() {
        givenLastMonth = givenThisMonth
        givenThisMonth = 0
        teamHoursLastMonth = teamHoursThisMonth
        teamHoursThisMonth = 0
    }

    /// The generalist places the team's consultation hours take this month: last month's hours, as a year's
    /// worth, over a generalist's hours a year, times the caseload an FTE carries.
    func teamSlotsAsking(_ generalist: ModelParameters.Generalist) -> Double {
        guard generalist.hoursPerFTEPerYear > 0 else { return 0 }
        return teamHoursLastMonth * 12 / generalist.hoursPerFTEPerYear * generalist.caseloadPerFTE
    }

    /// (a) The accuracy of a consulted triage (neighbourhood team) or referral (general practice): a share of
    /// the errors is avoided.
    func accuracy(_ accuracy: Double, on route: ConsultationRoute, at time: Double) -> Double {
        guard has(.triageAccuracy) else { return accuracy }
        let effect = route == .generalPractice ? parameters.referralAccuracyEffect : parameters.triageAccuracyEffect
        return accuracy + (1 - accuracy) * effect * worth(at: time)
    }

    /// (b) Generalist success after a consultation: a share of the failures is avoided, a larger one after
    /// joint treatment.
    func generalistSuccess(_ success: Double, jointly: Bool = false, at time: Double) -> Double {
        let effect = jointly ? parameters.jointTreatmentSuccessEffect : parameters.generalistSuccessEffect
        return has(.localResolution) ? success + (1 - success) * effect * worth(at: time) : success
    }

    /// (b) The probability that a setting or general practice that consulted resolves a need of levels 2-4
    /// itself.
    func localResolution(on route: ConsultationRoute, at time: Double) -> Double {
        guard has(.localResolution) else { return 0 }
        switch route {
        case .settings: return parameters.settingResolution * worth(at: time)
        case .generalPractice: return parameters.practiceResolution * worth(at: time)
        case .neighbourhoodTeam: return 0
        }
    }

    /// (c) The detection delay in a setting whose competence (`SettingCompetence.share`, 0-1) earlier
    /// consultations built: a setting that learned notices sooner what comes next.
    func detectionDelay(_ mean: Double, competence: Double) -> Double {
        // Asked at every detection in a setting: the set of effects is looked up only where there is learning.
        competence > 0 && has(.detection) ? mean * (1 - parameters.detectionEffect * competence) : mean
    }

    /// The length of a consulted generalist episode.
    func generalistEpisode(_ days: Double, at time: Double) -> Double {
        has(.generalistLoad) ? days * (1 - parameters.episodeShortening * worth(at: time)) : days
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
    static func shiftedPlaces(_ p: ModelParameters) -> [Double] { shiftedPlaces(p.consultation, p.specialist) }

    /// The places a function of `consultation` takes out of pools of `specialist` (`shiftedPlaces`).
    static func shiftedPlaces(_ consultation: ModelParameters.Consultation, _ specialist: ModelParameters.Specialist) -> [Double] {
        var places = [Double](repeating: 0, count: 8)
        guard consultation.funding == .shift else { return places }
        let moved = consultation.fte * consultation.hoursPerFTEPerYear
        let pools = 4...6
        let poolHours = pools.reduce(0.0) { $0 + Double(specialist.capacity[$1]) * specialist.hoursPerPlacePerYear[$1] }
        guard moved > 0, poolHours > 0 else { return places }
        for level in pools {
            places[level] = min(Double(specialist.capacity[level]), moved * Double(specialist.capacity[level]) / poolHours)
        }
        return places
    }
}

/// The consultation function's hours: credited continuously at the yearly rate, spent per consultation.
/// A request about a need at the priority level or above may wait up to the maximum wait for hours to come
/// free (the hours are booked ahead: the desk runs a backlog); any other request is given from hours at hand
/// or lapses. Light requests so lapse first when the hours are short ("wacht of vervalt"). The case's own
/// path does not wait for the consultation: the wait is counted, and is short beside the lists.
struct ConsultationDesk {
    private(set) var hoursPerDay: Double
    /// Unspent hours carry over up to a month's worth.
    private(set) var cap: Double
    /// Hours at hand; below 0, hours booked ahead.
    var hours: Double
    var lastUpdate: Double

    init(parameters: ModelParameters.Consultation, at time: Double) {
        hoursPerDay = parameters.fte * parameters.hoursPerFTEPerYear / ModelTime.daysPerYear
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

    /// New FTE or hours from `time`: the hours accrued so far (or booked ahead) are kept, up to the new
    /// month's worth.
    mutating func adopt(_ parameters: ModelParameters.Consultation, at time: Double) {
        credit(to: time)
        let kept = hours
        self = ConsultationDesk(parameters: parameters, at: time)
        hours = min(kept, cap)
    }

    /// Spends `needed` hours if they are at hand or come free within `mayWait` days; returns the days the
    /// request waits, nil when it lapses.
    mutating func request(_ needed: Double, mayWait: Double, at time: Double) -> Double? {
        credit(to: time)
        let wait = max(0, needed - hours) / hoursPerDay
        guard hours >= needed || (mayWait > 0 && wait <= mayWait) else { return nil }
        hours -= needed
        return wait
    }
}
