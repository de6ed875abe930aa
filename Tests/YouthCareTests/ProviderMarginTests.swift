import TestSupport
import XCTest

@testable import YouthCare

/// Each specialist provider's margin (`Ledger.accounts`, `ReplicationBooks.addProviderMargins`): its
/// episodes' pay and cost, and its share by places of what the level is paid beyond episodes, add up to the
/// level's; paid per hour, every provider has the level's margin share, paid per trajectory they spread.
final class ProviderMarginTests: XCTestCase {
    func run(_ changes: [String: Double]) -> (books: ReplicationBooks, result: ReplicationResult) {
        let books = Experiment.closedRun(smallMunicipality(changes, youths: 10_000, years: 2), seed: testSeed(361), replication: 0).books
        return (books, books.result())
    }

    func testProvidersAccountsAddUpToTheirLevelsLine() {
        // Level 5 and 6 lines are their specialist providers' alone; a lump sum at level 6 is shared by places.
        let (books, _) = run([
            "money.level6.pricing": Double(ModelParameters.Money.Pricing.lumpSum.rawValue), "money.level6.lumpSum": 500_000,
        ])
        let ledger = books.ledger
        for level in 5...6 {
            let line = (0..<ledger.years).reduce(0.0) { $0 + ledger.spend[$1][Ledger.Line.level(level).rawValue] }
            let cost = (0..<ledger.years).reduce(0.0) { $0 + ledger.providerCost[$1][level - 4] }
            let accounts = ledger.accounts[level - 4]
            XCTAssertGreaterThan(accounts.count, 10, "level \(level) has its providers' accounts")
            let paid = accounts.reduce(0) { $0 + $1.revenue } + ledger.beyondEpisodes[level - 4]
            XCTAssertEqual(paid, line, accuracy: 1e-6 * line, "level \(level): providers' pay against the line")
            XCTAssertEqual(accounts.reduce(0) { $0 + $1.cost }, cost, accuracy: 1e-6 * cost, "level \(level): providers' cost")
        }
        // Two years of the lump sum, scaled to 10,000 of 25,000 youths, the second indexed by 3 %.
        XCTAssertEqual(ledger.beyondEpisodes[2], 500_000 * 0.4 * (1 + 1.03), accuracy: 1e-6, "the lump sum beyond episodes")
    }

    func testPaidPerHourEveryProviderHasItsLevelsMarginPaidPerTrajectoryTheySpread() throws {
        let perHour = run(
            (4...6).reduce(into: [:]) { $0["money.level\($1).pricing"] = Double(ModelParameters.Money.Pricing.perHour.rawValue) }
        ).result
        for level in 5...6 {
            let group = Metric.Group.level(level)
            let share = try XCTUnwrap(perHour.figures[Metric(.providerMarginShare, group)])
            for figure in [Figure.providerMarginShareP10, .providerMarginShareP50, .providerMarginShareP90] {
                XCTAssertEqual(try XCTUnwrap(perHour.figures[Metric(figure, group)]), share, accuracy: 1e-9, "\(figure) at level \(level)")
            }
        }
        let perTrajectory = run([:]).result
        let group = Metric.Group.level(5)
        let p10 = try XCTUnwrap(perTrajectory.figures[Metric(.providerMarginShareP10, group)])
        let p90 = try XCTUnwrap(perTrajectory.figures[Metric(.providerMarginShareP90, group)])
        XCTAssertGreaterThan(p90 - p10, 0.1, "a price per trajectory pays long stays as short ones")
        XCTAssertGreaterThan(try XCTUnwrap(perTrajectory.figures[Metric(.shareProvidersWithLoss, group)]), 0)
    }
}
