import SimKernel

/// Needs that will return (`docs/model.md`, relapse): each waits in a slot of its own until its
/// `Event.relapse` names the slot, and leaves it then.
struct PendingRelapses {
    private var waiting = EntityTable<PendingRelapse>()

    /// Keeps a need that will return; the slot its relapse event names.
    mutating func add(_ relapse: PendingRelapse) -> Int32 { waiting.add(relapse) }

    /// The need of slot `index` returns: it leaves the table.
    mutating func take(_ index: Int32) -> PendingRelapse {
        let relapse = waiting[index]
        waiting.remove(index)
        return relapse
    }

    /// Every need that will return, in no particular order (a warm start's snapshot).
    var all: [PendingRelapse] { waiting.liveIds.map { waiting[$0] } }
}

/// A resolved need that will return: what the new episode carries over from the one that ended.
struct PendingRelapse {
    /// The returning need's identity (`Case.key`), derived from the one that ended.
    let key: UInt64
    let level: Level
    let setting: Setting
    /// The same child: it has grown older.
    let birth: Double
    /// Professionals the family met so far (they count on).
    let professionals: Int
    /// A need for long low-intensity help returns as one.
    let longTerm: Bool
    /// A child known to care goes back to it without a new detection delay.
    let known: Bool
    /// The family's municipality (`Case.municipality`).
    var municipality: UInt8 = 0
}
