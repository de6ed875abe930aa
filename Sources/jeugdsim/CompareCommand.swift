import ArgumentParser
import Foundation
import Scenarios
import SimKernel
import YouthCare

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare variants with a base scenario on common random numbers.",
        discussion: """
            Every scenario runs with the base's seed and number of replications, so replication i of each draws
            the same random numbers for the same random processes. The differences are paired replication by
            replication: their 95 % interval is far narrower than comparing two separate intervals. Each headline
            figure gets a plain-language line saying whether the difference is distinguishable from noise.

            Writes each scenario's results to Results/<name>/ and the paired differences to
            Results/compare-<base>/<variant>.csv.

            With --attribute, says where each difference comes from: every consultation effect, the treatment
            places a shift takes, setting competence (M13), the access threshold (M14) and the overhead of
            collaboration (M15) is switched off in turn, in the base and the variant, on the same random numbers;
            its contribution is the part of the difference that goes with it, with a 95 % interval. The contributions
            of sources that act on different families add up to the difference; the rest is their interaction.
            Written to Results/compare-<base>/<variant>-attribution.csv. Costs up to two runs per source.

            Examples:
              jeugdsim compare Scenarios/baseline-municipality.yaml Scenarios/front-2fte-shift.yaml Scenarios/front-2fte-add.yaml
              jeugdsim compare Scenarios/baseline-municipality.yaml Scenarios/front-2fte-shift.yaml --attribute -r 40
            """)

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

    func run() throws {
        let baseScenario = try options.scenario(base)
        let variantScenarios = try variants.map { try options.scenario($0) }
        let root = URL(fileURLWithPath: out)
        let comparisons = try options.runner(csv.style).compare(baseScenario, variantScenarios, under: root, attribute: attribute)
        for comparison in comparisons {
            print(
                "\n\(comparison.variantName) against \(comparison.baseName) (\(baseScenario.replications) paired replications, "
                    + "seed \(baseScenario.seed)):"
            )
            for headline in Headline.all {
                if let line = comparison.sentence(headline, format: SummaryTable.format) { print("  " + line) }
            }
            printSpendingByYear(comparison)
            if let attribution = comparison.attribution {
                print("\n  Where the differences come from (each source switched off in turn; 95 % intervals):")
                print(AttributionTable.render(attribution).split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
            }
        }
        print("\nPaired differences in \(root.appendingPathComponent(Comparison.folder(base: baseScenario.name)).path)/")
        if report { try ReportWriter.write(for: root, language: language.lang, base: baseScenario.name) }
    }

    /// Spending year by year: base, variant and the paired difference with its 95 % interval.
    func printSpendingByYear(_ comparison: Comparison) {
        let rows = comparison.rows.filter { $0.metric == Metric(.spend, .total, year: $0.metric.year) && $0.metric.year != nil }
        guard !rows.isEmpty else { return }
        var table = [["year", "base (EUR)", "variant (EUR)", "difference (EUR)", "95 % interval"]]
        for row in rows {
            let d = row.difference
            table.append([
                String(row.metric.year!), euros(row.base.mean), euros(row.variant.mean), euros(d.mean),
                "\(euros(d.lower)) to \(euros(d.upper))",
            ])
        }
        print("\n  Spending per year:")
        print(SummaryTable.align(table).split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
    }

    func euros(_ value: Double) -> String {
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.maximumFractionDigits = 0
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.usesGroupingSeparator = true
        formatter.groupingSeparator = ","
        return formatter.string(from: NSNumber(value: value.rounded())) ?? "\(value)"
    }
}
