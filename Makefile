# JeugdSim: the two commands the README gives, and the steps they rest on.
# Each target installs what it needs (GSL via apt, Python packages into .venv), so both work on a new machine.

.PHONY: run test setup build bench clean

# The main job: the built-in baseline municipality, then "specialist expertise to the front" (2 FTE,
# shifted out of treatment and as new money) against it on common random numbers.
run: build
	.build/release/jeugdsim run
	.build/release/jeugdsim compare Scenarios/baseline-municipality.yaml Scenarios/front-2fte-shift.yaml Scenarios/front-2fte-add.yaml

# Every test: the Swift suite in an optimised build (the statistical validation runs many replications).
test: setup
	swift test -c release --disable-swift-testing

setup:
	scripts/setup-system.sh

build: setup
	swift build -c release --product jeugdsim

# Speed: the kernel beside SimPy and Ciw (ratios), and the replication speed-up.
bench: setup
	Benchmarks/peers/compare.sh

clean:
	rm -rf .build .venv Benchmarks/peers/.venv
