import SimKernel
import XCTest

final class ReplicatorTests: XCTestCase {
    /// Results are ordered by replication and identical whatever the thread count.
    func testResultsDoNotDependOnThreadCount() {
        let body: @Sendable (Int) -> Double = { r in
            let streams = RandomStreams(seed: 21, replication: r)
            let stream = streams.stream("work")
            return (0..<10_000).reduce(0.0) { total, _ in total + Distribution.exponential(mean: 1).sample(stream) }
        }
        let one = Replicator(threads: 1).run(16, replication: body)
        let four = Replicator(threads: 4).run(16, replication: body)
        XCTAssertEqual(one, four)
        XCTAssertEqual(Set(one).count, 16, "every replication draws its own numbers")
    }

    func testProgressCountsEveryReplication() {
        final class Seen: @unchecked Sendable { var values: [Int] = [] }
        let seen = Seen()
        _ = Replicator(threads: 2).run(10, progress: { seen.values.append($0) }, replication: { $0 })
        XCTAssertEqual(seen.values.sorted(), Array(1...10))
    }
}
