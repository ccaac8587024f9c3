import SwiftGANData
import SwiftGANKernels

/// The built-in image-to-image translation data, each with a training split
/// drawn from the run's seed and a fixed held-out split translators are
/// measured on, and your own paired and unpaired folders.
enum TranslationData {
    /// Training scenes per run, and held-out scenes (drawn from `heldOutSeed`, which no run seed reaches in practice).
    static let sceneCount = 2_000
    static let heldOutScenes = 500
    static let heldOutSeed: UInt64 = 0x5CE7_E5E7
    /// The bundled digits trained on; the rest (`9_000..<10_000`) are held out.
    static let trainingDigits = 0..<9_000
    static let heldOutDigits = 9_000..<10_000

    static let scenes = DatasetEntry.translation(
        "scenes", "label maps (palette colors, 7 classes) to photo-like renderings, paired, 3x64x64 (data.resolution 128 draws them at 128x128); 2,000 scenes, 500 held out",
        channels: 3, targetChannels: 3, targets: .paired, classes: nil, native: 64, resolutions: [64, 128], measures: [.segmentation],
        load: { seed, size in Scenes(count: sceneCount, seed: seed, size: size) },
        heldOut: { size in Scenes(count: heldOutScenes, seed: heldOutSeed, size: size) })

    static let sceneLabels = DatasetEntry.translation(
        "scenes_labels", "the scenes the other way: photo-like renderings to label maps (palette colors), paired, 3x64x64 (or 128x128)",
        channels: 3, targetChannels: 3, targets: .paired, classes: nil, native: 64, resolutions: [64, 128],
        load: { seed, size in Scenes(count: sceneCount, seed: seed, size: size, direction: .photosToLabels) },
        heldOut: { size in Scenes(count: heldOutScenes, seed: heldOutSeed, size: size, direction: .photosToLabels) })

    static let edgesToDigits = DatasetEntry.translation(
        "edges2digits32", "the Sobel edges of the bundled digits to the digits, paired, 1x32x32, 10 classes; digits 9,000-9,999 held out",
        channels: 1, targetChannels: 1, targets: .paired, classes: 10, native: 32, resolutions: [32], measures: [.translatedDigits],
        load: { _, _ in try edgePairs(trainingDigits) }, heldOut: { _ in try edgePairs(heldOutDigits) })

    static let digitsToPhotoDigits = DatasetEntry.translation(
        "mnist2mnistm32", "unpaired: gray digits (1x32x32) and MNIST-M-style digits on crops of the bundled photos (3x32x32), disjoint halves of digits 0-8,999; 9,000-9,999 held out in both",
        channels: 1, targetChannels: 3, targets: .unpaired, classes: 10, native: 32, resolutions: [32], measures: [.translatedDigits],
        load: { seed, _ in try digitDomainHalves(seed: seed, photosFirst: false) }, heldOut: { _ in try heldOutDigitDomains(photosFirst: false) })

    static let photoDigitsToDigits = DatasetEntry.translation(
        "mnistm2mnist32", "mnist2mnistm32 the other way: MNIST-M-style digits (3x32x32, labeled) to gray digits (1x32x32), unpaired, the same halves and held-out digits",
        channels: 3, targetChannels: 1, targets: .unpaired, classes: 10, native: 32, resolutions: [32], measures: [.translatedDigits],
        load: { seed, _ in try digitDomainHalves(seed: seed, photosFirst: true) }, heldOut: { _ in try heldOutDigitDomains(photosFirst: true) })

    /// The unpaired digit domains of a run: gray digits from one seeded half
    /// of the training digits, MNIST-M-style ones from the other; domain A
    /// (whose labels the examples carry) is the photo one with `photosFirst`.
    static func digitDomainHalves(seed: UInt64, photosFirst: Bool) throws -> any Dataset {
        let (gray, photo) = try digitDomains()
        var generator = RandomGenerator(seed: seed)
        let order = generator.permutation(trainingDigits.count)
        let half = order.count / 2
        let grayHalf = SubsetDataset(gray, indices: Array(order[..<half])), photoHalf = SubsetDataset(photo, indices: Array(order[half...]))
        return photosFirst ? UnpairedView(photoHalf, grayHalf, seed: seed) : UnpairedView(grayHalf, photoHalf, seed: seed)
    }

    /// The held-out digits in both domains, index for index.
    static func heldOutDigitDomains(photosFirst: Bool) throws -> any Dataset {
        let (gray, photo) = try digitDomains()
        let (grayDigits, photoDigits) = (SubsetDataset(gray, range: heldOutDigits), SubsetDataset(photo, range: heldOutDigits))
        return photosFirst ? PairedDomains(photoDigits, grayDigits) : PairedDomains(grayDigits, photoDigits)
    }

    /// The seed of the photo crops behind the MNIST-M-style digits.
    static let photoDigitSeed: UInt64 = 0x4D4E_4953_544D

    /// The bundled photos the MNIST-M-style digits are cut from, decoded and resized once.
    static let photos = Result { try DigitsOnPhotos.bundledPhotos() }

    /// The bundled digits on 32x32 in gray and on photo crops, index for index.
    static func digitDomains() throws -> (gray: any Dataset, photo: any Dataset) {
        let gray = PaddedDataset(try BundledData.mnistTest(), size: 32)
        return (gray, DigitsOnPhotos(gray, photos: try photos.get(), seed: photoDigitSeed))
    }

    /// Edges to digits for the bundled digits in `range`, centered on 32x32.
    static func edgePairs(_ range: Range<Int>) throws -> any Dataset {
        let digits = try BundledData.mnistTest()
        let images = PaddedDataset.pad(try digits.images().slice(axis: 0, start: range.lowerBound, end: range.upperBound).reshaped([range.count, 28, 28]), size: 32)
        return TranslationPairs.edgesToDigits(images: images.reshaped([range.count, 1, 32, 32]), labels: Array(digits.labels[range]))
    }

    /// The input channels, target channels and side of translation data for
    /// `model`, which trains on `pairing` data (unpaired models take paired
    /// data too, ignoring the pairing); an error naming `dataset` otherwise.
    static func shape(_ data: DatasetShape, model: String, pairing: DatasetShape.Targets) throws -> (input: Int, target: Int, resolution: Int) {
        guard let target = data.targetShape, let targets = data.targets, let resolution = data.resolution else {
            throw ConfigurationError(key: "dataset", problem: "\(model) translates images and needs translation data (inputs with targets), such as \(names(pairing).joined(separator: ", "))")
        }
        if pairing == .paired && targets == .unpaired {
            throw ConfigurationError(key: "dataset", problem: "\(model) learns from paired examples and the data is unpaired; use \(names(.paired).joined(separator: ", ")), or an unpaired model such as cyclegan")
        }
        guard target.count == 3, target[1] == resolution else {
            throw ConfigurationError(key: "dataset", problem: "\(model) translates at one size, and the data's targets are \(target[1])x\(target[2]) for \(resolution)x\(resolution) inputs; super-resolution takes a restorer (\(ModelRegistry.restorers.joined(separator: ", ")))")
        }
        return (data.channels, target[0], resolution)
    }

    /// The built-in translation datasets a model of `pairing` can train on (restoration data aside).
    static func names(_ pairing: DatasetShape.Targets) -> [String] {
        DatasetRegistry.datasets.filter { entry in
            entry.heldOut != nil && RestorationData.task(of: entry.name) == nil && (pairing == .unpaired || (try? entry.shape(DataOptions()))?.targets == .paired)
        }.map(\.name)
    }
}
