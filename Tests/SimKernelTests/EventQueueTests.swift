import SimKernel
import TestSupport
import XCTest

/// The calendar's queue: the same order as one sorted list (time, then scheduling order), whatever the
/// bucket width: inside a bucket, across buckets, beyond the ring, at infinity.
final class EventQueueTests: XCTestCase {
    func run(bucketWidth: Double?, seed: UInt64) {
        let streams = RandomStreams(seed: seed)
        let random = streams.stream("operations")
        var queue = EventQueue<Int>(bucketWidth: bucketWidth, startingAt: -50)
        var reference: [(key: Double, sequence: Int, value: Int)] = []
        var sequence = 0
        var now = -50.0
        for step in 0..<30_000 {
            let choice = random.index(below: 10)
            if choice < 6 {
                // Mostly near (ties common), some days to years ahead, a few beyond the ring, rarely never.
                let spread = [0.0, 3, 400, 40_000][random.index(below: 4)]
                var key = now + (spread == 0 ? 0 : (random.uniform() * spread).rounded(.down))
                if random.index(below: 200) == 0 { key = .infinity }
                queue.push(step, key: key)
                reference.append((key, sequence, step))
                sequence += 1
            } else {
                reference.sort { ($0.key, $0.sequence) < ($1.key, $1.sequence) }
                let expected = reference.first.map { $0.key.isFinite ? $0 : nil } ?? nil
                if let expected {
                    reference.removeFirst()
                    let popped = queue.popMin()
                    XCTAssertEqual(popped?.element, expected.value, "step \(step)")
                    now = expected.key
                } else {
                    XCTAssertEqual(queue.minKey() ?? .infinity, .infinity, "only events that never come are left")
                }
            }
            XCTAssertEqual(queue.count, reference.count)
            if step % 1000 == 0 { queue.checkInvariants() }
        }
        queue.checkInvariants()
    }

    func testOneHeapMatchesASortedList() { run(bucketWidth: nil, seed: 11) }

    func testBucketsMatchASortedList() {
        run(bucketWidth: 1, seed: 12)
        run(bucketWidth: 7.5, seed: 13)
        run(bucketWidth: 0.01, seed: 14)
    }

    /// A bucket's sort: thousands of events spread over it, crowded into a sliver of it in reverse order (the
    /// comparison sort's case), and ties, leave in time and then scheduling order.
    func testABucketOfManyEventsLeavesInOrder() {
        let streams = RandomStreams(seed: 15)
        let random = streams.stream("keys")
        defer { withExtendedLifetime(streams) {} }
        for crowded in [false, true] {
            var queue = EventQueue<Int>(bucketWidth: 1)
            var reference: [(key: Double, value: Int)] = []
            for value in 0..<5_000 {
                let key = 3 + (crowded ? 1e-9 * Double(5_000 - value / 2) : random.uniform())
                queue.push(value, key: key)
                reference.append((key, value))
            }
            reference.sort { $0.key < $1.key || ($0.key == $1.key && $0.value < $1.value) }
            XCTAssertEqual((0..<5_000).compactMap { _ in queue.popMin()?.element }, reference.map(\.value), "crowded \(crowded)")
        }
    }

    func testTiesLeaveInOrder() {
        var queue = EventQueue<String>(bucketWidth: 1)
        // Ties in a small bucket (sorted by insertion alone) and in a large one (spread over slices first).
        for (ties, day) in [(20, 500.0), (50, 600.0)] {
            for i in 0..<ties { queue.push("tie \(i)", key: day) }
            XCTAssertEqual((0..<ties).compactMap { _ in queue.popMin()?.element }, (0..<ties).map { "tie \($0)" }, "\(ties) ties")
        }
    }
}

/// The time still to run of an episode under way in a steady state has mean E[X²] / (2 E[X]).
final class EquilibriumResidualTests: XCTestCase {
    /// A right sampler fails this with chance about 0.6 % (six 99.9 % intervals of 40,000 draws, each
    /// missing with chance 0.1 %; even the deterministic duration's residual is random, uniform below it).
    func testResidualMeansAreLengthBiased() {
        let streams = RandomStreams(seed: testSeed(3))
        let stream = streams.stream("residual")
        let cases: [Distribution] = [
            .withMean(180, cv: 0.7), .exponential(mean: 90), .withMean(500, cv: 0.5, family: .lognormal),
            .withMean(300, cv: 1.3, family: .weibull), .uniform(lower: 0, upper: 365), .deterministic(30),
        ]
        for distribution in cases {
            let mean = distribution.mean
            let expected = (distribution.variance! + mean * mean) / (2 * mean)
            let draws = (0..<40_000).map { _ in distribution.equilibriumResidual(stream) }
            let summary = Summary(draws, confidence: 0.999)
            XCTAssertTrue(summary.contains(expected), "\(distribution): residual mean \(summary.mean), expected \(expected)")
            XCTAssertTrue(draws.allSatisfy { $0 >= 0 })
        }
    }
}
