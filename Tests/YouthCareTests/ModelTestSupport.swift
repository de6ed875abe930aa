import Scenarios
import SimKernel
import TestSupport
import XCTest
import YouthCare

/// Small runs of the baseline municipality with some values changed.
func parameters(_ changes: [String: Double] = [:], years: Double = 5) -> ModelParameters {
    var values = ParameterCatalog.defaults
    values["run.years"] = years
    values["run.warmUpYears"] = 2
    for (key, value) in changes {
        precondition(ParameterCatalog.definition(key) != nil, "no key \(key)")
        values[key] = value
    }
    return ParameterCatalog.parameters(values)
}

/// Two years of the baseline with only `levels`' needs arising (no needs for long-term help), every route
/// to care exact, no relapse, no child protection track and nobody growing out of care, changed further by
/// `changes`.
func onlyNeeds(_ levels: ClosedRange<Level>, _ changes: [String: Double]) -> ModelParameters {
    var all: [String: Double] = [
        "access.triageErrors": 0, "relapse.enabled": 0, "access.directReferralAccuracy": 1, "longTerm.incidencePer1000": 0,
        "age.enabled": 0,
    ]
    for level in Levels.all {
        all["onset.unsafeProbability.level\(level)"] = 0
        all["childProtection.escalationPerYear.level\(level)"] = 0
        if !levels.contains(level) { all["onset.incidencePer1000.level\(level)"] = 0 }
    }
    return parameters(all.merging(changes) { $1 }, years: 2)
}

/// `replications` of `p` on `seed`, or on a seed derived from it and `JEUGDSIM_TEST_SEED` (`testSeed`).
func simulate(_ p: ModelParameters, replications: Int = 16, seed: UInt64 = 99) -> [ReplicationResult] {
    Experiment.run(p, replications: replications, seed: testSeed(seed))
}

func figures(_ results: [ReplicationResult], _ metric: Metric) -> [Double] {
    results.map { $0.figures[metric]! }
}

/// How far apart the means of two independent samples may lie by chance with two-sided probability `tail` x
/// 2 at most: Student's t on `degreesOfFreedom` (the smaller sample's, conservative for Welch's test) times the
/// standard error of the difference.
func differenceBound(_ a: Summary, _ b: Summary, tail: Double, degreesOfFreedom: Double) -> Double {
    let standardError = (pow(a.standardDeviation, 2) / Double(a.count) + pow(b.standardDeviation, 2) / Double(b.count)).squareRoot()
    return Summary.studentT(1 - tail, degreesOfFreedom: degreesOfFreedom) * standardError
}

/// Why the replication loses or invents cases, or nil when every case that arrived is, at the end, exactly
/// one of: resolved (with care, at the front or unaided), grown up (23), or still in the system (a family that left
/// without help too: its need goes on).
func imbalance(_ result: ReplicationResult) -> String? {
    let f = result.figures
    let arrived = f[Metric(.arrivals)]! + f[Metric(.stockStart)]!
    let resolved = (2...7).reduce(0.0) { $0 + f[Metric(.resolved, .level($1))]! }
    let left = resolved + f[Metric(.resolvedLocally)]! + f[Metric(.resolvedUnaided)]! + f[Metric(.grownUp)]! + f[Metric(.stockEnd)]!
    return arrived == left ? nil : "\(arrived) cases arrived or were in the system, \(left) left or stayed"
}
