import Foundation

/// M13: what a setting learns from consultation. Each consultation in a school or childcare adds to the
/// setting's stock of competence; the stock decays as staff leave (a half-life), and a competent setting
/// resolves more of the needs that arise in it without a referral ("Dit vergroot het includerend vermogen van
/// het kindercentrum ... Dit laatste komt ook weer ten goede aan nieuwe kinderen", Van denken naar doen
/// l.2019-2029). So consultation has a delayed effect, which lasts after it stops.
///
/// The stock is counted per 1,000 youths of the setting, so that a municipality and the country learn
/// alike; the share resolved rises with it and saturates: maximum x stock / (stock + half).
struct SettingCompetence {
    private(set) var enabled: Bool
    /// Decay per day (ln 2 / half-life).
    private(set) var decay: Double
    private(set) var maximum: Double
    /// Consultations at which a setting reaches half the maximum, per setting (its youths / 1,000 x the
    /// scenario's consultations per 1,000 youths).
    private(set) var half: [Double]
    private(set) var stock: [Double]
    private var updated: [Double]

    init(_ parameters: ModelParameters, at time: Double) {
        let c = parameters.competence
        enabled = c.enabled && c.maximumResolution > 0
        decay = c.halfLifeYears > 0 ? log(2) / (c.halfLifeYears * ModelTime.daysPerYear) : .infinity
        maximum = c.maximumResolution
        half = Self.youthsPerSetting(parameters.onset).map { $0 / 1000 * c.consultationsForHalf }
        stock = [Double](repeating: 0, count: Setting.allCases.count)
        updated = [Double](repeating: time, count: Setting.allCases.count)
    }

    /// A warm start: each setting begins with the stock that resolves `shares` of its needs (the inverse of
    /// `resolution`).
    mutating func begin(with shares: [Double], at time: Double) {
        guard enabled else { return }
        for setting in Setting.allCases {
            let share = min(shares[setting.rawValue], maximum * 0.999)
            stock[setting.rawValue] = share > 0 ? half[setting.rawValue] * share / (maximum - share) : 0
            updated[setting.rawValue] = time
        }
    }

    /// A policy timeline's new values apply from `time`; what the settings learned so far stays. Values that
    /// leave competence as it was change nothing (its stock decays on in one piece, to the last bit).
    mutating func adopt(_ parameters: ModelParameters, at time: Double) {
        var next = SettingCompetence(parameters, at: time)
        guard (next.enabled, next.decay, next.maximum, next.half) != (enabled, decay, maximum, half) else { return }
        next.stock = Setting.allCases.map { stock($0, at: time) }
        self = next
    }

    /// Youths in each setting: each age band's youths, shared equally by the settings of the band.
    static func youthsPerSetting(_ onset: ModelParameters.Onset) -> [Double] {
        var youths = [Double](repeating: 0, count: Setting.allCases.count)
        for band in AgeBand.allCases {
            for setting in band.settings {
                youths[setting.rawValue] += onset.youths * onset.ageBandShares[band.rawValue] / Double(band.settings.count)
            }
        }
        return youths
    }

    /// The stock of a setting at `time`, decayed since it last changed.
    func stock(_ setting: Setting, at time: Double) -> Double {
        stock[setting.rawValue] * exp(-decay * (time - updated[setting.rawValue]))
    }

    /// A consultation given to the setting adds to its stock what it is worth (less from a specialist who
    /// no longer treats, `ConsultationFunction.worth`).
    mutating func consulted(_ setting: Setting, worth: Double, at time: Double) {
        guard enabled else { return }
        stock[setting.rawValue] = stock(setting, at: time) + worth
        updated[setting.rawValue] = time
    }

    /// How competent the setting is at `time`, from 0 to 1: stock / (stock + half).
    func share(_ setting: Setting, at time: Double) -> Double {
        // Asked at every detection: a setting that never learned costs no exponential.
        guard enabled, stock[setting.rawValue] > 0 else { return 0 }
        let s = stock(setting, at: time)
        return s / (s + half[setting.rawValue])
    }

    /// The share of needs (levels 2-4) the setting resolves itself at `time`.
    func resolution(_ setting: Setting, at time: Double) -> Double { maximum * share(setting, at: time) }
}
