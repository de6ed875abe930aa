import XCTest

@testable import YouthCare

/// A national run keeps hundreds of thousands of case records and each event reads one: the fields nearly every
/// event reads stay within the record's first 64 bytes, and the record within three cache lines (`Case`).
final class CaseLayoutTests: XCTestCase {
    func testWhatEveryEventReadsIsInTheFirstCacheLine() {
        let hot: [PartialKeyPath<Case>] = [
            \.hazardPending, \.ticket, \.phase, \.aftercare, \.supervision, \.unsafe, \.joined, \.detectionDue, \.provider,
        ]
        for field in hot {
            let offset = MemoryLayout<Case>.offset(of: field)
            XCTAssertNotNil(offset, "\(field) is a stored field")
            XCTAssertLessThan(offset ?? .max, 64, "\(field) at byte \(offset ?? -1)")
        }
        XCTAssertLessThanOrEqual(MemoryLayout<Case>.stride, 192)
    }
}
