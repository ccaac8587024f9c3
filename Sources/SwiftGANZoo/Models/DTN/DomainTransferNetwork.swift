import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN

/// The Domain Transfer Network of Taigman et al. (2017): a one-way
/// translator G = g ∘ f from a source domain (A) to a target domain (B)
/// through a fixed encoder f. f first learns the source's labels for
/// `encoderSteps` steps (the paper's f is a classifier of the labelled
/// source domain) and is then frozen. The three-way discriminator tells
/// translated source images, translated target images and real target
/// images apart; the generator fools it into calling both translations
/// real, keeps f's reading of each source image (f-constancy, the mean
/// squared difference of f(x) and f(G(x)), weight α) and leaves target
/// images unchanged (the mean squared difference of x and G(x), weight β),
/// with an optional total-variation term (γ).
public final class DomainTransferNetwork: TranslationModel {
    public let preview: TranslationPreview
    public let encoder: DTNEncoder
    public let decoder: DTNDecoder
    public let discriminator: DTNDiscriminator
    public let weights: (constancy: Float, identity: Float, totalVariation: Float)
    public let encoderSteps: Int

    public init(
        preview: TranslationPreview, encoder: DTNEncoder, decoder: DTNDecoder, discriminator: DTNDiscriminator,
        weights: (constancy: Float, identity: Float, totalVariation: Float), encoderSteps: Int
    ) {
        (self.preview, self.encoder, self.decoder, self.discriminator) = (preview, encoder, decoder, discriminator)
        (self.weights, self.encoderSteps) = (weights, encoderSteps)
    }

    public func translate(_ images: Tensor, networks: [String: Module]) -> Tensor {
        guard let f = networks["encoder"] as? DTNEncoder else { preconditionFailure("DTN: no encoder among \(networks.keys.sorted())") }
        return layer("generator", in: networks).callAsFunction(f(images))
    }

    /// The translations of a source and a target batch, decoded as one
    /// batch so that the generator's batch norm sees in training the mix of
    /// both domains' features whose running statistics it uses in inference.
    func translations(source: Tensor, target: Tensor) -> (features: Tensor, fromSource: Tensor, fromTarget: Tensor) {
        let features = encoder(source)
        let both = decoder(Tensor.concat([features, encoder(target)], axis: 0))
        let count = source.shape[0]
        return (features, both.slice(axis: 0, start: 0, end: count), both.slice(axis: 0, start: count, end: both.shape[0]))
    }

    /// The discriminator's loss: cross-entropy against the three kinds of image.
    public func discriminatorLoss(source: Tensor, target: Tensor) -> Tensor {
        let (_, fromSource, fromTarget) = withoutGrad { translations(source: source, target: target) }
        return Self.kindLoss(discriminator(fromSource), DTNDiscriminator.translatedSource)
            + Self.kindLoss(discriminator(fromTarget), DTNDiscriminator.translatedTarget)
            + Self.kindLoss(discriminator(target), DTNDiscriminator.realTarget)
    }

    /// The generator's loss and its terms on a source and a target batch.
    public func generatorLoss(source: Tensor, target: Tensor) -> (total: Tensor, terms: [String: Float]) {
        let (sourceFeatures, fromSource, fromTarget) = translations(source: source, target: target)
        let adversarial = Self.kindLoss(discriminator(fromSource), DTNDiscriminator.realTarget) + Self.kindLoss(discriminator(fromTarget), DTNDiscriminator.realTarget)
        let constancy = (encoder(fromSource) - Tensor(sourceFeatures.value)).square().mean()
        let identity = (fromTarget - target).square().mean()
        var total = adversarial + constancy * weights.constancy + identity * weights.identity
        var terms = ["adversarial": adversarial.scalarValue, "constancy": constancy.scalarValue, "identity": identity.scalarValue]
        if weights.totalVariation > 0 {
            let variation = Self.totalVariation(fromSource)
            total = total + variation * weights.totalVariation
            terms["total_variation"] = variation.scalarValue
        }
        return (total, terms)
    }

    /// Mean cross-entropy of three-way `logits` against one `kind` for every row.
    static func kindLoss(_ logits: Tensor, _ kind: Int) -> Tensor {
        ClassLabels.crossEntropy(logits: logits, labels: Array(repeating: kind, count: logits.shape[0]))
    }

    /// The mean anisotropic total variation of images `[N, C, H, W]`: squared differences of neighbours, as the paper's.
    static func totalVariation(_ x: Tensor) -> Tensor {
        let (h, w) = (x.shape[2], x.shape[3])
        let down = x.slice(axis: 2, start: 1, end: h) - x.slice(axis: 2, start: 0, end: h - 1)
        let right = x.slice(axis: 3, start: 1, end: w) - x.slice(axis: 3, start: 0, end: w - 1)
        return down.square().mean() + right.square().mean()
    }

    var phases: [Phase] {
        let warmUp = Phase(name: "encoder", updates: ["encoder"], activeSteps: 0..<encoderSteps) { [unowned self] context in
            let labels = ClassLabels.require(context.real, classes: encoder.head.weight.shape[0], model: "DTN")
            let logits = encoder.classify(Tensor(context.real.images))
            return PhaseResult(loss: ClassLabels.crossEntropy(logits: logits, labels: labels), metrics: ["encoder_accuracy": ClassLabels.accuracy(logits: logits, labels: labels)])
        }
        let adversarialSteps = encoderSteps..<Int.max
        let d = Phase(name: "discriminator", updates: ["discriminator"], activeSteps: adversarialSteps) { [unowned self] context in
            let (source, target) = try PairedTranslator.pair(context)
            return PhaseResult(loss: discriminatorLoss(source: source, target: target))
        }
        let g = Phase(name: "generator", updates: ["generator"], activeSteps: adversarialSteps, batch: .latest) { [unowned self] context in
            let (source, target) = try PairedTranslator.pair(context)
            let result = generatorLoss(source: source, target: target)
            return PhaseResult(loss: result.total, metrics: result.terms)
        }
        return [warmUp, d, g]
    }
}
