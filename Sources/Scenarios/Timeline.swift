import Foundation
import YouthCare

/// One step of a policy timeline (`timeline:` in a scenario file): from a month on, some values change, at
/// once or in a linear ramp, so that a consultation function can start in 2027 and take a year to staff
/// up, a budget cut land in 2028, demand growth start later. Keys and values are those of every scenario.
///
/// A ramp of n months moves a value in equal steps from the one in force before the step: in the step's
/// k-th month (k = 1...n) the value is before + (target - before) x k / n, so the target holds from the
/// ramp's last month on. Whole-number keys are rounded; flags and choices change at once.
public struct TimelineStep: Sendable, Equatable {
    public var year: Int
    /// 1 for January.
    public var month: Int
    /// 0: the values change at once.
    public var rampMonths: Int
    public var values: [String: Scenario.Value]
    /// Where the step is written (its `from:`, for errors).
    public var file: String
    public var line: Int
    public var column: Int

    public init(
        year: Int, month: Int, rampMonths: Int, values: [String: Scenario.Value], file: String = "", line: Int = 0, column: Int = 0
    ) {
        self.year = year
        self.month = month
        self.rampMonths = rampMonths
        self.values = values
        self.file = file
        self.line = line
        self.column = column
    }

    /// `2027-01`, as a scenario file writes it.
    public var label: String { String(format: "%04d-%02d", year, month) }

    /// Months from the first reported January of a run that starts in `startYear`.
    public func monthIndex(from startYear: Int) -> Int { (year - startYear) * 12 + (month - 1) }

    /// The months over which the step moves its values (at least the month it starts).
    var span: Int { max(1, rampMonths) }

    /// `YYYY-MM` with a month 1-12, or nil.
    static func parse(_ text: String) -> (year: Int, month: Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]), let month = Int(parts[1]),
            (1...12).contains(month)
        else { return nil }
        return (year, month)
    }
}

extension Scenario {
    /// Keys a timeline cannot change: the run's own length and calendar, and the sizes and contracted volume
    /// of the specialist providers (set when the run's providers are contracted; `Providers.resize` keeps
    /// their shape).
    static let fixedDuringARun: Set<String> = [
        "run.years", "run.warmUpYears", "run.startYear", "specialist.providerSizeSkew", "specialist.contractVolumeShare",
    ]

    /// The values in force in every reported month in which the timeline changes one, in month order (month
    /// 0 is the first reported January).
    public func timelineValues() -> [(month: Int, values: [String: Double])] {
        guard !timeline.isEmpty else { return [] }
        let startYear = Int(values["run.startYear"]!.value)
        let months = max(1, Int((values["run.years"]!.value * 12).rounded(.up)))
        let steps = timeline.enumerated().sorted {
            ($0.element.monthIndex(from: startYear), $0.offset) < ($1.element.monthIndex(from: startYear), $1.offset)
        }
        .map(\.element)
        var current = values.mapValues(\.value)
        var ramps: [String: (from: Double, to: Double, start: Int, length: Int)] = [:]
        var changes: [(month: Int, values: [String: Double])] = []
        for month in 0..<months {
            for step in steps where step.monthIndex(from: startYear) == month {
                for (key, value) in step.values { ramps[key] = (current[key]!, value.value, month, step.span) }
            }
            var changed = false
            for key in ramps.keys.sorted() {
                let ramp = ramps[key]!
                let done = month - ramp.start + 1
                var value = done >= ramp.length ? ramp.to : ramp.from + (ramp.to - ramp.from) * Double(done) / Double(ramp.length)
                if ParameterCatalog.definition(key)?.kind == .integer { value = value.rounded() }
                if done >= ramp.length { ramps[key] = nil }
                if current[key] != value {
                    current[key] = value
                    changed = true
                }
            }
            if changed { changes.append((month, current)) }
        }
        return changes
    }

    /// The timeline as the model takes it: the complete parameters from every month a value changes.
    public func parameterChanges() -> [ParameterChange] {
        timelineValues().map { ParameterChange(month: $0.month, parameters: ParameterCatalog.parameters($0.values)) }
    }

    /// What is wrong with the timeline: a step before the run's first reported month, a key that cannot
    /// change during a run, a ramp of a flag or a choice, two steps moving one key at once, or values that
    /// do not fit together (shares, outcome probabilities) once a step has taken effect.
    func timelineProblems() -> [(step: TimelineStep, key: String, message: String)] {
        var problems: [(step: TimelineStep, key: String, message: String)] = []
        let startYear = Int(values["run.startYear"]!.value)
        for step in timeline {
            if step.monthIndex(from: startYear) < 0 {
                problems.append((step, "timeline.from", "\(step.label) lies before the run's first reported month, \(startYear)-01"))
            }
            for key in step.values.keys.sorted() {
                if Self.fixedDuringARun.contains(key) {
                    problems.append((step, key, "cannot change during a run; set it outside the timeline"))
                } else if step.rampMonths > 0, let kind = ParameterCatalog.definition(key)?.kind, kind != .number && kind != .integer {
                    problems.append((step, key, "is \(kind.expected), which changes at once; give it a step without rampMonths"))
                }
            }
        }
        let keys = Set(timeline.flatMap(\.values.keys))
        for key in keys.sorted() {
            let moving = timeline.filter { $0.values[key] != nil }.sorted {
                $0.monthIndex(from: startYear) < $1.monthIndex(from: startYear)
            }
            for (a, b) in zip(moving, moving.dropFirst()) where b.monthIndex(from: startYear) < a.monthIndex(from: startYear) + a.span {
                let ramp = a.rampMonths > 0 ? " with its \(a.rampMonths)-month ramp" : ""
                problems.append((b, key, "the step from \(a.label)\(ramp) still moves it in \(b.label); one step at a time per key"))
            }
        }
        var reported = Set<String>()
        for (month, values) in timelineValues() {
            var scenario = self
            scenario.values = values.mapValues { Value(value: $0, provenance: .assumption("timeline")) }
            // Each problem once, at the month it first appears.
            for problem in scenario.inconsistencies() where reported.insert(problem.keys.joined(separator: ",")).inserted {
                let step = timeline.last {
                    $0.monthIndex(from: startYear) <= month && problem.keys.contains(where: $0.values.keys.contains)
                }
                problems.append(
                    (step ?? timeline[0], problem.keys.joined(separator: ", "), "from \(Self.label(month, startYear)): \(problem.message)"))
            }
        }
        return problems
    }

    static func label(_ month: Int, _ startYear: Int) -> String {
        String(format: "%04d-%02d", startYear + Int((Double(month) / 12).rounded(.down)), (month % 12 + 12) % 12 + 1)
    }
}
