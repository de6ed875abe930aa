import Scenarios
import XCTest

/// A scenario that changes the youths but keeps capacities sized for the defaults' is warned about
/// (`Scenario.scaleWarning`); one that sets them, or keeps the youths, is not.
final class ScaleCheckTests: XCTestCase {
    func load(_ text: String) throws -> Scenario { try ScenarioLoader.load(text: text, file: "scale.yaml") }

    func testYouthsWithoutCapacitiesAreWarnedAbout() throws {
        let warning = try XCTUnwrap(try load("onset:\n  youths: 12000\n").scaleWarning)
        XCTAssertTrue(warning.contains("specialist.capacity.level5"), warning)
        XCTAssertTrue(warning.contains("x 0.48"), warning)
        let partly = try XCTUnwrap(try load("onset:\n  youths: 12000\nspecialist:\n  capacity:\n    level5: 134\n").scaleWarning)
        XCTAssertFalse(partly.contains("specialist.capacity.level5"), "a capacity set is not named: \(partly)")
        XCTAssertTrue(partly.contains("specialist.capacity.level4"), partly)
    }

    func testTheShippedScenariosAreSized() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Scenarios")
        for name in ["baseline-municipality.yaml", "national-baseline.yaml", "young-adults-21.yaml"] {
            XCTAssertNil(try ScenarioLoader.load(folder.appendingPathComponent(name).path).scaleWarning, name)
        }
        XCTAssertNil(Scenario.builtInDefault.scaleWarning)
    }
}
