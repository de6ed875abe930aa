import YouthCare

extension Scenario {
    /// The keys that size a system for its youths: those `national-baseline.yaml` scales from the
    /// municipality (docs/model.md section 10).
    static let capacityKeys =
        ["access.capacity", "generalist.fte", "longTerm.fte", "childProtection.caseworkerCapacity"]
        + (4...6).map { "specialist.capacity.level\($0)" } + Placement.allCases.map { "specialist.placementCapacity.\($0.key)" }

    /// The start of the provenance of a capacity sized to the scenario's youths (`sizedToYouths`).
    static let sizedNote = "sized to onset.youths"

    /// Youths over the defaults' youths: what a capacity no one set is multiplied by.
    var youthsFactor: Double {
        guard let youths = values["onset.youths"]?.value, let defaults = ParameterCatalog.definition("onset.youths") else { return 1 }
        return youths / defaults.defaultValue
    }

    /// Whether a capacity was set by no file and no command line: its default, or its default sized.
    func capacityIsUnset(_ key: String) -> Bool {
        guard let value = values[key], let definition = ParameterCatalog.definition(key) else { return false }
        return value.provenance == definition.provenance || value.provenance.text.hasPrefix(Self.sizedNote)
    }

    /// The scenario with every capacity that no file or command line set sized to its youths: the catalog's
    /// default (sized for a municipality of 25,000 youths) times youths / 25,000, so that 12,000 youths wait as
    /// the municipality waits, not days where it waits months. A whole-number capacity is rounded, and none
    /// falls below its range. Capacities set explicitly keep their values (`scaleWarning` says when they
    /// look sized for other youths).
    public func sizedToYouths() -> Scenario {
        var copy = self
        let factor = youthsFactor
        let f = SummaryTable.format
        for key in Self.capacityKeys where capacityIsUnset(key) {
            let definition = ParameterCatalog.definition(key)!
            guard factor != 1 else {
                copy.values[key] = Value(value: definition.defaultValue, provenance: definition.provenance)
                continue
            }
            var sized = definition.defaultValue * factor
            if definition.kind == .integer { sized = sized.rounded() }
            sized = min(max(sized, definition.range.lowerBound), definition.range.upperBound)
            let why =
                "\(Self.sizedNote): the default \(definition.format(definition.defaultValue)) x \(f(factor)) "
                + "(docs/model.md section 10); default: \(definition.provenance.text)"
            copy.values[key] = Value(value: sized, provenance: Provenance(text: why, isAssumption: definition.provenance.isAssumption))
        }
        return copy
    }

    /// A warning when the scenario's youths differ from the defaults' but capacities set explicitly keep the
    /// defaults' values, sized for the defaults' youths: 12,000 youths on 25,000 youths' places wait days
    /// where the municipality waits months, and the results describe another system than the one meant. Nil
    /// when the youths are the defaults', or every capacity was sized with them or set to another value.
    public var scaleWarning: String? {
        let factor = youthsFactor
        guard factor != 1 else { return nil }
        let kept = Self.capacityKeys.filter { key in
            !capacityIsUnset(key) && values[key]?.value == ParameterCatalog.definition(key)?.defaultValue
        }
        guard !kept.isEmpty else { return nil }
        let f = SummaryTable.format
        let defaults = ParameterCatalog.definition("onset.youths")!.defaultValue
        return "warning: \(name): onset.youths is \(f(defaults * factor)), but \(kept.joined(separator: ", ")) are set to their "
            + "defaults, sized for \(f(defaults)) youths; set them too (x \(f(factor)) keeps the defaults' load per place), "
            + "or the waits describe another system"
    }
}
