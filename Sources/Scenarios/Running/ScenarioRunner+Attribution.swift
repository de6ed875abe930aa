import SimKernel
import YouthCare

extension ScenarioRunner {
    /// Where `variant`'s difference from `base` comes from (`Attribution`): both run again with each source
    /// switched off, on the base's seed and replications; a scenario in which the source does not act is not
    /// run again.
    public func attribute(
        _ base: Scenario, _ baseResults: [ReplicationResult], _ variant: Scenario, _ variantResults: [ReplicationResult]
    ) -> Attribution {
        var without: [(source: Attribution.Source, base: [ReplicationResult], variant: [ReplicationResult])] = []
        for source in Attribution.Source.allCases {
            func switchedOff(_ scenario: Scenario, _ results: [ReplicationResult]) -> [ReplicationResult] {
                guard source.acts(in: scenario) else { return results }
                let off = scenario.switching(source.switchedOff, because: "attribution: \(source.rawValue) off")
                return simulate(off, label: "\(scenario.name) without \(source.rawValue)")
            }
            without.append((source, switchedOff(base, baseResults), switchedOff(variant, variantResults)))
        }
        return Attribution(base: base, baseResults: baseResults, variant: variant, variantResults: variantResults, without: without)
    }
}
