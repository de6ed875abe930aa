import Foundation

/// Closed-form results of queueing theory: the targets the simulator is validated against.
/// Rates are per unit time; `w` is the mean wait in the queue (before service).
public enum QueueingTheory {
    /// M/M/c: probability an arrival has to wait (Erlang C).
    public static func erlangC(arrivalRate lambda: Double, serviceRate mu: Double, servers c: Int) -> Double {
        let a = lambda / mu
        let rho = a / Double(c)
        precondition(rho < 1, "unstable: utilisation \(rho) >= 1")
        // Sum a^k/k! for k < c, computed term by term to avoid overflowing factorials.
        var term = 1.0
        var sum = 0.0
        for k in 0..<c {
            sum += term
            term *= a / Double(k + 1)
        }
        let last = term / (1 - rho)  // a^c / c! / (1 - rho)
        return last / (sum + last)
    }

    /// M/M/c mean wait in queue: C(c, a) / (c mu - lambda).
    public static func mmcWait(arrivalRate lambda: Double, serviceRate mu: Double, servers c: Int) -> Double {
        erlangC(arrivalRate: lambda, serviceRate: mu, servers: c) / (Double(c) * mu - lambda)
    }

    /// M/G/1 mean wait in queue (Pollaczek-Khinchine): lambda E[S^2] / (2 (1 - rho)).
    public static func mg1Wait(arrivalRate lambda: Double, serviceMean: Double, serviceVariance: Double) -> Double {
        let rho = lambda * serviceMean
        precondition(rho < 1, "unstable: utilisation \(rho) >= 1")
        let secondMoment = serviceVariance + serviceMean * serviceMean
        return lambda * secondMoment / (2 * (1 - rho))
    }

    /// Non-preemptive priority M/G/1 (Cobham 1954): mean wait of each class, highest priority first.
    /// W_k = W0 / ((1 - sigma_{k-1})(1 - sigma_k)), W0 = sum_i lambda_i E[S_i^2] / 2, sigma_k = sum_{i<=k} rho_i.
    public static func priorityWaits(
        arrivalRates: [Double], serviceMeans: [Double],
        serviceVariances: [Double]
    ) -> [Double] {
        let w0 = arrivalRates.indices.reduce(0.0) { total, i in
            total + arrivalRates[i] * (serviceVariances[i] + serviceMeans[i] * serviceMeans[i]) / 2
        }
        var sigma = 0.0
        return arrivalRates.indices.map { i in
            let before = sigma
            sigma += arrivalRates[i] * serviceMeans[i]
            precondition(sigma < 1, "unstable")
            return w0 / ((1 - before) * (1 - sigma))
        }
    }

    /// Open Jackson network: total arrival rate at each station from lambda = gamma + lambda P,
    /// solved by fixed-point iteration (converges for any open network where every customer leaves).
    public static func jacksonArrivalRates(external gamma: [Double], routing p: [[Double]]) -> [Double] {
        var lambda = gamma
        for _ in 0..<10_000 {
            var next = gamma
            for i in p.indices { for j in p[i].indices { next[j] += lambda[i] * p[i][j] } }
            let change = zip(next, lambda).map { abs($0 - $1) }.max() ?? 0
            lambda = next
            if change < 1e-14 { break }
        }
        return lambda
    }
}
