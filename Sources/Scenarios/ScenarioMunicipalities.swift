import YouthCare

extension Scenario {
    /// A municipality of the region: its name, its youths, and the values of its own front it sets
    /// (`municipalities:` in the file; `Municipality`).
    public struct MunicipalityValue: Sendable {
        public var name: String
        public var youths: Value
        /// Keys of its front (`isFrontKey`) and the values it gives them; the region's scaled to its youths hold
        /// for the others.
        public var front: [String: Value]

        public init(name: String, youths: Value, front: [String: Value] = [:]) {
            self.name = name
            self.youths = youths
            self.front = front
        }
    }

    /// Whether a municipality may set `key` itself: the parts of the system that are its own (its access,
    /// its neighbourhood teams' FTE, its consultation function and the competence it builds). The rest is the
    /// region's, shared: specialist providers, out-of-home care, caseworkers, prices and ceilings.
    public static func isFrontKey(_ key: String) -> Bool {
        key.hasPrefix("consultation.") || key.hasPrefix("competence.") || ["access.capacity", "generalist.fte"].contains(key)
    }

    public static let frontKeysExpected =
        "a key of the municipality's own front: consultation.*, competence.*, generalist.fte or access.capacity"

    /// The municipalities of the region `region` (these parameters with their timeline): each the region
    /// scaled to its share of the youths (the municipalities give the split, `onset.youths` the whole), with
    /// the specialist pools the region shares and the values it sets for its own front. Compared with a
    /// base, a municipality starts from the base's front of the same name (`statusQuoFronts`), and its own
    /// values hold from the first reported month, as the scenario's own do.
    func municipalitiesSplitting(_ region: ModelParameters) -> [Municipality] {
        let total = municipalities.reduce(0) { $0 + $1.youths.value }
        return municipalities.map { municipality in
            let youths =
                total == region.onset.youths ? municipality.youths.value : municipality.youths.value / total * region.onset.youths
            let own = municipality.front.mapValues(\.value)
            let start = statusQuoFronts.map { $0[municipality.name] ?? [:] } ?? own
            var parameters = Self.front(of: region, scaledTo: youths, own: start)
            var changes = region.changes.map { change in
                ParameterChange(month: change.month, parameters: Self.front(of: change.parameters, scaledTo: youths, own: own))
            }
            // Its own values from the first reported month, when they are not what it started from.
            if start != own && changes.first?.month != 0 {
                changes.insert(ParameterChange(month: 0, parameters: Self.front(of: region, scaledTo: youths, own: own)), at: 0)
            }
            parameters.changes = changes
            return Municipality(name: municipality.name, youths: youths, parameters: parameters)
        }
    }

    /// A municipality's parameters from the region's `p`: scaled to `youths`, the region's specialist pools,
    /// and its `own` front values.
    static func front(of p: ModelParameters, scaledTo youths: Double, own: [String: Double]) -> ModelParameters {
        var scaled = p.scaled(toYouths: youths)
        scaled.changes = []
        scaled.regions = []
        scaled.municipalities = []
        scaled.specialist = p.specialist
        for (key, value) in own { ParameterCatalog.definition(key)!.apply(&scaled, value) }
        return scaled
    }
}
