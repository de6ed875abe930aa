/// Which of the cases' scheduled events are still to happen. The calendar cancels nothing
/// (`EventCalendar`): an event that may be voided carries the stamp it was scheduled under, voiding it moves
/// the stamp on, and when its time comes `YouthCareModel.isCurrent` compares the two (onsets are stamped
/// per month, `Onsets`).
///
/// A case's next competing event (a hazard, or its detection: `scheduleHazards`) is stamped per case id.
/// An id's stamps only go up, also when a case leaves and another takes its id, so an event of a case that
/// left is never taken for one of the case after it (a stale event would have to wait through 2^32 stamps
/// of its id).
struct EventStamps {
    private var cases: [UInt32] = []

    /// Voids the case's pending event, if it has one, and returns the stamp for its next.
    mutating func renew(_ id: Int32) -> UInt32 {
        let index = Int(id)
        if index >= cases.count { cases.append(contentsOf: repeatElement(0, count: index + 1 - cases.count)) }
        cases[index] &+= 1
        return cases[index]
    }

    func isCurrent(_ id: Int32, stamp: UInt32) -> Bool { Int(id) < cases.count && cases[Int(id)] == stamp }
}
