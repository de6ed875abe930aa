/// What a heap orders: whether one entry leaves before another.
@usableFromInline protocol HeapOrdered {
    func precedes(_ other: Self) -> Bool
}

/// A 4-ary min-heap: half the depth of a binary heap, so a pop touches half as many cache lines. The one
/// heap of the kernel: the calendar's heaps (`EventQueue`) and the priority waiting lists (`PriorityQueue`).
///
/// Each operation reaches the storage through one raw buffer: an array's uniqueness check per operation
/// rather than one per step (the checks showed in profiles of the kernel benchmark). Whoever needs to know
/// where an entry went (`PriorityQueue`, to remove an entry early) passes `moved`, told each entry's new
/// place; the calendar passes nothing and the calls compile away.
@usableFromInline struct QuaternaryHeap<Entry: HeapOrdered> {
    @usableFromInline private(set) var items: [Entry] = []

    @inlinable var first: Entry? { items.first }
    @inlinable var count: Int { items.count }
    @inlinable var isEmpty: Bool { items.isEmpty }

    @inlinable static var arity: Int { 4 }
    @inlinable
    static func parent(of index: Int) -> Int { (index - 1) / arity }

    @inline(__always)
    @inlinable
    mutating func push(_ entry: Entry, moved: (Entry, Int) -> Void = { _, _ in }) {
        items.append(entry)
        items.withUnsafeMutableBufferPointer { Self.siftUp(entry, from: $0.count - 1, in: $0, moved: moved) }
    }

    /// Removes and returns the first entry.
    @inline(__always)
    @inlinable
    mutating func popFirst(moved: (Entry, Int) -> Void = { _, _ in }) -> Entry? {
        guard !items.isEmpty else { return nil }
        return remove(at: 0, moved: moved)
    }

    /// Removes and returns the entry at `index`: the last entry takes its place and moves up or down.
    @inline(__always)
    @inlinable
    mutating func remove(at index: Int, moved: (Entry, Int) -> Void = { _, _ in }) -> Entry {
        let last = items.removeLast()
        guard index < items.count else { return last }
        return items.withUnsafeMutableBufferPointer { heap in
            let removed = heap[index]
            if index > 0 && last.precedes(heap[Self.parent(of: index)]) {
                Self.siftUp(last, from: index, in: heap, moved: moved)
            } else {
                Self.siftDown(last, from: index, in: heap, moved: moved)
            }
            return removed
        }
    }

    /// Puts `moving` at `start` or above it, moving the entries it precedes down.
    @inline(__always)
    @inlinable
    static func siftUp(_ moving: Entry, from start: Int, in heap: UnsafeMutableBufferPointer<Entry>, moved: (Entry, Int) -> Void) {
        var index = start
        while index > 0 {
            let parent = parent(of: index)
            guard moving.precedes(heap[parent]) else { break }
            heap[index] = heap[parent]
            moved(heap[index], index)
            index = parent
        }
        heap[index] = moving
        moved(moving, index)
    }

    /// Puts `moving` at `start` or below it, moving the entries that precede it up.
    @inline(__always)
    @inlinable
    static func siftDown(_ moving: Entry, from start: Int, in heap: UnsafeMutableBufferPointer<Entry>, moved: (Entry, Int) -> Void) {
        var index = start
        let n = heap.count
        while true {
            let first = arity * index + 1
            guard first < n else { break }
            var child = first
            var other = first + 1
            let end = Swift.min(first + arity, n)
            while other < end {
                if heap[other].precedes(heap[child]) { child = other }
                other += 1
            }
            guard heap[child].precedes(moving) else { break }
            heap[index] = heap[child]
            moved(heap[index], index)
            index = child
        }
        heap[index] = moving
        moved(moving, index)
    }

    /// Checks that no entry precedes its parent; for tests and debug builds. O(n).
    @inlinable
    func checkOrder() {
        for index in items.indices.dropFirst() {
            precondition(!items[index].precedes(items[Self.parent(of: index)]), "heap order broken at \(index)")
        }
    }
}

extension QuaternaryHeap: Sendable where Entry: Sendable {}
