import Foundation
import Scenarios
import XCTest
import YouthCare

final class ScenarioLoaderTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("jeugdsim-scenarios-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    func file(_ name: String, _ text: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func diagnostics(_ path: String) -> [Diagnostic] {
        do {
            _ = try ScenarioLoader.load(path)
            return []
        } catch let errors as ScenarioErrors {
            return errors.diagnostics
        } catch {
            XCTFail("unexpected \(error)")
            return []
        }
    }

    /// Every error at once, each with its line, column and key.
    func testEveryErrorIsReportedWithLineAndKey() throws {
        let path = try file(
            "broken.yaml",
            """
            generalist:
              fte: -3
              caseload: 12
            specialist:
              discipline: lifo
            waiting:
              enabled: maybe
            relapse:
              probability: high
            """)
        let found = diagnostics(path)
        let byKey = Dictionary(found.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(found.count, 5, found.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(byKey["generalist.fte"]?.line, 2)
        XCTAssertTrue(byKey["generalist.fte"]!.message.contains("out of range"))
        XCTAssertEqual(byKey["generalist.caseload"]?.line, 3)
        XCTAssertTrue(byKey["generalist.caseload"]!.message.contains("did you mean 'generalist.caseloadPerFTE'"))
        XCTAssertEqual(byKey["specialist.discipline"]?.line, 5)
        XCTAssertTrue(byKey["specialist.discipline"]!.message.contains("one of fifo, priority"))
        XCTAssertEqual(byKey["waiting.enabled"]?.line, 7)
        XCTAssertEqual(byKey["relapse.probability"]?.line, 9)
        XCTAssertTrue(found.allSatisfy { $0.file == path && $0.column > 0 })
    }

    func testSharesThatDoNotSumToOneAreInconsistent() throws {
        let path = try file("shares.yaml", "access:\n  routeShares:\n    municipalAccess: 0.9\n")
        let found = diagnostics(path)
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.line, 3)
        XCTAssertTrue(found.first!.message.contains("must sum to 1"))
    }

    func testYAMLSyntaxErrorNamesItsLine() throws {
        let path = try file("syntax.yaml", "generalist:\n  fte: 3\n   caseloadPerFTE: [\n")
        let found = diagnostics(path)
        XCTAssertEqual(found.count, 1)
        XCTAssertGreaterThan(found.first!.line, 1)
        XCTAssertTrue(found.first!.message.hasPrefix("YAML syntax"))
    }

    /// A variant states only what differs; values keep the file and line that set them.
    func testExtendsOverridesAndKeepsProvenance() throws {
        _ = try file("base.yaml", "name: base\nseed: 5\ngeneralist:\n  fte: 30\n  caseloadPerFTE: 12\n")
        let variant = try file("variant.yaml", "extends: base.yaml\ngeneralist:\n  fte: {value: 36, source: \"budget 2027\"}\n")
        let scenario = try ScenarioLoader.load(variant)
        XCTAssertEqual(scenario.name, "variant")
        XCTAssertEqual(scenario.seed, 5)
        XCTAssertEqual(scenario.values["generalist.fte"]?.value, 36)
        XCTAssertEqual(scenario.values["generalist.caseloadPerFTE"]?.value, 12)
        XCTAssertTrue(scenario.values["generalist.fte"]!.provenance.text.contains("budget 2027"))
        XCTAssertTrue(scenario.values["generalist.caseloadPerFTE"]!.provenance.text.hasSuffix("base.yaml:5"))
        XCTAssertEqual(scenario.parameters.generalist.slots, 36 * 12)
    }

    func testExtendsCycleIsAnError() throws {
        _ = try file("a.yaml", "extends: b.yaml\n")
        let b = try file("b.yaml", "extends: a.yaml\n")
        XCTAssertTrue(diagnostics(b).contains { $0.message.contains("extends itself") })
    }

    /// A chain of 5,000 files, each extending the next, overflowed the stack; at 33 it is refused, and the
    /// message names the file where the chain grew too long.
    func testAChainOfExtendsHasADepthLimit() throws {
        for i in 0..<40 { _ = try file("c\(i).yaml", "extends: c\(i + 1).yaml\n") }
        _ = try file("c40.yaml", "seed: 1\n")
        let found = diagnostics(try file("c0.yaml", "extends: c1.yaml\n"))
        XCTAssertTrue(found.contains { $0.file.hasSuffix("c32.yaml") && $0.message.contains("at most 32 are allowed") }, "\(found)")
        XCTAssertNoThrow(try ScenarioLoader.load(try file("c20.yaml", "extends: c21.yaml\n")))
    }

    /// A file that is not a scenario (extends: /etc/passwd, a key) is quoted by its first 40 characters at most.
    func testAMessageNeverQuotesAWholeFile() throws {
        let secret = (1...50).map { "secret line \($0) of a private key" }.joined(separator: "\n") + "\n"
        _ = try file("key", secret)
        let found = diagnostics(try file("extends-key.yaml", "extends: key\n"))
        let text = found.map(\.description).joined(separator: "\n")
        XCTAssertTrue(text.contains("found 'secret line 1 of a private key secret li...' (1"), text)
        XCTAssertFalse(text.contains("line 2 of"), text)
        let value = diagnostics(
            try file("value.yaml", "generalist:\n  fte: |\n" + secret.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n")))
        XCTAssertFalse(value.map(\.description).joined().contains("line 2 of"), "\(value)")
    }

    func testSweepListsAndRanges() throws {
        let path = try file(
            "sweep.yaml", "sweep:\n  consultation.fte: [0, 1, 2, 4]\n  onset.annualGrowth: {from: 0.06, to: 0.1, step: 0.02}\n")
        let scenario = try ScenarioLoader.load(path)
        XCTAssertEqual(scenario.sweeps.map(\.key), ["consultation.fte", "onset.annualGrowth"])
        XCTAssertEqual(scenario.sweeps[0].values, [0, 1, 2, 4])
        XCTAssertEqual(scenario.sweeps[1].values.count, 3)
    }

    /// A design: point i takes the i-th value of every key (not every combination), and says what is wrong.
    func testDesignSweepsPairTheirValues() throws {
        let path = try file("design.yaml", "sweep:\n  design:\n    consultation.fte: [0, 2, 4]\n    onset.annualGrowth: [0.1, 0, 0.05]\n")
        let scenario = try ScenarioLoader.load(path)
        XCTAssertTrue(scenario.sweepDesign)
        XCTAssertEqual(scenario.sweepPointCount, 3)
        XCTAssertEqual(scenario.sweepPoint(2).map(\.value), [4, 0.05])
        XCTAssertEqual(scenario.atSweepPoint(1).values["consultation.fte"]?.value, 2)
        let reloaded = try ScenarioLoader.load(try file("again.yaml", ScenarioWriter.yaml(scenario)))
        XCTAssertEqual(reloaded.sweeps.map(\.values), scenario.sweeps.map(\.values))
        XCTAssertTrue(reloaded.sweepDesign)
        let unequal = diagnostics(
            try file("unequal.yaml", "sweep:\n  design:\n    consultation.fte: [1, 2]\n    onset.annualGrowth: [0]\n"))
        XCTAssertEqual(unequal.map(\.message), ["the lists have 1, 2 values; a design gives every key one value per point"])
        let mixed = diagnostics(try file("mixed.yaml", "sweep:\n  design:\n    consultation.fte: [1]\n  generalist.fte: [3]\n"))
        XCTAssertEqual(mixed.map(\.key), ["sweep.design"])
    }

    /// The resolved scenario that describe prints and runs write is itself a scenario that loads to the same values.
    func testResolvedScenarioRoundTrips() throws {
        let original = try ScenarioLoader.load(Self.repository.appendingPathComponent("Scenarios/front-2fte-shift.yaml").path)
        let path = try file("resolved.yaml", ScenarioWriter.yaml(original))
        let reloaded = try ScenarioLoader.load(path)
        XCTAssertEqual(reloaded.values.mapValues(\.value), original.values.mapValues(\.value))
        XCTAssertEqual(reloaded.seed, original.seed)
    }

    func testShippedScenariosAreValid() throws {
        let folder = Self.repository.appendingPathComponent("Scenarios")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
        XCTAssertGreaterThan(files.count, 8)
        for name in files {
            XCTAssertNoThrow(try ScenarioLoader.load(folder.appendingPathComponent(name).path), name)
        }
    }

    /// Scenarios/README.md documents every key: its table is the one the catalog generates.
    func testScenarioReadmeListsEveryKey() throws {
        let readme = try String(contentsOf: Self.repository.appendingPathComponent("Scenarios/README.md"), encoding: .utf8)
        XCTAssertTrue(
            readme.contains(KeyTable.markdown()), "Scenarios/README.md is stale: regenerate its table with 'jeugdsim describe --keys'")
    }

    func testEveryDefaultHasProvenance() {
        for definition in ParameterCatalog.definitions {
            XCTAssertFalse(definition.provenance.text.isEmpty, definition.key)
            XCTAssertTrue(definition.range.contains(definition.defaultValue), "\(definition.key) default out of its range")
        }
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
}
