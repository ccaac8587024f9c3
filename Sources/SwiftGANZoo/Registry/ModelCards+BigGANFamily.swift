/// The cards of the BigGAN family: attention, class conditioning at scale,
/// self-supervision and fewer labels.
extension ModelCards {
    static let sagan = ModelCard(
        summary: "SAGAN: self-attention in generator and discriminator, spectral norm in both, hinge loss, TTUR",
        paper: "Zhang et al., Self-Attention Generative Adversarial Networks", year: 2019, level: 2, task: "generation", input: .noise)

    static let biggan = ModelCard(
        summary: "BigGAN: class-conditional BatchNorm from a shared embedding, hierarchical latent, projection discriminator, orthogonal regularization, self-attention, spectral norm, EMA, truncation",
        paper: "Brock et al., Large Scale GAN Training for High Fidelity Natural Image Synthesis", year: 2019, level: 2, task: "conditional generation",
        input: .noiseAndLabel)

    static let selfSupervisedGAN = ModelCard(
        summary: "SS-GAN: the discriminator also predicts the rotation of real images; the generator is asked for samples whose rotation it can tell",
        paper: "Chen et al., Self-Supervised GANs via Auxiliary Rotation Loss", year: 2019, level: 2, task: "generation", input: .noise)

    static let s3gan = ModelCard(
        summary: "S3GAN: BigGAN with a share of the labels; a classifier head on the discriminator, trained on the labeled share, labels the rest; rotation loss",
        paper: "Lucic et al., High-Fidelity Image Generation With Fewer Labels", year: 2019, level: 2, task: "conditional generation", input: .noiseAndLabel)
}
