extension ModelCards {
    static let zhangColorization = ModelCard(
        summary: "colorful image colorization: a distribution over quantized ab cells per pixel from the lightness, class rebalancing, annealed-mean decoding",
        paper: "Zhang et al., Colorful Image Colorization", year: 2016, level: 3, task: "colorization", input: .image,
        results: [
            MeasuredResult(
                preset: "photos_gray_zhang",
                figures: ["ab_accuracy_auc": 0.7926, "colorfulness": 78.08, "psnr": 17.292, "ab_accuracy_auc_gray": 0.8451, "psnr_gray": 19.403, "reference_colorfulness": 37.96, "seconds_per_megapixel": 3.18],
                command: "swiftgan train photos_gray_zhang", measuredOn: zen4 + ", 2,000 steps in 16 min 42 s on one thread beside other runs; held-out chelsea, whole, from its lightness"),
        ])

    static let iizukaColorization = ModelCard(
        summary: "let there be color: local and global features fused, a and b regressed by MSE, a classification head trained jointly on the image's class",
        paper: "Iizuka et al., Let there be Color!: Joint End-to-end Learning of Global and Local Image Priors for Automatic Image Colorization with Simultaneous Classification",
        year: 2016, level: 3, task: "colorization", input: .image,
        results: [
            MeasuredResult(
                preset: "photos_gray_iizuka",
                figures: ["ab_accuracy_auc": 0.7724, "colorfulness": 69.39, "psnr": 17.147, "ab_accuracy_auc_gray": 0.8451, "psnr_gray": 19.403, "reference_colorfulness": 37.96, "seconds_per_megapixel": 2.66],
                command: "swiftgan train photos_gray_iizuka", measuredOn: zen4 + ", 2,000 steps in 8 min 48 s on one thread beside other runs; held-out chelsea, whole, from its lightness"),
        ])

    static let larssonColorization = ModelCard(
        summary: "hypercolumn colorization: every pixel's features across scales to histograms of chroma (decoded by the median) and hue (by the circular mean)",
        paper: "Larsson et al., Learning Representations for Automatic Colorization", year: 2016, level: 3, task: "colorization", input: .image,
        results: [
            MeasuredResult(
                preset: "photos_gray_larsson",
                figures: ["ab_accuracy_auc": 0.8231, "colorfulness": 84.58, "psnr": 18.199, "ab_accuracy_auc_gray": 0.8451, "psnr_gray": 19.403, "reference_colorfulness": 37.96, "seconds_per_megapixel": 4.09],
                command: "swiftgan train photos_gray_larsson", measuredOn: zen4 + ", 2,000 steps in 19 min 6 s on one thread beside other runs; held-out chelsea, whole, from its lightness"),
        ])

    static let userGuidedColorization = ModelCard(
        summary: "user-guided colorization: a U-Net from the lightness and sparse color hints (drawn from the truth in training) to a and b, Huber loss",
        paper: "Zhang et al., Real-Time User-Guided Image Colorization with Learned Deep Priors", year: 2017, level: 3, task: "colorization", input: .image,
        results: [
            MeasuredResult(
                preset: "photos_gray_user_guided",
                figures: ["psnr": 12.877, "psnr_hints10": 15.464, "hint_gain": 2.587, "ab_accuracy_auc": 0.6926, "ab_accuracy_auc_hints10": 0.7423,
                          "colorfulness": 54.10, "colorfulness_hints10": 95.75, "psnr_gray": 19.403, "seconds_per_megapixel": 4.90],
                command: "swiftgan train photos_gray_user_guided",
                measuredOn: zen4 + ", 1,500 steps in 22 min on one thread beside other runs; held-out chelsea, whole, from its lightness; 10 hints of 3x3 at seeded places (200: 19.92 dB, 1,000: 26.37)"),
            MeasuredResult(
                preset: "photos_gray_user_guided",
                figures: ["psnr": 19.054, "psnr_hints10": 19.070, "hint_gain": 0.016, "ab_accuracy_auc": 0.8371, "colorfulness": 5.51, "psnr_gray": 19.403],
                command: "swiftgan train photos_gray_user_guided --set user_guided_colorization.hint_stop_probability=0.75",
                measuredOn: zen4 + ", hints as sparse in training as 10 are on chelsea: 1,500 steps in 11 min on two threads; the network learns to leave the gray alone"),
        ])
}
