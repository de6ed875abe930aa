import Foundation
import Scenarios
import XCTest
import YouthCare

/// A scenario's `municipalities:` (`Scenario.municipalities`, `Municipality`): read in the file's order with
/// the values of their own front and provenance, each the region scaled to its youths with the region's
/// specialist pools, checked with line and key (a key of the shared system is refused), written back by
/// `describe` and carried by a shard; compared with a base, each starts from the base's front of its name.
final class ScenarioMunicipalityTests: XCTestCase {
    func load(_ text: String) throws -> Scenario { try ScenarioLoader.load(text: text, file: "region.yaml") }

    let threeMunicipalities = """
        name: three
        specialist: {capacity: {level5: 300}}
        municipalities:
          Noord: 4000
          Midden: {value: 3000, source: "CBS, a count"}
          Zuid:
            youths: 2000
            consultation:
              fte: {value: 2, source: "the council's plan"}
              funding: shift
            generalist.fte: 3

        """

    func testMunicipalitiesReadInOrderWithTheirOwnFront() throws {
        let scenario = try load(threeMunicipalities)
        XCTAssertEqual(scenario.municipalities.map(\.name), ["Noord", "Midden", "Zuid"])
        XCTAssertEqual(scenario.values["onset.youths"]?.value, 9_000)
        XCTAssertTrue(scenario.municipalities[1].youths.provenance.text.hasPrefix("CBS, a count"))
        XCTAssertEqual(
            scenario.municipalities[2].front.mapValues(\.value), ["consultation.fte": 2, "consultation.funding": 0, "generalist.fte": 3])
        XCTAssertTrue(scenario.municipalities[2].front["consultation.fte"]?.provenance.text.hasPrefix("the council's plan") ?? false)
        let parameters = scenario.parameters
        let (noord, zuid) = (parameters.municipalities[0].parameters, parameters.municipalities[2].parameters)
        // Scaled to its youths where it sets nothing itself; its own values where it does.
        XCTAssertEqual(noord.onset.youths, 4_000)
        XCTAssertEqual(noord.generalist.fte, parameters.generalist.fte * 4 / 9, accuracy: 1e-9)
        XCTAssertEqual(noord.consultation.fte, 0)
        XCTAssertEqual(zuid.generalist.fte, 3)
        XCTAssertEqual(zuid.consultation.fte, 2)
        // The pools are the region's, shared: not scaled down.
        XCTAssertEqual(zuid.specialist.capacity[5], 300)
        XCTAssertTrue(noord.municipalities.isEmpty && noord.changes.isEmpty)
        // The youths given on a command line are the whole; the municipalities, its split.
        let doubled = scenario.setting("onset.youths", to: 18_000, because: "test").parameters.municipalities
        XCTAssertEqual(doubled.map(\.youths), [8_000, 6_000, 4_000])
    }

    func testMunicipalitiesRoundTripThroughDescribeAndAShard() throws {
        let scenario = try load(threeMunicipalities)
        let text = ScenarioWriter.yaml(scenario)
        XCTAssertNil(ScenarioRoundTrip.problem(loading: Data(text.utf8), as: "again.yaml"), text)
        let again = try load(text)
        XCTAssertEqual(again.municipalities.map(\.name), scenario.municipalities.map(\.name))
        XCTAssertEqual(
            again.municipalities.map { $0.front.mapValues(\.value) }, scenario.municipalities.map { $0.front.mapValues(\.value) })
        let shard = Shard(kind: .run, number: 1, count: 2, dutchCSV: false, scenario: scenario)
        let read = try Shard(json: Data(shard.json().utf8), file: "shard.json")
        XCTAssertEqual(read.scenario.municipalities.map(\.youths.value), [4_000, 3_000, 2_000])
        XCTAssertEqual(read.scenario.municipalities[2].front.mapValues(\.value), scenario.municipalities[2].front.mapValues(\.value))
        XCTAssertEqual(
            read.scenario.municipalities[2].front["consultation.fte"]?.provenance.text,
            scenario.municipalities[2].front["consultation.fte"]?.provenance.text)
    }

    func testBadMunicipalitiesNameTheirLineAndKey() throws {
        let text = """
            name: bad
            municipalities:
              A: 100
              B/C: 10
              D:
                youths: -5
              E:
                youths: 10
                specialist: {capacity: {level5: 3}}
                consultation: {fte: many}
            """
        XCTAssertThrowsError(try load(text)) { error in
            let diagnostics = (error as? ScenarioErrors)?.diagnostics ?? []
            XCTAssertEqual(
                diagnostics.map(\.key),
                [
                    "municipalities", "municipalities.D.youths", "municipalities.E.consultation.fte",
                    "municipalities.E.specialist.capacity.level5",
                ], "\(diagnostics)")
            XCTAssertEqual(diagnostics.map(\.line), [4, 6, 10, 9], "\(diagnostics)")
            XCTAssertTrue(diagnostics[3].message.contains("is the region's, which its municipalities share"), "\(diagnostics)")
        }
        XCTAssertThrowsError(try load("name: bad\nmunicipalities: {A: 100}\n")) { error in
            XCTAssertTrue("\(error)".contains("a mapping of two or more municipality names"), "\(error)")
        }
        XCTAssertThrowsError(try load("name: bad\nregions: {R: 100, S: 200}\nmunicipalities: {A: 100, B: 200}\n")) { error in
            XCTAssertTrue("\(error)".contains("a system of regions cannot have municipalities too"), "\(error)")
        }
    }

    /// `--set municipalities.<name>.<key>=value` sets a municipality's own value as its section does; a name
    /// or key that is not one, or a bad value, is said with the option.
    func testTheCommandLineSetsAMunicipalitysOwnValue() throws {
        let scenario = try load(threeMunicipalities)
        let set = try CommandLineSettings(assignments: ["municipalities.Noord.consultation.fte=1.5"]).apply(to: scenario)
        XCTAssertEqual(set.parameters.municipalities[0].parameters.consultation.fte, 1.5)
        XCTAssertEqual(
            set.municipalities[0].front["consultation.fte"]?.provenance.text, "command line --set municipalities.Noord.consultation.fte")
        let wrong = [
            "municipalities.West.generalist.fte=3", "municipalities.Zuid.specialist.capacity.level5=3",
            "municipalities.Zuid.generalist.fte=x",
        ]
        XCTAssertThrowsError(try CommandLineSettings(assignments: wrong).apply(to: scenario)) { error in
            let diagnostics = (error as? ScenarioErrors)?.diagnostics ?? []
            XCTAssertEqual(diagnostics.map(\.key), wrong.map { "--set " + $0.prefix { $0 != "=" } }, "\(diagnostics)")
            XCTAssertTrue(diagnostics[0].message.contains("a name of Noord, Midden, Zuid"), "\(diagnostics)")
            XCTAssertTrue(diagnostics[1].message.contains("not of the municipality's own front"), "\(diagnostics)")
        }
    }

    /// Compared with a base, a municipality starts from the base's front of its name and takes its own from
    /// the first reported month; one that sets nothing new changes nothing.
    func testAMunicipalitysPolicyStartsAtTheFirstReportedMonth() throws {
        let base = try load(threeMunicipalities.replacingOccurrences(of: "fte: {value: 2, source: \"the council's plan\"}", with: "fte: 0"))
        let variant = try load(threeMunicipalities).startingFrom(base)
        let municipalities = variant.parameters.municipalities
        XCTAssertEqual(municipalities[2].parameters.consultation.fte, 0)
        XCTAssertEqual(municipalities[2].parameters.changes.map(\.month), [0])
        XCTAssertEqual(municipalities[2].parameters.changes.first?.parameters.consultation.fte, 2)
        XCTAssertEqual(municipalities[0].parameters.changes.count, 0)
    }

    /// The shipped region example: three municipalities, one of which shifts 2 FTE to consultation out of
    /// the places the three share; compare names the municipalities.
    func testTheRegionExampleSaysWhichMunicipalitiesBearTheShift() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Scenarios")
        let base = try ScenarioLoader.load(folder.appendingPathComponent("region-example-baseline.yaml").path)
        let variant = try ScenarioLoader.load(folder.appendingPathComponent("region-example.yaml").path)
        XCTAssertEqual(variant.municipalities.map(\.name), ["Noordstad", "Middenwaard", "Zuiderveen"])
        XCTAssertEqual(variant.parameters.municipalities[2].parameters.consultation.fte, 2)
        XCTAssertEqual(base.parameters.municipalities[2].parameters.consultation.fte, 0)
        let short = { (scenario: Scenario) in scenario.setting("run.years", to: 1, because: "test") }
        let comparison = Comparison(
            base: base, baseResults: Experiment.run(short(base).parameters, replications: 2, seed: 1, threads: 1),
            variant: variant,
            variantResults: Experiment.run(short(variant).startingFrom(base).parameters, replications: 2, seed: 1, threads: 1))
        let text = try XCTUnwrap(RegionTable.render(comparison, by: .municipality))
        XCTAssertTrue(text.hasPrefix("Spending (euros a year): distinguishably higher in "), text)
        XCTAssertTrue(text.contains(" of 3 municipalities, lower in "), text)
        XCTAssertNil(RegionTable.render(comparison, by: .region))
    }
}
