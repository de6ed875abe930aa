import Queueing
import SimKernel

/// The kernel against queueing theory: every case of `TheoryCase.all`, the theoretical value against the
/// simulated mean and its 99 % interval; the printed table and theory.csv.
public struct TheoryTable: Sendable {
    public let results: [(name: String, outcomes: [TheoryCase.Outcome])]

    public init(replications: Int, seed: UInt64) {
        results = TheoryCase.all.map { ($0.name, $0.evaluate(replications: replications, seed: seed).outcomes) }
    }

    public var text: String {
        var rows = [["case", "station", "quantity", "theory", "simulated (99 % CI)", "inside"]]
        for (name, outcomes) in results {
            for outcome in outcomes {
                let s = outcome.simulated
                rows.append([
                    name, String(outcome.check.station), outcome.check.quantity, SummaryTable.format(outcome.check.theory),
                    "\(SummaryTable.format(s.mean)) (\(SummaryTable.format(s.lower)) to \(SummaryTable.format(s.upper)))",
                    outcome.theoryInside ? "yes" : "NO",
                ])
            }
        }
        return SummaryTable.align(rows)
    }

    public func csv(_ style: CSVStyle = .standard) -> String {
        var csv = style.row(["case", "station", "quantity", "theory", "mean", "lower99", "upper99", "replications", "inside"])
        for (name, outcomes) in results {
            for outcome in outcomes {
                let s = outcome.simulated
                csv += style.row([
                    name, String(outcome.check.station), outcome.check.quantity, style.number(outcome.check.theory),
                    style.number(s.mean), style.number(s.lower), style.number(s.upper), String(s.count),
                    outcome.theoryInside ? "yes" : "no",
                ])
            }
        }
        return csv
    }
}
