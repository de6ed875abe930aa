import YouthCare

/// Every scenario key as a Markdown table: the reference part of Scenarios/README.md.
public enum KeyTable {
    public static func markdown() -> String {
        var out = "| key | unit | default | allowed | meaning | provenance of the default |\n|---|---|---|---|---|---|\n"
        for d in ParameterCatalog.definitions {
            let allowed: String
            switch d.kind {
            case .flag: allowed = "true, false"
            case .choice(let options): allowed = options.joined(separator: ", ")
            default: allowed = "\(d.format(d.range.lowerBound)) to \(d.format(d.range.upperBound))"
            }
            let cells = [d.key, d.unit, d.format(d.defaultValue), allowed, d.help, d.provenance.text]
            out += "| " + cells.map { $0.replacingOccurrences(of: "|", with: "/") }.joined(separator: " | ") + " |\n"
        }
        return out
    }
}
