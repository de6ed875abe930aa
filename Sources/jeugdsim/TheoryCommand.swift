import ArgumentParser
import Foundation
import Queueing
import Scenarios
import SimKernel

struct Theory: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the simulation kernel against queueing theory and write theory.csv.",
        discussion: paragraphs(
            """
            M/M/1, M/M/c (Erlang C), M/G/1 and M/D/1 (Pollaczek-Khinchine), an open Jackson network with
            feedback and two priority classes (Cobham): the theoretical value against the simulated mean and its
            99 % interval over replications. The same cases the test suite holds the kernel to.

            Example:
              jeugdsim theory --out Results/theory
            """))

    @Option(name: .shortAndLong, help: "Replications per case.")
    var replications = 30

    @Option(help: "Master seed.")
    var seed: UInt64 = 2026

    @Option(help: "Results directory.")
    var out = "Results/theory"

    func validate() throws {
        try checkCount("--replications (two give a confidence interval)", replications, Scenario.replicationRange)
    }

    func run() throws {
        let staged = try StagedDirectory(URL(fileURLWithPath: out))
        let table = TheoryTable(replications: replications, seed: seed)
        print(table.text)
        try staged.write("theory.csv", table.csv())
        try staged.commit()
        print("\nWritten to \(out)/theory.csv")
    }
}
