import Dispatch
import Synchronization

/// Runs independent replications on several threads. Each replication draws from its own streams (named by
/// its index), and results come back ordered by index, so they are the same whatever the thread count.
public struct Replicator: Sendable {
    public let threads: Int

    /// `threads` nil or 0: one per core.
    public init(threads: Int? = nil) {
        let cores = max(1, sysconfCores())
        self.threads = max(1, (threads ?? 0) > 0 ? threads! : cores)
    }

    /// Runs `replication(i)` for i in 0..<count; `progress(done)` is called (from worker threads, one at
    /// a time) after each replication finishes.
    public func run<Result: Sendable>(
        _ count: Int,
        progress: (@Sendable (Int) -> Void)? = nil,
        replication: @Sendable (Int) -> Result
    ) -> [Result] {
        let slots = ResultSlots<Result>(count: count)
        let next = Atomic<Int>(0)
        let done = Mutex<Int>(0)
        let workers = min(threads, max(count, 1))
        withoutActuallyEscaping(replication) { replication in
            let work = { @Sendable in
                while true {
                    let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                    guard index < count else { return }
                    slots.store(replication(index), at: index)
                    if let progress {
                        done.withLock { finished in
                            finished += 1
                            progress(finished)
                        }
                    }
                }
            }
            if workers == 1 {
                work()
            } else {
                DispatchQueue.concurrentPerform(iterations: workers) { _ in work() }
            }
        }
        return slots.collect()
    }
}

/// One slot per replication, each written by exactly one worker.
private final class ResultSlots<Result>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Result?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    func store(_ result: Result, at index: Int) { storage[index] = result }

    func collect() -> [Result] { storage.map { $0! } }
}

private func sysconfCores() -> Int {
    #if canImport(Glibc)
        return Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    #else
        return Int(sysconf(_SC_NPROCESSORS_ONLN))
    #endif
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
