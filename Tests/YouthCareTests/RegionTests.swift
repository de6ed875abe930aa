import Foundation
import TestSupport
import XCTest
import YouthCare

/// A system of regions that share nothing (`Region`, `ReplicationBooks.merge`): its figures are those its
/// regions' books give added up, each region's own figures are its run alone, and neither depends on the
/// threads that ran them.
final class RegionTests: XCTestCase {
    let seed = testSeed(36)

    /// Two small municipalities, cold, two reported years; 3,000 and 5,000 youths.
    func twoRegions() -> ModelParameters {
        var system = smallMunicipality(youths: 8_000)
        system.regions = [Region(name: "Noord", youths: 3_000), Region(name: "Zuid", youths: 5_000)]
        return system
    }

    /// Region `index` run alone, on the streams the system gives it.
    func alone(_ system: ModelParameters, _ index: Int) -> ReplicationResult {
        Experiment.run(system.region(index), replications: 1, seed: system.regions[index].seed(seed), threads: 1)[0]
    }

    func testARegionsFiguresAreItsRunAloneAndTheSystemsCountsAddUp() throws {
        let system = twoRegions()
        let merged = Experiment.run(system, replications: 1, seed: seed, threads: 1)[0]
        let regions = [alone(system, 0), alone(system, 1)]
        XCTAssertNil(imbalance(merged))
        // Each region's figures over its whole system are those of its run alone, bit for bit.
        for (region, result) in zip(system.regions, regions) {
            for (metric, value) in result.figures where metric.group == .system {
                let regional = Metric(metric.figure, .region(region.name), year: metric.year)
                XCTAssertEqual(merged.figures[regional]?.bitPattern, value.bitPattern, "\(region.name): \(metric)")
            }
        }
        // Counts and money add up exactly; a mean wait is the regions' means weighted by their starts; a
        // waiting list's time average is the sum of theirs.
        func figure(_ result: ReplicationResult, _ metric: Metric) throws -> Double { try XCTUnwrap(result.figures[metric], "\(metric)") }
        let additive = [
            Metric(.arrivals), Metric(.placements), Metric(.starts, .level(5)), Metric(.spend, .total, year: 2027),
            Metric(.spend, .line(.level(5)), year: 2026), Metric(.leftWaitingList, .service(.specialist(4))), Metric(.stockEnd),
        ]
        for metric in additive {
            XCTAssertEqual(try figure(merged, metric), try figure(regions[0], metric) + figure(regions[1], metric), "\(metric)")
        }
        let list = Metric(.waitingListMean, .service(.specialist(5)))
        XCTAssertEqual(try figure(merged, list), try figure(regions[0], list) + figure(regions[1], list), accuracy: 1e-9)
        let wait = Metric(.waitMean, .service(.specialist(5)))
        let starts = Metric(.starts, .level(5))
        let weighted =
            (try figure(regions[0], wait) * figure(regions[0], starts) + figure(regions[1], wait) * figure(regions[1], starts))
            / (try figure(regions[0], starts) + figure(regions[1], starts))
        XCTAssertEqual(try figure(merged, wait), weighted, accuracy: 1e-9 * weighted)
        // A quantile of the merged waits lies between the regions' (the sketches merged, not averaged).
        let p90 = Metric(.waitP90, .service(.specialist(5)))
        let bounds = [try figure(regions[0], p90), try figure(regions[1], p90)].sorted()
        let both = try figure(merged, p90)
        XCTAssertTrue((bounds[0]...bounds[1]).contains(both), "p90 \(both) outside \(bounds)")
        // Per 1,000 youths, the system's youths.
        let perYouth = Metric(.per1000InCarePerYear)
        let inCare = (try figure(regions[0], perYouth) * 3_000 + figure(regions[1], perYouth) * 5_000) / 8_000
        XCTAssertEqual(try figure(merged, perYouth), inCare, accuracy: 1e-9 * inCare)
    }

    func testASystemOfOneRegionIsThatRegion() {
        var system = smallMunicipality(youths: 4_000)
        system.regions = [Region(name: "Heel", youths: 4_000)]
        let merged = Experiment.run(system, replications: 1, seed: seed, threads: 1)
        let own = merged.map { result in
            let figures = result.figures.filter { !$0.key.group.key.hasPrefix("region:") }
            return ReplicationResult(figures: figures, series: result.series, events: result.events)
        }
        XCTAssertEqual(differences(own, [alone(system, 0)]), [])
    }

    func testRegionsGiveTheSameFiguresOnOneThreadAndOnTwo() {
        let system = twoRegions()
        let one = Experiment.run(system, replications: 2, seed: seed, threads: 1)
        let two = Experiment.run(system, replications: 2, seed: seed, threads: 2)
        XCTAssertEqual(differences(one, two), [])
    }

    /// Shards of a run of regions keep each region run's books as a record; the replications merged from the
    /// records of any cut of the runs are those of one process, bit for bit.
    func testRegionRunsRecordedInShardsMergeToTheSameReplications() throws {
        let system = twoRegions()
        let whole = Experiment.run(system, replications: 2, seed: seed, threads: 2)
        let records =
            Experiment.regionRecords(system, tasks: 0..<1, seed: seed, threads: 1)
            + Experiment.regionRecords(system, tasks: 1..<3, seed: seed, threads: 2)
            + Experiment.regionRecords(system, tasks: 3..<4, seed: seed, threads: 1)
        XCTAssertEqual(differences(try Experiment.replications(system, regionRecords: records), whole), [])
        XCTAssertThrowsError(try Experiment.replications(system, regionRecords: Array(records.dropLast())))
        XCTAssertThrowsError(try Experiment.replications(system, regionRecords: records.dropLast() + ["{\"events\": 1}"])) { error in
            XCTAssertTrue("\(error)".contains("region run 3 cannot be read"), "\(error)")
        }
        // A record edited to another shape is refused with what does not fit, before anything merges (a merge
        // would trap on it).
        func edited(_ change: (inout [String: Any]) -> Void) throws -> [String] {
            var run = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(records[1].utf8)) as? [String: Any])
            var books = try XCTUnwrap(run["books"] as? [String: Any])
            change(&books)
            run["books"] = books
            return [records[0], String(decoding: try JSONSerialization.data(withJSONObject: run), as: UTF8.self)] + records.dropFirst(2)
        }
        let fewerServices = try edited { books in books["stations"] = (books["stations"] as? [Any]).map { Array($0.dropLast()) } }
        let laterStart = try edited { books in
            var stations = books["stations"] as! [[String: Any]]
            var list = stations[0]["queueLength"] as! [String: Any]
            list["start"] = -30
            stations[0]["queueLength"] = list
            books["stations"] = stations
        }
        let otherResolution = try edited { books in
            var stations = books["stations"] as! [[String: Any]]
            var sketch = stations[5]["waitQuantiles"] as! [String: Any]
            sketch["resolution"] = 0.5
            stations[5]["waitQuantiles"] = sketch
            books["stations"] = stations
        }
        let fewerYears = try edited { books in
            var recorder = books["recorder"] as! [String: Any]
            recorder["yearly"] = Array((recorder["yearly"] as! [Any]).dropLast())
            books["recorder"] = recorder
        }
        for (records, what) in [
            (fewerServices, "its services"), (laterStart, "its time averages"), (otherResolution, "its waits"), (fewerYears, "its counts"),
        ] {
            XCTAssertThrowsError(try Experiment.replications(system, regionRecords: records)) { error in
                XCTAssertTrue("\(error)".contains("region run 1: its books do not fit the run: \(what)"), "\(error)")
            }
        }
    }
}
