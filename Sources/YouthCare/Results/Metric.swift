/// The name of one figure a run produces: what (`name`), for which level or service (`group`, "" for the
/// whole system) and which reported year (`year`, nil for the whole horizon). Tidy CSV has one column each.
public struct Metric: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let name: String
    public let group: String
    public let year: Int?

    public init(_ name: String, _ group: String = "", year: Int? = nil) {
        self.name = name
        self.group = group
        self.year = year
    }

    public static func < (a: Metric, b: Metric) -> Bool {
        (a.name, a.group, a.year ?? Int.min) < (b.name, b.group, b.year ?? Int.min)
    }

    public var description: String {
        [name, group.isEmpty ? nil : group, year.map(String.init)].compactMap { $0 }.joined(separator: ".")
    }
}

/// What one replication produced: scalar figures and monthly series.
public struct ReplicationResult: Sendable {
    public var figures: [Metric: Double] = [:]
    /// Monthly averages (the waiting list per service, month by month), keyed by metric.
    public var series: [Metric: [Double]] = [:]

    public init(figures: [Metric: Double] = [:], series: [Metric: [Double]] = [:]) {
        self.figures = figures
        self.series = series
    }

    mutating func set(_ name: String, _ group: String, year: Int? = nil, _ value: Double) {
        figures[Metric(name, group, year: year)] = value
    }

    mutating func set(_ name: String, year: Int? = nil, _ value: Double) { set(name, "", year: year, value) }
}
