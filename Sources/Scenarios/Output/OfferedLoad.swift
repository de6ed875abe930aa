import Foundation
import SimKernel
import YouthCare

/// Offered load per service (arrivals x mean duration / capacity; `docs/model.md`, outputs). At a mean
/// of 1 or more a service cannot keep up: its waiting list grows or is held down only by families giving
/// up, so the results describe a transient that depends on the horizon, not a steady state.
public enum OfferedLoad {
    /// Each service's offered load across replications, services in their results order.
    public static func byService(_ summaries: [Metric: Summary]) -> [(service: Metric.Group, load: Summary)] {
        summaries.filter { $0.key.figure == .offeredLoad && $0.key.year == nil }
            .sorted { $0.key < $1.key }
            .map { ($0.key.group, $0.value) }
    }

    /// The caution for `scenario`'s results (each overloaded service's mean load among its figures), or nil
    /// when every service's mean offered load is below 1.
    public static func caution(_ scenario: String, _ summaries: [Metric: Summary]) -> RunCaution? {
        let overloaded = byService(summaries).filter { $0.load.mean >= 1 }
        guard !overloaded.isEmpty else { return nil }
        let text =
            "Warning: \(scenario): offered load (arrivals x mean duration / capacity) at or above 1 at "
            + overloaded.map { "\($0.service.key) \(String(format: "%.2f", $0.load.mean))" }.joined(separator: ", ")
            + ". These services cannot keep up: their waits depend on the horizon and on families giving up, "
            + "so read the results as a transient, not a steady state."
        return RunCaution(
            kind: .overload, text: text,
            figures: Dictionary(uniqueKeysWithValues: overloaded.map { ($0.service.key, $0.load.mean) }))
    }

    /// Comment lines for a scenario file: each service's load with its 95 % interval.
    public static func comments(_ summaries: [Metric: Summary], replications: Int) -> [String] {
        let rows = byService(summaries)
        let width = rows.map(\.service.key.count).max() ?? 0
        let header =
            "# Offered load per service over \(replications) replications (arrivals x mean duration / capacity; "
            + "at or above 1 the service cannot keep up):"
        return [header]
            + rows.map { row in
                let name = row.service.key.padding(toLength: width, withPad: " ", startingAt: 0)
                let s = row.load
                let verdict = s.mean >= 1 ? "  cannot keep up" : ""
                return String(format: "#   %@ %.2f (95 %% CI %.2f to %.2f)%@", name, s.mean, s.lower, s.upper, verdict)
            }
    }
}
