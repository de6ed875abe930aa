import ArgumentParser
import Foundation
import Scenarios
import SimKernel
import YouthCare

struct Calibrate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The calibration table: simulated against CBS targets, with tolerances.",
        discussion: paragraphs(
            """
            Runs a scenario and sets its figures, per 1,000 youths, against the national statistics of
            docs/model.md section 9. Each row says whether the simulated mean is within tolerance and, for the
            targets the baseline is not held to, why not. Targets that no figure can be set against yet are
            listed at the end.

            Example:
              jeugdsim calibrate Scenarios/baseline-municipality.yaml -r 40
            """))

    @Argument(help: "Scenario file (YAML). Omit for the built-in baseline municipality.")
    var scenario: String?

    @OptionGroup var options: RunOptions

    @Option(help: "Also write the table as calibration.csv to this directory.")
    var out: String?

    func validate() throws { try options.refusePrecision("calibrate") }

    func run() throws {
        let scenario = try options.scenario(self.scenario)
        let staged = try out.map { try StagedDirectory(URL(fileURLWithPath: $0)) }
        let table = options.runner().calibrate(scenario)
        print("Calibration of \(scenario.name) (\(scenario.replications) replications); counts per 1,000 youths 0-22.\n")
        print(table.text)
        if let staged {
            try staged.write("calibration.csv", table.csv())
            try staged.commit()
        }
        print("\nNot compared:")
        for (name, why) in CalibrationTarget.notModelled { print("  \(name): \(why)") }
    }
}
