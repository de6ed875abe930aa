import Foundation
import SimKernel
import YouthCare

/// How large an effect must be for a variant to be no worse than its base on one headline: the smallest
/// value of a parameter (an effect size of the consultation function, say) at which the paired difference
/// of the headline, variant minus base on common random numbers, is no longer on the worse side of zero.
///
/// The search is deterministic for a seed: every value is run on the base's seed and replications, so the
/// difference is a fixed function of the value. It evaluates an even grid over the range, finds the first
/// grid value where the difference is no worse, and refines between it and the value before by bisection.
/// It finds three such crossings: of the mean (the estimate), of the interval's favourable bound (from
/// here the variant is not distinguishably worse) and of its unfavourable bound (from here it is
/// distinguishably no worse); the last two bound the estimate's interval. Assumes the difference improves
/// as the value rises; the points table shows where it does not.
public struct BreakEven: Sendable {
    /// The difference at one value of the parameter.
    public struct Point: Sendable {
        public let value: Double
        public let difference: Summary
    }

    public enum Verdict: Sendable, Equatable {
        /// No worse already at the lowest value of the range.
        case noWorseThroughout
        /// No worse from `estimate`; `interval` bounds it (nil bounds: beyond the range).
        case breaksEven(estimate: Double, lower: Double?, upper: Double?)
        /// Worse at every value of the range.
        case neverEnough
    }

    public let base: String
    public let variant: String
    public let key: String
    public let headline: Headline
    /// +1 when a rise in the headline is worse, -1 when a fall is.
    public let worse: Double
    public let range: ClosedRange<Double>
    /// The variant's own value of the parameter.
    public let scenarioValue: Double
    public let replications: Int
    public let seed: UInt64
    /// Every value evaluated, in increasing order.
    public let points: [Point]
    public let verdict: Verdict

    /// Searches with `evaluate`, the paired difference of the headline at a value of the parameter.
    public init(
        base: Scenario, variant: Scenario, key: String, headline: Headline, worse: Double, range: ClosedRange<Double>,
        gridPoints: Int, refinements: Int, evaluate: (Double) -> Summary
    ) {
        self.base = base.name
        self.variant = variant.name
        self.key = key
        self.headline = headline
        self.worse = worse
        self.range = range
        scenarioValue = variant.values[key]?.value ?? .nan
        replications = base.replications
        seed = base.seed
        var cache: [Double: Summary] = [:]
        func at(_ value: Double) -> Summary {
            if let known = cache[value] { return known }
            let difference = evaluate(value)
            cache[value] = difference
            return difference
        }
        let grid = (0..<max(2, gridPoints)).map {
            range.lowerBound + (range.upperBound - range.lowerBound) * Double($0) / Double(max(2, gridPoints) - 1)
        }
        // How far on the worse side of zero the mean, the favourable bound and the unfavourable bound lie.
        let mean = { (s: Summary) in worse * s.mean }
        let favourable = { (s: Summary) in min(worse * s.lower, worse * s.upper) }
        let unfavourable = { (s: Summary) in max(worse * s.lower, worse * s.upper) }
        /// The first value where `excess` is no longer positive: below the range's start (nil, with `atStart`)
        /// or beyond its end (nil).
        func crossing(_ excess: (Summary) -> Double) -> (value: Double?, atStart: Bool) {
            guard let first = grid.firstIndex(where: { excess(at($0)) <= 0 }) else { return (nil, false) }
            if first == 0 { return (range.lowerBound, true) }
            var (a, b) = (grid[first - 1], grid[first])
            for _ in 0..<refinements {
                let middle = (a + b) / 2
                if excess(at(middle)) <= 0 { b = middle } else { a = middle }
            }
            // Between the last value still worse and the first no worse, where the line between them crosses.
            let (ea, eb) = (excess(at(a)), excess(at(b)))
            return (ea - eb > 0 ? a + (b - a) * ea / (ea - eb) : b, false)
        }
        let estimate = crossing(mean)
        if estimate.atStart {
            verdict = .noWorseThroughout
        } else if let value = estimate.value {
            let from = crossing(favourable)
            verdict = .breaksEven(estimate: value, lower: from.atStart ? nil : from.value, upper: crossing(unfavourable).value)
        } else {
            verdict = .neverEnough
        }
        points = cache.keys.sorted().map { Point(value: $0, difference: cache[$0]!) }
    }

    /// The verdict in a sentence.
    public var sentence: String {
        let f = SummaryTable.format
        let name = "\(headline.label.lowercased()) (\(headline.unit))"
        switch verdict {
        case .noWorseThroughout:
            return "\(variant) is no worse than \(base) on \(name) already at \(key) = \(f(range.lowerBound)), the lowest value tried."
        case .neverEnough:
            let last = points.last!.difference
            return "No value of \(key) from \(f(range.lowerBound)) to \(f(range.upperBound)) is enough: at \(f(range.upperBound)) "
                + "\(variant) is still worse than \(base) on \(name), difference \(f(last.mean)) "
                + "(95 % CI \(f(last.lower)) to \(f(last.upper)))."
        case .breaksEven(let estimate, let lower, let upper):
            let low = lower.map(f) ?? "at or below \(f(range.lowerBound))"
            let high = upper.map(f) ?? "above \(f(range.upperBound))"
            return "\(variant) is no worse than \(base) on \(name) from \(key) = \(f(estimate)) (95 % interval \(low) to \(high)); "
                + "the scenario's value is \(f(scenarioValue))."
        }
    }

    public func csv(_ style: CSVStyle) -> String {
        var out = style.row([
            "base", "variant", "key", "value", "metric", "group", "difference_mean", "difference_lower95", "difference_upper95",
        ])
        for point in points {
            out += style.row([
                base, variant, key, style.number(point.value), headline.metric.name, headline.metric.group.key,
                style.number(point.difference.mean), style.number(point.difference.lower), style.number(point.difference.upper),
            ])
        }
        return out
    }

    /// The search and its verdict, as JSON.
    public func json() -> String {
        var verdictFields: [String: Any] = [:]
        switch verdict {
        case .noWorseThroughout: verdictFields["verdict"] = "noWorseThroughout"
        case .neverEnough: verdictFields["verdict"] = "neverEnough"
        case .breaksEven(let estimate, let lower, let upper):
            verdictFields = ["verdict": "breaksEven", "estimate": estimate, "lower95": lower ?? NSNull(), "upper95": upper ?? NSNull()]
        }
        let object: [String: Any] = [
            "base": base, "variant": variant, "key": key, "headline": headline.metric.description, "label": headline.label,
            "worseWhen": worse > 0 ? "higher" : "lower", "rangeLower": range.lowerBound, "rangeUpper": range.upperBound,
            "scenarioValue": scenarioValue, "replications": replications, "seed": seed, "sentence": sentence,
        ].merging(verdictFields) { $1 }
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
