import SimKernel
import YouthCare

/// Builds the catalog; one method per mechanism keeps each mechanism's keys together.
struct DefinitionList {
    var items: [ParameterDefinition] = []

    mutating func add(
        _ key: String, _ kind: ParameterDefinition.Kind, _ unit: String, _ range: ClosedRange<Double>,
        _ value: Double, _ provenance: Provenance, _ help: String,
        _ apply: @escaping @Sendable (inout ModelParameters, Double) -> Void
    ) {
        items.append(
            ParameterDefinition(
                key: key, kind: kind, unit: unit, range: range, defaultValue: value,
                provenance: provenance, help: help, apply: apply))
    }

    mutating func flag(
        _ key: String, _ value: Bool, _ provenance: Provenance, _ help: String,
        _ apply: @escaping @Sendable (inout ModelParameters, Bool) -> Void
    ) {
        add(key, .flag, "-", 0...1, value ? 1 : 0, provenance, help) { apply(&$0, $1 != 0) }
    }

    /// A key whose value is one of `Option`'s cases, written by its `key`. The options come from the enum,
    /// so a case added or reordered there cannot silently remap the words of existing scenario files.
    mutating func choice<Option: ScenarioChoice>(
        _ key: String, _ value: Option, _ provenance: Provenance, _ help: String,
        _ apply: @escaping @Sendable (inout ModelParameters, Option) -> Void
    ) {
        let options = Array(Option.allCases)
        add(
            key, .choice(options.map(\.key)), "-", 0...Double(options.count - 1), Double(options.firstIndex(of: value)!),
            provenance, help
        ) { apply(&$0, options[Int($1)]) }
    }

    mutating func duration(
        _ prefix: String, mean: Double, cv: Double, _ provenance: Provenance, _ help: String,
        _ apply: @escaping @Sendable (inout ModelParameters, (inout ModelParameters.Duration) -> Void) -> Void
    ) {
        // At least a day: an episode of care shorter than that is not care, and with failures that re-queue
        // (step up at level 7) near-zero durations would spin a case through millions of episodes.
        add("\(prefix).meanDays", .number, "days", 1...36_500, mean, provenance, "\(help): mean duration") { p, v in
            apply(&p) { $0.meanDays = v }
        }
        add(
            "\(prefix).cv", .number, "-", 0...5, cv, .assumption("durations vary about as much as their mean (gamma family)"),
            "\(help): coefficient of variation (sd / mean); 1 with gamma is exponential"
        ) { p, v in apply(&p) { $0.cv = v } }
    }
}

/// An enum of the model whose cases a scenario names by word.
protocol ScenarioChoice: CaseIterable, Equatable, Sendable {
    /// The word a scenario file writes.
    var key: String { get }
}

extension Station.Discipline: ScenarioChoice {
    var key: String { rawValue }
}

extension ModelParameters.Consultation.Funding: ScenarioChoice {
    var key: String { rawValue }
}

extension ModelParameters.AddOn.Mode: ScenarioChoice {
    var key: String { rawValue }
}

extension ModelParameters.Money.Payment: ScenarioChoice {
    var key: String { rawValue }
}

extension ModelParameters.Money.Pricing: ScenarioChoice {}
extension ModelParameters.Money.CeilingBehaviour: ScenarioChoice {}
