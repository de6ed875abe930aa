import YouthCare

/// The one reading of a value's text for a key, shared by scenario files, `--set`, sweep lists and
/// `--years`: the definition's kind (number, whole number, flag, choice) and its allowed range.
enum ValueText {
    /// The value `text` stands for under `definition`, or the message saying what was expected.
    static func parse(_ text: String, as definition: ParameterDefinition) -> Result<Double, ValueProblem> {
        let word = text.trimmingCharacters(in: .whitespaces)
        let value: Double?
        switch definition.kind {
        case .number: value = Double(word).flatMap { $0.isFinite ? $0 : nil }
        case .integer: value = Int(word).map(Double.init)
        case .flag:
            switch word.lowercased() {
            case "true", "yes", "on": value = 1
            case "false", "no", "off": value = 0
            default: value = nil
            }
        case .choice(let options): value = options.firstIndex(of: word).map(Double.init)
        }
        guard let value else { return .failure(ValueProblem("found \(Diagnostic.quoted(word)), expected \(expected(definition))")) }
        guard definition.range.contains(value) else {
            return .failure(ValueProblem("found \(word), out of range: expected \(expected(definition))"))
        }
        return .success(value)
    }

    /// What a key takes, in words: "a number from 0 to 100000 (FTE)".
    static func expected(_ definition: ParameterDefinition) -> String {
        switch definition.kind {
        case .number, .integer:
            let (low, high) = (definition.format(definition.range.lowerBound), definition.format(definition.range.upperBound))
            return "\(definition.kind.expected) from \(low) to \(high) (\(definition.unit))"
        case .flag, .choice:
            return definition.kind.expected
        }
    }
}

/// What is wrong with a value's text.
struct ValueProblem: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
