import Foundation
import SimKernel
import YouthCare

/// A scenario's figures against the national statistics: the printed table with its notes, and calibration.csv.
public struct CalibrationTable: Sendable {
    public let rows: [CalibrationTarget.Row]

    /// The aligned table, then a numbered note for each target the baseline is not held to and misses.
    public var text: String {
        var table: [[String]] = [["target", "CBS", "simulated (95 % CI)", "deviation", "tolerance", "verdict"]]
        var notes: [String] = []
        for row in rows {
            let s = row.simulated
            let verdict: String
            if row.withinTolerance {
                verdict = "met"
            } else if let excuse = row.target.notMet, row.missedAsExcused {
                let expected = excuse.expectedDeviation
                notes.append(
                    excuse.because
                        + String(
                            format: " (a deviation of %+.0f to %+.0f %% expected)", expected.lowerBound * 100, expected.upperBound * 100))
                verdict = "not met (\(notes.count))"
            } else {
                verdict = "NOT MET: recalibrate"
            }
            table.append([
                row.target.name, SummaryTable.format(row.target.target),
                "\(SummaryTable.format(s.mean)) (\(SummaryTable.format(s.lower)) to \(SummaryTable.format(s.upper)))",
                String(format: "%+.0f %%", row.relativeError * 100), String(format: "±%.0f %%", row.target.tolerance * 100),
                verdict,
            ])
        }
        return SummaryTable.align(table) + notes.enumerated().map { "\n\n(\($0 + 1)) \($1)" }.joined()
    }

    public func csv(_ style: CSVStyle = .standard) -> String {
        var csv = style.row([
            "target", "source", "cbs", "mean", "lower95", "upper95", "relative_error", "tolerance", "verdict", "why_not_met",
        ])
        for row in rows {
            let s = row.simulated
            csv += style.row([
                row.target.name, row.target.source, style.number(row.target.target), style.number(s.mean), style.number(s.lower),
                style.number(s.upper), style.number(row.relativeError), style.number(row.target.tolerance),
                row.withinTolerance ? "met" : "not met",
                row.withinTolerance ? "" : (row.missedAsExcused ? row.target.notMet!.because : "recalibrate"),
            ])
        }
        return csv
    }
}
