import Foundation
import SwiftGANKernels

/// Every feature-space metric of generated images against real ones, with
/// the protocol that makes the numbers comparable: the feature network, the
/// resize mode and the sample counts.
public struct SampleEvaluation: Codable, Equatable, Sendable {
    public var featureNetwork: String
    public var resizeMode: String
    public var realCount: Int
    public var generatedCount: Int
    /// Fréchet distance of the features (FID when the network is Inception-v3).
    public var frechetDistance: Double
    public var kidMean: Double
    public var kidStandardDeviation: Double
    public var precision: Double
    public var recall: Double
    public var density: Double
    public var coverage: Double
    /// The Inception Score of the network's class probabilities (10 splits); nil without logits.
    public var classifierScore: Double?
    public var warnings: [String]

    /// Evaluates `generated` against `real` (`[N, C, H, W]` in [-1, 1]) with `network`.
    /// KID uses 100 subsets of up to 1,000; precision/recall k = 3, density/coverage k = 5.
    public init(real: NDArray, generated: NDArray, network: any FeatureNetwork, resizeMode: String = "none", batchSize: Int = 500, seed: UInt64 = 0) throws {
        let realOutputs = try network.outputs(of: real, batchSize: batchSize)
        let generatedOutputs = try network.outputs(of: generated, batchSize: batchSize)
        let realStatistics = try FeatureStatistics(features: realOutputs.features)
        let generatedStatistics = try FeatureStatistics(features: generatedOutputs.features)
        let kid = try KernelInceptionDistance.compute(real: realOutputs.features, generated: generatedOutputs.features, seed: seed)
        let manifold = try ManifoldMetrics.compute(real: realOutputs.features, generated: generatedOutputs.features)
        let hasLogits = generatedOutputs.logits.shape[1] > 1 && generated.shape[0] >= 10
        (featureNetwork, self.resizeMode, realCount, generatedCount) = (network.name, resizeMode, real.shape[0], generated.shape[0])
        frechetDistance = try FrechetDistance.between(realStatistics, generatedStatistics)
        (kidMean, kidStandardDeviation) = (kid.mean, kid.standardDeviation)
        (precision, recall, density, coverage) = (manifold.precision, manifold.recall, manifold.density, manifold.coverage)
        classifierScore = hasLogits ? try InceptionScore.compute(logits: generatedOutputs.logits).mean : nil
        warnings = FrechetDistance.warnings(realStatistics, generatedStatistics) + kid.warnings
    }
}
