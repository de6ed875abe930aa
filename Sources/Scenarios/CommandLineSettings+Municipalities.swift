import YouthCare

extension CommandLineSettings {
    /// `--set municipalities.<name>.<key>=value`: a value of one municipality's own front (`isFrontKey`), as
    /// the file's `municipalities:` section sets it; one value, not a sweep. Nil when it applied, else what is
    /// wrong.
    static func setMunicipal(_ key: String, _ text: String, in scenario: inout Scenario) -> String? {
        let names = scenario.municipalities.map(\.name)
        guard !names.isEmpty else { return "the scenario has no municipalities (a municipalities: section)" }
        // The longest name that fits: a municipality's name may hold a dot ("Bergen (NH.)").
        let fits = names.indices.filter { key.hasPrefix("municipalities.\(names[$0]).") }
        guard let index = fits.max(by: { names[$0].count < names[$1].count }) else {
            return "names no municipality of the scenario; expected municipalities.<name>.<key> with a name of "
                + names.joined(separator: ", ")
        }
        let own = String(key.dropFirst("municipalities.\(names[index]).".count))
        guard Scenario.isFrontKey(own), let definition = ParameterCatalog.definition(own) else {
            return "'\(own)' is not of the municipality's own front; expected \(Scenario.frontKeysExpected)"
        }
        switch ValueText.parse(text, as: definition) {
        case .success(let value):
            scenario.municipalities[index].front[own] = Scenario.Value(value: value, provenance: .statistic("command line --set \(key)"))
            return nil
        case .failure(let problem): return problem.message
        }
    }
}
