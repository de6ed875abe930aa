/// The time average of a piecewise-constant quantity: queue length, busy servers, cases in care.
///
/// Call `update` whenever the value changes; `mean(at:)` integrates up to a given time.
public struct TimeWeighted: Sendable, Hashable, Codable {
    public private(set) var value: Double
    public private(set) var maximum: Double
    var area: Double = 0
    var lastChange: Double
    public private(set) var start: Double

    public init(value: Double = 0, at time: Double = 0) {
        self.value = value
        maximum = value
        lastChange = time
        start = time
    }

    /// An update to the value it has changes nothing, not even how the area is summed: a step of a policy
    /// timeline that keeps a value leaves every figure as it was, to the last bit.
    public mutating func update(to newValue: Double, at time: Double) {
        precondition(time >= lastChange, "time went backwards in a time-weighted statistic (\(time) < \(lastChange))")
        guard newValue != value else { return }
        area += value * (time - lastChange)
        lastChange = time
        value = newValue
        if newValue > maximum { maximum = newValue }
    }

    public mutating func add(_ delta: Double, at time: Double) {
        update(to: value + delta, at: time)
    }

    /// The time average over [start, time].
    public func mean(at time: Double) -> Double {
        precondition(time >= lastChange, "a time-weighted mean asked before its last change (\(time) < \(lastChange))")
        let span = time - start
        guard span > 0 else { return value }
        return (area + value * (time - lastChange)) / span
    }

    /// Forgets the history before `time`, keeping the current value (the end of a warm-up period).
    public mutating func restart(at time: Double) {
        area = 0
        lastChange = time
        start = time
        maximum = value
    }

    /// Whether it covers the period from `start` and last changed by `end`, with finite values: what a sum
    /// over the same period asks of a part read from a file.
    public func covers(from start: Double, to end: Double) -> Bool {
        self.start == start && (start...end).contains(lastChange) && value.isFinite && area.isFinite && maximum.isFinite
    }

    /// The sum of quantities observed over the same period (the waiting lists of several providers, read as
    /// one service's): its mean is the sum of their means. The parts do not tell when the sum peaked, so its
    /// `maximum` starts afresh at the current value.
    public static func sum(_ parts: [TimeWeighted], at time: Double) -> TimeWeighted {
        guard let first = parts.first else { return TimeWeighted(at: time) }
        precondition(parts.allSatisfy { $0.start == first.start }, "summed time-weighted statistics must cover the same period")
        var total = TimeWeighted(value: 0, at: first.start)
        for part in parts {
            precondition(time >= part.lastChange, "a time-weighted sum asked before a part's last change")
            total.area += part.area + part.value * (time - part.lastChange)
            total.value += part.value
        }
        total.lastChange = time
        total.maximum = total.value
        return total
    }
}
