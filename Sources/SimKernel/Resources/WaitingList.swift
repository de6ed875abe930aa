/// The customers waiting at a station, in the order the discipline serves them.
///
/// First come first served is a ring buffer: O(1) to join and to leave from the front. A customer who
/// abandons from the middle leaves a tombstone, skipped when it reaches the front, so abandonment is O(1)
/// too. Priority is a `PriorityQueue` keyed by the priority value (FIFO within a value).
public struct WaitingList: Sendable {
    public struct Waiting: Sendable, Equatable {
        public var customer: Int32
        public var since: Double

        @inlinable init(customer: Int32, since: Double) {
            self.customer = customer
            self.since = since
        }
    }

    /// Names one waiting customer, for abandonment.
    public struct Ticket: Hashable, Sendable {
        @usableFromInline let raw: UInt64

        @inlinable init(raw: UInt64) { self.raw = raw }
    }

    public let discipline: QueueDiscipline
    // One of the two is used, by discipline; the other stays empty and costs nothing.
    @usableFromInline var ring = FifoRing()
    @usableFromInline var heap = PriorityQueue<Waiting>()

    @inlinable
    public init(discipline: QueueDiscipline) {
        self.discipline = discipline
    }

    @inlinable public var count: Int { discipline == .fifo ? ring.count : heap.count }

    @inlinable public var isEmpty: Bool { count == 0 }

    @inlinable
    public mutating func append(_ waiting: Waiting, priority: Double) -> Ticket {
        if discipline == .fifo { return ring.append(waiting) }
        let ticket = heap.insert(waiting, key: priority)
        return Ticket(raw: UInt64(UInt32(bitPattern: ticket.slot)) << 32 | UInt64(ticket.generation))
    }

    /// Puts a customer first in line, ahead of everyone waiting (FIFO), or ahead of every priority.
    @inlinable
    public mutating func prepend(_ waiting: Waiting) -> Ticket {
        if discipline == .fifo { return ring.prepend(waiting) }
        let ticket = heap.insert(waiting, key: -.infinity)
        return Ticket(raw: UInt64(UInt32(bitPattern: ticket.slot)) << 32 | UInt64(ticket.generation))
    }

    @inlinable
    public mutating func popFirst() -> Waiting? {
        discipline == .fifo ? ring.popFirst() : heap.popMin()?.element
    }

    @inlinable
    public mutating func remove(_ ticket: Ticket) -> Waiting? {
        if discipline == .fifo { return ring.remove(ticket) }
        return heap.remove(
            PriorityQueue<Waiting>.Ticket(
                slot: Int32(bitPattern: UInt32(ticket.raw >> 32)),
                generation: UInt32(truncatingIfNeeded: ticket.raw)))
    }
}

/// A first-in first-out ring of waiting customers with tombstones for those who left early.
@usableFromInline struct FifoRing: Sendable {
    /// Capacity is a power of two (or zero before the first customer), so sequence numbers map to slots by masking.
    @usableFromInline var buffer: [WaitingList.Waiting?] = []
    /// Sequence number of the entry at the front; tickets are sequence numbers. They start high, so that a
    /// customer put first in line (`prepend`) takes the number before the front's.
    @usableFromInline var headSequence: UInt64 = 1 << 40
    @usableFromInline var tailSequence: UInt64 = 1 << 40
    @usableFromInline var count = 0

    @inlinable
    func index(_ sequence: UInt64) -> Int { Int(sequence & UInt64(buffer.count - 1)) }

    @inlinable
    mutating func append(_ waiting: WaitingList.Waiting) -> WaitingList.Ticket {
        if Int(tailSequence - headSequence) == buffer.count { grow() }
        let sequence = tailSequence
        buffer[index(sequence)] = waiting
        tailSequence += 1
        count += 1
        return WaitingList.Ticket(raw: sequence)
    }

    @inlinable
    mutating func prepend(_ waiting: WaitingList.Waiting) -> WaitingList.Ticket {
        if Int(tailSequence - headSequence) == buffer.count { grow() }
        headSequence -= 1
        buffer[index(headSequence)] = waiting
        count += 1
        return WaitingList.Ticket(raw: headSequence)
    }

    @inlinable
    mutating func popFirst() -> WaitingList.Waiting? {
        while headSequence < tailSequence {
            let i = index(headSequence)
            headSequence += 1
            if let waiting = buffer[i] {
                buffer[i] = nil
                count -= 1
                return waiting
            }
        }
        return nil
    }

    @inlinable
    mutating func remove(_ ticket: WaitingList.Ticket) -> WaitingList.Waiting? {
        let sequence = ticket.raw
        guard !buffer.isEmpty, sequence >= headSequence && sequence < tailSequence else { return nil }
        let i = index(sequence)
        guard let waiting = buffer[i] else { return nil }
        buffer[i] = nil
        count -= 1
        return waiting
    }

    @inlinable
    mutating func grow() {
        var larger = [WaitingList.Waiting?](repeating: nil, count: max(16, buffer.count * 2))
        for sequence in headSequence..<tailSequence {
            larger[Int(sequence & UInt64(larger.count - 1))] = buffer[index(sequence)]
        }
        buffer = larger
    }
}
