import Foundation

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
    /// Decay per day (ln 2 / half-life).
    private(set) var decay: Double
    private(set) var maximum: Double
    /// Consultations at which the team reaches half the maximum.
    private(set) var half: Double
    private(set) var stock = 0.0
    private var updated: Double

    init(_ parameters: ModelParameters, at time: Double) {
        let c = parameters.competence
        enabled = c.enabled && c.teamMaximumSuccessEffect > 0
        decay = c.teamHalfLifeYears > 0 ? log(2) / (c.teamHalfLifeYears * ModelTime.daysPerYear) : .infinity
        maximum = c.teamMaximumSuccessEffect
        half = parameters.onset.youths / 1000 * c.teamConsultationsForHalf
        updated = time
    }

    /// A warm start: the team begins with the stock that gives competence `share` (the inverse of `share`).
    mutating func begin(with share: Double, at time: Double) {
        guard enabled else { return }
        let share = min(max(share, 0), 0.999)
        stock = half * share / (1 - share)
        updated = time
    }

    /// A policy timeline's new values apply from `time`; what the team learned so far stays.
    mutating func adopt(_ parameters: ModelParameters, at time: Double) {
        var next = TeamCompetence(parameters, at: time)
        guard (next.enabled, next.decay, next.maximum, next.half) != (enabled, decay, maximum, half) else { return }
        next.stock = stock(at: time)
        self = next
    }

    func stock(at time: Double) -> Double { stock * exp(-decay * (time - updated)) }

    /// A consultation the team asked adds what it was worth (`ConsultationFunction.worth`).
    mutating func consulted(worth: Double, at time: Double) {
        guard enabled else { return }
        stock = stock(at: time) + worth
        updated = time
    }

    /// How competent the team is at `time`, from 0 to 1.
    func share(at time: Double) -> Double {
        // Asked at every generalist outcome: a team that never learned costs no exponential.
        guard enabled, stock > 0 else { return 0 }
        let s = stock(at: time)
        return s / (s + half)
    }

    /// Generalist success in an episode the team did not consult about: a share of the failures avoided.
    func success(_ success: Double, at time: Double) -> Double { success + (1 - success) * maximum * share(at: time) }
}
