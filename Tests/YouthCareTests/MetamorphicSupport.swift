import Scenarios
import SimKernel
import XCTest
import YouthCare

/// A small municipality for metamorphic relations: the baseline scaled to `youths` (every capacity, FTE
/// and amount alike, `ModelParameters.scaled(toYouths:)`), a cold start (no pilot to run, and nothing a
/// pilot could make differ between two runs), `years` reported after two of warm-up.
func smallMunicipality(_ changes: [String: Double] = [:], youths: Double = 5_000, years: Double = 2) -> ModelParameters {
    parameters(["run.warmStart": 0].merging(changes) { $1 }, years: years).scaled(toYouths: youths)
}

/// Where two runs' replications differ: every figure and every month of every series, compared by the bits
/// of its value (so that -0 and 0 are told apart as the results files would), except that a metric for
/// which `tolerance` gives a relative tolerance above 0 may differ by that much; and the number of events.
func differences(
    _ base: [ReplicationResult], _ variant: [ReplicationResult], tolerance: (Metric) -> Double = { _ in 0 }
) -> [String] {
    func same(_ x: Double, _ y: Double, _ relative: Double) -> Bool {
        x.bitPattern == y.bitPattern || abs(x - y) <= relative * max(abs(x), abs(y))
    }
    var found: [String] = []
    guard base.count == variant.count else { return ["\(base.count) replications against \(variant.count)"] }
    for (r, (a, b)) in zip(base, variant).enumerated() {
        for metric in Set(a.figures.keys).union(b.figures.keys).sorted() {
            guard let x = a.figures[metric], let y = b.figures[metric], same(x, y, tolerance(metric)) else {
                found.append("replication \(r): \(metric) \(a.figures[metric] ?? .nan) against \(b.figures[metric] ?? .nan)")
                continue
            }
        }
        for metric in Set(a.series.keys).union(b.series.keys).sorted() {
            guard let xs = a.series[metric], let ys = b.series[metric], xs.count == ys.count,
                zip(xs, ys).allSatisfy({ same($0, $1, tolerance(metric)) })
            else {
                found.append("replication \(r): series \(metric) differs")
                continue
            }
        }
        if a.events != b.events { found.append("replication \(r): \(a.events) events against \(b.events)") }
    }
    return found
}
