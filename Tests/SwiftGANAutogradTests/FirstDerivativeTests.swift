import SwiftGAN
import SwiftGANTestSupport
import XCTest

/// Finite-difference checks of the first derivative of every operation.
final class FirstDerivativeTests: XCTestCase {
    var generator = RandomGenerator(seed: 42)

    func normal(_ shape: [Int]) -> NDArray { generator.normal(shape) }
    func positive(_ shape: [Int]) -> NDArray { generator.uniform(shape, low: 0.5, high: 2) }
    /// Values kept away from 0 so kinks (relu, abs, clamp) are not crossed by the step.
    func awayFromZero(_ shape: [Int]) -> NDArray {
        NDArray(normal(shape).elements.map { $0 >= 0 ? $0 + 0.2 : $0 - 0.2 }, shape: shape)
    }

    /// Distinct values at least 0.1 apart, so max-like operations have no near ties.
    func spaced(_ shape: [Int]) -> NDArray {
        NDArray(generator.permutation(Shape.count(shape)).map { Float($0) * 0.1 - 1 }, shape: shape)
    }

    func testArithmeticWithBroadcasting() {
        let a = normal([2, 3, 4]), b = normal([3, 1]), c = positive([4])
        FiniteDifferences.checkFirst([a, b]) { $0[0] + $0[1] }
        FiniteDifferences.checkFirst([a, b]) { $0[0] - $0[1] }
        FiniteDifferences.checkFirst([a, b]) { $0[0] * $0[1] }
        FiniteDifferences.checkFirst([a, c]) { $0[0] / $0[1] }
        FiniteDifferences.checkFirst([a]) { -$0[0] * 3 + 2 }
        FiniteDifferences.checkFirst([c]) { 2 / $0[0] }
        FiniteDifferences.checkFirst([a, b, c]) { Tensor.multiplyAdd($0[0], $0[1], $0[2]) }
    }

    func testUnaryMath() {
        let x = normal([3, 4]), p = positive([3, 4])
        FiniteDifferences.checkFirst([x]) { $0[0].exp() }
        FiniteDifferences.checkFirst([p]) { $0[0].log() }
        FiniteDifferences.checkFirst([p]) { $0[0].sqrt() }
        FiniteDifferences.checkFirst([p]) { $0[0].rsqrt() }
        FiniteDifferences.checkFirst([p]) { $0[0].reciprocal() }
        FiniteDifferences.checkFirst([x]) { $0[0].square() }
        FiniteDifferences.checkFirst([p]) { $0[0].pow(2.5) }
        FiniteDifferences.checkFirst([p, x]) { Tensor.pow($0[0], $0[1]) }
        FiniteDifferences.checkFirst([awayFromZero([3, 4])]) { $0[0].abs() }
        FiniteDifferences.checkFirst([awayFromZero([3, 4])]) { $0[0].clamp(min: -0.1, max: 0.1) + $0[0].sign() }
        FiniteDifferences.checkFirst([x, awayFromZero([3, 4])]) { Tensor.minimum($0[0], $0[0] + $0[1]) }
        FiniteDifferences.checkFirst([x, awayFromZero([4])]) { Tensor.maximum($0[0], $0[0] + $0[1]) }
        FiniteDifferences.checkFirst([awayFromZero([3, 4]), normal([4])]) { Tensor.where($0[0] .> Tensor(scalar: 0), $0[0], $0[1]) }
    }

    func testActivations() {
        let x = awayFromZero([4, 5])
        FiniteDifferences.checkFirst([x]) { $0[0].relu() }
        FiniteDifferences.checkFirst([x]) { $0[0].leakyRelu(slope: 0.2) }
        FiniteDifferences.checkFirst([x]) { $0[0].elu(alpha: 1.5) }
        FiniteDifferences.checkFirst([x]) { $0[0].gelu() }
        FiniteDifferences.checkFirst([x]) { $0[0].tanh() }
        FiniteDifferences.checkFirst([x]) { $0[0].sigmoid() }
        FiniteDifferences.checkFirst([x]) { $0[0].softplus() }
        FiniteDifferences.checkFirst([x]) { $0[0].erf() }
        FiniteDifferences.checkFirst([x]) { $0[0].softmax(axis: 1) }
        FiniteDifferences.checkFirst([x]) { $0[0].logSoftmax(axis: 0) }
    }

    func testReductions() {
        let x = spaced([2, 3, 4])
        FiniteDifferences.checkFirst([x]) { $0[0].sum(axes: [0, 2]) }
        FiniteDifferences.checkFirst([x]) { $0[0].sum(axes: [1], keepDims: true) }
        FiniteDifferences.checkFirst([x]) { $0[0].mean() }
        FiniteDifferences.checkFirst([x]) { $0[0].mean(axes: [-1]) }
        FiniteDifferences.checkFirst([x]) { $0[0].variance(axes: [0, 2]) }
        FiniteDifferences.checkFirst([x]) { $0[0].variance(axes: [1], correction: 0, keepDims: true) }
        FiniteDifferences.checkFirst([x]) { $0[0].max(axes: [1]) }
        FiniteDifferences.checkFirst([x]) { $0[0].min(axes: [0, 2], keepDims: true) }
        FiniteDifferences.checkFirst([x]) { $0[0].logSumExp(axes: [2]) }
        FiniteDifferences.checkFirst([x]) { $0[0].logSumExp() }
    }

    func testMovement() {
        let x = normal([2, 3, 4])
        FiniteDifferences.checkFirst([x]) { $0[0].reshape([6, -1]) }
        FiniteDifferences.checkFirst([x]) { $0[0].permute([2, 0, 1]) }
        FiniteDifferences.checkFirst([normal([3, 1])]) { $0[0].expand(to: [2, 3, 4]) }
        FiniteDifferences.checkFirst([x]) { $0[0].slice(axis: 2, start: 1, end: 4, step: 2) }
        FiniteDifferences.checkFirst([x, normal([2, 2, 4])]) { Tensor.concat([$0[0], $0[1]], axis: 1) }
        FiniteDifferences.checkFirst([x, normal([2, 3, 4])]) { Tensor.stack([$0[0], $0[1]], axis: 1) }
        FiniteDifferences.checkFirst([x]) { $0[0].flip(axes: [0, 2]) }
        FiniteDifferences.checkFirst([x]) { $0[0].indexSelect(axis: 2, [3, 0, 0, 1]) }
        let index = NDArray([2, 0, 1, 1, 0, 2, 2, 2], shape: [2, 1, 4])
        FiniteDifferences.checkFirst([x]) { $0[0].gather(axis: 1, index: index) }
        FiniteDifferences.checkFirst([normal([2, 1, 4])]) { $0[0].scatterAdd(axis: 1, index: index, shape: [2, 3, 4]) }
        FiniteDifferences.checkFirst([x]) { $0[0].transpose(0, 2).flatten().unsqueeze(1).squeeze(1) }
        FiniteDifferences.checkFirst([x]) { $0[0].sum(toShape: [3, 1]) }
        FiniteDifferences.checkFirst([normal([2, 2, 4])]) { $0[0].unslice(into: [2, 5, 4], axis: 1, start: 1, step: 2) }
        FiniteDifferences.checkFirst([normal([2, 4, 4])]) { $0[0].indexAdd(axis: 1, [2, 0, 2, 1], size: 3) }
        let image = normal([1, 2, 3, 4])
        for mode in [PaddingMode.zero, .reflect, .replicate] {
            FiniteDifferences.checkFirst([image]) { $0[0].pad([(1, 2), (2, 1)], mode: mode) }
        }
    }

    func testMatmul() {
        FiniteDifferences.checkFirst([normal([3, 4]), normal([4, 5])]) { Tensor.matmul($0[0], $0[1]) }
        FiniteDifferences.checkFirst([normal([2, 3, 4]), normal([4, 5])]) { Tensor.matmul($0[0], $0[1]) }
        FiniteDifferences.checkFirst([normal([2, 1, 3, 4]), normal([3, 4, 2])]) { Tensor.matmul($0[0], $0[1]) }
        FiniteDifferences.checkFirst([normal([4, 3]), normal([5, 4])]) {
            Tensor.matmul($0[0], $0[1], transposeA: true, transposeB: true)
        }
        FiniteDifferences.checkFirst([normal([4]), normal([4, 2])]) { Tensor.matmul($0[0], $0[1]) }
        FiniteDifferences.checkFirst([normal([3, 4]), normal([2, 4]), normal([2])]) {
            Tensor.linear($0[0], weight: $0[1], bias: $0[2])
        }
    }

    func testConvolutions() {
        FiniteDifferences.checkFirst([normal([2, 3, 5, 6]), normal([4, 3, 3, 3]), normal([4])]) {
            Tensor.conv2d($0[0], weight: $0[1], bias: $0[2], stride: (2, 1), padding: (1, 1))
        }
        FiniteDifferences.checkFirst([normal([1, 4, 6, 6]), normal([4, 2, 3, 2])]) {
            Tensor.conv2d($0[0], weight: $0[1], padding: (2, 1), dilation: (2, 1), groups: 2)
        }
        FiniteDifferences.checkFirst([normal([2, 3, 4, 3]), normal([3, 2, 4, 4]), normal([2])]) {
            Tensor.convTranspose2d($0[0], weight: $0[1], bias: $0[2], stride: (2, 2), padding: (1, 1), outputPadding: (1, 0))
        }
        FiniteDifferences.checkFirst([normal([1, 4, 3, 3]), normal([4, 1, 3, 3])]) {
            Tensor.convTranspose2d($0[0], weight: $0[1], stride: (2, 1), dilation: (1, 2), groups: 2)
        }
    }

    /// Depthwise convolutions (one input channel per group, as the FIR filters
    /// of the style-based models use them), strided and transposed.
    func testDepthwiseConvolutions() {
        FiniteDifferences.checkFirst([normal([2, 3, 6, 6]), normal([3, 1, 4, 4])]) {
            Tensor.conv2d($0[0], weight: $0[1], stride: (2, 2), padding: (1, 1), groups: 3)
        }
        FiniteDifferences.checkFirst([normal([2, 3, 3, 3]), normal([3, 1, 4, 4])]) {
            Tensor.convTranspose2d($0[0], weight: $0[1], stride: (2, 2), padding: (1, 1), groups: 3)
        }
        FiniteDifferences.checkFirst([normal([1, 6, 5, 5]), normal([6, 1, 4, 4])]) {
            Tensor.conv2d($0[0], weight: $0[1], padding: (2, 2), groups: 6)
        }
        FiniteDifferences.checkFirst([normal([2, 32, 8, 8]), normal([32, 1, 4, 4])]) {
            Tensor.conv2d($0[0], weight: $0[1], stride: (2, 2), padding: (1, 1), groups: 32)
        }
        FiniteDifferences.checkFirst([normal([2, 32, 4, 4]), normal([32, 1, 4, 4])]) {
            Tensor.convTranspose2d($0[0], weight: $0[1], stride: (2, 2), padding: (1, 1), groups: 32)
        }
    }

    func testPoolingAndResampling() {
        let x = normal([2, 2, 5, 6])
        FiniteDifferences.checkFirst([x]) { $0[0].avgPool2d(kernel: (2, 2)) }
        FiniteDifferences.checkFirst([x]) { $0[0].avgPool2d(kernel: (3, 3), stride: (2, 2), padding: (1, 1)) }
        FiniteDifferences.checkFirst([spaced([2, 2, 5, 6])]) {
            $0[0].maxPool2d(kernel: (3, 2), stride: (2, 2), padding: (1, 1))
        }
        FiniteDifferences.checkFirst([x]) { $0[0].upsampleNearest(scale: 2) }
        FiniteDifferences.checkFirst([x]) { $0[0].upsampleNearest(size: (7, 4)) }
        FiniteDifferences.checkFirst([x]) { $0[0].upsampleBilinear(size: (9, 7)) }
        FiniteDifferences.checkFirst([x]) { $0[0].upsampleBilinear(size: (3, 11), alignCorners: true) }
        FiniteDifferences.checkFirst([normal([1, 8, 2, 3])]) { $0[0].pixelShuffle(2) }
        FiniteDifferences.checkFirst([normal([1, 2, 4, 6])]) { $0[0].pixelUnshuffle(2) }
    }
}
