/// One problem in a scenario file, located precisely enough to fix without searching:
/// `file:line:column: key: found X, expected Y`.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int
    public let key: String
    public let message: String

    public init(file: String, line: Int, column: Int, key: String, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.key = key
        self.message = message
    }

    public var description: String {
        let place = line > 0 ? "\(file):\(line):\(column)" : file
        return key.isEmpty ? "\(place): \(message)" : "\(place): \(key): \(message)"
    }
}

/// Every problem found in a scenario (and the files it extends), reported together.
public struct ScenarioErrors: Error, Sendable, CustomStringConvertible {
    public let diagnostics: [Diagnostic]
    public var description: String {
        let count = diagnostics.count
        return "\(count) error\(count == 1 ? "" : "s") in scenario:\n" + diagnostics.map { "  " + $0.description }.joined(separator: "\n")
    }
}

extension Diagnostic {
    /// Text from a file as a message quotes it: its first line and at most 40 characters, so that a message
    /// never repeats a whole file (a scenario that extends /etc/passwd, or a key, must not print it).
    static func quoted(_ text: String) -> String {
        let line = text.prefix { $0 != "\n" && $0 != "\r" }
        guard line.count > 40 || line.count < text.count else { return "'\(text)'" }
        return "'\(line.prefix(40))...' (\(text.count) characters)"
    }
}
