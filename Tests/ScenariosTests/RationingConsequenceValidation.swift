import Foundation
import Scenarios
import SimKernel
import TestSupport
import XCTest
import YouthCare

/// Rationing has later consequences (`docs/model.md`, unmet need is never free): `budget-cut-2028` closes
/// 8 % of the specialist places from 2028, families who give up on the longer lists keep their needs, and
/// needs left waiting or unhelped deteriorate. Before unmet need was counted, a family lost from a list cost nothing and the cut
/// changed neither step-ups nor placements (-0.03 step-ups a year, 95 % CI -0.96 to 0.90).
final class RationingConsequenceValidation: XCTestCase {
    static let scenarios = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Scenarios")

    /// Paired on common random numbers over 200 replications (`make validate`): in 2029-2035 children live
    /// distinguishably more years with an unmet need, and over the run more needs rise above the specialist
    /// level their families wait for (re-triaged off the lists). Measured on the default seed (0.10.0) at 600
    /// replications: unmet need +329 child-years over 2029-2035 (95 % CI 321 to 337), re-triaged +30 (29 to
    /// 31), placements +2.5 (1.2 to 3.9); step-ups alone do not rise distinguishably. Placements are printed,
    /// not asserted: at about 3.6 standard errors a right model would fail one run in twenty. At 200 the two
    /// asserted stand more than ten standard errors above zero: a right model does not fail.
    func testABudgetCutRaisesUnmetNeedAndHeavierCareInLaterYears() throws {
        let base = try ScenarioLoader.load(Self.scenarios.appendingPathComponent("baseline-municipality.yaml").path)
        let cut = try ScenarioLoader.load(Self.scenarios.appendingPathComponent("budget-cut-2028.yaml").path)
        let seed = testSeed(base.seed)
        let years = 2029...2035
        func later(_ results: [ReplicationResult], _ figure: Figure) -> [Double] {
            results.map { r in years.reduce(0.0) { $0 + r.figures[Metric(figure, year: $1)]! } }
        }
        func retriaged(_ results: [ReplicationResult]) -> [Double] {
            results.map { r in (4...6).reduce(0.0) { $0 + r.figures[Metric(.leftWaitingListRetriaged, .service(.specialist($1)))]! } }
        }
        let before = Experiment.run(base.parameters, replications: 200, seed: seed)
        let after = Experiment.run(cut.startingFrom(base).parameters, replications: 200, seed: seed)
        let differences = [
            (
                "child-years with an unmet need, \(years)",
                Summary.paired(base: later(before, .unmetNeedChildYears), variant: later(after, .unmetNeedChildYears))
            ),
            ("needs that rose while waiting for specialist care", Summary.paired(base: retriaged(before), variant: retriaged(after))),
        ]
        for (what, d) in differences {
            print("budget cut, \(what): \(d.mean) [\(d.lower), \(d.upper)]")
            XCTAssertGreaterThan(d.lower, 0, what)
        }
        let placements = Summary.paired(base: later(before, .perYearPlacements), variant: later(after, .perYearPlacements))
        print("budget cut, placements, \(years): \(placements.mean) [\(placements.lower), \(placements.upper)]")
    }
}
