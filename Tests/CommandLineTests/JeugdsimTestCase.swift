import Foundation
import XCTest

/// What the end-to-end tests share: a scratch folder per test, and the built `jeugdsim` binary to run.
class JeugdsimTestCase: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    var work: URL!

    /// Where the scratch folders go: the system's temporary folder, unless a test class needs another.
    class var scratch: URL { FileManager.default.temporaryDirectory }

    override func setUpWithError() throws {
        work = Self.scratch.appendingPathComponent("jeugdsim-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: work) }

    static var binary: URL {
        // The test bundle sits beside the products in the build folder.
        var folder = Bundle(for: JeugdsimTestCase.self).bundleURL.deletingLastPathComponent()
        if !FileManager.default.fileExists(atPath: folder.appendingPathComponent("jeugdsim").path) {
            folder = repository.appendingPathComponent(".build/release")
        }
        return folder.appendingPathComponent("jeugdsim")
    }

    struct Output {
        let status: Int32
        let stdout: String
        let stderr: String
        /// `.uncaughtSignal` when the process was killed (then `status` is the signal).
        let reason: Process.TerminationReason
    }

    /// Runs `jeugdsim` to its end, with `environment` added to the test's own (a fault to inject, say).
    @discardableResult
    func jeugdsim(_ arguments: [String], in folder: URL = JeugdsimTestCase.repository, environment: [String: String] = [:]) throws
        -> Output
    {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = self.environment(environment)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self), reason: process.terminationReason)
    }

    /// The test's environment with `extra`, and a cache of warm-up recommendations of this test's own, so
    /// that no earlier run on the machine warns here.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        ProcessInfo.processInfo.environment.merging(["JEUGDSIM_CACHE": work.appendingPathComponent(".cache").path]) { $1 }
            .merging(extra) { $1 }
    }

    func contents(_ directory: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        // run.json records the machine and the time; the marker, run.json's size with the others'.
        let machineDependent = ["run.json", ".jeugdsim-results"]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where !machineDependent.contains(name) {
            files[name] = try Data(contentsOf: directory.appendingPathComponent(name))
        }
        return files
    }
}
