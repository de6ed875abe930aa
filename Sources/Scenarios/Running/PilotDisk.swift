import Foundation
import YouthCare

/// Warm-start pilots kept on disk between processes (`PilotCache`), beside the warm-up recommendations
/// (`CacheDirectory`): a second `jeugdsim run` of the same scenario and seed starts at once. A file is
/// named by the pilot's key and by the build of jeugdsim that made it (the executable's size and time),
/// so a rebuilt model never reads the pilot of another: what it cannot read, it runs again.
public struct PilotDisk: PilotStore {
    let directory: URL
    var build: String

    public init(directory: URL = CacheDirectory.root.appendingPathComponent("pilots")) {
        self.directory = directory
        build = Self.buildIdentity()
    }

    public func stock(_ key: String) -> InitialStock? {
        guard let data = try? Data(contentsOf: file(key)) else { return nil }
        return try? JSONDecoder().decode(InitialStock.self, from: data)
    }

    /// Written to a temporary file and renamed, so that a reader finds a whole pilot or none; the oldest
    /// beyond `kept` are removed (a pilot is a few megabytes, and every build writes its own).
    public func keep(_ stock: InitialStock, _ key: String) {
        guard let data = try? JSONEncoder().encode(stock) else { return }
        let manager = FileManager.default
        try? manager.createDirectory(at: directory, withIntermediateDirectories: true)
        try? data.write(to: file(key), options: .atomic)
        let files = (try? manager.contentsOfDirectory(at: directory, includingPropertiesForKeys: [.contentModificationDateKey])) ?? []
        let written = { (url: URL) in
            (try? url.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate) ?? .distantPast
        }
        for old in files.filter({ $0.pathExtension == "json" }).sorted(by: { written($0) > written($1) }).dropFirst(Self.kept) {
            try? manager.removeItem(at: old)
        }
    }

    /// Pilots kept on disk at most.
    static let kept = 16

    func file(_ key: String) -> URL { directory.appendingPathComponent("\(key)-\(build).json") }

    /// The running executable's size and modification time: any rebuild changes them.
    static func buildIdentity() -> String {
        var status = stat()
        guard stat("/proc/self/exe", &status) == 0 else { return "unknown-build" }
        let nanoseconds = Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
        return "\(String(status.st_size, radix: 16))-\(String(nanoseconds, radix: 16))"
    }
}
