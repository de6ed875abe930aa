import Foundation
import Scenarios
import XCTest

/// A report written into results after their commit belongs to them only when recorded in their marker
/// (`StagedDirectory.record`, `adding`); one that is not makes the directory the user's (issue "Nothing
/// lost, second round").
final class ResultsManifestTests: XCTestCase {
    var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("manifest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: root) }

    func commit(_ target: URL, report: String? = nil) throws {
        let staged = try StagedDirectory(target)
        try staged.write("summary.json", "{}\n")
        try staged.commit()
        if let report {
            try "<html></html>\n".write(to: target.appendingPathComponent(report), atomically: true, encoding: .utf8)
            try staged.record([report])
        }
    }

    func testAReportIsJeugdsimsOnlyWhenRecorded() throws {
        let target = root.appendingPathComponent("results")
        try commit(target, report: "report.html")
        XCTAssertNoThrow(try commit(target), "a recorded report is replaced with the results")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: target.path).sorted(), [".jeugdsim-results", "summary.json"])
        try StagedDirectory.adding(["report-en.html"], to: target) {
            // Under the lock: no other run may write the directory meanwhile.
            XCTAssertThrowsError(try StagedDirectory(target)) { error in
                XCTAssertTrue("\(error)".contains("is being written by another jeugdsim run right now"), "\(error)")
            }
            try "<html></html>\n".write(to: target.appendingPathComponent("report-en.html"), atomically: true, encoding: .utf8)
        }
        XCTAssertNoThrow(try commit(target))
        try "<html></html>\n".write(to: target.appendingPathComponent("report.html"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try commit(target)) { error in
            XCTAssertTrue("\(error)".contains("holds report.html, which jeugdsim did not write"), "\(error)")
        }
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: root.path).sorted(), ["results"], "no lock, staging or marker file is left")
    }
}

/// The fuzz target's seed shard still reads (a stale seed would leave the shard reader unfuzzed), and an
/// accepted shard reads back to the same bytes, as the fuzz target requires of every input it accepts.
final class ShardSeedTests: XCTestCase {
    func testTheFuzzersSeedShardReadsAndRoundTrips() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let seed = repository.appendingPathComponent("Tests/Fuzz/shards/sweep-shard.json")
        let shard = try Shard(json: Data(contentsOf: seed), file: seed.path)
        XCTAssertEqual(shard.kind, .sweep)
        let text = shard.json()
        XCTAssertEqual(try Shard(json: Data(text.utf8), file: "again").json(), text)
    }
}
