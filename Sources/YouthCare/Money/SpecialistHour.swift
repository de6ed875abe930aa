/// One price for a specialist's hour, whether the specialist treats or consults (docs/model.md section 7,
/// "money matches capacity"). It is not a number of its own, which could drift from the prices: it follows
/// from what a treatment place is paid in a year over the hours the place takes, and the consultation hour
/// is the treatment hour of the pools the consulting specialists come from.
extension ModelParameters {
    /// What an hour of level-`level` treatment (4-6) costs the municipality: what one place brings in a year
    /// when always occupied (trajectories of the mean duration, days, contacts or hours, or its share of the
    /// lump sum), over the specialist hours the place takes a year.
    public func treatmentHourCost(level: Level) -> Double {
        let hours = specialist.hoursPerPlacePerYear[level]
        guard (4...6).contains(level), hours > 0 else { return 0 }
        let placeYear: Double
        switch money.pricing[level] {
        case .trajectory:
            let days = specialist.duration[level].meanDays
            placeYear = days > 0 ? money.price[level] * ModelTime.daysPerYear / days : 0
        case .perDay: placeYear = money.price[level] * ModelTime.daysPerYear
        case .perContact, .perHour: placeYear = money.price[level] * money.unitsPerWeek[level] * ModelTime.daysPerYear / 7
        case .lumpSum:
            let places = Double(specialist.capacity[level])
            placeYear = places > 0 ? money.lumpSum[level] / places : 0
        }
        return placeYear / hours
    }

    /// The share of the consulting specialists' hours each pool gives up (indexed by level, 4-6): in
    /// proportion to the hours its places take a year, as a shift takes them (`ConsultationFunction`).
    public var consultationPoolShares: [Double] {
        var shares = [Double](repeating: 0, count: 8)
        let hours = (4...6).map { Double(specialist.capacity[$0]) * specialist.hoursPerPlacePerYear[$0] }
        let total = hours.reduce(0, +)
        guard total > 0 else { return shares }
        for level in 4...6 { shares[level] = hours[level - 4] / total }
        return shares
    }

    /// What a consultation hour costs: the treatment hour of the pools the specialists come from, each
    /// weighted by its share of their hours. Whether the hours are shifted or added, they cost what they
    /// cost in treatment.
    public var consultationHourCost: Double {
        let shares = consultationPoolShares
        return (4...6).reduce(0.0) { $0 + shares[$1] * treatmentHourCost(level: $1) }
    }
}
