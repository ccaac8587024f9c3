import SwiftGAN

/// A two-stage growing generator on 2-D points, ProGAN's fade-in in
/// miniature: stage 0 uses the coarse head; in stage 1 the fine head fades
/// in, `alpha · fine + (1 - alpha) · coarse`.
final class GrowingModel: ZooModel {
    final class Generator: Module, Layer {
        let body: Linear
        let coarse: Linear
        let fine: Sequential
        var stage = 0
        var alpha: Float = 1

        init(latent: Int, random: inout RandomGenerator) {
            body = Linear(latent, 16, generator: &random)
            coarse = Linear(16, 2, generator: &random)
            fine = Sequential(Linear(16, 16, generator: &random), Activation(.relu), Linear(16, 2, generator: &random))
        }

        func callAsFunction(_ z: Tensor) -> Tensor {
            let h = body(z).relu()
            guard stage > 0 else { return coarse(h) }
            return fine(h) * alpha + coarse(h) * (1 - alpha)
        }
    }

    let generator: Generator
    let gan: StandardGAN
    var input: ModelInput { .noise }
    var conditioningClasses: Int? { nil }

    init(seed: UInt64) {
        var random = RandomGenerator(seed: seed)
        generator = Generator(latent: 4, random: &random)
        gan = StandardGAN(generator: generator, discriminator: MLP.discriminator(hidden: 16, layers: 1, generator: &random), latentDimension: 4, loss: .nonSaturating)
    }

    func previewRequest(count: Int, random: inout RandomGenerator) -> InferenceRequest {
        gan.previewRequest(count: count, random: &random)
    }

    func infer(_ request: InferenceRequest, networks: [String: Module]) -> Tensor {
        gan.infer(request, networks: networks)
    }

    /// Stage 1 from `growAt`, fading in over `fade` steps.
    func growth(growAt: Int, fade: Int) -> GrowthSchedule {
        GrowthSchedule(stageStarts: [0, growAt], fadeSteps: fade) { [generator] stage, alpha in
            (generator.stage, generator.alpha) = (stage, alpha)
        }
    }
}
