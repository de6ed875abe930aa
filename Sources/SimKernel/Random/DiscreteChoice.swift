import CGSL

/// Draws an index with fixed probabilities, by GSL's Walker alias method (O(1) a draw).
///
/// Used for routing ("which level next?") and shares ("which referral route?"). Weights need not sum to 1;
/// they are normalised. A final class because it owns GSL's lookup table.
public final class DiscreteChoice {
    let table: UnsafeMutablePointer<gsl_ran_discrete_t>
    public let weights: [Double]

    public init(weights: [Double]) {
        precondition(
            !weights.isEmpty && weights.allSatisfy { $0 >= 0 } && weights.contains { $0 > 0 },
            "weights must be non-negative with at least one positive")
        self.weights = weights
        table = weights.withUnsafeBufferPointer { gsl_ran_discrete_preproc($0.count, $0.baseAddress) }
    }

    deinit { gsl_ran_discrete_free(table) }

    public func sample(_ stream: RandomStream) -> Int {
        Int(gsl_ran_discrete(stream.generator, table))
    }
}
