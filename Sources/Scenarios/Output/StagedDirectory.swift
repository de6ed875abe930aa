import Foundation

/// A results directory written as a whole or not at all, by one run at a time, and only ever in place of
/// a directory that jeugdsim wrote itself.
///
/// - It refuses a target that exists and is not jeugdsim's, so a scenario name or `--out` can never
///   replace a folder of the user's: a directory is jeugdsim's only while its marker records every file in
///   it (`ResultsManifest`); the refusal names the first file that is not. Open it before simulating, so
///   the refusal comes before the work.
/// - Once the target is accepted, it takes a lock beside it (`.<name>.lock`, never followed through a
///   link): a second run writing the same directory fails at once with a clear message instead of mixing
///   its files with the first's. The lock is held until the instance goes, so that what a command adds
///   after the commit (its report, `record(_:)`) belongs to the same results, and the lock file is removed.
/// - Files go into a hidden staging directory beside the target; `commit()` swaps it with the target in
///   one atomic step (Linux `renameat2` exchange). A run killed at any moment leaves the old results or the
///   new ones, never a mixture and never neither. Every file-system step is durable and counted for fault
///   injection (`DurableFiles`, `FaultInjection`), so tests kill a commit before each step in turn.
public final class StagedDirectory {
    /// The marker jeugdsim writes into every results directory: the record of what it wrote there.
    public static let marker = ".jeugdsim-results"
    /// The marker of a staging directory, the proof that a leftover one is jeugdsim's to remove.
    static let stagingMarker = ".jeugdsim-staging"

    public let target: URL
    let parent: URL
    let staging: URL
    let lock: DirectoryLock
    let manager = FileManager.default
    /// Set once the staged files are the results, or a journal will make them so (`CommitJournal`).
    var committed = false

    public init(_ target: URL) throws {
        let target = target.standardizedFileURL
        self.target = target
        parent = target.deletingLastPathComponent()
        guard target.path != "/", !target.lastPathComponent.isEmpty, ![".", ".."].contains(target.lastPathComponent) else {
            throw ResultsDirectoryError(path: target.path, problem: "is not a directory jeugdsim can write results to")
        }
        // Replacing the folder it runs in (even an empty one) would pull it away from under the shell.
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).resolvingSymlinksInPath().path
        let resolved = target.resolvingSymlinksInPath().path
        if here == resolved || here.hasPrefix(resolved + "/") {
            throw ResultsDirectoryError(
                path: target.path, problem: "is the folder jeugdsim runs in, or holds it; choose another --out, such as Results/<name>")
        }
        // Refused before anything is made, lock file included; checked again under the lock.
        try Self.checkReplaceable(target)
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        lock = try DirectoryLock(beside: target)
        let name = target.lastPathComponent
        try CommitJournal.recover(in: parent, holding: target)
        try Self.recoverInterruptedSwap(target, parent: parent)
        try Self.checkReplaceable(target)
        // Under the lock, a staging directory of this name that jeugdsim marked is a leftover of a killed run.
        for leftover in (try? manager.contentsOfDirectory(atPath: parent.path)) ?? [] where leftover.hasPrefix(".\(name).partial-") {
            let url = parent.appendingPathComponent(leftover)
            if Self.isOurs(url) { try? manager.removeItem(at: url) }
        }
        staging = parent.appendingPathComponent(".\(name).partial-\(ProcessInfo.processInfo.processIdentifier)")
        try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        try DurableFiles.writeSynced(Data(), to: staging.appendingPathComponent(Self.stagingMarker))
    }

    deinit {
        if !committed { try? manager.removeItem(at: staging) }
    }

    public func write(_ name: String, _ text: String) throws {
        try DurableFiles.writeSynced(Data(text.utf8), to: staging.appendingPathComponent(name))
    }

    /// Puts the staged files in place of the target, atomically; the lock is held until the instance goes.
    /// The staging directory is synced before the swap, so the new entries are on disk before they become
    /// the results, and the parent after it, so the swap is too. Several directories that belong together
    /// are committed as one by `CommitJournal`.
    public func commit() throws {
        try prepare()
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
    }

    /// Marks the staged results with the record of what they hold, in place of the staging marker, synced.
    func prepare() throws {
        try write(Self.marker, try ResultsManifest(listing: staging).marker)
        try manager.removeItem(at: staging.appendingPathComponent(Self.stagingMarker))
        try DurableFiles.syncDirectory(staging)
    }

    /// Adds files that the command wrote into the committed results (its report) to the marker's record,
    /// so the next run replaces them with the rest; the marker is replaced in one rename.
    public func record(_ names: [String]) throws {
        precondition(committed, "record(_:) adds to committed results")
        try Self.record(names, in: target)
    }

    /// Runs `body`, which writes `names` into the results `directory` (a report), under the directory's
    /// lock, and adds them to its marker's record. A folder without a marker (a comparison's, which holds
    /// results directories) is written without either.
    public static func adding(_ names: [String], to directory: URL, _ body: () throws -> Void) throws {
        let directory = directory.standardizedFileURL
        guard FileManager.default.fileExists(atPath: directory.appendingPathComponent(marker).path) else {
            // A comparison's folder: a comparison cut off while it was put in place is finished first.
            try CommitJournal.recover(in: directory, holding: nil)
            return try body()
        }
        try checkReplaceable(directory)
        let lock = try DirectoryLock(beside: directory)
        try checkReplaceable(directory)
        try body()
        try record(names, in: directory)
        withExtendedLifetime(lock) {}
    }

    static func record(_ names: [String], in directory: URL) throws {
        guard let text = try? String(contentsOf: directory.appendingPathComponent(marker), encoding: .utf8),
            var manifest = ResultsManifest(marker: text)
        else { return }
        for name in names { manifest.files[name] = ResultsManifest.regularFileSize(directory.appendingPathComponent(name)) }
        let aside = directory.deletingLastPathComponent()
            .appendingPathComponent(".\(directory.lastPathComponent).marker-\(ProcessInfo.processInfo.processIdentifier)")
        try DurableFiles.writeSynced(Data(manifest.marker.utf8), to: aside)
        try DurableFiles.renameItem(aside, to: directory.appendingPathComponent(marker))
        try DurableFiles.syncDirectory(directory)
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
        if entries.isEmpty { return }
        guard let text = try? String(contentsOf: target.appendingPathComponent(marker), encoding: .utf8) else {
            throw refuse(
                "exists and was not written by jeugdsim (it has no \(marker) marker), so jeugdsim will not replace it. "
                    + "Choose another --out or scenario name, or move the directory away")
        }
        if let foreign = ResultsManifest.foreignContent(of: target, marker: text) {
            throw refuse(
                "\(foreign), so jeugdsim will not replace the directory: it replaces only what it wrote. "
                    + "Move that out, or choose another --out or scenario name")
        }
    }

    /// Whether `directory`, a leftover staging or set-aside directory, is jeugdsim's to remove: it is empty
    /// (killed before its marker), marked as staging, or results that hold nothing but what they record.
    static func isOurs(_ directory: URL) -> Bool {
        if (try? FileManager.default.contentsOfDirectory(atPath: directory.path))?.isEmpty == true { return true }
        if ResultsManifest.regularFileSize(directory.appendingPathComponent(stagingMarker)) != nil { return true }
        guard let text = try? String(contentsOf: directory.appendingPathComponent(marker), encoding: .utf8) else { return false }
        return ResultsManifest.foreignContent(of: directory, marker: text) == nil
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
            } else if isOurs(url) {
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
/// the run ends, however it ends, so a killed run never leaves a directory locked. The file is opened
/// without following a link (a link planted in its place is refused, never written through) and removed
/// when the lock is given up; a lock taken on a file that another run has just removed is taken again.
final class DirectoryLock {
    let descriptor: Int32
    let path: String

    init(beside target: URL) throws {
        path = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).lock").path
        let refuse = { (problem: String) in ResultsDirectoryError(path: target.path, problem: problem) }
        var attempts = 0
        while true {
            let descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC | O_NOFOLLOW, 0o644)
            guard descriptor >= 0 else {
                switch errno {
                case ELOOP: throw refuse("cannot be locked: its lock file \(path) is a symbolic link; jeugdsim will not write through it")
                case EACCES, EPERM, EROFS: throw refuse("cannot be written: jeugdsim may not write in its folder. Choose another --out")
                default: throw refuse("cannot be locked (\(String(cString: strerror(errno)))). Choose another --out")
                }
            }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
                let holder = (try? String(contentsOfFile: path, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                close(descriptor)
                throw refuse(
                    "is being written by another jeugdsim run right now"
                        + (holder.isEmpty ? "" : " (process \(holder))") + "; wait for it to finish, or choose another --out")
            }
            var held = stat()
            var named = stat()
            let isRegular = fstat(descriptor, &held) == 0 && held.st_mode & S_IFMT == S_IFREG
            if isRegular && lstat(path, &named) == 0 && named.st_ino == held.st_ino && named.st_dev == held.st_dev {
                self.descriptor = descriptor
                break
            }
            close(descriptor)
            attempts += 1
            guard isRegular && attempts < 100 else { throw refuse("cannot be locked: \(path) is not a plain file") }
        }
        let pid = "\(ProcessInfo.processInfo.processIdentifier)\n"
        ftruncate(descriptor, 0)
        _ = pid.withCString { pwrite(descriptor, $0, strlen($0), 0) }
    }

    /// Removed while still held, so that no other run can hold this file once it is gone.
    deinit {
        unlink(path)
        close(descriptor)
    }
}
