extension EventQueue {
    /// Checks the heaps' order, that every bucket holds only its own events, and the count; for tests. O(n).
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
}

extension EventQueue: DebugChecked {}
