import SimKernel
import XCTest

final class PriorityQueueTests: XCTestCase {
    /// Random inserts, pops and removals against a sorted reference list.
    func testMatchesSortedReferenceUnderRandomOperations() {
        let streams = RandomStreams(seed: 11)
        let random = streams.stream("operations")
        var queue = PriorityQueue<Int>()
        var reference: [(key: Double, sequence: Int, value: Int)] = []
        var tickets: [(PriorityQueue<Int>.Ticket, Int)] = []
        var sequence = 0
        for step in 0..<20_000 {
            let choice = random.index(below: 10)
            if choice < 5 {
                // Few distinct keys, so ties are common and the tie-break is exercised.
                let key = Double(random.index(below: 20))
                if choice == 0 {
                    queue.push(step, key: key)  // untracked entries mixed with tracked ones
                } else {
                    tickets.append((queue.insert(step, key: key), step))
                }
                reference.append((key, sequence, step))
                sequence += 1
            } else if choice < 8 {
                reference.sort { ($0.key, $0.sequence) < ($1.key, $1.sequence) }
                let expected = reference.isEmpty ? nil : reference.removeFirst().value
                XCTAssertEqual(queue.popMin()?.element, expected)
            } else if !tickets.isEmpty {
                let (ticket, value) = tickets.remove(at: random.index(below: tickets.count))
                let removed = queue.remove(ticket)
                if let index = reference.firstIndex(where: { $0.value == value }) {
                    XCTAssertEqual(removed, value)
                    reference.remove(at: index)
                } else {
                    XCTAssertNil(removed, "a ticket of an entry that already left must be stale")
                }
            }
            XCTAssertEqual(queue.count, reference.count)
            if step % 1000 == 0 { queue.checkInvariants() }
        }
        queue.checkInvariants()
    }

    func testStaleTicketDoesNotRemoveTheSlotsNextOccupant() {
        var queue = PriorityQueue<String>()
        let first = queue.insert("first", key: 1)
        XCTAssertEqual(queue.popMin()?.element, "first")
        let second = queue.insert("second", key: 2)  // reuses the freed slot
        XCTAssertNil(queue.remove(first))
        XCTAssertTrue(queue.contains(second))
        XCTAssertEqual(queue.count, 1)
    }

    func testEqualKeysLeaveInInsertionOrder() {
        var queue = PriorityQueue<Int>()
        for i in 0..<100 { queue.insert(i, key: 5) }
        XCTAssertEqual((0..<100).compactMap { _ in queue.popMin()?.element }, Array(0..<100))
    }
}
