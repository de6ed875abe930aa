import Foundation
import XCTest

/// End to end: the built `jeugdsim` binary, as a user runs it.
final class CommandLineTests: JeugdsimTestCase {
    /// The same scenario and seed give byte-identical results, on one thread or two.
    func testRunIsByteIdenticalWhateverTheThreads() throws {
        let a = work.appendingPathComponent("a")
        let b = work.appendingPathComponent("b")
        let first = try jeugdsim(["run", "Scenarios/front-1fte-shift.yaml", "-r", "4", "--years", "2", "--threads", "1", "--out", a.path])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.contains("Wait for specialist care"))
        XCTAssertTrue(first.stdout.contains(" to "), "the summary gives intervals")
        try jeugdsim(["run", "Scenarios/front-1fte-shift.yaml", "-r", "4", "--years", "2", "--threads", "2", "--out", b.path])
        let filesA = try contents(a)
        let filesB = try contents(b)
        XCTAssertEqual(
            Set(filesA.keys),
            [
                "scenario.yaml", "summary.json", "levels.csv", "timeseries.csv", "replications.csv", "budget.csv",
            ])
        XCTAssertEqual(filesA, filesB)
        XCTAssertTrue(FileManager.default.fileExists(atPath: a.appendingPathComponent("run.json").path))
    }

    func testDutchCSV() throws {
        let out = work.appendingPathComponent("nl")
        try jeugdsim(["run", "-r", "2", "--years", "1", "--out", out.path, "--dutch-csv"])
        let csv = try String(contentsOf: out.appendingPathComponent("levels.csv"), encoding: .utf8)
        XCTAssertTrue(csv.hasPrefix("scenario;metric;group;year;mean"))
        XCTAssertTrue(csv.contains(where: { $0 == "," }), "decimal commas")
    }

    func testValidateReportsFileLineAndKeyAndFails() throws {
        let broken = work.appendingPathComponent("broken.yaml")
        try "generalist:\n  fte: lots\nspecialist:\n  capacty: {level5: 3}\n".write(to: broken, atomically: true, encoding: .utf8)
        let result = try jeugdsim(["validate", broken.path])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("\(broken.path):2:8: generalist.fte: found 'lots', expected a number"), result.stderr)
        XCTAssertTrue(
            result.stderr.contains("\(broken.path):4:3: specialist.capacty: unknown key; did you mean 'specialist.capacity"), result.stderr)
        // A scenario with errors writes nothing.
        let out = work.appendingPathComponent("nothing")
        XCTAssertNotEqual(try jeugdsim(["run", broken.path, "--out", out.path]).status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path))
    }

    /// warmup writes its diagnostic and keeps its recommendation; a later run of the scenario with a
    /// shorter warm-up warns.
    func testWarmUpRecommendsAndALaterRunWithLessWarns() throws {
        let out = work.appendingPathComponent("warmup")
        let cold = ["--set", "run.warmStart=false"]
        let pilot = try jeugdsim(["warmup", "-r", "4", "--years", "4", "--set", "run.warmUpYears=2", "--out", out.path] + cold)
        XCTAssertEqual(pilot.status, 0, pilot.stderr)
        XCTAssertTrue(pilot.stdout.contains("Recommended warm-up:"), pilot.stdout)
        for file in ["series.csv", "truncation.csv", "warmup.json"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), file)
        }
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("warmup.json"))) as! [String: Any]
        let recommended = try XCTUnwrap(json["recommendedYears"] as? Int)
        XCTAssertGreaterThanOrEqual(recommended, 1, "a run from empty has a transient")
        let short = try jeugdsim(
            [
                "run", "-r", "2", "--years", "1", "--set", "run.warmUpYears=0", "--out", work.appendingPathComponent("r").path,
            ] + cold)
        XCTAssertEqual(short.status, 0, short.stderr)
        XCTAssertTrue(short.stderr.contains("shorter than the \(recommended) years 'jeugdsim warmup' recommends"), short.stderr)
    }

    /// --precision chooses the replications, says why it stopped, and records it; a share outside (0, 1) is
    /// refused with what was expected.
    func testPrecisionChoosesTheReplicationsAndSaysWhy() throws {
        let out = work.appendingPathComponent("precise")
        let result = try jeugdsim(["run", "--precision", "0.5", "--years", "1", "--set", "run.warmUpYears=1", "--out", out.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Replications: every headline within 50 % at 10 replications"), result.stdout)
        let run = try String(contentsOf: out.appendingPathComponent("run.json"), encoding: .utf8)
        XCTAssertTrue(run.contains("\"rule\": \"precision\""), run)
        let bad = try jeugdsim(["run", "--precision", "5"])
        XCTAssertNotEqual(bad.status, 0)
        XCTAssertTrue(bad.stderr.contains("--precision must be a share between 0 and 1"), bad.stderr)
    }

    /// --attribute says where the differences come from, on the screen and in a CSV per variant.
    func testCompareAttributeWritesWhereTheDifferencesComeFrom() throws {
        let result = try jeugdsim([
            "compare", "Scenarios/baseline-municipality.yaml", "Scenarios/front-2fte-shift.yaml", "--attribute",
            "-r", "3", "--years", "1", "--set", "run.warmUpYears=1", "--out", work.path,
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Where the differences come from"), result.stdout)
        XCTAssertTrue(result.stdout.contains("treatment places the shift takes"), result.stdout)
        let csv = try String(
            contentsOf: work.appendingPathComponent("compare-baseline-municipality/front-2fte-shift-attribution.csv"), encoding: .utf8)
        XCTAssertTrue(csv.hasPrefix("base,variant,metric,group,source,mean,lower95,upper95,distinguishable"), csv)
        XCTAssertTrue(csv.contains(",localResolution,") && csv.contains(",rest,"), csv)
    }

    /// breakeven refuses what it cannot search, naming the option and what was expected, and writes its
    /// verdict for what it can.
    func testBreakEvenRefusesBadOptionsAndWritesItsVerdict() throws {
        let files = ["breakeven", "Scenarios/baseline-municipality.yaml", "Scenarios/front-2fte-shift.yaml"]
        let headline = try jeugdsim(files + ["--parameter", "consultation.generalistSuccessEffect", "--headline", "wait.mean"])
        XCTAssertNotEqual(headline.status, 0)
        XCTAssertTrue(headline.stderr.contains("--headline: unknown headline 'wait.mean', expected one of"), headline.stderr)
        let choice = try jeugdsim(files + ["--parameter", "consultation.funding", "--headline", "wait.mean.specialist"])
        XCTAssertNotEqual(choice.status, 0)
        XCTAssertTrue(choice.stderr.contains("expected a key that takes a number"), choice.stderr)
        let neutral = try jeugdsim(files + ["--parameter", "consultation.settingResolution", "--headline", "perYear.arrivals"])
        XCTAssertNotEqual(neutral.status, 0)
        XCTAssertTrue(neutral.stderr.contains("--worse higher or --worse lower"), neutral.stderr)
        let range = try jeugdsim(
            files + ["--parameter", "consultation.settingResolution", "--headline", "spend.perYear", "--range", "0...2"])
        XCTAssertNotEqual(range.status, 0)
        XCTAssertTrue(range.stderr.contains("leaves the range of consultation.settingResolution"), range.stderr)
        let out = work.appendingPathComponent("be")
        let search = try jeugdsim(
            files + [
                "--parameter", "consultation.settingResolution", "--headline", "wait.mean.specialist", "--points", "2",
                "--refinements", "1", "-r", "3", "--years", "1", "--set", "run.warmUpYears=1", "--out", out.path,
            ])
        XCTAssertEqual(search.status, 0, search.stderr)
        let verdict = try String(contentsOf: out.appendingPathComponent("breakeven.json"), encoding: .utf8)
        XCTAssertTrue(verdict.contains("\"verdict\""), verdict)
        XCTAssertTrue(
            search.stdout.contains(try XCTUnwrap(verdict.split(separator: "\"sentence\" : \"").last?.split(separator: "\"").first)))
    }

    func testCompareGivesPairedDifferencesInPlainLanguage() throws {
        let result = try jeugdsim([
            "compare", "Scenarios/baseline-municipality.yaml", "Scenarios/front-4fte-shift.yaml",
            "-r", "6", "--years", "2", "--out", work.path,
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        // One aligned row per headline: base, variant, difference, interval and verdict.
        let row = try XCTUnwrap(result.stdout.split(separator: "\n").first { $0.contains("Wait for specialist care ") }, result.stdout)
        XCTAssertTrue(row.contains(" to ") && (row.contains("higher") || row.contains("lower") || row.hasSuffix("-")), String(row))
        XCTAssertTrue(result.stdout.contains("Spending per need that arose"), result.stdout)
        XCTAssertTrue(result.stdout.contains("figure") && result.stdout.contains("95 % interval"), result.stdout)
        let csv = try String(contentsOf: work.appendingPathComponent("compare-baseline-municipality/front-4fte-shift.csv"), encoding: .utf8)
        XCTAssertTrue(csv.hasPrefix("base,variant,metric,group,year,base_mean,variant_mean,difference_mean"))
        // The console and the verdicts file the report reads say the same: as many headlines better, worse and
        // not distinguishable in each.
        let verdicts = try String(
            contentsOf: work.appendingPathComponent("compare-baseline-municipality/front-4fte-shift-verdicts.csv"), encoding: .utf8
        ).split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
            .filter { $0[2] != "spend.cumulative" }
        let table = result.stdout.split(separator: "\n").drop { !$0.contains("95 % interval") }.dropFirst().prefix(verdicts.count)
        XCTAssertEqual(table.count, verdicts.count, result.stdout)
        for (word, column, value) in [("better", 9, "better"), ("worse", 9, "worse")] {
            XCTAssertEqual(
                table.filter { $0.hasSuffix(", \(word)") }.count, verdicts.filter { $0[column] == value }.count, "\(word): \(result.stdout)"
            )
        }
        XCTAssertEqual(table.filter { $0.hasSuffix(" -") }.count, verdicts.filter { $0[7] == "no" }.count, result.stdout)
    }

    func testSweepGivesOneRowPerPoint() throws {
        let result = try jeugdsim([
            "sweep", "--set", "consultation.fte=0,2", "-r", "3", "--years", "1", "--out", work.appendingPathComponent("s").path,
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        let rows = result.stdout.split(separator: "\n").filter { $0.hasPrefix("0 ") || $0.hasPrefix("1 ") }
        XCTAssertEqual(rows.count, 2, result.stdout)
        XCTAssertTrue(FileManager.default.fileExists(atPath: work.appendingPathComponent("s/sweep.csv").path))
    }

    /// An option that cannot apply is refused before any work, not ignored (issue "Nothing lost, second round").
    func testOptionsThatCannotApplyAreRefused() throws {
        let cases: [([String], String)] = [
            (["sweep", "--set", "consultation.fte=0,1", "--precision", "0.5"], "--precision applies to run and compare, not to sweep"),
            (["calibrate", "--precision", "0.5"], "not to calibrate"),
            (
                [
                    "run", "--threads", "1000", "-r", "1000", "--set", "consultation.fte=1000", "--set", "consultation.funding=add",
                    "--set", "consultation.hoursPerConsultation=100", "--set", "consultation.inducedNeedsPerConsultation=10",
                ], "1000 side by side), more than the"
            ),
            (["run", "--precision", "0.1", "--max-replications", "10000000000"], "--max-replications must be from 2 to 1000000"),
            (["describe", "--load", "2000000"], "--load (replications; two give an interval) must be from 2 to 1000000"),
            (["theory", "--replications", "99999999"], "must be from 2 to 1000000, got 99999999"),
            (["run", "--shard", "1/2", "--precision", "0.1"], "not to a shard"),
            (
                [
                    "breakeven", "Scenarios/baseline-municipality.yaml", "Scenarios/front-2fte-shift.yaml", "--parameter",
                    "consultation.fte", "--headline", "wait.mean.specialist", "--points", "1000000000",
                ], "--points must be from 2 to 1000, got 1000000000"
            ),
        ]
        for (arguments, message) in cases {
            let result = try jeugdsim(arguments + ["--out", work.appendingPathComponent("out").path])
            XCTAssertNotEqual(result.status, 0, "\(arguments)")
            XCTAssertTrue(result.stderr.contains(message), "\(arguments): expected '\(message)' in \(result.stderr)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.appendingPathComponent("out").path))
    }

    func testDescribeListsProvenanceAndAssumptions() throws {
        let result = try jeugdsim(["describe", "Scenarios/addon.yaml"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("addOn.mode: addOn  # [-] Scenarios/addon.yaml:"))
        XCTAssertTrue(result.stdout.contains("# Assumptions this scenario rests on"))
        XCTAssertTrue(result.stdout.contains("Van denken naar doen l.974"))
    }

    func testHelpTeachesWithExamples() throws {
        let commands = [
            "run", "compare", "breakeven", "sweep", "merge", "slurm", "report", "validate", "describe", "calibrate",
            "theory", "bench", "bench model", "warmup", "uncertainty",
        ]
        for command in commands {
            let help = try jeugdsim(command.split(separator: " ").map(String.init) + ["--help"])
            XCTAssertEqual(help.status, 0)
            XCTAssertTrue(help.stdout.contains("Example"), "\(command) --help has no example")
            XCTAssertEqual(raggedLines(help.stdout), [], "\(command) --help")
        }
    }

    /// Lines of a help text (before USAGE, wrapped at 80 columns) that show a break the text did not mean: an
    /// example too wide for the width, continued at the margin, or a short line in mid-paragraph (a line break
    /// written into the source that the wrapping kept).
    private func raggedLines(_ help: String) -> [String] {
        let lines = help.components(separatedBy: "\n").prefix { !$0.hasPrefix("USAGE:") }
        return zip(lines, lines.dropFirst()).compactMap { line, next in
            let prose = { (text: String) in !text.isEmpty && !text.hasPrefix(" ") && !text.hasPrefix("- ") }
            if line.hasPrefix(" ") && prose(next) { return next }
            if prose(line) && line.count < 40 && prose(next) { return line + " / " + next }
            return nil
        }
    }
}
