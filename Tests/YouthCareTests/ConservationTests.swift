import SimKernel
import XCTest
import YouthCare

/// Every case that arrives, or is in the system when the reported years start, is at the end exactly one of:
/// resolved (with care at one of the levels, at the front or unaided), grown up (23) with the need unresolved, or still in the system
/// (turned away at access included), to the case in every replication; every arrival is a new need or a
/// relapse; every family that left a waiting list left for one reason. Checked on every replication of
/// several configurations.
final class ConservationTests: XCTestCase {
    func testArrivalsBalanceExitsAndStock() {
        let configurations: [[String: Double]] = [
            [:],
            ["consultation.fte": 3, "addOn.mode": 1],
            ["consultation.fte": 4, "consultation.funding": 1, "threshold.level": 3.5, "competence.consultationsForHalf": 1],
            ["specialist.discipline": 1, "onset.annualGrowth": 0.1, "childProtection.caseworkerCapacity": 20],
        ]
        for changes in configurations {
            for (r, result) in simulate(parameters(changes), replications: 6).enumerated() {
                let f = result.figures
                // Stock at the start and arrivals are, to the case, the ways out and the stock at the end: a
                // family that left without help is still in the system, its need unmet.
                let cameIn = f[Metric(.arrivals)]! + f[Metric(.stockStart)]!
                let wentOut =
                    Levels.all.reduce(0.0) { $0 + f[Metric(.resolved, .level($1))]! } + f[Metric(.resolvedLocally)]!
                    + f[Metric(.resolvedUnaided)]! + f[Metric(.grownUp)]!
                XCTAssertEqual(cameIn, wentOut + f[Metric(.stockEnd)]!, "replication \(r) of \(changes): cases appear or vanish")
                XCTAssertGreaterThan(f[Metric(.stockStart)]!, 0, "a warm start: the balance covers the stock at the start")
                XCTAssertGreaterThan(f[Metric(.stockEnd)]!, 0, "and cases still in the system at the end")
                let episodes = Levels.all.reduce(0.0) { $0 + f[Metric(.onsets, .level($1))]! + f[Metric(.relapses, .level($1))]! }
                XCTAssertEqual(f[Metric(.arrivals)]!, episodes, "replication \(r) of \(changes)")
                for service in Service.all {
                    let group = Metric.Group.service(service)
                    let reasons = [
                        Figure.leftWaitingListGaveUp, .leftWaitingListResolvedUnaided, .leftWaitingListRetriaged, .leftWaitingListAgedOut,
                    ]
                    .reduce(0.0) { $0 + f[Metric($1, group)]! }
                    XCTAssertEqual(reasons, f[Metric(.leftWaitingList, group)]!, "\(service) in replication \(r) of \(changes)")
                }
            }
        }
    }
}
