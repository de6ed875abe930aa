import SimKernel
import YouthCare

/// What a variant's difference from its base comes from ("of the 4.1-day shorter wait, 2.6 days come from
/// local resolution"). Each source is switched off in both scenarios, on common random numbers, and its
/// contribution is what the difference loses, replication by replication:
///
///     contribution = (variant - base) - (variant without it - base without it)
///
/// with a 95 % interval. Where switching a source off leaves a scenario unchanged (every consultation
/// effect in a base without consultation, a threshold at its baseline level), that scenario's results are
/// reused. Sources that act on separate cases add up to the total; what they do not explain together
/// (their interaction) is `rest`.
public struct Attribution: Sendable {
    /// What a "specialist expertise to the front" difference can come from: the consultation function's
    /// effects (M10), the treatment places a shift takes, and the extended mechanisms M13-M15.
    public enum Source: String, CaseIterable, Sendable {
        case triageAccuracy, localResolution, detection, inducedDemand, generalistLoad, askerTime, flyingIn
        case lostTreatmentPlaces, specialistsNoLongerTreating, settingCompetence, accessThreshold, collaborationOverhead

        public var label: String {
            switch self {
            case .triageAccuracy: return "(a) better triage and referral"
            case .localResolution: return "(b) needs resolved without referral"
            case .detection: return "(c) earlier signalling"
            case .inducedDemand: return "(d) induced demand"
            case .generalistLoad: return "shorter generalist episodes"
            case .askerTime: return "the askers' time (team caseload, teachers' and GPs' hours)"
            case .flyingIn: return "flying in (specialist help first in line)"
            case .lostTreatmentPlaces: return "treatment places the shift takes"
            case .specialistsNoLongerTreating: return "advice losing worth (specialists who no longer treat)"
            case .settingCompetence: return "M13 setting competence"
            case .accessThreshold: return "M14 access threshold"
            case .collaborationOverhead: return "M15 collaboration overhead"
            }
        }

        /// Whether the source can act in a scenario: consultation effects and what follows from them need
        /// consultation FTE; the others need to be switched on.
        public func acts(in scenario: Scenario) -> Bool {
            let unchanged = scenario.switching(switchedOff, because: "").hasSameValues(as: scenario)
            switch self {
            case .triageAccuracy, .localResolution, .detection, .inducedDemand, .generalistLoad, .askerTime, .flyingIn,
                .lostTreatmentPlaces, .specialistsNoLongerTreating, .settingCompetence:
                return !unchanged && (scenario.values["consultation.fte"]?.value ?? 0) > 0
            case .accessThreshold, .collaborationOverhead:
                return !unchanged
            }
        }

        /// The scenario values that switch the source off.
        public var switchedOff: [String: Double] {
            switch self {
            case .triageAccuracy, .localResolution, .detection, .inducedDemand, .generalistLoad, .askerTime, .flyingIn:
                return ["consultation.effects.\(rawValue)": 0]
            case .specialistsNoLongerTreating:
                // The same specialists, treating enough to keep what their advice is worth.
                return ["consultation.effectHalfLifeYears": 0]
            case .lostTreatmentPlaces:
                // The same FTE paid with new money: consultation as before, no place leaves treatment.
                let add = ModelParameters.Consultation.Funding.allCases.firstIndex(of: .add)!
                return ["consultation.funding": Double(add)]
            case .settingCompetence: return ["competence.enabled": 0]
            case .accessThreshold: return ["threshold.level": 2]
            case .collaborationOverhead: return ["collaboration.enabled": 0]
            }
        }
    }

    public struct Row: Sendable {
        public let source: Source
        public let metric: Metric
        public let contribution: Summary
    }

    public let baseName: String
    public let variantName: String
    /// The paired difference variant - base of each headline.
    public let totals: [Metric: Summary]
    public let rows: [Row]
    /// The total less the sum of the contributions: the sources' interaction.
    public let rest: [Metric: Summary]

    /// The attribution from the base's and variant's results and, per source, the results of both with it
    /// switched off (all on the same replications).
    public init(
        base: Scenario, baseResults: [ReplicationResult], variant: Scenario, variantResults: [ReplicationResult],
        without: [(source: Source, base: [ReplicationResult], variant: [ReplicationResult])]
    ) {
        baseName = base.name
        variantName = variant.name
        let metrics = Headline.all.map(\.metric)
        func difference(_ b: [ReplicationResult], _ v: [ReplicationResult], _ metric: Metric) -> [Double] {
            zip(b, v).map { ($1.figures[metric] ?? .nan) - ($0.figures[metric] ?? .nan) }
        }
        var totals: [Metric: Summary] = [:]
        var rows: [Row] = []
        var rest: [Metric: Summary] = [:]
        for metric in metrics {
            let total = difference(baseResults, variantResults, metric)
            totals[metric] = Summary(total)
            var unexplained = total
            for (source, b, v) in without {
                let contribution = zip(total, difference(b, v, metric)).map { $0 - $1 }
                unexplained = zip(unexplained, contribution).map { $0 - $1 }
                rows.append(Row(source: source, metric: metric, contribution: Summary(contribution)))
            }
            rest[metric] = Summary(unexplained)
        }
        self.totals = totals
        self.rows = rows
        self.rest = rest
    }

    public func contributions(to metric: Metric) -> [Row] { rows.filter { $0.metric == metric } }

    /// "Wait for specialist care: -1.46 days (95 % CI -2.42 to -0.5); the largest part, -4.1 days, from (b) ..."
    public func sentence(_ headline: Headline, format: (Double) -> String) -> String? {
        guard let total = totals[headline.metric] else { return nil }
        var text = "\(headline.label): \(format(total.mean)) \(headline.unit) (95 % CI \(format(total.lower)) to \(format(total.upper)))"
        let distinguishable = contributions(to: headline.metric).filter(\.contribution.excludesZero)
        guard let largest = distinguishable.max(by: { abs($0.contribution.mean) < abs($1.contribution.mean) }) else {
            return text + "; no source's part is distinguishable from noise."
        }
        text += "; the largest part, \(format(largest.contribution.mean)) \(headline.unit), from \(largest.source.label)"
        return text + " (95 % CI \(format(largest.contribution.lower)) to \(format(largest.contribution.upper)))."
    }

    public func csv(_ style: CSVStyle) -> String {
        var out = style.row(["base", "variant", "metric", "group", "source", "mean", "lower95", "upper95", "distinguishable"])
        func line(_ metric: Metric, _ source: String, _ s: Summary) {
            out += style.row([
                baseName, variantName, metric.name, metric.group.key, source, style.number(s.mean), style.number(s.lower),
                style.number(s.upper), s.excludesZero ? "yes" : "no",
            ])
        }
        for headline in Headline.all {
            let metric = headline.metric
            line(metric, "total", totals[metric]!)
            for row in contributions(to: metric) { line(metric, row.source.rawValue, row.contribution) }
            line(metric, "rest", rest[metric]!)
        }
        return out
    }
}
