import Foundation
import YouthCare

/// The fully resolved scenario as YAML, every value with its provenance in a comment: loadable again as a
/// scenario, and readable as model documentation (what every number rests on).
public enum ScenarioWriter {
    public static func yaml(_ scenario: Scenario) -> String {
        var out = "# Resolved scenario: every parameter, with where its value comes from.\n"
        out += "# Files: " + commentText(scenario.files.isEmpty ? "built-in defaults" : scenario.files.joined(separator: " <- ")) + "\n"
        out += "# " + startingConditions(scenario) + "\n"
        out += "name: \(quoted(scenario.name))\n"
        out += "title: \(scenario.title.yaml)\n"
        out += "description: \(scenario.description.yaml)\n"
        out += "seed: \(scenario.seed)\n"
        out += "replications: \(scenario.replications)\n"
        var group = ""
        for definition in ParameterCatalog.definitions {
            let top = String(definition.key.split(separator: ".").first!)
            if top != group {
                out += "\n"
                group = top
            }
            out += valueLine(definition.key, scenario.values[definition.key]!) + "\n"
            if let uncertain = ParameterCatalog.uncertainty(definition.key), scenario.uncertainty[definition.key] == nil {
                out += "#   uncertain (jeugdsim uncertainty): \(uncertain.summary); \(commentText(uncertain.provenance.text))\n"
            }
        }
        if !scenario.timeline.isEmpty {
            out += "\n# The policy timeline: from each step's month the values it sets hold (after a ramp of rampMonths, in equal\n"
            out += "# monthly steps from the value before); `jeugdsim compare` says from which year each difference shows.\n"
            out += "timeline:\n"
            for step in scenario.timeline {
                out += "  - from: \(step.label)\n"
                if step.rampMonths > 0 { out += "    rampMonths: \(step.rampMonths)\n" }
                out += "    set:\n"
                for key in step.values.keys.sorted() { out += "      " + valueLine(key, step.values[key]!) + "\n" }
            }
        }
        if !scenario.regions.isEmpty {
            out += "\n# The regions that make up the system, which share nothing: each is the system above scaled to its youths.\n"
            out += "regions:\n"
            for region in scenario.regions {
                let youths = ParameterDefinition.plain(region.youths.value)
                out += "  \(quoted(region.name)): \(youths)  # [youths] \(commentText(region.youths.provenance.text))\n"
            }
        }
        if !scenario.municipalities.isEmpty {
            out += "\n# The municipalities of the region, which share its specialist providers: each has its own access, teams and\n"
            out += "# consultation function, the region's scaled to its youths but for the values it sets itself.\n"
            out += "municipalities:\n"
            for municipality in scenario.municipalities {
                let youths = ParameterDefinition.plain(municipality.youths.value)
                out += "  \(quoted(municipality.name)):\n"
                out += "    youths: \(youths)  # [youths] \(commentText(municipality.youths.provenance.text))\n"
                for key in municipality.front.keys.sorted() { out += "    " + valueLine(key, municipality.front[key]!) + "\n" }
            }
        }
        if !scenario.uncertainty.isEmpty {
            out += "\n# Uncertain parameters this scenario holds, or draws from its own distribution (jeugdsim uncertainty).\n"
            out += "uncertainty:\n"
            for key in scenario.uncertainty.keys.sorted() {
                let setting = scenario.uncertainty[key]!
                out += "  \(key): \(quoted(setting.text))  # \(commentText(setting.provenance.text))\n"
            }
        }
        if !scenario.sweeps.isEmpty {
            out += scenario.sweepDesign ? "\nsweep:\n  design:\n" : "\nsweep:\n"
            for sweep in scenario.sweeps {
                let definition = ParameterCatalog.definition(sweep.key)!
                let values = sweep.values.map(definition.format).joined(separator: ", ")
                out += (scenario.sweepDesign ? "    " : "  ") + "\(sweep.key): [\(values)]\n"
            }
        }
        return out
    }

    /// How a run starts, in one comment line (STRESS-DES asks for the initial conditions).
    static func startingConditions(_ scenario: Scenario) -> String {
        let value = { (key: String) in
            ParameterDefinition.plain(scenario.values[key]?.value ?? ParameterCatalog.definition(key)!.defaultValue)
        }
        let warm = (scenario.values["run.warmStart"]?.value ?? 0) != 0
        let start =
            warm
            ? "warm (every provider with the families in care and waiting of a provider in a pilot's steady state, needs on "
                + "their way included)"
            : "empty (no family in care, every service idle, no waiting list)"
        return "How a run starts: \(start), \(value("run.warmUpYears")) warm-up years simulated and discarded, reporting from "
            + "1 January \(value("run.startYear")) for \(value("run.years")) years; 'jeugdsim warmup' checks the warm-up (MSER-5)."
    }

    /// A YAML double-quoted string: quotes, backslashes and every control or line-break character escaped,
    /// so that any text reads back as itself.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default:
                if isBreakOrControl(scalar) { out += String(format: "\\u%04X", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    /// `key: value  # [unit] provenance`, as every value is written (at the top level, in a timeline step, for
    /// a municipality): read back by the loader and by the report (`read_scenario`).
    static func valueLine(_ key: String, _ value: Scenario.Value) -> String {
        let definition = ParameterCatalog.definition(key)!
        return "\(key): \(definition.format(value.value))  # [\(definition.unit)] \(commentText(value.provenance.text))"
    }

    /// Text for a comment, on one line: a provenance given in a file may hold line breaks, which would end
    /// the comment and break the YAML.
    static func commentText(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { isBreakOrControl($0) ? " " : $0 }))
    }

    /// Control characters and the line breaks YAML knows (NEL, line and paragraph separators).
    static func isBreakOrControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || [0x2028, 0x2029, 0xFEFF].contains(scalar.value)
    }
}
