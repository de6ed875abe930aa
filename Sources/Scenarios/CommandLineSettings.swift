import YouthCare

/// Values given on the command line (`--set key=value`, `--set key=a,b,c` for a sweep, `--years`,
/// `--replications`, `--seed`), read and checked exactly as a scenario file's: the same value parser, the
/// same ranges, and the same checks on values taken together.
public struct CommandLineSettings: Sendable {
    public var assignments: [String]
    public var replications: Int?
    public var seed: UInt64?
    public var years: Double?
    /// Whether `key=a,b,c` may add a sweep (only `jeugdsim sweep` runs sweeps).
    public var allowSweeps: Bool

    public init(
        assignments: [String] = [], replications: Int? = nil, seed: UInt64? = nil, years: Double? = nil, allowSweeps: Bool = false
    ) {
        self.assignments = assignments
        self.replications = replications
        self.seed = seed
        self.years = years
        self.allowSweeps = allowSweeps
    }

    static let place = "command line"

    /// `scenario` with these settings applied, or every problem with them at once.
    public func apply(to scenario: Scenario) throws -> Scenario {
        var scenario = scenario
        var diagnostics: [Diagnostic] = []
        func fail(_ key: String, _ message: String) {
            diagnostics.append(Diagnostic(file: Self.place, line: 0, column: 0, key: key, message: message))
        }
        if let replications {
            if Scenario.replicationRange.contains(replications) {
                scenario.replications = replications
            } else {
                fail("--replications", "found \(replications), expected \(Scenario.replicationsExpected)")
            }
        }
        if let seed { scenario.seed = seed }
        var texts = assignments.map { (text: $0, option: "--set") }
        if let years { texts.append(("run.years=\(years)", "--years")) }
        var setKeys: [String] = []
        for (text, option) in texts {
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty else {
                fail("--set \(Diagnostic.quoted(text))", "expected key=value (or key=a,b,c for a sweep)")
                continue
            }
            let key = parts[0].trimmingCharacters(in: .whitespaces)
            if key.hasPrefix("municipalities.") {
                if let problem = Self.setMunicipal(key, parts[1], in: &scenario) { fail("--set \(key)", problem) }
                continue
            }
            guard let definition = ParameterCatalog.definition(key) else {
                let hint = KeySuggestion.closest(to: key, among: FileReader.knownKeys).map { "; did you mean '\($0)'?" } ?? ""
                fail("--set \(Diagnostic.quoted(key))", "unknown key\(hint) ('jeugdsim describe --keys' lists every key)")
                continue
            }
            let label = option == "--years" ? option : "--set \(key)"
            let words = parts[1].split(separator: ",", omittingEmptySubsequences: false)
            // Outside a sweep a comma is no list: "0,06" is a decimal comma, and the message says what to write.
            let hint = ValueText.hint(parts[1], definition)
            if !allowSweeps && words.count == 2 && !hint.isEmpty {
                fail(label, "found \(Diagnostic.quoted(parts[1])), expected \(ValueText.expected(definition))" + hint)
                continue
            }
            var values: [Double] = []
            for word in words {
                switch ValueText.parse(String(word), as: definition) {
                case .success(let value): values.append(value)
                case .failure(let problem): fail(label, problem.message)
                }
            }
            guard values.count == words.count else { continue }
            if values.count > 1 {
                guard allowSweeps else {
                    fail("--set \(key)", "has \(values.count) values; several values belong to 'jeugdsim sweep'")
                    continue
                }
                guard !scenario.sweepDesign else {
                    fail("--set \(key)", "the scenario's sweep is a design; lists on the command line cannot be combined with it")
                    continue
                }
                scenario.sweeps.append(Scenario.Sweep(key: key, values: values))
            } else {
                scenario = scenario.setting(key, to: values[0], because: "command line \(option)")
                setKeys.append(key)
            }
        }
        scenario = scenario.sizedToYouths()
        for problem in scenario.inconsistencies() {
            let key = problem.keys.last { setKeys.contains($0) }.map { "--set \($0)" } ?? ""
            fail(key, problem.message)
        }
        for problem in scenario.sweepPointProblems() { fail("--set", problem) }
        for problem in scenario.timelineProblems() {
            fail(
                "--set",
                "the timeline step from \(problem.step.label) (\(problem.step.file):\(problem.step.line)), "
                    + "\(problem.key): \(problem.message)"
            )
        }
        guard diagnostics.isEmpty else { throw ScenarioErrors(diagnostics: diagnostics) }
        return scenario
    }
}
