import Scenarios
import SimKernel
import TestSupport
import XCTest
import YouthCare

/// The baseline describes a steady state, and a warm start finds it (`make validate`). Every replication of
/// one run starts from the same pilot (`Experiment.withInitialStock`), so their noise is shared and no
/// interval over one run's replications can see it: here each of `seeds` master seeds runs its own pilot
/// and `replications` replications, and a seed's mean is one independent observation.
final class StationarityValidation: XCTestCase {
    static let services = [Service.generalist, .specialist(4), .specialist(5), .specialist(6), .longTerm]
    static let seeds = 32
    static let replications = 8

    /// The mean over its replications of `measure`, per master seed.
    func perSeed(_ values: [String: Double], base: UInt64, _ measure: ([ReplicationResult]) -> [Double]) -> [[Double]] {
        (0..<Self.seeds).map { s in
            measure(Experiment.run(ParameterCatalog.parameters(values), replications: Self.replications, seed: testSeed(base + UInt64(s))))
        }
    }

    /// Per seed, per service: the mean least-squares slope of the monthly waiting list (families per month)
    /// and the mean list.
    func trends(_ values: [String: Double]) -> [(slope: Summary, level: Double)] {
        let perSeed = perSeed(values, base: 77) { results in
            Self.services.flatMap { service -> [Double] in
                let series = results.map { $0.series[Metric(.waitingList, .service(service))]! }
                let slope = series.map(Trend.slope).reduce(0, +) / Double(series.count)
                let level = series.map { $0.reduce(0, +) / Double($0.count) }.reduce(0, +) / Double(series.count)
                return [slope, level]
            }
        }
        return Self.services.indices.map { i in
            (Summary(perSeed.map { $0[2 * i] }, confidence: 0.999), perSeed.map { $0[2 * i + 1] }.reduce(0, +) / Double(Self.seeds))
        }
    }

    /// No trend, to a stated precision: for every service with a waiting list, the 99.9 % interval of the
    /// mean monthly slope over the ten reported years contains zero, and it is narrow enough to have teeth:
    /// over the ten years it spans less than 5 % of the list either way, or 5 families for a short list. A
    /// right model fails the first check with chance 0.1 % a service, 0.5 % in all (the seeds' means are
    /// independent and close to normal); the width, about 3 families at 32 seeds, is more than four of its
    /// own standard errors from the bound.
    func testTheBaselineWaitingListsHaveNoTrend() {
        for (service, trend) in zip(Self.services, trends([:])) {
            let what = "\(service): trend \(trend.slope.mean) per month [\(trend.slope.lower), \(trend.slope.upper)], list \(trend.level)"
            XCTAssertTrue(trend.slope.contains(0), what)
            XCTAssertLessThan(trend.slope.halfWidth * 120, max(0.05 * trend.level, 5), what)
        }
    }

    /// The test can fail: with demand growing 10 % a year every list grows, beyond the 99.9 % interval.
    func testGrowingDemandShowsATrend() {
        for (service, trend) in zip(Self.services, trends(["onset.annualGrowth": 0.1])) {
            XCTAssertGreaterThan(trend.slope.lower, 0, "\(service): trend \(trend.slope.mean) per month")
        }
    }

    /// Below saturation: every service's offered load, averaged over seeds, is under 0.97 and its 99.9 %
    /// interval below 1, so its waits are held by capacity, not by families giving up.
    func testNoServiceIsSaturated() {
        let loads = perSeed([:], base: 177) { results in
            Service.all.map { service in
                results.map { $0.figures[Metric(.offeredLoad, .service(service))]! }.reduce(0, +) / Double(results.count)
            }
        }
        for (i, service) in Service.all.enumerated() {
            let load = Summary(loads.map { $0[i] }, confidence: 0.999)
            XCTAssertLessThan(load.mean, 0.97, "\(service): offered load")
            XCTAssertLessThan(load.upper, 1, "\(service): offered load \(load.mean)")
        }
    }
}
