import CGSL
import Foundation

extension Distribution {
    /// The time still to run of an episode in progress at a moment taken at random in a steady state (the
    /// forward recurrence time, density (1 - F(x)) / mean), for starting a simulation with episodes already
    /// under way: the length of the episode such a moment falls in is length-biased (density x f(x) / mean),
    /// and the moment lies uniformly within it. Its mean is E[X²] / (2 E[X]), not E[X] / 2: long episodes
    /// are the ones a moment falls in.
    ///
    /// Exact for every family a scenario uses: the length-biased gamma is gamma(k + 1, θ), lognormal(μ + σ²,
    /// σ), Weibull λ G^(1/k) with G ~ gamma(1 + 1/k, 1), uniform by inverting its CDF, beta(α + 1, β). The normal, truncated
    /// normal and triangular are approximated by the gamma of the same mean and variance.
    public func equilibriumResidual(_ stream: RandomStream) -> Double {
        let r = stream.generator
        let length: Double
        switch self {
        case .deterministic(let value): length = value
        case .exponential(let mean): length = gsl_ran_gamma(r, 2, mean)
        case .gamma(let shape, let scale): length = gsl_ran_gamma(r, shape + 1, scale)
        case .lognormal(let mu, let sigma): length = gsl_ran_lognormal(r, mu + sigma * sigma, sigma)
        case .weibull(let scale, let shape): length = scale * pow(gsl_ran_gamma(r, 1 + 1 / shape, 1), 1 / shape)
        case .uniform(let lower, let upper): length = (lower * lower + gsl_rng_uniform(r) * (upper * upper - lower * lower)).squareRoot()
        case .beta(let alpha, let beta): length = gsl_ran_beta(r, alpha + 1, beta)
        case .normal, .truncatedNormal, .triangular:
            let mean = self.mean
            let variance = self.variance ?? mean * mean
            guard variance > 0 else { return mean * gsl_rng_uniform(r) }
            return Distribution.gamma(shape: mean * mean / variance, scale: variance / mean).equilibriumResidual(stream)
        }
        return gsl_rng_uniform(r) * length
    }
}
