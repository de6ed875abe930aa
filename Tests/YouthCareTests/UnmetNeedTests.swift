import Scenarios
import SimKernel
import XCTest
import YouthCare

/// Unmet need is never free (`docs/model.md`, the flow): a family that leaves without help keeps its need,
/// and the child-years it lives with it are counted.
final class UnmetNeedTests: XCTestCase {
    /// With the natural course off, a need that left without help can only come back: every family that gave
    /// up waiting or stopped its care applies again (at 100 a year, within days), where before half of them
    /// left for good. Deterministic in what it asserts (at most the few that left in the last days are
    /// still away): it cannot fail by chance at these counts.
    func testAFamilyThatLeftWithoutHelpComesBackWhileItsNeedLasts() {
        let p = onlyNeeds(
            5...5,
            [
                "naturalCourse.enabled": 0, "waiting.dropoutPerYear": 6, "waiting.returnPerYear": 100,
                "specialist.outcomes.dropOut": 0.2, "specialist.capacity.level5": 40,
            ])
        for result in simulate(p, replications: 4) {
            let f = result.figures
            let left = f[Metric(.droppedOut)]!
            XCTAssertGreaterThan(left, 50, "families leave without help")
            XCTAssertEqual(f[Metric(.resolvedUnaided)]!, 0, "no need resolves by itself with the natural course off")
            XCTAssertGreaterThan(f[Metric(.returnedAfterGivingUp)]!, 0.97 * left, "a family that left keeps its need and comes back")
        }
    }

    /// Little's law: in a steady state where every level-3 need is helped once and resolved (natural course
    /// off, exact triage, success certain, no relapse), child-years with an unmet need per year equal new
    /// needs per year times the mean time from onset to help, in years. The two are measured apart (the one
    /// integrated over time, the other averaged over those helped), so they agree only if the integration is
    /// right. Needs arise in children under 12 only, so that none reaches 18 within the run and leaves youth
    /// care unhelped (`age.*`). Over eight replications of five years the means agree within about 1 % (standard error); at
    /// 5 % a right model fails less than once in a million runs.
    func testChildYearsWithUnmetNeedFollowLittlesLaw() {
        var changes: [String: Double] = [
            "naturalCourse.enabled": 0, "waiting.enabled": 0, "generalist.success.level3": 1, "generalist.fte": 60,
            "onset.ageBandShares.age0to3": 0.5, "onset.ageBandShares.age4to11": 0.5, "onset.ageBandShares.age12to17": 0,
            "onset.ageBandShares.age18to22": 0,
        ]
        changes["run.years"] = 5
        let results = simulate(onlyNeeds(3...3, changes), replications: 8)
        let unmet = Summary(figures(results, Metric(.unmetNeedChildYears))).mean
        let arrivals = Summary(figures(results, Metric(.perYearArrivals))).mean
        let timeToHelp = Summary(figures(results, Metric(.timeToHelpMean))).mean
        XCTAssertGreaterThan(unmet, 10)
        XCTAssertEqual(unmet, arrivals * timeToHelp / ModelTime.daysPerYear, accuracy: 0.05 * unmet)
        let perLevel = Levels.all.reduce(0.0) { $0 + Summary(figures(results, Metric(.unmetNeedChildYears, .level($1)))).mean }
        XCTAssertEqual(perLevel, unmet, accuracy: 1e-9 * unmet, "the levels add up to the whole")
    }
}
