import SwiftGANAutograd
import SwiftGANNN

/// The super-resolvers trained for perception (SRGAN, ESRGAN): a warm-up of
/// `pretrainSteps` on the pixel loss alone (the PSNR-oriented network:
/// SRResNet, RRDBNet), then adversarial training against a discriminator of
/// high-resolution images, the generator minimizing `perceptualWeight` times
/// the feature distance, `adversarialWeight` times the adversarial term and
/// `pixelWeight` times the pixel loss.
public final class PerceptualRestorer: RestorationModel {
    public let preview: TranslationPreview
    public let task: RestorationTask
    public let generator: any LayerModule
    public let discriminator: any LayerModule
    public let perceptual: PerceptualLoss
    public let adversarial: AdversarialLoss
    public let pixel: PixelLoss
    public let weights: (pixel: Float, perceptual: Float, adversarial: Float)
    public let pretrainSteps: Int
    /// The step's restoration, recorded by the discriminator's phase for the generator's.
    private var restored: Tensor?

    init(preview: TranslationPreview, task: RestorationTask, generator: any LayerModule, discriminator: any LayerModule,
         perceptual: PerceptualLoss, adversarial: AdversarialLoss, pixel: PixelLoss, weights: (pixel: Float, perceptual: Float, adversarial: Float), pretrainSteps: Int) {
        (self.preview, self.task, self.generator, self.discriminator) = (preview, task, generator, discriminator)
        (self.perceptual, self.adversarial, self.pixel, self.weights, self.pretrainSteps) = (perceptual, adversarial, pixel, weights, pretrainSteps)
    }

    public func translate(_ images: Tensor, networks: [String: Module]) -> Tensor {
        layer("generator", in: networks).callAsFunction(images)
    }

    /// The generator's loss for `fake` against `target`, with its terms.
    func generatorLoss(fake: Tensor, target: Tensor) -> (total: Tensor, terms: [String: Float]) {
        let (fakeLogits, realLogits) = (discriminator(fake), adversarial == .relativisticAverage ? discriminator(target).detached() : nil)
        let adversarialTerm = adversarial.generatorLoss(fake: fakeLogits, real: realLogits)
        let perceptualTerm = perceptual(fake, target)
        var total = adversarialTerm * weights.adversarial + perceptualTerm * weights.perceptual
        var terms = ["adversarial": adversarialTerm.scalarValue, "perceptual": perceptualTerm.scalarValue]
        if weights.pixel > 0 {
            let pixelTerm = pixel(fake, target)
            total = total + pixelTerm * weights.pixel
            terms["pixel"] = pixelTerm.scalarValue
        }
        return (total, terms)
    }

    var phases: [Phase] {
        let adversarialSteps = pretrainSteps..<Int.max
        let warmUp = Phase(name: "pretrain", updates: ["generator"], activeSteps: 0..<pretrainSteps) { [unowned self] context in
            let (input, target) = try PairedTranslator.pair(context)
            let loss = pixel(generator(input), target)
            return PhaseResult(loss: loss, metrics: ["pixel_\(pixel.rawValue)": loss.scalarValue])
        }
        let d = Phase(name: "discriminator", updates: ["discriminator"], activeSteps: adversarialSteps) { [unowned self] context in
            let (input, target) = try PairedTranslator.pair(context)
            let fake = generator(input)
            restored = fake
            return PhaseResult(loss: adversarial.discriminatorLoss(real: discriminator(target), fake: discriminator(fake.detached())))
        }
        let g = Phase(name: "generator", updates: ["generator"], activeSteps: adversarialSteps, batch: .latest) { [unowned self] context in
            let (input, target) = try PairedTranslator.pair(context)
            let fake = restored ?? generator(input)
            restored = nil
            let (total, terms) = generatorLoss(fake: fake, target: target)
            return PhaseResult(loss: total, metrics: terms)
        }
        return [warmUp, d, g]
    }
}
