/// M13 for the neighbourhood team: what generalists learn from the specialists they consult. As a school
/// learns (`SettingCompetence`), each consultation adds to the team's stock, the stock decays as staff leave
/// (a half-life), and a competent team helps more families without a step up: a share of the generalist
/// failures is avoided in episodes it did not consult about ("consultatie en advies ... om daarmee deze
/// professional te ondersteunen in zijn leerproces", Een stimulerende opvoed- en opgroeiomgeving l.481-483).
///
/// The stock is counted per 1,000 youths of the municipality; the share of failures avoided saturates:
/// maximum x stock / (stock + half).
struct TeamCompetence {
    private(set) var enabled: Bool
    private(set) var maximum: Double
    private(set) var learned: LearnedStock

    init(_ parameters: ModelParameters, at time: Double) {
        let c = parameters.competence
        enabled = c.enabled && c.teamMaximumSuccessEffect > 0
        maximum = c.teamMaximumSuccessEffect
        learned = LearnedStock(
            halfLifeYears: c.teamHalfLifeYears, half: parameters.onset.youths / 1000 * c.teamConsultationsForHalf, at: time)
    }

    /// A warm start: the team begins with the stock that gives competence `share`.
    mutating func begin(with share: Double, at time: Double) {
        guard enabled else { return }
        learned.begin(learned.stock(giving: min(max(share, 0), 0.999), of: 1), at: time)
    }

    /// A policy timeline's new values apply from `time`; what the team learned so far stays.
    mutating func adopt(_ parameters: ModelParameters, at time: Double) {
        var next = TeamCompetence(parameters, at: time)
        guard (next.enabled, next.maximum) != (enabled, maximum) || !next.learned.sameRates(as: learned) else { return }
        next.learned.begin(learned.stock(at: time), at: time)
        self = next
    }

    /// A consultation the team asked adds what it was worth (`ConsultationFunction.worth`).
    mutating func consulted(worth: Double, at time: Double) {
        guard enabled else { return }
        learned.add(worth, at: time)
    }

    /// How competent the team is at `time`, from 0 to 1.
    func share(at time: Double) -> Double { enabled ? learned.share(at: time) : 0 }

    /// Generalist success in an episode the team did not consult about: a share of the failures avoided.
    func success(_ success: Double, at time: Double) -> Double { success + (1 - success) * maximum * share(at: time) }
}
