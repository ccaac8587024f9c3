import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// Deep image prior's "skip" hourglass (Ulyanov et al.): `depth` stages
/// each halving the image with a stride-2 3x3 convolution and a 3x3 one,
/// a 1x1 skip of `skipWidth` features at every stage, and a decoder that
/// doubles back bilinearly, joins the skip, and convolves 3x3 and 1x1; a
/// normalization (instance norm with affine terms, which a batch of one
/// image makes BatchNorm's training statistics) and leaky ReLU 0.2 follow
/// every convolution; a 1x1 convolution and a sigmoid give the image.
/// Sides must be multiples of `2^depth`.
public final class HourglassNetwork: Module, Layer {
    public let down: [Sequential]
    public let skips: [Sequential]
    public let up: [Sequential]
    public let output: Conv2d

    public init(inChannels: Int, outChannels: Int, width: Int, skipWidth: Int, depth: Int, generator rng: inout RandomGenerator) {
        precondition(depth >= 1 && width > 0 && skipWidth > 0, "HourglassNetwork: depth \(depth), width \(width) and skip width \(skipWidth) must be positive")
        func block(_ i: Int, _ o: Int, kernel: Int, stride: Int = 1, _ rng: inout RandomGenerator) -> [any LayerModule] {
            [Conv2d(i, o, kernel: Int2(kernel, kernel), stride: Int2(stride, stride), padding: Int2(kernel / 2, kernel / 2), paddingMode: .reflect, generator: &rng),
             InstanceNorm2d(o, affine: true), Activation(.leakyRelu(0.2))]
        }
        down = (0..<depth).map { i in Sequential(block(i == 0 ? inChannels : width, width, kernel: 3, stride: 2, &rng) + block(width, width, kernel: 3, &rng)) }
        skips = (0..<depth).map { i in Sequential(block(i == 0 ? inChannels : width, skipWidth, kernel: 1, &rng)) }
        up = (0..<depth).map { _ in Sequential(block(width + skipWidth, width, kernel: 3, &rng) + block(width, width, kernel: 1, &rng)) }
        output = Conv2d(width, outChannels, kernel: 1, generator: &rng)
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        let depth = down.count
        precondition(x.shape.count == 4 && x.shape[2] % (1 << depth) == 0 && x.shape[3] % (1 << depth) == 0,
                     "HourglassNetwork: sides of \(x.shape) must be multiples of \(1 << depth)")
        var inputs: [Tensor] = [x]
        for stage in down { inputs.append(stage(inputs.last!)) }
        var h = inputs[depth]
        for i in stride(from: depth - 1, through: 0, by: -1) {
            let skip = skips[i](inputs[i])
            h = up[i](Tensor.concat([h.upsampleBilinear(size: (skip.shape[2], skip.shape[3])), skip], axis: 1))
        }
        return output(h).sigmoid()
    }
}
