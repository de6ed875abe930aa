/// A caution about a run's results that the console prints and run.json keeps, so that the report says it
/// too (in its own language, from `kind` and `figures`): a service that cannot keep up, a warm-up that may
/// be too short, capacities sized for another number of youths.
public struct RunCaution: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case overload, warmUp, scale
    }

    public var kind: Kind
    /// The console's sentence (English).
    public var text: String
    /// What the sentence rests on, by name: a service's offered load, the warm-up's years, a share.
    public var figures: [String: Double] = [:]

    var json: JSON {
        .object([
            ("kind", .string(kind.rawValue)), ("text", .string(text)),
            ("figures", .object(figures.keys.sorted().map { ($0, .number(figures[$0]!)) })),
        ])
    }
}
