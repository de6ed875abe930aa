import Foundation

/// Replications done and estimated time left, on standard error. On a terminal the line updates in place;
/// otherwise a line is printed at every tenth of the work, and only for runs longer than a moment.
final class Progress: @unchecked Sendable {
    let total: Int
    let label: String
    let started = Date()
    let interactive = isatty(FileHandle.standardError.fileDescriptor) != 0
    let lock = NSLock()
    var lastShown = -1

    init(total: Int, label: String) {
        self.total = total
        self.label = label
    }

    func update(_ done: Int) {
        lock.lock()
        defer { lock.unlock() }
        let elapsed = Date().timeIntervalSince(started)
        guard elapsed > 1 || done == total else { return }
        let tenth = done * 10 / total
        guard interactive || tenth > lastShown else { return }
        lastShown = tenth
        let left = elapsed / Double(done) * Double(total - done)
        let line = String(format: "%@: %d/%d replications, %.0f s elapsed, about %.0f s left", label, done, total, elapsed, left)
        FileHandle.standardError.write(Data((interactive ? "\r\u{1B}[K" + line : line + "\n").utf8))
        if interactive && done == total { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
