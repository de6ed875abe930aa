import Foundation
import Yams
import YouthCare

/// Reads one scenario file's nodes into assignments, collecting a diagnostic for every problem.
struct FileReader {
    struct Assignment {
        let key: String
        let value: Double
        let provenance: Provenance
        let line: Int
        let column: Int
    }

    let file: String
    var diagnostics: [Diagnostic] = []
    var assignments: [Assignment] = []
    var name: String?
    var nameLine = 0, nameColumn = 0
    var sweepLine = 0, sweepColumn = 0
    var title: LocalizedText?
    var description: LocalizedText?
    var extends: (path: String, line: Int, column: Int)?
    var seed: UInt64?
    var replications: Int?
    var sweeps: [Scenario.Sweep] = []
    var sweepDesign = false
    /// The file's policy timeline; nil when it gives none (the base's holds).
    var timeline: [TimelineStep]?
    /// The file's own word on uncertain parameters (`uncertainty:`), over the base's.
    var uncertainty: [String: UncertaintySetting] = [:]
    /// The file's regions; nil when it gives none (the base's hold).
    var regions: [Scenario.RegionValue]?
    /// The file's municipalities; nil when it gives none (the base's hold).
    var municipalities: [Scenario.MunicipalityValue]?

    static let knownKeys = ParameterCatalog.definitions.map(\.key)
    static let groups: Set<String> = Set(
        knownKeys.flatMap { key -> [String] in
            let parts = key.split(separator: ".")
            return (1..<parts.count).map { parts[0..<$0].joined(separator: ".") }
        })

    init(file: String) { self.file = file }

    mutating func fail(_ node: Node, _ key: String, _ message: String) {
        diagnostics.append(ScenarioLoader.diagnostic(file, node, key, message))
    }

    mutating func readTop(_ mapping: Node.Mapping) {
        var seen = Set<String>()
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                fail(keyNode, "", "keys must be plain names")
                continue
            }
            guard seen.insert(key).inserted else {
                fail(keyNode, key, "is given twice")
                continue
            }
            switch key {
            case "name":
                name = string(value, key)
                (nameLine, nameColumn) = (value.mark?.line ?? 0, value.mark?.column ?? 0)
            case "title": title = localized(value, key)
            case "description": description = localized(value, key)
            case "extends":
                if let path = string(value, key) { extends = (path, value.mark?.line ?? 0, value.mark?.column ?? 0) }
            case "seed":
                if let text = value.scalar?.string, let number = UInt64(text) {
                    seed = number
                } else {
                    fail(value, key, "found \(ScenarioLoader.describe(value)), expected a whole number 0 or more")
                }
            case "replications":
                if let text = value.scalar?.string, let number = Int(text), Scenario.replicationRange.contains(number) {
                    replications = number
                } else {
                    fail(value, key, "found \(ScenarioLoader.describe(value)), expected \(Scenario.replicationsExpected)")
                }
            case "sweep":
                (sweepLine, sweepColumn) = (keyNode.mark?.line ?? 0, keyNode.mark?.column ?? 0)
                readSweep(value)
            case "timeline": readTimeline(value)
            case "uncertainty": readUncertainty(value)
            case "regions": readRegions(value)
            case "municipalities": readMunicipalities(value)
            default: readParameter(key, keyNode: keyNode, value)
            }
        }
    }

    mutating func string(_ node: Node, _ key: String) -> String? {
        guard let text = node.scalar?.string else {
            fail(node, key, "found \(ScenarioLoader.describe(node)), expected text")
            return nil
        }
        return text
    }

    /// A text for every language, or one per language (`LocalizedText`).
    mutating func localized(_ node: Node, _ key: String) -> LocalizedText? {
        if let text = node.scalar?.string { return LocalizedText(text) }
        guard let mapping = node.mapping, !mapping.isEmpty else {
            fail(node, key, "found \(ScenarioLoader.describe(node)), expected a text, or {nl: \"...\", en: \"...\"}")
            return nil
        }
        var texts: [String: String] = [:]
        for (languageNode, text) in mapping {
            guard let language = languageNode.scalar?.string, LocalizedText.languages.contains(language) else {
                fail(languageNode, key, "found \(ScenarioLoader.describe(languageNode)), expected a language: nl or en")
                continue
            }
            guard let text = text.scalar?.string else {
                fail(text, "\(key).\(language)", "found \(ScenarioLoader.describe(text)), expected text")
                continue
            }
            texts[language] = text
        }
        return LocalizedText(texts: texts)
    }

    /// A key path: a known parameter (leaf), a group of parameters (a mapping to descend), or unknown.
    mutating func readParameter(_ path: String, keyNode: Node, _ value: Node) {
        if let definition = ParameterCatalog.definition(path) {
            readLeaf(definition, keyNode: keyNode, value)
        } else if Self.groups.contains(path) {
            guard let mapping = value.mapping else {
                fail(value, path, "found \(ScenarioLoader.describe(value)), expected a mapping of the keys under '\(path)'")
                return
            }
            var seen = Set<String>()
            for (childKey, child) in mapping {
                guard let name = childKey.scalar?.string else {
                    fail(childKey, path, "keys must be plain names")
                    continue
                }
                guard seen.insert(name).inserted else {
                    fail(childKey, "\(path).\(name)", "is given twice")
                    continue
                }
                readParameter("\(path).\(name)", keyNode: childKey, child)
            }
        } else {
            let hint =
                KeySuggestion.closest(to: path, among: Self.knownKeys + Self.groups.sorted() + ScenarioLoader.settingsKeys).map {
                    "; did you mean '\($0)'?"
                } ?? ""
            fail(keyNode, path, "unknown key\(hint)")
        }
    }

    mutating func readLeaf(_ definition: ParameterDefinition, keyNode: Node, _ value: Node) {
        var valueNode = value
        var source: String?
        if let mapping = value.mapping {
            guard let inner = mapping["value"] else {
                fail(
                    value, definition.key,
                    "found a mapping without 'value', expected \(definition.kind.expected) or {value: ..., source: ...}")
                return
            }
            for (k, _) in mapping where !["value", "source"].contains(k.scalar?.string ?? "") {
                fail(k, definition.key, "unknown field '\(k.scalar?.string ?? "?")'; a value takes only 'value' and 'source'")
            }
            valueNode = inner
            source = mapping["source"]?.scalar?.string
        }
        guard let number = convert(valueNode, definition) else { return }
        let line = keyNode.mark?.line ?? 0
        let provenance: Provenance = source.map { .statistic("\($0) (\(file):\(line))") } ?? .scenario(file, line: line)
        assignments.append(
            Assignment(
                key: definition.key, value: number, provenance: provenance,
                line: line, column: keyNode.mark?.column ?? 0))
    }

    /// A scalar as the definition's kind, in range; nil (with a diagnostic) otherwise.
    mutating func convert(_ node: Node, _ definition: ParameterDefinition) -> Double? {
        guard let text = node.scalar?.string else {
            fail(node, definition.key, "found \(ScenarioLoader.describe(node)), expected \(ValueText.expected(definition))")
            return nil
        }
        switch ValueText.parse(text, as: definition) {
        case .success(let value): return value
        case .failure(let problem):
            fail(node, definition.key, problem.message)
            return nil
        }
    }

    /// `timeline:` a list of steps, each `{from: YYYY-MM, set: {key: value, ...}, rampMonths: n}`.
    mutating func readTimeline(_ node: Node) {
        let expected = "a list of steps, each with 'from: YYYY-MM', 'set:' (keys and values) and optionally 'rampMonths:'"
        guard let list = node.sequence else {
            fail(node, "timeline", "found \(ScenarioLoader.describe(node)), expected \(expected)")
            return
        }
        timeline = []
        for item in list {
            guard let mapping = item.mapping else {
                fail(item, "timeline", "found \(ScenarioLoader.describe(item)), expected a step with 'from:' and 'set:'")
                continue
            }
            for (k, _) in mapping where !["from", "set", "rampMonths"].contains(k.scalar?.string ?? "") {
                fail(k, "timeline", "unknown field '\(k.scalar?.string ?? "?")'; a step takes 'from', 'set' and 'rampMonths'")
            }
            guard let fromNode = mapping["from"], let from = fromNode.scalar.flatMap({ TimelineStep.parse($0.string) }) else {
                fail(mapping["from"] ?? item, "timeline.from", "expected the month the step starts, as YYYY-MM (2027-01 for January 2027)")
                continue
            }
            var ramp = 0
            if let rampNode = mapping["rampMonths"] {
                guard let text = rampNode.scalar?.string, let months = Int(text), (0...1200).contains(months) else {
                    fail(
                        rampNode, "timeline.rampMonths",
                        "found \(ScenarioLoader.describe(rampNode)), expected a whole number of months, 0 to 1200")
                    continue
                }
                ramp = months
            }
            guard let set = mapping["set"]?.mapping, !set.isEmpty else {
                fail(
                    mapping["set"] ?? item, "timeline.set",
                    "expected the keys the step changes and their values, as in the rest of the file")
                continue
            }
            var reader = FileReader(file: file)
            for (keyNode, value) in set {
                guard let key = keyNode.scalar?.string else {
                    reader.fail(keyNode, "timeline.set", "keys must be plain names")
                    continue
                }
                reader.readParameter(key, keyNode: keyNode, value)
            }
            diagnostics += reader.diagnostics
            var values: [String: Scenario.Value] = [:]
            let label = TimelineStep(year: from.year, month: from.month, rampMonths: 0, values: [:]).label
            for assignment in reader.assignments {
                if values[assignment.key] != nil {
                    fail(fromNode, assignment.key, "is set twice in the step from \(label)")
                }
                values[assignment.key] = Scenario.Value(value: assignment.value, provenance: assignment.provenance)
            }
            timeline?.append(
                TimelineStep(
                    year: from.year, month: from.month, rampMonths: ramp, values: values, file: file, line: fromNode.mark?.line ?? 0,
                    column: fromNode.mark?.column ?? 0))
        }
    }

    /// `regions: {name: youths, ...}`, each youths a number or `{value: ..., source: ...}`: the regions that
    /// make up the system, in the file's order (`Region`).
    mutating func readRegions(_ node: Node) {
        let expected = "a mapping of region names to their youths: {name: youths} or {name: {value: youths, source: \"...\"}}"
        guard let mapping = node.mapping, !mapping.isEmpty else {
            fail(node, "regions", "found \(ScenarioLoader.describe(node)), expected \(expected)")
            return
        }
        regions = []
        for (nameNode, value) in mapping {
            guard let name = placeName(nameNode, "regions", "a region") else { continue }
            guard let youths = youths(value, of: nameNode, key: "regions.\(name)", "a region") else { continue }
            regions?.append(Scenario.RegionValue(name: name, youths: youths))
        }
    }

    /// The name of a region or municipality (`what`) in `section`: text without '/' (a group's separator in
    /// the results); nil (with a diagnostic) otherwise.
    mutating func placeName(_ node: Node, _ section: String, _ what: String) -> String? {
        guard let name = node.scalar?.string, !name.isEmpty, !name.contains("/") else {
            fail(node, section, "\(what)'s name is text without '/', found \(ScenarioLoader.describe(node))")
            return nil
        }
        return name
    }

    /// The youths of a region or municipality (`what`), a number of 1 or more or `{value: ..., source: ...}`
    /// under `nameNode`; nil (with a diagnostic) otherwise.
    mutating func youths(_ value: Node, of nameNode: Node, key: String, _ what: String) -> Scenario.Value? {
        let youths = ParameterCatalog.definition("onset.youths")!
        let inner = value.mapping?["value"] ?? value
        if let fields = value.mapping {
            for (k, _) in fields where !["value", "source"].contains(k.scalar?.string ?? "") {
                fail(k, key, "unknown field '\(k.scalar?.string ?? "?")'; \(what)'s youths take only 'value' and 'source'")
            }
        }
        guard let text = inner.scalar?.string, case .success(let number) = ValueText.parse(text, as: youths), number >= 1 else {
            fail(inner, key, "found \(ScenarioLoader.describe(inner)), expected \(what)'s youths, a number of 1 or more")
            return nil
        }
        let line = nameNode.mark?.line ?? 0
        let source = value.mapping?["source"]?.scalar?.string
        let provenance: Provenance = source.map { .statistic("\($0) (\(file):\(line))") } ?? .scenario(file, line: line)
        return Scenario.Value(value: number, provenance: provenance)
    }

    /// `uncertainty: {key: fixed | beta(a, b) | ...}`: uncertain parameters held or drawn from the file's own
    /// distribution in an uncertainty analysis (`UncertaintySetting`), under their full dotted keys.
    mutating func readUncertainty(_ node: Node) {
        guard let mapping = node.mapping else {
            fail(
                node, "uncertainty",
                "found \(ScenarioLoader.describe(node)), expected a mapping of uncertain keys to \(UncertaintySetting.expected)")
            return
        }
        for (keyNode, value) in mapping {
            let key = keyNode.scalar?.string ?? ""
            guard ParameterCatalog.uncertainty(key) != nil else {
                let known = ParameterCatalog.uncertainties.map(\.key)
                let hint = KeySuggestion.closest(to: key, among: known).map { "; did you mean '\($0)'?" } ?? ""
                fail(keyNode, "uncertainty.\(key)", "not an uncertain parameter (jeugdsim describe marks those 'uncertain')\(hint)")
                continue
            }
            guard uncertainty[key] == nil else {
                fail(keyNode, "uncertainty.\(key)", "is given twice")
                continue
            }
            guard let text = value.scalar?.string else {
                fail(value, "uncertainty.\(key)", "found \(ScenarioLoader.describe(value)), expected \(UncertaintySetting.expected)")
                continue
            }
            switch UncertaintySetting.parse(text, key: key) {
            case .success(let distribution):
                uncertainty[key] = UncertaintySetting(
                    distribution: distribution, provenance: .scenario(file, line: keyNode.mark?.line ?? 0))
            case .failure(let problem): fail(value, "uncertainty.\(key)", problem.message)
            }
        }
    }

    /// `sweep: {key: [a, b, c]}` or `sweep: {key: {from: a, to: b, step: s}}`.
    mutating func readSweep(_ node: Node) {
        guard let mapping = node.mapping else {
            fail(node, "sweep", "found \(ScenarioLoader.describe(node)), expected a mapping of keys to lists of values")
            return
        }
        if let design = mapping["design"] {
            readDesign(design, alone: mapping.count == 1)
        } else {
            readSweepLists(mapping, prefix: "sweep")
        }
    }

    /// `sweep: {design: {key: [v1, v2, ...], other: [w1, w2, ...]}}`: point i takes the i-th value of every
    /// key (a sampled design such as Morris or Sobol), not every combination.
    mutating func readDesign(_ node: Node, alone: Bool) {
        guard alone else {
            fail(node, "sweep.design", "a design lists its points whole; it cannot be combined with other sweep keys")
            return
        }
        guard let columns = node.mapping, !columns.isEmpty else {
            fail(node, "sweep.design", "found \(ScenarioLoader.describe(node)), expected a mapping of keys to lists, one value per point")
            return
        }
        readSweepLists(columns, prefix: "sweep.design")
        let lengths = Set(sweeps.map(\.values.count))
        guard lengths.count == 1 else {
            let counts = lengths.sorted().map(String.init).joined(separator: ", ")
            fail(node, "sweep.design", "the lists have \(counts) values; a design gives every key one value per point")
            sweeps = []
            return
        }
        sweepDesign = true
    }

    mutating func readSweepLists(_ mapping: Node.Mapping, prefix: String) {
        for (keyNode, valuesNode) in mapping {
            let key = keyNode.scalar?.string ?? ""
            guard let definition = ParameterCatalog.definition(key) else {
                let hint = KeySuggestion.closest(to: key, among: Self.knownKeys).map { "; did you mean '\($0)'?" } ?? ""
                fail(keyNode, "\(prefix).\(key)", "unknown key\(hint)")
                continue
            }
            if let list = valuesNode.sequence {
                let values = list.compactMap { convert($0, definition) }
                if values.count == list.count, !values.isEmpty { sweeps.append(Scenario.Sweep(key: key, values: values)) }
            } else if let range = valuesNode.mapping, let from = range["from"], let to = range["to"], let step = range["step"],
                let a = convert(from, definition), let b = convert(to, definition),
                let s = step.scalar.flatMap({ Double($0.string) }), s > 0, s.isFinite, b >= a
            {
                let count = ((b - a) / s + 1e-9).rounded(.down) + 1
                guard count <= Double(Scenario.maximumSweepPoints) else {
                    let span = "from \(definition.format(a)) to \(definition.format(b)) in steps of \(s)"
                    let points = String(format: "%.0f", count)
                    fail(valuesNode, "\(prefix).\(key)", "\(span) is \(points) points, expected at most \(Scenario.maximumSweepPoints)")
                    continue
                }
                sweeps.append(Scenario.Sweep(key: key, values: (0..<Int(count)).map { a + Double($0) * s }))
            } else {
                let expected = "a list of values or {from: a, to: b, step: s} with a <= b and s > 0"
                fail(valuesNode, "\(prefix).\(key)", "found \(ScenarioLoader.describe(valuesNode)), expected \(expected)")
            }
        }
    }
}
