/// The entities in a simulation now (customers, cases), stored by value and named by small integer ids.
/// The id of an entity that left is reused, so memory follows the number in the system, not the horizon.
///
/// Complexity: `add`, `remove` and the subscript are O(1); `liveIds` is O(capacity).
public struct EntityTable<Entity> {
    @inlinable public var count: Int { present }
    @usableFromInline var present = 0
    @usableFromInline var records: [Entity] = []
    @usableFromInline var live: [Bool] = []
    @usableFromInline var free: [Int32] = []

    @inlinable
    public init() {}

    /// The id the next `add` gives: what an entity draws from a stream of its slot can be drawn before the
    /// entity is stored, whole, in one write.
    @inlinable public var nextId: Int32 { free.last ?? Int32(records.count) }

    @inlinable
    public mutating func add(_ entity: Entity) -> Int32 {
        present += 1
        // removeLast, not popLast: the optional's generic path was not inlined (the kernel benchmark's profile).
        if !free.isEmpty {
            let id = free.removeLast()
            records[Int(id)] = entity
            live[Int(id)] = true
            return id
        }
        records.append(entity)
        live.append(true)
        return Int32(records.count - 1)
    }

    @inlinable
    public mutating func remove(_ id: Int32) {
        assert(live[Int(id)], "entity \(id) removed twice")
        present -= 1
        live[Int(id)] = false
        free.append(id)
    }

    /// Read in place (`_read`): reading one field of a large entity does not copy the entity.
    @inlinable
    public subscript(id: Int32) -> Entity {
        _read { yield records[Int(id)] }
        _modify { yield &records[Int(id)] }
    }

    /// Starts loading the first 64 bytes of entity `id`'s record into the cache (a hint, `prefetch`).
    @inlinable
    public func prefetch(_ id: Int32) {
        records.withUnsafeBufferPointer { records in
            guard Int(id) < records.count, let base = records.baseAddress else { return }
            let record = UnsafeRawPointer(base + Int(id))
            SimKernel.prefetch(record)
            SimKernel.prefetch(record + 63)
        }
    }

    /// Whether entity `id` is present now.
    @inlinable
    public func contains(_ id: Int32) -> Bool { id >= 0 && Int(id) < live.count && live[Int(id)] }

    /// Ids of the entities present now, in id order.
    @inlinable public var liveIds: [Int32] { live.indices.filter { live[$0] }.map(Int32.init) }
}

extension EntityTable: Sendable where Entity: Sendable {}
