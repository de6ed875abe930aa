import Foundation
import Scenarios
import SimKernel
import TestSupport
import XCTest
import YouthCare

/// The shipped national baseline (4.47 million youths: the municipality's capacities times 178.8) runs, loses
/// no case, writes no NaN, and per youth it is the municipality (`make validate`): its pilot runs at a
/// municipality's scale (`Experiment.withInitialStock`), so rates per youth that drifted with size would
/// show a defect of scale.
final class NationalScaleValidation: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func testTheNationalBaselineBalancesAndMatchesTheMunicipalityPerYouth() throws {
        let file = Self.repository.appendingPathComponent("Scenarios/national-baseline.yaml").path
        let national = Experiment.run(
            try ScenarioLoader.load(file).setting("run.years", to: 3, because: "a short national run").parameters, replications: 2,
            seed: testSeed(5))
        for result in national {
            XCTAssertNil(imbalance(result))
            XCTAssertNil(result.figures.first { !$0.value.isFinite }.map { "\($0.key) is \($0.value)" })
        }
        // The municipality on independent seeds, each with its own pilot: a seed's mean per youth is one
        // observation. The national mean per youth varies less than a seed's mean (its replications are 178.8
        // municipalities each, its pilot one municipality's), so it lies within the prediction interval of one
        // more seed: t on the seeds' degrees of freedom times their sd times sqrt(1 + 1/seeds), Bonferroni
        // over the CBS targets at 1 % together: a right model fails with chance at most 1 %.
        let seeds = 8
        let municipality = (0..<seeds).map { s in
            CalibrationTarget.table(
                Experiment.run(ParameterCatalog.parameters(["run.years": 3]), replications: 4, seed: testSeed(500 + UInt64(s)))
            ).map(\.simulated.mean)
        }
        let t = Summary.studentT(1 - 0.01 / Double(CalibrationTarget.all.count) / 2, degreesOfFreedom: Double(seeds - 1))
        for (i, row) in CalibrationTarget.table(national).enumerated() {
            let perSeed = Summary(municipality.map { $0[i] })
            let bound = t * perSeed.standardDeviation * (1 + 1 / Double(seeds)).squareRoot()
            XCTAssertLessThanOrEqual(
                abs(row.simulated.mean - perSeed.mean), bound,
                "\(row.target.name): national \(row.simulated.mean), municipality \(perSeed.mean) per seed sd \(perSeed.standardDeviation)")
        }
    }
}
