# JeugdSim: the two commands the README gives, and the steps they rest on.
# Each target installs what it needs (GSL via apt, Python packages into .venv), so both work on a new machine.

.PHONY: run test lint notebooks report-test slurm-test fuzz setup build bench clean

# The main job: the built-in baseline municipality, then "specialist expertise to the front" (2 FTE,
# shifted out of treatment and as new money) against it on common random numbers, with the council
# member's report (Results/report.html).
run: build
	.build/release/jeugdsim run
	.build/release/jeugdsim compare Scenarios/baseline-municipality.yaml Scenarios/front-2fte-shift.yaml Scenarios/front-2fte-add.yaml --report

# Every test: the house style (swift format, .swift-format), the notebooks executed headless on small runs,
# the report rendered in headless Chromium, a sharded run on a one-node Slurm, a minute of fuzzing the
# scenario loader, then the Swift suite in an optimised build (the statistical validation runs many
# replications).
test: lint notebooks report-test slurm-test fuzz
	swift test -c release -Xswiftc -enable-testing --disable-swift-testing

# swift format ships with the toolchain; --strict makes a finding fail the build.
lint:
	swift format lint --strict --recursive Sources Tests Package.swift

# Executes every notebook in Notebooks/ on small runs; fails when a cell fails.
notebooks: build
	scripts/setup-python.sh Notebooks/requirements.txt Notebooks/.venv
	Notebooks/.venv/bin/python Notebooks/run_notebooks.py

# The council member's report (jeugdsim report) rendered in Debian's Chromium: charts drawn, nothing loaded
# from outside, verdict numbers equal to the comparison files.
report-test: build
	scripts/setup-browser.sh
	scripts/setup-python.sh Notebooks/requirements.txt Notebooks/.venv
	Notebooks/.venv/bin/python Notebooks/test_report.py

# jeugdsim slurm on a real one-node Slurm (installed from Debian; skipped, and said so, where it cannot be):
# merged shards byte-identical to an unsharded run.
slurm-test: build
	scripts/slurm-test.sh

# libFuzzer on the scenario loader for FUZZ_SECONDS (default 60); a crash is saved in Tests/Fuzz/regressions.
FUZZ_SECONDS ?= 60
fuzz: setup
	scripts/fuzz.sh $(FUZZ_SECONDS)

setup:
	scripts/setup-system.sh

build: setup
	swift build -c release --product jeugdsim

# Speed: the kernel beside SimPy and Ciw (ratios), and the replication speed-up.
bench: setup
	Benchmarks/peers/compare.sh

clean:
	rm -rf .build Notebooks/.venv Benchmarks/peers/.venv
