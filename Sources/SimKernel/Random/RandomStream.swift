import CGSL

/// The random number streams of one replication: independent, reproducible sequences drawn from GSL's
/// Mersenne Twister, one per named random process.
///
/// Why MT19937: it is GSL's default and its best-studied generator (period 2^19937 - 1, equidistributed in
/// 623 dimensions, passes the DIEHARD tests per the GSL manual), and one `gsl_rng_uniform` call costs a few
/// nanoseconds, well inside the kernel's event budget.
///
/// Why a stream per (master seed, replication, name): each random process of a model (arrivals at one
/// level, service durations at another, a routing choice) draws from its own stream. Changing how often one
/// process draws then leaves every other process's draws untouched, which is what makes common random
/// numbers, and so paired comparisons of scenarios, work.
///
/// Why not `gsl_rng_set(seed)`: GSL's MT19937 keeps only the low 32 bits of the seed, and with ten thousand
/// streams the birthday bound gives a real chance that two coincide. Instead the 624-word state is filled
/// from a SplitMix64 sequence keyed by a 64-bit hash of (seed, replication, name), the seeding scheme that
/// numpy's SeedSequence and Java's SplittableRandom also rest on.
public final class RandomStreams {
    public let seed: UInt64
    public let replication: Int
    private var generators: [UnsafeMutablePointer<gsl_rng>] = []
    private var names: Set<String> = []

    public init(seed: UInt64, replication: Int = 0) {
        self.seed = seed
        self.replication = replication
    }

    deinit {
        for generator in generators { gsl_rng_free(generator) }
    }

    /// The stream of the random process `name`. Each name is given out once per replication: two processes
    /// sharing a stream would be silently correlated.
    public func stream(_ name: String) -> RandomStream {
        precondition(names.insert(name).inserted, "random stream '\(name)' requested twice in one replication")
        let generator = gsl_rng_alloc(jeugdsim_mt19937())!
        Self.fill(generator, key: StreamKey.derive(seed: seed, replication: replication, name: name))
        generators.append(generator)
        return RandomStream(generator: generator)
    }

    /// MT19937's state as GSL lays it out (gsl/rng/mt.c: `unsigned long mt[624]; int mti;`).
    private static let words = 624

    private static func fill(_ generator: UnsafeMutablePointer<gsl_rng>, key: UInt64) {
        precondition(
            gsl_rng_size(generator) >= words * MemoryLayout<UInt>.stride + MemoryLayout<Int32>.size,
            "unexpected GSL MT19937 state layout")
        var mixer = SplitMix64(state: key)
        let state = gsl_rng_state(generator)!
        let mt = state.bindMemory(to: UInt.self, capacity: words)
        for i in 0..<words { mt[i] = UInt(mixer.next() & 0xffff_ffff) }
        mt[0] |= 0x8000_0000  // never the all-zero state (the reference init_by_array does the same)
        // mti = 624: the next draw regenerates the whole block from the state just written.
        (state + words * MemoryLayout<UInt>.stride).bindMemory(to: Int32.self, capacity: 1).pointee = Int32(words)
    }
}

/// One stream of a `RandomStreams` set: a plain pointer to its GSL generator, so passing it around costs no
/// reference counting. It is valid while its `RandomStreams` lives; a model keeps both.
public struct RandomStream {
    @usableFromInline let generator: UnsafeMutablePointer<gsl_rng>

    @inlinable init(generator: UnsafeMutablePointer<gsl_rng>) { self.generator = generator }

    /// A uniform number in (0, 1): never exactly 0 or 1, so logarithms of it are finite.
    @inlinable public func uniform() -> Double { jeugdsim_rng_uniform_pos(generator) }

    /// True with probability `p`.
    @inlinable public func bernoulli(_ p: Double) -> Bool {
        p >= 1 || (p > 0 && jeugdsim_rng_uniform(generator) < p)
    }

    public func poisson(mean: Double) -> Int {
        mean > 0 ? Int(gsl_ran_poisson(generator, mean)) : 0
    }

    public func binomial(trials: Int, p: Double) -> Int {
        Int(gsl_ran_binomial(generator, p, UInt32(trials)))
    }

    /// An integer uniform in 0..<n.
    @inlinable public func index(below n: Int) -> Int {
        Int(jeugdsim_rng_uniform_int(generator, UInt(n)))
    }
}

/// The 64-bit key of a stream. Stable across platforms and releases: results depend on it.
public enum StreamKey {
    public static func derive(seed: UInt64, replication: Int, name: String) -> UInt64 {
        var key = SplitMix64.mix(seed)
        key = SplitMix64.mix(key ^ SplitMix64.mix(UInt64(bitPattern: Int64(replication)) &+ 0x632b_e59b_d9b4_e019))
        return SplitMix64.mix(key ^ fnv1a(name))
    }

    /// FNV-1a over the UTF-8 bytes: unlike `Hasher`, the same on every run and machine.
    public static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }
}

/// Steele, Lea & Flood (2014), "Fast splittable pseudorandom number generators": used only to seed.
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        return Self.mix(state)
    }

    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
