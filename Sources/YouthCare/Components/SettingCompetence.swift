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
    private(set) var maximum: Double
    /// Per setting; consultations at which it reaches half the maximum are its youths / 1,000 x the
    /// scenario's consultations per 1,000 youths.
    private(set) var stocks: [LearnedStock]

    init(_ parameters: ModelParameters, at time: Double) {
        let c = parameters.competence
        enabled = c.enabled && c.maximumResolution > 0
        maximum = c.maximumResolution
        stocks = Self.youthsPerSetting(parameters.onset).map {
            LearnedStock(halfLifeYears: c.halfLifeYears, half: $0 / 1000 * c.consultationsForHalf, at: time)
        }
    }

    /// A warm start: each setting begins with the stock that resolves `shares` of its needs (the inverse of
    /// `resolution`).
    mutating func begin(with shares: [Double], at time: Double) {
        guard enabled else { return }
        for i in stocks.indices {
            stocks[i].begin(stocks[i].stock(giving: min(shares[i], maximum * 0.999), of: maximum), at: time)
        }
    }

    /// A policy timeline's new values apply from `time`; what the settings learned so far stays. Values that
    /// leave competence as it was change nothing (its stock decays on in one piece, to the last bit).
    mutating func adopt(_ parameters: ModelParameters, at time: Double) {
        var next = SettingCompetence(parameters, at: time)
        guard (next.enabled, next.maximum) != (enabled, maximum) || !zip(next.stocks, stocks).allSatisfy({ $0.sameRates(as: $1) })
        else { return }
        for i in stocks.indices { next.stocks[i].begin(stocks[i].stock(at: time), at: time) }
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

    /// A consultation given to the setting adds to its stock what it is worth (less from a specialist who
    /// no longer treats, `ConsultationFunction.worth`).
    mutating func consulted(_ setting: Setting, worth: Double, at time: Double) {
        guard enabled else { return }
        stocks[setting.rawValue].add(worth, at: time)
    }

    /// How competent the setting is at `time`, from 0 to 1.
    func share(_ setting: Setting, at time: Double) -> Double { enabled ? stocks[setting.rawValue].share(at: time) : 0 }

    /// The share of needs (levels 2-4) the setting resolves itself at `time`.
    func resolution(_ setting: Setting, at time: Double) -> Double { maximum * share(setting, at: time) }
}
