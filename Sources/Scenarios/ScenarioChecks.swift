import Foundation
import YouthCare

/// The checks on values taken together, run on every way a value comes in: a file (with the files it
/// extends), `--set`, and every point of a sweep.
extension Scenario {
    /// Shares that must sum to 1 and outcome probabilities that must not exceed it.
    func inconsistencies() -> [(keys: [String], message: String)] {
        ParameterCatalog.consistency.compactMap { rule in
            rule.check(rule.keys.map { values[$0]!.value }).map { message in
                (rule.keys, rule.keys.count > 6 ? message : message + " (keys: \(rule.keys.joined(separator: ", ")))")
            }
        }
    }

    /// How many points the sweeps make together (every combination of their values).
    /// (Int.max when they are too many to count; validation refuses more than `maximumSweepPoints`.)
    public var sweepPointCount: Int {
        if sweepDesign { return sweeps.map(\.values.count).min() ?? 1 }
        return sweeps.reduce(1) { count, sweep in
            let (product, overflow) = count.multipliedReportingOverflow(by: sweep.values.count)
            return overflow ? .max : product
        }
    }

    /// Every combination of the sweeps' values, the first sweep varying slowest (or a design's points).
    public var sweepPoints: [[(key: String, value: Double)]] { (0..<sweepPointCount).map(sweepPoint) }

    /// Point `index` of `sweepPoints`, read off by mixed radix (no list of every point is built).
    public func sweepPoint(_ index: Int) -> [(key: String, value: Double)] {
        if sweepDesign { return sweeps.map { ($0.key, $0.values[index]) } }
        var rest = index
        return sweeps.reversed().map { sweep in
            defer { rest /= sweep.values.count }
            return (sweep.key, sweep.values[rest % sweep.values.count])
        }.reversed()
    }

    /// The scenario at sweep point `index`.
    public func atSweepPoint(_ index: Int) -> Scenario {
        sweepPoint(index).reduce(self) { $0.setting($1.key, to: $1.value, because: "sweep point \(index)") }.sizedToYouths()
    }

    /// The values of a sweep point as a scenario writes them: `consultation.fte=2, addOn.mode=addOn`.
    public func sweepPointLabel(_ index: Int) -> String {
        sweepPoint(index).map { "\($0.key)=\(ParameterCatalog.definition($0.key)!.format($0.value))" }.joined(separator: ", ")
    }

    /// The inconsistencies at each sweep point that the scenario itself does not have. Only the rules that
    /// involve a swept key are checked at the points, so that a sweep of thousands of points checks quickly.
    func sweepPointProblems() -> [String] {
        guard !sweeps.isEmpty else { return [] }
        let count = sweepPointCount
        guard count <= Scenario.maximumSweepPoints else {
            let shown = count == .max ? "more than \(Int.max)" : String(count)
            return ["the sweep has \(shown) points, expected at most \(Scenario.maximumSweepPoints)"]
        }
        let swept = Set(sweeps.map(\.key))
        let rules = ParameterCatalog.consistency.filter { !swept.isDisjoint(with: $0.keys) }
        guard !rules.isEmpty else { return [] }
        let own = Set(inconsistencies().map(\.message))
        var values = self.values.mapValues(\.value)
        var problems: [String] = []
        for index in 0..<sweepPointCount {
            for (key, value) in sweepPoint(index) { values[key] = value }
            for rule in rules {
                guard let message = rule.check(rule.keys.map { values[$0]! }), !own.contains(message) else { continue }
                problems.append("sweep point \(index) (\(sweepPointLabel(index))): \(message)")
            }
            if problems.count >= 20 { return problems + ["(and perhaps more points; the first 20 are listed)"] }
        }
        return problems
    }
}
