import SwiftGAN

/// The training-step cases of `../shared/bench/BENCHMARKS.md`, built from the
/// zoo's models and trainer: one discriminator and one generator update per step
/// on a fixed batch of uniform "real" data, Adam everywhere.
enum TrainingBenchmarks {
    static var all: [BenchmarkCase] {
        ["mlp2d", "dcgan28", "wgangp28", "sngan32"].map { name in
            BenchmarkCase(name: name, workPerCall: 1, workUnit: "steps") {
                let trainer = makeTrainer(name)
                return { _ = try! trainer.trainStep() }
            }
        }
    }

    static func makeTrainer(_ name: String) -> Trainer {
        var g = RandomGenerator(seed: 0)
        let model: StandardGAN
        let batch: Int, sample: [Int]
        var (lr, betas): (Float, (Float, Float)) = (2e-4, (0.5, 0.999))
        switch name {
        case "mlp2d":
            (batch, sample) = (512, [2])
            model = StandardGAN(
                generator: MLP.generator(latent: 16, generator: &g), discriminator: MLP.discriminator(generator: &g),
                latentDimension: 16, loss: .nonSaturating)
        case "dcgan28":
            (batch, sample) = (64, [1, 28, 28])
            model = StandardGAN(
                generator: DCGAN.generator(generator: &g), discriminator: DCGAN.discriminator(generator: &g),
                latentDimension: 100, loss: .nonSaturating)
        case "wgangp28":
            (batch, sample) = (64, [1, 28, 28])
            (lr, betas) = (1e-4, (0, 0.9))
            model = StandardGAN(
                generator: DCGAN.generator(generator: &g), discriminator: DCGAN.discriminator(normalization: .none, generator: &g),
                latentDimension: 100, loss: .wasserstein, penalty: .wganGP(weight: 10))
        default:
            (batch, sample) = (64, [3, 32, 32])
            betas = (0, 0.9)
            model = StandardGAN(
                generator: ResNetGenerator(generator: &g), discriminator: ResNetDiscriminator(generator: &g),
                latentDimension: 128, loss: .hinge)
        }
        let real = ArrayDataset(images: g.uniform([batch] + sample))
        let loader = try! DataLoader(real, batchSize: batch, shuffle: false, normalize: true, prefetch: 0)
        return Trainer(
            model: model, loader: loader,
            generatorOptimizer: Adam(model.generator.parameters(), learningRate: lr, betas: betas),
            discriminatorOptimizer: Adam(model.discriminator.parameters(), learningRate: lr, betas: betas), seed: 1)
    }
}
