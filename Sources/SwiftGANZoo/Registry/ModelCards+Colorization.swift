extension ModelCards {
    static let zhangColorization = ModelCard(
        summary: "colorful image colorization: a distribution over quantized ab cells per pixel from the lightness, class rebalancing, annealed-mean decoding",
        paper: "Zhang et al., Colorful Image Colorization", year: 2016, level: 3, task: "colorization", input: .image,
        results: [])

    static let iizukaColorization = ModelCard(
        summary: "let there be color: local and global features fused, a and b regressed by MSE, a classification head trained jointly on the image's class",
        paper: "Iizuka et al., Let there be Color!: Joint End-to-end Learning of Global and Local Image Priors for Automatic Image Colorization with Simultaneous Classification",
        year: 2016, level: 3, task: "colorization", input: .image,
        results: [])

    static let larssonColorization = ModelCard(
        summary: "hypercolumn colorization: every pixel's features across scales to histograms of chroma (decoded by the median) and hue (by the circular mean)",
        paper: "Larsson et al., Learning Representations for Automatic Colorization", year: 2016, level: 3, task: "colorization", input: .image,
        results: [])

    static let userGuidedColorization = ModelCard(
        summary: "user-guided colorization: a U-Net from the lightness and sparse color hints (drawn from the truth in training) to a and b, Huber loss",
        paper: "Zhang et al., Real-Time User-Guided Image Colorization with Learned Deep Priors", year: 2017, level: 3, task: "colorization", input: .image,
        results: [])
}
