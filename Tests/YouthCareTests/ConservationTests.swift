import SimKernel
import XCTest
import YouthCare

/// Every case that arrives is, at the end, exactly one of: resolved (with care or unaided), dropped out,
/// or still in the system. Checked on every replication of several configurations.
final class ConservationTests: XCTestCase {
    func testArrivalsBalanceExitsAndStock() {
        let configurations: [[String: Double]] = [
            [:],
            ["consultation.fte": 3, "addOn.mode": 1],
            ["specialist.discipline": 1, "onset.annualGrowth": 0.1, "childProtection.caseworkerCapacity": 20],
        ]
        for changes in configurations {
            for (r, result) in simulate(parameters(changes), replications: 6).enumerated() {
                XCTAssertNil(imbalance(result), "replication \(r) of \(changes): cases appear or vanish")
                let f = result.figures
                XCTAssertGreaterThan(f[Metric(.arrivals)]! + f[Metric(.stockStart)]!, 1000)
            }
        }
    }
}
