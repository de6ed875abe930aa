import YouthCare

/// The fully resolved scenario as YAML, every value with its provenance in a comment: loadable again as a
/// scenario, and readable as model documentation (what every number rests on).
public enum ScenarioWriter {
    public static func yaml(_ scenario: Scenario) -> String {
        var out = "# Resolved scenario: every parameter, with where its value comes from.\n"
        out += "# Files: " + (scenario.files.isEmpty ? "built-in defaults" : scenario.files.joined(separator: " <- ")) + "\n"
        out += "name: \(quoted(scenario.name))\n"
        out += "description: \(quoted(scenario.description))\n"
        out += "seed: \(scenario.seed)\n"
        out += "replications: \(scenario.replications)\n"
        var group = ""
        for definition in ParameterCatalog.definitions {
            let top = String(definition.key.split(separator: ".").first!)
            if top != group {
                out += "\n"
                group = top
            }
            let value = scenario.values[definition.key]!
            out += "\(definition.key): \(definition.format(value.value))  # [\(definition.unit)] \(value.provenance)\n"
        }
        if !scenario.sweeps.isEmpty {
            out += "\nsweep:\n"
            for sweep in scenario.sweeps {
                let definition = ParameterCatalog.definition(sweep.key)!
                out += "  \(sweep.key): [\(sweep.values.map(definition.format).joined(separator: ", "))]\n"
            }
        }
        return out
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
