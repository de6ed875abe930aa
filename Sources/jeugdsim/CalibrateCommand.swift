import ArgumentParser
import Foundation
import Scenarios
import SimKernel
import YouthCare

struct Calibrate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The calibration table: simulated against CBS targets, with tolerances.",
        discussion: """
        Runs a scenario and sets its figures, per 1,000 youths, against the national statistics of
        DOMAIN.md section 9.5. Each row says whether the simulated mean is within tolerance and, for the
        targets the baseline is not held to, why not. Targets that no figure can be set against yet are
        listed at the end.

        Example:
          jeugdsim calibrate Scenarios/baseline-municipality.yaml -r 40
        """)

    @Argument(help: "Scenario file (YAML). Omit for the built-in baseline municipality.")
    var scenario: String?

    @OptionGroup var options: RunOptions

    @Option(help: "Also write the table as calibration.csv to this directory.")
    var out: String?

    func run() throws {
        let scenario = try options.scenario(self.scenario)
        let staged = try out.map { try StagedDirectory(URL(fileURLWithPath: $0)) }
        let results = options.simulate(scenario)
        var rows: [[String]] = [["target", "CBS", "simulated (95 % CI)", "deviation", "tolerance", "verdict"]]
        var notes: [String] = []
        let style = CSVStyle.standard
        var csv = style.row(["target", "source", "cbs", "mean", "lower95", "upper95", "relative_error", "tolerance", "verdict", "why_not_met"])
        for row in CalibrationTarget.table(results) {
            let s = row.simulated
            let verdict: String
            if row.withinTolerance {
                verdict = "met"
            } else if let why = row.target.notMetBecause {
                verdict = "not met (\(notes.count + 1))"
                notes.append(why)
            } else {
                verdict = "NOT MET: recalibrate"
            }
            csv += style.row([row.target.name, row.target.source, style.number(row.target.target), style.number(s.mean), style.number(s.lower),
                              style.number(s.upper), style.number(row.relativeError), style.number(row.target.tolerance),
                              row.withinTolerance ? "met" : "not met", row.withinTolerance ? "" : (row.target.notMetBecause ?? "recalibrate")])
            rows.append([row.target.name, SummaryTable.format(row.target.target),
                         "\(SummaryTable.format(s.mean)) (\(SummaryTable.format(s.lower)) to \(SummaryTable.format(s.upper)))",
                         String(format: "%+.0f %%", row.relativeError * 100), String(format: "±%.0f %%", row.target.tolerance * 100), verdict])
        }
        print("Calibration of \(scenario.name) (\(scenario.replications) replications); counts per 1,000 youths 0-22.\n")
        print(SummaryTable.align(rows))
        for (i, note) in notes.enumerated() { print("\n(\(i + 1)) \(note)") }
        if let staged {
            try staged.write("calibration.csv", csv)
            try staged.commit()
        }
        print("\nNot compared:")
        for (name, why) in CalibrationTarget.notModelled { print("  \(name): \(why)") }
    }
}
