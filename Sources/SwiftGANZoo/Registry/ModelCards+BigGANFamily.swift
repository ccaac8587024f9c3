/// The cards of the BigGAN family: attention, class conditioning at scale,
/// self-supervision and fewer labels.
extension ModelCards {
    static let sagan = ModelCard(
        summary: "SAGAN: self-attention in generator and discriminator, spectral norm in both, hinge loss, TTUR",
        paper: "Zhang et al., Self-Attention Generative Adversarial Networks", year: 2019, level: 2, task: "generation", input: .noise,
        results: [
            MeasuredResult(
                preset: "mnist32_sagan", figures: ["fid_mnist": 43.09, "precision": 0.617, "recall": 0.768, "density": 0.445, "coverage": 0.570],
                command: "swiftgan train mnist32_sagan", measuredOn: zen4 + ", 3,000 steps in 31 min 52 s on one thread beside another run"),
        ])

    static let biggan = ModelCard(
        summary: "BigGAN: class-conditional BatchNorm from a shared embedding, hierarchical latent, projection discriminator, orthogonal regularization, self-attention, spectral norm, EMA, truncation",
        paper: "Brock et al., Large Scale GAN Training for High Fidelity Natural Image Synthesis", year: 2019, level: 2, task: "conditional generation",
        input: .noiseAndLabel,
        results: [
            MeasuredResult(
                preset: "colored_mnist32_biggan", figures: ["class_accuracy": 0.9129, "fid_mnist": 214.0, "precision": 0.745, "recall": 0.020],
                command: "swiftgan train colored_mnist32_biggan",
                measuredOn: amd + ", 3,000 steps in 1 h 44 min beside builds and test runs (the bare step runs at 1.55 steps/s on two threads)"),
            MeasuredResult(
                preset: "shapes_biggan",
                figures: ["class_accuracy": 0.2693, "fid_shapes": 4879, "precision": 0.610, "recall": 0.104],
                command: "swiftgan train shapes_biggan",
                measuredOn: zen4 + ", 3,000 steps in 66 min on one thread beside another run (10 min of it paused)"),
        ])

    static let selfSupervisedGAN = ModelCard(
        summary: "SS-GAN: the discriminator also predicts the rotation of real images; the generator is asked for samples whose rotation it can tell",
        paper: "Chen et al., Self-Supervised GANs via Auxiliary Rotation Loss", year: 2019, level: 2, task: "generation", input: .noise,
        results: [
            MeasuredResult(
                preset: "mnist32_self_supervised_gan",
                figures: [
                    "fid_mnist_mean": 202.3, "fid_mnist_std": 72.5, "fid_mnist_without_rotation_mean": 97.7, "fid_mnist_without_rotation_std": 6.6,
                ],
                command: "scripts/rotation_study.sh",
                measuredOn: zen4Build + ", seeds 0-2 per arm, 2,000 steps each: 8.9-11.2 min with rotation, 5.9-9.4 min without, one thread beside another run"),
        ])

    static let s3gan = ModelCard(
        summary: "S3GAN: BigGAN with a share of the labels; a classifier head on the discriminator, trained on the labeled share, labels the rest; rotation loss",
        paper: "Lucic et al., High-Fidelity Image Generation With Fewer Labels", year: 2019, level: 2, task: "conditional generation", input: .noiseAndLabel,
        results: [
            MeasuredResult(
                preset: "colored_mnist32_s3gan",
                figures: [
                    "class_accuracy": 0.9422, "class_accuracy_truncation_1": 0.9871, "labeling_accuracy": 0.905, "fid_mnist": 208.9, "precision": 0.789,
                    "recall": 0.0064,
                ],
                command: "swiftgan train colored_mnist32_s3gan",
                measuredOn: zen4 + ", 3,000 steps in 43 min 22 s on one thread beside another run; class_accuracy_truncation_1 from `swiftgan quality --truncation 1` on the same checkpoint"),
            MeasuredResult(
                preset: "colored_mnist32_s3gan_2pct",
                figures: ["class_accuracy": 0.0101, "labeling_accuracy": 0.475, "fid_mnist": 1012.2, "precision": 0.203, "recall": 0],
                command: "swiftgan train colored_mnist32_s3gan_2pct",
                measuredOn: zen4 + ", 3,000 steps in 51 min on one thread beside another run (stopped at step 490 and resumed)"),
        ])
}
