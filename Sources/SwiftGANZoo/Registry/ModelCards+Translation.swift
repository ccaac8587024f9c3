extension ModelCards {
    static let pix2pix = ModelCard(
        summary: "pix2pix: U-Net generator and PatchGAN discriminator of (input, output) pairs, L1 plus adversarial loss",
        paper: "Isola et al., Image-to-Image Translation with Conditional Adversarial Networks", year: 2017, level: 3, task: "paired translation", input: .image)

    static let pix2pixHD = ModelCard(
        summary: "pix2pixHD: coarse-to-fine generator (global ResNet plus local enhancer), multi-scale PatchGANs, least squares with feature matching",
        paper: "Wang et al., High-Resolution Image Synthesis and Semantic Manipulation with Conditional GANs", year: 2018, level: 3, task: "paired translation", input: .image)

    static let spade = ModelCard(
        summary: "SPADE (GauGAN): a generator whose every normalization is modulated by the label map, multi-scale PatchGANs, hinge loss with feature matching",
        paper: "Park et al., Semantic Image Synthesis with Spatially-Adaptive Normalization", year: 2019, level: 3, task: "paired translation", input: .image)

    static let cyclegan = ModelCard(
        summary: "CycleGAN: two ResNet generators and two PatchGAN critics on unpaired domains, least-squares loss with cycle and identity terms and image pools",
        paper: "Zhu et al., Unpaired Image-to-Image Translation using Cycle-Consistent Adversarial Networks", year: 2017, level: 3, task: "unpaired translation", input: .image)

    static let discogan = ModelCard(
        summary: "DiscoGAN: two GANs coupled by squared-error reconstruction, encoder-decoder generators with batch norm",
        paper: "Kim et al., Learning to Discover Cross-Domain Relations with Generative Adversarial Networks", year: 2017, level: 3, task: "unpaired translation", input: .image)

    static let dualgan = ModelCard(
        summary: "DualGAN: U-Net translators in a dual-learning loop, weight-clipped Wasserstein PatchGAN critics, L1 reconstruction",
        paper: "Yi et al., DualGAN: Unsupervised Dual Learning for Image-to-Image Translation", year: 2017, level: 3, task: "unpaired translation", input: .image)

    static let cogan = ModelCard(
        summary: "CoGAN: two GANs sharing the generators' first layers and the discriminators' last, drawing corresponding pairs of two domains from one latent",
        paper: "Liu and Tuzel, Coupled Generative Adversarial Networks", year: 2016, level: 3, task: "paired generation of two domains", input: .noise)
}
