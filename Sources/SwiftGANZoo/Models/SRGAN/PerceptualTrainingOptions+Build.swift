import SwiftGANKernels
import SwiftGANNN

extension PerceptualTrainingOptions {
    /// The perceptual restorer of model `name` on its data: the generator `make` builds, SRGAN's
    /// discriminator, the perceptual loss these options name with `criterion`, and the `adversarial` and `pixel` losses.
    func build(
        _ context: ModelContext, model name: String, criterion: PixelLoss, adversarial: AdversarialLoss, pixel: PixelLoss,
        generator make: @escaping (RestorationTask, inout RandomGenerator) -> any LayerModule
    ) throws -> ModelBuild {
        let task = try RestorationBuild.task(context, model: name, kinds: [.superResolution])
        guard task.factor & (task.factor - 1) == 0 else {
            throw ConfigurationError(key: "dataset", problem: "\(name)'s generator doubles the image; its factor must be a power of two, not \(task.factor)")
        }
        guard task.channels == 3 else { throw ConfigurationError(key: "dataset", problem: "the perceptual loss compares color images; \(name) takes the photos_ sets") }
        try RestorationBuild.check(discriminatorWidth, key: "\(name).discriminator_width", minimum: 1)
        try RestorationBuild.check(pretrainSteps, key: "\(name).pretrain_steps", minimum: 0)
        let network = try PerceptualNetworkChoice.network(featureNetwork, weightsPath: vgg19Weights, section: name)
        let layers = try PerceptualNetworkChoice.layers(perceptualLayers, network: featureNetwork, section: name)
        let side = context.data.targetShape![1], width = discriminatorWidth
        let model = PerceptualRestorer(
            preview: TranslationPreview(configuration: context.configuration), task: task,
            generator: context.layer("generator") { make(task, &$0) },
            discriminator: context.layer("discriminator") { SRGANDiscriminator.make(channels: task.channels, width: width, side: side, &$0) },
            perceptual: PerceptualLoss(network: network, layers: layers, criterion: criterion), adversarial: adversarial, pixel: pixel,
            weights: (pixelWeight, perceptualWeight, adversarialWeight), pretrainSteps: pretrainSteps)
        return ModelBuild(model: model, phases: model.phases)
    }
}
