import SimKernel
import XCTest
import YouthCare

/// Each mechanism moves its outputs in the direction docs/model.md section 6 documents. Base and variant run
/// on common random numbers; the paired 95 % interval of the difference must lie on the expected side of 0.
final class MechanismDirectionTests: XCTestCase {
    enum Direction { case up, down }

    func assertMoves(
        _ metric: Metric, _ direction: Direction, base: [String: Double] = [:], variant: [String: Double],
        file: StaticString = #filePath, line: UInt = #line
    ) {
        let b = figures(simulate(parameters(base)), metric)
        let v = figures(simulate(parameters(base.merging(variant) { $1 })), metric)
        let d = Summary.paired(base: b, variant: v)
        let ok = direction == .up ? d.lower > 0 : d.upper < 0
        XCTAssertTrue(
            ok, "\(metric) should go \(direction) with \(variant): difference \(d.mean) [\(d.lower), \(d.upper)]",
            file: file, line: line)
    }

    func testM1MoreIncidenceMoreLoad() {
        assertMoves(Metric(.specialistStartsPerYear), .up, variant: ["onset.incidencePer1000.level5": 12])
    }

    /// M2 through waiting: fewer generalists, longer waits, and more needs rise above the level waited for
    /// (re-triaged), though no natural-course rate changes.
    func testM2LongerWaitsMoreNeedsRiseWhileWaiting() {
        assertMoves(Metric(.leftWaitingListRetriaged, .service(.generalist)), .up, variant: ["generalist.fte": 20])
    }

    /// M3 through the natural course: earlier signalling leaves needs less time to resolve unaided before
    /// they reach access, so fewer do (and, at first, more cases reach care).
    func testM3BetterSignallingFewerNeedsResolveUnnoticed() {
        assertMoves(Metric(.resolvedUnaided), .down, variant: ["detection.signallingMultiplier": 0.5])
    }

    func testM4BetterTriageFewerFailedEpisodes() {
        assertMoves(
            Metric(.perYearStepUps), .down, base: ["access.triageAccuracy": 0.5],
            variant: ["access.triageAccuracy": 0.95, "access.directReferralAccuracy": 0.95])
    }

    func testM5MoreGeneralistFTEShorterGeneralistWaits() {
        assertMoves(Metric(.waitMean, .service(.generalist)), .down, variant: ["generalist.fte": 30])
    }

    func testM6MoreSpecialistCapacityShorterWaits() {
        assertMoves(Metric(.waitMean, .service(.specialist(5))), .down, variant: ["specialist.capacity.level5": 320])
    }

    /// M7 through the queue: fewer level-5 places, longer queues, and more families give up on them,
    /// though the hazard of giving up is unchanged.
    func testM7LongerQueuesMoreFamiliesGiveUp() {
        assertMoves(Metric(.leftWaitingListGaveUp, .service(.specialist(5))), .up, variant: ["specialist.capacity.level5": 240])
    }

    func testM8MoreStepDownMoreGeneralistLoadFewerRelapses() {
        assertMoves(
            Metric(.utilisation, .service(.generalist)), .up, base: ["generalist.fte": 30], variant: ["specialist.outcomes.stepDown": 0.6])
        assertMoves(Metric(.relapseShareOfArrivals), .down, variant: ["specialist.outcomes.stepDown": 0.6])
    }

    /// M9 through the flow: needs that return come back into care and lengthen the specialist waiting
    /// lists; continuity lowers that load (both measured on the lists, not on the relapse count).
    func testM9RelapsesLoadCareAndContinuityRelievesIt() {
        assertMoves(Metric(.waitingListMean, .pooledSpecialist), .up, variant: ["relapse.probability": 0.4])
        assertMoves(Metric(.waitingListMean, .pooledSpecialist), .down, variant: ["relapse.continuityFactor": 0.2])
    }

    /// M10: consultation funded with new money. Effect (b), generalist success, gives fewer referrals to
    /// specialist care; effect (a), triage accuracy, gives fewer failed episodes (it can raise specialist
    /// starts, since under-assigned cases then go straight to the level they need). The same FTE shifted
    /// out of treatment with every effect off gives longer specialist waits. The tool shows both outcomes.
    func testM10ConsultationBothOutcomes() {
        let effects = ["triageAccuracy", "generalistSuccess", "detection", "inducedDemand"]
        func only(_ kept: String?) -> [String: Double] {
            var changes = Dictionary(uniqueKeysWithValues: effects.map { ("consultation.effects.\($0)", $0 == kept ? 1.0 : 0.0) })
            // A strong, well-funded consultation, so its direction stands out of the noise in a short run.
            changes["consultation.askRateAtTriage"] = 1
            changes["consultation.generalistSuccessEffect"] = 0.9
            changes["consultation.triageAccuracyEffect"] = 0.9
            return changes
        }
        let added: [String: Double] = ["consultation.fte": 4, "consultation.funding": 1]
        assertMoves(Metric(.specialistStartsPerYear), .down, base: only("generalistSuccess"), variant: added)
        assertMoves(Metric(.perYearStepUps), .down, base: only("triageAccuracy"), variant: added)
        assertMoves(Metric(.waitMean, .pooledSpecialist), .up, base: only(nil), variant: ["consultation.fte": 2])
    }

    func testM11AddOnFewerProfessionalsFewerRelapsesMoreGeneralistLoad() {
        assertMoves(Metric(.professionalsPerFamilyMean), .down, variant: ["addOn.mode": 1])
        assertMoves(Metric(.relapseShareOfArrivals), .down, variant: ["addOn.mode": 1])
        assertMoves(Metric(.waitMean, .service(.generalist)), .up, variant: ["addOn.mode": 1])
    }

    func testM12TighterCaseworkerCapacityLongerUnsafeWaits() {
        assertMoves(Metric(.waitMean, .service(.caseworker)), .up, variant: ["childProtection.caseworkerCapacity": 40])
    }
}
