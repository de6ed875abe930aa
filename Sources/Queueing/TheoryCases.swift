import SimKernel

/// The kernel's validation cases: queueing models with closed-form results. The tests hold the kernel to
/// them; `jeugdsim theory` writes the same comparison for the validation notebook.
public struct TheoryCase: Sendable {
    public struct Check: Sendable {
        public let station: Int
        public let quantity: String
        public let theory: Double
        /// Largest relative half-width of the interval for the check to have teeth.
        public let relativeHalfWidth: Double
        let measure: @Sendable (NetworkSimulation.StationResult) -> Double
    }

    public struct Outcome: Sendable {
        public let check: Check
        public let simulated: Summary
        public var theoryInside: Bool { simulated.contains(check.theory) }
        public var narrowEnough: Bool { simulated.halfWidth < check.relativeHalfWidth * check.theory }
    }

    public let name: String
    public let spec: NetworkSpec
    public let warmUp: Double
    public let horizon: Double
    public let checks: [Check]

    /// Runs `replications` and sets each check against its `confidence` interval; `results` also returns
    /// the runs (for Little's law on every station of every run).
    public func evaluate(replications: Int = 30, confidence: Double = 0.99, seed: UInt64 = 2026, threads: Int? = nil)
        -> (outcomes: [Outcome], runs: [[NetworkSimulation.StationResult]])
    {
        let (spec, warmUp, horizon) = (self.spec, self.warmUp, self.horizon)
        let runs = Replicator(threads: threads).run(replications) { r in
            NetworkSimulation.run(spec, seed: seed, replication: r, warmUp: warmUp, horizon: horizon)
        }
        let outcomes = checks.map { check in
            Outcome(check: check, simulated: Summary(runs.map { check.measure($0[check.station]) }, confidence: confidence))
        }
        return (outcomes, runs)
    }

    public static let all: [TheoryCase] = [mm1, mmc, mg1Gamma, mg1Deterministic, jackson, priority]

    static func check(
        _ station: Int, _ quantity: String, _ theory: Double, _ bound: Double,
        _ measure: @escaping @Sendable (NetworkSimulation.StationResult) -> Double
    ) -> Check {
        Check(station: station, quantity: quantity, theory: theory, relativeHalfWidth: bound, measure: measure)
    }

    static let mm1: TheoryCase = {
        let (lambda, mu) = (0.9, 1.0)
        let rho = 0.9
        return TheoryCase(
            name: "M/M/1, utilisation 0.9", spec: .mmc(arrivalRate: lambda, serviceRate: mu), warmUp: 5_000, horizon: 205_000,
            checks: [
                check(0, "mean wait", rho / (mu - lambda), 0.06) { $0.meanWait },
                check(0, "mean number in system", rho / (1 - rho), 0.06) { $0.meanInSystem },
                check(0, "utilisation", rho, 0.005) { $0.utilisation },
            ])
    }()

    static let mmc: TheoryCase = {
        let (lambda, mu, c) = (4.0, 1.0, 5)
        return TheoryCase(
            name: "M/M/5 (Erlang C)", spec: .mmc(arrivalRate: lambda, serviceRate: mu, servers: c), warmUp: 1_000, horizon: 41_000,
            checks: [
                check(0, "mean wait", QueueingTheory.mmcWait(arrivalRate: lambda, serviceRate: mu, servers: c), 0.05) { $0.meanWait },
                check(0, "utilisation", lambda / (Double(c) * mu), 0.01) { $0.utilisation },
            ])
    }()

    static func mg1(_ name: String, _ service: Distribution) -> TheoryCase {
        let lambda = 0.8
        let spec = NetworkSpec(stations: [.init(servers: 1, service: [service])], classes: [.init(arrivalRates: [lambda], routing: [[0]])])
        let theory = QueueingTheory.mg1Wait(arrivalRate: lambda, serviceMean: service.mean, serviceVariance: service.variance!)
        return TheoryCase(
            name: name, spec: spec, warmUp: 2_000, horizon: 82_000, checks: [check(0, "mean wait", theory, 0.05) { $0.meanWait }])
    }

    static let mg1Gamma = mg1("M/G/1, gamma service cv 0.5 (Pollaczek-Khinchine)", .withMean(1, cv: 0.5, family: .gamma))
    static let mg1Deterministic = mg1("M/D/1 (Pollaczek-Khinchine)", .deterministic(1))

    /// Three stations; customers enter at 0 and 1, and station 2 sends a fifth of its customers back to 0.
    static let jackson: TheoryCase = {
        let gamma = [0.5, 0.3, 0]
        let routing: [[Double]] = [[0, 0.4, 0.6], [0, 0, 0.7], [0.2, 0, 0]]
        let rates = [1.2, 0.9, 1.5]
        let servers = [1, 1, 2]
        let spec = NetworkSpec(
            stations: (0..<3).map { .init(servers: servers[$0], service: [.exponential(mean: 1 / rates[$0])]) },
            classes: [.init(arrivalRates: gamma, routing: routing)])
        let lambda = QueueingTheory.jacksonArrivalRates(external: gamma, routing: routing)
        let checks = (0..<3).flatMap { i in
            [
                check(i, "mean wait", QueueingTheory.mmcWait(arrivalRate: lambda[i], serviceRate: rates[i], servers: servers[i]), 0.06) {
                    $0.meanWait
                },
                check(i, "arrival rate", lambda[i], 0.01) { $0.arrivalRate },
            ]
        }
        return TheoryCase(name: "Open Jackson network with feedback", spec: spec, warmUp: 2_000, horizon: 82_000, checks: checks)
    }()

    static let priority: TheoryCase = {
        let rates = [0.3, 0.5]
        let means = [1.0, 0.8]
        let spec = NetworkSpec(
            stations: [.init(servers: 1, discipline: .priority, service: means.map { .exponential(mean: $0) })],
            classes: [
                .init(arrivalRates: [rates[0]], routing: [[0]], priority: 0),
                .init(arrivalRates: [rates[1]], routing: [[0]], priority: 1),
            ])
        let theory = QueueingTheory.priorityWaits(arrivalRates: rates, serviceMeans: means, serviceVariances: means.map { $0 * $0 })
        return TheoryCase(
            name: "M/M/1 with two priority classes (Cobham)", spec: spec, warmUp: 2_000, horizon: 82_000,
            checks: (0..<2).map { k in check(0, "mean wait, class \(k + 1)", theory[k], 0.06) { $0.meanWaitByClass[k] } })
    }()
}
