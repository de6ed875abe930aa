import Foundation
import Scenarios
import XCTest
import YouthCare

/// A scenario's `regions:` (`Scenario.regions`, `Region`): read in the file's order with provenance, adding up
/// to `onset.youths` unless the file gives that too (then they give its split), checked with line and key,
/// written back by `describe` and carried by a shard unchanged; the shipped national baseline is the 42
/// youth-care regions.
final class ScenarioRegionTests: XCTestCase {
    func load(_ text: String) throws -> Scenario { try ScenarioLoader.load(text: text, file: "regions.yaml") }

    let twoRegions = "name: two\nregions:\n  Zuid: 5000\n  Noord: {value: 3000, source: \"CBS, a count\"}\n"

    func testRegionsReadInOrderAndAddUpToTheYouths() throws {
        let scenario = try load(twoRegions)
        XCTAssertEqual(scenario.regions.map(\.name), ["Zuid", "Noord"])
        XCTAssertEqual(scenario.values["onset.youths"]?.value, 8_000)
        XCTAssertTrue(scenario.values["onset.youths"]?.provenance.text.contains("regions' youths added up") ?? false)
        XCTAssertTrue(scenario.regions[1].youths.provenance.text.hasPrefix("CBS, a count"))
        XCTAssertEqual(scenario.parameters.regions, [Region(name: "Zuid", youths: 5_000), Region(name: "Noord", youths: 3_000)])
        // The youths given on a command line (or by the file) are the whole; the regions, its split.
        let doubled = scenario.setting("onset.youths", to: 16_000, because: "test").parameters.regions
        XCTAssertEqual(doubled.map(\.youths), [10_000, 6_000])
    }

    func testRegionsRoundTripThroughDescribeAndAShard() throws {
        let scenario = try load(twoRegions)
        let again = try load(ScenarioWriter.yaml(scenario))
        XCTAssertEqual(again.parameters.regions, scenario.parameters.regions)
        XCTAssertNil(ScenarioRoundTrip.problem(loading: Data(ScenarioWriter.yaml(scenario).utf8), as: "again.yaml"))
        let shard = Shard(kind: .run, number: 1, count: 2, dutchCSV: false, scenario: scenario)
        let read = try Shard(json: Data(shard.json().utf8), file: "shard.json")
        XCTAssertEqual(read.scenario.parameters.regions, scenario.parameters.regions)
        XCTAssertEqual(read.scenario.regions.map(\.youths.provenance.text), scenario.regions.map(\.youths.provenance.text))
    }

    func testBadRegionsNameTheirLineAndKey() throws {
        let text = "name: bad\nregions:\n  A: 100\n  B/C: 10\n  D: -5\n  E: {value: 10, size: 3}\n"
        XCTAssertThrowsError(try load(text)) { error in
            let diagnostics = (error as? ScenarioErrors)?.diagnostics ?? []
            XCTAssertEqual(diagnostics.map(\.key), ["regions", "regions.D", "regions.E"], "\(diagnostics)")
            XCTAssertEqual(diagnostics.map(\.line), [4, 5, 6])
            XCTAssertTrue(diagnostics[1].message.contains("expected a region's youths"), "\(diagnostics)")
        }
        XCTAssertThrowsError(try load("name: bad\nregions: [A, B]\n")) { error in
            XCTAssertTrue("\(error)".contains("expected a mapping of region names to their youths"), "\(error)")
        }
    }

    func testTheNationalBaselineIsTheFortyTwoYouthCareRegions() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Scenarios/national-baseline.yaml")
        let parameters = try ScenarioLoader.load(file.path).parameters
        XCTAssertEqual(parameters.regions.count, 42)
        XCTAssertEqual(parameters.regions.reduce(0) { $0 + $1.youths }, parameters.onset.youths, accuracy: 1e-6)
        XCTAssertEqual(Set(parameters.regions.map(\.name)).count, 42)
    }

    /// Compare says which regions bear a change: counted by the side their paired interval falls on, the
    /// largest named with their intervals.
    func testCompareSaysWhichRegionsBearAChange() throws {
        let regions = ["Noord": 300.0, "Midden": -50.0, "Zuid": 0.0]
        func results(_ shift: Double) -> [ReplicationResult] {
            (0..<4).map { r in
                var result = ReplicationResult(figures: [Metric(.spendPerYear): 1_000 + Double(r)])
                for (name, change) in regions {
                    // Noord rises by 300 and Midden falls by 50 in every replication; Zuid moves by noise.
                    let noise = name == "Zuid" ? (r % 2 == 0 ? 40.0 : -40.0) * shift : 0
                    result.figures[Metric(.spendPerYear, .region(name))] = 100 + Double(r) + shift * change + noise
                }
                return result
            }
        }
        let base = Scenario.builtInDefault
        var variant = base
        variant.name = "variant"
        let comparison = Comparison(base: base, baseResults: results(0), variant: variant, variantResults: results(1))
        let text = try XCTUnwrap(RegionTable.render(comparison))
        XCTAssertTrue(
            text.hasPrefix("Spending (euros a year): distinguishably higher in 1 of 3 regions, lower in 1, not distinguishable in 1."), text
        )
        XCTAssertTrue(text.contains("Most higher: Noord 300 (300 to 300)."), text)
        XCTAssertTrue(text.contains("Most lower: Midden -50"), text)
        let plain = [1.0, 2.0].map { ReplicationResult(figures: [Metric(.spendPerYear): $0]) }
        XCTAssertNil(RegionTable.render(Comparison(base: base, baseResults: plain, variant: variant, variantResults: plain)))
    }
}
