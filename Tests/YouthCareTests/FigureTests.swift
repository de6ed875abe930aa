import XCTest
import YouthCare

/// Results are typed, so a figure cannot be misspelt; what remains to check is that each one is produced:
/// a figure that no run writes would be a silently empty column in every results file.
final class FigureTests: XCTestCase {
    func testEveryFigureHeadlineAndCalibrationTargetIsProduced() {
        // A ceiling on level 5 and a macro budget, so that the money figures that exist only then appear.
        let p = parameters(["money.level5.ceiling": 1_000_000, "money.macroBudget": 50_000_000], years: 2)
        let result = simulate(p, replications: 1)[0]
        let produced = Set(result.figures.keys).union(result.series.keys)
        let figures = Set(produced.map(\.figure))
        for figure in Figure.allCases {
            XCTAssertTrue(figures.contains(figure), "no run produces \(figure.rawValue)")
        }
        for headline in Headline.all {
            XCTAssertNotNil(result.figures[headline.metric], "headline \(headline.label) (\(headline.metric)) missing")
        }
        for target in CalibrationTarget.all {
            XCTAssertNotNil(result.figures[target.metric], "calibration target \(target.name) (\(target.metric)) missing")
        }
        XCTAssertGreaterThan(result.events, 0, "the run counts its events apart from its results")
    }
}
