import SwiftGANNN

/// AdamW as PyTorch's `torch.optim.AdamW`: Adam whose weight decay shrinks
/// the parameters, `p ← p · (1 − lr · weightDecay)`, before each update
/// instead of entering the gradient. State and step as `Adam`.
public final class AdamW: Adam {
    /// An optimizer over `parameters`; the defaults are PyTorch's (weight decay 0.01).
    public init(
        _ parameters: [Parameter], learningRate: Float = 1e-3, betas: (Float, Float) = (0.9, 0.999),
        eps: Float = 1e-8, weightDecay: Float = 1e-2, amsgrad: Bool = false
    ) {
        super.init(
            parameters, learningRate: learningRate, betas: betas, eps: eps, weightDecay: weightDecay,
            amsgrad: amsgrad, decoupledWeightDecay: true)
    }
}
