import Queueing
import SimKernel
import XCTest

/// The kernel against queueing theory. For each model the theoretical value must lie inside the 99 %
/// confidence interval over independent replications, and the interval must be narrow enough (a stated
/// relative half-width) that the check has teeth. Little's law is checked on every station of every run.
///
/// Sized for an optimised build (the README's test command); a debug build takes about 20 times longer.
final class QueueingValidationTests: XCTestCase {
    struct Estimate {
        let replications: [[NetworkSimulation.StationResult]]
        func summary(_ station: Int = 0, _ value: (NetworkSimulation.StationResult) -> Double) -> Summary {
            Summary(replications.map { value($0[station]) }, confidence: 0.99)
        }
    }

    func simulate(_ spec: NetworkSpec, replications: Int = 30, warmUp: Double, horizon: Double,
                  seed: UInt64 = 2026, file: StaticString = #filePath, line: UInt = #line) -> Estimate {
        let results = Replicator().run(replications) { r in
            NetworkSimulation.run(spec, seed: seed, replication: r, warmUp: warmUp, horizon: horizon)
        }
        for (r, run) in results.enumerated() {
            for (i, station) in run.enumerated() {
                XCTAssertLessThan(abs(station.littleGap), 0.02,
                                  "Little's law fails at station \(i), replication \(r)", file: file, line: line)
            }
        }
        return Estimate(replications: results)
    }

    func assertInside(_ summary: Summary, _ theory: Double, relativeHalfWidth bound: Double, _ what: String,
                      file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(summary.contains(theory),
                      "\(what): theory \(theory) outside the 99 % interval [\(summary.lower), \(summary.upper)]",
                      file: file, line: line)
        XCTAssertLessThan(summary.halfWidth, bound * theory,
                          "\(what): half-width \(summary.halfWidth) too wide to test against \(theory)",
                          file: file, line: line)
    }

    func testMM1AtUtilisation90Percent() {
        let (lambda, mu) = (0.9, 1.0)
        let estimate = simulate(.mmc(arrivalRate: lambda, serviceRate: mu), warmUp: 5_000, horizon: 205_000)
        let rho = lambda / mu
        assertInside(estimate.summary { $0.meanWait }, rho / (mu - lambda), relativeHalfWidth: 0.06, "M/M/1 mean wait")
        assertInside(estimate.summary { $0.meanInSystem }, rho / (1 - rho), relativeHalfWidth: 0.06, "M/M/1 mean in system")
        assertInside(estimate.summary { $0.utilisation }, rho, relativeHalfWidth: 0.005, "M/M/1 utilisation")
    }

    func testMMcWithFiveServersAgainstErlangC() {
        let (lambda, mu, c) = (4.0, 1.0, 5)
        let estimate = simulate(.mmc(arrivalRate: lambda, serviceRate: mu, servers: c), warmUp: 1_000, horizon: 41_000)
        let theory = QueueingTheory.mmcWait(arrivalRate: lambda, serviceRate: mu, servers: c)
        assertInside(estimate.summary { $0.meanWait }, theory, relativeHalfWidth: 0.05, "M/M/5 mean wait")
        assertInside(estimate.summary { $0.utilisation }, lambda / (Double(c) * mu), relativeHalfWidth: 0.01, "M/M/5 utilisation")
    }

    func testMG1AgainstPollaczekKhinchine() {
        let lambda = 0.8
        for service in [Distribution.withMean(1, cv: 0.5, family: .gamma), .deterministic(1)] {
            let spec = NetworkSpec(stations: [.init(servers: 1, service: [service])],
                                   classes: [.init(arrivalRates: [lambda], routing: [[0]])])
            let estimate = simulate(spec, warmUp: 2_000, horizon: 82_000)
            let theory = QueueingTheory.mg1Wait(arrivalRate: lambda, serviceMean: service.mean,
                                                serviceVariance: service.variance!)
            assertInside(estimate.summary { $0.meanWait }, theory, relativeHalfWidth: 0.05, "M/G/1 mean wait, \(service)")
        }
    }

    /// Three stations; customers enter at 0 and 1, and station 2 sends a fifth of its customers back to 0.
    func testOpenJacksonNetworkWithFeedback() {
        let gamma = [0.5, 0.3, 0]
        let routing: [[Double]] = [[0, 0.4, 0.6], [0, 0, 0.7], [0.2, 0, 0]]
        let serviceRates = [1.2, 0.9, 1.5]
        let servers = [1, 1, 2]
        let spec = NetworkSpec(
            stations: (0..<3).map { .init(servers: servers[$0], service: [.exponential(mean: 1 / serviceRates[$0])]) },
            classes: [.init(arrivalRates: gamma, routing: routing)])
        let estimate = simulate(spec, warmUp: 2_000, horizon: 82_000)
        let lambda = QueueingTheory.jacksonArrivalRates(external: gamma, routing: routing)
        for i in 0..<3 {
            let theory = QueueingTheory.mmcWait(arrivalRate: lambda[i], serviceRate: serviceRates[i], servers: servers[i])
            assertInside(estimate.summary(i) { $0.meanWait }, theory, relativeHalfWidth: 0.06, "Jackson station \(i) mean wait")
            assertInside(estimate.summary(i) { $0.arrivalRate }, lambda[i], relativeHalfWidth: 0.01, "Jackson station \(i) arrival rate")
        }
    }

    func testTwoPriorityClassesAgainstCobham() {
        let rates = [0.3, 0.5]
        let means = [1.0, 0.8]
        let spec = NetworkSpec(
            stations: [.init(servers: 1, discipline: .priority, service: means.map { .exponential(mean: $0) })],
            classes: [.init(arrivalRates: [rates[0]], routing: [[0]], priority: 0),
                      .init(arrivalRates: [rates[1]], routing: [[0]], priority: 1)])
        let estimate = simulate(spec, warmUp: 2_000, horizon: 82_000)
        let theory = QueueingTheory.priorityWaits(arrivalRates: rates, serviceMeans: means,
                                                  serviceVariances: means.map { $0 * $0 })
        for k in 0..<2 {
            assertInside(estimate.summary { $0.meanWaitByClass[k] }, theory[k], relativeHalfWidth: 0.06, "priority class \(k) mean wait")
        }
    }

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
