import SimKernel
import XCTest
import YouthCare

final class ReproducibilityTests: XCTestCase {
    /// Same scenario and seed: identical figures, whatever the thread count; another seed: other figures.
    func testSameSeedSameFiguresWhateverTheThreads() {
        let p = parameters(years: 3)
        let one = Experiment.run(p, replications: 4, seed: 11, threads: 1)
        let two = Experiment.run(p, replications: 4, seed: 11, threads: 2)
        XCTAssertEqual(one.map(\.figures), two.map(\.figures))
        XCTAssertEqual(one.map(\.series), two.map(\.series))
        XCTAssertNotEqual(one.map(\.figures), Experiment.run(p, replications: 4, seed: 12, threads: 2).map(\.figures))
    }
}
