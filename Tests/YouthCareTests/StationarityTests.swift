import Scenarios
import SimKernel
import XCTest
import YouthCare

/// The baseline describes a steady state: over its ten reported years the monthly waiting lists show no
/// trend. Each replication's least-squares slope (children per month) is one observation; the 99 %
/// interval of their mean must contain zero for every service with a waiting list.
final class StationarityTests: XCTestCase {
    static let services = [Service.generalist, .specialist(4), .specialist(5), .specialist(6)]

    func trends(_ values: [String: Double]) -> [Summary] {
        let results = Experiment.run(ParameterCatalog.parameters(values), replications: 16, seed: 77)
        return Self.services.map { service in
            Summary(results.map { Trend.slope($0.series[Metric(.waitingList, .service(service))]!) }, confidence: 0.99)
        }
    }

    func testTheBaselineWaitingListsHaveNoTrend() {
        for (service, trend) in zip(Self.services, trends([:])) {
            XCTAssertTrue(
                trend.contains(0), "\(service): waiting list trend \(trend.mean) per month [\(trend.lower), \(trend.upper)]")
        }
    }

    /// The test can fail: with demand growing 10 % a year every list grows.
    func testGrowingDemandShowsATrend() {
        for (service, trend) in zip(Self.services, trends(["onset.annualGrowth": 0.1])) {
            XCTAssertGreaterThan(trend.lower, 0, "\(service): trend \(trend.mean) per month")
        }
    }
}
