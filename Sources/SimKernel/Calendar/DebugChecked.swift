/// A queue whose whole structure debug builds check now and then: a broken order would silently reorder
/// events (`EventQueue`, `PriorityQueue`).
@usableFromInline
protocol DebugChecked {
    /// Entries added so far.
    var nextSequence: UInt64 { get }
    /// Checks the whole structure; O(n).
    func checkInvariants()
}

extension DebugChecked {
    /// In debug builds, the whole structure is checked at every 4,096th entry added (O(n) each time).
    /// Release builds check nothing here.
    @inlinable @inline(__always)
    func checkInDebugBuilds() {
        #if DEBUG
            if nextSequence % 4096 == 0 { checkInvariants() }
        #endif
    }
}
