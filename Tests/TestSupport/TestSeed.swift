import Foundation

/// The seed a statistical test runs on: its own fixed seed, so that `make test` passes or fails the same way
/// twice; or, when `JEUGDSIM_TEST_SEED` is set, one derived from both, so that `Benchmarks/flake-check` can
/// count how often each test fails on seeds it was never tuned on (each test states that chance).
public func testSeed(_ seed: UInt64) -> UInt64 {
    guard let text = ProcessInfo.processInfo.environment["JEUGDSIM_TEST_SEED"], let master = UInt64(text) else { return seed }
    // SplitMix64's finaliser: nearby master seeds give unrelated test seeds.
    var z = seed &+ (master &+ 1) &* 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
}
