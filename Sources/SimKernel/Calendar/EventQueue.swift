/// The event calendar's queue: events ordered by `(time, sequence)`, kept in
/// time buckets, the current one sorted (a two-level calendar queue, after Brown 1988, "Calendar queues",
/// and the ladder queue of Tang, Goh and Thng 2005).
///
/// Why: a national run keeps hundreds of thousands of events pending (hazards due in months or years), and
/// in one heap every event popped walked about ten levels of a 16 MB array, a cache miss a level. Here an
/// event is appended to the bucket of its time (`bucketWidth` of time; a day for the youth-care model), in
/// O(1); when a bucket's turn comes its events are sorted once (`sort`, in a few passes) and
/// leave from the front. In profiles of a national run (thousands of events a day) the sort took 1 % of
/// the time where a heap of the day's events took 10 % in sifting. An event due in the current bucket
/// after it was sorted waits in a small heap beside it, and the earlier of the two fronts leaves first.
/// Events beyond the buckets' reach (`bucketCount` widths ahead) wait in an overflow heap until they come
/// within it. Without a bucket width everything is in the heap.
///
/// Nothing is cancelled here: a model whose events may go stale stamps them, and the calendar asks it
/// whether an event is still current when it leaves (`DiscreteEventModel.isCurrent`). So the queue keeps
/// no table of who may be cancelled, and an entry holds its time, its scheduling number and the event.
/// Order is that of one heap: by time, then by scheduling order, so runs are deterministic and the same
/// whatever the bucket width.
///
/// Complexity: `push` is O(1) into a bucket and O(log n) into a heap; `popMin` is O(log n) in the current
/// bucket's events, amortised over its sort, or in the heap beside it.
public struct EventQueue<Element> {
    @usableFromInline struct Entry: HeapOrdered {
        @usableFromInline var key: Double
        @usableFromInline var sequence: UInt64
        @usableFromInline var element: Element

        @inlinable init(key: Double, sequence: UInt64, element: Element) {
            self.key = key
            self.sequence = sequence
            self.element = element
        }

        @inlinable
        func precedes(_ other: Entry) -> Bool {
            key < other.key || (key == other.key && sequence < other.sequence)
        }
    }

    /// The width of a bucket in time units; nil keeps every event in the heap.
    public let bucketWidth: Double?
    /// Buckets in the ring, a power of two (so that a bucket's place is a mask of its number).
    @inlinable static var bucketCount: Int { 4096 }

    /// The current bucket's events as it was taken up, sorted; the next to leave is at `front`. Its storage
    /// serves every bucket in turn, as does the sort's table of slices.
    @usableFromInline var sorted: [Entry] = []
    @usableFromInline var sliceStarts: [Int] = []
    @usableFromInline var front = 0
    /// Events due in the current bucket that came after it was sorted (and, without buckets, all of them).
    @usableFromInline var near = QuaternaryHeap<Entry>()
    /// Events of the buckets after the current one, in a ring (`ring`).
    @usableFromInline var buckets: [[Entry]] = []
    /// Events whose bucket lies beyond the ring's reach.
    @usableFromInline var overflow = QuaternaryHeap<Entry>()
    /// The bucket the heap holds now.
    @usableFromInline var current: Int
    @usableFromInline var inBuckets = 0
    @usableFromInline var nextSequence: UInt64 = 0
    /// Entries still to leave.
    @inlinable public var count: Int { pending }
    @usableFromInline var pending = 0

    /// A queue whose clock starts at `time`, with buckets of `bucketWidth` (nil: one heap).
    @inlinable
    public init(bucketWidth: Double? = nil, startingAt time: Double = 0) {
        precondition(bucketWidth.map { $0 > 0 && $0.isFinite } ?? true, "a bucket width must be positive")
        self.bucketWidth = bucketWidth
        current = bucketWidth.map { Int((time / $0).rounded(.down)) } ?? 0
    }

    /// Adds an entry.
    @inlinable
    public mutating func push(_ element: Element, key: Double) {
        add(Entry(key: key, sequence: nextSequence, element: element))
    }

    /// The key of the next entry.
    @inline(__always)
    @inlinable
    public mutating func minKey() -> Double? {
        settleFront()
        return nextIsSorted ? sorted[front].key : near.first?.key
    }

    /// Likely the next entry: the current bucket's next in order, without settling anything (an entry in the
    /// heap beside it may come first). For look-ahead hints.
    @inlinable public var upcoming: Element? { front < sorted.count ? sorted[front].element : nil }

    /// Removes and returns the next entry.
    @inlinable
    public mutating func popMin() -> (key: Double, element: Element)? { popMin(before: .infinity) }

    /// Removes and returns the next entry, if it is due before `limit`.
    @inline(__always)
    @inlinable
    public mutating func popMin(before limit: Double) -> (key: Double, element: Element)? {
        settleFront()
        let first: Entry
        if nextIsSorted {
            guard sorted[front].key < limit else { return nil }
            first = sorted[front]
            front += 1
        } else {
            guard let due = near.first?.key, due < limit else { return nil }
            first = near.popFirst()!
        }
        pending -= 1
        return (first.key, first.element)
    }

    // MARK: - Mechanics

    /// Where bucket `b` sits in the ring (b is negative during a warm-up; two's complement masks it right).
    @inlinable
    static func ring(_ b: Int) -> Int { b & (bucketCount - 1) }

    /// The bucket of a time; an event that will never come (at infinity) goes to a bucket beyond every other.
    @inlinable
    func bucket(_ key: Double) -> Int {
        guard let bucketWidth else { return 0 }
        let quotient = key / bucketWidth
        return quotient < 1e15 ? Int(quotient.rounded(.down)) : Int.max / 2
    }

    @inlinable
    mutating func add(_ entry: Entry) {
        nextSequence &+= 1
        pending += 1
        defer { checkInDebugBuilds() }
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

    @inlinable
    mutating func file(_ entry: Entry, inBucket b: Int) {
        if buckets.isEmpty { buckets = Array(repeating: [], count: Self.bucketCount) }
        Self.append(entry, to: &buckets[Self.ring(b)])
        inBuckets += 1
    }

    /// One access to the bucket for both steps (each `buckets[i]` is a copy-on-write check of the ring and
    /// of the bucket). A bucket starts with room for a few events: grown from none it was reallocated five
    /// times on the way to a municipality's day of about 30.
    @inline(__always)
    @inlinable
    static func append(_ entry: Entry, to bucket: inout [Entry]) {
        if bucket.capacity == 0 { bucket.reserveCapacity(bucketStartingCapacity) }
        bucket.append(entry)
    }

    /// Room a bucket's storage starts with (a national run keeps some thousands of buckets: 512 bytes each).
    @inlinable static var bucketStartingCapacity: Int { 16 }

    /// Whether the next entry is the sorted bucket's (rather than the heap's); after `settleFront`.
    @inlinable var nextIsSorted: Bool {
        front < sorted.count && (near.isEmpty || sorted[front].precedes(near.items[0]))
    }

    /// When both fronts have run out, takes up the next bucket that holds events.
    @inline(__always)
    @inlinable
    mutating func settleFront() {
        if front == sorted.count && near.isEmpty && inBuckets + overflow.count > 0 { advance() }
    }

    /// Moves to the next bucket that holds events: its events become the sorted run (and any overflow events
    /// now within reach join it, or the heap).
    @inlinable
    mutating func advance() {
        if inBuckets == 0, let next = overflow.first {
            // Nothing in the ring: jump to the overflow's first bucket.
            current = bucket(next.key) - 1
        }
        repeat {
            current += 1
            let index = Self.ring(current)
            if !buckets.isEmpty && !buckets[index].isEmpty {
                // The bucket's storage becomes the sorted run (the old run is spent), and the bucket starts
                // afresh: capacity kept in every bucket at once would hold every bucket's peak.
                var entries: [Entry] = []
                swap(&entries, &buckets[index])
                inBuckets -= entries.count
                Self.sort(entries, into: &sorted, slices: &sliceStarts, from: Double(current) * bucketWidth!, width: bucketWidth!)
                front = 0
            }
            // Overflow events that now fall within the ring's reach move into it (or into the heap).
            while let first = overflow.first, bucket(first.key) - current < Self.bucketCount {
                let entry = overflow.popFirst()!
                if bucket(entry.key) <= current { near.push(entry) } else { file(entry, inBucket: bucket(entry.key)) }
            }
        } while front == sorted.count && near.isEmpty && inBuckets + overflow.count > 0
    }
}

extension EventQueue {
    /// A bucket's entries in order: spread by time over as many slices of the bucket as there are entries
    /// (a counting sort: two passes), then an insertion sort puts the few that share a slice in order. Keys
    /// spread over a bucket at random, as event times do, leave about one entry a slice, so the whole costs
    /// a few passes (a comparison sort of a national day's thousands took 6 % of the run). Keys crowded into
    /// a few slices (many events at one moment) would make the insertion sort quadratic: they get a
    /// comparison sort, and a bucket of a few (`smallBucket`) the insertion sort alone. Written into `out`,
    /// whose storage (like that of `starts`) is kept from bucket to bucket.
    @inlinable
    static func sort(_ entries: [Entry], into out: inout [Entry], slices starts: inout [Int], from start: Double, width: Double) {
        let n = entries.count
        out.removeAll(keepingCapacity: true)
        out.append(contentsOf: entries)
        guard n > 1 else { return }
        guard n > smallBucket else { return out.withUnsafeMutableBufferPointer(insertionSort) }
        let slices = Double(n)
        // Monotone in the key, so slices keep the entries' order; clamped against rounding at the edges.
        let slice = { (entry: Entry) in Swift.min(n - 1, Swift.max(0, Int((entry.key - start) / width * slices))) }
        starts.removeAll(keepingCapacity: true)
        starts.append(contentsOf: repeatElement(0, count: n + 1))
        for entry in entries { starts[slice(entry) + 1] += 1 }
        guard starts.max()! <= crowdedSlice else { return out.sort { $0.precedes($1) } }
        for i in 0..<n { starts[i + 1] += starts[i] }
        starts.withUnsafeMutableBufferPointer { starts in
            out.withUnsafeMutableBufferPointer { out in
                for entry in entries {
                    let s = slice(entry)
                    out[starts[s]] = entry
                    starts[s] += 1
                }
                insertionSort(&out)
            }
        }
    }

    /// Puts entries in order by moving each back past those it precedes: linear in entries nearly in order,
    /// quadratic in general, so for slices of a few entries and for small buckets.
    @inlinable
    static func insertionSort(_ entries: inout UnsafeMutableBufferPointer<Entry>) {
        for i in entries.indices.dropFirst() {
            let moving = entries[i]
            var j = i
            while j > 0 && moving.precedes(entries[j - 1]) {
                entries[j] = entries[j - 1]
                j -= 1
            }
            entries[j] = moving
        }
    }

    /// Entries in one slice beyond which a bucket is sorted by comparison.
    @inlinable static var crowdedSlice: Int { 32 }

    /// Entries up to which a bucket is sorted by insertion alone: for a municipality's day of about 30, the
    /// slices' passes cost more than the few hundred moves (counted in instructions,
    /// `Benchmarks/instructions`).
    @inlinable static var smallBucket: Int { 32 }
}

extension EventQueue: Sendable where Element: Sendable {}
extension EventQueue.Entry: Sendable where Element: Sendable {}
