import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN

/// pix2pix (Isola et al. 2017): a generator translating A to B and a
/// conditional discriminator judging (A, B) pairs patch by patch; the
/// generator's loss is the adversarial term plus `l1Weight` times the L1
/// distance to the paired target. Each step updates the discriminator on
/// the real pair and the generated one (its loss halved, as the paper's),
/// then the generator against the updated discriminator, with the
/// translation computed once for both.
public final class Pix2Pix: TranslationModel {
    public let preview: TranslationPreview
    public let generator: any LayerModule
    public let discriminator: any LayerModule
    public let loss: AdversarialLoss
    public let l1Weight: Float
    /// The step's translation, recorded for the generator's phase by the discriminator's.
    private var translation: Tensor?

    public init(preview: TranslationPreview, generator: any LayerModule, discriminator: any LayerModule, loss: AdversarialLoss, l1Weight: Float) {
        (self.preview, self.generator, self.discriminator, self.loss, self.l1Weight) = (preview, generator, discriminator, loss, l1Weight)
    }

    public func translate(_ images: Tensor, networks: [String: Module]) -> Tensor {
        let network = layer("generator", in: networks)
        return network.callAsFunction(images)
    }

    /// The discriminator's logits for inputs `a` paired with images `b`.
    func judge(_ a: Tensor, _ b: Tensor) -> Tensor {
        discriminator(Tensor.concat([a, b], axis: 1))
    }

    /// The discriminator's loss on a real pair and its translation (`fake`, a constant).
    public func discriminatorLoss(input a: Tensor, target b: Tensor, fake: Tensor) -> Tensor {
        loss.discriminatorLoss(real: judge(a, b), fake: judge(a, fake)) * 0.5
    }

    /// The generator's loss for `fake = G(a)`: adversarial plus `l1Weight` times L1 to `b`, with the L1 term alone.
    public func generatorLoss(input a: Tensor, target b: Tensor, fake: Tensor) -> (total: Tensor, l1: Tensor) {
        let l1 = (fake - b).abs().mean()
        return (loss.generatorLoss(fake: judge(a, fake)) + l1 * l1Weight, l1)
    }

    /// The discriminator's phase, then the generator's on the same batch.
    var phases: [Phase] {
        let d = Phase(name: "discriminator", updates: ["discriminator"]) { [unowned self] context in
            let (a, b) = try Self.pair(context)
            let fake = generator(a)
            translation = fake
            return PhaseResult(loss: discriminatorLoss(input: a, target: b, fake: fake.detached()))
        }
        let g = Phase(name: "generator", updates: ["generator"], batch: .latest) { [unowned self] context in
            let (a, b) = try Self.pair(context)
            let fake = translation ?? generator(a)
            translation = nil
            let (total, l1) = generatorLoss(input: a, target: b, fake: fake)
            return PhaseResult(loss: total, metrics: ["l1": l1.scalarValue])
        }
        return [d, g]
    }

    /// The inputs and targets of a paired batch.
    static func pair(_ context: PhaseContext) throws -> (Tensor, Tensor) {
        guard let targets = context.real.targets else { throw TrainingError(step: context.step, problem: "the batch has no targets; translators train on paired or unpaired translation data") }
        return (Tensor(context.real.images), Tensor(targets))
    }
}
