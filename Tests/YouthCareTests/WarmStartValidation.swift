import Scenarios
import SimKernel
import TestSupport
import XCTest
import YouthCare

/// A warm start with its 4-year warm-up reports what a long cold start reports (`make validate`; docs/model.md,
/// the warm-up). The warm runs are `seeds` master seeds, each with its own pilot, so that the noise a pilot
/// gives all replications of one run is in the comparison; the cold runs start empty and warm up for the 13
/// years `jeugdsim warmup` recommends from empty.
final class WarmStartValidation: XCTestCase {
    static let seeds = 16
    static let replications = 8
    static let values: [String: Double] = ["run.years": 5]

    /// Warm: per seed, the mean over its replications; cold: every replication, independent.
    static let warm: [ReplicationResult] = (0..<seeds).flatMap { s in
        Experiment.run(ParameterCatalog.parameters(values), replications: replications, seed: testSeed(31 + UInt64(s)))
    }
    static let cold = Experiment.run(
        ParameterCatalog.parameters(values.merging(["run.warmStart": 0, "run.warmUpYears": 13]) { $1 }), replications: seeds * replications,
        seed: testSeed(31))

    func seedMeans(_ metric: Metric) -> [Double] {
        (0..<Self.seeds).map { s in
            Self.warm[(s * Self.replications)..<((s + 1) * Self.replications)].map { $0.figures[metric]! }.reduce(0, +)
                / Double(Self.replications)
        }
    }

    /// Every headline: the warm and cold means differ by less than the 99 %-familywise bound (Bonferroni over
    /// the headlines, Student t on the seeds' degrees of freedom), so a right model fails this test with
    /// chance at most 1 %; and the bound is at most 5 % of the headline (or twice its `absolutePrecision`), so a
    /// warm start 5 % off is caught (at 16 seeds the bounds are 1-4 %, widest for supervision orders; the
    /// neighbourhood team's wait of 2.4 days is held to a day: its bound, about half a day, passed half a day
    /// on 1 of 20 seeds with the absolute precision alone, Benchmarks/flake-check).
    func testAWarmStartReportsWhatALongColdStartReports() {
        let tail = 0.01 / Double(Headline.all.count) / 2
        for headline in Headline.all {
            let warm = Summary(seedMeans(headline.metric))
            let cold = Summary(figures(Self.cold, headline.metric))
            let bound = differenceBound(warm, cold, tail: tail, degreesOfFreedom: Double(Self.seeds - 1))
            let what = "\(headline.label): warm \(warm.mean), cold \(cold.mean), bound \(bound)"
            XCTAssertLessThanOrEqual(abs(warm.mean - cold.mean), bound, what)
            XCTAssertLessThanOrEqual(bound, max(0.05 * abs(cold.mean), 2 * headline.absolutePrecision), "too wide to test: " + what)
        }
    }

    /// A seeded family's trajectory began before the run, as long before as a pilot family's in care had run
    /// (`InitialStock.trajectoryAges`): with a warm-up of two years, the shares of trajectories ended after three
    /// years and more come far closer to a long cold start's than with every trajectory begun at the warm
    /// start (which left the share of four years and more a fifth short at 400 replications). Held for the
    /// bands of three years and more, where the gap is large; the two-to-three-year band's was within the
    /// noise of 24 replications (it failed on 2 of 20 seeds, Benchmarks/flake-check), so it is not held. The
    /// bands held never failed on those 20 seeds at 24 replications; 48 halve the noise's variance again.
    func testAShortWarmUpEndsLongTrajectoriesFarCloserToAColdStart() {
        let seed = testSeed(31)
        let parameters = ParameterCatalog.parameters(["run.years": 5, "run.warmUpYears": 2])
        let backdated = Experiment.withInitialStock(parameters, seed: seed)
        var begunAtTheStart = backdated
        begunAtTheStart.initialStock!.trajectoryAges = backdated.initialStock!.trajectoryAges.map { _ in [] }
        let (warm, unaged) = (
            Experiment.run(backdated, replications: 48, seed: seed), Experiment.run(begunAtTheStart, replications: 48, seed: seed)
        )
        for band in [DurationBand.from3to4y, .over4y] {
            let metric = Metric(.endedTrajectoriesDurationShare, .duration(band))
            let cold = Summary(figures(Self.cold, metric)).mean
            let (error, before) = (abs(Summary(figures(warm, metric)).mean - cold), abs(Summary(figures(unaged, metric)).mean - cold))
            XCTAssertLessThan(error, before / 2, "\(band.key): off the cold start's \(cold) by \(error), by \(before) unaged")
        }
    }
}
