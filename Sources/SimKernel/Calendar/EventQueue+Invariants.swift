extension EventQueue {
    /// Checks the heaps' order, that every bucket holds only its own events, and the count; for tests. O(n).
    @inlinable
    public func checkInvariants() {
        near.checkOrder()
        overflow.checkOrder()
        for index in sorted.indices.dropFirst(front).dropFirst() {
            precondition(sorted[index - 1].precedes(sorted[index]), "the current bucket out of order")
        }
        var pending = sorted.count - front + near.count + overflow.count
        for (index, bucket) in buckets.enumerated() {
            for entry in bucket {
                precondition(Self.ring(self.bucket(entry.key)) == index && self.bucket(entry.key) > current, "an event in another bucket")
            }
            pending += bucket.count
        }
        precondition(pending == count, "\(pending) events pending, \(count) counted")
    }

    /// In debug builds, the whole queue is checked at every 4,096th event scheduled (O(n) each time): a
    /// broken order would silently reorder events. Release builds check nothing here.
    @inline(__always)
    @inlinable
    func checkInDebugBuilds() {
        #if DEBUG
            if nextSequence % 4096 == 0 { checkInvariants() }
        #endif
    }
}
