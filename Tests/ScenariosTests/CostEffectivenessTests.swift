import SimKernel
import XCTest
import YouthCare

@testable import Scenarios

/// The verdict `compare` gives on what a euro buys: dominance when both differences are distinguishable and
/// point the same way, else the price of a child-year of unmet need avoided. Deterministic data.
final class CostEffectivenessTests: XCTestCase {
    func results(spend: [Double], unmet: [Double]) -> [ReplicationResult] {
        zip(spend, unmet).map { ReplicationResult(figures: [Metric(.spendPerYear): $0, Metric(.unmetNeedChildYears): $1]) }
    }

    let base = (0..<20).map { 1_000_000 + 10_000 * sin(Double($0)) }
    let unmet = (0..<20).map { 500 + 5 * cos(Double($0)) }

    func variant(spending: Double, unmet change: Double) -> [ReplicationResult] {
        results(
            spend: base.enumerated().map { $1 + spending + 100 * cos(Double($0) * 3) },
            unmet: unmet.enumerated().map { $1 + change + sin(Double($0) * 2) })
    }

    func testVerdicts() throws {
        let b = results(spend: base, unmet: unmet)
        let cases: [(Double, Double, CostEffectiveness.Verdict)] = [
            (-50_000, -20, .dominant), (50_000, 20, .dominated), (50_000, -20, .costsMoreAvoidsMore), (-50_000, 20, .costsLessAddsMore),
            (50_000, 0, .undetermined),
        ]
        for (spending, change, verdict) in cases {
            let ratio = try XCTUnwrap(CostEffectiveness(base: b, variant: variant(spending: spending, unmet: change)))
            XCTAssertEqual(ratio.verdict, verdict, "spending \(spending), unmet \(change)")
            XCTAssertEqual(ratio.avoided.mean, -change, accuracy: 0.5, "avoided is base minus variant")
        }
        let price = try XCTUnwrap(CostEffectiveness(base: b, variant: variant(spending: 50_000, unmet: -20)))
        XCTAssertEqual(price.perChildYearAvoided.ratio, 2_500, accuracy: 100, "50,000 euros for 20 child-years")
        XCTAssertTrue(try XCTUnwrap(price.perChildYearAvoided.interval).contains(2_500))
        XCTAssertTrue(price.sentence(variant: "v", format: { String($0) }).contains("per child-year of unmet need avoided"))
        XCTAssertNil(CostEffectiveness(base: b, variant: [ReplicationResult](repeating: ReplicationResult(), count: 20)))
        let lines = price.csv(base: "b", variant: "v", .standard).split(separator: "\n")
        XCTAssertEqual(lines.count, 2)
        XCTAssertEqual(lines.map { $0.split(separator: ",", omittingEmptySubsequences: false).count }, [12, 12])
        XCTAssertTrue(lines[1].hasPrefix("b,v,costsMoreAvoidsMore,"), String(lines[1]))
    }
}

/// The console's comparison table writes numbers a reader can take in: thousands separated, as many
/// decimals as the interval's width asks, a sign on a difference.
final class CompareTableTests: XCTestCase {
    func testNumbersShowWhatTheirIntervalSupports() {
        XCTAssertEqual(CompareTable.number(37_722_648.4, decimals: 0), "37,722,648")
        XCTAssertEqual(CompareTable.number(-1_234.5678, decimals: 2), "-1,234.57")
        XCTAssertEqual(CompareTable.number(-0.0001, decimals: 2), "0.00")
        XCTAssertEqual(CompareTable.decimals(Summary([867.2, 867.3, 867.4])), 2, "an interval of tenths shows hundredths")
        XCTAssertEqual(CompareTable.decimals(Summary([100, 300, 500, 700])), 0)
        XCTAssertEqual(CompareTable.decimals(Summary([5, 5])), 1, "no spread: as its size asks")
        XCTAssertEqual(CompareTable.signed("4.9", 4.9), "+4.9")
        XCTAssertEqual(CompareTable.signed("-3.1", -3.1), "-3.1")
        XCTAssertEqual(CompareTable.signed("0.0", 0.00001), "0.0")
    }
}
