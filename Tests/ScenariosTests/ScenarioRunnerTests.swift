import Foundation
import Scenarios
import XCTest
import YouthCare

/// The runner is the one way commands produce results: a comparison's base must equal a plain run of it,
/// and a comparison that would overwrite its own results must be refused before any work.
final class ScenarioRunnerTests: XCTestCase {
    var root: URL!
    let runner = ScenarioRunner(threads: 2, command: ["test"])

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("jeugdsim-runner-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: root) }

    func small(_ assignments: [String] = []) throws -> Scenario {
        try CommandLineSettings(assignments: ["run.warmUpYears=1"] + assignments, replications: 3, seed: 5, years: 1)
            .apply(to: .builtInDefault)
    }

    func testACompareWritesTheBaseAsARunWouldAndTheDifferences() throws {
        let base = try small()
        var variant = try small(["consultation.fte=2"])
        variant.name = "more-front"
        let alone = try StagedDirectory(root.appendingPathComponent("alone"))
        _ = try runner.run(base, into: alone)
        try alone.commit()
        let comparisons = try runner.compare(base, [variant], under: root.appendingPathComponent("cmp"))
        XCTAssertEqual(comparisons.map(\.variantName), ["more-front"])
        for file in ["levels.csv", "replications.csv", "budget.csv", "timeseries.csv", "summary.json", "scenario.yaml"] {
            let single = try Data(contentsOf: alone.target.appendingPathComponent(file))
            let compared = try Data(contentsOf: root.appendingPathComponent("cmp/\(base.name)/\(file)"))
            XCTAssertEqual(single, compared, "\(file) of the base differs between run and compare")
        }
        let differences = root.appendingPathComponent("cmp/\(Comparison.folder(base: base.name))/more-front.csv")
        XCTAssertTrue(FileManager.default.fileExists(atPath: differences.path))
    }

    func testACompareThatWouldOverwriteItsOwnResultsIsRefusedBeforeAnyWork() throws {
        let base = try small()
        XCTAssertThrowsError(try runner.compare(base, [base], under: root.appendingPathComponent("cmp"))) { error in
            XCTAssertTrue("\(error)".contains("'\(base.name)'"), "\(error)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("cmp").path), "nothing written")
    }
}
