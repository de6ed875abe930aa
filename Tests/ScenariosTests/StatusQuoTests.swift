import Foundation
import Scenarios
import SimKernel
import TestSupport
import XCTest
import YouthCare

/// Policies start from today (`Scenario.statusQuo`, docs/model.md): a compared variant runs its base's warm
/// start and warm-up, and its own values take effect at the first reported month.
final class StatusQuoTests: XCTestCase {
    static let scenarios = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Scenarios")

    func load(_ name: String) throws -> Scenario {
        try ScenarioLoader.load(Self.scenarios.appendingPathComponent(name).path)
    }

    func run(_ scenario: Scenario, _ base: Scenario, replications: Int = 20) -> [ReplicationResult] {
        Experiment.run(scenario.parameters, replications: replications, seed: testSeed(base.seed))
    }

    func mean(_ results: [ReplicationResult], _ figure: Figure, year: Int? = nil) -> Double {
        Summary(results.map { $0.figures[Metric(figure, year: year)]! }).mean
    }

    /// A consultation function that starts today resolves fewer needs at the front in its first year than
    /// once settings have learned (M13); run as if it had always existed, the first year is already the
    /// last. Specialists in a split role, so that their advice keeps its worth, and settings that learn ten
    /// times more than the default (bounded by De Ronde Venen), so that the build-up is large. Over 20
    /// replications the yearly means are known to about 2 needs (a standard error): margins of 20 needs leave
    /// a right model no measurable chance to fail.
    func testAPolicyBuildsUpFromTheStatusQuo() throws {
        let base = try load("baseline-municipality.yaml")
        let policy = try load("front-2fte-split.yaml").setting("competence.maximumResolution", to: 0.1, because: "a large build-up")
        let fromToday = run(policy.startingFrom(base), base)
        let always = run(policy, base)
        let (first, last) = (mean(fromToday, .perYearResolvedLocally, year: 2026), mean(fromToday, .perYearResolvedLocally, year: 2035))
        XCTAssertLessThan(first, last - 20, "from today: \(first) in the first year, \(last) in the last")
        let (steadyFirst, steadyLast) = (
            mean(always, .perYearResolvedLocally, year: 2026), mean(always, .perYearResolvedLocally, year: 2035)
        )
        XCTAssertEqual(steadyFirst, steadyLast, accuracy: 10, "as if it had always existed")
        XCTAssertGreaterThan(steadyFirst, first + 20)
    }

    /// Specialists moved wholly out of treatment start with advice worth as much as the split role's, and
    /// lose it over the years (half-life 2 years): in the last year the shift resolves far fewer needs at the
    /// front than in its first, and than the split role. Means known to about 1 need (13 against 1 and 16 on
    /// the default seed); margins of 5.
    func testAdviceWearsOffWhenTheSpecialistsNoLongerTreat() throws {
        let base = try load("baseline-municipality.yaml")
        let shift = run(try load("front-2fte-shift.yaml").startingFrom(base), base)
        let split = run(try load("front-2fte-split.yaml").startingFrom(base), base)
        let (first, last) = (mean(shift, .perYearResolvedLocally, year: 2026), mean(shift, .perYearResolvedLocally, year: 2035))
        XCTAssertLessThan(last, first - 5, "the shift: \(first) in the first year, \(last) in the last")
        XCTAssertLessThan(last, mean(split, .perYearResolvedLocally, year: 2035) - 5, "the split role keeps its worth")
        XCTAssertLessThan(mean(shift, .consultationWorth), 0.05, "after ten years of a two-year half-life, about 1/32")
    }

    /// A variant equal to its base is its base, to the bit: no step is taken at the first reported month,
    /// and the warm start is the base's.
    func testAVariantEqualToItsBaseRunsAsTheBase() throws {
        let base = try load("baseline-municipality.yaml")
        var same = base
        same.name = "same"
        let a = run(base, base, replications: 3)
        let b = run(same.startingFrom(base), base, replications: 3)
        XCTAssertEqual(a.map(\.figures), b.map(\.figures))
    }

    /// Demand growth starts at the run's start: its first reported year begins from the baseline's state,
    /// where growth from the start of the warm-up had begun it with shorter lists (12 days' shorter waits and
    /// EUR 1.47 M less spending in 2026). Paired over 20 replications the first year's wait differs by less
    /// than half a day (0.07 on the default seed, a standard error of about 0.03), and spending by the growth
    /// within the year (about 0.1 %); at 2 days and 1 % a right model does not fail.
    func testGrowthStartsAtTheRunsStart() throws {
        let base = try load("baseline-municipality.yaml")
        let growth = try load("growth-6pct.yaml")
        let (b, g) = (run(base, base), run(growth.startingFrom(base), base))
        func paired(_ metric: Metric) -> Summary {
            Summary.paired(base: b.map { $0.figures[metric]! }, variant: g.map { $0.figures[metric]! })
        }
        let wait = paired(Metric(.waitMean, .pooledSpecialist, year: 2026))
        XCTAssertLessThan(abs(wait.mean), 2, "first year's specialist wait")
        let spending = paired(Metric(.spendPerYear, year: 2026))
        XCTAssertLessThan(abs(spending.mean), 0.01 * mean(b, .spendPerYear, year: 2026), "first year's spending")
        let steady = run(growth, base)
        let steadyWait = Summary.paired(
            base: b.map { $0.figures[Metric(.waitMean, .pooledSpecialist, year: 2026)]! },
            variant: steady.map { $0.figures[Metric(.waitMean, .pooledSpecialist, year: 2026)]! })
        XCTAssertLessThan(abs(steadyWait.mean), 2, "steady state too: the warm-up runs at the first year's demand")
    }

    /// A step of a timeline that stops every hazard (natural course and giving up) leaves no hazard drawn at
    /// the old rates to fire: from that month no family gives up or leaves a list because its need resolved.
    /// Deterministic: a pending hazard that fired would count.
    func testAStepThatStopsHazardsLeavesNoneToFire() throws {
        let scenario = try ScenarioLoader.load(
            text: """
                timeline:
                  - from: 2026-01
                    set: {waiting.enabled: false, naturalCourse.enabled: false}
                run: {years: 2}
                """, file: "stop.yaml")
        for result in Experiment.run(scenario.parameters, replications: 4, seed: testSeed(7)) {
            XCTAssertEqual(result.figures[Metric(.gaveUpWaiting)], 0)
            for service in Service.all {
                XCTAssertEqual(result.figures[Metric(.leftWaitingListResolvedUnaided, .service(service))], 0, "\(service)")
            }
        }
    }

    /// A step that makes families give up within days (a hundred times a year) applies to those already on
    /// a list: their pending events are redrawn at the new rate, so in the step's month the level-5 list
    /// averages about an eighth (3.65 days of 30) of what it holds when the same step comes a month later;
    /// left at their old rates (none: the natural course is off) they would wait to be served. Below half
    /// leaves a right model no measurable chance to fail.
    func testAStepRedrawsThePendingHazards() throws {
        func levelFiveList(stepFrom month: String) throws -> [Double] {
            let scenario = try ScenarioLoader.load(
                text: """
                    waiting: {dropoutPerYear: 0}
                    naturalCourse: {enabled: false}
                    timeline:
                      - from: \(month)
                        set: {waiting.dropoutPerYear: 100}
                    run: {years: 1}
                    """, file: "redraw.yaml")
            return try Experiment.run(scenario.parameters, replications: 2, seed: testSeed(7)).map {
                try XCTUnwrap($0.series[Metric(.waitingList, .service(.specialist(5)))])[0]
            }
        }
        for (now, later) in zip(try levelFiveList(stepFrom: "2026-01"), try levelFiveList(stepFrom: "2026-02")) {
            XCTAssertLessThan(now, 0.5 * later, "the level-5 list in January, with the step in January and in February")
        }
    }
}
