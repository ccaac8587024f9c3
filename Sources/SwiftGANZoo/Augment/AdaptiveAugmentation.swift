import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN
import SwiftGANOptim

/// StyleGAN2-ADA's adaptive discriminator augmentation (Karras et al. 2020):
/// every image the discriminator sees, real or generated, goes through
/// `AugmentPipeline` at probability `p`, and every `interval` steps `p` moves
/// by `batch · interval / speedImages` towards more augmentation when the
/// overfitting heuristic `r_t = E[sign D(real)]` of those steps is above
/// `target`, towards less when below, within [0, 1]. `p` starts at 0 and is
/// saved with checkpoints.
public final class AdaptiveAugmentation: CheckpointState {
    /// The value of `r_t` that `p` steers towards (ADA: 0.6).
    public let target: Float
    /// `p` is adjusted every this many steps.
    public let interval: Int
    /// Images over which `p` can move from 0 to 1 (ADA: 500,000).
    public let speedImages: Float
    /// The current probability of each augmentation.
    public private(set) var probability: Float = 0
    private var signSum: Float = 0
    private var signCount = 0

    /// A controller steering `r_t` towards `target`.
    public init(target: Float, interval: Int = 4, speedImages: Float = 500_000) {
        precondition(target > 0 && target < 1 && interval > 0 && speedImages > 0, "AdaptiveAugmentation: target \(target) must be in (0, 1), interval \(interval) and speed \(speedImages) positive")
        (self.target, self.interval, self.speedImages) = (target, interval, speedImages)
    }

    /// `x` through the pipeline at the current probability.
    public func callAsFunction(_ x: Tensor, random: inout RandomGenerator) -> Tensor {
        AugmentPipeline(probability: probability)(x, random: &random)
    }

    /// Counts the signs of the discriminator's scores of real images at `step`,
    /// and at the last step of an interval moves `p`; returns `r_t` when it did.
    @discardableResult
    public func observe(realScores: Tensor, step: Int) -> Float? {
        let scores = realScores.value.elements
        signSum += scores.reduce(0) { $0 + ($1 > 0 ? 1 : $1 < 0 ? -1 : 0) }
        signCount += scores.count
        guard (step + 1) % interval == 0, signCount > 0 else { return nil }
        let heuristic = signSum / Float(signCount)
        let move = Float(signCount) / speedImages
        probability = min(1, max(0, probability + (heuristic > target ? move : heuristic < target ? -move : 0)))
        (signSum, signCount) = (0, 0)
        return heuristic
    }

    /// The probability and the signs counted since the last adjustment.
    public func stateDict() -> StateDict {
        var state = StateDict()
        state["probability"] = NDArray(scalar: probability)
        state["sign_sum"] = NDArray(scalar: signSum)
        state["sign_count"] = NDArray(scalar: Float(signCount))
        return state
    }

    /// Restores the state saved by `stateDict()`.
    public func load(_ state: StateDict) throws {
        guard let p = state["probability"], let sum = state["sign_sum"], let count = state["sign_count"] else {
            throw CheckpointError(path: nil, problem: "the adaptive augmentation state lacks probability, sign_sum or sign_count")
        }
        guard (0...1).contains(p.scalarValue) else {
            throw CheckpointError(path: nil, problem: "the adaptive augmentation probability \(p.scalarValue) is outside [0, 1]")
        }
        (probability, signSum, signCount) = (p.scalarValue, sum.scalarValue, Int(count.scalarValue))
    }
}
