import Foundation
import YouthCare

/// Warm-start pilots kept on disk between processes (`PilotCache`), beside the warm-up recommendations
/// (`CacheDirectory`): a second `jeugdsim run` of the same scenario and seed reads its pilot instead of
/// running it. A file is named by the pilot's key and by the build of jeugdsim that made it (the
/// executable's size and time), so a rebuilt model never reads the pilot of another; that also lets a file
/// hold the pilot's arrays as they lie in memory (`PilotBytes`), which reads and writes in milliseconds where
/// JSON took as long as running the pilot.
public struct PilotDisk: PilotStore {
    let directory: URL
    var build: String

    public init(directory: URL = CacheDirectory.root.appendingPathComponent("pilots")) {
        self.directory = directory
        build = Self.buildIdentity()
    }

    public func stock(_ key: String) -> InitialStock? {
        guard let data = try? Data(contentsOf: file(key)) else { return nil }
        var bytes = PilotBytes.Reader(data)
        return bytes.stock()
    }

    /// Written to a temporary file and renamed, so that a reader finds a whole pilot or none; the oldest
    /// beyond `kept` are removed (a pilot is a few megabytes, and every build writes its own).
    public func keep(_ stock: InitialStock, _ key: String) {
        var bytes = PilotBytes.Writer()
        bytes.put(stock)
        let manager = FileManager.default
        try? manager.createDirectory(at: directory, withIntermediateDirectories: true)
        try? bytes.data.write(to: file(key), options: .atomic)
        let files = (try? manager.contentsOfDirectory(at: directory, includingPropertiesForKeys: [.contentModificationDateKey])) ?? []
        let written = { (url: URL) in
            (try? url.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate) ?? .distantPast
        }
        for old in files.filter({ $0.pathExtension == "pilot" }).sorted(by: { written($0) > written($1) }).dropFirst(Self.kept) {
            try? manager.removeItem(at: old)
        }
    }

    /// Pilots kept on disk at most.
    static let kept = 16

    func file(_ key: String) -> URL { directory.appendingPathComponent("\(key)-\(build).pilot") }

    /// The running executable's size and modification time: any rebuild changes them.
    static func buildIdentity() -> String {
        var status = stat()
        guard stat("/proc/self/exe", &status) == 0 else { return "unknown-build" }
        let nanoseconds = Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
        return "\(String(status.st_size, radix: 16))-\(String(nanoseconds, radix: 16))"
    }
}

/// A pilot's stock as the bytes of its arrays: a count, then the elements as they lie in memory. Only the
/// build that wrote a file reads it (`PilotDisk`), so the layout is the reader's own; a short or long file
/// reads as no pilot.
enum PilotBytes {
    struct Writer {
        var data = Data()

        mutating func put<T: BitwiseCopyable>(_ values: [T]) {
            put(values.count)
            values.withUnsafeBytes { data.append(contentsOf: $0) }
        }

        mutating func put<T: BitwiseCopyable>(_ value: T) { Swift.withUnsafeBytes(of: value) { data.append(contentsOf: $0) } }

        mutating func put<T: BitwiseCopyable>(_ lists: [[T]]) {
            put(lists.count)
            for list in lists { put(list) }
        }

        mutating func put(_ stock: InitialStock) {
            put(stock.providers)
            put(stock.families)
            put(stock.trajectoryAges)
            put(stock.onTheirWayPerYouth)
            put(stock.onTheirWay)
            put(stock.competence)
            put(stock.undetectedPerYouth)
            put(stock.undetectedLongTermPerYouth)
            put(stock.relapsesPerYouth)
            put(stock.relapses)
        }
    }

    struct Reader {
        let data: Data
        var offset = 0
        var failed = false

        init(_ data: Data) { self.data = data }

        mutating func value<T: BitwiseCopyable>(_: T.Type = T.self) -> T? {
            let size = MemoryLayout<T>.size
            guard !failed, offset + size <= data.count else {
                failed = true
                return nil
            }
            defer { offset += size }
            return data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: T.self) }
        }

        mutating func list<T: BitwiseCopyable>(_: T.Type = T.self) -> [T]? {
            guard let count: Int = value(), count >= 0, count <= (data.count - offset) / max(1, MemoryLayout<T>.stride) else {
                failed = true
                return nil
            }
            let start = offset
            offset += count * MemoryLayout<T>.stride
            return [T](unsafeUninitializedCapacity: count) { buffer, initialised in
                data.withUnsafeBytes { bytes in
                    UnsafeMutableRawBufferPointer(buffer).copyMemory(
                        from: UnsafeRawBufferPointer(rebasing: bytes[start..<(start + count * MemoryLayout<T>.stride)]))
                }
                initialised = count
            }
        }

        mutating func lists<T: BitwiseCopyable>(_: T.Type = T.self) -> [[T]]? {
            guard let count: Int = value(), count >= 0, count <= data.count else {
                failed = true
                return nil
            }
            var lists: [[T]] = []
            for _ in 0..<count {
                guard let list: [T] = list() else { return nil }
                lists.append(list)
            }
            return lists
        }

        mutating func stock() -> InitialStock? {
            guard let providers: [[InitialStock.Provider]] = lists(), let families: [[InitialStock.Family]] = lists(),
                let trajectoryAges: [[Double]] = lists(), let onTheirWayPerYouth: Double = value(),
                let onTheirWay: [InitialStock.OnItsWay] = list(), let competence: [Double] = list(),
                let undetectedPerYouth: [Double] = list(), let undetectedLongTermPerYouth: Double = value(),
                let relapsesPerYouth: Double = value(), let relapses: [InitialStock.Relapse] = list(), offset == data.count
            else { return nil }
            return InitialStock(
                providers: providers, families: families, trajectoryAges: trajectoryAges, onTheirWayPerYouth: onTheirWayPerYouth,
                onTheirWay: onTheirWay, competence: competence, undetectedPerYouth: undetectedPerYouth,
                undetectedLongTermPerYouth: undetectedLongTermPerYouth, relapsesPerYouth: relapsesPerYouth, relapses: relapses)
        }
    }
}
