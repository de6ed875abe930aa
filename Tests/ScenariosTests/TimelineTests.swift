import Foundation
import Scenarios
import SimKernel
import TestSupport
import XCTest
import YouthCare

/// Policy timelines: read and checked like every value, resolved month by month with their ramps, and
/// taken up by the model from their month on, leaving the months before untouched.
final class TimelineTests: XCTestCase {
    func load(_ text: String) throws -> Scenario {
        try ScenarioLoader.load(text: text, file: "timeline.yaml")
    }

    func testARampGivesTheIntermediateValuesOnTheStatedMonths() throws {
        let scenario = try load(
            """
            timeline:
              - from: 2027-03
                rampMonths: 4
                set:
                  consultation.fte: 4
                  specialist.capacity.level5: 200
              - from: 2029-01
                set: {consultation: {funding: add}}
            """)
        let steps = scenario.timelineValues()
        // Month 14 is March 2027 (2026 is the first reported year).
        XCTAssertEqual(steps.map(\.month), [14, 15, 16, 17, 36])
        XCTAssertEqual(steps.map { $0.values["consultation.fte"]! }, [1, 2, 3, 4, 4])
        XCTAssertEqual(
            steps.map { $0.values["specialist.capacity.level5"]! }, [260, 240, 220, 200, 200], "whole places from 280")
        XCTAssertEqual(steps.last!.values["consultation.funding"], 1)
        XCTAssertEqual(steps.first!.values["consultation.funding"], 0, "the funding holds until its own step")
        let changes = scenario.parameters.changes
        XCTAssertEqual(changes.map(\.month), [14, 15, 16, 17, 36])
        XCTAssertEqual(changes[1].parameters.consultation.fte, 2)
    }

    /// Every problem with a timeline names the file, the step's line and the key, and says what is expected.
    func testBadTimelinesAreRefusedWithFileLineAndKey() throws {
        let cases: [(String, String)] = [
            (
                "timeline:\n  - from: 2025-06\n    set: {consultation.fte: 2}\n",
                "timeline.yaml:2:11: timeline.from: 2025-06 lies before the run's first reported month, 2026-01"
            ),
            (
                "timeline:\n  - from: 2027-13\n    set: {consultation.fte: 2}\n",
                "timeline.from: expected the month the step starts, as YYYY-MM"
            ),
            (
                "timeline:\n  - from: 2027-01\n    rampMonths: 12\n    set: {consultation.fte: 2}\n  - from: 2027-06\n    set: {consultation.fte: 4}\n",
                "timeline.yaml:5:11: consultation.fte: the step from 2027-01 with its 12-month ramp still moves it in 2027-06"
            ),
            (
                "timeline:\n  - from: 2027-01\n    rampMonths: 3\n    set: {addOn.mode: addOn}\n",
                "addOn.mode: is one of referral, addOn, which changes at once"
            ),
            ("timeline:\n  - from: 2027-01\n    set: {run.years: 3}\n", "run.years: cannot change during a run"),
            (
                "timeline:\n  - from: 2027-01\n    set:\n      consultation.ftee: 2\n",
                "timeline.yaml:4:7: consultation.ftee: unknown key; did you mean 'consultation.fte'?"
            ),
            ("timeline:\n  - from: 2027-01\n    set: {consultation.fte: lots}\n", "consultation.fte: found 'lots', expected a number"),
            (
                "timeline:\n  - from: 2027-01\n    set: {access.routeShares.municipalAccess: 0.9}\n",
                "from 2027-01: route shares must sum to 1"
            ),
        ]
        for (text, expected) in cases {
            XCTAssertThrowsError(try load(text), text) { error in
                XCTAssertTrue("\(error)".contains(expected), "expected '\(expected)' in:\n\(error)")
            }
        }
    }

    func testATimelineIsWrittenAndReadBackAndSurvivesAShard() throws {
        let text = "timeline:\n  - from: 2027-01\n    rampMonths: 6\n    set: {consultation.fte: 3, generalist.fte: 30}\n"
        XCTAssertNil(ScenarioRoundTrip.problem(loading: Data(text.utf8), as: "timeline.yaml"))
        let scenario = try load(text)
        let again = try load(ScenarioWriter.yaml(scenario))
        XCTAssertEqual(again.timelineValues().map(\.values), scenario.timelineValues().map(\.values))
        let shard = Shard(kind: .run, number: 1, count: 1, dutchCSV: false, scenario: scenario)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-shard-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try shard.json().write(to: folder.appendingPathComponent(Shard.fileName), atomically: true, encoding: .utf8)
        XCTAssertEqual(try Shard(directory: folder).scenario.timeline, scenario.timeline)
    }

    /// Consultation switched on in January 2028: nothing is asked before, every figure of 2026 and 2027 is
    /// the base's to the bit (common random numbers), and consultations are given from 2028. Exact but for
    /// the count of consultations, 864 or more on the default seed where 500 are needed (chance below 1e-20).
    func testATimelineChangesNothingBeforeItsMonth() throws {
        let base = try CommandLineSettings(assignments: ["run.warmUpYears=1"], replications: 4, seed: testSeed(3), years: 4).apply(
            to: .builtInDefault)
        var variant = base
        variant.timeline = [
            TimelineStep(
                year: 2028, month: 1, rampMonths: 0,
                values: ["consultation.fte": .init(value: 2, provenance: .assumption("test"))])
        ]
        let runner = ScenarioRunner(threads: 2, command: [])
        let (b, v) = (runner.simulate(base), runner.simulate(variant))
        for (r, (one, other)) in zip(b, v).enumerated() {
            let before = one.figures.keys.filter { $0.year == 2026 || $0.year == 2027 }
            XCTAssertGreaterThan(before.count, 50, "every figure of the two years")
            for metric in before {
                XCTAssertEqual(one.figures[metric]!.bitPattern, other.figures[metric]!.bitPattern, "\(metric) in replication \(r)")
            }
            XCTAssertEqual(other.figures[Metric(.perYearConsultations, year: 2027)], 0)
            XCTAssertGreaterThan(other.figures[Metric(.perYearConsultations, year: 2028)]!, 500)
            XCTAssertNotEqual(one.figures[Metric(.spendPerYear, year: 2028)], other.figures[Metric(.spendPerYear, year: 2028)])
        }
    }

    /// A cut of places by a timeline closes whole providers (the rest keep their size), and reaches the
    /// same offered load as a scenario that has the smaller capacity from the start.
    ///
    /// A right model fails this with chance about 0.01 % at most (by simulation of the check: two normal
    /// samples of 6 with equal means, the standard deviations measured on the default seed, 8.3 and 6.2 days,
    /// miss three of the wider 95 % half-width with chance 0.002 % at their measured correlation, 0.44, and
    /// 0.013 % if independent; the two means differed by 0.2 days against a bound of 26).
    func testACapacityCutClosesProvidersThatDrainTheirLists() throws {
        let base = try CommandLineSettings(assignments: ["run.warmUpYears=2"], replications: 6, seed: testSeed(8), years: 4).apply(
            to: .builtInDefault)
        var cut = base
        cut.timeline = [
            TimelineStep(
                year: 2026, month: 1, rampMonths: 0,
                values: ["specialist.capacity.level5": .init(value: 220, provenance: .assumption("test"))])
        ]
        let fromStart = base.setting("specialist.capacity.level5", to: 220, because: "test")
        let runner = ScenarioRunner(threads: 2, command: [])
        let load = { (results: [ReplicationResult]) in
            Summary(results.map { $0.figures[Metric(.waitMean, .pooledSpecialist, year: 2029)]! })
        }
        let (a, b) = (load(runner.simulate(cut)), load(runner.simulate(fromStart)))
        XCTAssertLessThan(
            abs(a.mean - b.mean), 3 * max(a.halfWidth, b.halfWidth), "by 2029 the cut is as if from the start: \(a.mean), \(b.mean)")
    }
}
