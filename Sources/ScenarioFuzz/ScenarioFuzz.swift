import Foundation
import Scenarios

// The fuzz target for the scenario loader. Built with `-sanitize=fuzzer` (scripts/fuzz.sh) libFuzzer
// calls `LLVMFuzzerTestOneInput` with arbitrary bytes as a scenario file; any trap, or a resolved scenario
// that does not load back to the same values, is a crash that libFuzzer saves. Built normally, the same
// target replays files given as arguments (the saved crashes in Tests/Fuzz/regressions).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenarioLoader(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
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
