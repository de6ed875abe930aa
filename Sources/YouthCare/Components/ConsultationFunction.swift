import SimKernel

/// One of the consultation function's four effects (`docs/model.md`, M10); a scenario can switch each off
/// to see what it contributes.
public enum ConsultationEffect: String, CaseIterable, Sendable {
    /// (a) A consulted triage assigns the needed level more often.
    case triageAccuracy
    /// (b) A consulted generalist episode fails less often.
    case generalistSuccess
    /// (c) A school or childcare that consulted signals a need sooner.
    case detection
    /// (d) The open door draws extra light demand ("aanzuigende werking").
    case inducedDemand
}

/// The consultation function ("specialist expertise to the front", M10): who asks, whether the hours are
/// there, what a consultation changes, the demand it induces and the treatment places shifted FTE take.
struct ConsultationFunction {
    /// What became of a request.
    enum Request: Equatable {
        /// Nobody asked (or the function is not there).
        case notAsked
        case given
        /// Asked, but the hours were spent: the request lapses.
        case lapsed
    }

    let parameters: ModelParameters.Consultation
    var desk: ConsultationDesk
    let stream: RandomStream

    init(_ parameters: ModelParameters.Consultation, stream: RandomStream, at time: Double) {
        self.parameters = parameters
        desk = ConsultationDesk(parameters: parameters, at: time)
        self.stream = stream
    }

    func has(_ effect: ConsultationEffect) -> Bool { parameters.effects.contains(effect) }

    /// The neighbourhood team may ask at triage (the ask is drawn whether or not hours are left).
    mutating func askAtTriage(at time: Double) -> Request {
        guard stream.bernoulli(parameters.askRateAtTriage) else { return .notAsked }
        return request(at: time)
    }

    /// A school or childcare may ask about a child at onset (effect c).
    mutating func askInSetting(at time: Double) -> Request {
        guard desk.isOpen, has(.detection), stream.bernoulli(parameters.askRateInSettings) else { return .notAsked }
        return request(at: time)
    }

    mutating func request(at time: Double) -> Request {
        guard desk.isOpen else { return .notAsked }
        return desk.request(at: time) ? .given : .lapsed
    }

    /// (a) Triage accuracy after a consultation: a share of the errors is removed.
    func triageAccuracy(_ accuracy: Double) -> Double {
        has(.triageAccuracy) ? accuracy + (1 - accuracy) * parameters.triageAccuracyEffect : accuracy
    }

    /// (b) Generalist success after a consultation: a share of the failures is avoided.
    func generalistSuccess(_ success: Double) -> Double {
        has(.generalistSuccess) ? success + (1 - success) * parameters.generalistSuccessEffect : success
    }

    /// (c) The detection delay of a setting that consulted.
    func detectionDelay(_ mean: Double) -> Double { mean * (1 - parameters.detectionEffect) }

    /// (d) The multiplier on light (level 2-3) incidence.
    var inducedDemand: Double { has(.inducedDemand) ? 1 + parameters.inducedDemandPerFTE * parameters.fte : 1 }

    /// Treatment places that consultation FTE funded by shifting take out of the specialist pools.
    static func shiftedPlaces(_ parameters: ModelParameters.Consultation) -> Double {
        parameters.funding == .shift ? parameters.fte * parameters.specialistSlotsPerFTE : 0
    }
}

/// The consultation function's hours: credited continuously at the yearly rate, spent per consultation. A
/// request when too few hours are left lapses (the source's "waits or lapses": lapsing is modelled; a
/// consultation queue is left out).
struct ConsultationDesk {
    let hoursPerDay: Double
    let hoursPerConsultation: Double
    /// Unspent hours carry over up to a month's worth.
    let cap: Double
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

    /// Spends the hours of one consultation if they are there.
    mutating func request(at time: Double) -> Bool {
        hours = min(cap, hours + (time - lastUpdate) * hoursPerDay)
        lastUpdate = time
        guard hours >= hoursPerConsultation else { return false }
        hours -= hoursPerConsultation
        return true
    }
}
