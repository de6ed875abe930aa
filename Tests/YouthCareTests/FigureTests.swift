import XCTest
import YouthCare

/// Results are typed, so a figure cannot be misspelt; what remains to check is that each one is produced:
/// a figure that no run writes would be a silently empty column in every results file.
final class FigureTests: XCTestCase {
    func testEveryFigureHeadlineAndCalibrationTargetIsProduced() {
        // A ceiling on level 5 and a macro budget, so that the money figures that exist only then appear, a
        // consultation function and providers' contracts, for theirs.
        let p = parameters(
            [
                "money.level5.ceiling": 1_000_000, "money.macroBudget": 50_000_000, "consultation.fte": 1,
                "specialist.contractVolumeShare": 0.9,
            ], years: 2)
        let result = simulate(p, replications: 1)[0]
        let produced = Set(result.figures.keys).union(result.series.keys)
        let figures = Set(produced.map(\.figure))
        for figure in Figure.allCases {
            XCTAssertTrue(figures.contains(figure), "no run produces \(figure.rawValue)")
        }
        for headline in Headline.all {
            XCTAssertNotNil(result.figures[headline.metric], "headline \(headline.label) (\(headline.metric)) missing")
        }
        for target in CalibrationTarget.all + CalibrationTarget.consultation {
            XCTAssertNotNil(result.figures[target.metric], "calibration target \(target.name) (\(target.metric)) missing")
        }
        XCTAssertGreaterThan(result.events, 0, "the run counts its events apart from its results")
    }

    /// Figures that describe one distribution agree: the share of starts within the treeknorm (14 weeks for
    /// ambulant care) is at least a half exactly when the median wait is within it, at least 0.9 when the 90th
    /// percentile is; ended trajectories' duration shares sum to 1; completions never exceed what was in
    /// care (stock at the start plus starts).
    ///
    /// Exact (holds on every seed) by what the figures mean: a share of at least a half within the norm is a
    /// median within it; a half-year's active count (open at its start or started in it) is at least its
    /// mean stock, strictly unless no stay began or ended (174 against 141 on the default seed).
    func testFiguresOfOneDistributionAgree() {
        let result = simulate(parameters(years: 2), replications: 1)[0]
        let f = result.figures
        for level in 4...6 {
            let group = Metric.Group.service(.specialist(level))
            let share = f[Metric(.shareStartsWithinTreeknorm, group)]!
            XCTAssertEqual(share >= 0.5, f[Metric(.waitP50, group)]! <= 98, "level \(level): share \(share)")
            XCTAssertEqual(share >= 0.9, f[Metric(.waitP90, group)]! <= 98, "level \(level): share \(share)")
        }
        let bands = DurationBand.allCases.reduce(0.0) { $0 + f[Metric(.endedTrajectoriesDurationShare, .duration($1))]! }
        XCTAssertEqual(bands, 1, accuracy: 1e-9)
        let completions = Levels.all.reduce(0.0) { $0 + f[Metric(.completions, .level($1))]! }
        let starts = Levels.all.reduce(0.0) { $0 + f[Metric(.starts, .level($1))]! }
        XCTAssertLessThanOrEqual(completions, starts + f[Metric(.stockStart)]!)
        XCTAssertLessThanOrEqual(f[Metric(.timeToHelpP50)]!, f[Metric(.timeToHelpP90)]!)
        // Active in a half-year (open on 1 January or started by 30 June) is at least the mean stock.
        let p = parameters(years: 2)
        let placed = Placement.allCases.filter { Service.outOfHome($0).isStay }.reduce(0.0) {
            $0 + f[Metric(.utilisation, .service(.outOfHome($1)))]! * Double(p.specialist.placementCapacity[$1.rawValue])
        }
        XCTAssertGreaterThan(f[Metric(.per1000ActiveWithStay)]! * p.onset.youths / 1000, placed)
    }
}
