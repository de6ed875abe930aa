import Foundation
import SimKernel
import YouthCare

/// Every scenario key with its unit, allowed range, default and provenance: the single source of the model's
/// defaults, of scenario validation, of `jeugdsim describe`, and of the key table in Scenarios/README.md.
///
/// The defaults describe a municipality of 100,000 inhabitants (about 25,000 youths 0-22, docs/model.md
/// section 10). The sources give structure and few numbers, so many defaults are assumptions; each says so.
public enum ParameterCatalog {
    public static let definitions: [ParameterDefinition] = {
        var list = DefinitionList()
        list.addRun()
        list.addOnset()
        list.addAge()
        list.addNaturalCourse()
        list.addDetection()
        list.addAccess()
        list.addThreshold()
        list.addGeneralist()
        list.addSpecialist()
        list.addLongTerm()
        list.addWaiting()
        list.addStepDownAndRelapse()
        list.addConsultation()
        list.addCompetence()
        list.addAddOn()
        list.addChildProtection()
        list.addCollaboration()
        list.addMoney()
        return list.items
    }()

    static let byKey: [String: ParameterDefinition] = Dictionary(uniqueKeysWithValues: definitions.map { ($0.key, $0) })

    public static func definition(_ key: String) -> ParameterDefinition? { byKey[key] }

    public static var defaults: [String: Double] {
        Dictionary(uniqueKeysWithValues: definitions.map { ($0.key, $0.defaultValue) })
    }

    /// The model's parameters from a complete set of values (keys missing from `values` take their default).
    public static func parameters(_ values: [String: Double]) -> ModelParameters {
        var parameters = ModelParameters()
        for definition in definitions {
            definition.apply(&parameters, values[definition.key] ?? definition.defaultValue)
        }
        return parameters
    }

    /// Groups of keys whose values must be consistent together; each check returns a message when violated.
    public struct Consistency: Sendable {
        public let keys: [String]
        public let check: @Sendable ([Double]) -> String?
    }

    public static let consistency: [Consistency] = {
        func sharesSumToOne(_ keys: [String], _ what: String) -> Consistency {
            Consistency(keys: keys) { values in
                let sum = values.reduce(0, +)
                return abs(sum - 1) > 1e-6 ? "\(what) must sum to 1, they sum to \(sum)" : nil
            }
        }
        let outcomes = ["specialist.outcomes.stepDown", "specialist.outcomes.stepUp", "specialist.outcomes.dropOut"]
        return [
            sharesSumToOne(Route.referrers.map { "access.routeShares.\($0.key)" }, "route shares"),
            sharesSumToOne(AgeBand.allCases.map { "onset.ageBandShares.\($0.key)" }, "age band shares"),
            sharesSumToOne(Placement.allCases.map { "specialist.placementShares.\($0.key)" }, "placement shares"),
            Consistency(keys: outcomes) { values in
                let sum = values.reduce(0, +)
                return sum > 1 + 1e-9 ? "step-down, step-up and drop-out probabilities sum to \(sum), above 1" : nil
            },
            workload,
        ]
    }()
}

extension ParameterCatalog {
    /// New needs one replication may create at most: the national baseline creates about 5.5 million over
    /// its 18 simulated years, so this leaves room for ten times that; beyond it a run would take hours and
    /// most of the memory, and the values are almost surely a typing error (10,000 consultation FTE each
    /// drawing 10 needs per consultation, or an open door that multiplies incidence a thousand times).
    public static let maximumNeedsPerReplication = 50_000_000.0

    /// Refuses scenarios whose expected new needs (youths x incidence x season x open door x growth, and the
    /// needs consultations can induce, over warm-up and reported years) exceed `maximumNeedsPerReplication`,
    /// in a replication or in a replication of a warm start's pilot (`Experiment.withInitialStock`: the
    /// same system at most a municipality's size, without growth, for its 20 years from empty).
    static let workload = Consistency(keys: workloadKeys) { v in
        let (needs, pilotNeeds) = expectedNeeds(v)
        let millions = { (count: Double) in String(format: "%.0f million", count / 1e6) }
        let limit = "more than the \(millions(maximumNeedsPerReplication)) one run can hold"
        if needs > maximumNeedsPerReplication {
            let what = "youths x incidence x season x open door x growth, and induced demand, over warm-up and reported years"
            return "these values create about \(millions(needs)) new needs in one replication (\(what)), " + limit
        }
        guard pilotNeeds > maximumNeedsPerReplication else { return nil }
        return "these values create about \(millions(pilotNeeds)) new needs in one replication of the warm start's pilot "
            + "(\(SummaryTable.format(Experiment.pilotWarmUpYears)) years from empty at most \(Int(Experiment.pilotYouths)) youths), "
            + limit + "; run.warmStart: false starts from empty instead"
    }

    static let workloadScalars = [
        "onset.youths", "onset.annualGrowth", "run.years", "run.warmUpYears", "consultation.fte", "consultation.hoursPerFTEPerYear",
        "consultation.hoursPerConsultation", "consultation.inducedNeedsPerConsultation", "consultation.effects.inducedDemand",
        "threshold.level", "threshold.openDoorDemand", "longTerm.incidencePer1000", "run.warmStart",
    ]
    static let workloadKeys =
        workloadScalars + Levels.all.map { "onset.incidencePer1000.level\($0)" }
        + ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        .map { "onset.season.\($0)" }

    /// The new needs `scenario` is expected to create in one replication, and in one replication of its
    /// warm start's pilot (0 without a warm start): what its memory and time grow with.
    public static func expectedNeeds(_ scenario: Scenario) -> (replication: Double, pilot: Double) {
        expectedNeeds(workloadKeys.map { scenario.values[$0]!.value })
    }

    /// The values of `workloadKeys`: youths x incidence x season x open door x growth, and the needs
    /// consultations can induce, over warm-up and reported years; the pilot is the same system at most a
    /// municipality's size, without growth, for its 20 years from empty (`Experiment.withInitialStock`).
    static func expectedNeeds(_ v: [Double]) -> (replication: Double, pilot: Double) {
        let scalars = workloadScalars.count
        let levels = Levels.all.count
        let (youths, growth, years, warmUp) = (v[0], v[1], v[2], v[3])
        let consultationsPerYear = v[5] > 0 ? v[4] * v[5] / v[6] : 0
        let inducedPerYear = v[8] != 0 ? consultationsPerYear * v[7] : 0
        var parameters = ModelParameters()
        parameters.threshold.level = v[9]
        parameters.threshold.openDoorDemand = v[10]
        let openDoor = parameters.threshold.openDoorMultiplier
        let rates = v[scalars..<(scalars + levels)]
        let season = v[(scalars + levels)...].reduce(0, +) / 12
        let incidencePerYear = zip(Levels.all, rates).reduce(v[11]) { $0 + $1.1 * (Levels.generalist.contains($1.0) ? openDoor : 1) }
        let perYear = incidencePerYear * youths / 1000 * season
        let span = stride(from: -warmUp.rounded(.up), to: years.rounded(.up), by: 1).reduce(0.0) { $0 + pow(1 + growth, $1) }
        let needs = perYear * span + inducedPerYear * (warmUp + years)
        // The pilot's consultation FTE scale with its youths, as its capacities do (`ModelParameters.scaled`).
        let pilotScale = youths > 0 ? min(youths, Experiment.pilotYouths) / youths : 0
        let pilotNeeds = v[12] != 0 ? (perYear + inducedPerYear) * pilotScale * Experiment.pilotWarmUpYears : 0
        return (needs, pilotNeeds)
    }
}
