import XCTest
import YouthCare

@testable import Scenarios

/// The catalog is the model's typed boundary: each key names the field of `ModelParameters` it sets, and
/// reads it back from there. A key wired to the wrong field, to no field or to another key's field fails here.
final class ParameterCatalogTests: XCTestCase {
    let definitions = ParameterCatalog.definitions
    let defaults = ParameterCatalog.parameters([:])

    /// A value of the key's range other than its default, of the key's kind.
    func otherValue(_ definition: ParameterDefinition) -> Double {
        let (value, range) = (definition.defaultValue, definition.range)
        switch definition.kind {
        case .flag: return 1 - value
        case .choice(let options): return Double((Int(value) + 1) % options.count)
        case .integer: return value < range.upperBound ? value + 1 : value - 1
        case .number: return value < range.upperBound ? (value + min(range.upperBound, value + 2)) / 2 : (value + range.lowerBound) / 2
        }
    }

    func testEveryKeyReadsBackItsDefaultAndAnotherValue() {
        for definition in definitions {
            XCTAssertEqual(definition.read(defaults), definition.defaultValue, "\(definition.key): its default")
            var parameters = defaults
            let other = otherValue(definition)
            XCTAssertNotEqual(other, definition.defaultValue, "\(definition.key) has a range of one value")
            definition.apply(&parameters, other)
            XCTAssertEqual(definition.read(parameters), other, "\(definition.key): a value it wrote")
        }
    }

    /// Setting one key changes what that key reads and what no other key reads: no two keys share a field.
    func testEachKeySetsAFieldOfItsOwn() {
        let before = definitions.map { $0.read(defaults) }
        for definition in definitions {
            var parameters = defaults
            definition.apply(&parameters, otherValue(definition))
            let changed = definitions.indices.filter { definitions[$0].read(parameters) != before[$0] }
            XCTAssertEqual(changed.map { definitions[$0].key }, [definition.key], "setting \(definition.key)")
        }
    }
}
