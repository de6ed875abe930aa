/// A scenario's name names its results directory (`Results/<name>/`, `compare-<name>`, `<name>-sweep`), so
/// it must be a plain name: a name like `../Scenarios` would point the results at the user's own files.
public enum ScenarioName {
    /// Why `name` cannot name a scenario, or nil when it can.
    public static func problem(_ name: String) -> String? {
        if name.isEmpty { return "found an empty name, expected a plain name" }
        if name.count > 100 { return "found a name of \(name.count) characters, expected at most 100" }
        // A directory name holds at most 255 bytes, and jeugdsim adds up to about 90 (".<name>.partial-<pid>",
        // "breakeven-<name>-<key>"): 100 letters of a script with three bytes to a letter did not fit.
        if name.utf8.count > 150 {
            return "found a name of \(name.utf8.count) bytes in UTF-8, expected at most 150 (a directory's name has room for 255)"
        }
        let allowed = name.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "._-".unicodeScalars.contains(scalar)
        }
        if !allowed {
            return
                "found \(Diagnostic.quoted(name)), expected a plain name of letters, digits, '.', '_' and '-' "
                + "(no '/', spaces or other signs)"
        }
        if name.hasPrefix(".") { return "found \(Diagnostic.quoted(name)), expected a plain name that does not start with '.'" }
        return nil
    }
}
