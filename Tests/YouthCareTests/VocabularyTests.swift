import XCTest

@testable import YouthCare

final class VocabularyTests: XCTestCase {
    /// `Service(index:)` computes what `Service.all` lists: each service is found again from its index.
    func testEachServiceIsFoundFromItsIndex() {
        XCTAssertEqual(Service.all.map(\.index), Array(Service.all.indices))
        for service in Service.all { XCTAssertEqual(Service(index: service.index), service) }
    }
}
