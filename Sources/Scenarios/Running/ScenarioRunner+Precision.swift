import SimKernel
import YouthCare

/// Replications to a stated precision (Hoad, Robinson and Davies 2010, "Automating warm-up length
/// estimation" and "Automated selection of the number of replications for a discrete-event simulation";
/// Robinson, "Simulation: the practice of model development and use"): replications run in batches of
/// ten until every headline's 95 % interval half-width is at most `relative` of its mean (or its
/// `Headline.absolutePrecision` near zero), and stays so for one more batch (their look-ahead), or until
/// `maximum`. Replication r draws the same numbers in every batch layout, so the count it stops at, and
/// the results, are the same whatever the threads.
public struct PrecisionRule: Sendable {
    public static let batch = 10

    public let relative: Double
    public let maximum: Int

    public init(relative: Double, maximum: Int) {
        self.relative = relative
        self.maximum = maximum
    }

    /// How far one interval is from its target: half-width over what the rule allows (at most 1: met).
    func shortfall(_ halfWidth: Double, scale: Double, _ headline: Headline) -> Double {
        halfWidth / max(relative * abs(scale), headline.absolutePrecision)
    }

    /// The headline furthest from its target, and by how much, over replications `results`.
    func worst(_ results: [ReplicationResult]) -> (headline: Headline, ratio: Double) {
        let summaries = Experiment.summarise(results)
        return Headline.all.compactMap { h in summaries[h.metric].map { (h, shortfall($0.halfWidth, scale: $0.mean, h)) } }
            .max { $0.1 < $1.1 }!
    }

    /// The same for paired differences against a base: each difference's half-width against the base's mean.
    func worst(base: [ReplicationResult], variants: [[ReplicationResult]]) -> (headline: Headline, ratio: Double) {
        let summaries = Experiment.summarise(base)
        var worst = (Headline.all[0], 0.0)
        for variant in variants {
            for h in Headline.all {
                guard let b = summaries[h.metric] else { continue }
                let d = Summary.paired(base: base.map { $0.figures[h.metric]! }, variant: variant.map { $0.figures[h.metric]! })
                let ratio = shortfall(d.halfWidth, scale: b.mean, h)
                if ratio > worst.1 { worst = (h, ratio) }
            }
        }
        return worst
    }
}

/// How many replications a precision rule took, and why it stopped (recorded in run.json).
public struct PrecisionOutcome: Sendable {
    public let rule: PrecisionRule
    public let replications: Int
    public let met: Bool
    /// The headline furthest from its target at the end, and its half-width over the target.
    public let worst: (label: String, ratio: Double)

    public var description: String {
        let percent = Int((rule.relative * 100).rounded())
        let share = String(format: "%.2f", worst.ratio)
        return met
            ? "every headline within \(percent) % at \(replications - PrecisionRule.batch) replications and still after one more "
                + "batch, \(replications) in all (furthest: \(worst.label), at \(share) of its target)"
            : "stopped at the maximum of \(rule.maximum) replications: \(worst.label) at \(share) of its target"
    }
}

extension ScenarioRunner {
    /// Runs the base and `variants` (none for a plain run) in batches until `rule` holds: on the headlines
    /// of the base alone, or on the paired differences of every variant against it.
    public func simulate(
        _ base: Scenario, _ variants: [Scenario] = [], toPrecision rule: PrecisionRule
    ) -> (base: [ReplicationResult], variants: [[ReplicationResult]], outcome: PrecisionOutcome) {
        var baseResults: [ReplicationResult] = []
        var variantResults = variants.map { _ in [ReplicationResult]() }
        var metBefore = false
        var confirmed = false
        var worst = (headline: Headline.all[0], ratio: Double.infinity)
        while !confirmed && baseResults.count < rule.maximum {
            let next = baseResults.count..<min(baseResults.count + PrecisionRule.batch, rule.maximum)
            baseResults += simulate(base, replications: next, label: "\(base.name) \(next.lowerBound + 1)-\(next.upperBound)")
            for (i, variant) in variants.enumerated() {
                variantResults[i] += simulate(
                    variant, replications: next, label: "\(variant.name) \(next.lowerBound + 1)-\(next.upperBound)")
            }
            worst = variants.isEmpty ? rule.worst(baseResults) : rule.worst(base: baseResults, variants: variantResults)
            let met = worst.ratio <= 1 && baseResults.count >= 2
            confirmed = met && metBefore
            metBefore = met
        }
        let outcome = PrecisionOutcome(
            rule: rule, replications: baseResults.count, met: confirmed, worst: (worst.headline.label, worst.ratio))
        return (baseResults, variantResults, outcome)
    }
}
