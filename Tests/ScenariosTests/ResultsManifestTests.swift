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
