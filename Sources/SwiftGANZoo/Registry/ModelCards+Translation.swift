extension ModelCards {
    static let pix2pix = ModelCard(
        summary: "pix2pix: U-Net generator and PatchGAN discriminator of (input, output) pairs, L1 plus adversarial loss",
        paper: "Isola et al., Image-to-Image Translation with Conditional Adversarial Networks", year: 2017, level: 3, task: "paired translation", input: .image,
        results: [
            MeasuredResult(
                preset: "scenes_pix2pix", figures: ["fcn_pixel_accuracy": 0.9684, "fcn_class_accuracy": 0.9236, "fcn_mean_iou": 0.8617, "fcn_ratio": 0.9748, "fcn_iou_window": 0.6009],
                command: "swiftgan train scenes_pix2pix", measuredOn: zen4 + ", 3,000 steps in 20 min 6 s on one thread beside another run"),
            MeasuredResult(
                preset: "edges2digits_pix2pix", figures: ["class_kept": 0.988], command: "swiftgan train edges2digits_pix2pix",
                measuredOn: zen4 + ", 1,500 steps in 4 min 44 s on one thread beside another run"),
        ])

    static let pix2pixHD = ModelCard(
        summary: "pix2pixHD: coarse-to-fine generator (global ResNet plus local enhancer), multi-scale PatchGANs, least squares with feature matching",
        paper: "Wang et al., High-Resolution Image Synthesis and Semantic Manipulation with Conditional GANs", year: 2018, level: 3, task: "paired translation", input: .image,
        results: [
            MeasuredResult(
                preset: "scenes_pix2pixhd", figures: ["fcn_pixel_accuracy": 0.9716, "fcn_class_accuracy": 0.9163, "fcn_mean_iou": 0.8674, "fcn_ratio": 0.9781, "fcn_iou_window": 0.6018],
                command: "swiftgan train scenes_pix2pixhd",
                measuredOn: zen4 + ", 3,000 steps in 40 min 41 s on one thread beside other work, about 6 min of it paused"),
            MeasuredResult(
                preset: "scenes_pix2pixhd", figures: ["fcn_pixel_accuracy": 0.9666, "fcn_class_accuracy": 0.9090, "fcn_mean_iou": 0.8504, "fcn_ratio": 0.9731, "fcn_iou_window": 0.5502],
                command: "swiftgan train scenes_pix2pixhd --set pix2pixhd.l1_weight=0", measuredOn: zen4 + ", the paper's losses without VGG, 3,000 steps in 30 min 20 s on one thread beside another run"),
        ])

    static let spade = ModelCard(
        summary: "SPADE (GauGAN): a generator whose every normalization is modulated by the label map, multi-scale PatchGANs, hinge loss with feature matching",
        paper: "Park et al., Semantic Image Synthesis with Spatially-Adaptive Normalization", year: 2019, level: 3, task: "paired translation", input: .image,
        results: [
            MeasuredResult(
                preset: "scenes_spade",
                figures: ["fcn_pixel_accuracy": 0.9683, "fcn_class_accuracy": 0.9431, "fcn_mean_iou": 0.8835, "fcn_ratio": 0.9748, "fcn_iou_window": 0.7646],
                command: "swiftgan train scenes_spade", measuredOn: zen4 + ", 3,000 steps in 48 min 52 s on one thread beside another run"),
        ])

    static let cyclegan = ModelCard(
        summary: "CycleGAN: two ResNet generators and two PatchGAN critics on unpaired domains, least-squares loss with cycle and identity terms and image pools",
        paper: "Zhu et al., Unpaired Image-to-Image Translation using Cycle-Consistent Adversarial Networks", year: 2017, level: 3, task: "unpaired translation", input: .image,
        results: [
            MeasuredResult(
                preset: "mnist2mnistm_cyclegan",
                figures: ["class_kept_ab": 0.498, "class_kept_ba": 0.647, "adaptation_gain": 0.370, "cycle_error_a": 0.0619, "cycle_error_b": 0.2637],
                command: "swiftgan train mnist2mnistm_cyclegan", measuredOn: zen4 + ", 3,000 steps in 26 min 29 s on one thread beside another run"),
            MeasuredResult(
                preset: "mnist2mnistm_cyclegan",
                figures: ["class_kept_ab": 0.343, "class_kept_ba": 0.295, "adaptation_gain": 0.018, "cycle_error_a": 0.0522, "cycle_error_b": 0.2879],
                command: "swiftgan train mnist2mnistm_cyclegan --set cyclegan.generator=unet", measuredOn: zen4 + ", DualGAN's U-Net generators, 3,000 steps in 5 min 37 s on one thread beside another run"),
            MeasuredResult(
                preset: "mnist2mnistm_cyclegan",
                figures: ["class_kept_ab": 0.968, "class_kept_ba": 0.249, "adaptation_gain": -0.028, "cycle_error_a": 0.0254, "cycle_error_b": 0.1312],
                command: "swiftgan train mnist2mnistm_cyclegan --set cyclegan.generator=unet --set cyclegan.cycle_weight_a=100 --set cyclegan.cycle_weight_b=100",
                measuredOn: zen4 + ", U-Net generators and DualGAN's reconstruction weight 100, 3,000 steps in 6 min 16 s on one thread beside another run"),
        ])

    static let discogan = ModelCard(
        summary: "DiscoGAN: two GANs coupled by squared-error reconstruction, encoder-decoder generators with batch norm",
        paper: "Kim et al., Learning to Discover Cross-Domain Relations with Generative Adversarial Networks", year: 2017, level: 3, task: "unpaired translation", input: .image,
        results: [
            MeasuredResult(
                preset: "mnist2mnistm_discogan",
                figures: ["class_kept_ab": 0.073, "class_kept_ba": 0.087, "cycle_error_a": 0.3239, "cycle_error_b": 0.6766],
                command: "swiftgan train mnist2mnistm_discogan", measuredOn: zen4 + ", 3,000 steps in 8 min 41 s on one thread beside another run"),
        ])

    static let dualgan = ModelCard(
        summary: "DualGAN: U-Net translators in a dual-learning loop, weight-clipped Wasserstein PatchGAN critics, L1 reconstruction",
        paper: "Yi et al., DualGAN: Unsupervised Dual Learning for Image-to-Image Translation", year: 2017, level: 3, task: "unpaired translation", input: .image,
        results: [
            MeasuredResult(
                preset: "mnist2mnistm_dualgan",
                figures: ["class_kept_ab": 0.915, "class_kept_ba": 0.128, "adaptation_gain": -0.149, "cycle_error_a": 0.0646, "cycle_error_b": 0.2427],
                command: "swiftgan train mnist2mnistm_dualgan", measuredOn: zen4 + ", 3,000 steps in 22 min 13 s on one thread beside another run"),
        ])

    static let cogan = ModelCard(
        summary: "CoGAN: two GANs sharing the generators' first layers and the discriminators' last, drawing corresponding pairs of two domains from one latent",
        paper: "Liu and Tuzel, Coupled Generative Adversarial Networks", year: 2016, level: 3, task: "paired generation of two domains", input: .noise,
        results: [
            MeasuredResult(
                preset: "mnist2mnistm_cogan", figures: ["pair_class_agreement": 0.15, "digits_drawn": 10],
                command: "swiftgan train mnist2mnistm_cogan", measuredOn: zen4 + ", 3,000 steps in 11 min 41 s on one thread beside another run"),
        ])

    static let dtn = ModelCard(
        summary: "DTN: one-way translation g(f(x)) through a fixed encoder f of the source domain, f-constancy and target identity, a three-way discriminator",
        paper: "Taigman, Polyak and Wolf, Unsupervised Cross-Domain Image Generation", year: 2017, level: 3, task: "unpaired translation", input: .image,
        results: [
            MeasuredResult(
                preset: "mnistm2mnist_dtn", figures: ["class_kept": 0.701, "raw_accuracy": 0.277, "adaptation_gain": 0.424],
                command: "swiftgan train mnistm2mnist_dtn", measuredOn: zen4 + ", 4,000 steps (1,000 of them the encoder's) in 14 min 35 s on one thread beside another run"),
        ])

    static let unit = ModelCard(
        summary: "UNIT: two VAE-GANs sharing their encoders' last and generators' first layers, so both domains map to one latent code; reconstruction, KL, cycle and least-squares terms",
        paper: "Liu, Breuel and Kautz, Unsupervised Image-to-Image Translation Networks", year: 2017, level: 3, task: "unpaired translation", input: .image,
        results: [
            MeasuredResult(
                preset: "mnist2mnistm_unit",
                figures: ["class_kept_ab": 0.642, "class_kept_ba": 0.557, "adaptation_gain": 0.280, "cycle_error_a": 0.0549, "cycle_error_b": 0.2648],
                command: "swiftgan train mnist2mnistm_unit", measuredOn: zen4 + ", 3,000 steps in 27 min 8 s on one thread beside another run"),
            MeasuredResult(
                preset: "mnist2mnistm_unit",
                figures: ["class_kept_ab": 0.704, "class_kept_ba": 0.592, "adaptation_gain": 0.315, "cycle_error_a": 0.0575, "cycle_error_b": 0.2442],
                command: "swiftgan train mnist2mnistm_unit --set steps=4000", measuredOn: zen4 + ", 4,000 steps in 25 min 42 s on one thread beside another run"),
        ])

    static let stargan = ModelCard(
        summary: "StarGAN: one ResNet generator given the target domain's attribute code as planes beside the image, a PatchGAN critic with a domain classifier head, WGAN-GP with classification and reconstruction terms",
        paper: "Choi et al., StarGAN: Unified Generative Adversarial Networks for Multi-Domain Image-to-Image Translation", year: 2018, level: 3, task: "multi-domain translation", input: .imageAndDomain,
        results: [
            MeasuredResult(
                preset: "shapes_attributes_stargan",
                figures: [
                    "attribute_reached": 0.672, "shape_kept": 0.176, "others_kept": 0.403,
                    "hue_reached": 0.767, "scale_reached": 0.333, "background_reached": 0.916,
                ],
                command: "swiftgan train shapes_attributes_stargan", measuredOn: zen4 + ", 3,000 steps in 24 min 48 s on one thread beside another run"),
            MeasuredResult(
                preset: "shapes_attributes_stargan",
                figures: [
                    "attribute_reached": 0.750, "shape_kept": 0.175, "others_kept": 0.550,
                    "hue_reached": 0.805, "scale_reached": 0.481, "background_reached": 0.963,
                ],
                command: "swiftgan train shapes_attributes_stargan --set steps=5000", measuredOn: zen4 + ", 5,000 steps in 37 min 21 s on one thread beside other runs"),
        ])

    static let xgan = ModelCard(
        summary: "XGAN: two autoencoders sharing their inner layers embed both domains in one space, kept by a domain-adversarial classifier and semantic consistency across translation",
        paper: "Royer et al., XGAN: Unsupervised Image-to-Image Translation for Many-to-Many Mappings", year: 2017, level: 3, task: "unpaired translation", input: .image,
        results: [
            MeasuredResult(
                preset: "mnist2mnistm_xgan",
                figures: ["class_kept_ab": 0.346, "class_kept_ba": 0.793, "adaptation_gain": 0.516, "cycle_error_a": 0.1149, "cycle_error_b": 0.4770],
                command: "swiftgan train mnist2mnistm_xgan", measuredOn: zen4 + ", 3,000 steps in 24 min 6 s on one thread beside another run"),
        ])

    static let combogan = ModelCard(
        summary: "ComboGAN: an encoder and a decoder per domain, CycleGAN's ResNet generator cut in half, combined freely; least-squares and cycle terms between random pairs of domains",
        paper: "Anoosheh et al., ComboGAN: Unrestrained Scalability for Image Domain Translation", year: 2018, level: 3, task: "multi-domain translation", input: .imageAndDomain,
        results: [
            MeasuredResult(
                preset: "shapes_hues_combogan", figures: ["hue_reached": 0.997, "shape_kept": 0.643],
                command: "swiftgan train shapes_hues_combogan", measuredOn: zen4 + ", 3,000 steps in 12 min 27 s on one thread beside another run"),
        ])

    static let funit = ModelCard(
        summary: "FUNIT: a content encoder, a class encoder reading a few examples of the target class, an AdaIN decoder, and a multi-task discriminator; translates to classes never trained on",
        paper: "Liu et al., Few-Shot Unsupervised Image-to-Image Translation", year: 2019, level: 3, task: "few-shot translation", input: .imageAndDomain,
        results: [
            MeasuredResult(
                preset: "shapes_hues_funit",
                figures: [
                    "unseen_hue_reached": 0.228, "unseen_shape_kept": 0.190, "one_shot_unseen_hue_reached": 0.004, "one_shot_unseen_shape_kept": 0.218,
                    "seen_hue_reached": 1.0, "seen_shape_kept": 0.234,
                ],
                command: "swiftgan train shapes_hues_funit",
                measuredOn: zen4 + ", hues 3 and 6 never seen, 3,000 steps in 15 min 58 s on one thread beside another run and a test run"),
            MeasuredResult(
                preset: "shapes_hues_funit",
                figures: [
                    "unseen_hue_reached": 0, "unseen_shape_kept": 0.208, "one_shot_unseen_hue_reached": 0, "one_shot_unseen_shape_kept": 0.194,
                    "seen_hue_reached": 0.950, "seen_shape_kept": 0.292,
                ],
                command: "swiftgan train shapes_hues_funit --set funit.unseen_classes=6,7",
                measuredOn: zen4 + ", hues 6 and 7 (270 and 315 degrees, the end of the circle) never seen, 3,000 steps in 9 min 47 s on one thread beside another run"),
        ])

    static let ost = ModelCard(
        summary: "OST: one-shot translation; a variational autoencoder of domain A, then domain B's own layers trained from one image with selective backpropagation, shared inner layers and cycles",
        paper: "Benaim and Wolf, One-Shot Unsupervised Cross Domain Translation", year: 2018, level: 3, task: "one-shot translation", input: .image,
        results: [
            MeasuredResult(
                preset: "shapes_hues_ost", figures: ["one_shot_hue_reached": 0.318, "one_shot_shape_kept": 0.162],
                command: "swiftgan train shapes_hues_ost", measuredOn: zen4 + ", 3,000 steps (1,000 of them phase I) in 14 min 26 s on one thread beside another run"),
        ])
}
