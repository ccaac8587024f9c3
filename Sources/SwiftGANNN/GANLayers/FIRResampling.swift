import SwiftGANAutograd
import SwiftGANKernels

/// Resampling by a 2x factor with StyleGAN's separable [1, 3, 3, 1] low-pass
/// filter (the [1, 2, 1] binomial convolved with a box), as `upfirdn2d` does:
/// upsampling inserts zeros and filters with gain 4, downsampling filters and
/// keeps every second pixel. Both are depthwise, for any channel count.
public enum FIRResampling {
    /// The 4x4 filter, normalized to sum to 1.
    static let kernel: [Float] = {
        let taps: [Float] = [1, 3, 3, 1]
        return taps.flatMap { a in taps.map { b in a * b / 64 } }
    }()

    /// `x [N, C, H, W]` at `[N, C, 2H, 2W]`.
    public static func upsample(_ x: Tensor) -> Tensor {
        precondition(x.rank == 4, "FIRResampling.upsample: expected [N, C, H, W], got \(x.shape)")
        let c = x.shape[1]
        let weight = Tensor(NDArray(kernel.map { $0 * 4 }, shape: [1, 1, 4, 4]).expanded(to: [c, 1, 4, 4]))
        return Tensor.convTranspose2d(x, weight: weight, stride: (2, 2), padding: (1, 1), groups: c)
    }

    /// `x [N, C, H, W]` (H and W even) at `[N, C, H/2, W/2]`.
    public static func downsample(_ x: Tensor) -> Tensor {
        precondition(x.rank == 4 && x.shape[2] % 2 == 0 && x.shape[3] % 2 == 0, "FIRResampling.downsample: expected [N, C, H, W] with even H and W, got \(x.shape)")
        let c = x.shape[1]
        let weight = Tensor(NDArray(kernel, shape: [1, 1, 4, 4]).expanded(to: [c, 1, 4, 4]))
        return Tensor.conv2d(x, weight: weight, stride: (2, 2), padding: (1, 1), groups: c)
    }

    /// `x [N, C, H, W]` filtered, zero-padded by `padding` on each side, times
    /// `gain` (the blur before StyleGAN2's strided 3x3 convolution: `padding` 2
    /// gives H + 1; after a stride-2 transposed convolution, gain 4).
    public static func blur(_ x: Tensor, padding: Int, gain: Float = 1) -> Tensor {
        precondition(x.rank == 4, "FIRResampling.blur: expected [N, C, H, W], got \(x.shape)")
        let c = x.shape[1]
        let weight = Tensor(NDArray(kernel.map { $0 * gain }, shape: [1, 1, 4, 4]).expanded(to: [c, 1, 4, 4]))
        return Tensor.conv2d(x, weight: weight, padding: (padding, padding), groups: c)
    }
}
