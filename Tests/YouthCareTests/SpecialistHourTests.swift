import Scenarios
import SimKernel
import XCTest

@testable import YouthCare

/// Money matches capacity (docs/model.md section 7): one price for a specialist's hour, treating or
/// consulting, derived from the treatment prices; a shift booked at it; placement types along a cost ladder.
/// Exact arithmetic on the defaults: no random numbers.
final class SpecialistHourTests: XCTestCase {
    /// A consultation hour costs what the same specialist's treatment hour costs (it cost EUR 77 against
    /// about 136 once), and it follows the treatment prices: one key, not two numbers that can drift.
    func testAConsultationHourCostsWhatATreatmentHourCosts() {
        let p = parameters([:], years: 1)
        let hour = p.consultationHourCost
        XCTAssertGreaterThan(hour, 0)
        for level in 4...6 {
            XCTAssertEqual(p.treatmentHourCost(level: level), hour, accuracy: 0.01 * hour, "level \(level)'s treatment hour")
        }
        let dearer = parameters(["money.level5.price": 7_700], years: 1)
        XCTAssertEqual(
            dearer.consultationHourCost - hour, 0.1 * p.treatmentHourCost(level: 5) * p.consultationPoolShares[5], accuracy: 1e-9,
            "dearer level-5 trajectories make a dearer consultation hour, by level 5's share of the hours")
    }

    /// A shift is budget-neutral by construction: what the consultation line books is what the levels'
    /// lines give up, each level's hours at its own treatment hour, even when the levels' hours are priced
    /// differently.
    func testAShiftBooksTheMovedHoursAtWhatTheyCostInTreatment() {
        let changes: [[String: Double]] = [[:], ["money.level6.price": 30_000, "money.level4.pricing": 2, "money.level4.price": 90]]
        for change in changes {
            let p = parameters(change.merging(["consultation.fte": 2, "consultation.funding": 0]) { $1 }, years: 1)
            let taken = YouthCareModel.shiftedCost(p).reduce(0, +)
            XCTAssertGreaterThan(taken, 0)
            XCTAssertEqual(YouthCareModel.consultationCost(p), taken, accuracy: 1e-6 * taken, "\(change)")
        }
    }

    /// Per day, the placement types climb a cost ladder from foster care through the family home and
    /// residential care to secure care (one price of EUR 220 a day for all of them once).
    func testPlacementTypesClimbACostLadder() {
        let prices = parameters([:], years: 1).money.placementPricePerDay
        let ladder: [Placement] = [.fosterCare, .familyHome, .residential, .secure]
        for (lower, higher) in zip(ladder, ladder.dropFirst()) {
            XCTAssertLessThan(prices[lower.rawValue], prices[higher.rawValue], "\(lower) below \(higher)")
        }
    }
}
