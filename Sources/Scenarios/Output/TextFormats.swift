import Foundation
import SimKernel

/// Number and table formats for result files. Shortest round-trip decimal for numbers, so identical values
/// give identical bytes; `dutch` writes CSV for Dutch spreadsheet settings (`;` between fields, `,` decimal).
public struct CSVStyle: Sendable {
    public let separator: String
    public let decimalComma: Bool

    public static let standard = CSVStyle(separator: ",", decimalComma: false)
    public static let dutch = CSVStyle(separator: ";", decimalComma: true)

    public func number(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        let text = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
        return decimalComma ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    public func field(_ text: String) -> String {
        // Bytes, not Foundation's substring search: a run of a thousand replications writes millions of
        // fields. The separator is one ASCII character.
        let separator = self.separator.utf8.first!
        return text.utf8.contains { $0 == separator || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") }
            ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    public func row(_ fields: [String]) -> String { fields.map(field).joined(separator: separator) + "\n" }
}

/// A minimal JSON writer: fields in the order given and stable number formatting (byte-identical reruns).
public indirect enum JSON: Sendable {
    case number(Double)
    case string(String)
    case bool(Bool)
    case array([JSON])
    case object([(String, JSON)])
    case null

    public func render(indent: String = "") -> String {
        let inner = indent + "  "
        switch self {
        case .number(let value): return value.isFinite ? CSVStyle.standard.number(value) : "null"
        case .string(let text): return "\"" + Self.escape(text) + "\""
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "null"
        case .array(let items):
            if items.isEmpty { return "[]" }
            return "[\n" + items.map { inner + $0.render(indent: inner) }.joined(separator: ",\n") + "\n\(indent)]"
        case .object(let fields):
            if fields.isEmpty { return "{}" }
            return "{\n"
                + fields.map { inner + "\"\(Self.escape($0.0))\": " + $0.1.render(indent: inner) }
                .joined(separator: ",\n") + "\n\(indent)}"
        }
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    public static func summary(_ s: Summary) -> JSON {
        .object([
            ("mean", .number(s.mean)), ("sd", .number(s.standardDeviation)), ("lower95", .number(s.lower)),
            ("upper95", .number(s.upper)), ("n", .number(Double(s.count))),
        ])
    }
}
