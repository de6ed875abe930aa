import Scenarios
import SimKernel
import XCTest
import YouthCare

final class OfferedLoadTests: XCTestCase {
    func summaries(_ loads: [Service: [Double]]) -> [Metric: Summary] {
        var summaries = [Metric(.utilisation, .service(.generalist)): Summary([2, 2])]
        for (service, values) in loads { summaries[Metric(.offeredLoad, .service(service))] = Summary(values) }
        return summaries
    }

    /// The warning names each service whose mean load reaches 1, and only those; other figures are ignored.
    func testTheWarningNamesEveryServiceThatCannotKeepUp() throws {
        let caution = OfferedLoad.caution(
            "baseline", summaries([.generalist: [0.9, 0.98], .specialist(5): [1.0, 1.1], .specialist(6): [1.4, 1.5]]))
        let warning = try XCTUnwrap(caution).text
        XCTAssertTrue(warning.contains("specialist5 1.05, specialist6 1.45"), warning)
        XCTAssertFalse(warning.contains("generalist"), warning)
        // The report reads the loads from run.json, by service.
        XCTAssertEqual(caution?.figures, ["specialist5": 1.05, "specialist6": 1.45])
    }

    func testNoWarningBelowOne() {
        XCTAssertNil(OfferedLoad.caution("baseline", summaries([.generalist: [0.9, 0.98], .access: [0.3, 0.4]])))
    }

    /// A run of a scenario that overloads its generalists warns once, naming them.
    func testARunWarns() throws {
        var scenario = Scenario.builtInDefault.setting("run.years", to: 1, because: "test")
            .setting("run.warmUpYears", to: 1, because: "test").setting("generalist.fte", to: 5, because: "test")
        scenario.replications = 2
        let warnings = Warnings()
        var runner = ScenarioRunner()
        runner.warn = { warnings.append($0) }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        defer { try? FileManager.default.removeItem(at: root) }
        let directory = try StagedDirectory(root)
        _ = try runner.run(scenario, into: directory)
        XCTAssertEqual(warnings.all.count, 1)
        XCTAssertTrue(warnings.all.first?.contains("generalist") ?? false, "\(warnings.all)")
        // run.json keeps it for the report, with the load it rests on.
        try directory.commit()
        let run = try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent("run.json"))) as? [String: Any]
        let cautions = try XCTUnwrap(run?["cautions"] as? [[String: Any]])
        XCTAssertEqual(cautions.map { $0["kind"] as? String }, ["overload"])
        XCTAssertGreaterThanOrEqual((cautions.first?["figures"] as? [String: Double])?["generalist"] ?? 0, 1)
    }
}

/// Warnings collected from a runner's callback.
final class Warnings: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    var all: [String] { lock.withLock { lines } }
    func append(_ line: String) { lock.withLock { lines.append(line) } }
}
