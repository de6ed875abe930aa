import TestSupport
import XCTest

/// `ExtremeInputTests`' random scenarios at length (`make validate`): eighty draws within every key's range,
/// each with its warm start's pilot where it draws one, every replication balanced and finite. Not a
/// statistical test: any draw that loses a case or writes a NaN is a defect, whatever the seed.
final class ExtremeInputValidation: XCTestCase {
    func testEightyRandomScenariosRunAndBalance() {
        assertRandomScenariosRunAndBalance(draws: 80, seed: testSeed(20_261_124))
    }
}
