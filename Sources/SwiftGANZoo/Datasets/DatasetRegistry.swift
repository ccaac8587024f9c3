import SwiftGANData

/// Every dataset a configuration can name, once: the `swiftgan datasets`
/// listing and what `dataset:` accepts. A new dataset is one entry here.
public enum DatasetRegistry {
    public static let datasets: [DatasetEntry] = [
        .points("ring", "8 Gaussians on a circle of radius 2 (std 0.02), 2-D points", classes: 8, measures: [.mixtureModes]) {
            GaussianMixture2D.ring(count: 100_000, seed: $0)
        },
        .points("grid", "25 Gaussians on a 5x5 grid (std 0.05), 2-D points", classes: 25, measures: [.mixtureModes]) {
            GaussianMixture2D.grid(count: 100_000, seed: $0)
        },
        .points("swiss_roll", "the swiss roll, 2-D points", classes: nil) { SwissRoll2D(count: 100_000, seed: $0) },
        .points("spiral", "two interleaved spirals, 2-D points with 2 classes", classes: 2) { Spiral2D(count: 100_000, seed: $0) },
        .images("mnist", "the bundled 10,000 MNIST test digits, 1x28x28 (data.resolution resizes), 10 classes", channels: 1, classes: 10, measures: [.mnistSamples]) { _ in
            try BundledData.mnistTest()
        },
        .images("mnist32", "the bundled MNIST digits centered on 1x32x32, 10 classes", channels: 1, classes: 10, native: 32, measures: [.mnistSamples]) { _ in
            PaddedDataset(try BundledData.mnistTest(), size: 32)
        },
        .images(
            "colored_mnist32", "the bundled MNIST digits at 3x32x32 in seeded foreground and background colors, 10 classes (judged as gray digits read back)",
            channels: 3, classes: 10, native: 32, measures: [.mnistSamples]
        ) { seed in
            ColoredDigits(PaddedDataset(try BundledData.mnistTest(), size: 32), seed: seed)
        },
        .rendered("shapes", "one colored object on a colored background, 3x32x32 (data.resolution 64 draws them at 64x64); 7 known factors, labeled by shape (6 classes)",
                  channels: 3, classes: ShapeFactor.shape.levels, native: 32, measures: [.shapesSamples]) { seed, resolution in
            Shapes(count: 20_000, seed: seed, size: resolution)
        },
        .images("polygons", "random convex polygons of Lucic et al., 1x28x28", channels: 1, classes: nil) { ConvexPolygons(count: 10_000, seed: $0) },
        .images("stacked_mnist", "three MNIST digits as RGB channels, 3x28x28, 1,000 modes", channels: 3, classes: 1000, measures: [.stackedMNISTModes]) { seed in
            let mnist = try BundledData.mnistTest()
            return StackedMNIST(images: try mnist.images(), labels: mnist.labels, count: 10_000, seed: seed)
        },
        TranslationData.scenes,
        TranslationData.sceneLabels,
        TranslationData.edgesToDigits,
        TranslationData.digitsToPhotoDigits,
        TranslationData.photoDigitsToDigits,
        AttributeData.shapeAttributes,
        AttributeData.shapeHues,
        UserData.folder,
        UserData.npy,
        TranslationFolders.paired,
        TranslationFolders.unpaired,
    ] + RestorationData.entries

    /// The dataset names, in listing order.
    public static var names: [String] { datasets.map(\.name) }

    /// The entry of `name`, or an error with a "did you mean".
    public static func entry(named name: String) throws -> DatasetEntry {
        guard let entry = datasets.first(where: { $0.name == name }) else { throw ConfigurationError.unknown("dataset", name, allowed: names) }
        return entry
    }

    /// What the configured data looks like, without loading it (after the
    /// checks of the shared keys, `data.channels` and `data.resolution` among them).
    public static func shape(of configuration: TrainingConfiguration) throws -> DatasetShape {
        try ConfigurationLimits.validate(configuration)
        return try entry(named: configuration.dataset).shape(configuration.data)
    }

    /// `configuration` with the channels and resolution of your own images
    /// (`folder`, `npy`, `paired_folder`, `unpaired_folder`) written into `data:`, so that the configuration a run
    /// records rebuilds its networks without reading the data again.
    public static func recordingShape(of configuration: TrainingConfiguration) throws -> TrainingConfiguration {
        guard ["folder", "npy", "paired_folder", "unpaired_folder"].contains(configuration.dataset) else { return configuration }
        let shape = try shape(of: configuration)
        var recorded = configuration
        (recorded.data.channels, recorded.data.resolution) = (shape.channels, shape.resolution)
        return recorded
    }

    /// The configured data, loaded (seeded with the run's seed + 1).
    public static func load(_ configuration: TrainingConfiguration) throws -> any Dataset {
        try entry(named: configuration.dataset).load(configuration.data, configuration.seed &+ 1)
    }
}
