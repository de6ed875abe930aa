import Foundation
import Scenarios
import SimKernel
import TestSupport
import XCTest
import YouthCare

/// The probabilistic sensitivity analysis: what it draws, what it holds, how it pairs, and that its files
/// depend on nothing but the scenarios and the seed.
final class UncertaintyTests: XCTestCase {
    /// Every uncertain parameter is a scenario key that takes any number in a range its distribution stays
    /// inside (so no draw is refused), and its default is its distribution's mean or mode: the distribution
    /// describes the doubt about the default, not another value.
    func testEveryDistributionDescribesItsKeysDefault() throws {
        XCTAssertGreaterThanOrEqual(ParameterCatalog.uncertainties.count, 20)
        XCTAssertEqual(Set(ParameterCatalog.uncertainties.map(\.key)).count, ParameterCatalog.uncertainties.count, "a key twice")
        for p in ParameterCatalog.uncertainties {
            let definition = try XCTUnwrap(ParameterCatalog.definition(p.key), p.key)
            XCTAssertEqual(definition.kind, .number, p.key)
            XCTAssertTrue(definition.range.contains(p.distribution.quantile(0.0001)), p.key)
            XCTAssertTrue(definition.range.contains(p.distribution.quantile(0.9999)), p.key)
            let central: Double
            if case .triangular(_, let mode, _) = p.distribution { central = mode } else { central = p.distribution.mean }
            if case .uniform = p.distribution {
                XCTAssertTrue((p.distribution.quantile(0.0001)...p.distribution.quantile(0.9999)).contains(definition.defaultValue), p.key)
            } else {
                XCTAssertEqual(central, definition.defaultValue, accuracy: 1e-9 * max(1, abs(central)), p.key)
            }
            XCTAssertFalse(p.provenance.text.isEmpty, p.key)
        }
    }

    /// A short run: two reported years after one of warm-up, few replications.
    static func short(_ scenario: Scenario) throws -> Scenario {
        try CommandLineSettings(assignments: ["run.warmUpYears=1"], seed: testSeed(37), years: 2).apply(to: scenario)
    }

    /// A variant identical to the base differs from it by exactly nothing in every draw: base and variant of a
    /// draw run on the same random numbers (different draws on different ones), so every probability of
    /// being better is 0, and knowing any parameter is worth nothing. Without the
    /// pairing the differences would be noise, and a share of draws would call the copy better.
    func testAVariantEqualToTheBaseDiffersByNothing() throws {
        let base = try Self.short(.builtInDefault)
        var copy = base
        copy.name = "copy"
        let analysis = try UncertaintyAnalysis(base: base, variants: [copy], draws: 6, replications: 2)
        XCTAssertEqual(Set((0..<6).map(analysis.seed(ofDraw:))).count, 6, "each draw its own random numbers")
        let results = analysis.run()
        for row in results.rows {
            XCTAssertEqual(row.mean, 0, "\(row.headline.label)")
            XCTAssertEqual(row.probabilityBetter ?? 0, 0, "\(row.headline.label)")
        }
        // Six draws carry a regression on one parameter (worth nothing here), not one on all of them at once.
        let information = results.valueOfInformation(willingnessToPay: 50_000)
        XCTAssertTrue(information.filter { $0.kind == .parameter }.allSatisfy { $0.euros == 0 })
        XCTAssertNil(information.first { $0.kind == .all }?.euros)
        XCTAssertEqual(information.first { $0.kind == .noiseFloor }?.euros, 0, "nothing to gain, not even by chance")
        for (_, best) in results.acceptability() { XCTAssertEqual(best, [1, 0], "ties go to the base") }
    }

    /// A value the variant's file sets is its policy, not an unknown: held, and the same in every draw; the
    /// others are drawn, differ between draws, and the base and variant of a draw take the same values.
    /// A fixed key is held too, and a key that is not uncertain is refused with the list of those that are.
    func testValuesAScenarioSetsAreHeldAndTheRestDrawn() throws {
        let base = try Self.short(.builtInDefault)
        let variant = try CommandLineSettings(assignments: ["consultation.fte=2", "consultation.settingResolution=0.05"]).apply(to: base)
        let analysis = try UncertaintyAnalysis(
            base: base, variants: [variant], draws: 4, replications: 2, fixed: ["money.indexation"])
        XCTAssertEqual(Set(analysis.held), ["consultation.settingResolution", "money.indexation"])
        XCTAssertFalse(analysis.parameters.contains { analysis.held.contains($0.key) })
        let key = "consultation.triageAccuracyEffect"
        let drawn = (0..<4).map { analysis.scenarios(ofDraw: $0) }
        XCTAssertEqual(Set(drawn.map { $0.base.values[key]!.value }).count, 4)
        for (base, variants) in drawn {
            XCTAssertEqual(variants[0].values[key]!.value, base.values[key]!.value)
            XCTAssertEqual(variants[0].values["consultation.settingResolution"]!.value, 0.05)
            XCTAssertEqual(base.values["money.indexation"]!.value, 0.03)
            XCTAssertEqual(variants[0].seed, base.seed)
            XCTAssertEqual(variants[0].replications, 2)
        }
        XCTAssertThrowsError(try UncertaintyAnalysis(base: base, variants: [variant], draws: 4, replications: 2, fixed: ["run.years"])) {
            XCTAssertTrue("\($0)".contains("not an uncertain parameter") && "\($0)".contains(key), "\($0)")
        }
    }

    /// The files are the same bytes on one thread and on two: draws run in order and each replication draws
    /// its own numbers. Adding consultation with new money costs money in every draw (its FTE are paid on
    /// top), so the probability that it spends less is 0.
    func testFilesAreTheSameOnAnyThreadsAndNewMoneySpendsMore() throws {
        let base = try Self.short(.builtInDefault)
        var variant = try CommandLineSettings(assignments: ["consultation.fte=2", "consultation.funding=add"]).apply(to: base)
        variant.name = "add"
        let analysis = try UncertaintyAnalysis(base: base, variants: [variant], draws: 4, replications: 2)
        var written: [[String: Data]] = []
        for threads in [1, 2] {
            let root = FileManager.default.temporaryDirectory.appendingPathComponent("uncertainty-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: root) }
            let directory = try StagedDirectory(root.appendingPathComponent("u"))
            let results = analysis.run(threads: threads)
            try results.write(into: directory, willingnessToPay: 50_000, style: .standard)
            try directory.commit()
            let names = ["uncertainty.csv", "draws.csv", "evppi.csv", "acceptability.csv", "parameters.csv"]
            written.append(
                Dictionary(uniqueKeysWithValues: try names.map { ($0, try Data(contentsOf: directory.target.appendingPathComponent($0))) }))
            let spending = try XCTUnwrap(results.rows.first { $0.headline.metric == Metric(.spendPerYear) })
            XCTAssertEqual(spending.probabilityBetter, 0)
            XCTAssertGreaterThan(spending.quantiles[0], 0)
        }
        XCTAssertEqual(written[0], written[1])
    }

    /// A scenario file's `uncertainty:` section holds a parameter (`fixed`) or gives it another distribution;
    /// the analysis follows it, naming the file and line as the distribution's provenance, and the resolved
    /// scenario writes the section so that it reads back as itself. Each mistake is reported with its line
    /// and key: a key that is not uncertain (with the nearest that is), a distribution not written as one,
    /// numbers a distribution cannot take, one that reaches beyond the key's range.
    func testAScenarioHoldsOrRedrawsUncertainParameters() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("uncertainty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("good.yaml")
        try """
        name: good
        uncertainty:
          money.indexation: fixed
          consultation.detectionEffect: beta(1, 9)
          consultation.hoursPerConsultation: "triangular(2.5, 3, 4)"
        """.write(to: good, atomically: true, encoding: .utf8)
        let scenario = try Self.short(try ScenarioLoader.load(good.path))
        let analysis = try UncertaintyAnalysis(base: scenario, variants: [scenario], draws: 4, replications: 2)
        XCTAssertTrue(analysis.held.contains("money.indexation"))
        let detection = try XCTUnwrap(analysis.parameters.first { $0.key == "consultation.detectionEffect" })
        XCTAssertEqual(detection.distribution, .beta(alpha: 1, beta: 9))
        XCTAssertEqual(detection.provenance.text, "\(good.path):4")
        XCTAssertEqual(ScenarioRoundTrip.verdict(loading: Data(ScenarioWriter.yaml(scenario).utf8), as: good.path), .accepted)
        var other = scenario
        other.name = "other"
        other.uncertainty["consultation.detectionEffect"]?.distribution = .beta(alpha: 2, beta: 8)
        XCTAssertThrowsError(try UncertaintyAnalysis(base: scenario, variants: [other], draws: 4, replications: 2)) {
            XCTAssertTrue("\($0)".contains("their uncertainty sections must agree"), "\($0)")
        }

        let bad = folder.appendingPathComponent("bad.yaml")
        try """
        uncertainty:
          consultation.detectionEfect: fixed
          consultation.triageAccuracyEffect: normal(0.3, 0.1)
          consultation.episodeShortening: beta(0, 2)
          money.indexation: uniform(-1, 0.05)
        """.write(to: bad, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try ScenarioLoader.load(bad.path)) { error in
            let found = (error as? ScenarioErrors)?.diagnostics ?? []
            XCTAssertEqual(found.map(\.line), [2, 3, 4, 5], "\(error)")
            XCTAssertTrue(found[0].message.contains("did you mean 'consultation.detectionEffect'"), found[0].message)
            XCTAssertTrue(found[1].message.contains("expected fixed, beta(a, b)"), found[1].message)
            XCTAssertTrue(found[2].message.contains("shapes must lie between 0.01 and 10000"), found[2].message)
            XCTAssertTrue(found[3].message.contains("reaches beyond money.indexation's range"), found[3].message)
            XCTAssertEqual(found[3].key, "uncertainty.money.indexation")
        }
    }
}
