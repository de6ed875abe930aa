/// A min-priority queue whose entries can be removed before they reach the front.
///
/// Entries are ordered by `(key, sequence)`: `sequence` is the insertion number, so entries with the same
/// key leave in insertion order. That tie-break is what makes a simulation deterministic (as SimPy's
/// `(time, priority, id)` heap does). It serves the waiting lists (key = priority class); the event
/// calendar has its own `EventQueue`, which keeps far events in buckets.
///
/// An entry inserted with `insert` lives in a slot; its `Ticket` names the slot and its generation, so a
/// ticket of an entry that has already left is recognised as stale rather than removing somebody else's
/// entry. Entries that will never be removed early are added with `push`, which skips the slot bookkeeping.
///
/// The kernel's one heap (`QuaternaryHeap`), told where each removable entry moves.
///
/// Complexity: `insert`, `popMin` and `remove` are O(log n); `min` and `count` are O(1).
/// Storage is reused: a steady state of n entries allocates nothing per operation.
public struct PriorityQueue<Element> {
    /// Names one inserted entry, for `remove`.
    public struct Ticket: Hashable, Sendable {
        @usableFromInline let slot: Int32
        @usableFromInline let generation: UInt32

        @inlinable init(slot: Int32, generation: UInt32) {
            self.slot = slot
            self.generation = generation
        }
    }

    @usableFromInline struct Entry: HeapOrdered {
        @usableFromInline var key: Double
        @usableFromInline var sequence: UInt64
        @usableFromInline var slot: Int32
        @usableFromInline var element: Element

        @inlinable init(key: Double, sequence: UInt64, slot: Int32, element: Element) {
            self.key = key
            self.sequence = sequence
            self.slot = slot
            self.element = element
        }

        @inlinable
        func precedes(_ other: Entry) -> Bool {
            key < other.key || (key == other.key && sequence < other.sequence)
        }
    }

    /// Where a slot's entry is, and which generation of tickets it answers to.
    @usableFromInline struct Slot: Sendable {
        /// Heap index of the entry; for a free slot, -2 - (next free slot), so -1 ends the free list.
        @usableFromInline var position: Int32
        @usableFromInline var generation: UInt32

        @inlinable init(position: Int32, generation: UInt32) {
            self.position = position
            self.generation = generation
        }
    }

    @usableFromInline var heap = QuaternaryHeap<Entry>()
    @usableFromInline var slots: [Slot] = []
    /// Head of the free-slot list threaded through `slots`, or -1.
    @usableFromInline var freeHead: Int32 = -1
    @usableFromInline var nextSequence: UInt64 = 0

    @inlinable
    public init() {}

    @inlinable public var count: Int { heap.count }
    @inlinable public var isEmpty: Bool { heap.isEmpty }

    /// The front entry's key and element, without removing it.
    @inlinable public var min: (key: Double, element: Element)? {
        guard let first = heap.first else { return nil }
        return (first.key, first.element)
    }

    /// The front entry's key.
    @inlinable public var minKey: Double? { heap.first?.key }

    /// Whether the ticket's entry is still queued.
    @inlinable
    public func contains(_ ticket: Ticket) -> Bool {
        let s = Int(ticket.slot)
        return s < slots.count && slots[s].generation == ticket.generation && slots[s].position >= 0
    }

    /// Adds an entry that can only leave from the front (no ticket, no slot).
    @inlinable
    public mutating func push(_ element: Element, key: Double) {
        let sequence = nextSequence
        nextSequence &+= 1
        // Untracked itself, it may still move tracked entries.
        Self.withBuffer(&slots) { slots in
            heap.push(Entry(key: key, sequence: sequence, slot: -1, element: element)) { Self.place($0, at: $1, in: slots) }
        }
        checkInDebugBuilds()
    }

    /// Adds an entry that can be removed early through the returned ticket.
    @discardableResult
    @inlinable
    public mutating func insert(_ element: Element, key: Double) -> Ticket {
        let slot: Int32
        if freeHead >= 0 {
            slot = freeHead
            freeHead = -2 - slots[Int(slot)].position
        } else {
            slot = Int32(slots.count)
            slots.append(Slot(position: -1, generation: 0))
        }
        let sequence = nextSequence
        nextSequence &+= 1
        Self.withBuffer(&slots) { slots in
            heap.push(Entry(key: key, sequence: sequence, slot: slot, element: element)) { Self.place($0, at: $1, in: slots) }
        }
        checkInDebugBuilds()
        return Ticket(slot: slot, generation: slots[Int(slot)].generation)
    }

    /// Removes and returns the front entry.
    @inlinable
    public mutating func popMin() -> (key: Double, element: Element)? {
        guard !heap.isEmpty else { return nil }
        let first = removeEntry(at: 0)
        return (first.key, first.element)
    }

    /// Removes the ticket's entry if it is still queued; returns its element, or nil for a stale ticket.
    @discardableResult
    @inlinable
    public mutating func remove(_ ticket: Ticket) -> Element? {
        guard contains(ticket) else { return nil }
        return removeEntry(at: Int(slots[Int(ticket.slot)].position)).element
    }

    // MARK: - Heap mechanics

    @inlinable
    mutating func release(slot: Int32) {
        let s = Int(slot)
        slots[s].position = -2 - freeHead
        slots[s].generation &+= 1
        freeHead = slot
    }

    @inlinable
    mutating func removeEntry(at index: Int) -> Entry {
        let removed = Self.withBuffer(&slots) { slots in heap.remove(at: index) { Self.place($0, at: $1, in: slots) } }
        if removed.slot >= 0 { release(slot: removed.slot) }
        return removed
    }

    /// Notes where a removable entry now sits in the heap.
    @inline(__always)
    @inlinable
    static func place(_ entry: Entry, at index: Int, in slots: UnsafeMutableBufferPointer<Slot>) {
        if entry.slot >= 0 { slots[Int(entry.slot)].position = Int32(index) }
    }

    // With no tracked entry the slot buffer is left empty: asking an empty array for a mutable buffer would
    // copy its shared empty storage on every call.
    @inlinable
    static func withBuffer<Result>(_ slots: inout [Slot], _ body: (UnsafeMutableBufferPointer<Slot>) -> Result) -> Result {
        if slots.isEmpty {
            body(UnsafeMutableBufferPointer(start: nil, count: 0))
        } else {
            slots.withUnsafeMutableBufferPointer { body($0) }
        }
    }
}

extension PriorityQueue: Sendable where Element: Sendable {}
extension PriorityQueue.Entry: Sendable where Element: Sendable {}
