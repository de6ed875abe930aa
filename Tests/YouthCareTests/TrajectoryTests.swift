import SimKernel
import XCTest

@testable import YouthCare

/// Trajectories as CBS counts them: one per child per provider type (`docs/model.md`, outputs).
final class TrajectoryTests: XCTestCase {
    func testBandsFollowTheCalendar() {
        XCTAssertEqual(DurationBand.of(days: 0), .under3m)
        XCTAssertEqual(DurationBand.of(days: 91), .under3m, "three months are 91.3 days")
        XCTAssertEqual(DurationBand.of(days: 92), .from3to6m)
        XCTAssertEqual(DurationBand.of(days: 365), .from6to12m)
        XCTAssertEqual(DurationBand.of(days: 366), .from1to2y)
        XCTAssertEqual(DurationBand.of(days: 4 * 365.25), .over4y)
    }

    func testAdviceIsNoTrajectoryAndDayTreatmentIsHelpWithoutStay() {
        XCTAssertNil(ProviderType.of(.generalist, assigned: 2, aftercare: false))
        XCTAssertEqual(ProviderType.of(.generalist, assigned: 3, aftercare: false), .neighbourhoodTeam)
        XCTAssertEqual(ProviderType.of(.generalist, assigned: 5, aftercare: true), .neighbourhoodTeam)
        XCTAssertEqual(ProviderType.of(.outOfHome(.dayTreatment), assigned: 7, aftercare: false), .withoutStay)
        XCTAssertEqual(ProviderType.of(.outOfHome(.fosterCare), assigned: 7, aftercare: false), .withStay)
        XCTAssertNil(ProviderType.of(.caseworker, assigned: 7, aftercare: false))
    }

    /// Level-6 needs only, every one triaged to level 5 where help below the need always fails, so each
    /// child has a level-5 and then a level-6 episode of 120 days each at the same provider type, with
    /// places enough that nobody waits long: one trajectory of 240 days or more (6-12 months), not two of
    /// 120 (3-6 months).
    func testAStepUpWithinAProviderTypeContinuesTheTrajectory() {
        var changes: [String: Double] = [
            "access.triageErrors": 1, "access.triageAccuracy": 0, "access.overAssignmentShare": 0,
            "access.directReferralAccuracy": 0, "specialist.underAssignedFailure": 1, "specialist.outcomes.stepDown": 0,
            "specialist.outcomes.stepUp": 0, "specialist.outcomes.dropOut": 0, "naturalCourse.enabled": 0,
            "specialist.capacity.level5": 10_000, "specialist.capacity.level6": 10_000, "access.capacity": 10_000,
        ]
        for level in 5...6 {
            changes["specialist.duration.level\(level).meanDays"] = 120
            changes["specialist.duration.level\(level).cv"] = 0
        }
        for result in simulate(onlyNeeds(6...6, changes), replications: 4) {
            let share = { (band: DurationBand) in result.figures[Metric(.endedTrajectoriesDurationShare, .duration(band))]! }
            XCTAssertGreaterThan(result.figures[Metric(.stepUps, .level(5))]!, 100, "level-5 care fails and steps up")
            XCTAssertEqual(share(.from6to12m), 1, accuracy: 1e-9, "one trajectory per child")
            XCTAssertEqual(share(.from3to6m), 0)
        }
    }
}
