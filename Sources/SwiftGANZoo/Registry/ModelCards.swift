/// The cards of the Level 0-1 models, with the results their presets
/// measured (release builds, seed 0, one run each, 2 threads).
enum ModelCards {
    /// Results of the earlier release, before the registry (training is bit for bit the same since).
    static let measuredOn = "2-core x86-64, release build, seed 0"
    /// Results measured with the registry.
    static let amd = "AMD EPYC, 2 cores, AVX2, release build, seed 0"
    /// Results measured on the AVX-512 kind of AMD machine.
    static let zen4 = zen4Build + ", seed 0"
    /// The AVX-512 AMD machine and build, for results over several seeds.
    static let zen4Build = "AMD EPYC (Zen 4), 2 cores, AVX-512, release build"

    static let gan = ModelCard(
        summary: "Goodfellow et al.'s GAN and its descendants by configuration: DCGAN, LSGAN, WGAN(-GP), DRAGAN, SNGAN-style hinge, RaGAN; packing, feature matching, penalties",
        paper: "Goodfellow et al., Generative Adversarial Nets", year: 2014, level: 0, task: "generation", input: .noise,
        results: [
            MeasuredResult(preset: "ring8", figures: ["modes_covered": 8, "high_quality": 0.9408, "mode_kl": 0.0028], command: "swiftgan train ring8", measuredOn: amd + ", 69 s"),
            MeasuredResult(preset: "grid25", figures: ["modes_covered": 25, "high_quality": 0.9684, "mode_kl": 0.0046], command: "swiftgan train grid25", measuredOn: amd),
            MeasuredResult(preset: "mnist_dcgan", figures: ["fid_mnist": 115.9, "precision": 0.436, "recall": 0.669], command: "swiftgan train mnist_dcgan", measuredOn: amd),
            MeasuredResult(
                preset: "mnist_dcgan_self_modulation", figures: ["fid_mnist": 109.3, "precision": 0.433, "recall": 0.667],
                command: "swiftgan train mnist_dcgan_self_modulation", measuredOn: amd + ", 18 min 23 s on one thread beside another run"),
            MeasuredResult(preset: "mnist_r1", figures: ["fid_mnist": 72.1], command: "swiftgan train mnist_r1", measuredOn: measuredOn + ", 209 s"),
            MeasuredResult(preset: "mnist_sngan", figures: ["fid_mnist": 29.1, "precision": 0.69, "recall": 0.81], command: "swiftgan train mnist_sngan", measuredOn: measuredOn + ", 28.9 min"),
            MeasuredResult(
                preset: "stacked_mnist_dcgan", figures: ["modes_covered": 987, "mode_kl": 0.377], command: "swiftgan train stacked_mnist_dcgan",
                measuredOn: amd + ", 8 min 57 s"),
            MeasuredResult(
                preset: "stacked_mnist_pacgan", figures: ["modes_covered": 917, "mode_kl": 0.664], command: "swiftgan train stacked_mnist_pacgan",
                measuredOn: amd + ", 5 min 26 s"),
        ])

    static let cgan = ModelCard(
        summary: "conditional GAN: labels as one-hot input to G and extra planes to D",
        paper: "Mirza & Osindero, Conditional Generative Adversarial Nets", year: 2014, level: 0, task: "conditional generation", input: .noiseAndLabel,
        results: [
            MeasuredResult(preset: "mnist_cgan", figures: ["class_accuracy": 0.965, "fid_mnist": 9.71], command: "swiftgan train mnist_cgan", measuredOn: amd),
        ])

    static let acgan = ModelCard(
        summary: "auxiliary-classifier GAN: D also predicts the class",
        paper: "Odena et al., Conditional Image Synthesis with Auxiliary Classifier GANs", year: 2017, level: 0, task: "conditional generation", input: .noiseAndLabel,
        results: [
            MeasuredResult(
                preset: "mnist_acgan", figures: ["class_accuracy": 0.9465, "fid_mnist": 21.8, "precision": 0.687, "recall": 0.545],
                command: "swiftgan train mnist_acgan", measuredOn: amd),
        ])

    static let infogan = ModelCard(
        summary: "InfoGAN: categorical and continuous codes recovered by a Q head sharing D's body",
        paper: "Chen et al., InfoGAN: Interpretable Representation Learning by Information Maximizing GANs", year: 2016, level: 0,
        task: "representation learning", input: .noiseAndLabel,
        results: [
            MeasuredResult(preset: "mnist_infogan", figures: ["code_purity": 0.990, "fid_mnist": 4.9], command: "swiftgan train mnist_infogan", measuredOn: measuredOn + ", 20-25 min"),
        ])

    static let ssgan = ModelCard(
        summary: "semi-supervised GAN: D is a K-class classifier, real/fake from its logsumexp",
        paper: "Salimans et al., Improved Techniques for Training GANs", year: 2016, level: 0, task: "semi-supervised classification", input: .noise,
        results: [
            MeasuredResult(preset: "mnist_ssgan", figures: ["held_out_accuracy": 0.934], command: "swiftgan train mnist_ssgan", measuredOn: measuredOn + ", 216 s"),
        ])

    static let began = ModelCard(
        summary: "BEGAN: autoencoder discriminator, k_t balance, convergence measure",
        paper: "Berthelot et al., BEGAN: Boundary Equilibrium Generative Adversarial Networks", year: 2017, level: 1, task: "generation", input: .noise)

    static let r3gan = ModelCard(
        summary: "R3GAN: relativistic pairing loss with R1 and R2, a modernized ResNet without normalization, cosine schedules",
        paper: "Huang et al., The GAN is dead; long live the GAN! A Modern GAN Baseline", year: 2024, level: 2, task: "generation", input: .noise,
        results: [
            MeasuredResult(
                preset: "mnist32_r3gan", figures: ["fid_mnist": 14.1, "precision": 0.700, "recall": 0.282],
                command: "swiftgan train mnist32_r3gan", measuredOn: amd + ", 25 min 54 s"),
        ])

    static let lapgan = ModelCard(
        summary: "LAPGAN: a Laplacian pyramid of three GANs, each generating its level's residual from the upsampled coarser image; coarse-to-fine sampling",
        paper: "Denton et al., Deep Generative Image Models using a Laplacian Pyramid of Adversarial Networks", year: 2015, level: 0, task: "generation", input: .noise,
        results: [
            MeasuredResult(
                preset: "mnist32_lapgan", figures: ["fid_mnist": 125.1, "precision": 0.651, "recall": 0.081],
                command: "swiftgan train mnist32_lapgan", measuredOn: amd + ", 12 min"),
        ])

    static let progan = ModelCard(
        summary: "ProGAN: generator and critic grown from 4x4 with fade-in, pixel norm, minibatch standard deviation, equalized learning rate, WGAN-GP with drift",
        paper: "Karras et al., Progressive Growing of GANs for Improved Quality, Stability, and Variation", year: 2018, level: 2, task: "generation", input: .noise,
        results: [
            MeasuredResult(
                preset: "mnist32_progan", figures: ["fid_mnist": 6.8, "precision": 0.663, "recall": 0.711],
                command: "swiftgan train mnist32_progan",
                measuredOn: amd + ", 10,000 steps in 33 min 47 s on two threads, resumed to 16,000 on one thread beside another run (67 min 49 s)"),
            MeasuredResult(
                preset: "shapes64_progan", figures: ["fid_shapes": 3659.8, "precision": 0.449, "recall": 0.248],
                command: "swiftgan train shapes64_progan", measuredOn: amd + ", 76 min on one thread beside another run"),
        ])

    static let stylegan = ModelCard(
        summary: "StyleGAN: mapping network, learned constant, AdaIN at every layer, per-channel noise, style mixing, truncation in W; ProGAN's critic",
        paper: "Karras et al., A Style-Based Generator Architecture for Generative Adversarial Networks", year: 2019, level: 2, task: "generation", input: .noise,
        results: [
            MeasuredResult(
                preset: "shapes_stylegan",
                figures: ["fid_shapes": 11991.5, "precision": 0.357, "recall": 0.002, "mixing_shape_from_coarse": 0.502, "mixing_hue_from_fine": 0.890],
                command: "swiftgan train shapes_stylegan", measuredOn: amd + ", 51 min on one thread beside another run"),
        ])

    static let stylegan2 = ModelCard(
        summary: "StyleGAN2: mapping network, modulated and demodulated convolutions, skip generator, residual discriminator, lazy R1 and path-length penalty, style mixing, truncation",
        paper: "Karras et al., Analyzing and Improving the Image Quality of StyleGAN", year: 2020, level: 2, task: "generation", input: .noise,
        results: [
            MeasuredResult(
                preset: "shapes_stylegan2",
                figures: ["fid_shapes": 4287.3, "precision": 0.446, "recall": 0.121, "mixing_shape_from_coarse": 0.631, "mixing_hue_from_fine": 0.162],
                command: "swiftgan train shapes_stylegan2", measuredOn: amd + ", 49 min on one thread beside another run"),
            MeasuredResult(
                preset: "mnist32_stylegan2", figures: ["fid_mnist": 13.8, "precision": 0.729, "recall": 0.521],
                command: "swiftgan train mnist32_stylegan2", measuredOn: amd + ", 37 min 44 s"),
        ])
}
