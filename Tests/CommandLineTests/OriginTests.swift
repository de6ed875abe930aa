import Foundation
import XCTest

/// Results name their origin (docs/releases.md): `--version`, `describe`, run.json and shard.json give one
/// version, model version, commit and model fingerprint; the fingerprint moves with the code that decides
/// results and not with its comments or layout. scripts/two-builds.sh builds a second jeugdsim to show the
/// refusal of shards across builds end to end.
final class OriginTests: JeugdsimTestCase {
    /// `jeugdsim --version`'s three lines, as (version, model version, fingerprint, commit).
    func origin() throws -> (version: String, model: String, fingerprint: String, commit: String) {
        let lines = try jeugdsim(["--version"]).stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 3, "\(lines)")
        let model = try XCTUnwrap(lines.dropFirst().first?.wholeMatch(of: /model (\d+\.\d+), fingerprint ([0-9a-f]{16}-gsl[0-9.]+)/))
        let version = try XCTUnwrap(lines.first?.wholeMatch(of: /jeugdsim (\d+\.\d+\.\d+)/))
        let commit = try XCTUnwrap(lines.last?.wholeMatch(of: /commit ([0-9a-f]{12}(\+changes)?|unknown)/))
        // Semantic versions: the model's version is the minor version whose release last moved results.
        XCTAssertTrue(version.1.hasPrefix(model.1 + "."), "jeugdsim \(version.1) with model \(model.1)")
        return (String(version.1), String(model.1), String(model.2), String(commit.1))
    }

    func testRunJSONAndDescribeNameTheBuildThatVersionPrints() throws {
        let origin = try origin()
        let out = work.appendingPathComponent("out")
        let run = try jeugdsim(["run", "-r", "2", "--years", "1", "--set", "run.warmStart=false", "--out", out.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("run.json"))) as? [String: Any]
        XCTAssertEqual(json?["version"] as? String, origin.version)
        XCTAssertEqual(json?["modelVersion"] as? String, origin.model)
        XCTAssertEqual(json?["fingerprint"] as? String, origin.fingerprint)
        XCTAssertEqual(json?["commit"] as? String, origin.commit)
        let describe = try jeugdsim(["describe"]).stdout
        XCTAssertTrue(
            describe.hasPrefix("# Model \(origin.model), fingerprint \(origin.fingerprint) (jeugdsim \(origin.version), "),
            String(describe.prefix(200)))
    }

    /// The stamp (scripts/build-stamp.sh) of a copy of one model source, outside git: a comment, blank lines
    /// and indentation leave the fingerprint's digest as it was, a constant changed by one digit does not.
    func testTheFingerprintMovesWithACodeChangeAndNotWithAComment() throws {
        let path = "Sources/YouthCare/Components/ModelTime.swift"
        let original = try String(contentsOf: Self.repository.appendingPathComponent(path), encoding: .utf8)
        XCTAssertTrue(original.contains("static let daysPerYear = 365.25\n"))
        let variants = [
            "original": original,
            "comment": "// A comment that changes nothing.\n\n" + original.replacingOccurrences(of: "\n    ", with: "\n        "),
            "constant": original.replacingOccurrences(of: "daysPerYear = 365.25\n", with: "daysPerYear = 365.24\n"),
        ]
        var digests: [String: String] = [:]
        for (name, text) in variants {
            let root = work.appendingPathComponent(name)
            let file = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
            let stamp = root.appendingPathComponent("BuildStamp.swift")
            let tool = Process()
            tool.executableURL = URL(fileURLWithPath: "/bin/sh")
            tool.arguments = [Self.repository.appendingPathComponent("scripts/build-stamp.sh").path, root.path, stamp.path, path]
            try tool.run()
            tool.waitUntilExit()
            XCTAssertEqual(tool.terminationStatus, 0)
            let generated = try String(contentsOf: stamp, encoding: .utf8)
            digests[name] = try XCTUnwrap(generated.firstMatch(of: /sourceDigest = "([0-9a-f]{16})"/)).1.description
            XCTAssertTrue(generated.contains("static let commit = \"unknown\""), generated)
        }
        XCTAssertEqual(digests["comment"], digests["original"])
        XCTAssertNotEqual(digests["constant"], digests["original"])
    }
}
