import SimKernel
import YouthCare

extension ScenarioRunner {
    /// The smallest value of `key` at which `variant` is no worse than `base` on `headline` (`BreakEven`):
    /// the base runs once, the variant at every value the search tries, all on the base's seed and
    /// replications. `worse` is +1 when a rise in the headline is worse, -1 when a fall is. The variant
    /// starts from the base's status quo, as in `compare`, unless `steadyState`.
    public func breakEven(
        _ base: Scenario, _ variant: Scenario, key: String, headline: Headline, worse: Double, range: ClosedRange<Double>,
        gridPoints: Int = 5, refinements: Int = 5, steadyState: Bool = false
    ) -> BreakEven {
        var variant = steadyState ? variant : variant.startingFrom(base)
        variant.seed = base.seed
        variant.replications = base.replications
        let metric = headline.metric
        let whole = ParameterCatalog.definition(key)?.kind == .integer
        let baseValues = simulate(base, label: "\(base.name) (base)").map { $0.figures[metric]! }
        return BreakEven(
            base: base, variant: variant, key: key, headline: headline, worse: worse, range: range, gridPoints: gridPoints,
            refinements: refinements
        ) { value in
            let value = whole ? value.rounded() : value
            let tried = variant.setting(key, to: value, because: "break-even search")
            let results = simulate(tried, label: "\(variant.name) at \(key) = \(SummaryTable.format(value))")
            return Summary.paired(base: baseValues, variant: results.map { $0.figures[metric]! })
        }
    }
}
