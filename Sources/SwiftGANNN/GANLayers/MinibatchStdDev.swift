import SwiftGANAutograd

/// The minibatch standard-deviation layer of ProGAN/StyleGAN2's discriminator:
/// within groups of `groupSize` samples, the standard deviation of every
/// feature, averaged over channels (in `numChannels` splits) and positions, is
/// appended as extra channels.
public final class MinibatchStdDev: Module, Layer {
    public let groupSize: Int
    public let numChannels: Int

    public init(groupSize: Int = 4, numChannels: Int = 1) {
        precondition(groupSize > 0 && numChannels > 0, "MinibatchStdDev: groupSize \(groupSize) and numChannels \(numChannels) must be positive")
        self.groupSize = groupSize
        self.numChannels = numChannels
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        precondition(x.rank == 4, "MinibatchStdDev: expected [N, C, H, W], got \(x.shape)")
        let (n, c, h, w) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
        let g = min(groupSize, n)
        precondition(n % g == 0, "MinibatchStdDev: batch \(n) is not divisible by group size \(g)")
        precondition(c % numChannels == 0, "MinibatchStdDev: \(c) channels not divisible into \(numChannels)")
        let m = n / g, f = numChannels
        let y = x.reshape([g, m, f, c / f, h, w])                        // [G, M, F, c, H, W]
        let centered = y - y.mean(axes: [0], keepDims: true)
        let deviation = (centered.square().mean(axes: [0]) + 1e-8).sqrt()  // [M, F, c, H, W]
        let statistic = deviation.mean(axes: [2, 3, 4])                  // [M, F]
        let tiled = statistic.reshape([1, m, f, 1, 1]).expand(to: [g, m, f, h, w]).reshape([n, f, h, w])
        return Tensor.concat([x, tiled], axis: 1)
    }
}
