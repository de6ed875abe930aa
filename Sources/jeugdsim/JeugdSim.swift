import ArgumentParser
import BuildOrigin

@main
struct JeugdSim: ParsableCommand {
    /// ArgumentParser's main, with file-system errors told in words (`FileSystemMessage`).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exit(withError: FileSystemMessage.translated(error))
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "jeugdsim",
        abstract: "Discrete-event simulation and capacity planning for Dutch youth care (jeugdzorg).",
        discussion: paragraphs(
            """
            Families flow through intervention levels 2-7: onset of a need, detection, access and triage,
            neighbourhood team (generalist), specialist care and out-of-home care, with waiting lists, step up
            and step down, relapse, child protection and the consultation function ("specialist expertise to
            the front"). Scenario files (YAML, see Scenarios/README.md) go in; statistics with 95 % confidence
            intervals come out in Results/<scenario>/.

            Start here:
              jeugdsim run                     # the built-in baseline municipality
              jeugdsim describe Scenarios/baseline-municipality.yaml
              jeugdsim compare Scenarios/baseline-municipality.yaml \\
                  Scenarios/front-2fte-shift.yaml
            """),
        version: Origin.thisBuild.description,
        subcommands: [
            Run.self, Compare.self, BreakEvenCommand.self, Sweep.self, Merge.self, Slurm.self, Report.self, Validate.self, Describe.self,
            Calibrate.self,
            Uncertainty.self, Theory.self, Bench.self, WarmUpCommand.self,
        ])
}
