import Foundation
import SimKernel
import XCTest
import YouthCare

/// A level-5 ceiling at about half the level's yearly spending is reached mid-year; each behaviour does
/// what docs/model.md section 7 says.
///
/// A right model fails these with chance far below 0.01 % (an estimate from the default seed, 8
/// replications): the paired differences have t of 30 to 121 where 2.4 is needed (the noncentral t puts a
/// failure below 1e-50); the counts that must be above 0 are 131 or more in every replication, but for the
/// 17 voluntary placements deferred under the level-7 ceiling (17 in every replication); overspend
/// beyond the ceiling is at least 213 starts' prices where 10 are needed. The rest is exact (holds on every
/// seed): no start after a ceiling under waitlist, spending stopping within one start of it (0, 0.83 and 0.48
/// of a start, the same in every replication), and the ledger's lines adding up.
final class BudgetCeilingTests: XCTestCase {
    static let years = 3

    func results(_ behaviour: Double, _ changes: [String: Double] = [:]) -> [ReplicationResult] {
        let ceiling: [String: Double] = ["money.level5.ceiling": 1_400_000, "money.ceilingBehaviour": behaviour, "money.budgetGrowth": 0]
        return simulate(parameters(ceiling.merging(changes) { $1 }, years: Double(Self.years)), replications: 8)
    }

    func figure(_ result: ReplicationResult, _ figure: Figure, year: Int, _ group: Metric.Group = .level(5)) -> Double {
        result.figures[Metric(figure, group, year: 2026 + year)]!
    }

    /// Without court orders (which a ceiling does not defer), nothing starts at level 5 after its ceiling.
    func testWaitlistStopsStartsUntilJanuary() {
        let waitlist = results(0, ["childProtection.enabled": 0])
        let overspend = results(1, ["childProtection.enabled": 0])
        for result in waitlist {
            for year in 0..<Self.years {
                let day = figure(result, .ceilingReachedDay, year: year)
                XCTAssertTrue((0..<365.25).contains(day), "the ceiling should be reached within the year, got day \(day)")
                XCTAssertEqual(figure(result, .startsAfterCeiling, year: year), 0, "no level-5 start after the ceiling until January")
            }
            XCTAssertGreaterThan(figure(result, .deferredByCeiling, year: 1), 0, "January starts the deferred cases")
        }
        let longer = Summary.paired(
            base: figures(overspend, Metric(.waitingListMean, .service(.specialist(5)))),
            variant: figures(waitlist, Metric(.waitingListMean, .service(.specialist(5)))))
        XCTAssertGreaterThan(longer.lower, 0, "the waiting list grows under waitlist")
    }

    /// The ceiling counts what the year's starts commit, and a level-5 trajectory is paid when it starts: so
    /// under waitlist (without court orders) level-5 spending of a year reaches the ceiling and stops within
    /// one start's price of it, while under overspend it goes on far beyond. Either way the overspend
    /// recorded is the spending beyond the ceiling, and the lines of the ledger add up to the year's total.
    func testSpendingStopsWithinOneStartOfTheCeilingUnderWaitlistAndOverspendIsWhatLiesBeyond() {
        let ceiling = 1_400_000.0
        let money = parameters().money
        // The dearest single level-5 start in a year: its price in the dearest setting, indexed.
        let oneStart = { (year: Int) in money.price[5] * money.settingFactor.max()! * pow(1 + money.indexation, Double(year)) }
        for (behaviour, name) in [(0.0, "waitlist"), (1.0, "overspend")] {
            for result in results(behaviour, ["childProtection.enabled": 0]) {
                for year in 0..<Self.years {
                    let spend = figure(result, .spend, year: year)
                    XCTAssertGreaterThanOrEqual(spend, ceiling, "\(name): the ceiling is reached in \(2026 + year)")
                    if behaviour == 0 {
                        XCTAssertLessThan(spend - ceiling, oneStart(year), "waitlist: no start after the one that reached the ceiling")
                    } else {
                        XCTAssertGreaterThan(spend - ceiling, 10 * oneStart(year), "overspend: starts go on after the ceiling")
                    }
                    XCTAssertEqual(figure(result, .overspend, year: year), spend - ceiling, accuracy: 0.01, name)
                    let total = figure(result, .spend, year: year, .total)
                    let lines = Ledger.Line.allCases.reduce(0.0) { $0 + figure(result, .spend, year: year, .line($1)) }
                    XCTAssertEqual(lines, total, accuracy: 1e-9 * total, "\(name): the lines add up to the total of \(2026 + year)")
                }
            }
        }
    }

    func testStepDownStartsCasesOneLevelLower() {
        let stepDown = results(2)
        let overspend = results(1)
        for result in stepDown {
            XCTAssertGreaterThan(figure(result, .steppedDownByCeiling, year: 0), 0)
        }
        let moreLevel4 = Summary.paired(
            base: figures(overspend, Metric(.starts, .level(4))),
            variant: figures(stepDown, Metric(.starts, .level(4))))
        XCTAssertGreaterThan(moreLevel4.lower, 0, "stepped-down cases start at level 4")
        let fewerLevel5 = Summary.paired(
            base: figures(overspend, Metric(.starts, .level(5))),
            variant: figures(stepDown, Metric(.starts, .level(5))))
        XCTAssertLessThan(fewerLevel5.upper, 0)
    }

    /// A case the ceiling stepped down whose lighter care fails (here always) gets the level it was headed
    /// for, not the lighter level again: level 5 goes on starting those cases after its ceiling.
    func testACaseIsSteppedDownOnce() {
        let p = parameters(
            [
                "money.level5.ceiling": 1_400_000, "money.ceilingBehaviour": 2, "money.budgetGrowth": 0,
                "specialist.underAssignedFailure": 1, "generalist.underAssignedSuccess": 0,
            ], years: Double(Self.years))
        for result in simulate(p, replications: 4) {
            for year in 0..<Self.years {
                XCTAssertGreaterThan(figure(result, .steppedDownByCeiling, year: year), 0)
                XCTAssertGreaterThan(figure(result, .startsAfterCeiling, year: year), 0, "failed lighter care steps up to level 5")
            }
        }
    }

    /// A needed placement cannot wait for the budget: with a level-7 ceiling under waitlist and every unsafe
    /// case placed under a supervision order, placements go on starting after the ceiling, the ordered ones
    /// and the voluntary ones alike (before, voluntary placements were deferred to January).
    func testACeilingDefersNoPlacement() {
        var changes: [String: Double] = [
            "money.level7.ceiling": 2_000_000, "money.ceilingBehaviour": 0, "money.budgetGrowth": 0,
            "childProtection.courtProbability": 1, "childProtection.placementProbability": 1,
            "childProtection.caseworkerCapacity": 10_000,
        ]
        for level in 5...7 { changes["onset.unsafeProbability.level\(level)"] = 0.3 }
        for result in simulate(parameters(changes, years: Double(Self.years)), replications: 4) {
            for year in 0..<Self.years {
                XCTAssertLessThan(figure(result, .ceilingReachedDay, year: year, .level(7)), 365.25, "the ceiling is reached")
                XCTAssertGreaterThan(figure(result, .startsAfterCeiling, year: year, .level(7)), 0, "ordered placements start")
            }
            XCTAssertEqual(figure(result, .deferredByCeiling, year: 1, .level(7)), 0, "no placement waits for January")
        }
    }

    /// Per-hour pricing pays for the days of care delivered: in a one-year run level-5 spending is the
    /// price x hours per day x the busy place-days of the level-5 pool (indexation starts in year two),
    /// and on common random numbers it differs from trajectory pricing while the other lines do not.
    func testPerHourPricingPaysForTheCareDelivered() {
        let trajectory = simulate(parameters(years: 1), replications: 8)
        let perHour = simulate(parameters(["money.level5.pricing": 2, "money.level5.price": 300], years: 1), replications: 8)
        let metric = Metric(.spend, .level(5), year: 2026)
        let places = Double(parameters(years: 1).specialist.capacity[5])
        for result in perHour {
            let busyDays = result.figures[Metric(.utilisation, .service(.specialist(5)))]! * places * 365.25
            XCTAssertEqual(result.figures[metric]!, 300 * 2 / 7 * busyDays, accuracy: 1e-6 * result.figures[metric]!)
        }
        let difference = Summary.paired(base: figures(trajectory, metric), variant: figures(perHour, metric))
        XCTAssertTrue(difference.excludesZero, "per-hour pricing changes level-5 spending: \(difference)")
        // The same cases are served: the other lines' spending is unchanged.
        XCTAssertEqual(
            figures(trajectory, Metric(.spend, .level(6), year: 2026)), figures(perHour, Metric(.spend, .level(6), year: 2026)))
        XCTAssertEqual(
            figures(trajectory, Metric(.spend, .line(.generalists), year: 2026)),
            figures(perHour, Metric(.spend, .line(.generalists), year: 2026)))
    }
}
