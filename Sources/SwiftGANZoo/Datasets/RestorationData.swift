import SwiftGANData
import SwiftGANKernels

/// The built-in restoration data: patches of the bundled photos (or of the
/// photos in your `data.path` folder) under a degradation, with whole
/// held-out photos (never cropped for training) to measure on; and the
/// bundled digits shrunk for quick checks.
enum RestorationData {
    /// The bundled photos held out: every restoration model is measured on them.
    static let heldOutPhotos = NamedPhotos.heldOutNames
    /// Training patches per epoch (each drawn at a seeded random place).
    static let trainingPatches = 8_000
    /// Held-out patches previews show.
    static let previewPatches = 64
    static let heldOutSeed: UInt64 = 0x5EED_0F_4E57
    /// The noise of the denoising sets, on the 0-255 scale.
    static let noiseSigma: Float = 25

    /// The photo-patch sets: name, what they hold, the degradation and the patch side.
    static let photoSets: [(name: String, what: String, crop: PhotoCropTask, patch: Int)] = [
        ("photos_x2", "x2 bicubic", .bicubicDownsample(factor: 2), 48),
        ("photos_x3", "x3 bicubic", .bicubicDownsample(factor: 3), 48),
        ("photos_x4", "x4 bicubic", .bicubicDownsample(factor: 4), 64),
        ("photos_x4_real", "x4 Real-ESRGAN-style (blur, bicubic, noise, JPEG; seeded)", .realisticDownsample(factor: 4), 64),
        ("photos_noise25", "Gaussian noise of sigma 25 (0-255) to clean", .gaussianNoise(sigma: noiseSigma, noisyTarget: false), 64),
        ("photos_noise25_pairs", "noisy/noisy pairs, sigma 25, two independent draws (Noise2Noise); measured against the clean held-out photos",
         .gaussianNoise(sigma: noiseSigma, noisyTarget: true), 64),
        ("photos_gray", "gray (the neutral gray of each pixel's CIE lightness) to color, labeled with the source photo; only color photos are used",
         .colorization, 64),
    ]
    /// The digit sets and their factors.
    static let digitSets = [("mnist_x4", 4), ("mnist_x2", 2)]

    static let entries: [DatasetEntry] = photoSets.map { photos($0.name, $0.what, task: $0.crop, patch: $0.patch) }
        + digitSets.map { digits($0.0, factor: $0.1) } + [photo]

    /// The side the `photo` set cuts its photo to unless `data.resolution` says otherwise.
    static let photoSide = 128

    /// One photo for per-image methods: your image file or the bundled chelsea, its central square.
    static let photo = DatasetEntry(
        "photo", "one photo for per-image methods (deep image prior): data.path names an image file (default: the bundled chelsea, held out from every restoration set), cut to its central data.resolution square (128)",
        shape: { options in
            if options.channels != nil { throw ConfigurationError(key: "data.channels", problem: "photo is read in color; remove the key") }
            return DatasetShape(sampleShape: [3, options.resolution ?? photoSide, options.resolution ?? photoSide], classCount: nil)
        },
        load: { options, _ in
            let side = options.resolution ?? photoSide
            let image = try options.path.map { try ImageCodec.read($0) } ?? ImageCodec.read(BundledData.photoURLs.first { $0.lastPathComponent == "chelsea.png" }!.path)
            guard image.width >= side && image.height >= side else {
                throw ConfigurationError(key: options.path == nil ? "data.resolution" : "data.path", problem: "the photo is \(image.width)x\(image.height), smaller than the \(side)-pixel square asked for")
            }
            let square = image.converted(toChannels: 3).centerCropped(width: side, height: side).array
            return ArrayDataset(images: square.reshaped([1] + square.shape))
        })

    /// The restoration task of dataset `name`; nil for other data.
    static func task(of name: String) -> RestorationTask? {
        if let digits = digitSets.first(where: { $0.0 == name }) { return RestorationTask(kind: .superResolution, factor: digits.1, channels: 1) }
        return photoSets.first { $0.name == name }.map { task(of: $0.crop) }
    }

    /// What restoring patches degraded by `crop` asks for.
    static func task(of crop: PhotoCropTask) -> RestorationTask {
        switch crop {
        case let .bicubicDownsample(factor), let .realisticDownsample(factor), let .superResolution(factor):
            return RestorationTask(kind: .superResolution, factor: factor, channels: 3)
        case .colorization:
            return RestorationTask(kind: .colorization, factor: 1, channels: 3)
        case .gaussianNoise, .inpainting:
            return RestorationTask(kind: .denoising, factor: 1, channels: 3)
        }
    }

    /// A photo-patch set: `patch`-pixel crops of the training photos under `task`.
    static func photos(_ name: String, _ what: String, task: PhotoCropTask, patch: Int) -> DatasetEntry {
        let restoration = RestorationData.task(of: task)
        let inputSide = patch / restoration.factor
        let color = restoration.kind == .colorization
        return DatasetEntry(
            name, "\(what): \(patch)-pixel patches of the bundled photos, inputs \(restoration.inputChannels)x\(inputSide)x\(inputSide), \(heldOutPhotos.joined(separator: " and ")) held out; data.path takes your folder of photos (every fifth held out), data.augment flips and transposes the patches",
            measures: [.restoration],
            shape: { options in
                try refuseSizeKeys(options, name: name)
                // Colorization patches are labeled with their source photo: the classes are the training photos.
                let classes = color ? try split(options, patch: patch, colorOnly: true).training.count : nil
                return DatasetShape(sampleShape: [restoration.inputChannels, inputSide, inputSide], classCount: classes, targetShape: [3, patch, patch], targets: .paired)
            },
            load: { options, seed in
                PhotoCrops(photos: try split(options, patch: patch, colorOnly: color).training, cropSize: patch, task: task, count: trainingPatches, seed: seed, augment: options.augment ?? false)
            },
            heldOut: { options in
                PhotoCrops(photos: try split(options, patch: patch, colorOnly: color).heldOut, cropSize: patch, task: task, count: previewPatches, seed: heldOutSeed)
            })
    }

    /// A digit set: the bundled digits 0-8,999 shrunk by `factor`, 9,000-9,999 held out.
    static func digits(_ name: String, factor: Int) -> DatasetEntry {
        DatasetEntry(
            name, "x\(factor) bicubic on the bundled digits: 1x\(28 / factor)x\(28 / factor) to 1x28x28, 10 classes; digits 9,000-9,999 held out",
            measures: [.restoration],
            shape: { options in
                try refuseSizeKeys(options, name: name)
                if options.path != nil { throw ConfigurationError(key: "data.path", problem: "\(name) is built in; remove the key, or use a photos_ set for your photos") }
                return DatasetShape(sampleShape: [1, 28 / factor, 28 / factor], classCount: 10, targetShape: [1, 28, 28], targets: .paired)
            },
            load: { _, _ in DownsampledPairs(SubsetDataset(try BundledData.mnistTest(), range: TranslationData.trainingDigits), factor: factor) },
            heldOut: { _ in DownsampledPairs(SubsetDataset(try BundledData.mnistTest(), range: TranslationData.heldOutDigits), factor: factor) })
    }

    private static func refuseSizeKeys(_ options: DataOptions, name: String) throws {
        for (key, value) in [("data.channels", options.channels), ("data.resolution", options.resolution), ("data.load_size", options.loadSize)] where value != nil {
            throw ConfigurationError(key: key, problem: "\(name) sets its own patch size and channels; remove the key")
        }
    }

    /// The bundled photos, read once.
    private static let bundled = Result { try NamedPhotos.bundled() }

    /// The training and held-out photos: the bundled ones split by name, or
    /// your folder's with every fifth (and at least one) held out; with
    /// `colorOnly` the gray photos (all three channels equal) are left out
    /// first. Photos smaller than `patch` on a side are refused.
    static func split(_ options: DataOptions, patch: Int, colorOnly: Bool = false) throws -> (training: [NDArray], heldOut: [NDArray]) {
        let all = try options.path.map { try NamedPhotos.folder($0) } ?? bundled.get()
        let photos = colorOnly ? all.filter { isColor($0.image) } : all
        if colorOnly && photos.count < 2 {
            throw ConfigurationError(key: "data.path", problem: "\(options.path ?? "the bundled photos") hold \(photos.count) color photo\(photos.count == 1 ? "" : "s"); colorization needs at least 2 (one is held out)")
        }
        for photo in photos where photo.image.shape[1] < patch || photo.image.shape[2] < patch {
            throw ConfigurationError(key: "data.path", problem: "photo \(photo.name) is \(photo.image.shape[2])x\(photo.image.shape[1]), smaller than the \(patch)-pixel patches")
        }
        guard let path = options.path else {
            return (photos.filter { !heldOutPhotos.contains($0.name) }.map(\.image), photos.filter { heldOutPhotos.contains($0.name) }.map(\.image))
        }
        guard photos.count >= 2 else { throw ConfigurationError(key: "data.path", problem: "\(path) holds \(photos.count) photo; restoration needs at least 2 (one is held out)") }
        let heldOut = Set(stride(from: 4, to: photos.count, by: 5)).union(photos.count < 5 ? [photos.count - 1] : [])
        return (photos.indices.filter { !heldOut.contains($0) }.map { photos[$0].image }, heldOut.sorted().map { photos[$0].image })
    }

    /// Whether a photo `[3, H, W]` has color: some pixel's channels differ by more than one 8-bit step.
    static func isColor(_ photo: NDArray) -> Bool {
        let (values, plane) = (photo.elements, photo.shape[1] * photo.shape[2])
        return (0..<plane).contains { max(abs(values[$0] - values[plane + $0]), abs(values[$0] - values[2 * plane + $0])) > 1.0 / 255 }
    }
}
