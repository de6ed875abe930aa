import Foundation

/// A results directory written as a whole or not at all, by one run at a time, and only ever in place of
/// a directory that jeugdsim wrote itself.
///
/// - Opening it takes a lock beside the target (`.<name>.lock`): a second run writing the same directory
///   fails at once with a clear message instead of mixing its files with the first's.
/// - It refuses a target that exists and is not jeugdsim's (no marker file in it, or not a directory), so
///   a scenario name or `--out` can never replace a folder of the user's. Open it before simulating, so
///   the refusal comes before the work.
/// - Files go into a hidden staging directory beside the target; `commit()` swaps it with the target in
///   one atomic step (Linux `renameat2` exchange). A run killed at any moment leaves the old results or the
///   new ones, never a mixture and never neither. Every file-system step is durable and counted for fault
///   injection (`DurableFiles`, `FaultInjection`), so tests kill a commit before each step in turn.
public final class StagedDirectory {
    /// The marker jeugdsim writes into every results directory; only a directory holding it is replaced.
    public static let marker = ".jeugdsim-results"
    static let markerText = "Written by jeugdsim. The next jeugdsim run that writes here replaces this directory as a whole.\n"

    /// What results directories held before jeugdsim marked them: a directory of nothing but these is
    /// jeugdsim's too (so results of an earlier version are replaced, not refused).
    static let resultFilesBeforeTheMarker: Set<String> = [
        "scenario.yaml", "summary.json", "levels.csv", "timeseries.csv", "replications.csv", "budget.csv", "run.json",
        "sweep.csv", "calibration.csv", "theory.csv",
    ]

    public let target: URL
    let parent: URL
    let staging: URL
    let lock: DirectoryLock
    let manager = FileManager.default
    var committed = false

    public init(_ target: URL) throws {
        let target = target.standardizedFileURL
        self.target = target
        parent = target.deletingLastPathComponent()
        guard target.path != "/", !target.lastPathComponent.isEmpty, target.lastPathComponent != ".." else {
            throw ResultsDirectoryError(path: target.path, problem: "is not a directory jeugdsim can write results to")
        }
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        lock = try DirectoryLock(beside: target)
        let name = target.lastPathComponent
        try Self.recoverInterruptedSwap(target, parent: parent)
        try Self.checkReplaceable(target)
        // Under the lock, any staging directory of this name is a leftover of a killed run.
        for leftover in (try? manager.contentsOfDirectory(atPath: parent.path)) ?? [] where leftover.hasPrefix(".\(name).partial-") {
            try? manager.removeItem(at: parent.appendingPathComponent(leftover))
        }
        staging = parent.appendingPathComponent(".\(name).partial-\(ProcessInfo.processInfo.processIdentifier)")
        try manager.createDirectory(at: staging, withIntermediateDirectories: true)
    }

    deinit {
        if !committed { try? manager.removeItem(at: staging) }
    }

    public func write(_ name: String, _ text: String) throws {
        try DurableFiles.writeSynced(Data(text.utf8), to: staging.appendingPathComponent(name))
    }

    /// Puts the staged files in place of the target, atomically, and releases the lock. The staging
    /// directory is synced before the swap, so the new entries are on disk before they become the results,
    /// and the parent after it, so the swap is too.
    public func commit() throws {
        try write(Self.marker, Self.markerText)
        try DurableFiles.syncDirectory(staging)
        if manager.fileExists(atPath: target.path) {
            if DurableFiles.exchange(staging, target) {
                // The staging directory now holds the old results.
                try DurableFiles.syncDirectory(parent)
                DurableFiles.remove(staging)
            } else {
                // A file system that cannot exchange: move the old results aside first; the next run
                // restores them if this one dies between the two renames (`recoverInterruptedSwap`).
                let old = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
                try DurableFiles.renameItem(target, to: old)
                try DurableFiles.renameItem(staging, to: target)
                try DurableFiles.syncDirectory(parent)
                DurableFiles.remove(old)
            }
        } else {
            try DurableFiles.renameItem(staging, to: target)
            try DurableFiles.syncDirectory(parent)
        }
        committed = true
        lock.release()
    }

    /// Refuses a target that exists and is not a results directory jeugdsim wrote (or an empty directory).
    static func checkReplaceable(_ target: URL) throws {
        let manager = FileManager.default
        guard let attributes = try? manager.attributesOfItem(atPath: target.path) else { return }
        let refuse = { (problem: String) in ResultsDirectoryError(path: target.path, problem: problem) }
        if attributes[.type] as? FileAttributeType == .typeSymbolicLink {
            throw refuse("is a symbolic link; jeugdsim replaces only real directories it wrote. Give the link's target as --out")
        }
        guard attributes[.type] as? FileAttributeType == .typeDirectory else {
            throw refuse("exists and is not a directory; jeugdsim will not replace it. Choose another --out")
        }
        let entries = try manager.contentsOfDirectory(atPath: target.path)
        guard entries.isEmpty || entries.contains(marker) || Set(entries).isSubset(of: resultFilesBeforeTheMarker) else {
            throw refuse(
                "exists and was not written by jeugdsim (it has no \(marker) marker), so jeugdsim will not replace it. "
                    + "Choose another --out or scenario name, or move the directory away")
        }
    }

    /// Puts back old results that a run killed between the two renames of the fallback swap left aside.
    static func recoverInterruptedSwap(_ target: URL, parent: URL) throws {
        let manager = FileManager.default
        let prefix = ".\(target.lastPathComponent).old-"
        let aside = ((try? manager.contentsOfDirectory(atPath: parent.path)) ?? []).filter { $0.hasPrefix(prefix) }.sorted()
        for (i, name) in aside.enumerated() {
            let url = parent.appendingPathComponent(name)
            if i == aside.count - 1 && !manager.fileExists(atPath: target.path) {
                try manager.moveItem(at: url, to: target)
            } else {
                try? manager.removeItem(at: url)
            }
        }
    }
}

/// Why a results directory cannot be written.
public struct ResultsDirectoryError: Error, CustomStringConvertible {
    public let path: String
    public let problem: String
    public var description: String { "\(path) \(problem)." }
}

/// An exclusive lock on a results directory, held by an open lock file beside it (`flock`): released when
/// the run ends, however it ends, so a killed run never leaves a directory locked.
final class DirectoryLock {
    let descriptor: Int32

    init(beside target: URL) throws {
        let path = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).lock").path
        descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw ResultsDirectoryError(path: target.path, problem: "cannot be locked: \(String(cString: strerror(errno)))")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let holder = (try? String(contentsOfFile: path, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            close(descriptor)
            throw ResultsDirectoryError(
                path: target.path,
                problem: "is being written by another jeugdsim run right now"
                    + (holder.isEmpty ? "" : " (process \(holder))") + "; wait for it to finish, or choose another --out")
        }
        let pid = "\(ProcessInfo.processInfo.processIdentifier)\n"
        ftruncate(descriptor, 0)
        _ = pid.withCString { pwrite(descriptor, $0, strlen($0), 0) }
    }

    func release() { flock(descriptor, LOCK_UN) }

    deinit { close(descriptor) }
}
