import Foundation
import XCTest

/// A command killed before any one of its file-system steps (`JEUGDSIM_FAULT_AT=N`, counted over the whole
/// process) leaves every results directory it writes holding the old results or the new ones, never a
/// mixture and never a visible half-written directory. Every step is tried, not moments guessed on a clock.
final class FaultInjectionTests: JeugdsimTestCase {
    /// A memory file system where there is one: every commit fsyncs, which on a disk costs most of these
    /// hundreds of short runs' time, and a kill of the process (unlike a power cut) cannot tell a synced file
    /// from one that is not. The steps and their order, which these tests are about, are the same.
    override class var scratch: URL {
        let memory = URL(fileURLWithPath: "/dev/shm")
        return access(memory.path, W_OK) == 0 ? memory : super.scratch
    }

    /// Small and fast: no warm start (whose computation would take most of each run's time).
    let small = ["-r", "2", "--years", "1", "--threads", "1", "--set", "run.warmStart=false"]

    func testRunKilledAtEveryStepLeavesOldOrNewResults() throws {
        try assertEveryFaultLeavesOldOrNew(directories: ["results"]) { seed, root in
            ["run", "--seed", "\(seed)", "--out", root.appendingPathComponent("results").path]
        }
    }

    /// A comparison's directories are one set (`CommitJournal`): after a kill they are all old, or, once
    /// the next jeugdsim opens one of them, all new; never a new base beside an old comparison.
    func testCompareKilledAtEveryStepLeavesAllItsDirectoriesOldOrAllNew() throws {
        let scenarios = ["Scenarios/baseline-municipality.yaml", "Scenarios/front-1fte-add.yaml"]
        let outcomes = try assertEveryFaultLeavesOldOrNew(
            directories: ["baseline-municipality", "front-1fte-add", "compare-baseline-municipality"], together: true
        ) { seed, root in ["compare"] + scenarios + ["--seed", "\(seed)", "--out", root.path] }
        XCTAssertTrue(outcomes.contains("finished"), "no fault fell inside the journal's renames: \(outcomes)")
    }

    /// A sweep also keeps a record of each point it finished; those writes are steps too.
    func testSweepKilledAtEveryStepLeavesOldOrNewResults() throws {
        try assertEveryFaultLeavesOldOrNew(directories: ["sweep"]) { seed, root in
            ["sweep", "--set", "consultation.fte=0,1", "--seed", "\(seed)", "--out", root.appendingPathComponent("sweep").path]
        }
    }

    func testCalibrateKilledAtEveryStepLeavesOldOrNewResults() throws {
        try assertEveryFaultLeavesOldOrNew(directories: ["calibration"]) { seed, root in
            ["calibrate", "--seed", "\(seed)", "--out", root.appendingPathComponent("calibration").path]
        }
    }

    func testMergeKilledAtEveryStepLeavesOldOrNewResults() throws {
        let shards = work.appendingPathComponent("shards")
        for seed in [1, 2] {
            for number in 1...2 {
                let out = shards.appendingPathComponent("\(seed)-\(number)").path
                let shard = try jeugdsim(["run", "--seed", "\(seed)", "--shard", "\(number)/2", "--out", out] + small)
                XCTAssertEqual(shard.status, 0, shard.stderr)
            }
        }
        try assertEveryFaultLeavesOldOrNew(directories: ["results"], options: []) { seed, root in
            ["merge"] + (1...2).map { shards.appendingPathComponent("\(seed)-\($0)").path }
                + ["--out", root.appendingPathComponent("results").path]
        }
    }

    /// Where the file system cannot exchange two paths, the old results are renamed aside before the new
    /// ones take their place; a kill between the two renames leaves no results directory, and the next run
    /// puts the old results back (`recoverInterruptedSwap`) before anything else.
    func testFallbackSwapKilledAtEveryStepGivesBackOldOrNewResults() throws {
        let outcomes = try assertEveryFaultLeavesOldOrNew(directories: ["results"], environment: ["JEUGDSIM_NO_EXCHANGE": "1"]) {
            seed, root in ["run", "--seed", "\(seed)", "--out", root.appendingPathComponent("results").path]
        }
        XCTAssertTrue(outcomes.contains("aside"), "no fault fell between the two renames: \(outcomes)")
    }

    /// Writes the old results (seed 1) under `out`, the new ones (seed 2) under `reference`, then runs the
    /// command with seed 2 into `out`, killed before its 1st, 2nd, 3rd... step, until a run gets past its
    /// last step. After every kill each directory holds exactly the old files or exactly the new ones
    /// (`aside`: none, with the old results renamed aside, which the next run must put back); the last run
    /// leaves the new results and no leftovers. `together`: the directories are one set, all old or all new
    /// once the next run (killed before its first step of its own) has finished what a journal left
    /// (`finished`). Returns what each kill left, in order.
    @discardableResult
    func assertEveryFaultLeavesOldOrNew(
        directories: [String], options: [String]? = nil, environment: [String: String] = [:], together: Bool = false,
        command: (_ seed: Int, _ root: URL) -> [String], file: StaticString = #filePath, line: UInt = #line
    ) throws -> [String] {
        let options = options ?? small
        let out = work.appendingPathComponent("out")
        let reference = work.appendingPathComponent("reference")
        let resultsOf = { (root: URL) in try directories.map { try self.contents(root.appendingPathComponent($0)) } }
        for (seed, root) in [(1, out), (2, reference)] {
            let written = try jeugdsim(command(seed, root) + options, environment: environment)
            XCTAssertEqual(written.status, 0, written.stderr, file: file, line: line)
        }
        let old = try resultsOf(out)
        let new = try resultsOf(reference)
        XCTAssertNotEqual(old, new, "the two seeds should give different results", file: file, line: line)
        var outcomes: [String] = []
        for step in 1...1000 {
            let faulted = try jeugdsim(command(2, out) + options, environment: environment.merging(["JEUGDSIM_FAULT_AT": "\(step)"]) { $1 })
            if faulted.reason == .exit {
                XCTAssertEqual(faulted.status, 0, faulted.stderr, file: file, line: line)
                break
            }
            XCTAssertEqual(faulted.status, SIGKILL, "fault \(step): \(faulted.stderr)", file: file, line: line)
            if together {
                let journal = try FileManager.default.contentsOfDirectory(atPath: out.path).contains { $0.hasPrefix(".jeugdsim-commit-") }
                let next = try jeugdsim(command(2, out) + options, environment: environment.merging(["JEUGDSIM_FAULT_AT": "1"]) { $1 })
                XCTAssertEqual(next.status, SIGKILL, next.stderr, file: file, line: line)
                let states = try resultsOf(out)
                XCTAssertTrue(states == old || states == new, "fault \(step) left a mixture of old and new", file: file, line: line)
                outcomes += Array(repeating: journal ? "finished" : (states == old ? "old" : "new"), count: directories.count)
                continue
            }
            let visible = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { !$0.hasPrefix(".") }
            XCTAssertTrue(Set(visible).isSubset(of: directories), "fault \(step) left a visible partial directory", file: file, line: line)
            for (index, name) in directories.enumerated() {
                let directory = out.appendingPathComponent(name)
                guard FileManager.default.fileExists(atPath: directory.path) else {
                    XCTAssertEqual(environment["JEUGDSIM_NO_EXCHANGE"], "1", "fault \(step): no \(name)", file: file, line: line)
                    outcomes.append("aside")
                    // The next run, killed before its first step, has already put the old results back.
                    let next = try jeugdsim(command(2, out) + options, environment: environment.merging(["JEUGDSIM_FAULT_AT": "1"]) { $1 })
                    XCTAssertEqual(next.status, SIGKILL, next.stderr, file: file, line: line)
                    XCTAssertEqual(try contents(directory), old[index], "fault \(step): the old \(name) not back", file: file, line: line)
                    continue
                }
                let now = try contents(directory)
                XCTAssertTrue(now == old[index] || now == new[index], "fault \(step) left \(name) a mixture", file: file, line: line)
                outcomes.append(now == old[index] ? "old" : "new")
            }
        }
        let steps = outcomes.count / directories.count
        XCTAssertGreaterThan(steps, 3, "too few steps to be a results commit: \(outcomes)", file: file, line: line)
        XCTAssertLessThan(steps, 1000, "no run got past its last step", file: file, line: line)
        XCTAssertTrue(
            outcomes.contains("old") && (outcomes.contains("new") || outcomes.contains("finished")), "\(outcomes)", file: file, line: line)
        XCTAssertEqual(try resultsOf(out), new, "the run past its last step left the new results", file: file, line: line)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { !$0.hasSuffix(".lock") }
        XCTAssertEqual(Set(leftovers), Set(directories), "leftovers of killed runs", file: file, line: line)
        print("\(name): \(steps) fault points")
        return outcomes
    }
}
