import SimKernel
import YouthCare

/// Builds the catalog; one method per mechanism keeps each mechanism's keys together. A key names the
/// field of `ModelParameters` it sets by its key path, so that the catalog both writes a value into the
/// parameters and reads it back out of them (`ParameterDefinition.read`).
struct DefinitionList {
    /// A field of the model's parameters a key sets.
    typealias Field<Value> = WritableKeyPath<ModelParameters, Value> & Sendable

    var items: [ParameterDefinition] = []

    /// A key written and read by its own code (a value stored in another form than the file's).
    mutating func add(
        _ key: String, _ kind: ParameterDefinition.Kind, _ unit: String, _ range: ClosedRange<Double>,
        _ value: Double, _ provenance: Provenance, _ help: String,
        read: @escaping @Sendable (ModelParameters) -> Double,
        write apply: @escaping @Sendable (inout ModelParameters, Double) -> Void
    ) {
        items.append(
            ParameterDefinition(
                key: key, kind: kind, unit: unit, range: range, defaultValue: value,
                provenance: provenance, help: help, apply: apply, read: read))
    }

    mutating func add(
        _ key: String, _ kind: ParameterDefinition.Kind, _ unit: String, _ range: ClosedRange<Double>,
        _ value: Double, _ provenance: Provenance, _ help: String, _ field: Field<Double>
    ) {
        add(key, kind, unit, range, value, provenance, help, read: { $0[keyPath: field] }, write: { $0[keyPath: field] = $1 })
    }

    /// A whole number (places, providers): the file's value is checked whole before it gets here.
    mutating func add(
        _ key: String, _ kind: ParameterDefinition.Kind, _ unit: String, _ range: ClosedRange<Double>,
        _ value: Double, _ provenance: Provenance, _ help: String, _ field: Field<Int>
    ) {
        add(
            key, kind, unit, range, value, provenance, help, read: { Double($0[keyPath: field]) },
            write: { $0[keyPath: field] = Int($1) })
    }

    mutating func flag(
        _ key: String, _ value: Bool, _ provenance: Provenance, _ help: String,
        read: @escaping @Sendable (ModelParameters) -> Bool,
        write apply: @escaping @Sendable (inout ModelParameters, Bool) -> Void
    ) {
        add(key, .flag, "-", 0...1, value ? 1 : 0, provenance, help, read: { read($0) ? 1 : 0 }, write: { apply(&$0, $1 != 0) })
    }

    mutating func flag(_ key: String, _ value: Bool, _ provenance: Provenance, _ help: String, _ field: Field<Bool>) {
        flag(key, value, provenance, help, read: { $0[keyPath: field] }, write: { $0[keyPath: field] = $1 })
    }

    /// A key whose value is one of `Option`'s cases, written by its `key`. The options come from the enum,
    /// so a case added or reordered there cannot silently remap the words of existing scenario files.
    mutating func choice<Option: ScenarioChoice>(
        _ key: String, _ value: Option, _ provenance: Provenance, _ help: String, _ field: Field<Option>
    ) {
        let options = Array(Option.allCases)
        add(
            key, .choice(options.map(\.key)), "-", 0...Double(options.count - 1), Double(options.firstIndex(of: value)!),
            provenance, help, read: { Double(options.firstIndex(of: $0[keyPath: field])!) },
            write: { $0[keyPath: field] = options[Int($1)] })
    }

    mutating func duration(
        _ prefix: String, mean: Double, cv: Double, _ provenance: Provenance, _ help: String, _ field: Field<ModelParameters.Duration>
    ) {
        // At least a day: an episode of care shorter than that is not care, and with failures that re-queue
        // (step up at level 7) near-zero durations would spin a case through millions of episodes.
        add(
            "\(prefix).meanDays", .number, "days", 1...36_500, mean, provenance, "\(help): mean duration",
            read: { $0[keyPath: field].meanDays }, write: { $0[keyPath: field].meanDays = $1 })
        add(
            "\(prefix).cv", .number, "-", 0...5, cv, .assumption("durations vary about as much as their mean (gamma family)"),
            "\(help): coefficient of variation (sd / mean); 1 with gamma is exponential", read: { $0[keyPath: field].cv },
            write: { $0[keyPath: field].cv = $1 })
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
