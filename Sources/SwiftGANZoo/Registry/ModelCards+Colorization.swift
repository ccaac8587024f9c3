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
        results: [])
}
