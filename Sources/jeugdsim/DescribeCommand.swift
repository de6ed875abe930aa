import ArgumentParser
import BuildOrigin
import Scenarios
import YouthCare

struct Describe: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the fully resolved scenario with the provenance of every value, and its assumptions.",
        discussion: paragraphs(
            """
            The output is itself a valid scenario file, and model documentation an evaluator can cite: every
            parameter, its unit, its value and where the value comes from (a source document and line, a
            statistic, a scenario file and line, or an assumption), followed by the list of assumptions. Its
            first line names the model it describes: the model version and fingerprint that results of this
            scenario carry in run.json (docs/releases.md).

            Examples:
              jeugdsim describe                # the built-in defaults
              jeugdsim describe Scenarios/front-2fte-shift.yaml > resolved.yaml
              jeugdsim describe --load 10      # and each service's offered load (10 runs)
            """))

    @Argument(help: "Scenario file (YAML). Omit for the built-in defaults.")
    var scenario: String?

    @Flag(help: "List every key with unit, range, default and meaning (the table in Scenarios/README.md).")
    var keys = false

    @Option(
        help: ArgumentHelp(
            "Also simulate this many replications and list each service's offered load (arrivals x mean duration / capacity) "
                + "as comments: at or above 1 a service cannot keep up.", valueName: "replications"))
    var load: Int?

    func validate() throws {
        if let load { try checkCount("--load (replications; two give an interval)", load, Scenario.replicationRange) }
    }

    func run() throws {
        if keys {
            print(KeyTable.markdown())
            return
        }
        let scenario = try loadScenario(self.scenario)
        let origin = Origin.thisBuild
        print(
            "# Model \(origin.modelVersion), fingerprint \(origin.fingerprint) "
                + "(jeugdsim \(origin.version), commit \(origin.commit))")
        print(ScenarioWriter.yaml(scenario))
        print("# Assumptions this scenario rests on (\(scenario.assumptions.count)):")
        for (key, value) in scenario.assumptions {
            print("#   \(key) = \(ParameterCatalog.definition(key)!.format(value.value)): \(value.provenance)")
        }
        if let load {
            for line in ScenarioRunner.console().offeredLoad(scenario, replications: load) { print(line) }
        }
    }
}
