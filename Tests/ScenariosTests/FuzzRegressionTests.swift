import Foundation
import Scenarios
import XCTest

/// Every input the fuzzer (scripts/fuzz.sh) or a person found troublesome, kept in Tests/Fuzz/regressions,
/// and every shipped scenario: loading them never traps, and what loads writes out and reads back to the
/// same values.
final class FuzzRegressionTests: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func testSavedInputsAndShippedScenariosRoundTrip() throws {
        let manager = FileManager.default
        let folders = ["Tests/Fuzz/regressions", "Scenarios"].map { Self.repository.appendingPathComponent($0) }
        var checked = 0
        for folder in folders {
            for name in try manager.contentsOfDirectory(atPath: folder.path).sorted() where name != "README.md" {
                let url = folder.appendingPathComponent(name)
                let problem = ScenarioRoundTrip.problem(loading: try Data(contentsOf: url), as: "Scenarios/\(name)")
                XCTAssertNil(problem, name)
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 20)
    }

    /// The shipped scenarios load (a round trip of nothing would pass the test above).
    func testShippedScenariosLoad() throws {
        let folder = Self.repository.appendingPathComponent("Scenarios")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".yaml") {
            XCTAssertNoThrow(try ScenarioLoader.load(folder.appendingPathComponent(name).path), name)
        }
    }
}
