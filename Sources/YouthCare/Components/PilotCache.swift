import SimKernel
import Synchronization

/// Warm-start pilots already run (`Experiment.withInitialStock`), so that each is run once: a pilot costs
/// as much as about nine municipality replications, and every `Experiment.run` of a warm-started scenario
/// needs one (each batch of `--precision`, each break-even point, each mechanism test). A pilot depends on
/// nothing but its parameters and its seed, so those are its key; kept in memory for the process, and in a
/// `PilotStore` between processes where the program gives one (the command line keeps them on disk).
public final class PilotCache: Sendable {
    public static let shared = PilotCache()

    /// Pilots kept in memory at most: a municipality's is a few megabytes, and a process that runs many
    /// scenarios (a sweep, the random-scenario tests) needs each only while it runs.
    static let capacity = 16

    let memory = Mutex<[(key: String, stock: InitialStock)]>([])
    let store = Mutex<(any PilotStore)?>(nil)

    /// Keeps pilots beyond this process in `store` too (nil: in memory only).
    public func keep(in store: (any PilotStore)?) { self.store.withLock { $0 = store } }

    /// The pilot's stock for `key`, from memory, then the store, else made by `run` (and kept in both).
    func stock(_ key: String, run: () -> InitialStock) -> InitialStock {
        if let kept = memory.withLock({ $0.first { $0.key == key }?.stock }) { return kept }
        let store = self.store.withLock { $0 }
        let stock: InitialStock
        if let found = store?.stock(key) {
            stock = found
        } else {
            stock = run()
            store?.keep(stock, key)
        }
        memory.withLock { kept in
            kept.removeAll { $0.key == key }
            kept.append((key, stock))
            if kept.count > Self.capacity { kept.removeFirst() }
        }
        return stock
    }

    /// Forgets the pilots kept in memory (tests time or check a pilot made afresh).
    public func forget() { memory.withLock { $0.removeAll() } }

    /// The key of a pilot: its every parameter written out (every field, every double in full, a set's
    /// members in order) and its seed.
    static func key(_ pilot: ModelParameters, seed: UInt64) -> String {
        String(StreamKey.fnv1a(canonical(pilot)), radix: 16) + "-" + String(seed, radix: 16)
    }

    /// `value` written out field by field as Swift's mirror sees it, the same in every process: members of a
    /// set or dictionary sorted (their order changes from process to process).
    static func canonical(_ value: Any) -> String {
        let mirror = Mirror(reflecting: value)
        guard !mirror.children.isEmpty else { return String(reflecting: value) }
        let children = mirror.children.map { ($0.label.map { $0 + ":" } ?? "") + canonical($0.value) }
        let unordered = mirror.displayStyle == .set || mirror.displayStyle == .dictionary
        return "(" + (unordered ? children.sorted() : children).joined(separator: ",") + ")"
    }
}

/// Where pilots are kept between processes. A store that cannot read or write says nothing: the pilot is
/// then simply run again.
public protocol PilotStore: Sendable {
    func stock(_ key: String) -> InitialStock?
    func keep(_ stock: InitialStock, _ key: String)
}
