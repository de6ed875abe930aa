import Foundation
import Scenarios
import XCTest

/// Every input the fuzzer (scripts/fuzz.sh) or a person found troublesome, kept in Tests/Fuzz/regressions,
/// gives the verdict Tests/Fuzz/verdicts.tsv expects for it, within its time limit, loaded as the fuzzer
/// loads it; and every shipped scenario loads, and writes out and reads back to the same values.
final class FuzzRegressionTests: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    struct Expectation {
        let accepted: Bool
        let fragment: String
        let seconds: Double
    }

    /// The lines of verdicts.tsv by file name; a line that does not parse fails the test.
    func expectations() throws -> [String: Expectation] {
        let text = try String(contentsOf: Self.repository.appendingPathComponent("Tests/Fuzz/verdicts.tsv"), encoding: .utf8)
        var expected: [String: Expectation] = [:]
        for (number, line) in text.split(separator: "\n").enumerated() where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4, ["accepted", "refused"].contains(fields[1]), let seconds = Double(fields[3]),
                fields[1] == "accepted" || !fields[2].isEmpty
            else {
                XCTFail("verdicts.tsv line \(number + 1): expected file, accepted or refused, a fragment when refused, seconds: \(line)")
                continue
            }
            expected[fields[0]] = Expectation(accepted: fields[1] == "accepted", fragment: fields[2], seconds: seconds)
        }
        return expected
    }

    func testSavedInputsGiveTheirExpectedVerdictsInTime() throws {
        let folder = Self.repository.appendingPathComponent("Tests/Fuzz/regressions")
        let saved = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let expected = try expectations()
        XCTAssertEqual(Set(saved), Set(expected.keys), "every saved input needs one line in Tests/Fuzz/verdicts.tsv, and no more")
        for name in saved {
            guard let expectation = expected[name] else { continue }
            let bytes = try Data(contentsOf: folder.appendingPathComponent(name))
            let started = Date()
            // The name the fuzz target gives every input (Sources/ScenarioFuzz), so that `extends` resolves as it did.
            let verdict = ScenarioRoundTrip.verdict(loading: bytes, as: "Scenarios/fuzz-input.yaml")
            let seconds = Date().timeIntervalSince(started)
            XCTAssertLessThanOrEqual(seconds, expectation.seconds, "\(name) took \(seconds) s")
            switch verdict {
            case .accepted:
                XCTAssertTrue(expectation.accepted, "\(name) was accepted; expected refused with '\(expectation.fragment)'")
            case .refused(let message):
                XCTAssertFalse(expectation.accepted, "\(name) was refused: \(message)")
                XCTAssertTrue(message.contains(expectation.fragment), "\(name): expected '\(expectation.fragment)' in: \(message)")
            case .broken(let problem):
                XCTFail("\(name): \(problem)")
            }
        }
    }

    /// The shipped scenarios load, and their resolved forms read back to the same values.
    func testShippedScenariosLoadAndRoundTrip() throws {
        let folder = Self.repository.appendingPathComponent("Scenarios")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        XCTAssertGreaterThan(names.count, 10)
        for name in names {
            let verdict = ScenarioRoundTrip.verdict(
                loading: try Data(contentsOf: folder.appendingPathComponent(name)), as: "Scenarios/\(name)")
            XCTAssertEqual(verdict, .accepted, name)
        }
    }
}
