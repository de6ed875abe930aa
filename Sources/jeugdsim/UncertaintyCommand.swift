import ArgumentParser
import Foundation
import Scenarios
import SimKernel
import YouthCare

struct Uncertainty: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "How sure: the probability that a variant is better, given what is not known, and which unknown matters.",
        discussion: paragraphs(
            """
            compare's intervals cover only the model's own random variation, with every parameter at its
            value. But many values are assumptions: the consultation function's effects, the natural course
            of needs, durations, prices. Each of those has a distribution beside its default ('jeugdsim
            describe' shows it, with where its bounds come from). This command draws them together (a Latin
            hypercube of --draws parameter sets), and for every draw runs the base and each variant on common
            random numbers with --replications each (default 20). A value a scenario file or --set gives is the
            policy's choice and is not drawn; --fix keeps another at its value.

            On screen and in Results/uncertainty-<base>/: per variant and headline the mean difference over
            the draws, its 95 % range (2.5 to 97.5 % of the draws), the probability that the variant is better,
            and how much of the spread comes from the parameters rather than from simulation noise
            (uncertainty.csv); every draw's values and differences (draws.csv); the probability that each
            option has the highest net benefit at a willingness to pay per child-year of unmet need avoided
            from EUR 0 to 200,000 (acceptability.csv); and what knowing each parameter, each group of them and
            all of them would be worth to the decision, in euros a year (evppi.csv: the expected value of
            partial perfect information by regression, Strong, Oakley and Brennan 2014). Net benefit is minus
            spending minus the willingness to pay times the child-years of unmet need.

            Cost: draws x (variants + 1) x replications municipality replications, and a warm-start pilot
            per draw: 200 draws x 20 replications of a base and one variant take some minutes.

            Examples:
              jeugdsim uncertainty Scenarios/baseline-municipality.yaml Scenarios/front-2fte-shift.yaml \\
                  Scenarios/front-2fte-add.yaml --draws 200 -r 20
              jeugdsim uncertainty Scenarios/baseline-municipality.yaml Scenarios/front-2fte-shift.yaml \\
                  --draws 50 -r 10 --fix money.indexation --willingness-to-pay 80000
            """))

    @Argument(help: "The base scenario file.")
    var base: String

    @Argument(help: "One or more variant scenario files.")
    var variants: [String]

    @Option(help: "Parameter sets to draw (Latin hypercube).")
    var draws = 100

    @OptionGroup var options: RunOptions

    @Option(
        help: ArgumentHelp(
            "Euros a year worth paying per child-year of unmet need avoided, for the value of information.", valueName: "euros"))
    var willingnessToPay = UncertaintyResults.defaultWillingnessToPay

    @Option(help: ArgumentHelp("Keep an uncertain parameter at its value (repeatable).", valueName: "key"))
    var fix: [String] = []

    @Option(help: "Directory for the results (default: Results).")
    var out = "Results"

    @OptionGroup var csv: CSVOption

    @OptionGroup var steadyState: SteadyStateOption

    /// Replications per scenario and draw: a draw's mean needs fewer than a comparison's, as the spread over
    /// the draws, not one draw's interval, is what the analysis reads.
    var replications: Int { options.replications ?? 20 }

    func validate() throws {
        try checkCount("--draws", draws, 2...100_000)
        try checkCount("--replications", replications, 2...10_000)
        try options.refusePrecision("uncertainty (each draw runs --replications)")
        guard willingnessToPay >= 0 && willingnessToPay.isFinite else {
            throw ValidationError("--willingness-to-pay must be a number of euros of at least 0, got \(willingnessToPay)")
        }
    }

    func run() throws {
        let baseScenario = try options.scenario(base)
        let variantScenarios = try variants.map { try options.scenario($0) }
        let analysis: UncertaintyAnalysis
        do {
            analysis = try UncertaintyAnalysis(
                base: baseScenario, variants: variantScenarios, draws: draws, replications: replications, fixed: Set(fix),
                steadyState: steadyState.steadyState)
        } catch let error as RunnerError {
            throw CommandError(error.description)
        }
        let directory = try StagedDirectory(
            URL(fileURLWithPath: out).appendingPathComponent(UncertaintyResults.folder(base: baseScenario.name)))
        _ = ScenarioRunner.console(threads: options.threads)
        let perDraw = (variantScenarios.count + 1) * replications
        let progress = Progress(total: draws * perDraw, label: "uncertainty (\(draws) draws)")
        let results = analysis.run(threads: options.threads) { progress.update($0 * perDraw) }
        try results.write(into: directory, willingnessToPay: willingnessToPay, style: csv.style)
        try directory.commit()
        print(UncertaintySummary.render(results, willingnessToPay: willingnessToPay))
        print("\nResults in \(directory.target.path)/")
    }
}
