import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// The Inception-v3 of the standard FID: the TensorFlow graph of 2015-12-05
/// as pytorch-fid ports it (1008 classes, TensorFlow's pooling variants).
/// Member names are that port's state-dict keys (`Conv2d_1a_3x3.conv.weight`,
/// `Mixed_5b.branch_pool.bn.running_var`, `fc.bias`), so its converted weights
/// load unchanged. Input `[N, 3, 299, 299]` in [-1, 1]; `features` gives the
/// 2048 pooled features FID uses, `callAsFunction` the 1008 logits.
public final class InceptionV3: Module, Layer {
    public let Conv2d_1a_3x3, Conv2d_2a_3x3, Conv2d_2b_3x3, Conv2d_3b_1x1, Conv2d_4a_3x3: InceptionConvolution
    public let Mixed_5b, Mixed_5c, Mixed_5d: InceptionBlockA
    public let Mixed_6a: InceptionBlockB
    public let Mixed_6b, Mixed_6c, Mixed_6d, Mixed_6e: InceptionBlockC
    public let Mixed_7a: InceptionBlockD
    public let Mixed_7b, Mixed_7c: InceptionBlockE
    public let fc: Linear

    public static let featureCount = 2048
    public static let classCount = 1008
    public static let inputSize = 299

    public init(generator rng: inout RandomGenerator) {
        Conv2d_1a_3x3 = InceptionConvolution(3, 32, kernel: 3, stride: 2, generator: &rng)
        Conv2d_2a_3x3 = InceptionConvolution(32, 32, kernel: 3, generator: &rng)
        Conv2d_2b_3x3 = InceptionConvolution(32, 64, kernel: 3, padding: 1, generator: &rng)
        Conv2d_3b_1x1 = InceptionConvolution(64, 80, kernel: 1, generator: &rng)
        Conv2d_4a_3x3 = InceptionConvolution(80, 192, kernel: 3, generator: &rng)
        Mixed_5b = InceptionBlockA(192, poolFeatures: 32, generator: &rng)
        Mixed_5c = InceptionBlockA(256, poolFeatures: 64, generator: &rng)
        Mixed_5d = InceptionBlockA(288, poolFeatures: 64, generator: &rng)
        Mixed_6a = InceptionBlockB(288, generator: &rng)
        Mixed_6b = InceptionBlockC(768, channels7x7: 128, generator: &rng)
        Mixed_6c = InceptionBlockC(768, channels7x7: 160, generator: &rng)
        Mixed_6d = InceptionBlockC(768, channels7x7: 160, generator: &rng)
        Mixed_6e = InceptionBlockC(768, channels7x7: 192, generator: &rng)
        Mixed_7a = InceptionBlockD(768, generator: &rng)
        Mixed_7b = InceptionBlockE(1280, maxPool: false, generator: &rng)
        Mixed_7c = InceptionBlockE(2048, maxPool: true, generator: &rng)
        fc = Linear(Self.featureCount, Self.classCount, generator: &rng)
    }

    /// The 2048 average-pooled features of `x` `[N, 3, H, W]` (H, W >= 75; 299 for FID).
    public func features(_ x: Tensor) -> Tensor {
        precondition(x.rank == 4 && x.shape[1] == 3 && x.shape[2] >= 75 && x.shape[3] >= 75,
                     "InceptionV3: expected [N, 3, H, W] with H, W >= 75, got \(x.shape)")
        var h = Conv2d_2b_3x3(Conv2d_2a_3x3(Conv2d_1a_3x3(x)))   // [N, 64, 147, 147]
        h = Conv2d_4a_3x3(Conv2d_3b_1x1(InceptionPooling.maxReduce(h)))  // [N, 192, 71, 71]
        h = Mixed_5d(Mixed_5c(Mixed_5b(InceptionPooling.maxReduce(h))))  // [N, 288, 35, 35]
        h = Mixed_6e(Mixed_6d(Mixed_6c(Mixed_6b(Mixed_6a(h)))))          // [N, 768, 17, 17]
        h = Mixed_7c(Mixed_7b(Mixed_7a(h)))                              // [N, 2048, 8, 8]
        return h.mean(axes: [2, 3])                                       // [N, 2048]
    }

    /// The 1008 class logits.
    public func callAsFunction(_ x: Tensor) -> Tensor {
        fc(features(x))
    }

    /// Folds every BatchNorm into its convolution for eval-mode inference.
    public func fuseBatchNorm() {
        for case let unit as InceptionConvolution in modules() { unit.fuseBatchNorm() }
    }
}
