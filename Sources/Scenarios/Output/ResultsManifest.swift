import Foundation

/// What the marker of a results directory records: the name and size of every file jeugdsim wrote there.
/// A directory is jeugdsim's only while it holds just those files, so a folder with the user's own files
/// added, or a marker planted among them, is refused and not replaced (`StagedDirectory`).
struct ResultsManifest {
    static let heading =
        "Written by jeugdsim. The next jeugdsim run that writes here replaces this directory as a whole, "
        + "but only while it holds nothing but these files (bytes, name):\n"
    /// The marker of jeugdsim 0.6 and earlier, which recorded nothing. A directory with it is taken as
    /// jeugdsim's only when it holds nothing but files of the names those versions wrote.
    static let unrecorded = "Written by jeugdsim. The next jeugdsim run that writes here replaces this directory as a whole.\n"
    static let unrecordedNames: Set<String> = [
        "scenario.yaml", "summary.json", "levels.csv", "timeseries.csv", "replications.csv", "budget.csv", "run.json",
        "sweep.csv", "calibration.csv", "theory.csv", "report.html", "report-en.html",
    ]

    /// Name to size in bytes.
    var files: [String: Int]

    /// The regular files in `directory` but the marker; a subdirectory, link or other entry throws, named.
    init(listing directory: URL) throws {
        files = [:]
        let markers = [StagedDirectory.marker, StagedDirectory.stagingMarker]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where !markers.contains(name) {
            guard let size = Self.regularFileSize(directory.appendingPathComponent(name)) else {
                throw ResultsDirectoryError(path: directory.path, problem: "holds \(name), which is not a file jeugdsim wrote")
            }
            files[name] = size
        }
    }

    init?(marker text: String) {
        guard text.hasPrefix(Self.heading) else { return nil }
        files = [:]
        for line in text.dropFirst(Self.heading.count).split(separator: "\n") {
            guard let space = line.firstIndex(of: " "), let size = Int(line[..<space]) else { return nil }
            files[String(line[line.index(after: space)...])] = size
        }
    }

    var marker: String { Self.heading + files.keys.sorted().map { "\(files[$0]!) \($0)\n" }.joined() }

    /// Why `directory`, whose marker is `text`, is not one jeugdsim may replace; nil when it is: it holds
    /// nothing but the files the marker records, each of the size recorded (a file of ours that the user
    /// removed is no reason to refuse).
    static func foreignContent(of directory: URL, marker text: String) -> String? {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0 != StagedDirectory.marker }
        // A marker is a file jeugdsim wrote, not a link to a record made elsewhere.
        if regularFileSize(directory.appendingPathComponent(StagedDirectory.marker)) == nil {
            return "has a \(StagedDirectory.marker) that is not a file jeugdsim wrote"
        }
        if text == unrecorded {
            let foreign = names.sorted().first {
                !unrecordedNames.contains($0) || regularFileSize(directory.appendingPathComponent($0)) == nil
            }
            return foreign.map { "holds \($0), which jeugdsim did not write" }
        }
        guard let manifest = ResultsManifest(marker: text) else {
            return "has a \(StagedDirectory.marker) marker that jeugdsim did not write"
        }
        for name in names.sorted() {
            guard let recorded = manifest.files[name] else { return "holds \(name), which jeugdsim did not write" }
            let size = regularFileSize(directory.appendingPathComponent(name))
            if size != recorded {
                return "holds \(name), changed since jeugdsim wrote it (\(size.map { "\($0) bytes" } ?? "not a file"), not \(recorded))"
            }
        }
        return nil
    }

    /// The size of a regular file (not followed through a link), or nil.
    static func regularFileSize(_ url: URL) -> Int? {
        var status = stat()
        guard lstat(url.path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(status.st_size)
    }
}
