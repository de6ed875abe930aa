import SimKernel
import XCTest

final class RatioOfMeansTests: XCTestCase {
    /// Fieller's bounds are the ratios R at which the mean of a - R b sits exactly at the edge of its own
    /// Student t interval: a property of the bounds, checked through `Summary` (which computes that interval
    /// independently). Deterministic data: no chance involved.
    func testBoundsAreWhereTheDifferenceMeetsItsInterval() throws {
        let b = (0..<30).map { 10 + 3 * sin(Double($0)) }
        let a = b.enumerated().map { 2.5 * $1 + 4 * cos(Double($0) * 1.7) }
        let ratio = RatioOfMeans(numerators: a, denominators: b)
        XCTAssertEqual(ratio.ratio, a.reduce(0, +) / b.reduce(0, +), accuracy: 1e-12)
        let interval = try XCTUnwrap(ratio.interval)
        XCTAssertLessThan(interval.lowerBound, ratio.ratio)
        XCTAssertGreaterThan(interval.upperBound, ratio.ratio)
        for bound in [interval.lowerBound, interval.upperBound] {
            let summary = Summary(zip(a, b).map { $0 - bound * $1 })
            XCTAssertEqual(min(abs(summary.lower), abs(summary.upper)), 0, accuracy: 1e-9, "bound \(bound)")
        }
    }

    /// A denominator whose mean is not distinguishable from zero bounds no interval.
    func testADenominatorNearZeroGivesNoInterval() {
        let b = (0..<30).map { sin(Double($0)) }
        let a = (0..<30).map { 5 + cos(Double($0)) }
        XCTAssertNil(RatioOfMeans(numerators: a, denominators: b).interval)
    }
}
