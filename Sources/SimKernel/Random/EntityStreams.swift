import CGSL

/// One random stream per entity, restarted from the entity's own key whenever an entity takes a slot.
///
/// Why: streams per process (`RandomStreams`) keep arrivals in step between two scenarios, but once one
/// family takes another path (resolved early, say), every later family draws the numbers meant for the one
/// before it, and the pairing between scenarios fades. Keyed by the entity instead (its level and place in
/// the order of onsets, or the need it returns from), a family draws the same durations, outcomes and
/// choices in both scenarios for as long as its own path is the same, whatever other families do: common
/// random numbers by entity, the synchronisation Law and Kelton recommend ("Simulation Modeling and
/// Analysis", on variance reduction).
///
/// Each slot holds a GSL taus2 generator (L'Ecuyer's maximally equidistributed combined Tausworthe, period
/// about 2^88, three words of state): its state is filled from a SplitMix64 sequence keyed by (the set's
/// key, the entity's key) and warmed up as GSL's own seeding does, so restarting a slot costs a few
/// nanoseconds and no allocation. Slots follow the entity table's ids. The generators and their states lie
/// side by side in chunks of 4,096 slots that never move, found through a directory of chunks: a stream is
/// two loads away, with no array bounds check, copy-on-write test or exclusivity check on the way (each of
/// them showed in profiles of the national run, where every event draws from some family's stream).
public final class EntityStreams {
    private let key: UInt64
    @usableFromInline static let chunkSlots = 4096
    static let maximumChunks = 1 << 16
    /// One generator and its state, side by side.
    @usableFromInline static let slotBytes = MemoryLayout<gsl_rng>.stride + 3 * MemoryLayout<UInt>.stride
    /// The chunks allocated so far (the rest of the directory is nil).
    @usableFromInline let directory: UnsafeMutablePointer<UnsafeMutableRawPointer?>
    /// Unchecked: read by `prefetch`, which compiles into the model, where a checked access to a class's
    /// property is a run-time call (the kernel is built without the model's flag that leaves them out).
    @usableFromInline @exclusivity(unchecked) var chunks = 0

    /// The streams of the entities of process `name` in one replication.
    public init(seed: UInt64, replication: Int, name: String) {
        key = StreamKey.derive(seed: seed, replication: replication, name: name)
        directory = .allocate(capacity: Self.maximumChunks)
        directory.initialize(repeating: nil, count: Self.maximumChunks)
    }

    deinit {
        for chunk in 0..<chunks { directory[chunk]!.deallocate() }
        directory.deallocate()
    }

    /// Restarts slot `slot` for the entity `entity` (its stable key) and returns its stream.
    public func start(slot: Int32, entity: UInt64) -> RandomStream {
        let chunk = Int(slot) / Self.chunkSlots
        precondition(chunk < Self.maximumChunks, "more than \(Self.maximumChunks * Self.chunkSlots) entities at once")
        while chunks <= chunk { allocateChunk() }
        let generator = self.generator(slot)
        Self.fill(generator, key: SplitMix64.mix(key ^ SplitMix64.mix(entity)))
        return RandomStream(generator: generator)
    }

    /// The stream of the entity in slot `slot` (started with `start`).
    @inlinable public func stream(_ slot: Int32) -> RandomStream { RandomStream(generator: generator(slot)) }

    /// Starts loading slot `slot`'s generator and state into the cache (a hint, `prefetch`); a slot whose
    /// chunk does not exist yet is left alone.
    @inlinable public func prefetch(_ slot: Int32) {
        guard Int(slot) / Self.chunkSlots < chunks else { return }
        let place = UnsafeRawPointer(generator(slot))
        SimKernel.prefetch(place)
        SimKernel.prefetch(place + Self.slotBytes - 1)
    }

    @inlinable @inline(__always)
    func generator(_ slot: Int32) -> UnsafeMutablePointer<gsl_rng> {
        let index = Int(slot)
        let base = directory[index / Self.chunkSlots].unsafelyUnwrapped
        return (base + (index % Self.chunkSlots) * Self.slotBytes).assumingMemoryBound(to: gsl_rng.self)
    }

    /// A chunk of generators, each pointing at the state that follows it.
    private func allocateChunk() {
        let memory = UnsafeMutableRawPointer.allocate(byteCount: Self.chunkSlots * Self.slotBytes, alignment: 16)
        for slot in 0..<Self.chunkSlots {
            let place = memory + slot * Self.slotBytes
            let state = place + MemoryLayout<gsl_rng>.stride
            state.initializeMemory(as: UInt.self, repeating: 0, count: 3)
            place.initializeMemory(as: gsl_rng.self, repeating: gsl_rng(type: jeugdsim_taus2(), state: state), count: 1)
        }
        directory[chunks] = memory
        chunks += 1
    }

    /// GSL's taus state (gsl/rng/taus.c: `unsigned long s1, s2, s3`), of which the generator uses the low 32
    /// bits; each word must exceed 1, 7 and 15 (GSL's `taus_set` enforces the same), then six draws warm it up.
    private static func fill(_ generator: UnsafeMutablePointer<gsl_rng>, key: UInt64) {
        let state = gsl_rng_state(generator)!.bindMemory(to: UInt.self, capacity: 3)
        var mixer = SplitMix64(state: key)
        func word(atLeast minimum: UInt) -> UInt {
            let word = UInt(mixer.next() & 0xffff_ffff)
            return word < minimum ? word + minimum : word
        }
        state[0] = word(atLeast: 2)
        state[1] = word(atLeast: 8)
        state[2] = word(atLeast: 16)
        for _ in 0..<6 { _ = gsl_rng_get(generator) }
    }

    /// Combines two parts of an entity's identity (its kind and its order, say) into one key.
    public static func key(_ first: UInt64, _ second: UInt64) -> UInt64 {
        SplitMix64.mix(SplitMix64.mix(first) &+ 0x5851_f42d_4c95_7f2d ^ SplitMix64.mix(second ^ 0x2545_f491_4f6c_dd1d))
    }
}
