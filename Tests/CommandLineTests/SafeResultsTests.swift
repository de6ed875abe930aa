import Foundation
import XCTest

/// Results never escape their directory, never replace what jeugdsim did not write, never mix two runs,
/// and a killed command leaves the old results whole (issue "Nothing lost, whatever the input"). A kill at
/// every step of a commit is FaultInjectionTests'.
final class SafeResultsTests: JeugdsimTestCase {
    /// A scenario named `../Scenarios` once replaced the user's Scenarios folder. Run in a scratch folder
    /// that holds a copy, so that a regression cannot touch the repository's own scenarios.
    func testScenarioNameCannotPointOutsideResults() throws {
        let scenarios = work.appendingPathComponent("Scenarios")
        try FileManager.default.createDirectory(at: scenarios, withIntermediateDirectories: true)
        try "keep me\n".write(to: scenarios.appendingPathComponent("mine.yaml"), atomically: true, encoding: .utf8)
        let evil = work.appendingPathComponent("evil.yaml")
        for name in ["../Scenarios", "/tmp", "..", ".hidden", "a b", ""] {
            try "name: \"\(name)\"\n".write(to: evil, atomically: true, encoding: .utf8)
            let result = try jeugdsim(["run", evil.path, "-r", "2", "--years", "1"], in: work)
            XCTAssertNotEqual(result.status, 0, name)
            XCTAssertTrue(result.stderr.contains("\(evil.path):1:7: name: found"), result.stderr)
        }
        XCTAssertEqual(try String(contentsOf: scenarios.appendingPathComponent("mine.yaml"), encoding: .utf8), "keep me\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.appendingPathComponent("Results").path))
    }

    func testRefusesToReplaceADirectoryItDidNotWrite() throws {
        let mine = work.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: mine, withIntermediateDirectories: true)
        try "precious\n".write(to: mine.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let file = work.appendingPathComponent("file")
        try "a file\n".write(to: file, atomically: true, encoding: .utf8)
        for (out, problem) in [(mine, "was not written by jeugdsim"), (file, "is not a directory")] {
            let result = try jeugdsim(["run", "-r", "2", "--years", "1", "--out", out.path])
            XCTAssertEqual(result.status, 1)
            XCTAssertTrue(result.stderr.contains(problem), result.stderr)
        }
        for arguments in [["sweep", "--set", "consultation.fte=0,1"], ["calibrate"], ["theory"]] {
            XCTAssertEqual(try jeugdsim(arguments + ["-r", "2", "--out", mine.path]).status, 1, "\(arguments)")
        }
        XCTAssertEqual(try String(contentsOf: mine.appendingPathComponent("notes.txt"), encoding: .utf8), "precious\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: mine.path), ["notes.txt"])
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "a file\n")
        // What jeugdsim wrote, it replaces (OwnershipTests: only while it holds nothing else).
        let ours = work.appendingPathComponent("ours")
        XCTAssertEqual(try jeugdsim(["run", "-r", "2", "--years", "1", "--out", ours.path]).status, 0)
        XCTAssertEqual(try jeugdsim(["run", "-r", "2", "--years", "1", "--out", ours.path]).status, 0)
    }

    /// `--out` naming a symbolic link is refused before any work: jeugdsim replaces only real directories
    /// it wrote, so neither the link nor the results it points at change.
    func testRefusesAnOutThatIsASymbolicLink() throws {
        let real = work.appendingPathComponent("real")
        let link = work.appendingPathComponent("link")
        XCTAssertEqual(try jeugdsim(["run", "-r", "2", "--years", "1", "--out", real.path]).status, 0)
        let before = try Data(contentsOf: real.appendingPathComponent("run.json"))
        let files = try contents(real)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
        let result = try jeugdsim(["run", "-r", "2", "--years", "1", "--seed", "2", "--out", link.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("\(link.path) is a symbolic link"), result.stderr)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link.path), real.path)
        XCTAssertEqual(try contents(real), files)
        XCTAssertEqual(try Data(contentsOf: real.appendingPathComponent("run.json")), before)
    }

    /// The one test with a real signal (fault injection, FaultInjectionTests, covers every step of a
    /// commit): a run killed from outside while it simulates, seen to be inside its work by its staging
    /// directory, not by a clock. While it runs, a second run on the same directory fails at once and names
    /// it; once it is killed, the old results are whole, its lock is free, and a rerun writes the new ones.
    func testARunKilledWhileSimulatingLeavesTheOldResultsAndItsLockFree() throws {
        let out = work.appendingPathComponent("busy")
        let reference = work.appendingPathComponent("reference")
        let short = ["run", "-r", "2", "--years", "1", "--threads", "1"]
        XCTAssertEqual(try jeugdsim(short + ["--seed", "1", "--out", out.path]).status, 0)
        XCTAssertEqual(try jeugdsim(short + ["--seed", "2", "--out", reference.path]).status, 0)
        let old = try contents(out)
        let first = try start(["run", "-r", "400", "--years", "10", "--seed", "2", "--out", out.path])
        defer { first.terminate() }
        try waitFor(work.appendingPathComponent(".busy.partial-\(first.processIdentifier)"))
        let second = try jeugdsim(short + ["--out", out.path])
        XCTAssertEqual(second.status, 1)
        XCTAssertTrue(
            second.stderr.contains("is being written by another jeugdsim run right now (process \(first.processIdentifier))"),
            second.stderr)
        kill(first.processIdentifier, SIGKILL)
        first.waitUntilExit()
        XCTAssertEqual(first.terminationReason, .uncaughtSignal, "the run should still have been simulating")
        XCTAssertEqual(try contents(out), old)
        let visible = try FileManager.default.contentsOfDirectory(atPath: work.path).filter { !$0.hasPrefix(".") }
        XCTAssertEqual(Set(visible).subtracting(["cache"]), ["busy", "reference"], "no half-written directory")
        let rerun = try jeugdsim(short + ["--seed", "2", "--out", out.path])
        XCTAssertEqual(rerun.status, 0, rerun.stderr)
        XCTAssertEqual(try contents(out), try contents(reference))
    }

    /// A sweep killed after some points, resumed, writes the same bytes as one never interrupted. The kill
    /// is injected (FaultInjection) before the 6th step: the staging directory's marker (written, synced),
    /// the fingerprint and points 1 and 2 are recorded, point 3 is simulated but not.
    func testResumedSweepIsByteIdenticalToAnUninterruptedOne() throws {
        let sweep = [
            "sweep", "--set", "consultation.fte=0,1,2,3,4,5", "-r", "6", "--years", "4", "--threads", "1", "--set", "run.warmStart=false",
        ]
        let whole = work.appendingPathComponent("whole")
        let resumed = work.appendingPathComponent("resumed")
        XCTAssertEqual(try jeugdsim(sweep + ["--out", whole.path]).status, 0)
        let killed = try jeugdsim(sweep + ["--out", resumed.path], environment: ["JEUGDSIM_FAULT_AT": "6"])
        XCTAssertEqual(killed.reason, .uncaughtSignal, killed.stderr)
        XCTAssertTrue(killed.stderr.contains("before step 6: write \(work.path)/.resumed.sweep-points/point-000002"), killed.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: resumed.path))
        // A resume with another seed would mix two sweeps: refused, and the record kept.
        let other = try jeugdsim(sweep + ["--out", resumed.path, "--resume", "--seed", "5"])
        XCTAssertEqual(other.status, 1)
        XCTAssertTrue(other.stderr.contains("has an unfinished sweep of a different scenario, seed or build"), other.stderr)
        let again = try jeugdsim(sweep + ["--out", resumed.path, "--resume"])
        XCTAssertEqual(again.status, 0, again.stderr)
        let done = again.stderr.split(separator: "\n").first { $0.hasPrefix("Resuming: ") }
        XCTAssertNotNil(done, again.stderr)
        XCTAssertFalse(done?.hasPrefix("Resuming: 0 of") ?? true, "the finished points were run again")
        for finished in ["point 1/6", "point 2/6"] {
            XCTAssertFalse(again.stderr.contains(finished), "\(finished) was finished before the kill and ran again")
        }
        XCTAssertEqual(try contents(resumed), try contents(whole))
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.appendingPathComponent(".resumed.sweep-points").path))
    }

    /// Values from --set, -r and --years meet the checks a file's values meet.
    func testCommandLineValuesAreCheckedAsAFilesAre() throws {
        let shares = try jeugdsim(["run", "-r", "2", "--set", "access.routeShares.municipalAccess=0.9"])
        XCTAssertEqual(shares.status, 1)
        XCTAssertTrue(
            shares.stderr.contains("command line: --set access.routeShares.municipalAccess: route shares must sum to 1"), shares.stderr)
        let range = try jeugdsim(["run", "-r", "2", "--years", "80"])
        XCTAssertTrue(
            range.stderr.contains("command line: --years: found 80.0, out of range: expected a number from 0.1 to 50 (years)"), range.stderr
        )
        let one = try jeugdsim(["run", "-r", "1"])
        XCTAssertTrue(one.stderr.contains("--replications: found 1, expected a whole number from 2"), one.stderr)
        let sweepPoint = try jeugdsim(["sweep", "-r", "2", "--set", "onset.ageBandShares.age0to3=0,0.1739"])
        XCTAssertTrue(
            sweepPoint.stderr.contains("sweep point 0 (onset.ageBandShares.age0to3=0): age band shares must sum to 1"), sweepPoint.stderr)
        let file = work.appendingPathComponent("one.yaml")
        try "replications: 1\n".write(to: file, atomically: true, encoding: .utf8)
        XCTAssertTrue(try jeugdsim(["validate", file.path]).stderr.contains("\(file.path):1:15: replications: found '1'"))
    }

    func testUnreadableScenarioFilesSayWhatTheyAre() throws {
        let latin1 = work.appendingPathComponent("latin1.yaml")
        try (Data("description: a\ngeneralist.fte: 2".utf8) + [0xFF] + Data("4\n".utf8)).write(to: latin1)
        let binary = work.appendingPathComponent("binary.yaml")
        try Data([0x6E, 0x61, 0x00, 0x01]).write(to: binary)
        let expectations = [
            (work.path, "is a directory, expected a scenario file (YAML)"),
            (work.appendingPathComponent("missing.yaml").path, "no such file"),
            (latin1.path, "is not UTF-8 text: byte 0xFF at line 2"),
            (binary.path, "is not text: a NUL byte at line 1"),
        ]
        for (path, message) in expectations {
            let result = try jeugdsim(["validate", path])
            XCTAssertEqual(result.status, 1)
            XCTAssertTrue(result.stderr.contains("\(path): \(message)"), result.stderr)
        }
    }

    func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = Self.repository
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.environment = environment()
        try process.run()
        return process
    }

    /// A file that did not appear is a failure, not a reason to skip: the process it waits for never got
    /// as far as the test needs.
    func waitFor(_ file: URL, seconds: Double = 60) throws {
        let deadline = Date().addingTimeInterval(seconds)
        while !FileManager.default.fileExists(atPath: file.path) {
            guard Date() < deadline else { throw FileDidNotAppear(path: file.path, seconds: seconds) }
            Thread.sleep(forTimeInterval: 0.01)
        }
    }

    struct FileDidNotAppear: Error, CustomStringConvertible {
        let path: String
        let seconds: Double
        var description: String { "\(path) did not appear within \(seconds) s" }
    }
}
