import Foundation
import Scenarios
import XCTest

/// A scenario's title and description per language (`LocalizedText`): read from a file as one text or as
/// `{nl: ..., en: ...}`, checked with line and key, written back by `describe` and read again unchanged, and
/// given by every shipped scenario in both languages (the report's headings are the titles).
final class ScenarioTitleTests: XCTestCase {
    func load(_ text: String) throws -> Scenario {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("titled-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: url) }
        try text.write(to: url, atomically: true, encoding: .utf8)
        return try ScenarioLoader.load(url.path)
    }

    func testTextsPerLanguageReadAndRoundTrip() throws {
        let scenario = try load(
            "name: titled\ntitle:\n  nl: \"Twee fte \\\"voor\\\"\"\n  en: Two FTE\ndescription: Same in both\n")
        XCTAssertEqual(scenario.title.text("nl"), "Twee fte \"voor\"")
        XCTAssertEqual(scenario.title.text("en"), "Two FTE")
        XCTAssertEqual(scenario.description.text("nl"), "Same in both")
        XCTAssertEqual(scenario.description.english, "Same in both")
        let again = try load(ScenarioWriter.yaml(scenario))
        XCTAssertEqual(again.title, scenario.title)
        XCTAssertEqual(again.description, scenario.description)
    }

    /// A language left out reads the other's; a file without a title is called by its name, not its base's title.
    func testMissingTextsFallBack() throws {
        let scenario = try load("name: only-english\ntitle: {en: English only}\n")
        XCTAssertEqual(scenario.title.text("nl"), "English only")
        XCTAssertEqual(try load("name: untitled\n").title.text("nl"), "untitled")
    }

    func testABadTitleNamesItsLineAndKey() throws {
        XCTAssertThrowsError(try load("name: bad\ntitle:\n  de: Titel\ndescription: [a, b]\n")) { error in
            let diagnostics = (error as? ScenarioErrors)?.diagnostics ?? []
            XCTAssertEqual(diagnostics.map(\.key), ["title", "description"], "\(diagnostics)")
            XCTAssertEqual(diagnostics.map(\.line), [3, 4])
            XCTAssertTrue(diagnostics.first?.message.contains("expected a language: nl or en") ?? false, "\(diagnostics)")
        }
    }

    func testEveryShippedScenarioHasATitleInBothLanguages() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Scenarios")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
        XCTAssertFalse(files.isEmpty)
        for file in files {
            let scenario = try ScenarioLoader.load(folder.appendingPathComponent(file).path)
            XCTAssertNotEqual(scenario.title.text("nl"), scenario.name, "\(file): no Dutch title")
            XCTAssertFalse(scenario.title.isSingle, "\(file): one title for both languages")
        }
    }
}
