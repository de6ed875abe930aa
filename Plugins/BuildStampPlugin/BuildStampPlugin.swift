import Foundation
import PackagePlugin

/// Stamps the build with the model's fingerprint and the commit (scripts/build-stamp.sh, docs/releases.md).
/// The source that decides results is every file under Sources but the stamp's own target and the fuzzer,
/// and Package.swift (its compiler flags). The script is a shell script, not a Swift tool, so that the
/// fuzzer's sanitizer flags, which `swift build` passes to every target, never reach it.
@main
struct BuildStampPlugin: BuildToolPlugin {
    /// Targets whose source decides no result: this stamp's and the fuzz target's.
    static let outside: Set<String> = ["BuildOrigin", "ScenarioFuzz"]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let sources = root.appending(path: "Sources")
        var paths: [String] = ["Package.swift"]
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: [.isRegularFileKey])
        while let file = files?.nextObject() as? URL {
            let relative = String(file.standardizedFileURL.path.dropFirst(sources.standardizedFileURL.path.count + 1))
            guard let top = relative.split(separator: "/").first, !Self.outside.contains(String(top)),
                (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
            else { continue }
            paths.append("Sources/" + relative)
        }
        let script = root.appending(path: "scripts/build-stamp.sh")
        let output = context.pluginWorkDirectoryURL.appending(path: "BuildStamp.swift")
        // git's log of HEAD changes with every commit, checkout and reset: a new commit restamps.
        var inputs = [script] + paths.map { root.appending(path: $0) }
        let head = root.appending(path: ".git/logs/HEAD")
        if FileManager.default.fileExists(atPath: head.path) { inputs.append(head) }
        return [
            .buildCommand(
                displayName: "Stamping the build with the model's fingerprint",
                executable: URL(fileURLWithPath: "/bin/sh"),
                arguments: [script.path, root.path, output.path] + paths.sorted(),
                inputFiles: inputs, outputFiles: [output])
        ]
    }
}
