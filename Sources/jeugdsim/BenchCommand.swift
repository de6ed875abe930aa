import ArgumentParser
import Foundation
import Queueing
import Scenarios
import SimKernel
import YouthCare

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure the simulator's speed.",
        discussion: paragraphs(
            """
            Prints one line of figures per benchmark, as key=value pairs, for scripts to read.
            Benchmarks/peers/compare.sh runs these beside the same model in SimPy and Ciw and prints the ratios.

            Example:
              jeugdsim bench kernel --customers 10000000
              jeugdsim bench replications --replications 40
            """),
        subcommands: [Kernel.self, Replications.self, Model.self])
}

extension Bench {
    struct Kernel: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "M/M/1 (arrival rate 1, service rate 1.1) on one thread until N customers have left.")

        @Option(help: "Customers to serve.")
        var customers = 10_000_000

        @Option(help: "Master seed.")
        var seed: UInt64 = 1

        func validate() throws {
            try checkCount("--customers", customers, 1...10_000_000_000)
        }

        func run() {
            let spec = NetworkSpec.mmc(arrivalRate: 1, serviceRate: 1.1)
            var model = NetworkSimulation(spec, seed: seed, replication: 0)
            var calendar = EventCalendar<NetworkSimulation.Event>()
            model.start(&calendar)
            let target = customers
            let clock = ContinuousClock()
            let elapsed = clock.measure {
                calendar.run(&model) { $0.departures >= target }
            }
            let seconds = elapsed.seconds
            let line = String(
                format: "kernel-mm1 events_per_second=%.0f customers_per_second=%.0f customers=%d events=%d seconds=%.3f",
                Double(calendar.handledEvents) / seconds, Double(model.departures) / seconds,
                model.departures, calendar.handledEvents, seconds)
            print(line)
        }
    }

    struct Replications: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The same M/M/1 replications on 1 thread and on every core; prints the speed-up.")

        @Option(help: "Replications in each run.")
        var replications = 32

        @Option(help: "Simulated time per replication (about 1 customer per unit).")
        var horizon = 200_000.0

        func validate() throws {
            try checkCount("--replications", replications, Scenario.replicationRange)
            guard horizon > 0, horizon <= 1e9 else { throw ValidationError("--horizon must be from 0 to 1e9, got \(horizon)") }
        }

        func run() {
            let spec = NetworkSpec.mmc(arrivalRate: 1, serviceRate: 1.1)
            let horizon = self.horizon
            func timed(_ threads: Int) -> (Double, [Double]) {
                let clock = ContinuousClock()
                var waits: [Double] = []
                let elapsed = clock.measure {
                    waits = Replicator(threads: threads).run(replications) { r in
                        NetworkSimulation.run(spec, seed: 7, replication: r, warmUp: 0, horizon: horizon)[0].meanWait
                    }
                }
                return (elapsed.seconds, waits)
            }
            let cores = Replicator().threads
            let (one, waitsOne) = timed(1)
            let (all, waitsAll) = timed(cores)
            print(
                String(
                    format:
                        "kernel-replications replications=%d threads=%d seconds_1_thread=%.3f seconds_all=%.3f speedup=%.2f identical=%@",
                    replications, cores, one, all, one / all, waitsOne == waitsAll ? "yes" : "no"))
        }
    }
}

extension Duration {
    var seconds: Double {
        let (s, attoseconds) = components
        return Double(s) + Double(attoseconds) * 1e-18
    }
}

extension Bench {
    struct Model: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The youth-care model: one national replication, and many municipality replications.",
            discussion: paragraphs(
                """
                - kernel: the M/M/1 kernel benchmark for a few seconds, in the same run, as the yardstick for the
                model's events per second (the goal is at least a quarter of the kernel's).
                - national: Scenarios/national-baseline.yaml, ten years, one replication, on one thread and then on
                two (its regions side by side): the warm start's pilot apart, then the replication: wall time, events
                per second, peak memory (maximum resident set size of the process), and whether two threads gave the
                very figures of one.
                - municipality: the built-in baseline, ten years, N replications on every core (pilot included).

                Example:
                  jeugdsim bench model --replications 1000
                """))

        @Option(help: "Municipality replications.")
        var replications = 1000

        @Option(help: "The national scenario file.")
        var national = "Scenarios/national-baseline.yaml"

        func validate() throws {
            try checkCount("--replications", replications, Scenario.replicationRange)
        }

        func run() throws {
            let clock = ContinuousClock()
            let kernel = kernelEventsPerSecond()
            let nationalScenario = try loadScenario(national)
            var parameters = nationalScenario.parameters
            let pilotTime = clock.measure {
                parameters = Experiment.withInitialStock(parameters, seed: nationalScenario.seed, threads: 1)
            }
            print(String(format: "kernel-mm1 events_per_second=%.0f", kernel))
            // One thread, then two: a country of regions runs its regions side by side, to the same figures.
            var figures: [[Metric: Double]] = []
            for threads in [1, 2] {
                var result = ReplicationResult()
                let identical = { figures[0] == result.figures ? "yes" : "no" }
                let nationalTime = clock.measure {
                    result = Experiment.run(parameters, replications: 0..<1, seed: nationalScenario.seed, threads: threads)[0]
                }
                figures.append(result.figures)
                let rate = Double(result.events) / nationalTime.seconds
                print(
                    String(
                        format:
                            "model-national years=%.0f warm_up_years=%.0f regions=%d threads=%d pilot_seconds=%.2f wall_seconds=%.2f "
                            + "events=%d events_per_second=%.0f share_of_kernel=%.2f peak_memory_mb=%.0f identical_to_one_thread=%@",
                        parameters.run.years, parameters.run.warmUpYears, parameters.regions.count, threads, pilotTime.seconds,
                        nationalTime.seconds, result.events, rate, rate / kernel, peakMemoryMB(), identical()))
            }
            let municipality = Scenario.builtInDefault.parameters
            let threads = Replicator().threads
            let count = replications
            let municipalityTime = clock.measure {
                _ = Experiment.run(municipality, replications: count, seed: 1)
            }
            print(
                String(
                    format: "model-municipality years=%.0f replications=%d threads=%d wall_seconds=%.2f",
                    municipality.run.years, count, threads, municipalityTime.seconds))
        }

        /// The kernel's M/M/1 events per second over two million customers (a few seconds).
        func kernelEventsPerSecond() -> Double {
            var model = NetworkSimulation(NetworkSpec.mmc(arrivalRate: 1, serviceRate: 1.1), seed: 1, replication: 0)
            var calendar = EventCalendar<NetworkSimulation.Event>()
            model.start(&calendar)
            let elapsed = ContinuousClock().measure { calendar.run(&model) { $0.departures >= 2_000_000 } }
            return Double(calendar.handledEvents) / elapsed.seconds
        }

        func peakMemoryMB() -> Double {
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            return Double(usage.ru_maxrss) / 1024  // Linux reports kilobytes
        }
    }
}
