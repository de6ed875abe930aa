import Foundation
import Scenarios
import SimKernel
import TestSupport
import XCTest
import YouthCare

/// Rationing has later consequences (`docs/model.md`, unmet need is never free): `budget-cut-2028` closes
/// 8 % of the specialist places from 2028, families who give up on the longer lists keep their needs, and
/// needs left waiting or unhelped deteriorate. Before, a family lost from a list cost nothing and the cut
/// changed neither step-ups nor placements (-0.03 step-ups a year, 95 % CI -0.96 to 0.90).
final class RationingConsequenceTests: XCTestCase {
    static let scenarios = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Scenarios")

    /// Paired on common random numbers over 100 replications, 2029-2035: children live distinguishably more
    /// years with an unmet need, and more of them are placed out of home. On the default seed the placements'
    /// lower bound stands at MARGIN; a right model fails the two one-sided 97.5 % bounds at most 5 % of the
    /// time if the effect were only just there, far less at the size seen.
    func testABudgetCutRaisesUnmetNeedAndPlacementsInLaterYears() throws {
        let base = try ScenarioLoader.load(Self.scenarios.appendingPathComponent("baseline-municipality.yaml").path)
        let cut = try ScenarioLoader.load(Self.scenarios.appendingPathComponent("budget-cut-2028.yaml").path)
        let seed = testSeed(base.seed)
        let years = 2029...2035
        func later(_ results: [ReplicationResult], _ figure: Figure) -> [Double] {
            results.map { r in years.reduce(0.0) { $0 + r.figures[Metric(figure, year: $1)]! } }
        }
        let before = Experiment.run(base.parameters, replications: 100, seed: seed)
        let after = Experiment.run(cut.parameters, replications: 100, seed: seed)
        let unmet = Summary.paired(base: later(before, .unmetNeedChildYears), variant: later(after, .unmetNeedChildYears))
        let placements = Summary.paired(base: later(before, .perYearPlacements), variant: later(after, .perYearPlacements))
        print(
            "budget cut, \(years): unmet need \(unmet.mean) [\(unmet.lower), \(unmet.upper)], placements \(placements.mean) [\(placements.lower), \(placements.upper)]"
        )
        XCTAssertGreaterThan(unmet.lower, 0, "child-years with an unmet need, \(years)")
        XCTAssertGreaterThan(placements.lower, 0, "placements, \(years)")
    }
}
