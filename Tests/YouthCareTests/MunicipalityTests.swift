import Scenarios
import TestSupport
import XCTest
import YouthCare

/// A region of municipalities in one model (`Municipality`): each has its own access, teams and consultation
/// function and books its own families and money, the region's figures are theirs added up, and they share
/// the specialist providers.
final class MunicipalityTests: XCTestCase {
    let seed = testSeed(36)

    /// A region of 9,000 youths in three municipalities, warm-started (the seeding of each municipality's
    /// front is exercised), two reported years; `zuid` is what the smallest sets of its front.
    func region(zuid: String = "consultation: {fte: 1, funding: shift}") throws -> ModelParameters {
        let text = """
            name: three
            run: {years: 2, warmUpYears: 1}
            onset: {youths: 9000}
            municipalities:
              Noord: 4000
              Midden: 3000
              Zuid:
                youths: 2000
                \(zuid)
            """
        return try ScenarioLoader.load(text: text, file: "three.yaml").parameters
    }

    func figure(_ result: ReplicationResult, _ metric: Metric) throws -> Double {
        try XCTUnwrap(result.figures[metric], "\(metric)")
    }

    func testTheRegionsFiguresAreItsMunicipalitiesAddedUp() throws {
        let parameters = try region()
        let result = Experiment.run(parameters, replications: 1, seed: seed, threads: 1)[0]
        XCTAssertNil(imbalance(result))
        let names = parameters.municipalities.map(\.name)
        XCTAssertEqual(names, ["Noord", "Midden", "Zuid"])
        XCTAssertEqual(parameters.municipalities.map(\.youths), [4_000, 3_000, 2_000])
        let additive = [
            Metric(.arrivals), Metric(.stockStart), Metric(.stockEnd), Metric(.consultationsGiven), Metric(.placements),
            Metric(.spend, .total, year: 2027), Metric(.unmetNeedChildYears),
        ]
        for metric in additive {
            let parts = try names.map { try figure(result, Metric(metric.figure, .municipality($0, metric.group), year: metric.year)) }
            let whole = try figure(result, metric)
            XCTAssertEqual(parts.reduce(0, +), whole, accuracy: 1e-9 * max(1, abs(whole)), "\(metric): \(parts)")
            XCTAssertTrue(parts.allSatisfy { $0 > 0 } || metric.figure == .consultationsGiven, "\(metric): \(parts)")
        }
        // The region's wait for specialist care is its municipalities' families' waits together: between theirs.
        let waits = try names.map { try figure(result, Metric(.waitMean, .municipality($0, .pooledSpecialist))) }
        let pooled = try figure(result, Metric(.waitMean, .pooledSpecialist))
        XCTAssertTrue(waits.min()! * (1 - 1e-9) <= pooled && pooled <= waits.max()! * (1 + 1e-9), "\(pooled) outside \(waits)")
        // Only Zuid has a consultation function: only its families and professionals are consulted.
        let given = try names.map { try figure(result, Metric(.consultationsGiven, .municipality($0))) }
        XCTAssertEqual(given[0], 0)
        XCTAssertEqual(given[1], 0)
        XCTAssertGreaterThan(given[2], 0)
        // Each municipality's new needs follow its youths (a Poisson count: within 5 standard deviations).
        let arrivals = try names.map { try figure(result, Metric(.arrivals, .municipality($0))) }
        let total = arrivals.reduce(0, +)
        for (count, youths) in zip(arrivals, parameters.municipalities.map(\.youths)) {
            let expected = total * youths / 9_000
            XCTAssertEqual(count, expected, accuracy: 5 * expected.squareRoot(), "\(arrivals)")
        }
    }

    /// A municipality that cut its teams to less than half waits for them, its neighbours do not: the teams are its
    /// own, and the region's generalist list is the municipalities' added up.
    func testEachMunicipalityWaitsForItsOwnTeams() throws {
        let parameters = try region(zuid: "generalist: {fte: 1}")
        XCTAssertEqual(parameters.municipalities[2].parameters.generalist.fte, 1)
        XCTAssertEqual(parameters.municipalities[0].parameters.generalist.fte, parameters.generalist.fte * 4 / 9, accuracy: 1e-9)
        let result = Experiment.run(parameters, replications: 1, seed: seed, threads: 1)[0]
        XCTAssertNil(imbalance(result))
        let wait = { (name: String) in try self.figure(result, Metric(.waitMean, .municipality(name, .service(.generalist)))) }
        XCTAssertGreaterThan(try wait("Zuid"), 10 * max(try wait("Noord"), try wait("Midden"), 1))
        let list = Metric(.waitingListMean, .service(.generalist))
        let lists = try ["Noord", "Midden", "Zuid"].map { try figure(result, Metric(list.figure, .municipality($0, list.group))) }
        XCTAssertEqual(lists.reduce(0, +), try figure(result, list), accuracy: 1e-9 * max(1, try figure(result, list)))
    }

    /// A step of the region's timeline changes every municipality's front, scaled to its youths, but the
    /// values a municipality sets itself: from 2027 the region funds consultation, Zuid keeps its own.
    func testTheRegionsTimelineReachesEveryMunicipalitysFront() throws {
        var parameters = try region(
            zuid: "consultation: {fte: 1}\ntimeline:\n  - from: 2027-01\n    set: {consultation.fte: 4.5, consultation.funding: add}")
        XCTAssertEqual(parameters.municipalities[0].parameters.changes.first?.parameters.consultation.fte ?? 0, 2, accuracy: 1e-9)
        XCTAssertEqual(parameters.municipalities[2].parameters.changes.first?.parameters.consultation.fte, 1)
        parameters.run.warmStart = false
        let result = Experiment.run(parameters, replications: 1, seed: seed, threads: 1)[0]
        XCTAssertNil(imbalance(result))
        let given = { (name: String, year: Int) in
            try self.figure(result, Metric(.perYearConsultations, .municipality(name), year: year))
        }
        XCTAssertEqual(try given("Noord", 2026), 0)
        XCTAssertGreaterThan(try given("Noord", 2027), 0)
        XCTAssertGreaterThan(try given("Zuid", 2026), 0)
    }

    /// The same region on one thread and two, and run again: the same bits.
    func testARegionOfMunicipalitiesRunsTheSameEverywhere() throws {
        let parameters = try region()
        let one = Experiment.run(parameters, replications: 2, seed: seed, threads: 1)
        let two = Experiment.run(parameters, replications: 2, seed: seed, threads: 2)
        XCTAssertEqual(differences(one, two), [])
    }
}
