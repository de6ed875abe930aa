import SimKernel
import XCTest

@testable import Scenarios

/// A warm-up recommendation counts a cut only where the months cut lie beyond noise: MSER-5 cuts a
/// stationary series somewhere, and that cut is noise; a known transient's cut is not.
final class WarmUpAnalysisTests: XCTestCase {
    /// Fourteen years of monthly values: normal noise around `level` from a GSL stream, plus `transient`.
    func series(seed: UInt64, transient: (Int) -> Double = { _ in 0 }) -> WarmUpAnalysis.Series {
        let streams = RandomStreams(seed: seed)
        let stream = streams.stream("noise")
        let values = withExtendedLifetime(streams) {
            (0..<168).map { month in 10 + transient(month) + Distribution.normal(mean: 0, sd: 1).sample(stream) }
        }
        return WarmUpAnalysis.Series(name: "list", mean: values, truncation: MSER.truncation(values))
    }

    func testACutWithinNoiseIsNotCountedAndATransientIs() {
        let stationary = (1...40).map { series(seed: $0) }
        let cut = stationary.filter { $0.truncation.observations > 0 }.count
        let counted = stationary.filter(\.beyondNoise).count
        XCTAssertGreaterThan(cut, 5, "MSER-5 cuts stationary series too")
        XCTAssertLessThanOrEqual(counted, 4, "of \(cut) cuts of stationary series, \(counted) counted as beyond noise")
        for seed: UInt64 in 1...10 {
            // Falls from 20 to 10 over the first three years.
            let transient = series(seed: seed) { month in month < 36 ? 10 * (1 - Double(month) / 36) : 0 }
            XCTAssertTrue(transient.beyondNoise, "seed \(seed): cut \(transient.truncation.observations) months")
        }
    }
}
