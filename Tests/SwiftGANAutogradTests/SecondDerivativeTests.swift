import SwiftGAN
import SwiftGANTestSupport
import XCTest

/// Finite-difference checks of second derivatives of every operation a critic
/// (discriminator) uses, and of the gradient penalties built from them.
final class SecondDerivativeTests: XCTestCase {
    var generator = RandomGenerator(seed: 5)

    func normal(_ shape: [Int]) -> NDArray { generator.normal(shape) }
    func positive(_ shape: [Int]) -> NDArray { generator.uniform(shape, low: 0.5, high: 2) }

    func testElementwise() {
        let a = normal([3, 4]), b = normal([4]), p = positive([3, 4])
        FiniteDifferences.checkSecond([a, b]) { $0[0] * $0[1] }
        FiniteDifferences.checkSecond([a, positive([4])]) { $0[0] / $0[1] }
        FiniteDifferences.checkSecond([a, b]) { ($0[0] + $0[1]) * ($0[0] - $0[1]) }
        FiniteDifferences.checkSecond([a]) { $0[0].exp() }
        FiniteDifferences.checkSecond([p]) { $0[0].log() }
        FiniteDifferences.checkSecond([p]) { $0[0].sqrt() }
        FiniteDifferences.checkSecond([p]) { $0[0].rsqrt() }
        FiniteDifferences.checkSecond([p]) { $0[0].pow(1.5) }
        FiniteDifferences.checkSecond([p, a]) { Tensor.pow($0[0], $0[1]) }
        FiniteDifferences.checkSecond([a]) { $0[0].square() }
        FiniteDifferences.checkSecond([p]) { 1 / $0[0] }
    }

    func testActivations() {
        let x = normal([3, 5])
        FiniteDifferences.checkSecond([x]) { $0[0].tanh() }
        FiniteDifferences.checkSecond([x]) { $0[0].sigmoid() }
        FiniteDifferences.checkSecond([x]) { $0[0].softplus() }
        FiniteDifferences.checkSecond([x]) { $0[0].gelu() }
        let kinkFree = NDArray(x.elements.map { $0 >= 0 ? $0 + 0.2 : $0 - 0.2 }, shape: x.shape)
        FiniteDifferences.checkSecond([kinkFree]) { $0[0].elu() * $0[0] }
        FiniteDifferences.checkSecond([kinkFree]) { $0[0].leakyRelu(slope: 0.2) * $0[0] }
        FiniteDifferences.checkSecond([kinkFree]) { $0[0].relu() * $0[0] }
        FiniteDifferences.checkSecond([x]) { $0[0].softmax(axis: 1) }
        FiniteDifferences.checkSecond([x]) { $0[0].logSoftmax(axis: 0) }
    }

    func testReductionsAndMovement() {
        let x = normal([2, 3, 4])
        FiniteDifferences.checkSecond([x]) { $0[0].square().sum(axes: [1]) }
        FiniteDifferences.checkSecond([x]) { $0[0].mean(axes: [0, 2]).square() }
        FiniteDifferences.checkSecond([x]) { $0[0].variance(axes: [2]) }
        FiniteDifferences.checkSecond([x]) { $0[0].logSumExp(axes: [1]) }
        let distinct = NDArray(generator.permutation(24).map { Float($0) * 0.1 - 1 }, shape: [2, 3, 4])
        FiniteDifferences.checkSecond([distinct]) { $0[0].max(axes: [2]) * $0[0].sum(axes: [2]) }
        FiniteDifferences.checkSecond([x]) { $0[0].permute([1, 2, 0]).reshape([3, 8]).square() }
        FiniteDifferences.checkSecond([x]) { $0[0].slice(axis: 1, start: 0, end: 3, step: 2).exp() }
        FiniteDifferences.checkSecond([x]) { Tensor.concat([$0[0], $0[0].square()], axis: 0) }
        FiniteDifferences.checkSecond([normal([1, 2, 3, 4])]) { $0[0].pad([(1, 1), (2, 0)], mode: .reflect).square() }
        FiniteDifferences.checkSecond([x]) { $0[0].flip(axes: [1]).expand(to: [2, 2, 3, 4]).square() }
    }

    func testMatmulAndConvolutions() {
        FiniteDifferences.checkSecond([normal([3, 4]), normal([4, 2])]) { Tensor.matmul($0[0], $0[1]).square() }
        FiniteDifferences.checkSecond([normal([3, 4]), normal([2, 4]), normal([2])]) {
            Tensor.linear($0[0], weight: $0[1], bias: $0[2]).square()
        }
        FiniteDifferences.checkSecond([normal([2, 3, 5, 5]), normal([2, 3, 3, 3])]) {
            Tensor.conv2d($0[0], weight: $0[1], stride: (2, 2), padding: (1, 1)).square()
        }
        FiniteDifferences.checkSecond([normal([1, 2, 3, 3]), normal([2, 2, 4, 4])]) {
            Tensor.convTranspose2d($0[0], weight: $0[1], stride: (2, 2), padding: (1, 1)).square()
        }
        FiniteDifferences.checkSecond([normal([1, 2, 4, 4])]) { $0[0].avgPool2d(kernel: (2, 2)).square() }
        let distinct = NDArray(generator.permutation(32).map { Float($0) * 0.1 - 1.5 }, shape: [1, 2, 4, 4])
        FiniteDifferences.checkSecond([distinct]) { $0[0].maxPool2d(kernel: (2, 2)).square() }
        FiniteDifferences.checkSecond([normal([1, 1, 3, 3])]) { $0[0].upsampleBilinear(size: (5, 5)).square() }
    }
}
