import SwiftGANAutograd
import SwiftGANMetrics
import SwiftGANNN

/// The distance between images in a feature network's layers (Johnson et
/// al.; SRGAN's "VGG loss"): for each layer, the mean squared (or absolute)
/// difference of the activations of the output and the target, weighted;
/// images in [-1, 1]. The network is frozen; gradients reach the output only.
public struct PerceptualLoss {
    public let network: any LayeredFeatureNetwork
    /// Layer name to weight.
    public let layers: [String: Float]
    public let criterion: PixelLoss

    public init(network: any LayeredFeatureNetwork, layers: [String: Float], criterion: PixelLoss) {
        precondition(!layers.isEmpty, "PerceptualLoss: no layers")
        if let module = network as? Module { for parameter in module.parameters() { parameter.isTrainable = false } }
        (self.network, self.layers, self.criterion) = (network, layers, criterion)
    }

    public func callAsFunction(_ output: Tensor, _ target: Tensor) -> Tensor {
        let names = layers.keys.sorted()
        let fake = network.activations(output * 0.5 + 0.5, at: names)
        let real = withoutGrad { network.activations(target * 0.5 + 0.5, at: names) }
        let terms = names.map { criterion(fake[$0]!, real[$0]!) * layers[$0]! }
        return terms.dropFirst().reduce(terms[0], +)
    }
}
