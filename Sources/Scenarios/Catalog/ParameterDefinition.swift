import YouthCare

/// Where a default comes from: a passage of a source document, a named statistic, or an assumption.
public struct Provenance: Sendable, Hashable, CustomStringConvertible {
    public let text: String
    public let isAssumption: Bool

    /// A provenance as it was recorded (a shard of a run carries its scenario's provenances to the merge).
    public init(text: String, isAssumption: Bool) {
        self.text = text
        self.isAssumption = isAssumption
    }

    public static func assumption(_ why: String) -> Provenance { Provenance(text: "assumption: \(why)", isAssumption: true) }
    /// A passage of one of the model's source documents, by its plain text's lines (docs/model.md section 12).
    public static func source(_ document: SourceDocument, _ lines: String, _ what: String) -> Provenance {
        Provenance(text: "\(document.rawValue) l.\(lines): \(what)", isAssumption: false)
    }
    public static func statistic(_ what: String) -> Provenance { Provenance(text: what, isAssumption: false) }
    /// A value set in a scenario file.
    public static func scenario(_ file: String, line: Int) -> Provenance {
        Provenance(text: "\(file):\(line)", isAssumption: false)
    }

    public var description: String { text }
}

/// The five Dutch policy documents the model is built from, by the titles docs/model.md section 12 cites
/// them by.
public enum SourceDocument: String, Sendable {
    case stimulerendeOmgeving = "Een stimulerende opvoed- en opgroeiomgeving"
    case samenOmHetKind = "Samen om het kind"
    case vanDenkenNaarDoen = "Van denken naar doen"
    case dialoogpaperWijkteams = "Dialoogpaper wijkteams"
    case gedurfdeAmbitie = "Een gedurfde ambitie"
}

/// One scenario key: its type, unit, allowed range, default with provenance, and where it goes in
/// `ModelParameters`.
public struct ParameterDefinition: Sendable {
    public enum Kind: Sendable, Equatable {
        case number
        case integer
        case flag
        /// One of named options; the value is the option's index.
        case choice([String])

        public var expected: String {
            switch self {
            case .number: return "a number"
            case .integer: return "a whole number"
            case .flag: return "true or false"
            case .choice(let options): return "one of " + options.joined(separator: ", ")
            }
        }
    }

    public let key: String
    public let kind: Kind
    public let unit: String
    public let range: ClosedRange<Double>
    public let defaultValue: Double
    public let provenance: Provenance
    public let help: String
    let apply: @Sendable (inout ModelParameters, Double) -> Void
    /// The key's value in `parameters`, as a scenario file gives it (the inverse of `apply`).
    public let read: @Sendable (ModelParameters) -> Double

    /// What is wrong with `value` for this key, as a value read back from a file jeugdsim wrote (a shard):
    /// not finite, out of range, or not whole where a whole number is expected. Nil when it is right.
    public func problem(_ value: Double) -> String? {
        guard value.isFinite, range.contains(value) else { return "found \(value), expected \(ValueText.expected(self))" }
        if kind != .number && value != value.rounded() { return "found \(value), expected \(ValueText.expected(self))" }
        return nil
    }

    /// A number as a person writes it: whole numbers without a decimal point.
    static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }

    /// The value as a scenario file writes it.
    public func format(_ value: Double) -> String {
        switch kind {
        case .flag: return value != 0 ? "true" : "false"
        case .choice(let options): return options[Int(value)]
        case .integer: return String(Int(value))
        case .number: return Self.plain(value)
        }
    }
}
