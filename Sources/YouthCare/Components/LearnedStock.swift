import Foundation

/// What professionals learned from consultations (M13), for one school or childcare setting or for the
/// neighbourhood team: each consultation adds its worth to the stock, the stock decays as staff leave (a
/// half-life), and the competence it gives saturates: stock / (stock + half), from 0 to 1.
struct LearnedStock {
    /// Decay per day (ln 2 / half-life).
    let decay: Double
    /// The stock at which competence is a half.
    let half: Double
    private(set) var stock = 0.0
    private var updated: Double

    init(halfLifeYears: Double, half: Double, at time: Double) {
        decay = halfLifeYears > 0 ? log(2) / (halfLifeYears * ModelTime.daysPerYear) : .infinity
        self.half = half
        updated = time
    }

    /// Whether `other` learns and forgets alike (a policy step that leaves them changes nothing).
    func sameRates(as other: LearnedStock) -> Bool { (decay, half) == (other.decay, other.half) }

    /// The stock at `time`, decayed since it last changed.
    func stock(at time: Double) -> Double { stock * exp(-decay * (time - updated)) }

    /// A consultation adds what it was worth (`ConsultationFunction.worth`).
    mutating func add(_ worth: Double, at time: Double) {
        stock = stock(at: time) + worth
        updated = time
    }

    /// Starts from `stock` at `time` (a warm start, or what was learned before a policy step).
    mutating func begin(_ stock: Double, at time: Double) {
        self.stock = stock
        updated = time
    }

    /// The stock at which `maximum` x competence is `share` (the inverse of the saturation).
    func stock(giving share: Double, of maximum: Double) -> Double { share > 0 ? half * share / (maximum - share) : 0 }

    /// Competence at `time`, from 0 to 1.
    func share(at time: Double) -> Double {
        // Asked at every detection and generalist outcome: a stock that never grew costs no exponential.
        guard stock > 0 else { return 0 }
        let s = stock(at: time)
        return s / (s + half)
    }
}
