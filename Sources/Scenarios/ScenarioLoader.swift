import Foundation
import Yams
import YouthCare

/// Reads a scenario file (YAML) and the files it extends, checks every value against `ParameterCatalog`,
/// and returns the resolved `Scenario` or every problem at once.
///
/// A parameter is written under its dotted key as nested mappings (`generalist: {fte: 24}`) or flat
/// (`generalist.fte: 24`); a value may carry its source: `fte: {value: 24, source: "municipal budget 2026"}`.
public enum ScenarioLoader {
    static let settingsKeys = [
        "name", "title", "description", "extends", "seed", "replications", "sweep", "timeline", "uncertainty", "regions",
        "municipalities",
    ]

    public static func load(_ path: String) throws -> Scenario {
        var diagnostics: [Diagnostic] = []
        let scenario = read(path, chain: [], diagnostics: &diagnostics)
        guard diagnostics.isEmpty, let scenario else { throw ScenarioErrors(diagnostics: diagnostics) }
        return scenario
    }

    /// A scenario from text, as if read from `file` (files it extends are found relative to `file`): for
    /// scenarios that do not come from disk, and for the fuzz target.
    public static func load(text: String, file: String) throws -> Scenario {
        var diagnostics: [Diagnostic] = []
        let url = URL(fileURLWithPath: file).standardizedFileURL
        let scenario = parse(text, file: file, url: url, chain: [], diagnostics: &diagnostics)
        guard diagnostics.isEmpty, let scenario else { throw ScenarioErrors(diagnostics: diagnostics) }
        return scenario
    }

    /// Files in one chain of `extends` at most: a scenario builds on a few; a longer chain is a mistake or
    /// an attack (5,000 overflowed the stack).
    static let maximumExtendsDepth = 32

    static func read(_ path: String, chain: [String], diagnostics: inout [Diagnostic]) -> Scenario? {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let file = path
        if chain.count >= maximumExtendsDepth {
            diagnostics.append(
                Diagnostic(
                    file: file, line: 0, column: 0, key: "extends",
                    message: "would be file \(chain.count + 1) of one chain of 'extends'; at most \(maximumExtendsDepth) are allowed"))
            return nil
        }
        if chain.contains(url.path) {
            diagnostics.append(
                Diagnostic(
                    file: file, line: 0, column: 0, key: "extends",
                    message: "extends itself through " + chain.joined(separator: " -> ")))
            return nil
        }
        let text: String
        switch ScenarioFile.text(at: url) {
        case .success(let contents): text = contents
        case .failure(let problem):
            diagnostics.append(Diagnostic(file: file, line: 0, column: 0, key: "", message: problem.message))
            return nil
        }
        return parse(text, file: file, url: url, chain: chain, diagnostics: &diagnostics)
    }

    /// A scenario from the text of a file: the YAML, the files it extends (relative to `url`), every check.
    static func parse(_ text: String, file: String, url: URL, chain: [String], diagnostics: inout [Diagnostic]) -> Scenario? {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                diagnostics.append(
                    Diagnostic(file: file, line: 1, column: 1, key: "", message: "the file is empty; expected a mapping of keys"))
                return nil
            }
            root = node
        } catch let error as YamlError {
            diagnostics.append(yamlDiagnostic(error, file: file))
            return nil
        } catch {
            diagnostics.append(Diagnostic(file: file, line: 0, column: 0, key: "", message: "\(error)"))
            return nil
        }
        guard let mapping = root.mapping else {
            diagnostics.append(diagnostic(file, root, "", "found \(describe(root)), expected a mapping of keys"))
            return nil
        }
        var reader = FileReader(file: file)
        reader.readTop(mapping)
        diagnostics += reader.diagnostics

        // Start from the base scenario (or the built-in defaults) and apply this file's values.
        var scenario = Scenario.builtInDefault
        scenario.files = []
        if let base = reader.extends {
            let basePath = URL(fileURLWithPath: base.path, relativeTo: url.deletingLastPathComponent()).standardizedFileURL.path
            guard let baseScenario = read(basePath, chain: chain + [url.path], diagnostics: &diagnostics) else {
                diagnostics.append(
                    Diagnostic(
                        file: file, line: base.line, column: base.column, key: "extends",
                        message: "the base scenario '\(base.path)' could not be loaded (see above)"))
                return nil
            }
            scenario = baseScenario
        }
        scenario.files = [file] + scenario.files
        scenario.name = reader.name ?? url.deletingPathExtension().lastPathComponent
        if let problem = ScenarioName.problem(scenario.name) {
            let derived = reader.name == nil ? " (taken from the file name; add a 'name:' key)" : ""
            diagnostics.append(
                Diagnostic(file: file, line: reader.nameLine, column: reader.nameColumn, key: "name", message: problem + derived))
        }
        scenario.title = reader.title ?? LocalizedText(scenario.name)
        scenario.description = reader.description ?? scenario.description
        if let seed = reader.seed { scenario.seed = seed }
        if let replications = reader.replications { scenario.replications = replications }
        if !reader.sweeps.isEmpty { (scenario.sweeps, scenario.sweepDesign) = (reader.sweeps, reader.sweepDesign) }
        if let timeline = reader.timeline { scenario.timeline = timeline }
        scenario.uncertainty.merge(reader.uncertainty) { $1 }
        for assignment in reader.assignments {
            scenario.values[assignment.key] = Scenario.Value(value: assignment.value, provenance: assignment.provenance)
        }
        // The regions (municipalities) give the whole unless the file says otherwise (then they give its split).
        func addUp(_ youths: [Scenario.Value], _ section: String) {
            guard !reader.assignments.contains(where: { $0.key == "onset.youths" }) else { return }
            scenario.values["onset.youths"] = Scenario.Value(
                value: youths.reduce(0) { $0 + $1.value }, provenance: .statistic("the \(section)' youths added up (\(file): \(section))"))
        }
        if let regions = reader.regions {
            scenario.regions = regions
            addUp(regions.map(\.youths), "regions")
        }
        if let municipalities = reader.municipalities {
            scenario.municipalities = municipalities
            addUp(municipalities.map(\.youths), "municipalities")
        }
        if !scenario.regions.isEmpty && !scenario.municipalities.isEmpty {
            diagnostics.append(
                Diagnostic(
                    file: file, line: 0, column: 0, key: "municipalities",
                    message: "a system of regions cannot have municipalities too (yet): give regions, each a system of its own, "
                        + "or the municipalities of one region"))
        }
        scenario = scenario.sizedToYouths()
        diagnostics += consistencyDiagnostics(scenario, reader: reader)
        return scenario
    }

    /// Shares that must sum to 1, probabilities that must not exceed it, and the same at every sweep point,
    /// checked on the merged values.
    static func consistencyDiagnostics(_ scenario: Scenario, reader: FileReader) -> [Diagnostic] {
        let values = scenario.inconsistencies().map { problem in
            // Point at the first of the keys this file set; if it set none, the problem was inherited.
            let place = problem.keys.lazy.compactMap { key in reader.assignments.first { $0.key == key } }.first
            return Diagnostic(
                file: reader.file, line: place?.line ?? 0, column: place?.column ?? 0,
                key: place?.key ?? problem.keys.joined(separator: ", "), message: problem.message)
        }
        let sweeps = scenario.sweepPointProblems().map {
            Diagnostic(file: reader.file, line: reader.sweepLine, column: reader.sweepColumn, key: "sweep", message: $0)
        }
        let timeline = scenario.timelineProblems().map {
            Diagnostic(file: $0.step.file, line: $0.step.line, column: $0.step.column, key: $0.key, message: $0.message)
        }
        return values + sweeps + timeline
    }

    static func yamlDiagnostic(_ error: YamlError, file: String) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return Diagnostic(file: file, line: mark.line, column: mark.column, key: "", message: "YAML syntax: \(problem)")
        default:
            return Diagnostic(file: file, line: 0, column: 0, key: "", message: "YAML: \(error)")
        }
    }

    static func diagnostic(_ file: String, _ node: Node, _ key: String, _ message: String) -> Diagnostic {
        Diagnostic(file: file, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0, key: key, message: message)
    }

    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): return Diagnostic.quoted(scalar.string)
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }
}
