/// The consultation function's hours (M10): credited continuously at the yearly rate, spent per
/// consultation. A request when too few hours are left lapses (the source's "waits or lapses": lapsing is
/// modelled; a consultation queue is left out).
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
