import SimKernel
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

func simulate(_ p: ModelParameters, replications: Int = 16, seed: UInt64 = 99) -> [ReplicationResult] {
    Experiment.run(p, replications: replications, seed: seed)
}

func figures(_ results: [ReplicationResult], _ metric: Metric) -> [Double] {
    results.map { $0.figures[metric]! }
}
