import SimKernel
import YouthCare

extension ScenarioRunner {
    /// The warm-up diagnostic (`WarmUpAnalysis`): `replications` pilot replications of the scenario started
    /// empty and run for `years` with no warm-up and no policy timeline (the model before any policy).
    public func warmUp(_ scenario: Scenario, replications: Int, years: Double) -> WarmUpAnalysis {
        var pilot = scenario.switching(["run.warmUpYears": 0, "run.years": years], because: "warm-up pilot")
        pilot.replications = replications
        pilot.timeline = []
        return WarmUpAnalysis(scenario: scenario.name, pilot: simulate(pilot, label: "\(scenario.name) pilot"))
    }

    /// A caution when the run's warm-up is shorter than `jeugdsim warmup` recommended for its scenario (kept
    /// in `WarmUpCache`, so the check costs nothing); without a recommendation, when the run's own waiting
    /// lists and stocks, averaged over its replications, still settle for more than a year after its
    /// warm-up (MSER-5 on them) by more than 2 % of their level and beyond their noise. A scenario with a timeline is meant to move,
    /// so only the cached check applies.
    func warmUpCaution(_ scenario: Scenario, _ results: [ReplicationResult]) -> RunCaution? {
        let warmUp = scenario.values["run.warmUpYears"]?.value ?? 0
        // The built-in scenario has no file: `jeugdsim warmup` alone checks it.
        let advice = "; 'jeugdsim warmup\(scenario.files.first.map { " \($0)" } ?? "")' checks it"
        if let recommended = WarmUpCache.recommendation(for: scenario) {
            guard warmUp < Double(recommended) else { return nil }
            let text =
                "warning: \(scenario.name): a warm-up of \(SummaryTable.format(warmUp)) years is shorter than the "
                + "\(recommended) years 'jeugdsim warmup' recommends for this scenario (MSER-5 on a pilot run)"
            return RunCaution(kind: .warmUp, text: text, figures: ["warmUpYears": warmUp, "recommendedYears": Double(recommended)])
        }
        // A policy timeline, or a variant started from its base's status quo, moves its series on purpose.
        guard scenario.timeline.isEmpty, scenario.statusQuo == nil, results.count >= 2 else { return nil }
        let own = WarmUpAnalysis(scenario: scenario.name, pilot: results)
        let moving = own.series.filter { $0.truncation.settled && $0.truncation.observations > 12 && $0.shift > 0.02 && $0.beyondNoise }
        guard let slowest = moving.max(by: { $0.truncation.observations < $1.truncation.observations }) else { return nil }
        let shift = Int((slowest.shift * 100).rounded())
        let text =
            "warning: \(scenario.name): \(slowest.name) still moves \(shift) % in the \(slowest.truncation.observations) months "
            + "after the warm-up of \(SummaryTable.format(warmUp)) years (MSER-5 on the run's own monthly series)" + advice
        return RunCaution(
            kind: .warmUp, text: text,
            figures: ["warmUpYears": warmUp, "share": slowest.shift, "months": Double(slowest.truncation.observations)])
    }
}
