import Foundation
import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// R3GAN's residual block: `x + branch(x)`, the branch a 1x1 convolution to
/// `expansion` times the width, a grouped 3x3 convolution (`groupSize` channels
/// per group), and a 1x1 convolution back, each of the first two followed by
/// a bias and a leaky ReLU. The last convolution starts at zero, so every
/// block starts as the identity; the first two are scaled by `L^(-1/4)` for
/// `L` blocks in the network (fix-up initialization for 3-layer branches).
final class R3GANBlock: Module, Layer {
    let expand: Conv2d
    let grouped: Conv2d
    let project: Conv2d
    let expandBias: Parameter
    let groupedBias: Parameter

    init(width: Int, expansion: Int, groupSize: Int, blocksInNetwork: Int, generator: inout RandomGenerator) {
        let inner = width * expansion
        precondition(inner % groupSize == 0, "R3GANBlock: \(inner) channels are not divisible into groups of \(groupSize)")
        let gain = R3GANLayers.activationGain * Float(pow(Double(blocksInNetwork), -0.25))
        expand = R3GANLayers.conv(width, inner, kernel: 1, gain: gain, generator: &generator)
        grouped = R3GANLayers.conv(inner, inner, kernel: 3, groups: inner / groupSize, gain: gain, generator: &generator)
        project = R3GANLayers.conv(inner, width, kernel: 1, gain: 0, generator: &generator)
        expandBias = Parameter(NDArray(zeros: [inner]))
        groupedBias = Parameter(NDArray(zeros: [inner]))
    }

    func callAsFunction(_ x: Tensor) -> Tensor {
        let h = R3GANLayers.activate(expand(x), bias: expandBias)
        return x + project(R3GANLayers.activate(grouped(h), bias: groupedBias))
    }
}
