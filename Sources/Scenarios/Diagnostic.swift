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
