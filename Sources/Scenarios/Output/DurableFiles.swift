import CFileSystem
import Foundation

/// The file-system steps of a results commit, each made durable and each counted for fault injection
/// (`FaultInjection.step`), so that a test can kill the commit before any one of them.
///
/// A careful atomic commit does not stop at the rename: it fsyncs each file it wrote (else a power cut
/// after the rename can leave the new names pointing at empty files), fsyncs the staging directory before
/// the swap (so its entries are on disk) and fsyncs the parent after it (so the swap itself is).
enum DurableFiles {
    /// Writes `data` as the file at `url` and fsyncs it: two steps.
    static func writeSynced(_ data: Data, to url: URL) throws {
        FaultInjection.step("write \(url.path)")
        let descriptor = open(url.path, O_CREAT | O_WRONLY | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw failure("cannot be written", url) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < bytes.count {
                let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { throw failure("cannot be written", url) }
                offset += written
            }
        }
        FaultInjection.step("fsync \(url.path)")
        guard fsync(descriptor) == 0 else { throw failure("cannot be synced to disk", url) }
    }

    /// Fsyncs the directory at `url`, so that the entries made or renamed in it are on disk: one step.
    /// `counted: false` for the steps of a recovery (`CommitJournal.recover`), which are not the command's.
    static func syncDirectory(_ url: URL, counted: Bool = true) throws {
        if counted { FaultInjection.step("fsync directory \(url.path)") }
        let descriptor = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure("cannot be opened", url) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw failure("cannot be synced to disk", url) }
    }

    /// Renames `from` to `to` in one step (both in the same directory).
    static func renameItem(_ from: URL, to: URL) throws {
        FaultInjection.step("rename \(from.path) to \(to.path)")
        guard rename(from.path, to.path) == 0 else { throw failure("cannot be renamed to \(to.path)", from) }
    }

    /// Swaps the paths `first` and `second` atomically in one step; false where the file system cannot
    /// exchange (or `JEUGDSIM_NO_EXCHANGE` says to act as if it could not), and the caller falls back.
    static func exchange(_ first: URL, _ second: URL) -> Bool {
        guard !FaultInjection.noExchange else { return false }
        FaultInjection.step("exchange \(first.path) and \(second.path)")
        return jeugdsim_exchange_paths(first.path, second.path) == 0
    }

    /// Removes what `url` names (old results once the new ones are in place): one step.
    static func remove(_ url: URL) {
        FaultInjection.step("remove \(url.path)")
        try? FileManager.default.removeItem(at: url)
    }

    static func failure(_ problem: String, _ url: URL) -> ResultsDirectoryError {
        ResultsDirectoryError(path: url.path, problem: "\(problem): \(String(cString: strerror(errno)))")
    }
}
