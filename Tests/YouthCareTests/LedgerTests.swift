import Scenarios
import XCTest
import YouthCare

/// Spending computed by hand, to the cent, for each pricing model, with indexation, a setting factor, and
/// episodes that span two budget years. A budget year is 365.25 days; year 0 is the first reported year.
final class LedgerTests: XCTestCase {
    func money(payment: ModelParameters.Money.Payment) -> ModelParameters.Money {
        var money = ParameterCatalog.parameters([:]).money
        money.indexation = 0.03
        money.trajectoryPayment = payment
        money.pricing[4] = .perHour
        money.price[4] = 100
        money.unitsPerWeek[4] = 2
        money.pricing[5] = .trajectory
        money.price[5] = 7_000
        money.pricing[6] = .trajectory
        money.price[6] = 15_000
        money.pricing[7] = .perDay
        money.price[7] = 200
        money.settingFactor = [1, 1, 1, 1, 1.1]  // secondary school cases cost 10 % more
        money.generalistCostPerFTE = 85_000
        money.caseworkerCostPerFTE = 90_000
        money.ordersPerCaseworker = 15
        money.performanceSubsidy = 400_000
        return money
    }

    func line(_ ledger: Ledger, _ year: Int, _ line: Ledger.Line) -> Double { ledger.spend[year][line.rawValue] }

    func testEveryPricingModelByHand() {
        var ledger = Ledger(money: money(payment: .atStart), years: 2)
        // Level 5 trajectories, paid at the start: one in year 0, one from secondary school in year 1.
        ledger.episodeBegins(level: 5, setting: .primarySchool, at: 100)
        ledger.episodeEnds(level: 5, setting: .primarySchool, started: 100, at: 280)
        ledger.episodeBegins(level: 5, setting: .secondarySchool, at: 400)
        // Level 7 per day, 300 to 465.25: 65.25 days in year 0 and 100 days in year 1.
        ledger.episodeBegins(level: 7, setting: .childcare, at: 300)
        ledger.episodeEnds(level: 7, setting: .childcare, started: 300, at: 465.25)
        // Level 4 per hour, 2 hours a week at 100 euros, for 70 days: 70 / 7 x 2 x 100 = 2,000.
        ledger.episodeBegins(level: 4, setting: .childcare, at: 0)
        ledger.episodeEnds(level: 4, setting: .childcare, started: 0, at: 70)
        // A trajectory started before the reported years (warm-up) is not booked.
        ledger.episodeBegins(level: 6, setting: .childcare, at: -10)
        ledger.bookFixedCosts(generalistFTE: 20, consultationCost: 200_000, caseworkerCapacity: 30)

        XCTAssertEqual(line(ledger, 0, .level5), 7_000.00, accuracy: 0.005)
        XCTAssertEqual(line(ledger, 1, .level5), 7_931.00, accuracy: 0.005)  // 7,000 x 1.1 x 1.03
        XCTAssertEqual(line(ledger, 0, .level7), 13_050.00, accuracy: 0.005)  // 65.25 x 200
        XCTAssertEqual(line(ledger, 1, .level7), 20_600.00, accuracy: 0.005)  // 100 x 200 x 1.03
        XCTAssertEqual(line(ledger, 0, .level4), 2_000.00, accuracy: 0.005)
        XCTAssertEqual(line(ledger, 0, .level6), 0)
        XCTAssertEqual(line(ledger, 0, .generalists), 1_700_000.00, accuracy: 0.005)
        XCTAssertEqual(line(ledger, 1, .generalists), 1_751_000.00, accuracy: 0.005)
        XCTAssertEqual(line(ledger, 1, .consultation), 206_000.00, accuracy: 0.005)
        XCTAssertEqual(line(ledger, 1, .caseworkers), 185_400.00, accuracy: 0.005)  // 30 / 15 x 90,000 x 1.03
        XCTAssertEqual(line(ledger, 1, .prevention), 412_000.00, accuracy: 0.005)
        XCTAssertEqual(ledger.total(0), 7_000 + 13_050 + 2_000 + 1_700_000 + 200_000 + 180_000 + 400_000, accuracy: 0.005)
        XCTAssertEqual(ledger.total(1), 7_931 + 20_600 + 1_751_000 + 206_000 + 185_400 + 412_000, accuracy: 0.005)
    }

    /// A trajectory that spans two budget years counts in the year it is paid.
    func testTrajectorySpanningTwoYearsCountsWhenPaid() {
        for payment in [ModelParameters.Money.Payment.atStart, .atCompletion] {
            var ledger = Ledger(money: money(payment: payment), years: 2)
            ledger.episodeBegins(level: 6, setting: .childcare, at: 300)
            ledger.episodeEnds(level: 6, setting: .childcare, started: 300, at: 500)
            let (first, second) = payment == .atStart ? (15_000.0, 0.0) : (0.0, 15_450.0)
            XCTAssertEqual(line(ledger, 0, .level6), first, accuracy: 0.005, "\(payment)")
            XCTAssertEqual(line(ledger, 1, .level6), second, accuracy: 0.005, "\(payment)")
        }
    }

    func testLumpSumIsPaidWhateverTheVolume() {
        var money = money(payment: .atStart)
        money.pricing[5] = .lumpSum
        money.lumpSum[5] = 2_500_000
        var ledger = Ledger(money: money, years: 2)
        ledger.episodeBegins(level: 5, setting: .childcare, at: 10)
        ledger.episodeEnds(level: 5, setting: .childcare, started: 10, at: 200)
        ledger.bookFixedCosts(generalistFTE: 0, consultationCost: 0, caseworkerCapacity: 0)
        XCTAssertEqual(line(ledger, 0, .level5), 2_500_000, accuracy: 0.005)
        XCTAssertEqual(line(ledger, 1, .level5), 2_575_000, accuracy: 0.005)
    }

    /// The provider's margin under trajectory pricing: the price against delivered days at its cost.
    func testProviderCostAccruesByDay() {
        var money = money(payment: .atStart)
        money.providerCostPerDay[5] = 30
        var ledger = Ledger(money: money, years: 1)
        ledger.episodeBegins(level: 5, setting: .childcare, at: 0)
        ledger.episodeEnds(level: 5, setting: .childcare, started: 0, at: 200)
        XCTAssertEqual(ledger.providerCost[0][1], 6_000, accuracy: 0.005)
        XCTAssertEqual(line(ledger, 0, .level5) - ledger.providerCost[0][1], 1_000, accuracy: 0.005)
    }

    /// Money matches capacity: per day, each placement type has its own price (a cost gradient from foster
    /// care to secure care), long low-intensity help its price per month, and a specialist hour costs the
    /// same treating or consulting: a shift books the moved hours on the consultation line and takes them
    /// off the level's, so at no effect it changes nothing. Exact arithmetic.
    func testPlacementsLongTermHelpAndTheSpecialistHour() {
        var money = money(payment: .atStart)
        money.placementPricePerDay = [110, 60, 190, 330, 650]
        money.longTermPricePerMonth = 270
        var ledger = Ledger(money: money, years: 1)
        for (offset, placement) in Placement.allCases.enumerated() {
            let start = Double(offset) * 10
            ledger.episodeEnds(level: 7, setting: .childcare, care: .placement(placement), started: start, at: start + 10)
        }
        XCTAssertEqual(line(ledger, 0, .level7), 10 * (110 + 60 + 190 + 330 + 650), accuracy: 1e-6)
        ledger.episodeBegins(level: 4, setting: .childcare, care: .longTerm, at: 0)
        ledger.episodeEnds(level: 4, setting: .childcare, care: .longTerm, started: 0, at: ModelTime.daysPerMonth)
        XCTAssertEqual(line(ledger, 0, .level4), 270, accuracy: 1e-6, "a month of long-term help, no trajectory price")
        ledger.bookFixedCosts(
            year: 0, share: 1, generalistFTE: 0, consultationCost: 130_000, shiftedCost: [0, 0, 0, 0, 30_000, 70_000, 30_000, 0],
            caseworkerCapacity: 0, money: money)
        XCTAssertEqual(line(ledger, 0, .consultation), 130_000, accuracy: 1e-6)
        XCTAssertEqual(line(ledger, 0, .level5), -70_000, accuracy: 1e-6, "the level's contract pays for the moved hours no more")
        let shifted = [Ledger.Line.level4, .level5, .level6].reduce(0.0) { $0 + line(ledger, 0, $1) } - 270
        XCTAssertEqual(shifted + line(ledger, 0, .consultation), 0, accuracy: 1e-6, "budget-neutral by construction")
    }
}
