#!/usr/bin/env bash
# The kernel used as a release is: a package of someone else's that depends on this repository by version
# (a tag in a clone of the commit at hand) and imports the SimKernel product. SwiftPM refuses unsafe flags
# in a versioned dependency, so this fails if the kernel, or anything its product builds, carries them. The
# user's model is an M/M/1 queue on the kernel's calendar and streams: it must build in release mode and
# give the mean number in system within 5 % of the theory's rho / (1 - rho) = 4 (its standard error over
# 10^6 time units is about 1 %: a right kernel does not fail).
# Usage: scripts/kernel-reuse.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup-system.sh"
version=$(sed -n 's/.*static let release = "\(.*\)".*/\1/p' "$root/Sources/BuildOrigin/Version.swift")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git clone -q "$root" "$work/jeugdsim"
git -C "$work/jeugdsim" tag "$version"
mkdir -p "$work/user/Sources/mm1"
cat >"$work/user/Package.swift" <<PACKAGE
// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "KernelUser",
    dependencies: [.package(url: "file://$work/jeugdsim", exact: "$version")],
    targets: [.executableTarget(name: "mm1", dependencies: [.product(name: "SimKernel", package: "jeugdsim")])]
)
PACKAGE
cat >"$work/user/Sources/mm1/main.swift" <<'SWIFT'
import SimKernel

/// M/M/1 with arrival rate 1 and service rate 1.25: a customer arrives, or the one in service leaves.
struct MM1: DiscreteEventModel {
    enum Event { case arrival, departure }
    let streams = RandomStreams(seed: 1)
    let arrivals: RandomStream
    let services: RandomStream
    var inSystem = TimeWeighted()

    init() {
        arrivals = streams.stream("arrivals")
        services = streams.stream("services")
    }

    mutating func handle(_ event: Event, calendar: inout EventCalendar<Event>) {
        switch event {
        case .arrival:
            calendar.schedule(.arrival, after: Distribution.exponential(mean: 1).sample(arrivals))
            inSystem.add(1, at: calendar.now)
            if inSystem.value == 1 { calendar.schedule(.departure, after: Distribution.exponential(mean: 0.8).sample(services)) }
        case .departure:
            inSystem.add(-1, at: calendar.now)
            if inSystem.value > 0 { calendar.schedule(.departure, after: Distribution.exponential(mean: 0.8).sample(services)) }
        }
    }
}

var model = MM1()
var calendar = EventCalendar<MM1.Event>()
calendar.schedule(.arrival, at: 0)
calendar.run(&model, until: 1_000_000)
print(model.inSystem.mean(at: calendar.now))
SWIFT
echo "Building a package that uses SimKernel $version as a versioned dependency..." >&2
(cd "$work/user" && swift build -c release >"$work/build.log" 2>&1) || {
    tail -n 30 "$work/build.log" >&2
    echo "error: SimKernel $version cannot be used as a versioned dependency (above)" >&2
    exit 1
}
mean=$("$work/user/.build/release/mm1")
python3 - "$mean" <<'PYTHON'
import sys
mean = float(sys.argv[1])
if abs(mean - 4) > 0.2:
    sys.exit(f"error: the M/M/1 on the released kernel has {mean:.3f} in system on average, theory 4")
print(f"SimKernel as a versioned dependency: builds without unsafe flags; M/M/1 mean in system {mean:.3f} (theory 4)")
PYTHON
