import Scenarios
import SimKernel
import XCTest
import YouthCare

/// Money is counted, it does not steer: every price and cost multiplied by k leaves every count, wait and
/// share of the flow as it was, to the bit, and multiplies every amount of money by k. Which keys are money
/// is read from the catalog (every key in euros), which figures are money from the figure vocabulary
/// (`MetamorphicMoneyTests.scaling`, a switch over every `Figure` that a new figure cannot pass unclassified).
final class MetamorphicMoneyTests: XCTestCase {
    /// How a figure follows prices: `money` figures are amounts (times k), a `ratio` of two amounts is
    /// unchanged up to rounding (k x r - k x c over k x r), `flow` figures are counts, waits, shares and days
    /// (unchanged to the bit).
    enum Scaling { case money, ratio, flow }

    static func scaling(_ figure: Figure) -> Scaling {
        switch figure {
        case .spend, .budget, .overspend, .spendPerYear, .costPerCase, .costPerResolvedCase, .spendPerYouthPerYear,
            .spendPerYouthPerYearAtPriceLevel, .providerMargin:
            return .money
        case .providerMarginShare, .providerMarginShareP10, .providerMarginShareP50, .providerMarginShareP90:
            return .ratio
        case .ceilingReachedDay, .startsAfterCeiling, .steppedDownByCeiling, .deferredByCeiling:
            return .flow
        case .onsets, .relapses, .starts, .completions, .stepUps, .stepDowns, .resolved, .arrivals, .resolvedUnaided, .droppedOut,
            .gaveUpWaiting, .placements, .supervisionOrders, .returnedAfterGivingUp, .consultationsGiven, .consultationsLapsed,
            .resolvedLocally, .perYearResolvedLocally, .settingCompetence, .turnedAway, .reapplications, .handOffs, .specialistStarts,
            .specialistStartsPerYear, .inCare, .stockStart, .stockEnd, .perYearArrivals, .perYearPlacements, .perYearSupervisionOrders,
            .perYearDroppedOut, .perYearStepUps, .perYearStepDowns, .perYearConsultations, .unmetNeedChildYears, .timeToHelpMean,
            .timeToHelpP50,
            .timeToHelpP90, .endedTrajectoriesDurationShare, .professionalsPerFamilyMean, .shareResolvedAtLightLevels,
            .flagMoreIntensiveThanLight, .relapseShareOfArrivals, .waitMean, .waitP50, .waitP90, .waitingListMean, .waitingListEnd,
            .waitingList, .stock, .waitIncludingLeaversMean, .shareLeftWaitingList, .shareStartsWithinTreeknorm, .utilisation,
            .leftWaitingList, .leftWaitingListGaveUp, .leftWaitingListResolvedUnaided, .leftWaitingListRetriaged, .offeredLoad,
            .per1000InCarePerYear, .per1000WithStayPerYear, .per1000ActiveGeneralist, .per1000ActiveAmbulantSpecialist,
            .per1000ActiveWithStay, .per1000SupervisionOrdersActive, .per1000SupervisionOrdersPerYear,
            .per1000TrajectoryStartsPerYear, .shareRepeatUse, .shareInCareAtEndByAge, .per1000WaitingSpecialist,
            .consultationAskerHoursPerYear, .consultationWorth,
            .referralsPreventedPerFTETwoYears, .teamCompetence, .consultationFormsPerYear, .consultationWaitMean,
            .consultationTreatmentHoursPerYear, .perYearEscalations, .perYearCrisisPlacements, .agedOut, .grownUp, .perYearAgedOut,
            .shareProvidersAtContractVolume, .shareProvidersWithLoss,
            .leftWaitingListAgedOut:
            return .flow
        }
    }

    /// Every key whose unit is euros: prices, lump sums, providers' costs, fixed costs per FTE, the
    /// subsidy, the macro budget and ceilings, the cost of a hand-off hour.
    static let moneyKeys = ParameterCatalog.definitions.filter { $0.unit.hasPrefix("euros") }.map(\.key)

    /// A municipality whose every line of spending runs: a different pricing per level (per contact, per
    /// hour, lump sum, per day), a macro budget it overspends, consultation with new money.
    static let priced: [String: Double] = [
        "money.level4.pricing": 1, "money.level5.pricing": 2, "money.level5.price": 120, "money.level6.pricing": 4,
        "money.level6.lumpSum": 2_000_000, "money.macroBudget": 5_000_000, "consultation.fte": 1, "consultation.funding": 1,
        "money.trajectoryPayment": 1,
    ]

    func scaled(_ values: [String: Double], by k: Double) -> [String: Double] {
        var scaled = values
        for key in Self.moneyKeys { scaled[key] = (values[key] ?? ParameterCatalog.definition(key)!.defaultValue) * k }
        return scaled
    }

    /// Holds the relation between a run and its run with money times k; returns the money figures seen
    /// non-zero (the relation bites on them).
    @discardableResult
    func assertMoneyOnly(_ base: [ReplicationResult], _ variant: [ReplicationResult], k: Double, _ label: String) -> Set<Figure> {
        var seen = Set<Figure>()
        for (r, (a, b)) in zip(base, variant).enumerated() {
            XCTAssertEqual(Set(a.figures.keys), Set(b.figures.keys), "\(label): the same figures")
            for (metric, x) in a.figures {
                guard let y = b.figures[metric] else { continue }
                switch Self.scaling(metric.figure) {
                case .flow:
                    XCTAssertEqual(x.bitPattern, y.bitPattern, "\(label), replication \(r): \(metric) \(x) became \(y)")
                case .ratio:
                    XCTAssertEqual(y, x, accuracy: 1e-9 * max(abs(x), 1e-300), "\(label), replication \(r): \(metric)")
                case .money:
                    if x != 0 { seen.insert(metric.figure) }
                    XCTAssertEqual(y, k * x, accuracy: 1e-9 * abs(k * x), "\(label), replication \(r): \(metric) \(x) x \(k)")
                }
            }
            XCTAssertEqual(differences([a], [b]).filter { $0.contains("series") }, [], "\(label): the monthly series")
            XCTAssertEqual(a.events, b.events, "\(label): the events")
        }
        return seen
    }

    /// Without ceilings, k = 1.7 (not a power of two, so amounts are rounded differently): the flow to the
    /// bit, every money figure times k to a relative 1e-9, and every money figure of the vocabulary seen
    /// non-zero in the run, so that none escapes the relation.
    func testEveryPriceAndCostTimesKMultipliesMoneyAndLeavesTheFlow() {
        let k = 1.7
        XCTAssertTrue(Self.moneyKeys.contains("collaboration.costPerHour"), "money keys outside MoneyKeys are found too")
        let base = simulate(smallMunicipality(Self.priced), replications: 2, seed: 31)
        let variant = simulate(smallMunicipality(scaled(Self.priced, by: k)), replications: 2, seed: 31)
        let seen = assertMoneyOnly(base, variant, k: k, "k = \(k)")
        let moneyFigures = Set(Figure.allCases.filter { Self.scaling($0) == .money })
        XCTAssertEqual(seen, moneyFigures, "every money figure is exercised")
        // The headlines in euros are money in the vocabulary too.
        for headline in Headline.all where headline.unit.hasPrefix("euros") {
            XCTAssertEqual(Self.scaling(headline.metric.figure), .money, headline.label)
        }
    }

    /// With a level-5 ceiling reached every year under waitlist, a ceiling is money as well and is scaled
    /// with the rest: k = 4, a power of two, multiplies every sum exactly, so the ceiling is reached at the
    /// same start and the flow stays identical to the bit.
    func testPricesAndCeilingsTimesFourLeaveTheFlowWhenTheCeilingIsReached() {
        let capped = Self.priced.merging(["money.level5.ceiling": 250_000, "money.ceilingBehaviour": 0]) { $1 }
        let base = simulate(smallMunicipality(capped), replications: 2, seed: 32)
        let variant = simulate(smallMunicipality(scaled(capped, by: 4)), replications: 2, seed: 32)
        assertMoneyOnly(base, variant, k: 4, "k = 4 with a ceiling")
        for result in base {
            XCTAssertGreaterThanOrEqual(result.figures[Metric(.ceilingReachedDay, .level(5), year: 2026)]!, 0, "the ceiling is reached")
        }
    }
}
