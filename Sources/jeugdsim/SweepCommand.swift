import ArgumentParser
import Foundation
import Scenarios
import SimKernel
import YouthCare

struct Sweep: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a scenario at every point of a parameter sweep.",
        discussion: """
        Sweeps come from the scenario's 'sweep:' section or from --set key=v1,v2,... (several keys give
        every combination). All points share the seed: common random numbers, so differences between
        points are not noise from different draws. Prints one row per point and writes
        Results/<scenario>-sweep/sweep.csv (one row per point and figure, with 95 % intervals).

        Examples:
          jeugdsim sweep Scenarios/baseline-municipality.yaml --set consultation.fte=0,1,2,4
          jeugdsim sweep Scenarios/growth-sweep.yaml -r 50
        """)

    @Argument(help: "Scenario file (YAML). Omit for the built-in baseline.")
    var scenario: String?

    @OptionGroup var options: RunOptions

    @Option(help: "Results directory (default: Results/<scenario name>-sweep).")
    var out: String?

    @Flag(help: "Write CSV for Dutch spreadsheet settings.")
    var dutchCSV = false

    func run() throws {
        let base = try options.scenario(scenario, allowLists: true)
        guard !base.sweeps.isEmpty else {
            throw ValidationError("nothing to sweep: give --set key=v1,v2,... or a 'sweep:' section in the scenario")
        }
        let points = base.sweeps.reduce([[(String, Double)]]([[]])) { partial, sweep in
            partial.flatMap { point in sweep.values.map { point + [(sweep.key, $0)] } }
        }
        let style: CSVStyle = dutchCSV ? .dutch : .standard
        var csv = style.row(["point"] + base.sweeps.map(\.key) + ["metric", "group", "year", "mean", "sd", "lower95", "upper95", "n"])
        let shown = [Headline.all[1], Headline.all[3], Headline.all[5], Headline.all[6]]
        var rows: [[String]] = [["point"] + base.sweeps.map(\.key) + shown.map { "\($0.label) (\($0.unit))" }]
        for (index, point) in points.enumerated() {
            var scenario = base
            for (key, value) in point { scenario = scenario.setting(key, to: value, because: "sweep point \(index)") }
            let results = options.simulate(scenario, label: "point \(index + 1)/\(points.count)")
            let summaries = Experiment.summarise(results)
            let labels = point.map { ParameterCatalog.definition($0.0)!.format($0.1) }
            for metric in summaries.keys.sorted() {
                let s = summaries[metric]!
                csv += style.row([String(index)] + labels + [metric.name, metric.group, metric.year.map(String.init) ?? "",
                                  style.number(s.mean), style.number(s.standardDeviation), style.number(s.lower),
                                  style.number(s.upper), String(s.count)])
            }
            rows.append([String(index)] + labels + shown.map { h in
                summaries[h.metric].map { "\(SummaryTable.format($0.mean)) [\(SummaryTable.format($0.lower)), \(SummaryTable.format($0.upper))]" } ?? "-"
            })
        }
        print(SummaryTable.align(rows))
        let staged = try StagedDirectory(URL(fileURLWithPath: out ?? "Results/\(base.name)-sweep"))
        try staged.write("sweep.csv", csv)
        try staged.write("scenario.yaml", ScenarioWriter.yaml(base))
        try staged.commit()
        print("\nResults in \(staged.target.path)/")
    }
}
