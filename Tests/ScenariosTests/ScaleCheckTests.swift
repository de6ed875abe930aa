import Scenarios
import XCTest

/// Capacities no one set are sized to the scenario's youths (`Scenario.sizedToYouths`); capacities set
/// explicitly at the defaults' values while the youths change are warned about (`Scenario.scaleWarning`).
final class ScaleCheckTests: XCTestCase {
    func load(_ text: String) throws -> Scenario { try ScenarioLoader.load(text: text, file: "scale.yaml") }

    func testCapacitiesNoOneSetAreSizedToTheYouths() throws {
        let scenario = try load("onset:\n  youths: 12000\n")
        // 280 places for 25,000 youths: 134 (rounded) for 12,000; 33 FTE: 15.84.
        XCTAssertEqual(scenario.values["specialist.capacity.level5"]?.value, 134)
        XCTAssertEqual(scenario.values["generalist.fte"]?.value ?? 0, 33 * 0.48, accuracy: 1e-9)
        XCTAssertTrue(scenario.values["generalist.fte"]?.provenance.text.hasPrefix("sized to onset.youths") ?? false)
        XCTAssertNil(scenario.scaleWarning)
        // The command line sizes them too, and back to the defaults when the youths are the defaults'.
        let set = try CommandLineSettings(assignments: ["onset.youths=50000"]).apply(to: Scenario.builtInDefault)
        XCTAssertEqual(set.values["specialist.capacity.level5"]?.value, 560)
        let back = try CommandLineSettings(assignments: ["onset.youths=25000"]).apply(to: set)
        XCTAssertEqual(back.values["specialist.capacity.level5"]?.value, 280)
        let provenance = try XCTUnwrap(back.values["specialist.capacity.level5"]).provenance.text
        XCTAssertFalse(provenance.hasPrefix("sized to onset.youths"), provenance)
    }

    func testExplicitCapacitiesAtTheDefaultsAreWarnedAbout() throws {
        let warning = try XCTUnwrap(try load("onset:\n  youths: 12000\nspecialist:\n  capacity:\n    level5: 280\n").scaleWarning)
        XCTAssertTrue(warning.contains("specialist.capacity.level5"), warning)
        XCTAssertTrue(warning.contains("x 0.48"), warning)
        XCTAssertFalse(warning.contains("specialist.capacity.level4"), "a sized capacity is not named: \(warning)")
        XCTAssertNil(try load("onset:\n  youths: 12000\nspecialist:\n  capacity:\n    level5: 134\n").scaleWarning)
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
