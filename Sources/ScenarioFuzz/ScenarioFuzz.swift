import Foundation
import Scenarios

// The fuzz target for the scenario loader and the shard reader. Built with `-sanitize=fuzzer`
// (scripts/fuzz.sh) libFuzzer calls `LLVMFuzzerTestOneInput` with arbitrary bytes: as a shard.json when
// they begin with '{', else as a scenario file. Any trap, a resolved scenario that does not load back to
// the same values, or a shard accepted that does not read back to the same bytes, is a crash that
// libFuzzer saves. Built normally, the same target replays files given as arguments (the saved crashes in
// Tests/Fuzz/regressions).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenarioLoader(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    if data.first == UInt8(ascii: "{") {
        guard let shard = try? Shard(json: data, file: "fuzz-input/shard.json") else { return 0 }
        let text = shard.json()
        guard let again = try? Shard(json: Data(text.utf8), file: "again/shard.json"), again.json() == text else {
            fatalError("shard round trip: an accepted shard does not read back to the same bytes")
        }
        return 0
    }
    // Relative `extends` paths resolve against the shipped scenarios, so the fuzzer can reach them.
    if let problem = ScenarioRoundTrip.problem(loading: data, as: "Scenarios/fuzz-input.yaml") {
        fatalError("scenario round trip: \(problem)")
    }
    return 0
}

#if FUZZING
    /// SwiftPM links an executable's entry point under the name `<target>_main`; under fuzzing that entry
    /// point hands control to libFuzzer's driver.
    @_silgen_name("LLVMFuzzerRunDriver")
    func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ test: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
    ) -> CInt

    @_cdecl("ScenarioFuzz_main")
    func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
        var count = argc
        var arguments = argv
        return runFuzzerDriver(&count, &arguments, fuzzScenarioLoader)
    }
#else
    @main
    enum ReplayFuzzInputs {
        static func main() throws {
            for path in CommandLine.arguments.dropFirst() {
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                let bytes = [UInt8](data)
                _ = bytes.withUnsafeBufferPointer { fuzzScenarioLoader($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count) }
                print("\(path): no crash")
            }
        }
    }
#endif
