/// The cards of the models that come with an encoder or latent directions.
extension ModelCards {
    static let bigan = ModelCard(
        summary: "BiGAN / ALI: an encoder trained with the generator against a discriminator of (image, latent) pairs",
        paper: "Donahue et al., Adversarial Feature Learning; Dumoulin et al., Adversarially Learned Inference", year: 2017, level: 2,
        task: "representation learning", input: .noise,
        results: [
            MeasuredResult(
                preset: "mnist_bigan",
                figures: ["reconstruction_class_kept": 0.297, "linear_probe_accuracy": 0.884, "fid_mnist": 93.95, "precision": 0.486, "recall": 0.594],
                command: "swiftgan train mnist_bigan --steps 3000", measuredOn: amd + ", 3,000 steps in 17 min 51 s on one thread beside another run"),
        ])

    static let bigbigan = ModelCard(
        summary: "BigBiGAN-lite: BigBiGAN's discriminator with image, latent and joint scores, a BigGAN-style generator and a ResNet encoder at 32x32",
        paper: "Donahue & Simonyan, Large Scale Adversarial Representation Learning", year: 2019, level: 2, task: "representation learning", input: .noise,
        results: [
            MeasuredResult(
                preset: "mnist32_bigbigan",
                figures: ["reconstruction_class_kept": 0.1009, "linear_probe_accuracy": 0.678, "fid_mnist": 21.62, "precision": 0.582, "recall": 0.727],
                command: "swiftgan train mnist32_bigbigan",
                measuredOn: zen4 + ", 4,000 steps in 53 min 15 s on one thread beside another run"),
        ])

    static let icgan = ModelCard(
        summary: "IcGAN: a conditional GAN with encoders for z and for the label; a real image is encoded, its label changed and regenerated",
        paper: "Perarnau et al., Invertible Conditional GANs for image editing", year: 2016, level: 0, task: "image editing", input: .noiseAndLabel,
        results: [
            MeasuredResult(
                preset: "mnist_icgan",
                figures: [
                    "edit_accuracy": 0.9589, "reconstruction_class_kept": 0.9894, "linear_probe_accuracy": 1.0, "class_accuracy": 0.9786,
                    "fid_mnist": 8.71, "precision": 0.664, "recall": 0.704,
                ],
                command: "swiftgan train mnist_icgan", measuredOn: amd + ", 6,000 steps in 30 min 46 s on one thread beside another run"),
        ])

    static let ogan = ModelCard(
        summary: "O-GAN: the discriminator outputs a latent-sized vector whose mean is its score; a correlation term with z makes it the encoder",
        paper: "Su, O-GAN: Extremely Concise Approach for Auto-Encoding Generative Adversarial Networks", year: 2019, level: 2,
        task: "representation learning", input: .noise,
        results: [
            MeasuredResult(
                preset: "mnist_ogan",
                figures: ["reconstruction_class_kept": 0.8341, "linear_probe_accuracy": 0.9025, "fid_mnist": 180.7, "precision": 0.403, "recall": 0.526],
                command: "swiftgan train mnist_ogan --steps 3000", measuredOn: amd + ", 3,000 steps in 9 min 43 s on one thread beside another run"),
        ])

    static let tlgan = ModelCard(
        summary: "TL-GAN: latent directions for named attributes, regressed from a classifier's readings of samples and orthogonalized; edit walks along them",
        paper: "Guan, TL-GAN: transparent latent-space GAN", year: 2018, level: 2, task: "controllable generation", input: .noise,
        results: [
            MeasuredResult(
                preset: "shapes_tlgan",
                figures: [
                    "edit_scale_raised": 0.793, "edit_scale_shape_kept": 0.544, "edit_x_raised": 0.943, "edit_y_raised": 0.954,
                    "edit_rotation_raised": 0.637, "fid_shapes": 4219.6, "precision": 0.370, "recall": 0.064,
                ],
                command: "swiftgan train shapes_tlgan", measuredOn: amd + ", 6,000 steps in 49 min on one thread beside another run"),
        ])
}
