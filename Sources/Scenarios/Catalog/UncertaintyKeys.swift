import SimKernel

/// A parameter whose value is not known: the distribution of what it may be, beside its default, with where
/// the distribution's bounds come from (`jeugdsim uncertainty`, docs/model.md, "What we don't know").
public struct UncertainParameter: Sendable {
    public let key: String
    public let distribution: Distribution
    public let group: UncertaintyGroup
    public let provenance: Provenance

    /// The distribution as a person writes it: "beta(3, 7)", "triangular(2, 3, 5)".
    public var formula: String {
        let n = { (value: Double) in ParameterDefinition.plain((value * 1e6).rounded() / 1e6) }
        switch distribution {
        case .beta(let alpha, let beta): return "beta(\(n(alpha)), \(n(beta)))"
        case .gamma(let shape, let scale): return "gamma(shape \(n(shape)), scale \(n(scale)))"
        case .uniform(let lower, let upper): return "uniform(\(n(lower)), \(n(upper)))"
        case .triangular(let lower, let mode, let upper): return "triangular(\(n(lower)), \(n(mode)), \(n(upper)))"
        default: return "\(distribution)"
        }
    }

    /// "beta(3, 7), 90 % between 0.098 and 0.53": what `describe` shows.
    public var summary: String {
        let q = { (p: Double) in ParameterDefinition.plain((distribution.quantile(p) * 1e3).rounded() / 1e3) }
        return "\(formula), 90 % between \(q(0.05)) and \(q(0.95))"
    }
}

/// The unknowns that belong together, whose value of information is asked as one (Strong, Oakley and Brennan
/// 2014): what one study would measure.
public enum UncertaintyGroup: String, Sendable, CaseIterable {
    case consultationEffects = "consultation effects"
    case naturalCourse = "natural course"
    case accessAndCollaboration = "access and collaboration"
    case neighbourhoodTeams = "neighbourhood teams"
    case durations
    case prices
    /// Values fitted to a CBS statistic, drawn over the values that keep the fit within its tolerance.
    case calibrated = "calibrated values"
}

extension ParameterCatalog {
    /// Every uncertain parameter's distribution. A value fitted to a CBS statistic is drawn over the values
    /// that keep the simulated statistic within the calibration's tolerance (`CalibrationTarget`): uniform
    /// over the default plus and minus the tolerance where the statistic is proportional to the value (orders
    /// in force to their duration, orders started to the court's probability, repeat use to relapse, nearly).
    /// Values fitted together to one statistic (incidence per level, capacities with the wait, placements)
    /// are not drawn: drawing one alone would undo the fit; drawing them would mean calibrating per draw.
    public static let uncertainties: [UncertainParameter] = {
        var list: [UncertainParameter] = []
        func add(_ key: String, _ distribution: Distribution, _ group: UncertaintyGroup, _ provenance: Provenance) {
            list.append(UncertainParameter(key: key, distribution: distribution, group: group, provenance: provenance))
        }
        /// A share whose default is the mean of a beta of `strength` pseudo-observations.
        func share(_ key: String, _ mean: Double, strength: Double, _ group: UncertaintyGroup, _ why: String) {
            add(key, .beta(alpha: mean * strength, beta: (1 - mean) * strength), group, .assumption(why))
        }
        /// A positive value whose default is the mean of a gamma with coefficient of variation `cv`.
        func around(_ key: String, _ mean: Double, cv: Double, _ group: UncertaintyGroup, _ why: String) {
            add(key, .withMean(mean, cv: cv), group, .assumption(why))
        }
        let effect = "the sources name the effect, not its size: the default as the mean, a beta of 10 pseudo-observations"
        for key in ["triageAccuracyEffect", "referralAccuracyEffect", "generalistSuccessEffect", "detectionEffect"] {
            share("consultation.\(key)", 0.3, strength: 10, .consultationEffects, effect)
        }
        share("consultation.episodeShortening", 0.2, strength: 10, .consultationEffects, effect)
        share("consultation.practiceResolution", 0.2, strength: 10, .consultationEffects, effect)
        share("consultation.jointTreatmentSuccessEffect", 0.5, strength: 10, .consultationEffects, effect)
        share("competence.team.maximumSuccessEffect", 0.15, strength: 10, .consultationEffects, effect)
        add(
            "consultation.settingResolution", .uniform(lower: 0.011, upper: 0.073), .consultationEffects,
            .source(
                .samenOmHetKind, "1270-1283",
                "De Ronde Venen prevented 6-40 referrals per FTE in two years; the default 0.04 gives about 22, so 6-40 is 0.011-0.073"))
        around(
            "consultation.inducedNeedsPerConsultation", 0.025, cv: 0.5, .consultationEffects,
            "Dialoogpaper wijkteams l.824-828 names the open door's pull, not its size: the default as the mean, cv 0.5")
        around(
            "consultation.effectHalfLifeYears", 2, cv: 0.5, .consultationEffects,
            "Samen om het kind l.1628-1634 names the loss of expertise, not its pace: the default as the mean, cv 0.5")
        add(
            "consultation.hoursPerConsultation", .triangular(lower: 2, mode: 3, upper: 5), .consultationEffects,
            .assumption("a case discussion of one to two hours with preparation and travel"))
        add(
            "consultation.askerHours.neighbourhoodTeam", .triangular(lower: 0.5, mode: 1.5, upper: 3), .consultationEffects,
            .assumption("Een gedurfde ambitie l.440-449: collaboration takes time on both sides; half an hour to three"))

        let course = "light needs often normalise within a year, intensive ones rarely: the default as the mean, cv 0.3"
        for (level, rate) in [(2, 1.0), (3, 0.6), (4, 0.3), (5, 0.15), (6, 0.08)] {
            around("naturalCourse.resolutionPerYear.level\(level)", rate, cv: 0.3, .naturalCourse, course)
        }
        let worse = "Samen om het kind l.735-740: waiting makes some problems worse; the default as the mean, cv 0.5"
        for (level, rate) in [(3, 0.2), (4, 0.15), (5, 0.12)] {
            around("naturalCourse.deteriorationPerYear.level\(level)", rate, cv: 0.5, .naturalCourse, worse)
        }
        share(
            "relapse.continuityFactor", 0.6, strength: 10, .naturalCourse,
            "Een gedurfde ambitie l.520-530 names the effect of continuity, not its size; a beta of 10 pseudo-observations")

        share(
            "access.triageAccuracy", 0.8, strength: 20, .accessAndCollaboration,
            "four in five assessments hit the needed level; a beta of 20 pseudo-observations: 90 % between 0.65 and 0.93")
        share(
            "access.directReferralAccuracy", 0.7, strength: 20, .accessAndCollaboration,
            "referrers outside the team know less of the family; a beta of 20 pseudo-observations")
        share(
            "collaboration.burdenPerProfessional", 0.1, strength: 20, .accessAndCollaboration,
            "Een gedurfde ambitie l.422-449 names the burden, not its size; a beta of 20 pseudo-observations")
        add(
            "collaboration.hoursPerHandOff", .triangular(lower: 1, mode: 3, upper: 6), .accessAndCollaboration,
            .assumption("Een gedurfde ambitie l.422-449: a hand-off costs a meeting, from one hour to most of a day"))
        around(
            "threshold.openDoorDemand", 0.15, cv: 0.5, .accessAndCollaboration,
            "Dialoogpaper wijkteams l.670-672 names the open door's unbounded consumption, not its size: the default as the mean, cv 0.5")
        around(
            "threshold.reapplyPerYear", 2, cv: 0.5, .accessAndCollaboration,
            "Dialoogpaper wijkteams l.824-828: a family turned away applies again; after half a year as the mean, cv 0.5")
        let success = "most well-matched episodes resolve the need, size assumed: the default as the mean, a beta of 20 pseudo-observations"
        for (level, probability) in [(2, 0.9), (3, 0.8), (4, 0.7)] {
            share("generalist.success.level\(level)", probability, strength: 20, .neighbourhoodTeams, success)
        }
        let team = "Van denken naar doen l.1375-1456 gives the contacts, not the months; 20 % either way"
        for (level, days) in [(2, 30.0), (3, 90.0), (4, 180.0)] {
            add(
                "generalist.duration.level\(level).meanDays", .triangular(lower: 0.8 * days, mode: days, upper: 1.2 * days),
                .neighbourhoodTeams,
                .assumption(team))
        }

        let programme = "Van denken naar doen l.974: programmes mostly no longer than half a year; 20 % either way"
        for (level, days) in [(4, 120.0), (5, 180.0), (6, 180.0)] {
            add(
                "specialist.duration.level\(level).meanDays", .triangular(lower: 0.8 * days, mode: days, upper: 1.2 * days), .durations,
                .assumption(programme))
        }
        add(
            "stepDown.aftercare.meanDays", .triangular(lower: 30, mode: 60, upper: 120), .durations,
            .assumption("one to four months of light aftercare"))

        let price = "a trajectory's hours at EUR 137 an hour, 25 % either way: providers' rates differ (docs/model.md section 7)"
        for (level, euros) in [(4, 3500.0), (5, 7000.0), (6, 21000.0)] {
            add(
                "money.level\(level).price", .triangular(lower: 0.75 * euros, mode: euros, upper: 1.25 * euros), .prices, .assumption(price)
            )
        }
        add(
            "money.placement.residential.pricePerDay", .triangular(lower: 330, mode: 420, upper: 550), .prices,
            .assumption("residential care's day price differs by provider and group"))
        add(
            "money.generalistCostPerFTE", .triangular(lower: 90_000, mode: 105_000, upper: 120_000), .prices,
            .assumption("a youth and family worker's scale and overhead differ by municipality"))
        add(
            "money.indexation", .uniform(lower: 0.015, upper: 0.045), .prices,
            .assumption("the yearly price index between 1.5 and 4.5 % (3 % as the default)"))
        let fit = { (statistic: String) in
            Provenance.statistic(
                "calibrated to \(statistic) within 10 % (jeugdsim calibrate): uniform over the default plus or minus 10 %, "
                    + "where the statistic stays within its tolerance")
        }
        for (key, value, statistic) in [
            ("relapse.probability", 0.27, "CBS 85096NED 2021, repeat use among started trajectories, 24 %"),
            ("childProtection.courtProbability", 0.57, "CBS 2023 H1, child protection measures started"),
            ("childProtection.supervision.meanDays", 1440.0, "CBS 2023 H1, child protection measures in force"),
        ] {
            add(key, .uniform(lower: 0.9 * value, upper: 1.1 * value), .calibrated, fit(statistic))
        }
        return list
    }()

    public static func uncertainty(_ key: String) -> UncertainParameter? { uncertainties.first { $0.key == key } }
}
