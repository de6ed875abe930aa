import Queueing
import SimKernel
import TestSupport
import XCTest

/// The kernel against queueing theory. For each model the theoretical value must lie inside the 99.9 %
/// confidence interval over 60 independent replications, and the interval must be narrow enough (a stated
/// relative half-width) that the check has teeth. Little's law is checked on every station of every run.
/// A right kernel fails a check with chance 0.1 % (replications are independent, their means close to
/// normal), so a test of k checks at most k × 0.1 %: 0.6 % for the Jackson network's six, 1.5 % for all
/// fifteen together (each `TheoryCase` states its checks).
///
/// Sized for an optimised build (the README's test command); a debug build takes about 20 times longer.
final class QueueingTheoryTests: XCTestCase {
    /// Every case of `TheoryCase.all`: theory inside the 99.9 % interval, the interval narrow enough to
    /// have teeth, and Little's law on every station of every run.
    func assertMatchesTheory(_ theoryCase: TheoryCase, seed: UInt64 = 2026, file: StaticString = #filePath, line: UInt = #line) {
        let (outcomes, runs) = theoryCase.evaluate(replications: 60, confidence: 0.999, seed: testSeed(seed))
        for outcome in outcomes {
            let what = "\(theoryCase.name), station \(outcome.check.station), \(outcome.check.quantity)"
            let s = outcome.simulated
            XCTAssertTrue(
                outcome.theoryInside, "\(what): theory \(outcome.check.theory) outside the 99.9 % interval [\(s.lower), \(s.upper)]",
                file: file, line: line)
            XCTAssertTrue(
                outcome.narrowEnough, "\(what): half-width \(s.halfWidth) too wide to test against \(outcome.check.theory)",
                file: file, line: line)
        }
        for (r, run) in runs.enumerated() {
            for (i, station) in run.enumerated() {
                XCTAssertLessThan(
                    abs(station.littleGap), 0.02, "\(theoryCase.name): Little's law fails at station \(i), replication \(r)",
                    file: file, line: line)
            }
        }
    }

    func testMM1AtUtilisation90Percent() { assertMatchesTheory(TheoryCase.all[0]) }
    func testMMcWithFiveServersAgainstErlangC() { assertMatchesTheory(TheoryCase.all[1]) }
    func testMG1AgainstPollaczekKhinchine() {
        assertMatchesTheory(TheoryCase.all[2])
        assertMatchesTheory(TheoryCase.all[3])
    }
    func testOpenJacksonNetworkWithFeedback() { assertMatchesTheory(TheoryCase.all[4]) }
    func testTwoPriorityClassesAgainstCobham() { assertMatchesTheory(TheoryCase.all[5]) }

    /// Same seed, same results; and the same whether replications run on one thread or all cores.
    func testRunsAreReproducibleWhateverTheThreadCount() {
        let spec = NetworkSpec.mmc(arrivalRate: 0.8, serviceRate: 1)
        let run: @Sendable (Int) -> [Double] = { r in
            NetworkSimulation.run(spec, seed: 5, replication: r, warmUp: 100, horizon: 5_000)
                .flatMap { [$0.meanWait, $0.meanInSystem, $0.utilisation] }
        }
        let first = Replicator(threads: 1).run(8, replication: run)
        XCTAssertEqual(first, Replicator(threads: 1).run(8, replication: run))
        XCTAssertEqual(first, Replicator(threads: 8).run(8, replication: run))
    }
}
