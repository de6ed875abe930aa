import Foundation
import SimKernel
import YouthCare

/// The warm-up diagnostic (`jeugdsim warmup`): pilot replications of a scenario started empty, without
/// warm-up, for the warm-up and reported years together; every waiting list and stock averaged month by
/// month over the replications, and White's MSER-5 (`MSER`) on each: the truncation point per series,
/// and a recommended warm-up in whole years (the latest truncation). For Welch's graphical method the
/// averaged series are written with a moving average of ±6 months (Law and Kelton, "Simulation Modeling
/// and Analysis": Welch's procedure).
public struct WarmUpAnalysis: Sendable {
    public struct Series: Sendable {
        public let name: String
        /// The series averaged over the pilot replications, month by month from the start.
        public let mean: [Double]
        public let truncation: MSER.Truncation

        /// How far the months MSER cuts off lie from the rest, as a share of the rest's mean: how much the
        /// transient would bias the results had it been kept.
        public var shift: Double {
            let cut = truncation.observations
            guard cut > 0, cut < mean.count else { return 0 }
            let rest = mean[cut...].reduce(0, +) / Double(mean.count - cut)
            return rest != 0 ? abs(mean[..<cut].reduce(0, +) / Double(cut) - rest) / abs(rest) : 0
        }

        /// Whether the months MSER cuts lie further from the rest than noise would put them: their means
        /// differ by more than three standard errors, each from the variance of the rest's yearly batch means
        /// (a year absorbs most of a monthly series' autocorrelation). On a series that starts near its
        /// steady state MSER-5 may still cut where noise strayed, and cutting it removes no bias. Three, not
        /// two, because MSER picks the most deviant start: on 14 years of white noise two standard errors
        /// counted 12 % of its cuts, three 4 % (5 % on autocorrelated noise), while a transient of five
        /// standard deviations is still counted 94-100 % of the time.
        public var beyondNoise: Bool {
            let cut = truncation.observations
            let years = (mean.count - cut) / 12
            guard cut > 0, years >= 2 else { return cut > 0 }
            let batches = (0..<years).map { y in mean[(cut + 12 * y)..<(cut + 12 * (y + 1))].reduce(0, +) / 12 }
            let rest = batches.reduce(0, +) / Double(years)
            let variance = batches.reduce(0) { $0 + ($1 - rest) * ($1 - rest) } / Double(years - 1)
            let standardError = (variance / Double(years) + variance * 12 / Double(cut)).squareRoot()
            return abs(mean[..<cut].reduce(0, +) / Double(cut) - rest) > 3 * standardError
        }
    }

    public let scenario: String
    public let pilotReplications: Int
    public let series: [Series]

    /// The pilot results' waiting lists and stocks. A list that averages under one family (a service
    /// hardly anyone waits for) is left out: its noise, not its trend, would set the truncation.
    public init(scenario: String, pilot results: [ReplicationResult]) {
        self.scenario = scenario
        pilotReplications = results.count
        let metrics = (results.first?.series.keys.filter { $0.figure == .waitingList || $0.figure == .stock } ?? []).sorted()
        series = metrics.compactMap { metric in
            let months = results[0].series[metric]!.count
            let mean = (0..<months).map { m in results.reduce(0.0) { $0 + $1.series[metric]![m] } / Double(results.count) }
            guard mean.reduce(0, +) / Double(max(1, months)) >= 1 else { return nil }
            return Series(name: metric.description, mean: mean, truncation: MSER.truncation(mean))
        }
    }

    /// The warm-up that lets every series settle, in whole years: the latest truncation of a series whose
    /// cut part lies beyond noise (or that has not settled). When a series has not settled within the pilot
    /// (`unsettled`), its truncation is where the search stopped, so this is a lower bound.
    public var recommendedYears: Int {
        let months = series.filter { $0.beyondNoise || !$0.truncation.settled }.map(\.truncation.observations).max() ?? 0
        return Int((Double(months) / 12).rounded(.up))
    }

    /// Series whose MSER minimum lies at the end of its search: they may not have settled within the pilot.
    public var unsettled: [String] { series.filter { !$0.truncation.settled }.map(\.name) }

    /// Welch's moving average of ±`window` months (shorter at the start, as the procedure prescribes).
    static func movingAverage(_ values: [Double], window: Int = 6) -> [Double?] {
        values.indices.map { i in
            let w = min(window, i)
            guard i + w < values.count else { return nil }
            return values[(i - w)...(i + w)].reduce(0, +) / Double(2 * w + 1)
        }
    }

    public func seriesCSV(_ style: CSVStyle) -> String {
        var out = style.row(["scenario", "series", "month", "mean", "movingAverage12"])
        for s in series {
            for (m, (value, smooth)) in zip(s.mean, Self.movingAverage(s.mean)).enumerated() {
                out += style.row([scenario, s.name, String(m), style.number(value), smooth.map(style.number) ?? ""])
            }
        }
        return out
    }

    public func truncationCSV(_ style: CSVStyle) -> String {
        var out = style.row(["scenario", "series", "truncationMonths", "settled", "shift", "beyondNoise"])
        for s in series {
            out += style.row([
                scenario, s.name, String(s.truncation.observations), s.truncation.settled ? "yes" : "no", style.number(s.shift),
                s.beyondNoise ? "yes" : "no",
            ])
        }
        return out
    }
}

/// Where jeugdsim keeps what it can make again but would rather not (warm-up recommendations, warm-start
/// pilots): `$JEUGDSIM_CACHE`, else `$XDG_CACHE_HOME/jeugdsim`, else `~/.cache/jeugdsim`.
public enum CacheDirectory {
    public static var root: URL {
        let environment = ProcessInfo.processInfo.environment
        return environment["JEUGDSIM_CACHE"].map { URL(fileURLWithPath: $0) }
            ?? environment["XDG_CACHE_HOME"].map { URL(fileURLWithPath: $0).appendingPathComponent("jeugdsim") }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/jeugdsim")
    }
}

/// Recommended warm-ups by scenario, kept between runs so that a run can warn, at no cost, when its warm-up
/// is shorter than `jeugdsim warmup` found it needs. Keyed by a hash of every value but the run's own
/// length; kept in the `CacheDirectory`.
public enum WarmUpCache {
    static var directory: URL { CacheDirectory.root.appendingPathComponent("warmup") }

    /// The scenario's model, as a key: every value except the run's length, warm-up and calendar (a warm
    /// start counts: it changes the transient; the timeline starts at the reported start, after any
    /// warm-up, so it is left out).
    static func key(_ scenario: Scenario) -> String {
        let ignored: Set = ["run.years", "run.warmUpYears", "run.startYear"]
        let text = scenario.values.keys.sorted().filter { !ignored.contains($0) }.map { "\($0)=\(scenario.values[$0]!.value.bitPattern)" }
            .joined(separator: ";")
        return String(StreamKey.fnv1a(text), radix: 16)
    }

    static func file(_ scenario: Scenario) -> URL { directory.appendingPathComponent("\(key(scenario)).json") }

    /// The warm-up in years recommended for the scenario, if `jeugdsim warmup` has run it.
    public static func recommendation(for scenario: Scenario) -> Int? {
        guard let data = try? Data(contentsOf: file(scenario)),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return nil }
        return object["recommendedYears"] as? Int
    }

    /// Keeps the recommendation; a cache that cannot be written is no error (the run goes on, unwarned).
    public static func store(_ analysis: WarmUpAnalysis, for scenario: Scenario) {
        let object: [String: Any] = [
            "scenario": scenario.name, "recommendedYears": analysis.recommendedYears, "pilotReplications": analysis.pilotReplications,
        ]
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return }
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? data.write(to: file(scenario), options: .atomic)
    }
}
