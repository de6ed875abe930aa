/// The event calendar's queue: events ordered by `(time, sequence)`, cancellable by lazy deletion, kept in
/// a small heap for the near future and in time buckets beyond it (a two-level calendar queue, after
/// Brown 1988, "Calendar queues", and the ladder queue of Tang, Goh and Thng 2005).
///
/// Why: a national run keeps hundreds of thousands of events pending (hazards due in months or years), and
/// in one heap every event popped walked about ten levels of a 16 MB array, a cache miss a level. Here only
/// the events of the current bucket (`bucketWidth` of time; a day for the youth-care model) are in the heap,
/// which stays in cache; an event further ahead is appended to its bucket, in O(1), and enters the heap when
/// its bucket's turn comes. Events beyond the buckets' reach (`bucketCount` widths ahead) wait in an
/// overflow heap until they come within it. Without a bucket width everything is in the heap.
///
/// A cancellable event's slot remembers the scheduling number of the event it holds: cancelling frees the
/// slot, and an entry whose slot holds another number (or none) is stale and dropped when it reaches the
/// front (or when its bucket is taken up). Scheduling numbers never repeat, so a stale entry is never taken
/// for a live one, and an entry needs no field beyond the four of any heap entry. Order is that of one heap: by
/// time, then by scheduling order, so runs are deterministic and the same whatever the bucket width.
///
/// Complexity: `push` and `insert` are O(1) into a bucket and O(log n) into a heap; `popMin` is O(log n)
/// in the current bucket's events; `cancel` is O(1).
public struct EventQueue<Element> {
    /// Names one cancellable entry.
    public struct Ticket: Hashable, Sendable {
        let slot: Int32
        let sequence: UInt64
    }

    struct Entry {
        var key: Double
        var sequence: UInt64
        /// The slot of a cancellable entry (-1 for one that cannot be cancelled).
        var slot: Int32
        var element: Element

        func precedes(_ other: Entry) -> Bool {
            key < other.key || (key == other.key && sequence < other.sequence)
        }
    }

    /// The width of a bucket in time units; nil keeps every event in the heap.
    public let bucketWidth: Double?
    static var bucketCount: Int { 4096 }

    /// The current bucket's events (and, without buckets, all of them).
    var near = Heap()
    /// Events of the buckets after the current one, in a ring: bucket b is at b % bucketCount.
    var buckets: [[Entry]] = []
    /// Events whose bucket lies beyond the ring's reach.
    var overflow = Heap()
    /// The bucket the heap holds now.
    var current: Int
    var inBuckets = 0
    /// The scheduling number of the live entry each slot holds (`free` when it holds none).
    var holding: [UInt64] = []
    static var vacant: UInt64 { .max }
    var free: [Int32] = []
    var nextSequence: UInt64 = 0
    /// Entries that will still happen.
    public private(set) var count = 0

    /// A queue whose clock starts at `time`, with buckets of `bucketWidth` (nil: one heap).
    public init(bucketWidth: Double? = nil, startingAt time: Double = 0) {
        precondition(bucketWidth.map { $0 > 0 && $0.isFinite } ?? true, "a bucket width must be positive")
        self.bucketWidth = bucketWidth
        current = bucketWidth.map { Int((time / $0).rounded(.down)) } ?? 0
    }

    /// Adds an entry that cannot be cancelled.
    public mutating func push(_ element: Element, key: Double) {
        add(Entry(key: key, sequence: nextSequence, slot: -1, element: element))
    }

    /// Adds an entry that can be cancelled through the returned ticket.
    public mutating func insert(_ element: Element, key: Double) -> Ticket {
        let slot: Int32
        if let reused = free.popLast() {
            slot = reused
        } else {
            slot = Int32(holding.count)
            holding.append(Self.vacant)
        }
        let sequence = nextSequence
        holding[Int(slot)] = sequence
        add(Entry(key: key, sequence: sequence, slot: slot, element: element))
        return Ticket(slot: slot, sequence: sequence)
    }

    /// Cancels the ticket's entry; false when it already left or was cancelled.
    public mutating func cancel(_ ticket: Ticket) -> Bool {
        let s = Int(ticket.slot)
        guard s < holding.count, holding[s] == ticket.sequence else { return false }
        retire(slot: ticket.slot)
        count -= 1
        return true
    }

    /// The key of the next entry that will happen.
    @inline(__always)
    public mutating func minKey() -> Double? {
        if let first = near.first, !isStale(first) { return first.key }
        settleFront()
        return near.first?.key
    }

    /// Removes and returns the next entry that will happen.
    public mutating func popMin() -> (key: Double, element: Element)? { popMin(before: .infinity) }

    /// Removes and returns the next entry that will happen, if it is due before `limit`.
    @inline(__always)
    public mutating func popMin(before limit: Double) -> (key: Double, element: Element)? {
        if near.isEmpty || isStale(near.items[0]) { settleFront() }
        guard let due = near.first?.key, due < limit, let first = near.popFirst() else { return nil }
        if first.slot >= 0 { retire(slot: first.slot) }
        count -= 1
        return (first.key, first.element)
    }

    // MARK: - Mechanics

    /// Where bucket `b` sits in the ring (b is negative during a warm-up).
    static func ring(_ b: Int) -> Int { ((b % bucketCount) + bucketCount) % bucketCount }

    /// The bucket of a time; an event that will never come (at infinity) goes to a bucket beyond every other.
    func bucket(_ key: Double) -> Int {
        guard let bucketWidth else { return 0 }
        let quotient = key / bucketWidth
        return quotient < 1e15 ? Int(quotient.rounded(.down)) : Int.max / 2
    }

    mutating func add(_ entry: Entry) {
        nextSequence &+= 1
        count += 1
        guard bucketWidth != nil else { return near.push(entry) }
        let b = bucket(entry.key)
        if b <= current {
            near.push(entry)
        } else if b - current < Self.bucketCount {
            file(entry, inBucket: b)
        } else {
            overflow.push(entry)
        }
    }

    mutating func file(_ entry: Entry, inBucket b: Int) {
        if buckets.isEmpty { buckets = Array(repeating: [], count: Self.bucketCount) }
        buckets[Self.ring(b)].append(entry)
        inBuckets += 1
    }

    /// A slot's entry left or was cancelled: the slot is free for another.
    mutating func retire(slot: Int32) {
        holding[Int(slot)] = Self.vacant
        free.append(slot)
    }

    func isStale(_ entry: Entry) -> Bool { entry.slot >= 0 && holding[Int(entry.slot)] != entry.sequence }

    /// Drops cancelled entries from the front and, when the heap runs out, takes up the next bucket.
    mutating func settleFront() {
        while true {
            while let first = near.first, isStale(first) { _ = near.popFirst() }
            guard near.isEmpty, inBuckets + overflow.count > 0 else { return }
            advance()
        }
    }

    /// Moves to the next bucket that holds events: its events (and any overflow events now within reach)
    /// become the heap.
    mutating func advance() {
        if inBuckets == 0, let next = overflow.first {
            // Nothing in the ring: jump to the overflow's first bucket.
            current = bucket(next.key) - 1
        }
        repeat {
            current += 1
            let index = Self.ring(current)
            if !buckets.isEmpty && !buckets[index].isEmpty {
                // The bucket's storage becomes the heap's (the heap is empty here), and the bucket starts
                // afresh: capacity kept in 4,096 buckets at once would hold every day's peak.
                var entries: [Entry] = []
                swap(&entries, &buckets[index])
                inBuckets -= entries.count
                let holding = self.holding
                entries.removeAll { $0.slot >= 0 && holding[Int($0.slot)] != $0.sequence }
                near.adopt(entries)
            }
            // Overflow events that now fall within the ring's reach move into it (or into the heap).
            while let first = overflow.first, bucket(first.key) - current < Self.bucketCount {
                let entry = overflow.popFirst()!
                if isStale(entry) { continue }
                if bucket(entry.key) <= current { near.push(entry) } else { file(entry, inBucket: bucket(entry.key)) }
            }
        } while near.isEmpty && inBuckets + overflow.count > 0
    }
}

extension EventQueue {
    /// A 4-ary min-heap of entries, with bulk adoption (O(n) heapify).
    struct Heap {
        var items: [Entry] = []

        var first: Entry? { items.first }
        var count: Int { items.count }
        var isEmpty: Bool { items.isEmpty }

        static var arity: Int { 4 }

        mutating func push(_ entry: Entry) {
            items.append(entry)
            items.withUnsafeMutableBufferPointer { heap in
                var index = heap.count - 1
                let moving = heap[index]
                while index > 0 {
                    let parent = (index - 1) / Self.arity
                    guard moving.precedes(heap[parent]) else { break }
                    heap[index] = heap[parent]
                    index = parent
                }
                heap[index] = moving
            }
        }

        mutating func popFirst() -> Entry? {
            guard let first = items.first else { return nil }
            let last = items.removeLast()
            if !items.isEmpty {
                items[0] = last
                siftDown(0)
            }
            return first
        }

        /// Takes `entries` as the (empty) heap's and restores its order bottom-up.
        mutating func adopt(_ entries: [Entry]) {
            precondition(items.isEmpty, "a bucket is taken up only when the heap is empty")
            items = entries
            guard items.count > 1 else { return }
            for index in stride(from: (items.count - 2) / Self.arity, through: 0, by: -1) { siftDown(index) }
        }

        mutating func siftDown(_ start: Int) {
            items.withUnsafeMutableBufferPointer { heap in
                var index = start
                let moving = heap[index]
                let n = heap.count
                while true {
                    let first = Self.arity * index + 1
                    guard first < n else { break }
                    var child = first
                    var other = first + 1
                    let end = Swift.min(first + Self.arity, n)
                    while other < end {
                        if heap[other].precedes(heap[child]) { child = other }
                        other += 1
                    }
                    guard heap[child].precedes(moving) else { break }
                    heap[index] = heap[child]
                    index = child
                }
                heap[index] = moving
            }
        }
    }
}

extension EventQueue {
    /// Checks the heaps' order, that every bucket holds only its own events, and the count; for tests. O(n).
    public func checkInvariants() {
        for heap in [near, overflow] {
            for index in heap.items.indices where index > 0 {
                precondition(!heap.items[index].precedes(heap.items[(index - 1) / Heap.arity]), "heap order broken")
            }
        }
        var live = (near.items + overflow.items).filter { !isStale($0) }.count
        for (index, bucket) in buckets.enumerated() {
            for entry in bucket {
                precondition(Self.ring(self.bucket(entry.key)) == index && self.bucket(entry.key) > current, "an event in another bucket")
            }
            live += bucket.filter { !isStale($0) }.count
        }
        precondition(live == count, "\(live) events pending, \(count) counted")
    }
}

extension EventQueue: Sendable where Element: Sendable {}
extension EventQueue.Entry: Sendable where Element: Sendable {}
extension EventQueue.Heap: Sendable where Element: Sendable {}
