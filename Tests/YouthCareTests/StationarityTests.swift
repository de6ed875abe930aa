import Scenarios
import SimKernel
import XCTest
import YouthCare

/// The baseline describes a steady state: over its ten reported years the monthly waiting lists show no
/// trend. Each replication's least-squares slope (children per month) is one observation; the 99 %
/// interval of their mean must contain zero for every service with a waiting list.
final class StationarityTests: XCTestCase {
    static let services = [Service.generalist, .specialist(4), .specialist(5), .specialist(6), .longTerm]

    func run(_ values: [String: Double]) -> [ReplicationResult] {
        Experiment.run(ParameterCatalog.parameters(values), replications: 16, seed: 77)
    }

    func trends(_ results: [ReplicationResult]) -> [Summary] {
        Self.services.map { service in
            Summary(results.map { Trend.slope($0.series[Metric(.waitingList, .service(service))]!) }, confidence: 0.99)
        }
    }

    /// No trend, and below saturation: every service's mean offered load is under 0.97 and its 99 % interval
    /// below 1, so its waits are held by capacity, not by families giving up.
    func testTheBaselineWaitingListsHaveNoTrendAndNoServiceIsSaturated() {
        let results = run([:])
        for (service, trend) in zip(Self.services, trends(results)) {
            XCTAssertTrue(
                trend.contains(0), "\(service): waiting list trend \(trend.mean) per month [\(trend.lower), \(trend.upper)]")
        }
        for service in Service.all {
            let load = Summary(results.map { $0.figures[Metric(.offeredLoad, .service(service))]! }, confidence: 0.99)
            XCTAssertLessThan(load.mean, 0.97, "\(service): offered load")
            XCTAssertLessThan(load.upper, 1, "\(service): offered load \(load.mean)")
        }
    }

    /// The test can fail: with demand growing 10 % a year every list grows.
    func testGrowingDemandShowsATrend() {
        for (service, trend) in zip(Self.services, trends(run(["onset.annualGrowth": 0.1]))) {
            XCTAssertGreaterThan(trend.lower, 0, "\(service): trend \(trend.mean) per month")
        }
    }
}

/// A warm start with its short warm-up reports what a long cold start reports: every headline's mean within
/// the two runs' intervals (the cold run's warm-up is the 13 years `jeugdsim warmup` recommends from empty).
final class WarmStartTests: XCTestCase {
    static let cold = Experiment.run(
        ParameterCatalog.parameters(["run.years": 5, "run.warmStart": 0, "run.warmUpYears": 13]), replications: 24, seed: 31)

    func testAWarmStartReportsWhatALongColdStartReports() {
        let warm = Experiment.run(ParameterCatalog.parameters(["run.years": 5]), replications: 24, seed: 31)
        let cold = Self.cold
        for headline in Headline.all {
            let (w, c) = (figures(warm, headline.metric), figures(cold, headline.metric))
            let difference = Summary(w).mean - Summary(c).mean
            // Independent runs: the difference's interval from the two standard errors.
            let halfWidth =
                1.96
                * ((Summary(w).standardDeviation * Summary(w).standardDeviation + Summary(c).standardDeviation
                * Summary(c).standardDeviation) / 24).squareRoot()
            XCTAssertLessThanOrEqual(
                abs(difference), max(halfWidth * 1.5, 1e-9), "\(headline.label): warm \(Summary(w).mean), cold \(Summary(c).mean)")
        }
    }

    /// A seeded family's trajectory began before the run, as long before as a pilot family's in care had run
    /// (`InitialStock.trajectoryAges`): with a warm-up of two years, the shares of trajectories ended after two
    /// years and more come far closer to a long cold start's than with every trajectory begun at the warm
    /// start (which left the share of four years and more a fifth short at 400 replications).
    func testAShortWarmUpEndsLongTrajectoriesFarCloserToAColdStart() {
        let seed: UInt64 = 31
        let parameters = ParameterCatalog.parameters(["run.years": 5, "run.warmUpYears": 2])
        let backdated = Experiment.withInitialStock(parameters, seed: seed)
        var begunAtTheStart = backdated
        begunAtTheStart.initialStock!.trajectoryAges = backdated.initialStock!.trajectoryAges.map { _ in [] }
        let (warm, unaged) = (
            Experiment.run(backdated, replications: 24, seed: seed), Experiment.run(begunAtTheStart, replications: 24, seed: seed)
        )
        for band in [DurationBand.from2to3y, .from3to4y, .over4y] {
            let metric = Metric(.endedTrajectoriesDurationShare, .duration(band))
            let cold = Summary(figures(Self.cold, metric)).mean
            let (error, before) = (abs(Summary(figures(warm, metric)).mean - cold), abs(Summary(figures(unaged, metric)).mean - cold))
            XCTAssertLessThan(error, before / 2, "\(band.key): off the cold start's \(cold) by \(error), by \(before) unaged")
        }
    }
}
