import Foundation
import SimKernel

/// The seed a statistical test runs on: its own fixed seed, so that `make test` passes or fails the same way
/// twice; or, when `JEUGDSIM_TEST_SEED` is set, one derived from both (as the kernel derives its streams'
/// keys, so nearby master seeds give unrelated test seeds), so that `Benchmarks/flake-check` can count how
/// often each test fails on seeds it was never tuned on (each test states that chance).
public func testSeed(_ seed: UInt64) -> UInt64 {
    guard let text = ProcessInfo.processInfo.environment["JEUGDSIM_TEST_SEED"], let master = Int(text) else { return seed }
    return StreamKey.derive(seed: seed, replication: master, name: "test seed")
}
