import Foundation
import SimKernel
import YouthCare

/// An uncertainty analysis on the console: per variant, each headline with a better side (and spending)
/// with its range over the draws and the probability that the variant is better; which option is best at
/// the willingness to pay; and the unknowns worth most to know.
public enum UncertaintySummary {
    public static func render(_ results: UncertaintyResults, willingnessToPay: Double) -> String {
        let analysis = results.analysis
        let format = CompareTable.readable
        var lines: [String] = []
        lines.append(
            "Given what is not known: \(analysis.parameters.count) parameters drawn together (\(analysis.draws) draws, "
                + "\(analysis.replications) paired replications each); \(analysis.held.count) held at the scenarios' values"
                + (analysis.held.isEmpty ? "." : " (\(analysis.held.joined(separator: ", "))).")
        )
        for variant in analysis.variants.map(\.name) {
            lines.append("\n\(variant) against \(analysis.base.name):")
            for row in results.rows where row.variant == variant && row.probabilityBetter != nil {
                let q = row.quantiles
                let better = row.probabilityBetter.map { String(format: "%.0f %%", 100 * $0) } ?? "-"
                lines.append(
                    "  \(row.headline.label): \(format(row.mean)) \(row.headline.unit) (95 % of draws \(format(q[0])) to \(format(q[2]))); "
                        + "better in \(better) of draws; \(String(format: "%.0f %%", 100 * row.shareFromParameters)) of the spread "
                        + "from the parameters.")
            }
        }
        let names = ([analysis.base] + analysis.variants).map(\.name)
        if let (_, best) = results.acceptability(at: [willingnessToPay]).first {
            let shares = zip(names, best).map { "\($0) \(String(format: "%.0f %%", 100 * $1))" }.joined(separator: ", ")
            lines.append(
                "\nBest option at EUR \(format(willingnessToPay)) per child-year of unmet need avoided (share of draws): \(shares).")
        }
        let information = results.valueOfInformation(willingnessToPay: willingnessToPay)
        let euros = { (value: Double?) in value.map { "EUR " + format($0) } ?? "too few draws to say" }
        if let all = information.first(where: { $0.kind == .all }) {
            lines.append("Value of knowing everything (EVPI, a year): \(euros(all.euros)).")
        }
        let groups = information.filter { $0.kind == .group }.map { "\($0.name) \(euros($0.euros))" }
        lines.append("Value of knowing a group (EVPPI, a year): " + groups.joined(separator: ", ") + ".")
        let top = information.filter { $0.kind == .parameter }.prefix(5).map { "\($0.name) \(euros($0.euros))" }
        lines.append("The five parameters worth most to know (EVPPI, a year): " + top.joined(separator: ", ") + ".")
        if let floor = information.first(where: { $0.kind == .noiseFloor }) {
            lines.append(
                "At \(analysis.draws) draws a parameter the model does not read scores up to \(euros(floor.euros)) by chance "
                    + "(95 % of 50 such): a value below that is not told from noise.")
        }
        return lines.joined(separator: "\n")
    }
}
