import Foundation

/// A results directory written as a whole or not at all: files go into a hidden staging directory beside
/// the target, which replaces the target by rename only when every file is written. A run killed midway
/// leaves the previous results untouched and, at worst, a hidden staging directory that the next run of the
/// same name removes.
public struct StagedDirectory {
    public let target: URL
    let staging: URL
    let manager = FileManager.default

    public init(_ target: URL) throws {
        self.target = target
        let parent = target.deletingLastPathComponent()
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        let prefix = ".\(target.lastPathComponent).partial-"
        for leftover in (try? manager.contentsOfDirectory(atPath: parent.path)) ?? [] where leftover.hasPrefix(prefix) {
            try? manager.removeItem(at: parent.appendingPathComponent(leftover))
        }
        staging = parent.appendingPathComponent(prefix + String(ProcessInfo.processInfo.processIdentifier))
        try manager.createDirectory(at: staging, withIntermediateDirectories: true)
    }

    public func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: staging.appendingPathComponent(name))
    }

    /// Puts the staged files in place of the target.
    public func commit() throws {
        let old = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
        if manager.fileExists(atPath: target.path) { try manager.moveItem(at: target, to: old) }
        try manager.moveItem(at: staging, to: target)
        try? manager.removeItem(at: old)
    }
}
