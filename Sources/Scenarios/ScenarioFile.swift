import Foundation

/// Reads a scenario file's text, and says plainly what is wrong when it cannot: missing, a directory,
/// unreadable, too large to be a scenario, or not UTF-8 text (with the line and byte at fault).
enum ScenarioFile {
    /// A scenario of every key written out is about 30 KB; anything far larger is not a scenario.
    static let maximumBytes = 4 << 20

    static func text(at url: URL) -> Result<String, ValueProblem> {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            return .failure(ValueProblem("no such file"))
        }
        if isDirectory.boolValue { return .failure(ValueProblem("is a directory, expected a scenario file (YAML)")) }
        let size = (try? manager.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        if size > maximumBytes {
            return .failure(
                ValueProblem("is \(size) bytes, too large for a scenario file (at most \(maximumBytes)); is it the right file?"))
        }
        guard let data = try? Data(contentsOf: url) else {
            let why = manager.isReadableFile(atPath: url.path) ? "an input error" : "permission denied"
            return .failure(ValueProblem("cannot be read (\(why))"))
        }
        return decode(data)
    }

    /// The bytes as UTF-8 text without NUL characters, or where they stop being that.
    static func decode(_ data: Data) -> Result<String, ValueProblem> {
        if let nul = data.firstIndex(of: 0) {
            let place = "line \(line(of: nul, in: data)) (byte \(nul - data.startIndex + 1))"
            return .failure(ValueProblem("is not text: a NUL byte at \(place); expected a YAML scenario file"))
        }
        if let text = String(data: data, encoding: .utf8) { return .success(text) }
        let offset = firstInvalidUTF8(data)
        let byte = String(format: "0x%02X", data[data.startIndex + offset])
        let place = "line \(line(of: data.startIndex + offset, in: data)) (byte \(offset + 1))"
        return .failure(ValueProblem("is not UTF-8 text: byte \(byte) at \(place); save the file as UTF-8"))
    }

    static func line(of index: Data.Index, in data: Data) -> Int {
        data[data.startIndex..<index].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    /// The offset of the first byte that does not begin or continue a valid UTF-8 sequence.
    static func firstInvalidUTF8(_ data: Data) -> Int {
        var decoder = UTF8()
        var iterator = data.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return max(0, data.count - 1)
            case .error: return offset
            }
        }
    }
}
