import ArgumentParser
import Foundation
import Scenarios

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check scenario files without running them.",
        discussion: paragraphs(
            """
            Reports every problem at once, each with file, line and column, the key, what was found and what was
            expected: unknown keys (with the closest known key), wrong types, values out of range, shares that
            do not sum to 1. Exits non-zero when any file has an error.

            Example:
              jeugdsim validate Scenarios/*.yaml
            """))

    @Argument(help: "Scenario files.")
    var scenarios: [String]

    func run() throws {
        var failed = false
        for path in scenarios {
            do {
                let scenario = try ScenarioLoader.load(path)
                print("\(path): valid (\(scenario.name), \(scenario.assumptions.count) values rest on assumptions)")
                if let warning = scenario.scaleWarning { FileHandle.standardError.write(Data((warning + "\n").utf8)) }
            } catch let errors as ScenarioErrors {
                failed = true
                FileHandle.standardError.write(Data((errors.description + "\n").utf8))
            }
        }
        if failed { throw ExitCode.failure }
    }
}
