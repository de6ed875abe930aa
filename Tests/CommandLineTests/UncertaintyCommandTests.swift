import Foundation
import XCTest

/// An uncertainty analysis cut into shards and merged, or killed and resumed, writes the same bytes as one
/// run straight through; shards of different analyses are refused (issue 37).
final class UncertaintyCommandTests: JeugdsimTestCase {
    let analysis = [
        "uncertainty", "Scenarios/baseline-municipality.yaml", "Scenarios/front-2fte-shift.yaml", "--draws", "6", "-r", "2", "--years",
        "1", "--set", "run.warmUpYears=1", "--threads", "1",
    ]

    func testMergedShardsAreByteIdenticalToTheWholeAnalysis() throws {
        let whole = work.appendingPathComponent("whole")
        let run = try jeugdsim(analysis + ["--out", whole.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("front-2fte-shift against baseline-municipality:"), run.stdout)
        XCTAssertTrue(run.stdout.contains("better in"), run.stdout)
        let shards = try (1...3).map { number -> String in
            let out = work.appendingPathComponent("s\(number)").path
            let result = try jeugdsim(analysis + ["--shard", "\(number)/3", "--out", out])
            XCTAssertEqual(result.status, 0, result.stderr)
            return out
        }
        let merged = work.appendingPathComponent("merged")
        let result = try jeugdsim(["merge", shards[2], shards[0], shards[1], "--out", merged.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let files = try contents(merged)
        XCTAssertEqual(Set(files.keys), ["uncertainty.csv", "draws.csv", "evppi.csv", "acceptability.csv", "parameters.csv"])
        XCTAssertEqual(files, try contents(whole.appendingPathComponent("uncertainty-baseline-municipality")))
        // A shard of an analysis with more draws is another analysis.
        let other = work.appendingPathComponent("other").path
        XCTAssertEqual(try jeugdsim(analysis + ["--draws", "9", "--shard", "2/3", "--out", other]).status, 0)
        let refused = try jeugdsim(["merge", shards[0], other, shards[2], "--out", work.appendingPathComponent("mixed").path])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("shards of different uncertainty analyses"), refused.stderr)
    }

    /// Killed before the third draw's record is written (the staging marker written and synced, the
    /// fingerprint and draws 1 and 2 recorded, draw 3 simulated), resumed: draws 1 and 2 are not run again,
    /// and the files are those of an analysis never interrupted.
    func testResumedAnalysisIsByteIdenticalToAnUninterruptedOne() throws {
        let whole = work.appendingPathComponent("whole")
        XCTAssertEqual(try jeugdsim(analysis + ["--out", whole.path]).status, 0)
        let resumed = work.appendingPathComponent("resumed")
        let killed = try jeugdsim(analysis + ["--out", resumed.path], environment: ["JEUGDSIM_FAULT_AT": "6"])
        XCTAssertEqual(killed.reason, .uncaughtSignal, killed.stderr)
        let record = resumed.appendingPathComponent(".uncertainty-baseline-municipality.uncertainty-analysis-points")
        XCTAssertTrue(killed.stderr.contains("before step 6: write \(record.path)/point-000002"), killed.stderr)
        let again = try jeugdsim(analysis + ["--out", resumed.path, "--resume"])
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(again.stderr.contains("Resuming: 2 of 6 draws already done"), again.stderr)
        let folder = "uncertainty-baseline-municipality"
        XCTAssertEqual(
            try contents(resumed.appendingPathComponent(folder)), try contents(whole.appendingPathComponent(folder)))
        XCTAssertFalse(FileManager.default.fileExists(atPath: record.path))
    }
}
