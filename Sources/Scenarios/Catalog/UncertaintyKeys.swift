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
        // The helpers below centre a distribution on the key's catalog default, so the two cannot drift apart.
        let value = { (key: String) in definition(key)!.defaultValue }
        /// A share whose default is the mean of a beta of `strength` pseudo-observations.
        func share(_ key: String, strength: Double, _ group: UncertaintyGroup, _ why: String) {
            let mean = value(key)
            add(key, .beta(alpha: mean * strength, beta: (1 - mean) * strength), group, .assumption(why))
        }
        /// A positive value whose default is the mean of a gamma with coefficient of variation `cv`.
        func around(_ key: String, cv: Double, _ group: UncertaintyGroup, _ why: String) {
            add(key, .withMean(value(key), cv: cv), group, .assumption(why))
        }
        /// A value whose default is the mode of a triangular reaching `fraction` of it either way.
        func eitherWay(_ key: String, by fraction: Double, _ group: UncertaintyGroup, _ why: String) {
            let mode = value(key)
            add(key, .triangular(lower: (1 - fraction) * mode, mode: mode, upper: (1 + fraction) * mode), group, .assumption(why))
        }
        let effect = "the sources name the effect, not its size: the default as the mean, a beta of 10 pseudo-observations"
        for key in [
            "consultation.triageAccuracyEffect", "consultation.referralAccuracyEffect", "consultation.generalistSuccessEffect",
            "consultation.detectionEffect", "consultation.episodeShortening", "consultation.practiceResolution",
            "consultation.jointTreatmentSuccessEffect", "competence.team.maximumSuccessEffect",
        ] {
            share(key, strength: 10, .consultationEffects, effect)
        }
        add(
            "consultation.settingResolution", .uniform(lower: 0.011, upper: 0.073), .consultationEffects,
            .source(
                .samenOmHetKind, "1270-1283",
                "De Ronde Venen prevented 6-40 referrals per FTE in two years; the default 0.04 gives about 22, so 6-40 is 0.011-0.073"))
        around(
            "consultation.inducedNeedsPerConsultation", cv: 0.5, .consultationEffects,
            "Dialoogpaper wijkteams l.824-828 names the open door's pull, not its size: the default as the mean, cv 0.5")
        around(
            "consultation.effectHalfLifeYears", cv: 0.5, .consultationEffects,
            "Samen om het kind l.1628-1634 names the loss of expertise, not its pace: the default as the mean, cv 0.5")
        add(
            "consultation.hoursPerConsultation", .triangular(lower: 2, mode: 3, upper: 5), .consultationEffects,
            .assumption("a case discussion of one to two hours with preparation and travel"))
        add(
            "consultation.askerHours.neighbourhoodTeam", .triangular(lower: 0.5, mode: 1.5, upper: 3), .consultationEffects,
            .assumption("Een gedurfde ambitie l.440-449: collaboration takes time on both sides; half an hour to three"))

        let course = "light needs often normalise within a year, intensive ones rarely: the default as the mean, cv 0.3"
        for level in 2...6 { around("naturalCourse.resolutionPerYear.level\(level)", cv: 0.3, .naturalCourse, course) }
        let worse = "Samen om het kind l.735-740: waiting makes some problems worse; the default as the mean, cv 0.5"
        for level in 3...5 { around("naturalCourse.deteriorationPerYear.level\(level)", cv: 0.5, .naturalCourse, worse) }
        share(
            "relapse.continuityFactor", strength: 10, .naturalCourse,
            "Een gedurfde ambitie l.520-530 names the effect of continuity, not its size; a beta of 10 pseudo-observations")

        share(
            "access.triageAccuracy", strength: 20, .accessAndCollaboration,
            "four in five assessments hit the needed level; a beta of 20 pseudo-observations: 90 % between 0.65 and 0.93")
        share(
            "access.directReferralAccuracy", strength: 20, .accessAndCollaboration,
            "referrers outside the team know less of the family; a beta of 20 pseudo-observations")
        share(
            "collaboration.burdenPerProfessional", strength: 20, .accessAndCollaboration,
            "Een gedurfde ambitie l.422-449 names the burden, not its size; a beta of 20 pseudo-observations")
        add(
            "collaboration.hoursPerHandOff", .triangular(lower: 1, mode: 3, upper: 6), .accessAndCollaboration,
            .assumption("Een gedurfde ambitie l.422-449: a hand-off costs a meeting, from one hour to most of a day"))
        around(
            "threshold.openDoorDemand", cv: 0.5, .accessAndCollaboration,
            "Dialoogpaper wijkteams l.670-672 names the open door's unbounded consumption, not its size: the default as the mean, cv 0.5")
        around(
            "threshold.reapplyPerYear", cv: 0.5, .accessAndCollaboration,
            "Dialoogpaper wijkteams l.824-828: a family turned away applies again; after half a year as the mean, cv 0.5")
        let success = "most well-matched episodes resolve the need, size assumed: the default as the mean, a beta of 20 pseudo-observations"
        for level in 2...4 { share("generalist.success.level\(level)", strength: 20, .neighbourhoodTeams, success) }
        let team = "Van denken naar doen l.1375-1456 gives the contacts, not the months; 20 % either way"
        for level in 2...4 { eitherWay("generalist.duration.level\(level).meanDays", by: 0.2, .neighbourhoodTeams, team) }

        let programme = "Van denken naar doen l.974: programmes mostly no longer than half a year; 20 % either way"
        for level in 4...6 { eitherWay("specialist.duration.level\(level).meanDays", by: 0.2, .durations, programme) }
        add(
            "stepDown.aftercare.meanDays", .triangular(lower: 30, mode: 60, upper: 120), .durations,
            .assumption("one to four months of light aftercare"))

        let price = "a trajectory's hours at EUR 137 an hour, 25 % either way: providers' rates differ (docs/model.md section 7)"
        for level in 4...6 { eitherWay("money.level\(level).price", by: 0.25, .prices, price) }
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
        for (key, statistic) in [
            ("relapse.probability", "CBS 85096NED 2021, repeat use among started trajectories, 24 %"),
            ("childProtection.courtProbability", "CBS 2023 H1, child protection measures started"),
            ("childProtection.supervision.meanDays", "CBS 2023 H1, child protection measures in force"),
        ] {
            add(key, .uniform(lower: 0.9 * value(key), upper: 1.1 * value(key)), .calibrated, fit(statistic))
        }
        return list
    }()

    public static func uncertainty(_ key: String) -> UncertainParameter? { uncertainties.first { $0.key == key } }
}
