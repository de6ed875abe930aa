import CGSL
import Foundation

/// A continuous distribution of durations or amounts, sampled through GSL.
///
/// An enum rather than a protocol: sampling is one `switch`, with no existential or allocation per draw.
public enum Distribution: Sendable, Hashable {
    case deterministic(Double)
    case exponential(mean: Double)
    case gamma(shape: Double, scale: Double)
    /// `mu` and `sigma` of the underlying normal.
    case lognormal(mu: Double, sigma: Double)
    case weibull(scale: Double, shape: Double)
    case normal(mean: Double, sd: Double)
    /// A normal restricted to [lower, upper], sampled exactly by inverting GSL's normal CDF.
    case truncatedNormal(mean: Double, sd: Double, lower: Double, upper: Double)
    case uniform(lower: Double, upper: Double)
    case triangular(lower: Double, mode: Double, upper: Double)
    /// On [0, 1]: a probability or share whose value is uncertain (`alpha` - 1 successes, `beta` - 1
    /// failures seen, in the usual reading).
    case beta(alpha: Double, beta: Double)

    /// One draw from `stream`.
    ///
    /// Exponential draws, most of a model's, by inversion, -log(u) on one of GSL's uniforms, compiled into
    /// the caller: the very numbers GSL's integer-shape gamma at shape 1 gives (`gsl_ran_gamma_int` returns
    /// -log of the product of its one uniform), which the kernel drew before, without its call.
    /// (`gsl_ran_exponential` computes -log1p(-u) instead, which was 30 % of the kernel benchmark's time.)
    @inlinable
    public func sample(_ stream: RandomStream) -> Double {
        if case .exponential(let mean) = self { return mean * -log(stream.uniform()) }
        return sampleOther(stream)
    }

    @usableFromInline
    func sampleOther(_ stream: RandomStream) -> Double {
        let r = stream.generator
        switch self {
        case .deterministic(let value): return value
        case .exponential(let mean): return mean * -log(stream.uniform())
        case .gamma(let shape, let scale): return gsl_ran_gamma(r, shape, scale)
        case .lognormal(let mu, let sigma): return gsl_ran_lognormal(r, mu, sigma)
        case .weibull(let scale, let shape): return gsl_ran_weibull(r, scale, shape)
        case .normal(let mean, let sd): return mean + gsl_ran_gaussian_ziggurat(r, sd)
        case .truncatedNormal: return quantile(gsl_rng_uniform_pos(r))
        case .uniform(let lower, let upper): return gsl_ran_flat(r, lower, upper)
        case .triangular(let a, let c, let b):
            // GSL has no triangular distribution: invert its CDF on one GSL uniform.
            let u = gsl_rng_uniform(r)
            let split = (c - a) / (b - a)
            return u < split
                ? a + ((b - a) * (c - a) * u).squareRoot()
                : b - ((b - a) * (b - c) * (1 - u)).squareRoot()
        case .beta(let alpha, let beta): return gsl_ran_beta(r, alpha, beta)
        }
    }

    /// The value below which a share `p` of draws falls (the inverse of the distribution function), through
    /// GSL's inverse CDFs: what a Latin hypercube turns its stratified uniforms into (`LatinHypercube`).
    public func quantile(_ p: Double) -> Double {
        precondition(p > 0 && p < 1, "a quantile's probability lies strictly between 0 and 1, got \(p)")
        switch self {
        case .deterministic(let value): return value
        case .exponential(let mean): return gsl_cdf_exponential_Pinv(p, mean)
        case .gamma(let shape, let scale):
            return Self.invert(
                p, upward: scale * Swift.max(shape, 1), { gsl_cdf_gamma_P($0, shape, scale) }, { gsl_cdf_gamma_Q($0, shape, scale) })
        case .lognormal(let mu, let sigma): return gsl_cdf_lognormal_Pinv(p, mu, sigma)
        case .weibull(let scale, let shape): return gsl_cdf_weibull_Pinv(p, scale, shape)
        case .normal(let mean, let sd): return mean + gsl_cdf_gaussian_Pinv(p, sd)
        case .truncatedNormal(let mean, let sd, let lower, let upper):
            let pLower = gsl_cdf_gaussian_P(lower - mean, sd)
            let pUpper = gsl_cdf_gaussian_P(upper - mean, sd)
            return Swift.min(Swift.max(mean + gsl_cdf_gaussian_Pinv(pLower + (pUpper - pLower) * p, sd), lower), upper)
        case .uniform(let lower, let upper): return gsl_cdf_flat_Pinv(p, lower, upper)
        case .triangular(let a, let c, let b):
            let split = (c - a) / (b - a)
            return p < split ? a + ((b - a) * (c - a) * p).squareRoot() : b - ((b - a) * (b - c) * (1 - p)).squareRoot()
        case .beta(let alpha, let beta):
            return Self.invert(p, upward: 1, { gsl_cdf_beta_P($0, alpha, beta) }, { gsl_cdf_beta_Q($0, alpha, beta) })
        }
    }

    /// The x at which a continuous distribution function on [0, infinity) reaches `p`, by bisection on GSL's
    /// distribution function `cdf` (its upper tail `survival` above the median, where 1 - cdf would lose the
    /// digits that matter): GSL's own inverses of the beta and gamma (`gsl_cdf_beta_Pinv`,
    /// `gsl_cdf_gamma_Pinv`) abort the process when their iteration does not converge, as it does not for
    /// shapes below about 0.1 or above about 1,000 or far in a tail (beta(3, 1000) at 0.99), while the
    /// distribution functions hold everywhere. The bracket grows from `upward` until it holds `p`; the
    /// search halves it geometrically once both ends are positive, so a quantile of 1e-300 is found to
    /// the same relative precision as one of 1, until the ends are neighbouring numbers.
    static func invert(_ p: Double, upward start: Double, _ cdf: (Double) -> Double, _ survival: (Double) -> Double) -> Double {
        func below(_ x: Double) -> Bool { p <= 0.5 ? cdf(x) < p : survival(x) > 1 - p }
        var high = Swift.max(start, Double.leastNormalMagnitude)
        while below(high) && high < Double.greatestFiniteMagnitude / 2 { high *= 2 }
        var low = high
        while low > 0 && !below(low) { low /= 2 }
        while true {
            let middle = low > 0 ? low.squareRoot() * high.squareRoot() : high / 2
            guard middle > low && middle < high else { return high }
            if below(middle) { low = middle } else { high = middle }
        }
    }

    public var mean: Double {
        switch self {
        case .deterministic(let value): return value
        case .exponential(let mean): return mean
        case .gamma(let shape, let scale): return shape * scale
        case .lognormal(let mu, let sigma): return exp(mu + sigma * sigma / 2)
        case .weibull(let scale, let shape): return scale * gsl_sf_gamma(1 + 1 / shape)
        case .normal(let mean, _): return mean
        case .truncatedNormal(let mean, let sd, let lower, let upper):
            let a = (lower - mean) / sd
            let b = (upper - mean) / sd
            let z = gsl_cdf_ugaussian_P(b) - gsl_cdf_ugaussian_P(a)
            return mean + sd * (gsl_ran_ugaussian_pdf(a) - gsl_ran_ugaussian_pdf(b)) / z
        case .uniform(let lower, let upper): return (lower + upper) / 2
        case .triangular(let a, let c, let b): return (a + b + c) / 3
        case .beta(let alpha, let beta): return alpha / (alpha + beta)
        }
    }

    /// The variance, where a closed form exists (all cases but the truncated normal, which returns nil).
    public var variance: Double? {
        switch self {
        case .deterministic: return 0
        case .exponential(let mean): return mean * mean
        case .gamma(let shape, let scale): return shape * scale * scale
        case .lognormal(let mu, let sigma): return (exp(sigma * sigma) - 1) * exp(2 * mu + sigma * sigma)
        case .weibull(let scale, let shape):
            let g1 = gsl_sf_gamma(1 + 1 / shape)
            let g2 = gsl_sf_gamma(1 + 2 / shape)
            return scale * scale * (g2 - g1 * g1)
        case .normal(_, let sd): return sd * sd
        case .truncatedNormal: return nil
        case .uniform(let lower, let upper): return (upper - lower) * (upper - lower) / 12
        case .triangular(let a, let c, let b): return (a * a + b * b + c * c - a * b - a * c - b * c) / 18
        case .beta(let alpha, let beta): return alpha * beta / ((alpha + beta) * (alpha + beta) * (alpha + beta + 1))
        }
    }

    /// The family a duration is drawn from when a scenario gives only its mean and coefficient of variation.
    public enum Family: String, Sendable, CaseIterable {
        case gamma, lognormal, weibull
    }

    /// The distribution of `family` with this mean and coefficient of variation (sd / mean).
    /// A coefficient of 0 gives a fixed value; gamma with coefficient 1 is the exponential.
    public static func withMean(_ mean: Double, cv: Double, family: Family = .gamma) -> Distribution {
        precondition(mean > 0 && cv >= 0, "mean must be positive and cv non-negative")
        if cv == 0 { return .deterministic(mean) }
        switch family {
        case .gamma:
            if cv == 1 { return .exponential(mean: mean) }
            let shape = 1 / (cv * cv)
            return .gamma(shape: shape, scale: mean / shape)
        case .lognormal:
            let sigma2 = log(1 + cv * cv)
            return .lognormal(mu: log(mean) - sigma2 / 2, sigma: sigma2.squareRoot())
        case .weibull:
            let shape = weibullShape(cv: cv)
            return .weibull(scale: mean / gsl_sf_gamma(1 + 1 / shape), shape: shape)
        }
    }

    /// Solves Γ(1+2/k)/Γ(1+1/k)² - 1 = cv² for the Weibull shape k by bisection (the left side falls in k).
    static func weibullShape(cv: Double) -> Double {
        func cv2(_ k: Double) -> Double {
            let g1 = gsl_sf_gamma(1 + 1 / k)
            return gsl_sf_gamma(1 + 2 / k) / (g1 * g1) - 1
        }
        var low = 0.05
        var high = 500.0
        let target = cv * cv
        for _ in 0..<200 {
            let mid = (low * high).squareRoot()
            if cv2(mid) > target { low = mid } else { high = mid }
        }
        return (low * high).squareRoot()
    }
}
