# JeugdSim: the two commands the README gives, and the steps they rest on.
# Each target installs what it needs (GSL via apt, Python packages into .venv), so both work on a new machine.

.PHONY: run test validate release-check readme-samples screenshots two-builds kernel-reuse lint notebooks report-test slurm-test fuzz fuzz-long setup build build-tests swift-tests swift-validation bench flake-check clean

# One set of flags for every build: the tests import some modules @testable, and with the same flags
# `make test` compiles only the test targets on top of `make run`'s build (-enable-testing costs the model
# nothing: 3,093 instructions per event against 3,108 without, Benchmarks/instructions).
SWIFT_BUILD = swift build -c release -Xswiftc -enable-testing
SWIFT_TEST = swift test -c release -Xswiftc -enable-testing --disable-swift-testing --skip-build
STEP = scripts/step.sh

# The main job: the built-in baseline municipality, then "specialist expertise to the front" (2 FTE,
# shifted out of treatment and as new money) against it on common random numbers, with the council
# member's report (Results/report.html).
run: build
	.build/release/jeugdsim run
	.build/release/jeugdsim compare Scenarios/baseline-municipality.yaml Scenarios/front-2fte-shift.yaml Scenarios/front-2fte-add.yaml --report

# Every test that proves correctness, in minutes: the house style (swift format, .swift-format), the Swift
# suite but its long statistical validations (classes named *Validation, run by `make validate`), the
# notebooks executed headless on small runs, the report rendered in headless Chromium, a sharded run on a
# one-node Slurm, a second build that differs in one model constant (its shards refused), the kernel used
# by another package as a versioned dependency (no unsafe flags), and the README's sample outputs. The fuzzer's
# saved inputs are replayed by the Swift suite (FuzzRegressionTests); libFuzzer itself, a build of its own,
# runs in `make validate` (its minute from the same seed covers `make fuzz`'s 3,000 inputs), which keeps
# `make test` within five minutes after `make run`.
# Prints each step's seconds at the end.
test:
	@$(STEP) --reset test
	@$(STEP) test setup $(MAKE) -s setup
	@$(STEP) test lint $(MAKE) -s lint
	@$(STEP) test build-tests $(MAKE) -s build-tests
	@$(STEP) test swift-tests $(MAKE) -s swift-tests
	@$(STEP) test notebooks $(MAKE) -s notebooks
	@$(STEP) test report $(MAKE) -s report-test
	@$(STEP) test readme $(MAKE) -s readme-samples
	@$(STEP) test slurm $(MAKE) -s slurm-test
	@$(STEP) test two-builds $(MAKE) -s two-builds
	@$(STEP) test kernel-reuse $(MAKE) -s kernel-reuse
	@$(STEP) --report test

# The long statistics: the Swift suite's *Validation classes (many replications, random extreme scenarios
# with their warm starts, the model at national scale) and a minute of fuzzing from a fixed seed. CI runs
# it after `make test`.
validate:
	@$(STEP) --reset validate
	@$(STEP) validate build-tests $(MAKE) -s build-tests
	@$(STEP) validate swift $(MAKE) -s swift-validation
	@$(STEP) validate fuzz $(MAKE) -s fuzz-long
	@$(STEP) --report validate

build-tests: setup
	$(SWIFT_BUILD) --build-tests

swift-tests:
	$(SWIFT_TEST) --skip 'Validation/'

swift-validation:
	$(SWIFT_TEST) --filter 'Validation/'

# swift format ships with the toolchain; --strict makes a finding fail the build.
lint:
	swift format lint --strict --recursive Sources Tests Plugins Package.swift

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

# The README's sample outputs (the console table of `jeugdsim run`, a sentence of the report) are what the
# shipped scenarios produce with this build: a change of model or wording that moves them fails here.
readme-samples: build
	scripts/setup-python.sh Notebooks/requirements.txt Notebooks/.venv
	python3 scripts/release-check.py --samples-only

# jeugdsim slurm on a real one-node Slurm (installed from Debian; skipped, and said so, where it cannot be):
# merged shards byte-identical to an unsharded run.
slurm-test: build
	scripts/slurm-test.sh

# The SimKernel product as another package uses it from a release: a tagged clone as a versioned dependency
# (SwiftPM refuses unsafe flags there), with an M/M/1 on it held to theory.
kernel-reuse:
	scripts/kernel-reuse.sh

# libFuzzer on the scenario loader: every saved input replayed against its expected verdict, then
# FUZZ_RUNS new inputs from a fixed seed (make test), or FUZZ_SECONDS of them (make validate). What
# crashes is saved in Tests/Fuzz/regressions.
FUZZ_RUNS ?= 3000
FUZZ_SECONDS ?= 60
fuzz: setup
	scripts/fuzz.sh --runs $(FUZZ_RUNS)

fuzz-long: setup
	scripts/fuzz.sh --seconds $(FUZZ_SECONDS)

# Two builds that differ only in one model constant get different model fingerprints, and merge refuses
# their shards (docs/releases.md).
two-builds: build
	scripts/two-builds.sh

# What a release promises (docs/releases.md, "A release"): the changelog, CITATION.cff (valid, by
# cffconvert), docs/model.md and the README name this version, LICENSE is the official EUPL-1.2, and the
# README's sample outputs are what this build produces.
release-check: build
	scripts/setup-python.sh scripts/release-requirements.txt .build/release-venv
	scripts/release-check.py

# docs/report/ anew: the main job's report as a reader's browser shows it (first screen and pages), an English
# single run's first screen and the decision note, from what this build produces.
screenshots: build
	scripts/screenshots.sh

setup:
	scripts/setup-system.sh

build: setup
	$(SWIFT_BUILD) --product jeugdsim

# Speed: the kernel beside SimPy and Ciw (ratios), and the replication speed-up.
bench: setup
	Benchmarks/peers/compare.sh

# How often each statistical test fails when the code is right: the suite's statistical tests over 20
# master seeds (JEUGDSIM_TEST_SEED), each one's failures counted.
flake-check: build-tests
	Benchmarks/flake-check/flake-check.sh

clean:
	rm -rf .build Notebooks/.venv Benchmarks/peers/.venv
