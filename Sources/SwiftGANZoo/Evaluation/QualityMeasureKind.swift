/// A family of quality figures: datasets name those their samples are judged
/// by, model definitions those their own outputs add.
public enum QualityMeasureKind: String, Sendable, Codable, CaseIterable {
    /// Modes covered, high-quality fraction and mode KL on the 2-D mixtures (`modes_covered`, `high_quality`, `mode_kl`).
    case mixtureModes = "mixture_modes"
    /// The MNIST classifier's Fréchet distance, KID, precision/recall and density/coverage of 10,000 samples.
    case mnistSamples = "mnist_samples"
    /// The shapes factor classifier's Fréchet distance, KID, precision/recall and density/coverage of 10,000 samples (`fid_shapes`, `kid_shapes`).
    case shapesSamples = "shapes_samples"
    /// Stacked MNIST's modes of 1,000 covered by 26,000 samples and the mode KL (as VEEGAN and PacGAN count them).
    case stackedMNISTModes = "stacked_mnist_modes"
    /// The share of conditional samples read as their label (`class_accuracy`):
    /// by the MNIST classifier for the MNIST sets (colored digits read back to
    /// gray), by the shapes classifier's shape head for `shapes`.
    case classAccuracy = "class_accuracy"
    /// How purely InfoGAN's categorical code picks the digit (`code_purity`).
    case codePurity = "code_purity"
    /// For W-space models on `shapes`: the share of style mixes with the coarse
    /// source's shape and the fine source's hue, read by the shapes classifier
    /// (`mixing_shape_from_coarse`, `mixing_hue_from_fine`, 1,000 pairs), and
    /// both at every cutoff (`mixing_shape_from_coarse_c1`, ...).
    case styleMixing = "style_mixing"
    /// For models with an encoder, on the bundled MNIST: the class kept by
    /// reconstruction and a linear probe of the encoding (`reconstruction_class_kept`,
    /// `linear_probe_accuracy`; IcGAN also `edit_accuracy`).
    case encoder
    /// TL-GAN's edits on `shapes`: for each ordinal factor, the shares of seeds
    /// moved along its direction whose reading rose and whose shape stayed
    /// (`edit_scale_raised`, `edit_scale_shape_kept`, ...).
    case latentDirections = "latent_directions"
    /// The semi-supervised discriminator's accuracy on the digits its run held out (`held_out_accuracy`).
    case heldOutAccuracy = "held_out_accuracy"
    /// For translators on `scenes`: the FCN score of the translations of the
    /// held-out label maps, read back by the scene segmenter
    /// (`fcn_pixel_accuracy`, `fcn_class_accuracy`, `fcn_mean_iou`), and the
    /// segmenter's own on the real photos (`real_pixel_accuracy`, ...).
    case segmentation
    /// For translators on the digit pairs: the share of held-out translations
    /// the MNIST classifiers read as the input's class (`class_kept`; for
    /// two-way models each direction, `class_kept_ab` and `class_kept_ba`,
    /// with `raw_accuracy` on the raw B digits read in gray, `adaptation_gain`
    /// and the cycle errors).
    case translatedDigits = "translated_digits"
    /// For CoGAN on `mnist2mnistm32`: the share of pairs drawn from one latent
    /// whose two images the judges read as the same digit
    /// (`pair_class_agreement`, 1,000 pairs), and the digits drawn in at
    /// least 2% of domain A's images (`digits_drawn`).
    case coupledPairs = "coupled_pairs"
    /// For multi-domain translators on `shapes_attributes` or `shapes_hues`: the held-out
    /// shapes edited one attribute group at a time, read by the shapes
    /// classifier (`attribute_reached`, `shape_kept`, `others_kept`, and per
    /// group `hue_reached`, ...).
    case attributeEdits = "attribute_edits"
    /// For FUNIT and OST on `shapes_hues`: held-out shapes sent to hues never
    /// trained on from a few examples, read by the shapes classifier
    /// (`unseen_hue_reached`, `unseen_shape_kept`, from one example
    /// `one_shot_unseen_...`, and to trained hues `seen_...`); for OST, the
    /// held-out shapes of other hues sent to its one example's
    /// (`one_shot_hue_reached`, `one_shot_shape_kept`).
    case fewShot = "few_shot"
    /// For restorers on restoration data: PSNR and SSIM on luma (BasicSR's,
    /// the scale as border crop) of the held-out photos or digits restored
    /// (`psnr_y`, `ssim_y`), the baseline's (`bicubic_psnr_y` or
    /// `noisy_psnr_y`, ...), the gain over it (`psnr_gain`) and
    /// `seconds_per_megapixel`; for colorizers the colorization figures of
    /// `ColorizationMeasure` (`psnr`, `ab_accuracy_auc`, `colorfulness`, the
    /// gray input's, and with hints `hint_gain`).
    case restoration
    /// For deep image prior: PSNR and SSIM on luma of its restored photo
    /// against the clean one (`psnr_y`, `ssim_y`), those of what it observed
    /// (`observed_psnr_y`; for super-resolution its bicubic enlargement), the
    /// gain (`psnr_gain`), and the observation's PSNR on RGB
    /// (`observed_psnr`), the baseline of the per-step `psnr_clean` curve.
    case imagePrior = "image_prior"
    /// S3GAN's classifier head on the real images whose labels it was not given (`labeling_accuracy`).
    case labelingAccuracy = "labeling_accuracy"
}

extension QualityMeasureKind {
    /// Whether this model measure can judge samples of `dataset` at `resolution`
    /// (its judge's domain: the MNIST classifier's digits at their own size, the shapes classifier's shapes).
    func judges(dataset: String, resolution: Int?, native: Bool) -> Bool {
        switch self {
        case .styleMixing, .latentDirections: return dataset == "shapes" && [32, 64].contains(resolution ?? 0)
        case .classAccuracy where dataset == "shapes": return [32, 64].contains(resolution ?? 0)
        case .classAccuracy: return ["mnist", "mnist32", "colored_mnist32"].contains(dataset) && native
        case .labelingAccuracy: return true
        case .imagePrior: return dataset == "photo"
        case .coupledPairs: return dataset == "mnist2mnistm32"
        case .fewShot: return dataset == "shapes_hues" && [32, 64].contains(resolution ?? 0)
        case .attributeEdits: return ["shapes_attributes", "shapes_hues"].contains(dataset) && [32, 64].contains(resolution ?? 0)
        default: return ["mnist", "mnist32"].contains(dataset) && native
        }
    }
}
