import ArgumentParser
import Foundation
import Scenarios
import SimKernel
import YouthCare

struct BreakEvenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "breakeven",
        abstract: "Find how large an effect must be for a variant to be no worse than its base.",
        discussion: paragraphs(
            """
            Varies one parameter of the variant (an effect size of the consultation function, say) over its range
            and finds the smallest value at which the variant is no worse than the base on one headline: the paired
            difference, on common random numbers, is no longer on the worse side of zero. The base runs once; the
            variant runs at an even grid of values and then at values that bisect the step where the difference
            changes side. Three crossings are found: of the mean (the estimate) and of the two bounds of its 95 %
            interval (the estimate's interval). The result is the same for the same seed, whatever the threads.
            When no value in the range is enough, or the variant is no worse even at the lowest, it says so.

            A rise is worse for waits, spending, families lost and the other headlines where the comparison says
            so; for headlines that are neither (starts, new needs) give --worse.

            Writes Results/breakeven-<variant>-<key>/: points.csv (every value tried, with the paired difference)
            and breakeven.json (the verdict).

            Headlines: \(BreakEvenCommand.headlineNames.joined(separator: ", ")).

            Examples:
              jeugdsim breakeven Scenarios/baseline-municipality.yaml \\
                  Scenarios/front-2fte-shift.yaml \\
                  --parameter consultation.generalistSuccessEffect \\
                  --headline wait.mean.specialist -r 40
              jeugdsim breakeven Scenarios/baseline-municipality.yaml \\
                  Scenarios/front-2fte-shift.yaml \\
                  --parameter consultation.settingResolution \\
                  --headline spend.perYear --range 0...0.6
            """))

    static var headlineNames: [String] { Headline.all.map(\.metric.description) }

    @Argument(help: "The base scenario file.")
    var base: String

    @Argument(help: "The variant scenario file.")
    var variant: String

    @Option(help: "The variant's parameter to vary (a number key; 'jeugdsim describe --keys' lists them).")
    var parameter: String

    @Option(help: "The headline the variant must be no worse on, by its metric name (see the list above).")
    var headline: String

    @Option(help: "The values to search, as low...high (default: the parameter's whole range).")
    var range: String?

    @Option(help: "Whether a higher or lower value of the headline is worse (default: as the comparison judges it).")
    var worse: WorseDirection?

    @Option(help: "Evenly spaced values tried first (2 to 1000).")
    var points = 5

    @Option(help: "Bisection steps for each crossing after the grid.")
    var refinements = 5

    @OptionGroup var options: RunOptions

    @Option(help: "Results directory (default: Results/breakeven-<variant>-<parameter>).")
    var out: String?

    @OptionGroup var csv: CSVOption

    enum WorseDirection: String, ExpressibleByArgument, CaseIterable {
        case higher, lower
    }

    func validate() throws {
        try options.refusePrecision("breakeven")
        guard let definition = ParameterCatalog.definition(parameter) else {
            throw ValidationError("--parameter: unknown key '\(parameter)'; 'jeugdsim describe --keys' lists every key")
        }
        guard definition.kind == .number || definition.kind == .integer else {
            throw ValidationError("--parameter: '\(parameter)' is \(definition.kind.expected), expected a key that takes a number")
        }
        guard let chosen = chosenHeadline else {
            throw ValidationError(
                "--headline: unknown headline '\(headline)', expected one of \(Self.headlineNames.joined(separator: ", "))")
        }
        if worse == nil && chosen.higherIsBetter == nil {
            throw ValidationError(
                "--headline \(headline) is neither better nor worse when it rises; say which with --worse higher or --worse lower")
        }
        _ = try searchRange(definition)
        // Each point is a whole comparison; a thousand would run for days.
        if points < 2 || points > 1000 { throw ValidationError("--points must be from 2 to 1000, got \(points)") }
        if refinements < 0 || refinements > 30 { throw ValidationError("--refinements must be from 0 to 30, got \(refinements)") }
    }

    var chosenHeadline: Headline? { Headline.all.first { $0.metric.description == headline } }

    /// The values to search: --range within the key's allowed range, or that whole range.
    @OptionGroup var steadyState: SteadyStateOption

    func searchRange(_ definition: ParameterDefinition) throws -> ClosedRange<Double> {
        guard let range else { return definition.range }
        let parts = range.components(separatedBy: "...").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, let low = parts[0], let high = parts[1], low < high else {
            throw ValidationError("--range: expected low...high with low below high, got '\(range)'")
        }
        guard definition.range.contains(low), definition.range.contains(high) else {
            throw ValidationError(
                "--range \(range) leaves the range of \(parameter), \(definition.range.lowerBound)...\(definition.range.upperBound)")
        }
        return low...high
    }

    func run() throws {
        let definition = ParameterCatalog.definition(parameter)!
        let chosen = chosenHeadline!
        let sign: Double =
            switch worse {
            case .higher: 1
            case .lower: -1
            case nil: chosen.higherIsBetter! ? -1 : 1
            }
        let baseScenario = try options.scenario(base)
        let variantScenario = try options.scenario(variant)
        let staged = try StagedDirectory(URL(fileURLWithPath: out ?? "Results/breakeven-\(variantScenario.name)-\(parameter)"))
        let search = options.runner(csv.style).breakEven(
            baseScenario, variantScenario, key: parameter, headline: chosen, worse: sign, range: try searchRange(definition),
            gridPoints: points, refinements: refinements, steadyState: steadyState.steadyState)
        var table = [["\(parameter)", "difference (\(chosen.unit))", "95 % interval"]]
        for point in search.points {
            let d = point.difference
            table.append([
                SummaryTable.format(point.value), SummaryTable.format(d.mean),
                "\(SummaryTable.format(d.lower)) to \(SummaryTable.format(d.upper))",
            ])
        }
        print(
            "\n\(chosen.label): \(variantScenario.name) minus \(baseScenario.name), \(baseScenario.replications) paired replications, "
                + "seed \(baseScenario.seed)")
        print(SummaryTable.align(table))
        print("\n" + search.sentence)
        try staged.write("points.csv", search.csv(csv.style))
        try staged.write("breakeven.json", search.json())
        try staged.commit()
        print("\nWritten to \(staged.target.path)/")
    }
}
