import Scenarios
import SimKernel
import XCTest
import YouthCare

/// A change that changes nothing must change nothing, to the bit: every figure, every month of every series
/// and the number of events of every replication. If a neutral change moved a result, the model would be
/// drawing a random number, or scheduling an event that shifts a tie, for something that does not happen,
/// and every comparison of scenarios on common random numbers would carry that noise as an effect.
final class MetamorphicNeutralChangeTests: XCTestCase {
    static let replications = 4

    func run(_ p: ModelParameters) -> [ReplicationResult] { simulate(p, replications: Self.replications, seed: 30) }

    /// Timeline steps (in the first and in the second reported year) that set every value to the one in
    /// force: the model adopts them (providers resized to their size, prices settled, the consultation
    /// function and settings brought up to date) and must come out where it would have without them: every
    /// figure to the bit. (Sums over time once moved in their last bit, added up in two parts at the step:
    /// time averages updated to their own value, fixed costs booked per step, competence decayed in two.)
    func testATimelineStepToTheValuesInForceChangesNothing() {
        let base = smallMunicipality()
        var stepped = base
        stepped.changes = [5, 17].map { ParameterChange(month: $0, parameters: base) }
        XCTAssertEqual(
            differences(run(base), run(stepped)), [], "a neutral timeline step changed the results")
    }

    /// The same with the consultation function, setting competence and per-day prices all running, so that
    /// what the step brings up to date is not idle.
    func testATimelineStepToTheValuesInForceChangesNothingWithConsultation() {
        let base = smallMunicipality(["consultation.fte": 2, "competence.consultationsForHalf": 1, "money.level5.pricing": 3])
        var stepped = base
        stepped.changes = [5, 17].map { ParameterChange(month: $0, parameters: base) }
        XCTAssertEqual(
            differences(run(base), run(stepped)), [], "a neutral timeline step changed the results")
    }

    /// A step that begins after the run's last month, however large the change it makes, is never taken.
    func testATimelineStepAfterTheHorizonChangesNothing() {
        let base = smallMunicipality()
        var later = smallMunicipality(["generalist.fte": 60, "money.level5.price": 1, "consultation.fte": 3])
        later.changes = []
        var stepped = base
        stepped.changes = [ParameterChange(month: 24, parameters: later)]
        XCTAssertEqual(differences(run(base), run(stepped)), [], "a step after the horizon changed the results")
    }

    /// A ceiling on every level that no spending can reach, under each behaviour (waitlist, overspend,
    /// stepDown), leaves every figure the run without ceilings reports as it was; it adds only the
    /// ceilings' own figures, each at its value for a ceiling never reached.
    func testACeilingNobodyReachesChangesNothing() {
        let base = run(smallMunicipality())
        for behaviour in 0...2 {
            var changes: [String: Double] = ["money.ceilingBehaviour": Double(behaviour)]
            for level in 4...7 { changes["money.level\(level).ceiling"] = 10_000_000_000 }
            let capped = run(smallMunicipality(changes))
            let ceilingFigures: Set<Figure> = [
                .budget, .overspend, .ceilingReachedDay, .startsAfterCeiling, .steppedDownByCeiling, .deferredByCeiling,
            ]
            var added: [ReplicationResult] = []
            for result in capped {
                var kept = result
                for (metric, value) in result.figures where base[0].figures[metric] == nil {
                    XCTAssertTrue(ceilingFigures.contains(metric.figure), "behaviour \(behaviour): a new figure \(metric)")
                    let unreached: Double = metric.figure == .ceilingReachedDay ? -1 : metric.figure == .budget ? value : 0
                    XCTAssertEqual(value, unreached, "behaviour \(behaviour): \(metric) of a ceiling never reached")
                    kept.figures[metric] = nil
                }
                added.append(kept)
            }
            XCTAssertEqual(differences(base, added), [], "behaviour \(behaviour): a ceiling nobody reaches changed the results")
        }
    }

    /// Treatment at levels 4-6 for free: the specialist hour, consulting as treating, costs nothing.
    static let freeSpecialistHours: [String: Double] = ["money.level4.price": 0, "money.level5.price": 0, "money.level6.price": 0]

    /// Consultation FTE paid with new money that nobody asks for (every route's ask rate 0) and that cost
    /// nothing (the specialist hour is free in both runs) take no places, give no consultation and draw no
    /// demand: nothing changes.
    func testAConsultationFunctionNobodyAsksChangesNothing() {
        var changes = Self.freeSpecialistHours.merging(["consultation.fte": 3, "consultation.funding": 1]) { $1 }
        for route in ConsultationRoute.allCases { changes["consultation.askRate.\(route.key)"] = 0 }
        var quiet = Self.freeSpecialistHours
        for route in ConsultationRoute.allCases { quiet["consultation.askRate.\(route.key)"] = 0 }
        let base = run(smallMunicipality(quiet))
        XCTAssertEqual(differences(base, run(smallMunicipality(changes))), [], "an unasked consultation function changed the results")
    }

    /// The reverse: cases are asked about (the baseline's ask rates) but the function has next to no hours
    /// (FTE that give a thousandth of an hour a year, never the hours of a consultation, cost nothing and,
    /// shifted, take no whole place), so every request lapses. The decision to
    /// ask uses a number the case draws when it arises anyway: nothing changes but the count of lapsed
    /// requests, which a run without the function does not record.
    func testRequestsToAConsultationFunctionWithoutHoursChangeNothing() {
        let base = run(smallMunicipality(Self.freeSpecialistHours))
        let lapsing = run(
            smallMunicipality(
                Self.freeSpecialistHours.merging(["consultation.fte": 2, "consultation.hoursPerFTEPerYear": 0.001]) { $1 }))
        XCTAssertGreaterThan(lapsing[0].figures[Metric(.consultationsLapsed)]!, 0, "requests lapse")
        var withoutLapses = lapsing
        for r in withoutLapses.indices {
            for metric in lapsing[r].figures.keys where metric.figure == .consultationsLapsed { withoutLapses[r].figures[metric] = 0 }
        }
        XCTAssertEqual(differences(base, withoutLapses), [], "requests nobody can answer changed the results")
    }
}
