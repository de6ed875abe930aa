import Foundation
import SimKernel
import YouthCare

/// A scenario's figures against the national statistics: the printed table with its notes, and calibration.csv.
public struct CalibrationTable: Sendable {
    public let rows: [CalibrationTarget.Row]

    /// The aligned table (each target fitted or kept for validation), then the keys each fitted target set.
    public var text: String {
        var table: [[String]] = [["target", "CBS", "simulated (95 % CI)", "deviation", "tolerance", "role", "verdict"]]
        var notes: [String] = []
        for row in rows {
            let s = row.simulated
            var role = "validation"
            if !row.target.isValidation {
                notes.append(row.target.fittedBy.joined(separator: ", "))
                role = "fitted (\(notes.count))"
            }
            table.append([
                row.target.name, SummaryTable.format(row.target.target),
                "\(SummaryTable.format(s.mean)) (\(SummaryTable.format(s.lower)) to \(SummaryTable.format(s.upper)))",
                String(format: "%+.0f %%", row.relativeError * 100), String(format: "±%.0f %%", row.target.tolerance * 100),
                role, row.withinTolerance ? "met" : "NOT MET: recalibrate",
            ])
        }
        return SummaryTable.align(table) + "\n\nFitted: a default was set from the target, by the keys below. Validation: no value was set "
            + "from it, so meeting it is evidence." + notes.enumerated().map { "\n(\($0 + 1)) \($1)" }.joined()
    }

    public func csv(_ style: CSVStyle = .standard) -> String {
        var csv = style.row([
            "target", "source", "cbs", "mean", "lower95", "upper95", "relative_error", "tolerance", "verdict", "fitted_by",
        ])
        for row in rows {
            let s = row.simulated
            csv += style.row([
                row.target.name, row.target.source, style.number(row.target.target), style.number(s.mean), style.number(s.lower),
                style.number(s.upper), style.number(row.relativeError), style.number(row.target.tolerance),
                row.withinTolerance ? "met" : "not met", row.target.fittedBy.joined(separator: " "),
            ])
        }
        return csv
    }
}
