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

    /// Paired on common random numbers over 600 replications (`make validate`): in 2029-2035 children live
    /// distinguishably more years with an unmet need and more are placed out of home, and over the run more
    /// needs rise above the specialist level their families wait for (re-triaged off the lists). Measured at
    /// 400 replications on the default seed (0.10.0): unmet need +327 child-years over 2029-2035 (95 % CI 317
    /// to 337), placements +3.5 (1.8 to 5.1), re-triaged +30 (28 to 31); step-ups alone do not rise
    /// distinguishably. At 600 the placements stand about 5 standard errors above zero, the others far more:
    /// a right model fails with chance about 0.1 %.
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
        let before = Experiment.run(base.parameters, replications: 600, seed: seed)
        let after = Experiment.run(cut.startingFrom(base).parameters, replications: 600, seed: seed)
        let differences = [
            (
                "child-years with an unmet need, \(years)",
                Summary.paired(base: later(before, .unmetNeedChildYears), variant: later(after, .unmetNeedChildYears))
            ),
            ("placements, \(years)", Summary.paired(base: later(before, .perYearPlacements), variant: later(after, .perYearPlacements))),
            ("needs that rose while waiting for specialist care", Summary.paired(base: retriaged(before), variant: retriaged(after))),
        ]
        for (what, d) in differences {
            print("budget cut, \(what): \(d.mean) [\(d.lower), \(d.upper)]")
            XCTAssertGreaterThan(d.lower, 0, what)
        }
    }
}
