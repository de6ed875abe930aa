import Foundation
import SimKernel
import YouthCare

/// The files of an uncertainty analysis, in `Results/uncertainty-<base>/` (tidy CSV, one observation a row):
/// `uncertainty.csv` per variant and headline, `draws.csv` per draw and variant, `evppi.csv` per parameter
/// and group, `acceptability.csv` per willingness to pay and option, `parameters.csv` what was drawn from
/// what and what was held.
extension UncertaintyResults {
    public static func folder(base: String) -> String { "uncertainty-\(base)" }

    /// Writes every file into `directory` (committed by the caller: all or none).
    public func write(into directory: StagedDirectory, willingnessToPay: Double, style: CSVStyle) throws {
        try directory.write("uncertainty.csv", uncertaintyCSV(style))
        try directory.write("draws.csv", drawsCSV(style))
        try directory.write("evppi.csv", evppiCSV(willingnessToPay: willingnessToPay, style))
        try directory.write("acceptability.csv", acceptabilityCSV(willingnessToPay: willingnessToPay, style))
        try directory.write("parameters.csv", parametersCSV(style))
    }

    func uncertaintyCSV(_ style: CSVStyle) -> String {
        var out = style.row([
            "base", "variant", "metric", "group", "draws", "replications_per_draw", "difference_mean", "difference_q025",
            "difference_q50", "difference_q975", "probability_better", "share_variance_parameters", "share_variance_noise",
        ])
        for row in rows {
            out += style.row(
                [analysis.base.name, row.variant, row.headline.metric.name, row.headline.metric.group.key]
                    + [String(analysis.draws), String(analysis.replications), style.number(row.mean)]
                    + row.quantiles.map(style.number)
                    + [
                        row.probabilityBetter.map(style.number) ?? "", style.number(row.shareFromParameters),
                        style.number(row.shareFromNoise),
                    ])
        }
        return out
    }

    func drawsCSV(_ style: CSVStyle) -> String {
        let keys = analysis.parameters.map(\.key)
        let headlines = Headline.all.map { $0.metric.group == .system ? $0.metric.name : "\($0.metric.name).\($0.metric.group.key)" }
        var out = style.row(["draw", "seed", "variant"] + keys + headlines.map { "difference:" + $0 })
        for i in 0..<analysis.draws {
            for (v, variant) in analysis.variants.enumerated() {
                out += style.row(
                    [String(i + 1), String(analysis.seed(ofDraw: i)), variant.name] + analysis.values[i].map(style.number)
                        + differences[v][i].map { style.number($0.mean) })
            }
        }
        return out
    }

    func evppiCSV(willingnessToPay: Double, _ style: CSVStyle) -> String {
        var out = style.row(["kind", "name", "willingness_to_pay", "evppi_euros_per_year", "options"])
        let options = ([analysis.base] + analysis.variants).map(\.name).joined(separator: " ")
        for entry in valueOfInformation(willingnessToPay: willingnessToPay) {
            out += style.row([
                entry.kind.rawValue, entry.name, style.number(willingnessToPay), entry.euros.map(style.number) ?? "", options,
            ])
        }
        return out
    }

    func acceptabilityCSV(willingnessToPay: Double, _ style: CSVStyle) -> String {
        var out = style.row(["willingness_to_pay", "option", "probability_best", "expected_incremental_net_benefit"])
        let grid = (Self.acceptabilityGrid + [willingnessToPay]).reduce(into: [Double]()) { if !$0.contains($1) { $0.append($1) } }.sorted()
        let names = ([analysis.base] + analysis.variants).map(\.name)
        for (wtp, best) in acceptability(at: grid) {
            for (option, name) in names.enumerated() {
                let expected = option == 0 ? 0 : Summary(incrementalNetBenefit(option - 1, willingnessToPay: wtp)).mean
                out += style.row([style.number(wtp), name, style.number(best[option]), style.number(expected)])
            }
        }
        return out
    }

    func parametersCSV(_ style: CSVStyle) -> String {
        var out = style.row(["key", "group", "drawn", "distribution", "default", "provenance"])
        for p in ParameterCatalog.uncertainties {
            let drawn = analysis.parameters.first { $0.key == p.key }
            let shown = drawn ?? p
            let value = analysis.base.values[p.key]?.value ?? .nan
            out += style.row([
                p.key, p.group.rawValue, drawn != nil ? "yes" : "held", shown.formula, style.number(value), shown.provenance.text,
            ])
        }
        return out
    }
}
