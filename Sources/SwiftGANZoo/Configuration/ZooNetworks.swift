import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN

/// Builds the networks and the model a configuration asks for.
struct ZooNetworks {
    let configuration: TrainingConfiguration
    let data: ZooDataset
    let architecture: String
    let normalization: DiscriminatorNormalization

    var classes: Int { data.classCount ?? 10 }
    var channels: Int { data.sampleShape[0] }

    /// The width of the generator's input.
    var generatorInput: Int {
        let c = configuration
        switch c.model {
        case "cgan", "acgan": return c.latentDimension + classes
        case "infogan": return c.latentDimension + c.continuousCodes + classes
        default: return c.latentDimension
        }
    }

    /// The discriminator's outputs.
    var discriminatorOutputs: Int {
        switch configuration.model {
        case "acgan": return 1 + classes
        case "infogan": return 1 + classes + configuration.continuousCodes
        case "ssgan": return classes
        default: return 1
        }
    }

    func generatorNetwork(generator rng: inout RandomGenerator) -> any LayerModule {
        let c = configuration
        switch architecture {
        case "mlp": return MLP.generator(latent: generatorInput, hidden: c.hidden, layers: c.layers, output: channels, generator: &rng)
        case "infogan28": return InfoGAN28.generator(latent: generatorInput, channels: channels, generator: &rng)
        case "resnet28": return ResNetGenerator(latent: generatorInput, width: c.hidden, channels: channels, bottom: 7, upBlocks: 2, generator: &rng)
        default: return DCGAN28.generator(latent: generatorInput, channels: channels, generator: &rng)
        }
    }

    func discriminatorNetwork(generator rng: inout RandomGenerator) -> any LayerModule {
        let c = configuration
        let conditioned = c.model == "cgan" ? classes : 0
        let inputs = channels * c.packing + conditioned
        switch architecture {
        case "mlp":
            return MLP.discriminator(
                input: inputs, hidden: c.hidden, layers: c.layers, outputs: discriminatorOutputs, spectralNorm: normalization == .spectralNorm,
                minibatchDiscrimination: c.minibatchDiscrimination, generator: &rng)
        case "infogan28":
            return InfoGAN28.discriminator(channels: channels, codeOutputs: discriminatorOutputs - 1, generator: &rng)
        case "resnet28":
            return ResNetDiscriminator(
                width: c.hidden, channels: inputs, outputs: discriminatorOutputs, downBlocks: 2, spectralNorm: normalization == .spectralNorm,
                generator: &rng)
        default:
            return DCGAN28.discriminator(
                channels: inputs, normalization: normalization, minibatchDiscrimination: c.minibatchDiscrimination,
                outputs: discriminatorOutputs, generator: &rng)
        }
    }

    func model(loss: AdversarialLoss, penalty: GradientPenalty?, augment: DiffAugment?, generator rng: inout RandomGenerator) -> any GANModel {
        let c = configuration
        let g = generatorNetwork(generator: &rng)
        if c.model == "began" {
            let autoencoder = architecture == "mlp"
                ? BEGANAutoencoder.mlp(input: channels, hidden: c.hidden, generator: &rng)
                : BEGANAutoencoder.conv28(channels: channels, generator: &rng)
            return BEGAN(generator: g, discriminator: BEGANDiscriminator(autoencoder: autoencoder), latentDimension: c.latentDimension)
        }
        let d = discriminatorNetwork(generator: &rng)
        switch c.model {
        case "cgan": return ConditionalGAN(generator: g, discriminator: d, latentDimension: c.latentDimension, classCount: classes, loss: loss)
        case "acgan": return ACGAN(generator: g, discriminator: d, latentDimension: c.latentDimension, classCount: classes, loss: loss)
        case "infogan":
            return InfoGAN(generator: g, discriminator: d, noiseDimension: c.latentDimension, categories: classes, continuousCodes: c.continuousCodes, loss: loss,
                           infoWeight: c.infoWeight, continuousWeight: c.infoContinuousWeight)
        case "ssgan": return SemiSupervisedGAN(generator: g, discriminator: d, latentDimension: c.latentDimension, classCount: classes)
        default:
            return StandardGAN(
                generator: g, discriminator: d, latentDimension: c.latentDimension, loss: loss, penalty: penalty, weightClip: c.weightClip,
                realTarget: 1 - c.labelSmoothing, instanceNoise: c.instanceNoise, instanceNoiseSteps: c.steps, augment: augment,
                packing: c.packing, generatorObjective: c.featureMatching ? .featureMatching : .adversarial)
        }
    }
}
