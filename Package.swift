// swift-tools-version: 6.1
// SPDX-License-Identifier: EUPL-1.2
// JeugdSim: discrete-event simulation of family flow through Dutch youth care.
// Layers point one way: jeugdsim (command line) -> scenarios -> youth-care model -> SimKernel -> CGSL.
import PackageDescription

// Hot paths cross module boundaries (model -> kernel -> GSL). The kernel is a library product, and SwiftPM
// refuses unsafe flags in a package used as a versioned dependency: its hot paths are @inlinable instead
// (the calendar, heaps, waiting lists, entity tables, streams), so they compile into their callers (the
// same instructions per event as with the flags, Benchmarks/instructions). The model and the queueing
// networks, no products, let the optimiser inline across modules and leave out the run-time check of every
// access to a class's stored property, which showed in the model's profiles (swift_beginAccess,
// thread-local lookups); exclusive access is still checked at compile time.
let optimised: [SwiftSetting] = [
    .unsafeFlags(["-cross-module-optimization", "-enforce-exclusivity=unchecked"], .when(configuration: .release))
]

let package = Package(
    name: "JeugdSim",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "jeugdsim", targets: ["jeugdsim"]),
        .library(name: "SimKernel", targets: ["SimKernel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // GSL: random number generators, distributions, Student t quantiles (libgsl-dev, via pkg-config).
        .systemLibrary(
            name: "CGSL",
            pkgConfig: "gsl",
            providers: [.apt(["libgsl-dev"])]
        ),
        // Linux file-system calls Swift does not expose (an atomic directory swap for results).
        .target(name: "CFileSystem"),
        // A cache prefetch hint Swift does not expose (the calendar's look-ahead, `DiscreteEventModel.prepare`).
        .target(name: "CMemory"),
        // The generic simulation kernel: events, time, randomness, resources, statistics. No youth care here.
        // No unsafe flags: it can be used from a release (scripts/kernel-reuse.sh).
        .target(name: "SimKernel", dependencies: ["CGSL", "CMemory"]),
        // Queueing networks and their theory: the kernel's validation targets and its benchmark model.
        .target(name: "Queueing", dependencies: ["SimKernel"], swiftSettings: optimised),
        // What a result names as its origin: versions, commit and the model's fingerprint, stamped at build
        // time by BuildStampPlugin running scripts/build-stamp.sh (docs/releases.md).
        .plugin(name: "BuildStampPlugin", capability: .buildTool()),
        .target(name: "BuildOrigin", dependencies: ["CGSL"], plugins: ["BuildStampPlugin"]),
        // The youth-care model: cases, levels, services and mechanisms M1-M12 (DOMAIN.md), on the kernel.
        .target(name: "YouthCare", dependencies: ["SimKernel"], swiftSettings: optimised),
        // Scenario files in (YAML, extends, sweeps, validation with file and line); the runner that runs them
        // and writes their results, sweeps, calibration and the kernel's theory table.
        .target(
            name: "Scenarios",
            dependencies: [
                "YouthCare", "Queueing", "SimKernel", "CFileSystem", "BuildOrigin", .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "jeugdsim",
            dependencies: [
                "SimKernel", "Queueing", "YouthCare", "Scenarios", "BuildOrigin",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The scenario loader's fuzz target (scripts/fuzz.sh builds it with libFuzzer); built normally it
        // replays saved inputs.
        .executableTarget(name: "ScenarioFuzz", dependencies: ["Scenarios"]),
        // What the test targets share: the seed of a statistical test (Benchmarks/flake-check varies it).
        .target(name: "TestSupport", dependencies: ["SimKernel"], path: "Tests/TestSupport"),
        .testTarget(name: "SimKernelTests", dependencies: ["SimKernel", "TestSupport"]),
        .testTarget(name: "QueueingTests", dependencies: ["Queueing", "SimKernel", "TestSupport"]),
        .testTarget(name: "YouthCareTests", dependencies: ["YouthCare", "SimKernel", "Queueing", "Scenarios", "TestSupport"]),
        .testTarget(name: "ScenariosTests", dependencies: ["Scenarios", "YouthCare", "TestSupport"]),
        // End to end: runs the built jeugdsim binary.
        .testTarget(name: "CommandLineTests", dependencies: ["jeugdsim"]),
    ]
)
