import Scenarios
import SimKernel
import XCTest
import YouthCare

/// Four times the youths, with every capacity, FTE and amount four times as large and providers of the
/// same size (`ModelParameters.scaled(toYouths:)`), is four copies of the same youth-care system: per 1,000
/// youths, shares, waits and utilisation keep their distribution, counts and waiting lists over all
/// providers are four times as large, spending too.
///
/// That holds exactly (in distribution) only where the scaled system is four copies: `scaled` rounds, and a
/// service of one pool becomes one pool four times as large, which waits less (Erlang C's economy of
/// scale). So the small municipality is made one the rounding keeps whole: one neighbourhood team and one
/// provider per specialist level and of long-term help, whose places (FTE x caseload, FTE-hours over the
/// hours a case takes) are whole numbers; the one-pool services (access, each kind of out-of-home care,
/// caseworkers) have places to spare so that nobody waits for them at either size.
///
/// Each figure is held by a paired t test over 30 replications (1x replication r against 4x replication r,
/// run on different seeds: the pairs are independent, so the test holds whatever their correlation), each at
/// the confidence that leaves 1 % for all 35 together (Bonferroni: 99.97 % each): a right model fails this
/// test with chance at most 1 % (under the t test's normality, near enough for means over three years).
final class MetamorphicScaleTests: XCTestCase {
    static let replications = 30

    /// The small municipality with whole teams and providers and one-pool services to spare.
    static func wholeMunicipality() -> ModelParameters {
        var changes: [String: Double] = ["access.capacity": 800, "childProtection.caseworkerCapacity": 2_000]
        for placement in Placement.allCases { changes["specialist.placementCapacity.\(placement.key)"] = 500 }
        var p = smallMunicipality(changes, youths: 4_000, years: 3)
        // Whole places: a hair above a whole number, so that four times it rounds down to four times that.
        let slots = Double(p.generalist.slots)
        p.generalist.fte = (slots + 1e-6) / p.generalist.caseloadPerFTE
        p.generalist.ftePerTeam = p.generalist.fte
        let longTerm = p.longTerm
        let hoursPerCase = 12 * longTerm.contactsPerMonth * longTerm.hoursPerContact
        p.longTerm.fte = (Double(longTerm.slots) + 1e-6) * hoursPerCase / longTerm.hoursPerFTEPerYear
        p.longTerm.casesPerProvider = p.longTerm.slots
        for level in 4...6 { p.specialist.placesPerProvider[level] = p.specialist.capacity[level] }
        return p
    }

    func testFourTimesTheYouthsIsFourCopiesOfTheSameSystem() {
        let one = Self.wholeMunicipality()
        let four = one.scaled(toYouths: 4 * one.onset.youths)
        XCTAssertEqual(four.generalist.slots, 4 * one.generalist.slots, "whole generalist places")
        XCTAssertEqual(four.longTerm.slots, 4 * one.longTerm.slots, "whole places of long-term help")
        let small = simulate(one, replications: Self.replications, seed: 34)
        let large = simulate(four, replications: Self.replications, seed: 35)
        let split: [Service] = [.generalist, .specialist(4), .specialist(5), .specialist(6), .longTerm]
        var same: [Metric] = [
            Metric(.per1000InCarePerYear), Metric(.per1000TrajectoryStartsPerYear), Metric(.per1000ActiveAmbulantSpecialist),
            Metric(.per1000ActiveGeneralist), Metric(.shareResolvedAtLightLevels), Metric(.timeToHelpMean),
            Metric(.professionalsPerFamilyMean), Metric(.relapseShareOfArrivals), Metric(.costPerCase),
        ]
        var fourfold: [Metric] = [
            Metric(.perYearArrivals), Metric(.specialistStartsPerYear), Metric(.perYearStepUps), Metric(.perYearDroppedOut),
            Metric(.stockEnd), Metric(.spendPerYear),
        ]
        for service in split {
            same += [Metric(.waitMean, .service(service)), Metric(.utilisation, .service(service))]
            same.append(Metric(.shareLeftWaitingList, .service(service)))
            fourfold.append(Metric(.waitingListMean, .service(service)))
        }
        let confidence = 1 - 0.01 / Double(same.count + fourfold.count)
        for (metrics, factor) in [(same, 1.0), (fourfold, 4.0)] {
            for metric in metrics {
                let difference = Summary.paired(
                    base: figures(small, metric), variant: figures(large, metric).map { $0 / factor }, confidence: confidence)
                XCTAssertTrue(
                    difference.contains(0) || difference.standardDeviation == 0 && difference.mean == 0,
                    "\(metric) at four times the youths over \(factor): \(difference.mean), [\(difference.lower), \(difference.upper)]")
            }
        }
    }
}
