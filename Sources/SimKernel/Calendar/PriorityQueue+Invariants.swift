extension PriorityQueue {
    /// Checks the heap order and the slot bookkeeping; for tests. O(n).
    public func checkInvariants() {
        heap.checkOrder()
        for index in heap.items.indices {
            let slot = Int(heap.items[index].slot)
            precondition(slot < 0 || Int(slots[slot].position) == index, "slot position stale at \(index)")
        }
        var free = 0
        var next = freeHead
        while next >= 0 {
            free += 1
            precondition(free <= slots.count, "free list has a cycle")
            next = -2 - slots[Int(next)].position
        }
        let tracked = heap.items.filter { $0.slot >= 0 }.count
        precondition(free + tracked == slots.count, "slots leak: \(free) free + \(tracked) tracked != \(slots.count)")
    }
}

extension PriorityQueue: DebugChecked {}
