import Foundation
import YouthCare

/// The one reading of a value's text for a key, shared by scenario files, `--set`, sweep lists and
/// `--years`: the definition's kind (number, whole number, flag, choice) and its allowed range.
enum ValueText {
    /// The value `text` stands for under `definition`, or the message saying what was expected.
    static func parse(_ text: String, as definition: ParameterDefinition) -> Result<Double, ValueProblem> {
        let word = text.trimmingCharacters(in: .whitespaces)
        let value: Double?
        switch definition.kind {
        case .number: value = number(word, percent: takesPercent(definition))
        case .integer: value = Int(word).map(Double.init)
        case .flag:
            switch word.lowercased() {
            case "true", "yes", "on": value = 1
            case "false", "no", "off": value = 0
            default: value = nil
            }
        case .choice(let options): value = options.firstIndex(of: word).map(Double.init)
        }
        guard let value else {
            return .failure(ValueProblem("found \(Diagnostic.quoted(word)), expected \(expected(definition))" + hint(word, definition)))
        }
        guard definition.range.contains(value) else {
            return .failure(ValueProblem("found \(word), out of range: expected \(expected(definition))"))
        }
        return .success(value)
    }

    /// A share, a probability or a fraction may be written as a percentage: "6%" and "6 %" are 0.06.
    static func takesPercent(_ definition: ParameterDefinition) -> Bool {
        ["share", "probability"].contains(definition.unit) || definition.unit.hasPrefix("fraction")
    }

    static func number(_ word: String, percent: Bool) -> Double? {
        let isPercentage = percent && word.hasSuffix("%")
        let text = isPercentage ? word.dropLast().trimmingCharacters(in: .whitespaces) : word
        guard let value = Double(text), value.isFinite else { return nil }
        return isPercentage ? value / 100 : value
    }

    /// Why a number a reader would recognise was refused: a decimal comma, or a percentage where the key
    /// takes no share.
    static func hint(_ word: String, _ definition: ParameterDefinition) -> String {
        let point = word.replacingOccurrences(of: ",", with: ".")
        if word.contains(","), number(point, percent: takesPercent(definition)) != nil {
            return "; write decimals with a point: \(point)"
        }
        if word.hasSuffix("%"), !takesPercent(definition) {
            return "; a percentage is for shares, probabilities and fractions, this key takes \(definition.unit)"
        }
        return ""
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
