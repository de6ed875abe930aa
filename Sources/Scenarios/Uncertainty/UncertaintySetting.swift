import Foundation
import SimKernel

/// A scenario's own word on an uncertain parameter (`uncertainty:` in a scenario file): held at its value in
/// every draw, or drawn from another distribution than the catalog's (`ParameterCatalog.uncertainties`),
/// with where that word was given.
public struct UncertaintySetting: Sendable, Equatable {
    /// Nil: the parameter is held (`fixed`).
    public var distribution: Distribution?
    public var provenance: Provenance

    public init(distribution: Distribution?, provenance: Provenance) {
        self.distribution = distribution
        self.provenance = provenance
    }

    static let expected = "fixed, beta(a, b), gamma(shape, scale), uniform(low, high) or triangular(low, mode, high)"

    /// The setting written as a scenario file writes it, or why not (`expected`, or what is wrong with the
    /// numbers). A distribution must stay inside the key's range, so that no draw is refused.
    static func parse(_ text: String, key: String) -> Result<Distribution?, ValueProblem> {
        let written = text.trimmingCharacters(in: .whitespaces)
        if written == "fixed" { return .success(nil) }
        let found = "found \(Diagnostic.quoted(text)), expected \(expected)"
        guard let open = written.firstIndex(of: "("), written.hasSuffix(")") else { return .failure(ValueProblem(found)) }
        let name = written[..<open].trimmingCharacters(in: .whitespaces)
        let numbers = written[written.index(after: open)..<written.index(before: written.endIndex)].split(separator: ",").map {
            Double($0.trimmingCharacters(in: .whitespaces))
        }
        guard numbers.allSatisfy({ $0?.isFinite ?? false }) else { return .failure(ValueProblem(found)) }
        let n = numbers.map { $0! }
        let distribution: Distribution
        // Shapes within what GSL's inverse distribution functions converge for (they abort beyond).
        let shapes = 0.01...10_000.0
        switch (name, n.count) {
        case ("beta", 2) where shapes.contains(n[0]) && shapes.contains(n[1]): distribution = .beta(alpha: n[0], beta: n[1])
        case ("gamma", 2) where shapes.contains(n[0]) && n[1] > 0: distribution = .gamma(shape: n[0], scale: n[1])
        case ("uniform", 2) where n[0] < n[1]: distribution = .uniform(lower: n[0], upper: n[1])
        case ("triangular", 3) where n[0] <= n[1] && n[1] <= n[2] && n[0] < n[2]:
            distribution = .triangular(lower: n[0], mode: n[1], upper: n[2])
        case ("beta", 2), ("gamma", 2):
            return .failure(ValueProblem("\(written): shapes must lie between 0.01 and 10000, a scale above 0"))
        case ("uniform", 2): return .failure(ValueProblem("\(written): the low end must lie below the high end"))
        case ("triangular", 3): return .failure(ValueProblem("\(written): expected low <= mode <= high, low below high"))
        default: return .failure(ValueProblem(found))
        }
        let definition = ParameterCatalog.definition(key)!
        let (low, high) = (distribution.quantile(0.0001), distribution.quantile(0.9999))
        guard definition.range.contains(low) && definition.range.contains(high) else {
            let range =
                "\(ParameterDefinition.plain(definition.range.lowerBound)) to \(ParameterDefinition.plain(definition.range.upperBound))"
            return .failure(ValueProblem("\(written) reaches beyond \(key)'s range, \(range): a draw there would be refused"))
        }
        return .success(distribution)
    }

    /// The setting as a scenario file writes it, every number exact (it reads back as itself).
    public var text: String {
        let n = { (values: [Double]) in values.map { ParameterDefinition.plain($0) }.joined(separator: ", ") }
        switch distribution {
        case nil: return "fixed"
        case .beta(let alpha, let beta): return "beta(\(n([alpha, beta])))"
        case .gamma(let shape, let scale): return "gamma(\(n([shape, scale])))"
        case .uniform(let lower, let upper): return "uniform(\(n([lower, upper])))"
        case .triangular(let lower, let mode, let upper): return "triangular(\(n([lower, mode, upper])))"
        default: preconditionFailure("a scenario's uncertainty is one of \(Self.expected)")
        }
    }
}
