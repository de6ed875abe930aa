import YouthCare

/// A fully resolved scenario: every parameter's value and where it comes from, plus run settings.
public struct Scenario: Sendable {
    /// A value and its provenance (a default's source, or the scenario file and line that set it).
    public struct Value: Sendable, Hashable {
        public var value: Double
        public var provenance: Provenance

        public init(value: Double, provenance: Provenance) {
            self.value = value
            self.provenance = provenance
        }
    }

    /// A parameter varied over several values (`sweep:` in the file or `--set key=a,b,c`).
    public struct Sweep: Sendable {
        public var key: String
        public var values: [Double]

        public init(key: String, values: [Double]) {
            self.key = key
            self.values = values
        }
    }

    public var name: String
    /// What a reader calls it (the report's headings); the name when the file gives no `title:`.
    public var title: LocalizedText
    /// What it does, in one line.
    public var description: LocalizedText
    /// The file it was read from, and the chain of files it extends (most basic last); empty when built in.
    public var files: [String]
    public var values: [String: Value]
    public var seed: UInt64
    public var replications: Int
    public var sweeps: [Sweep]
    /// A policy timeline: values that change from a month on (`TimelineStep`).
    public var timeline: [TimelineStep] = []
    /// A region: its name and its youths (`regions:` in the file; `Region`).
    public struct RegionValue: Sendable {
        public var name: String
        public var youths: Value

        public init(name: String, youths: Value) {
            self.name = name
            self.youths = youths
        }
    }

    /// The regions that make up the system, which share nothing (`regions:`); empty: one region.
    public var regions: [RegionValue] = []
    /// The municipalities of the region, which share its specialist providers and each have their own front
    /// (`municipalities:`); empty: one municipality.
    public var municipalities: [MunicipalityValue] = []
    /// Uncertain parameters this scenario holds or draws from its own distribution (`uncertainty:`), by key.
    public var uncertainty: [String: UncertaintySetting] = [:]
    /// Whether the sweeps form a design (point i takes the i-th value of every key, as in a Morris or Sobol
    /// sample) rather than every combination of their values.
    public var sweepDesign = false

    /// The replications a scenario may ask for: at least two, or there is no confidence interval.
    public static let replicationRange = 2...1_000_000
    static let replicationsExpected = "a whole number from 2 to 1000000 (two or more give a confidence interval)"

    /// The most points a sweep may have (all its keys' values combined): more is a typing error, not a plan.
    public static let maximumSweepPoints = 10_000

    /// The status quo the scenario starts from when it is compared with a base (`compare`; docs/model.md,
    /// policies start from today): the base's values hold through the warm start and the warm-up, and the
    /// scenario's own values take effect at the first reported month, then its timeline. Nil: its own values
    /// hold from the start, as if the policy had always existed (`compare --steady-state`).
    public var statusQuo: [String: Double]?
    /// With a status quo: the values each municipality of the base set for its own front, by name.
    public var statusQuoFronts: [String: [String: Double]]?

    /// Keys that hold from the start whatever the status quo: the run's calendar and scale.
    static let ownFromTheStart: Set<String> = fixedDuringARun.union(["run.warmStart", "onset.youths"])

    public var parameters: ModelParameters {
        var parameters = timedParameters
        parameters.regions = regionsSplitting(parameters.onset.youths)
        parameters.municipalities = municipalitiesSplitting(parameters)
        return parameters
    }

    /// The regions with their youths scaled to add up to `youths` (the scenario's `onset.youths`, which a
    /// command line may change): the regions give the split, `onset.youths` the whole.
    func regionsSplitting(_ youths: Double) -> [Region] {
        let total = regions.reduce(0) { $0 + $1.youths.value }
        return regions.map { Region(name: $0.name, youths: total == youths ? $0.youths.value : $0.youths.value / total * youths) }
    }

    var timedParameters: ModelParameters {
        let own = values.mapValues(\.value)
        guard var start = statusQuo else {
            var parameters = ParameterCatalog.parameters(own)
            parameters.changes = parameterChanges()
            return parameters
        }
        for key in Self.ownFromTheStart { start[key] = own[key] }
        var parameters = ParameterCatalog.parameters(start)
        var changes = parameterChanges()
        // The policy itself, from the first reported month (unless its timeline already changes that month,
        // whose values then include all of the scenario's own).
        if start != own && changes.first?.month != 0 {
            changes.insert(ParameterChange(month: 0, parameters: ParameterCatalog.parameters(own)), at: 0)
        }
        parameters.changes = changes
        return parameters
    }

    /// The scenario started from `base`'s values (`statusQuo`).
    public func startingFrom(_ base: Scenario) -> Scenario {
        var copy = self
        copy.statusQuo = base.values.mapValues(\.value)
        copy.statusQuoFronts = Dictionary(
            base.municipalities.map { ($0.name, $0.front.mapValues(\.value)) }, uniquingKeysWith: { first, _ in first })
        return copy
    }

    /// The built-in default: a municipality of 100,000 inhabitants with every parameter at its catalog default.
    public static let builtInDefault = Scenario(
        name: "baseline-municipality",
        title: LocalizedText(nl: "Huidige situatie", en: "Current situation"),
        description: LocalizedText(
            nl: "Een gemeente van 100.000 inwoners (ongeveer 25.000 jeugdigen), elke waarde op haar gedocumenteerde standaard.",
            en: "A municipality of 100,000 inhabitants (about 25,000 youths), every value at its documented default."),
        files: [],
        values: Dictionary(
            uniqueKeysWithValues: ParameterCatalog.definitions.map { ($0.key, Value(value: $0.defaultValue, provenance: $0.provenance)) }),
        seed: 20_261_123, replications: 100, sweeps: [])

    /// The parameters whose value rests on an assumption.
    public var assumptions: [(key: String, value: Value)] {
        ParameterCatalog.definitions.compactMap { d in
            guard let v = values[d.key], v.provenance.isAssumption else { return nil }
            return (d.key, v)
        }
    }

    /// The scenario with every key of `values` set (to switch a mechanism off, or try an effect size).
    /// A status quo it starts from is switched alike, so that the mechanism is off from the warm start on.
    public func switching(_ values: [String: Double], because why: String) -> Scenario {
        var copy = values.reduce(self) { $0.setting($1.key, to: $1.value, because: why) }
        for (key, value) in values { copy.statusQuo?[key] = value }
        return copy
    }

    /// Whether every parameter has the same value in both (provenance aside): the same model.
    public func hasSameValues(as other: Scenario) -> Bool {
        values.mapValues(\.value) == other.values.mapValues(\.value)
    }

    /// The scenario with `key` set to `value` (from the command line or a sweep point).
    public func setting(_ key: String, to value: Double, because why: String) -> Scenario {
        var copy = self
        copy.values[key] = Value(value: value, provenance: .statistic(why))
        return copy
    }
}
