import SimKernel

/// The cases in the system now (`Case`), named by small integer ids that are reused once a case leaves, so
/// memory follows the cases in the system, not the horizon.
///
/// The model reads and writes a case's record hundreds of times a replication's day, one field at a time
/// (`cases[id].phase = .waiting`). In an array each of those writes tested the array for a second owner
/// (copy on write) and its bounds: `swift_isUniquelyReferenced` alone took 4.5 % of a municipality
/// replication's instructions. So the store is a class that holds its records in memory of its own: one
/// model owns it, for one replication, and never copies it (`YouthCareModel` is made, run and read in
/// place). Ids are checked in debug builds.
final class CaseStore {
    private(set) var count = 0
    /// Records of ids 0..<used, the free ones holding the last case that had the id.
    private var records: UnsafeMutablePointer<Case>
    private var live: UnsafeMutablePointer<Bool>
    private var capacity: Int
    private var used = 0
    private var free: [Int32] = []

    init(capacity: Int = 1024) {
        self.capacity = capacity
        records = .allocate(capacity: capacity)
        live = .allocate(capacity: capacity)
    }

    deinit {
        records.deinitialize(count: used)
        records.deallocate()
        live.deallocate()
    }

    /// The id the next `add` gives: what a case draws from the stream of its id can be drawn before the
    /// case is stored, whole, in one write.
    var nextId: Int32 { free.last ?? Int32(used) }

    func add(_ record: Case) -> Int32 {
        count += 1
        if !free.isEmpty {
            let id = free.removeLast()
            records[Int(id)] = record
            live[Int(id)] = true
            return id
        }
        if used == capacity { grow() }
        (records + used).initialize(to: record)
        live[used] = true
        used += 1
        return Int32(used - 1)
    }

    func remove(_ id: Int32) {
        assert(contains(id), "case \(id) removed twice")
        count -= 1
        live[Int(id)] = false
        free.append(id)
    }

    /// In place: reading or writing one field neither copies the record nor tests the store.
    subscript(id: Int32) -> Case {
        _read {
            assert(Int(id) < used, "no case \(id)")
            yield records[Int(id)]
        }
        _modify {
            assert(Int(id) < used, "no case \(id)")
            yield &records[Int(id)]
        }
    }

    /// Whether case `id` is in the system now.
    func contains(_ id: Int32) -> Bool { id >= 0 && Int(id) < used && live[Int(id)] }

    /// Ids of the cases in the system now, in id order.
    var liveIds: [Int32] { (0..<used).filter { live[$0] }.map(Int32.init) }

    /// Starts loading the first 64 bytes of case `id`'s record into the cache (a hint, `prefetch`).
    func prefetch(_ id: Int32) {
        guard Int(id) < used else { return }
        let record = UnsafeRawPointer(records + Int(id))
        SimKernel.prefetch(record)
        SimKernel.prefetch(record + 63)
    }

    private func grow() {
        let larger = 2 * capacity
        let moved = UnsafeMutablePointer<Case>.allocate(capacity: larger)
        moved.moveInitialize(from: records, count: used)
        records.deallocate()
        records = moved
        let liveMoved = UnsafeMutablePointer<Bool>.allocate(capacity: larger)
        liveMoved.moveInitialize(from: live, count: used)
        live.deallocate()
        live = liveMoved
        capacity = larger
    }
}
