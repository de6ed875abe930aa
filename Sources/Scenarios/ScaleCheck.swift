import YouthCare

extension Scenario {
    /// The keys that size a system for its youths: those `national-baseline.yaml` scales from the
    /// municipality (docs/model.md section 10).
    static let capacityKeys =
        ["access.capacity", "generalist.fte", "longTerm.fte", "childProtection.caseworkerCapacity"]
        + (4...6).map { "specialist.capacity.level\($0)" } + Placement.allCases.map { "specialist.placementCapacity.\($0.key)" }

    /// A warning when the scenario's youths differ from the defaults' but capacities keep the defaults, sized
    /// for the defaults' youths: 12,000 youths on 25,000 youths' places wait days where the municipality
    /// waits months, and the results describe another system than the one meant. Nil when every capacity is
    /// set, or the youths are the defaults'.
    public var scaleWarning: String? {
        guard let youths = values["onset.youths"]?.value, let defaults = ParameterCatalog.definition("onset.youths"),
            youths != defaults.defaultValue
        else { return nil }
        let kept = Self.capacityKeys.filter { values[$0]?.provenance == ParameterCatalog.definition($0)?.provenance }
        guard !kept.isEmpty else { return nil }
        let f = SummaryTable.format
        return "warning: \(name): onset.youths is \(f(youths)), but \(kept.joined(separator: ", ")) keep their defaults, sized for "
            + "\(f(defaults.defaultValue)) youths; set them too (x \(f(youths / defaults.defaultValue)) keeps the defaults' load "
            + "per place), or the waits describe another system"
    }
}
