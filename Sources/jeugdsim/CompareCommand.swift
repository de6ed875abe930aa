import ArgumentParser
import Foundation
import Scenarios
import SimKernel
import YouthCare

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare variants with a base scenario on common random numbers.",
        discussion: paragraphs(
            """
            Every scenario runs with the base's seed and number of replications, so replication i of each draws
            the same random numbers for the same random processes. The differences are paired replication by
            replication: their 95 % interval is far narrower than comparing two separate intervals. Each headline
            figure gets a plain-language line saying whether the difference is distinguishable from noise, and a
            last line says what a euro buys: the variant's spending per child-year of unmet need it avoids, with
            Fieller's 95 % interval, or "dominant" (spends less, less unmet need) or "dominated" (the reverse).

            Policies start from today: each variant runs the base's warm start and warm-up (the status quo, one
            pilot shared by all), and its differences take effect on 1 January of the first reported year, or at
            its own timeline's dates. The year-by-year lines then show how the policy builds up, and the payback
            year is honest. --steady-state compares the policy as if it had always existed instead.

            Writes each scenario's results to Results/<name>/ and the paired differences to
            Results/compare-<base>/<variant>.csv; <variant>-years.csv has every headline year by year and the
            spending difference summed since the start; <variant>-verdicts.csv every headline's verdict (higher
            or lower, distinguishable, better or worse, from which year, in a sentence in Dutch and English) and the
            payback year, as the console and the report show them; <variant>-cost-effectiveness.csv what a euro buys. On
            screen: the specialist wait and spending year by year, from which year each headline's difference is
            distinguishable from noise and stays so, and the year the variant pays back (its spending since the
            start turns in its favour). For scenarios of regions (regions: in the file, as the national baseline),
            which regions bear the change: in how many regions spending and unmet need are distinguishably higher or
            lower, and the regions with the largest differences; every region's figures are in <variant>.csv under
            region:<name>. For a region of municipalities (municipalities: in the file, as region-example.yaml), the
            same by municipality, under municipality:<name>: which of them bear a shift's cost.

            With --attribute, says where each difference comes from: every consultation effect (the askers' time
            and flying in among them), the treatment places a shift takes, the advice's loss of worth when the
            specialists no longer treat, setting and team competence (M13), the access threshold (M14) and the
            overhead of collaboration (M15) is switched off in turn, in the base and the variant, on the same
            random numbers; its contribution is the part of the difference that goes with it, with a 95 %
            interval. The contributions
            of sources that act on different families add up to the difference; the rest is their interaction.
            Written to Results/compare-<base>/<variant>-attribution.csv. Costs up to two runs per source.

            Examples:
              jeugdsim compare Scenarios/baseline-municipality.yaml \\
                  Scenarios/front-2fte-shift.yaml Scenarios/front-2fte-add.yaml
              jeugdsim compare Scenarios/baseline-municipality.yaml \\
                  Scenarios/front-2fte-shift.yaml --attribute -r 40
            """))

    @Argument(help: "The base scenario file.")
    var base: String

    @Argument(help: "One or more variant scenario files.")
    var variants: [String]

    @OptionGroup var options: RunOptions

    @Option(help: "Directory for the results (default: Results).")
    var out = "Results"

    @OptionGroup var csv: CSVOption

    @Flag(help: "Also write report.html, the one-page report for a council member ('jeugdsim report --help').")
    var report = false

    @OptionGroup var language: ReportLanguage

    @Flag(help: "Also say where each difference comes from: each consultation effect, the places a shift takes, M13-M15.")
    var attribute = false

    @OptionGroup var steadyState: SteadyStateOption

    func run() throws {
        let baseScenario = try options.scenario(base)
        let variantScenarios = try variants.map { try options.scenario($0) }
        let root = URL(fileURLWithPath: out)
        // Shown, and the report written, while the results are still locked: no other run comes between.
        _ = try options.runner(csv.style).compare(
            baseScenario, variantScenarios, under: root, attribute: attribute, precision: options.precisionRule,
            steadyState: steadyState.steadyState
        ) { comparisons in try show(comparisons, base: baseScenario, root: root) }
    }

    /// Each comparison's verdicts and year table on the console, then the report when asked for.
    func show(_ comparisons: [Comparison], base baseScenario: Scenario, root: URL) throws {
        for comparison in comparisons {
            print(
                "\n\(comparison.variantName) against \(comparison.baseName) (\(comparison.replications) paired replications, "
                    + "seed \(baseScenario.seed)):"
            )
            if let precision = comparison.precision { print("  Replications: \(precision.description).") }
            print(CompareTable.render(comparison).split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
            if let ratio = comparison.costEffectiveness {
                print("  " + ratio.sentence(variant: comparison.variantName, format: CompareTable.readable))
            }
            print("\n  Year by year (paired differences, 95 % intervals):")
            print(YearTable.render(comparison).split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
            for part in RegionTable.Part.allCases {
                guard let lines = RegionTable.render(comparison, by: part) else { continue }
                print("\n  \(part.heading) (paired differences, 95 % intervals):")
                print(lines.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
            }
            if let attribution = comparison.attribution {
                print("\n  Where the differences come from (each source switched off in turn; 95 % intervals):")
                print(AttributionTable.render(attribution).split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
            }
        }
        print("\nPaired differences in \(root.appendingPathComponent(Comparison.folder(base: baseScenario.name)).path)/")
        if report { try ReportWriter.write(for: root, language: language.lang, base: baseScenario.name) }
    }

}
