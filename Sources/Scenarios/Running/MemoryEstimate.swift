import Foundation
import SimKernel

/// What a run will hold in memory at once, estimated before it starts, and refused when it exceeds the
/// machine's: replications run side by side (one a thread), and each holds every family it has met (about
/// `bytesPerNeed` each) and, with a warm start, its pilot's. The workload check of the catalog bounds one
/// replication whatever the machine; this bounds the run on this machine.
public enum MemoryEstimate {
    /// Peak memory per new need of a replication, measured: 685 MB for 9.3 million needs (a municipality
    /// with 4,000 consultation FTE inducing ten needs a consultation, one thread; 365 MB at half the needs),
    /// rounded up. With 10,000 FTE, two replications side by side and the warm start's pilot, the run peaked
    /// at 7.0 GB.
    static let bytesPerNeed = 80.0
    /// What a run takes before any need: the program, its catalog and the results of finished replications.
    static let baseBytes = 200e6

    /// The problem, when `scenario` with `threads` (nil: one per core) would not fit in three quarters of
    /// this machine's memory; nil when it fits.
    public static func problem(_ scenario: Scenario, threads: Int?) -> String? {
        let (replication, pilot) = ParameterCatalog.expectedNeeds(scenario)
        let side = min(Replicator(threads: threads).threads, max(scenario.replications, 1))
        let needed = baseBytes + bytesPerNeed * (Double(side) * replication + pilot)
        let available = 0.75 * Double(ProcessInfo.processInfo.physicalMemory)
        guard needed > available else { return nil }
        let gigabytes = { (bytes: Double) in String(format: "%.1f GB", bytes / 1e9) }
        return "\(scenario.name) would hold about \(gigabytes(needed)) at once "
            + "(\(String(format: "%.0f", replication / 1e6)) million needs a replication, \(side) side by side), "
            + "more than the \(gigabytes(available)) this machine can give it: run with fewer --threads, fewer years or a smaller scenario"
    }
}
