/// The time average of a piecewise-constant quantity within each interval of fixed length: the waiting
/// list month by month. Needs no sampling events: each change credits the area to the intervals it spans.
public struct TimeSeries: Sendable, Codable {
    public let start: Double
    public let interval: Double
    /// Integrated value per interval; divide by the interval for the average.
    public private(set) var areas: [Double]
    var value: Double
    /// When the value last changed (-infinity before the first change).
    var lastChange: Double
    /// The interval credited last, and its bounds: most changes fall in it (a month of a day's changes),
    /// and need no division to find it.
    var bin = 0
    var binStart = Double.infinity
    var binEnd = -Double.infinity

    public init(start: Double = 0, interval: Double, count: Int, value: Double = 0) {
        precondition(interval > 0 && count > 0)
        self.start = start
        self.interval = interval
        areas = Array(repeating: 0, count: count)
        self.value = value
        // Changes may come before the first interval (during a warm-up); they credit nothing.
        lastChange = -.infinity
    }

    public var end: Double { start + interval * Double(areas.count) }

    /// An update to the value it has changes nothing, not even how the areas are summed (`TimeWeighted`).
    public mutating func update(to newValue: Double, at time: Double) {
        precondition(time >= lastChange, "time went backwards in a time series (\(time) < \(lastChange))")
        guard newValue != value else { return }
        if value != 0 { credit(until: time) }
        lastChange = time
        value = newValue
    }

    public mutating func add(_ delta: Double, at time: Double) {
        update(to: value + delta, at: time)
    }

    mutating func credit(until time: Double) {
        var from = Swift.max(lastChange, start)
        let to = Swift.min(time, end)
        if from >= binStart && to <= binEnd {
            areas[bin] += value * (to - from)
            return
        }
        while from < to {
            var bin = Swift.min(Int((from - start) / interval), areas.count - 1)
            // At a boundary that the division rounds to just below it (an interval such as 365.2425 / 12 that
            // binary fractions do not hold), the bin found is the one that ends there: go on to the next,
            // or the loop would never move.
            if start + Double(bin + 1) * interval <= from && bin < areas.count - 1 { bin += 1 }
            let boundary = start + Double(bin + 1) * interval
            let until = Swift.min(boundary, to)
            areas[bin] += value * (until - from)
            from = until
            (self.bin, binStart, binEnd) = (bin, start + Double(bin) * interval, boundary)
        }
    }

    /// The average per interval, with the current value carried to `time` (the end of the run).
    public func averages(at time: Double) -> [Double] {
        var copy = self
        if value != 0 { copy.credit(until: time) }
        return copy.areas.map { $0 / interval }
    }
}
