import XCTest

@testable import Scenarios

/// How a value's text is read (`ValueText`): a share may be a percentage, and a number a reader would
/// recognise but the file cannot take says why.
final class ValueTextTests: XCTestCase {
    func definition(_ key: String) throws -> ParameterDefinition { try XCTUnwrap(ParameterCatalog.definition(key)) }

    func testASharePercentageIsItsFraction() throws {
        let growth = try definition("onset.annualGrowth")
        for text in ["6%", "6 %", " 6% ", "0.06"] {
            XCTAssertEqual(try ValueText.parse(text, as: growth).get(), 0.06, accuracy: 1e-12, text)
        }
        XCTAssertEqual(try ValueText.parse("95%", as: definition("relapse.probability")).get(), 0.95, accuracy: 1e-12)
        XCTAssertEqual(try ValueText.parse("50 %", as: definition("age.continuedShare.specialist")).get(), 0.5, accuracy: 1e-12)
    }

    func testAPercentageElsewhereOrADecimalCommaSaysWhy() throws {
        func message(_ text: String, _ key: String) throws -> String {
            guard case .failure(let problem) = ValueText.parse(text, as: try definition(key)) else {
                XCTFail("\(text) for \(key) was read")
                return ""
            }
            return problem.message
        }
        XCTAssertTrue(try message("6%", "generalist.fte").contains("a percentage is for shares, probabilities and fractions"))
        XCTAssertTrue(try message("0,06", "onset.annualGrowth").contains("write decimals with a point: 0.06"))
        XCTAssertTrue(try message("120%", "relapse.probability").contains("out of range"), "120 % of a probability is 1.2")
        XCTAssertFalse(try message("six", "onset.annualGrowth").contains(";"), "no hint where none helps")
    }

    /// On `run`'s command line a comma is no list: "0,06" is refused with what to write.
    func testADecimalCommaOnTheCommandLineSaysWhatToWrite() throws {
        XCTAssertThrowsError(try CommandLineSettings(assignments: ["onset.annualGrowth=0,06"]).apply(to: .builtInDefault)) { error in
            XCTAssertTrue("\(error)".contains("write decimals with a point: 0.06"), "\(error)")
        }
        let sweep = try CommandLineSettings(assignments: ["consultation.fte=0,2"], allowSweeps: true).apply(to: .builtInDefault)
        XCTAssertEqual(sweep.sweeps.first?.values, [0, 2], "in a sweep a comma still separates values")
    }
}
