import Foundation
import XCTest

/// A run or a sweep cut into shards and merged equals the unsharded one byte for byte; merge refuses
/// shards that do not belong together (issue "Beyond one machine").
final class ShardTests: JeugdsimTestCase {
    let run = ["run", "Scenarios/front-1fte-add.yaml", "-r", "7", "--years", "2", "--set", "run.warmUpYears=1"]

    func shard(_ arguments: [String], _ number: Int, of count: Int, _ name: String) throws -> String {
        let out = work.appendingPathComponent(name).path
        let result = try jeugdsim(arguments + ["--shard", "\(number)/\(count)", "--out", out])
        XCTAssertEqual(result.status, 0, result.stderr)
        return out
    }

    func testMergedShardsOfARunAreByteIdenticalToTheWholeRun() throws {
        let whole = work.appendingPathComponent("whole")
        XCTAssertEqual(try jeugdsim(run + ["--out", whole.path]).status, 0)
        let shards = try (1...3).map { try shard(run, $0, of: 3, "s\($0)") }
        let merged = work.appendingPathComponent("merged")
        let result = try jeugdsim(["merge", shards[2], shards[0], shards[1], "--out", merged.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let files = try contents(merged)
        XCTAssertEqual(files.count, 6, "\(files.keys)")
        XCTAssertEqual(files, try contents(whole))
    }

    func testMergedShardsOfASweepAreByteIdenticalToTheWholeSweep() throws {
        let sweep = ["sweep", "--set", "consultation.fte=0,1,2,4", "-r", "3", "--years", "1", "--dutch-csv"]
        let whole = work.appendingPathComponent("whole")
        XCTAssertEqual(try jeugdsim(sweep + ["--out", whole.path]).status, 0)
        let shards = try (1...3).map { try shard(sweep, $0, of: 3, "w\($0)") }
        let merged = work.appendingPathComponent("merged")
        XCTAssertEqual(try jeugdsim(["merge"] + shards + ["--out", merged.path]).status, 0)
        XCTAssertEqual(try contents(merged), try contents(whole))
    }

    func testMergeRefusesShardsThatDoNotBelongTogether() throws {
        let shards = try (1...3).map { try shard(run, $0, of: 3, "s\($0)") }
        let otherSeed = try shard(run + ["--seed", "5"], 2, of: 3, "seed")
        let otherScenario = try shard(run + ["--set", "generalist.fte=30"], 2, of: 3, "scenario")
        let otherCut = try shard(run, 2, of: 4, "cut")
        // Shard 2 as another build would have written it.
        let edited = { (name: String, field: String, with: String) throws -> String in
            let copy = self.work.appendingPathComponent(name)
            try FileManager.default.copyItem(at: URL(fileURLWithPath: shards[1]), to: copy)
            let file = copy.appendingPathComponent("shard.json")
            let text = try String(contentsOf: file, encoding: .utf8)
            XCTAssertTrue(text.contains(field), "no \(field) in shard.json")
            try text.replacingOccurrences(of: field, with: with).write(to: file, atomically: true, encoding: .utf8)
            return copy.path
        }
        let version = try edited("version", "\"version\": \"", "\"version\": \"0.0.0-")
        let model = try edited("model", "\"fingerprint\": \"", "\"fingerprint\": \"0000")
        let format = try edited("format", "jeugdsim-shard-4", "jeugdsim-shard-3")
        let cases: [([String], String)] = [
            ([shards[0], shards[1]], "shard 3 of 3 is missing"),
            ([shards[0], shards[1], shards[1], shards[2]], "shard 2/3 is given twice"),
            ([shards[0], otherSeed, shards[2]], "was run with seed 5"),
            ([shards[0], otherScenario, shards[2]], "ran different scenarios: the first has 'generalist.fte: 30"),
            ([shards[0], otherCut, shards[2]], "they are not shards of one job"),
            ([shards[0], version, shards[2]], "was written by jeugdsim 0.0.0-"),
            ([shards[0], model, shards[2]], ", model fingerprint 0000"),
            ([shards[0], format, shards[2]], "was written by another version of jeugdsim (jeugdsim-shard-3"),
            ([work.path], "cannot be read; expected the shard.json"),
        ]
        for (arguments, message) in cases {
            let result = try jeugdsim(["merge"] + arguments + ["--out", work.appendingPathComponent("merged").path])
            XCTAssertEqual(result.status, 1, message)
            XCTAssertTrue(result.stderr.contains(message), "expected '\(message)' in: \(result.stderr)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.appendingPathComponent("merged").path))
        XCTAssertTrue(try jeugdsim(run + ["--shard", "4/3"]).stderr.contains("--shard takes I/N with 1 <= I <= N"))
        XCTAssertTrue(try jeugdsim(run + ["--shard", "1/8"]).stderr.contains("8 shards for 7 replications"))
    }

    /// A shard is read as user input: one edited by hand or damaged is refused, naming the file and what is
    /// wrong, before anything is written (issue "Nothing lost, second round").
    func testMergeChecksEveryFieldOfAShard() throws {
        let shards = try (1...2).map { try shard(run, $0, of: 2, "s\($0)") }
        func edited(_ name: String, _ change: (inout [String: Any]) -> Void) throws -> String {
            let copy = work.appendingPathComponent(name)
            try FileManager.default.copyItem(at: URL(fileURLWithPath: shards[1]), to: copy)
            let file = copy.appendingPathComponent("shard.json")
            var root = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
            change(&root)
            try JSONSerialization.data(withJSONObject: root).write(to: file)
            return copy.path
        }
        func scenario(_ root: inout [String: Any], _ change: (inout [String: Any]) -> Void) {
            var scenario = root["scenario"] as! [String: Any]
            change(&scenario)
            root["scenario"] = scenario
        }
        func value(_ key: String, bits: String) -> (inout [String: Any]) -> Void {
            { root in
                scenario(&root) { scenario in
                    scenario["values"] = (scenario["values"] as! [[Any]]).map { $0[0] as? String == key ? [key, bits, $0[2], $0[3]] : $0 }
                }
            }
        }
        let halved = { (root: inout [String: Any]) in
            var replications = root["replications"] as! [[String: Any]]
            var figures = replications[0]["figures"] as! [[Any]]
            let bits = UInt64(figures[0][3] as! String, radix: 16)!
            figures[0][3] = String((Double(bitPattern: bits) / 2).bitPattern, radix: 16)
            replications[0]["figures"] = figures
            root["replications"] = replications
        }
        let cases: [(String, (inout [String: Any]) -> Void, String)] = [
            ("name", { root in scenario(&root) { $0["name"] = "../../../escaped-by-merge" } }, "'scenario.name': found '../../../escaped"),
            ("nan", value("generalist.fte", bits: "7ff8000000000000"), "scenario, 'generalist.fte': found nan, expected a number"),
            ("infinite", value("onset.youths", bits: "fff0000000000000"), "scenario, 'onset.youths': found -inf"),
            (
                "range", value("childProtection.courtProbability", bits: String(2.0.bitPattern, radix: 16)),
                "found 2.0, expected a number from 0 to 1"
            ),
            ("zero", { $0["of"] = 0 }, "'shard': 2 of 0 is not a shard of a job"),
            ("many", { $0["of"] = 1_000_000_000_000 }, "'of': 1000000000000 shards of 7 replications"),
            ("huge", { root in scenario(&root) { $0["replications"] = 999_999_999_999 } }, "'scenario.replications': found 999999999999"),
            ("halved", halved, "its figures do not match its checksum"),
            ("unsummed", { $0.removeValue(forKey: "checksum") }, "malformed: no valid 'checksum'"),
        ]
        for (name, change, message) in cases {
            let result = try jeugdsim(["merge", shards[0], try edited(name, change), "--out", work.appendingPathComponent("merged").path])
            XCTAssertEqual(result.status, 1, name)
            XCTAssertTrue(result.stderr.contains("\(name)/shard.json: "), "\(name): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains(message), "\(name): expected '\(message)' in \(result.stderr)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.appendingPathComponent("merged").path))
        XCTAssertFalse(
            FileManager.default.fileExists(atPath: work.deletingLastPathComponent().appendingPathComponent("escaped-by-merge").path))
    }

    /// A job script carries no path it cannot quote: a line break anywhere (bash would run what follows as a
    /// command of its own), or a blank in an `#SBATCH` line's path, is refused before a script is written.
    func testSlurmRefusesPathsAJobScriptCannotCarry() throws {
        let scenario = Self.repository.appendingPathComponent("Scenarios/front-1fte-add.yaml").path
        for (folder, message) in [("a b", "holds a blank, a quote or a %"), ("x\ntouch pwned", "holds a line break")] {
            let here = work.appendingPathComponent(folder)
            try FileManager.default.createDirectory(at: here, withIntermediateDirectories: true)
            let result = try jeugdsim(
                ["slurm", scenario, "-r", "4", "--shards", "2", "--out", "job", "--dry-run"], in: here)
            XCTAssertEqual(result.status, 1, folder)
            XCTAssertTrue(result.stderr.contains(message), "\(folder): \(result.stderr)")
            XCTAssertFalse(FileManager.default.fileExists(atPath: here.appendingPathComponent("job/jobs/array.sh").path))
        }
    }

    /// The job scripts name every shard, the merge after them, and pass the run's options on unchanged.
    func testSlurmDryRunWritesTheJobScripts() throws {
        let job = work.appendingPathComponent("job")
        let result = try jeugdsim(
            ["slurm"] + run.dropFirst() + [
                "--shards", "3", "--out", job.path, "--partition", "short",
                "--time", "00:10:00", "--cpus", "2", "--dry-run",
            ])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("sbatch --parsable --array=1-3"))
        XCTAssertTrue(result.stdout.contains("--dependency=afterok:"))
        let array = try String(contentsOf: job.appendingPathComponent("jobs/array.sh"), encoding: .utf8)
        for line in [
            "#SBATCH --array=1-3", "#SBATCH --partition=short", "#SBATCH --time=00:10:00", "#SBATCH --cpus-per-task=2",
            "'run' 'Scenarios/front-1fte-add.yaml' '--replications' '7'", "'--set' 'run.warmUpYears=1' '--threads' '2'",
            "--shard \"${SLURM_ARRAY_TASK_ID}/3\"",
        ] {
            XCTAssertTrue(array.contains(line), "array.sh lacks \(line):\n\(array)")
        }
        let merge = try String(contentsOf: job.appendingPathComponent("jobs/merge.sh"), encoding: .utf8)
        XCTAssertTrue(
            merge.contains("merge '\(job.path)/shards/1' '\(job.path)/shards/2' '\(job.path)/shards/3' --out '\(job.path)/merged'"), merge)
    }
}
