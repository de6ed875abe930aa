import ArgumentParser
import Foundation
import Scenarios
import SimKernel
import YouthCare

struct WarmUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "warmup",
        abstract: "Find how long a scenario needs to warm up: MSER-5 on pilot runs from the scenario's start.",
        discussion: paragraphs(
            """
            A run starts warm (run.warmStart: every provider with the families in care and waiting of a provider in
            a pilot's steady state) or empty (no family in care, every service idle), and discards its first
            run.warmUpYears so that the reported years do not carry that start. This command checks how long that
            must be: it runs pilot replications from the scenario's start over its whole simulated span (warm-up
            and reported years), averages every waiting list and stock month by month over them, and applies
            White's MSER-5 rule to each: the months to cut, whether the series settled within the pilot, how far
            the cut months lie from the rest and whether that is beyond noise (three standard errors of yearly
            batch means). The recommended warm-up is the latest cut beyond noise, in whole years.

            The recommendation is kept for the scenario (in ~/.cache/jeugdsim, or $JEUGDSIM_CACHE), and every later
            run of it warns when its warm-up is shorter. Writes Results/warmup-<name>/: series.csv (the averaged
            series with a ±6-month moving average, for Welch's plot; notebook 3 draws it), truncation.csv and
            warmup.json.

            Examples:
              jeugdsim warmup                  # the built-in baseline, 10 pilot runs
              jeugdsim warmup Scenarios/national-baseline.yaml -r 3 --years 12
            """))

    @Argument(help: "Scenario file (YAML). Omit for the built-in baseline municipality.")
    var scenario: String?

    @OptionGroup var options: RunOptions

    @Option(help: "Results directory (default: Results/warmup-<scenario name>).")
    var out: String?

    @OptionGroup var csv: CSVOption

    func validate() throws { try options.refusePrecision("warmup") }

    func run() throws {
        var scenario = try options.scenario(self.scenario)
        if options.replications == nil { scenario.replications = 10 }
        let values = scenario.parameters.run
        let span = values.warmUpYears + values.years
        let staged = try StagedDirectory(URL(fileURLWithPath: out ?? "Results/warmup-\(scenario.name)"))
        let analysis = options.runner(csv.style).warmUp(scenario, replications: scenario.replications, years: span)
        var table = [["series", "", "months to cut", "settled", "cut part off by", "beyond noise"]]
        for s in analysis.series {
            table.append([
                s.name, "", String(s.truncation.observations), s.truncation.settled ? "yes" : "no",
                String(format: "%.1f %%", s.shift * 100), s.beyondNoise ? "yes" : "no",
            ])
        }
        print(
            "\n\(scenario.name): \(analysis.pilotReplications) pilot replications from a \(values.warmStart ? "warm" : "cold (empty)") "
                + "start over \(SummaryTable.format(span)) years, "
                + "seed \(scenario.seed)")
        print(SummaryTable.align(table))
        let recommended = analysis.recommendedYears
        let atLeast = analysis.unsettled.isEmpty ? "" : "at least "
        print(
            "\nRecommended warm-up: \(atLeast)\(recommended) years (the scenario has \(SummaryTable.format(values.warmUpYears))), "
                + "the latest cut of any series that lies beyond noise or has not settled.")
        if !analysis.unsettled.isEmpty {
            print(
                "Not settled within the pilot, so the recommendation is a lower bound (a longer pilot, --years, tells more): "
                    + analysis.unsettled.joined(separator: ", ") + ".")
        }
        try staged.write("series.csv", analysis.seriesCSV(csv.style))
        try staged.write("truncation.csv", analysis.truncationCSV(csv.style))
        let json: [String: Any] = [
            "scenario": scenario.name, "recommendedYears": recommended, "scenarioWarmUpYears": values.warmUpYears,
            "pilotReplications": analysis.pilotReplications, "pilotYears": span, "seed": scenario.seed, "unsettled": analysis.unsettled,
            "lowerBound": !analysis.unsettled.isEmpty,
        ]
        let data = try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted, .sortedKeys])
        try staged.write("warmup.json", String(decoding: data, as: UTF8.self) + "\n")
        try staged.commit()
        WarmUpCache.store(analysis, for: scenario)
        print("\nWritten to \(staged.target.path)/; later runs of this scenario warn when their warm-up is shorter.")
    }
}
