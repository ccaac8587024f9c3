import SwiftGANAutograd
import SwiftGANNN

/// A restorer trained on pixels alone (SRCNN, ESPCN, VDSR, EDSR, the
/// denoisers): one network, the `generator`, minimizing `loss` between its
/// output and the target, its gradients clipped to `maxGradientNorm` when set.
/// With no trainable parameters (the bicubic baseline) it has no phase.
public final class PixelRestorer: RestorationModel {
    public let preview: TranslationPreview
    public let task: RestorationTask
    public let network: any LayerModule
    public let loss: PixelLoss
    public let maxGradientNorm: Float?

    public init(preview: TranslationPreview, task: RestorationTask, network: any LayerModule, loss: PixelLoss, maxGradientNorm: Float? = nil) {
        (self.preview, self.task, self.network, self.loss, self.maxGradientNorm) = (preview, task, network, loss, maxGradientNorm)
    }

    public func translate(_ images: Tensor, networks: [String: Module]) -> Tensor {
        layer("generator", in: networks).callAsFunction(images)
    }

    /// One phase updating the generator on each batch; none when it has nothing to learn.
    public var phases: [Phase] {
        guard !network.parameters().isEmpty else { return [] }
        return [Phase(name: "generator", updates: ["generator"], maxGradientNorm: maxGradientNorm) { [unowned self] context in
            let (input, target) = try PairedTranslator.pair(context)
            let value = loss(network(input), target)
            return PhaseResult(loss: value, metrics: ["pixel_\(loss.rawValue)": value.scalarValue])
        }]
    }
}
