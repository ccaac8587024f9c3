import SwiftGANData
import SwiftGANKernels

extension RestorationData {
    /// The held-out digits a digit set is measured on.
    static let evaluationDigits = 500

    /// What restoration models are measured on: for photo sets each whole
    /// held-out photo (its sides cut to multiples of the scale) degraded as
    /// in training, from a fixed seed, against the clean photo; for digit
    /// sets the first `evaluationDigits` held-out digits as one batch.
    /// Inputs and targets `[1 or N, C, H, W]` in [0, 1].
    static func evaluationPairs(dataset: String, options: DataOptions) throws -> [(input: NDArray, target: NDArray)] {
        if let digits = digitSets.first(where: { $0.0 == dataset }) {
            let first = TranslationData.heldOutDigits.lowerBound
            let pairs = DownsampledPairs(SubsetDataset(try BundledData.mnistTest(), range: first..<first + evaluationDigits), factor: digits.1)
            let examples = try (0..<pairs.count).map { try pairs.example(at: $0) }
            func stack(_ arrays: [NDArray]) -> NDArray { NDArray.concatenate(arrays.map { $0.reshaped([1] + $0.shape) }, axis: 0) }
            return [(stack(examples.map(\.image)), stack(examples.map { $0.target! }))]
        }
        guard let crop = photoSets.first(where: { $0.name == dataset })?.crop else {
            throw ConfigurationError(key: "dataset", problem: "\(dataset) is not restoration data")
        }
        let factor = task(of: crop).factor
        return try split(options, patch: 1, colorOnly: crop == .colorization).heldOut.enumerated().map { index, photo in
            let (height, width) = (photo.shape[1] / factor * factor, photo.shape[2] / factor * factor)
            let clean = photo.slice(axis: 1, start: 0, end: height).slice(axis: 2, start: 0, end: width)
            var generator = RandomGenerator(seed: heldOutSeed &+ UInt64(index))
            let input: NDArray
            switch crop {
            case .gaussianNoise: input = Degradation.gaussianNoise(clean, sigma: noiseSigma, &generator)
            case .realisticDownsample: input = try Degradation.realistic(clean, factor: factor, &generator)
            case .colorization: input = ColorConversion.lightnessGray(clean)
            default: input = Degradation.bicubicDownsample(clean, factor: factor)
            }
            return (input.reshaped([1] + input.shape), clean.reshaped([1] + clean.shape))
        }
    }
}

extension DatasetRegistry {
    /// What restorers trained on `configuration`'s restoration data are
    /// measured on, named `00000`, `00001`, ...: inputs and references
    /// `[C, H, W]` in [0, 1] (the held-out photos whole, the held-out digits one by one).
    public static func restorationPairs(of configuration: TrainingConfiguration) throws -> [(name: String, input: NDArray, reference: NDArray)] {
        let pairs = try RestorationData.evaluationPairs(dataset: configuration.dataset, options: configuration.data)
        var named: [(name: String, input: NDArray, reference: NDArray)] = []
        for (input, target) in pairs {
            for i in 0..<input.shape[0] {
                let (a, b) = (input.slice(axis: 0, start: i, end: i + 1), target.slice(axis: 0, start: i, end: i + 1))
                named.append((String(format: "%05d", named.count), a.reshaped(Array(a.shape.dropFirst())), b.reshaped(Array(b.shape.dropFirst()))))
            }
        }
        return named
    }
}
