import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// FUNIT's decoder block: two 3x3 convolutions, each followed by adaptive
/// instance norm whose scale and shift come from the class code, ReLU
/// after the first, added to the input.
public final class AdaINResidualBlock: Module {
    public let first: Conv2d, second: Conv2d
    public let firstNorm: AdaptiveInstanceNorm, secondNorm: AdaptiveInstanceNorm

    public init(channels: Int, codeLength: Int, generator rng: inout RandomGenerator) {
        first = Conv2d(channels, channels, kernel: 3, padding: 1, paddingMode: .reflect, generator: &rng)
        firstNorm = AdaptiveInstanceNorm(channels, styleDimension: codeLength, generator: &rng)
        second = Conv2d(channels, channels, kernel: 3, padding: 1, paddingMode: .reflect, generator: &rng)
        secondNorm = AdaptiveInstanceNorm(channels, styleDimension: codeLength, generator: &rng)
    }

    /// `x [N, C, H, W]` moved by the block under class codes `code [N, codeLength]`.
    public func callAsFunction(_ x: Tensor, code: Tensor) -> Tensor {
        let h = firstNorm(first(x), style: code).relu()
        return x + secondNorm(second(h), style: code)
    }
}
