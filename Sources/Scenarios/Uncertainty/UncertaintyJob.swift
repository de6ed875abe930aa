import BuildOrigin
import Foundation

/// What decides an uncertainty analysis beside its base scenario: the variants and how the draws are made
/// and judged. A shard carries it, so that `merge` can make the same analysis again and refuse shards of
/// different ones (`Shard`, `ShardSet`).
public struct UncertaintyJob: Sendable {
    public var variants: [Scenario]
    public var draws: Int
    public var replications: Int
    public var fixed: [String]
    public var steadyState: Bool
    public var willingnessToPay: Double

    public init(
        variants: [Scenario], draws: Int, replications: Int, fixed: [String], steadyState: Bool, willingnessToPay: Double
    ) {
        self.variants = variants
        self.draws = draws
        self.replications = replications
        self.fixed = fixed.sorted()
        self.steadyState = steadyState
        self.willingnessToPay = willingnessToPay
    }

    /// The analysis of `base` this job describes: the same draws wherever it is made.
    public func analysis(base: Scenario) throws -> UncertaintyAnalysis {
        try UncertaintyAnalysis(
            base: base, variants: variants, draws: draws, replications: replications, fixed: Set(fixed), steadyState: steadyState)
    }

    /// What decides the analysis's results, for the record of a resumable run (`SweepProgress`): the build,
    /// the base, this job and the CSV style.
    public func fingerprint(base: Scenario, style: CSVStyle, origin: Origin = .thisBuild) -> String {
        "jeugdsim \(origin.version) \(origin.fingerprint)\nseparator \(style.separator)\n" + ScenarioWriter.yaml(base) + json.render()
    }

    var json: JSON {
        .object([
            ("variants", .array(variants.map(Shard.encode))), ("draws", .number(Double(draws))),
            ("replications", .number(Double(replications))), ("fixed", .array(fixed.map { .string($0) })),
            ("steadyState", .bool(steadyState)), ("willingnessToPay", Shard.bits(willingnessToPay)),
        ])
    }

    init(_ reader: Shard.Reader) throws {
        self.init(
            variants: try reader.array("variants").map {
                try Shard.decodeScenario(Shard.Reader(try ($0 as? [String: Any]).unwrap("variant")))
            },
            draws: try reader.int("draws"), replications: try reader.int("replications"),
            fixed: try reader.array("fixed").map { try ($0 as? String).unwrap("fixed") }, steadyState: try reader.bool("steadyState"),
            willingnessToPay: try Shard.double(try reader.fields["willingnessToPay"].unwrap("willingnessToPay")))
    }

    /// What is wrong with the job as read from a shard, or nil.
    func problem() -> String? {
        guard !variants.isEmpty else { return "'uncertainty.variants': none" }
        guard (2...100_000).contains(draws) else { return "'uncertainty.draws': found \(draws), expected 2 to 100000" }
        guard (2...10_000).contains(replications) else { return "'uncertainty.replications': found \(replications), expected 2 to 10000" }
        guard willingnessToPay >= 0 && willingnessToPay.isFinite else { return "'uncertainty.willingnessToPay' is not a number of euros" }
        if let key = fixed.first(where: { ParameterCatalog.uncertainty($0) == nil }) {
            return "'uncertainty.fixed': '\(key)' is not uncertain"
        }
        for variant in variants {
            if let problem = ScenarioName.problem(variant.name) { return "variant name: \(problem)" }
            for key in variant.values.keys.sorted() {
                if let problem = ParameterCatalog.definition(key)!.problem(variant.values[key]!.value) {
                    return "variant \(variant.name), '\(key)': \(problem)"
                }
            }
            if let problem = variant.inconsistencies().first { return "variant \(variant.name): \(problem.message)" }
        }
        return nil
    }
}
