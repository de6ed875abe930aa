import Yams
import YouthCare

extension FileReader {
    /// `municipalities: {name: youths, ...}`, or `{name: {youths: ..., <key of its front>: value, ...}}`: the
    /// municipalities of the region in the file's order, each with the values of its own front it sets
    /// (`Scenario.MunicipalityValue`); a value may carry its source as any value does.
    mutating func readMunicipalities(_ node: Node) {
        let expected =
            "a mapping of two or more municipality names to their youths, or to {youths: ..., and values of their own front}"
        guard let mapping = node.mapping, mapping.count >= 2 else {
            fail(node, "municipalities", "found \(ScenarioLoader.describe(node)), expected \(expected)")
            return
        }
        municipalities = []
        for (nameNode, value) in mapping {
            guard let name = placeName(nameNode, "municipalities", "a municipality") else { continue }
            let key = "municipalities.\(name)"
            guard let fields = value.mapping, let youthsNode = fields["youths"] else {
                if let youths = youths(value, of: nameNode, key: key, "a municipality") {
                    municipalities?.append(Scenario.MunicipalityValue(name: name, youths: youths))
                }
                continue
            }
            var front = FileReader(file: file)
            for (fieldNode, field) in fields where fieldNode.scalar?.string != "youths" {
                front.readParameter(fieldNode.scalar?.string ?? "", keyNode: fieldNode, field)
            }
            diagnostics += front.diagnostics.map {
                Diagnostic(file: $0.file, line: $0.line, column: $0.column, key: "\(key).\($0.key)", message: $0.message)
            }
            var values: [String: Scenario.Value] = [:]
            for assignment in front.assignments {
                guard Scenario.isFrontKey(assignment.key) else {
                    diagnostics.append(
                        Diagnostic(
                            file: file, line: assignment.line, column: assignment.column, key: "\(key).\(assignment.key)",
                            message: "is the region's, which its municipalities share; expected \(Scenario.frontKeysExpected)"))
                    continue
                }
                values[assignment.key] = Scenario.Value(value: assignment.value, provenance: assignment.provenance)
            }
            guard let youths = youths(youthsNode, of: nameNode, key: "\(key).youths", "a municipality") else { continue }
            municipalities?.append(Scenario.MunicipalityValue(name: name, youths: youths, front: values))
        }
    }
}
