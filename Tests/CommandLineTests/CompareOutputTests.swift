import Foundation
import XCTest

/// What compare, sweep, breakeven and report write, read back as a user reads it (issue 30).
final class CompareOutputTests: JeugdsimTestCase {
    let small = ["--years", "1", "--set", "run.warmUpYears=1"]

    /// The rows of a CSV file split at `separator` (the files quote nothing these tests read).
    func rows(_ file: URL, _ separator: Character = ",") throws -> [[String]] {
        let text = try String(contentsOf: file, encoding: .utf8)
        XCTAssertFalse(text.contains("\""), "\(file.lastPathComponent): a quoted field would split wrongly")
        return text.split(separator: "\n").map { $0.split(separator: separator, omittingEmptySubsequences: false).map(String.init) }
    }

    /// The rows of a CSV file as dictionaries by its header.
    func records(_ file: URL) throws -> [[String: String]] {
        let all = try rows(file)
        let header = try XCTUnwrap(all.first)
        return all.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    func number(_ record: [String: String], _ column: String) throws -> Double {
        try XCTUnwrap(Double(record[column] ?? ""), "\(column) in \(record)")
    }

    /// A policy that starts in 2027: the year table has every reported year, 2026 shows no difference at all
    /// (on common random numbers the variant is the base until then), the cumulative spending difference is
    /// the sum of the yearly ones, and the payback said is the one those cumulative figures give. Beside it,
    /// a variant built to pay back: level-6 care dearer until 2028 and far cheaper from then on, which moves
    /// money only, so that its cumulative difference turns in its favour within the horizon.
    func testPhasedPolicyDiffersOnlyFromItsStartAndPaysBackAsItsCumulativeSpendingSays() throws {
        let paysBack = work.appendingPathComponent("pays-back.yaml")
        let baseline = Self.repository.appendingPathComponent("Scenarios/baseline-municipality.yaml").path
        try """
        extends: \(baseline)
        name: pays-back
        money: {level6: {price: 31000}}
        timeline:
          - from: 2028-01
            set: {money.level6.price: 5000}

        """.write(to: paysBack, atomically: true, encoding: .utf8)
        let result = try jeugdsim([
            "compare", "Scenarios/baseline-municipality.yaml", "Scenarios/front-2fte-shift-2027.yaml", paysBack.path, "-r", "3",
            "--years", "4", "--set", "run.warmUpYears=1", "--threads", "2", "--out", work.appendingPathComponent("out").path,
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        let folder = work.appendingPathComponent("out/compare-baseline-municipality")
        let sections = result.stdout.components(separatedBy: "\npays-back against ")
        XCTAssertEqual(sections.count, 2, result.stdout)
        var paybacks: [String: Int?] = [:]
        for (variant, text) in zip(["front-2fte-shift-2027", "pays-back"], sections) {
            let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            let header = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("year ") }, "the year table: \(text)")
            XCTAssertEqual(lines[(header + 1)...].prefix(4).map { String($0.prefix(4)) }, ["2026", "2027", "2028", "2029"], text)
            let years = try records(folder.appendingPathComponent("\(variant)-years.csv"))
            XCTAssertGreaterThan(years.filter { $0["year"] == "2026" }.count, 15, "every headline has a row for 2026")

            // The cumulative difference, by an independent route: the yearly spending rows of the paired CSV.
            let paired = try records(folder.appendingPathComponent("\(variant).csv"))
            var sum = 0.0
            var cumulative: [(year: Int, mean: Double)] = []
            for year in 2026...2029 {
                let spend = try XCTUnwrap(paired.first { $0["metric"] == "spend" && $0["group"] == "total" && $0["year"] == String(year) })
                sum += try number(spend, "variant_mean") - number(spend, "base_mean")
                let written = try XCTUnwrap(years.first { $0["metric"] == "spend.cumulative" && $0["year"] == String(year) })
                let mean = try number(written, "difference_mean")
                XCTAssertEqual(mean, sum, accuracy: 1e-6 * max(1, abs(sum)), "\(variant): spending since the start by \(year)")
                cumulative.append((year, mean))
            }
            // Payback: the first year from which the cumulative difference stays at or below zero, or none.
            let payback = cumulative.reversed().prefix { $0.mean <= 0 }.last?.year
            paybacks[variant] = payback
            let sentence = try XCTUnwrap(lines.first { $0.hasPrefix("Payback:") }, text)
            switch payback {
            case nil:
                XCTAssertTrue(sentence.hasPrefix("Payback: not within the horizon") && sentence.contains("by 2029"), sentence)
            case 2026:
                XCTAssertTrue(sentence.contains("from the first year on"), sentence)
            case let year?:
                XCTAssertTrue(sentence.contains("turns in \(variant)'s favour in \(year)"), sentence)
            }

            guard variant == "front-2fte-shift-2027" else { continue }
            XCTAssertEqual(
                lines[header + 1].components(separatedBy: "0 [0, 0]").count - 1, 3, "2026 shows no difference: \(lines[header + 1])")
            XCTAssertFalse(text.lowercased().contains("from 2026 on"), "no difference shows before the policy starts")
            for row in years where row["year"] == "2026" {
                let difference = try ["difference_mean", "difference_lower95", "difference_upper95"].map { try number(row, $0) }
                XCTAssertEqual(difference, [0, 0, 0], "\(row["metric"]!) \(row["group"]!) differs before the policy starts")
                XCTAssertEqual(row["distinguishable"], "no")
            }
            let consultations = try XCTUnwrap(years.first { $0["metric"] == "perYear.consultations" && $0["year"] == "2028" })
            XCTAssertEqual(consultations["distinguishable"], "yes", "the policy acts once it starts: \(consultations)")
        }
        XCTAssertEqual(paybacks["pays-back"], 2029, "dearer for two years, cheaper for two: \(result.stdout)")
    }

    /// --precision on compare: to a target it can reach, it stops at two batches and every headline's paired
    /// difference is within it; to one it cannot, it stops at --max-replications and says so; a maximum
    /// below two batches is refused.
    func testComparePrecisionMeetsItsTargetOrStopsAtTheMaximumAndSaysSo() throws {
        let files = ["compare", "Scenarios/front-1fte-shift.yaml", "Scenarios/front-2fte-shift.yaml", "--threads", "2"] + small
        let met = try jeugdsim(
            files + ["--precision", "0.5", "--max-replications", "40", "--out", work.appendingPathComponent("met").path])
        XCTAssertEqual(met.status, 0, met.stderr)
        XCTAssertTrue(met.stdout.contains("(20 paired replications"), met.stdout)
        XCTAssertTrue(met.stdout.contains("Replications: every headline within 50 % at 10 replications"), met.stdout)
        let folder = work.appendingPathComponent("met/compare-front-1fte-shift")
        let headlines = Set(
            try records(folder.appendingPathComponent("front-2fte-shift-years.csv")).filter { $0["metric"] != "spend.cumulative" }
                .map { "\($0["metric"]!)|\($0["group"]!)" })
        XCTAssertGreaterThan(headlines.count, 15)
        for row in try records(folder.appendingPathComponent("front-2fte-shift.csv")) where row["year"] == "" {
            guard headlines.contains("\(row["metric"]!)|\(row["group"]!)") else { continue }
            let halfWidth = try (number(row, "difference_upper95") - number(row, "difference_lower95")) / 2
            // Within half the base's mean, or near zero within the loosest absolute bound (10,000 euros a year).
            let bound = max(0.5 * abs(try number(row, "base_mean")), row["metric"] == "spend.perYear" ? 10_000 : 1)
            XCTAssertLessThanOrEqual(halfWidth, bound * (1 + 1e-9), "\(row["metric"]!) \(row["group"]!)")
        }
        let summary = try String(contentsOf: work.appendingPathComponent("met/front-2fte-shift/summary.json"), encoding: .utf8)
        XCTAssertTrue(summary.contains("\"replications\": 20,"), summary)

        let short = try jeugdsim(
            files + ["--precision", "0.001", "--max-replications", "20", "--out", work.appendingPathComponent("short").path])
        XCTAssertEqual(short.status, 0, short.stderr)
        XCTAssertTrue(short.stdout.contains("(20 paired replications"), short.stdout)
        XCTAssertTrue(short.stdout.contains("Replications: stopped at the maximum of 20 replications: "), short.stdout)
        let run = try String(contentsOf: work.appendingPathComponent("short/front-2fte-shift/run.json"), encoding: .utf8)
        XCTAssertTrue(run.contains("\"rule\": \"precision\""), run)

        let refused = try jeugdsim(files + ["--precision", "0.5", "--max-replications", "15", "--out", work.path])
        XCTAssertNotEqual(refused.status, 0)
        XCTAssertTrue(refused.stderr.contains("--max-replications must be at least 20 (two batches), got 15"), refused.stderr)
    }

    /// compare and sweep write the same bytes on one thread as on two, every file but run.json.
    func testCompareAndSweepAreByteIdenticalWhateverTheThreads() throws {
        for threads in ["1", "2"] {
            let compare = try jeugdsim(
                ["compare", "Scenarios/baseline-municipality.yaml", "Scenarios/front-2fte-shift.yaml", "-r", "3", "--threads", threads]
                    + small + ["--out", work.appendingPathComponent("compare\(threads)").path])
            XCTAssertEqual(compare.status, 0, compare.stderr)
            let sweep = try jeugdsim(
                ["sweep", "--set", "consultation.fte=0,2", "-r", "3", "--threads", threads] + small + [
                    "--out", work.appendingPathComponent("sweep\(threads)").path,
                ])
            XCTAssertEqual(sweep.status, 0, sweep.stderr)
        }
        for folder in ["compare1/baseline-municipality", "compare1/front-2fte-shift", "compare1/compare-baseline-municipality", "sweep1"] {
            let one = try contents(work.appendingPathComponent(folder))
            let two = try contents(work.appendingPathComponent(folder.replacingOccurrences(of: "1", with: "2")))
            XCTAssertGreaterThan(one.count, 1, folder)
            XCTAssertEqual(Set(one.keys), Set(two.keys), folder)
            for (name, data) in one { XCTAssertEqual(data, two[name], "\(folder)/\(name) differs between one thread and two") }
        }
    }

    /// --dutch-csv writes the same table as the standard CSV, field for field, with ';' between fields and a
    /// decimal comma in every number that has a fraction: for compare's paired differences and year table
    /// and for breakeven's points.
    func testDutchCSVOfCompareAndBreakEvenIsTheStandardTableWithSemicolonsAndDecimalCommas() throws {
        let compare = ["compare", "Scenarios/baseline-municipality.yaml", "Scenarios/front-2fte-shift.yaml", "-r", "3"] + small
        let breakEven =
            [
                "breakeven", "Scenarios/baseline-municipality.yaml", "Scenarios/front-2fte-shift.yaml", "--parameter",
                "consultation.settingResolution", "--headline", "wait.mean.specialist", "--points", "2", "--refinements", "1", "-r", "3",
            ] + small
        var pairs: [(URL, URL)] = []
        for (name, arguments, files) in [
            (
                "compare", compare,
                ["compare-baseline-municipality/front-2fte-shift.csv", "compare-baseline-municipality/front-2fte-shift-years.csv"]
            ),
            ("breakeven", breakEven, ["points.csv"]),
        ] {
            let standard = work.appendingPathComponent("\(name)-standard")
            let dutch = work.appendingPathComponent("\(name)-dutch")
            let a = try jeugdsim(arguments + ["--out", standard.path])
            XCTAssertEqual(a.status, 0, a.stderr)
            let b = try jeugdsim(arguments + ["--out", dutch.path, "--dutch-csv"])
            XCTAssertEqual(b.status, 0, b.stderr)
            pairs += files.map { (standard.appendingPathComponent($0), dutch.appendingPathComponent($0)) }
        }
        for (standardFile, dutchFile) in pairs {
            let standard = try rows(standardFile, ",")
            let dutch = try rows(dutchFile, ";")
            let name = dutchFile.lastPathComponent
            XCTAssertEqual(dutch.count, standard.count, name)
            XCTAssertGreaterThan(standard.count, 1, name)
            var fractions = 0
            for (s, d) in zip(standard, dutch) {
                XCTAssertEqual(d.count, standard[0].count, "\(name): a row splits into as many columns as the header: \(d)")
                for (plain, local) in zip(s, d) {
                    if Double(plain) != nil && plain.contains(".") {
                        fractions += 1
                        XCTAssertEqual(local, plain.replacingOccurrences(of: ".", with: ","), name)
                        XCTAssertEqual(Double(local.replacingOccurrences(of: ",", with: ".")), Double(plain), name)
                    } else {
                        XCTAssertEqual(local, plain, name)
                    }
                }
            }
            XCTAssertGreaterThan(fractions, 0, "\(name) has numbers with a fraction")
        }
    }

    /// breakeven of the baseline against itself over generalist.success.level3, the base's value set to 0.6:
    /// at 0.6 the variant is the base (a zero difference in every replication), below it the team resolves
    /// less and more families step up, so the search exits 0 and finds the estimate and both bounds of its
    /// interval inside the range, none above 0.6.
    func testBreakEvenFindsTheBasesOwnValueWithBothBounds() throws {
        let out = work.appendingPathComponent("be")
        let search = try jeugdsim(
            [
                "breakeven", "Scenarios/baseline-municipality.yaml", "Scenarios/baseline-municipality.yaml", "--parameter",
                "generalist.success.level3", "--headline", "perYear.stepUps", "--range", "0.2...1", "--points", "5",
                "--refinements", "3", "-r", "4", "--set", "generalist.success.level3=0.6", "--out", out.path,
            ] + small)
        XCTAssertEqual(search.status, 0, search.stderr)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("breakeven.json"))) as! [String: Any]
        XCTAssertEqual(json["verdict"] as? String, "breaksEven", "\(json)")
        let estimate = try XCTUnwrap(json["estimate"] as? Double)
        let lower = try XCTUnwrap(json["lower95"] as? Double, "the lower bound is inside the range: \(json)")
        let upper = try XCTUnwrap(json["upper95"] as? Double, "the upper bound is inside the range: \(json)")
        XCTAssertEqual(estimate, 0.6, accuracy: 0.1)
        XCTAssertTrue(0.2 < lower && lower <= estimate && estimate <= upper && upper <= 0.6 + 1e-9, "\(lower) \(estimate) \(upper)")
        let atBase = try XCTUnwrap(
            try rows(out.appendingPathComponent("points.csv")).first { abs((Double($0[3]) ?? 0) - 0.6) < 1e-9 }, "0.6 is tried")
        XCTAssertEqual(atBase[6...].map { Double($0) }, [0, 0, 0], "at the base's value the difference is zero")
    }

    /// A scenario that would create more needs than one run can hold is refused, naming the value and the
    /// limit, before any replication runs and before anything is written: on run and on a sweep point.
    func testAWorkloadBeyondWhatARunCanHoldIsRefusedBeforeTheWorkStarts() throws {
        let heavy = ["--set", "onset.youths=10000000", "--set", "onset.incidencePer1000.level2=1000"]
        let out = work.appendingPathComponent("heavy")
        let run = try jeugdsim(["run", "-r", "2", "--out", out.path] + heavy)
        XCTAssertNotEqual(run.status, 0)
        XCTAssertTrue(run.stderr.contains("onset.incidencePer1000.level2: these values create about 149 million new needs"), run.stderr)
        XCTAssertTrue(run.stderr.contains("more than the 50 million one run can hold"), run.stderr)
        XCTAssertFalse(run.stderr.contains("replications"), "refused before any replication: \(run.stderr)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path))
        let sweep = try jeugdsim(
            ["sweep", "--set", "onset.incidencePer1000.level2=20,1000", "--set", "onset.youths=10000000", "-r", "2", "--out", out.path])
        XCTAssertNotEqual(sweep.status, 0)
        XCTAssertTrue(sweep.stderr.contains("one run can hold"), sweep.stderr)
        XCTAssertFalse(sweep.stderr.contains("point 1/2"), "the first point does not run: \(sweep.stderr)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path))
    }

    /// report --lang en of a single run writes the English page beside the results, with the run's own figures.
    func testEnglishReportOfARunGivesItsFigures() throws {
        let out = work.appendingPathComponent("run")
        XCTAssertEqual(try jeugdsim(["run", "-r", "2", "--out", out.path] + small).status, 0)
        let report = try jeugdsim(["report", out.path, "--lang", "en"])
        XCTAssertEqual(report.status, 0, report.stderr)
        let page = try String(contentsOf: out.appendingPathComponent("report-en.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("<html lang=\"en\">"))
        XCTAssertTrue(page.contains("Results of Current situation") && page.contains("Headline figures"), page.prefix(2000).description)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.appendingPathComponent("report.html").path), "the Dutch page is not made")
        // Spending per year as the run's summary gives it, in English digits (thousands with commas).
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("summary.json"))) as! [String: Any]
        let headlines = try XCTUnwrap(summary["headlines"] as? [[String: Any]])
        let spending = try XCTUnwrap(headlines.first { $0["metric"] as? String == "spend.perYear" }?["mean"] as? Double)
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: "en_US")
        formatter.numberStyle = .decimal
        formatter.maximumFractionDigits = 0
        let written = try XCTUnwrap(formatter.string(from: NSNumber(value: spending)))
        XCTAssertTrue(page.contains("\(written) euros per year"), "spending \(written) in the report")
    }
}
