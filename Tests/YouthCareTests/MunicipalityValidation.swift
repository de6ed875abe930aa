import Scenarios
import SimKernel
import TestSupport
import XCTest
import YouthCare

/// A region split into municipalities that set nothing of their own is the region (`make validate`;
/// docs/model.md section 10): the same families, places, prices and money, only its access and teams cut
/// into each municipality's share. Its headlines agree with the region run as one municipality, but for the
/// neighbourhood team's wait, where three smaller pools of teams wait longer than one by design.
final class MunicipalityValidation: XCTestCase {
    static let replications = 48

    static func region(_ municipalities: String) throws -> ModelParameters {
        let text = """
            name: region
            run: {years: 5}
            onset: {youths: 60000}
            generalist: {fte: 79.2}
            specialist: {capacity: {level4: 144, level5: 672, level6: 238}}
            \(municipalities)
            """
        return try ScenarioLoader.load(text: text, file: "region.yaml").parameters
    }

    /// Every headline but the team's wait: the means of the two runs (independent replications) differ by
    /// less than the 99 %-familywise bound (Bonferroni over the headlines, Welch's t on the smaller degrees of
    /// freedom), so a right model fails with chance at most 1 %; and the bound is at most 5 % of the
    /// headline (or twice its `absolutePrecision`), so that a split that lost or doubled 5 % is caught.
    func testARegionSplitIntoMunicipalitiesIsTheRegion() throws {
        let one = Experiment.run(try Self.region(""), replications: Self.replications, seed: testSeed(61))
        let three = Experiment.run(
            try Self.region("municipalities: {Noordstad: 30000, Middenwaard: 18000, Zuiderveen: 12000}"),
            replications: Self.replications, seed: testSeed(62))
        let headlines = Headline.all.filter { $0.metric.group != .service(.generalist) }
        let tail = 0.01 / Double(headlines.count) / 2
        for headline in headlines {
            let (a, b) = (Summary(figures(one, headline.metric)), Summary(figures(three, headline.metric)))
            let bound = differenceBound(a, b, tail: tail, degreesOfFreedom: Double(Self.replications - 1))
            let what = "\(headline.label): one municipality \(a.mean), three \(b.mean), bound \(bound)"
            XCTAssertLessThanOrEqual(abs(a.mean - b.mean), bound, what)
            XCTAssertLessThanOrEqual(bound, max(0.05 * abs(a.mean), 2 * headline.absolutePrecision), "too wide to test: " + what)
        }
    }
}
