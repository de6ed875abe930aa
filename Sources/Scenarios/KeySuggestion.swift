/// "Did you mean ...?": the known key closest to an unknown one, by edit distance.
enum KeySuggestion {
    static func closest(to key: String, among candidates: [String]) -> String? {
        let lowered = key.lowercased()
        var best: (String, Int)?
        for candidate in candidates {
            // Compare the full path and the last component, so a misspelt leaf under the right branch is found.
            let distance = min(
                editDistance(lowered, candidate.lowercased()),
                editDistance(lastComponent(lowered), lastComponent(candidate.lowercased())) + prefixPenalty(key, candidate))
            if best == nil || distance < best!.1 { best = (candidate, distance) }
        }
        guard let (candidate, distance) = best, distance <= max(3, key.count / 3) else { return nil }
        return candidate
    }

    static func lastComponent(_ key: String) -> String { String(key.split(separator: ".").last ?? Substring(key)) }

    static func prefixPenalty(_ a: String, _ b: String) -> Int {
        a.split(separator: ".").dropLast() == b.split(separator: ".").dropLast() ? 0 : 4
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
