import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN

/// IcGAN (Perarnau et al. 2016): a conditional GAN with two encoders, `E_z`
/// trained to recover z from generated images (squared error) and `E_y`
/// trained to read the label of real ones (cross-entropy), in a phase of
/// their own after the GAN's. A real image is edited by encoding it,
/// changing the label and regenerating: `G(E_z(x), y')`.
public final class IcGAN: EncodingModel {
    let conditional: ConditionalGAN
    let encoderZ: any LayerModule
    let encoderY: any LayerModule

    /// The players, in order.
    static let playerNames = ["generator", "discriminator", "encoder_z", "encoder_y"]

    public var conditioningClasses: Int? { conditional.classCount }

    init(conditional: ConditionalGAN, encoderZ: any LayerModule, encoderY: any LayerModule) {
        (self.conditional, self.encoderZ, self.encoderY) = (conditional, encoderZ, encoderY)
    }

    public func sampleLatent(count: Int, random: inout RandomGenerator) -> Latent {
        conditional.sampleLatent(count: count, random: &random)
    }

    public func infer(_ request: InferenceRequest, networks: [String: Module]) -> Tensor {
        guard case .latent(let latent) = request else { preconditionFailure("IcGAN: inference takes a latent, got \(request)") }
        return conditional.generate(latent, with: network("generator", in: networks))
    }

    /// `E_z(x)` with the class probabilities of `E_y(x)` appended.
    public func encode(_ images: Tensor, networks: [String: Module]) -> Tensor {
        let (z, logits) = encoded(images, networks: networks)
        return Tensor.concat([z, logits.softmax(axis: 1)], axis: 1)
    }

    /// The regeneration of an encoding with its most probable class.
    public func decode(_ encoding: Tensor, networks: [String: Module]) -> Tensor {
        let probabilities = encoding.slice(axis: 1, start: conditional.latentDimension, end: encoding.shape[1])
        return decode(encoding, labels: ClassLabels.predictions(probabilities), networks: networks)
    }

    /// The regeneration of an encoding's z with the labels `labels`.
    public func decode(_ encoding: Tensor, labels: [Int], networks: [String: Module]) -> Tensor {
        let z = encoding.slice(axis: 1, start: 0, end: conditional.latentDimension)
        return conditional.generate(Latent(z: z, labels: labels), with: network("generator", in: networks))
    }

    /// `images` regenerated with their encoded z and the labels `targets`.
    public func edit(_ images: Tensor, to targets: [Int], networks: [String: Module]) -> Tensor {
        decode(encode(images, networks: networks), labels: targets, networks: networks)
    }

    private func encoded(_ images: Tensor, networks: [String: Module]) -> (z: Tensor, logits: Tensor) {
        guard let ez = network("encoder_z", in: networks) as? any Layer, let ey = network("encoder_y", in: networks) as? any Layer else {
            preconditionFailure("IcGAN: the encoders are not Layers")
        }
        return (ez.callAsFunction(images), ey.callAsFunction(images))
    }

    /// The encoders' loss: `E_z` recovering the z of generated images, `E_y` reading the labels of the real batch.
    func encoderLoss(real: Batch, random: inout RandomGenerator) -> PhaseResult {
        let labels = ClassLabels.require(real, classes: conditional.classCount, model: "IcGAN")
        let latent = sampleLatent(count: real.images.shape[0], random: &random)
        let generated = withoutGrad { conditional.generate(latent, with: conditional.generatorNetwork) }
        let zError = (encoderZ(generated) - latent.z).square().mean()
        let logits = encoderY(Tensor(real.images))
        let labelError = ClassLabels.crossEntropy(logits: logits, labels: labels)
        return PhaseResult(loss: zError + labelError, metrics: [
            "encoder_z": zError.scalarValue, "encoder_y": labelError.scalarValue, "encoder_y_accuracy": ClassLabels.accuracy(logits: logits, labels: labels),
        ])
    }

    /// The conditional GAN's phases, then the encoders' on the same batch.
    func phases(settings: TrainerSettings) -> [Phase] {
        AdversarialTraining.phases(for: conditional, settings: settings) + [
            Phase(name: "encoders", updates: ["encoder_z", "encoder_y"], batch: .latest) { context in
                self.encoderLoss(real: context.real, random: &context.random)
            },
        ]
    }
}
