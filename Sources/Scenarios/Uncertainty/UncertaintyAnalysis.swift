import SimKernel
import YouthCare

/// A probabilistic sensitivity analysis (Briggs, Claxton and Sculpher, "Decision Modelling for Health
/// Economic Evaluation", chapter 4): the uncertain parameters (`ParameterCatalog.uncertainties`) drawn
/// together by a Latin hypercube, and for every draw the base and its variants run paired on common random
/// numbers, with replications of their own. What the draws give is in `UncertaintyResults`.
public struct UncertaintyAnalysis: Sendable {
    public let base: Scenario
    public let variants: [Scenario]
    /// The parameters drawn: every uncertain one that no scenario sets and that was not fixed, from the
    /// distribution a scenario's `uncertainty:` gives it, else the catalog's.
    public let parameters: [UncertainParameter]
    /// Uncertain keys left at a scenario's own value: set in a scenario file or on the command line (a
    /// policy's choice, not an unknown), or fixed (`--fix`, or `fixed` in a scenario's `uncertainty:`).
    public let held: [String]
    /// `values[i][j]`: draw i's value of `parameters[j]`.
    public let values: [[Double]]
    public let replications: Int
    /// Whether each variant starts from the base's status quo (`Scenario.statusQuo`), as `compare` runs it.
    public let steadyState: Bool

    public var draws: Int { values.count }

    /// `draws` parameter sets for `base` and `variants`, from the base's seed; `fixed` keys keep their value.
    public init(
        base: Scenario, variants: [Scenario], draws: Int, replications: Int, fixed: Set<String> = [], steadyState: Bool = false
    ) throws {
        guard draws >= 2 else { throw RunnerError("an uncertainty analysis needs at least 2 draws, got \(draws)") }
        guard replications >= 1 else { throw RunnerError("each draw needs at least 1 replication, got \(replications)") }
        if let unknown = fixed.first(where: { ParameterCatalog.uncertainty($0) == nil }) {
            let known = ParameterCatalog.uncertainties.map(\.key).joined(separator: ", ")
            throw RunnerError("--fix \(unknown): not an uncertain parameter; the uncertain ones are \(known)")
        }
        self.base = base
        self.variants = variants
        self.replications = replications
        self.steadyState = steadyState
        let setByScenario = { (key: String) in
            ([base] + variants).contains { $0.values[key]?.provenance != ParameterCatalog.definition(key)?.provenance }
        }
        var settings: [String: UncertaintySetting] = [:]
        for scenario in [base] + variants {
            for (key, setting) in scenario.uncertainty {
                if let other = settings[key], other.distribution != setting.distribution {
                    throw RunnerError(
                        "uncertainty.\(key) is \(other.text) in one scenario and \(setting.text) in \(scenario.name): the draws are "
                            + "shared by the base and its variants, so their uncertainty sections must agree")
                }
                settings[key] = setting
            }
        }
        let isHeld = { (key: String) in fixed.contains(key) || setByScenario(key) || (settings[key].map { $0.distribution == nil } ?? false)
        }
        let drawn = ParameterCatalog.uncertainties.filter { !isHeld($0.key) }.map { p in
            settings[p.key].flatMap { setting in
                setting.distribution.map {
                    UncertainParameter(key: p.key, distribution: $0, group: p.group, provenance: setting.provenance)
                }
            } ?? p
        }
        parameters = drawn
        held = ParameterCatalog.uncertainties.map(\.key).filter(isHeld)
        let streams = RandomStreams(seed: base.seed)
        let points = LatinHypercube.sample(count: draws, dimensions: drawn.count, streams.stream("uncertainty parameters"))
        values = points.map { point in zip(drawn, point).map { $0.distribution.quantile($1) } }
        withExtendedLifetime(streams) {}
    }

    /// Draw i's seed: its own, so that draws are independent, and shared by the base and every variant.
    public func seed(ofDraw i: Int) -> UInt64 { StreamKey.derive(seed: base.seed, replication: i, name: "uncertainty draw") }

    /// `scenario` with draw i's values, seed and replications.
    func drawn(_ scenario: Scenario, _ i: Int) -> Scenario {
        var copy = parameters.indices.reduce(scenario) { s, j in
            s.setting(parameters[j].key, to: values[i][j], because: "uncertainty draw \(i + 1): \(parameters[j].formula)")
        }
        copy.seed = seed(ofDraw: i)
        copy.replications = replications
        return copy
    }

    /// Draw i's base and variants, each variant from the drawn base's status quo unless `steadyState`.
    public func scenarios(ofDraw i: Int) -> (base: Scenario, variants: [Scenario]) {
        let drawnBase = drawn(base, i)
        return (drawnBase, variants.map { steadyState ? drawn($0, i) : drawn($0, i).startingFrom(drawnBase) })
    }

    /// Runs every draw (`progress` after each) and gathers the paired differences of the headlines.
    public func run(threads: Int? = nil, progress: @Sendable (Int) -> Void = { _ in }) -> UncertaintyResults {
        let paired = (0..<draws).map { i in
            defer { progress(i + 1) }
            return runDraw(i, threads: threads)
        }
        return UncertaintyResults(analysis: self, paired: paired)
    }

    /// Draw i: per variant and headline (`UncertaintyResults.measures`), the paired differences of its
    /// replications, variant minus base. What a shard or the record of a resumable run keeps of a draw.
    public func runDraw(_ i: Int, threads: Int? = nil) -> [[[Double]]] {
        let (drawnBase, drawnVariants) = scenarios(ofDraw: i)
        let simulate = { (s: Scenario) in Experiment.run(s.parameters, replications: 0..<s.replications, seed: s.seed, threads: threads) }
        let baseResults = simulate(drawnBase)
        return drawnVariants.map { variant in
            let results = simulate(variant)
            return UncertaintyResults.measures.map { metric in
                zip(results, baseResults).map { ($0.figures[metric] ?? .nan) - ($1.figures[metric] ?? .nan) }
            }
        }
    }
}
