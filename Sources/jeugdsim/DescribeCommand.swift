import ArgumentParser
import Scenarios
import YouthCare

struct Describe: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the fully resolved scenario with the provenance of every value, and its assumptions.",
        discussion: """
            The output is itself a valid scenario file, and model documentation an evaluator can cite: every
            parameter, its unit, its value and where the value comes from (a source document and line, a
            statistic, a scenario file and line, or an assumption), followed by the list of assumptions.

            Examples:
              jeugdsim describe                       the built-in defaults
              jeugdsim describe Scenarios/front-2fte-shift.yaml > resolved.yaml
            """)

    @Argument(help: "Scenario file (YAML). Omit for the built-in defaults.")
    var scenario: String?

    @Flag(help: "List every key with unit, range, default and meaning (the table in Scenarios/README.md).")
    var keys = false

    func run() throws {
        if keys {
            print(KeyTable.markdown())
            return
        }
        let scenario = try loadScenario(self.scenario)
        print(ScenarioWriter.yaml(scenario))
        print("# Assumptions this scenario rests on (\(scenario.assumptions.count)):")
        for (key, value) in scenario.assumptions {
            print("#   \(key) = \(ParameterCatalog.definition(key)!.format(value.value)): \(value.provenance)")
        }
    }
}
