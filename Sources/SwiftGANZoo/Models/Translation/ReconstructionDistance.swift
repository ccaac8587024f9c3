import SwiftGANAutograd

/// How a cycle's reconstruction is compared with the original: the mean
/// absolute difference (CycleGAN, DualGAN) or the mean squared one (DiscoGAN).
public enum ReconstructionDistance: String, CaseIterable, Sendable {
    case l1, l2

    /// The distance between `reconstruction` and `original`.
    func callAsFunction(_ reconstruction: Tensor, _ original: Tensor) -> Tensor {
        let difference = reconstruction - original
        return self == .l1 ? difference.abs().mean() : difference.square().mean()
    }
}
