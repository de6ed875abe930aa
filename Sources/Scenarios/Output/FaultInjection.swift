import Foundation
import Synchronization

/// Fault injection, for tests only: lets a test kill a results commit before any one of its file-system
/// steps, and so prove that a kill at every step leaves the old results or the new ones, never a mixture,
/// without timing a kill against a clock.
///
/// - `JEUGDSIM_FAULT_AT=N` (tests only): the process kills itself with SIGKILL just before its N-th step,
///   counted over the whole process (every write, fsync, rename and exchange of every results directory
///   it commits, and every record a sweep keeps of its points). Nothing is flushed or cleaned up, as after
///   a real kill or a power cut.
/// - `JEUGDSIM_NO_EXCHANGE=1` (tests only): commits swap with two renames, as on a file system that cannot
///   exchange two paths, so the fallback and `StagedDirectory.recoverInterruptedSwap` can be tested.
///
/// Neither is set in normal use; then a step costs one comparison.
enum FaultInjection {
    static let faultAt: Int? = ProcessInfo.processInfo.environment["JEUGDSIM_FAULT_AT"].flatMap { Int($0) }
    static let noExchange = ProcessInfo.processInfo.environment["JEUGDSIM_NO_EXCHANGE"] == "1"
    private static let steps = Atomic(0)

    /// Counts one file-system step (`what`, for the message); dies here if it is the one to fault at.
    static func step(_ what: @autoclosure () -> String) {
        guard let faultAt else { return }
        let step = steps.add(1, ordering: .relaxed).newValue
        guard step == faultAt else { return }
        FileHandle.standardError.write(Data("jeugdsim: fault injected before step \(step): \(what())\n".utf8))
        kill(getpid(), SIGKILL)
    }
}
