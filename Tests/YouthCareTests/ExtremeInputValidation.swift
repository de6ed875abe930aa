import TestSupport
import XCTest

/// `ExtremeInputTests`' random scenarios at length (`make validate`): forty draws within every key's range,
/// each with its warm start's pilot where it draws one (the pilot's twenty years are most of the time: about
/// two seconds a draw), every replication balanced and finite. Not a statistical test: any draw that loses
/// a case or writes a NaN is a defect, whatever the seed.
final class ExtremeInputValidation: XCTestCase {
    func testFortyRandomScenariosRunAndBalance() {
        assertRandomScenariosRunAndBalance(draws: 40, seed: testSeed(20_261_124))
    }
}
