import Foundation

/// Several results directories committed as one (a comparison's base, variants and differences), so that
/// a kill at any moment leaves all of them old, or, once jeugdsim opens one of them again, all new; never a
/// new base beside an old comparison.
///
/// The journal `.jeugdsim-commit-<pid>`, in the folder they share, names each directory and the staged one
/// that replaces it. It is written and synced before any directory is touched; then each old directory is
/// renamed aside and the staged one renamed in its place. Every state between those renames tells what is
/// left to do (a staged directory still there has not been put in place), so `recover` finishes the work of
/// a killed command before anything else reads or writes there (`StagedDirectory`, the report).
enum CommitJournal {
    static let prefix = ".jeugdsim-commit-"

    static func commit(_ set: [StagedDirectory]) throws {
        guard set.count > 1, let parent = set.first?.parent else {
            try set.first?.commit()
            return
        }
        precondition(set.allSatisfy { $0.parent == parent }, "a journal commits directories of one folder")
        for directory in set { try directory.prepare() }
        let journal = parent.appendingPathComponent("\(prefix)\(ProcessInfo.processInfo.processIdentifier)")
        let lines = set.map { "\($0.target.lastPathComponent)\t\($0.staging.lastPathComponent)\n" }
        try DurableFiles.writeSynced(Data(lines.joined().utf8), to: journal)
        try DurableFiles.syncDirectory(parent)
        // From here the journal decides: the staged directories must outlive this instance if it fails.
        for directory in set { directory.committed = true }
        try finish(journal, counted: true)
    }

    /// Finishes the commits a killed jeugdsim left in `parent`. Each needs the locks of its directories; one
    /// that another running jeugdsim holds is its own commit in progress, and is left to it. `own` is a
    /// directory whose lock the caller holds already.
    static func recover(in parent: URL, holding own: URL?) throws {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        for name in names.sorted() where name.hasPrefix(prefix) {
            let journal = parent.appendingPathComponent(name)
            var locks: [DirectoryLock] = []
            let targets = pairs(journal).map(\.target).filter { $0.standardizedFileURL != own?.standardizedFileURL }
            for target in targets {
                guard let lock = try? DirectoryLock(beside: target) else { break }
                locks.append(lock)
            }
            guard locks.count == targets.count else { continue }
            try finish(journal, counted: false)
            withExtendedLifetime(locks) {}
        }
    }

    /// The journal's (target, staged) directories; a line that names anything but a plain sibling is
    /// not jeugdsim's and is skipped.
    static func pairs(_ journal: URL) -> [(target: URL, staged: URL)] {
        let parent = journal.deletingLastPathComponent()
        let text = (try? String(contentsOf: journal, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { line in
            let names = line.split(separator: "\t").map(String.init)
            guard names.count == 2, names.allSatisfy({ !$0.contains("/") && ![".", ".."].contains($0) }) else { return nil }
            return (parent.appendingPathComponent(names[0]), parent.appendingPathComponent(names[1]))
        }
    }

    /// Puts each staged directory of `journal` in place, then removes what they replaced and the journal.
    /// `counted`: the steps are the committing command's own (fault injection counts them); a recovery's
    /// are not, so that a test can kill the next command after it.
    static func finish(_ journal: URL, counted: Bool) throws {
        let manager = FileManager.default
        let parent = journal.deletingLastPathComponent()
        let id = journal.lastPathComponent.dropFirst(prefix.count)
        // Anything at the path, a link included (not followed).
        let exists = { (url: URL) in
            var status = stat()
            return lstat(url.path, &status) == 0
        }
        let move = { (from: URL, to: URL) throws in
            if counted { try DurableFiles.renameItem(from, to: to) } else { try manager.moveItem(at: from, to: to) }
        }
        var replaced: [URL] = []
        for (target, staged) in pairs(journal) {
            let aside = parent.appendingPathComponent(".\(target.lastPathComponent).replaced-\(id)")
            replaced.append(aside)
            guard exists(staged) else { continue }
            if exists(target) && !exists(aside) { try move(target, aside) }
            try move(staged, target)
        }
        try DurableFiles.syncDirectory(parent, counted: counted)
        for aside in replaced where exists(aside) && StagedDirectory.isOurs(aside) {
            if counted { DurableFiles.remove(aside) } else { try? manager.removeItem(at: aside) }
        }
        if counted { DurableFiles.remove(journal) } else { try? manager.removeItem(at: journal) }
        try DurableFiles.syncDirectory(parent, counted: counted)
    }
}
