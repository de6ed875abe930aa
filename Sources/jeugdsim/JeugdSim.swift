import ArgumentParser

@main
struct JeugdSim: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jeugdsim",
        abstract: "Discrete-event simulation and capacity planning for Dutch youth care (jeugdzorg).",
        subcommands: [Bench.self])
}
