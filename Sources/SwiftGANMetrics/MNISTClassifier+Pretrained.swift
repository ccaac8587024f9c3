import SwiftGANKernels

extension MNISTClassifier {
    /// CRC-32 of the committed weight file, checked before loading it.
    public static let pretrainedChecksum: UInt32 = 0x8AA1_8D05

    /// The committed classifier (trained by `swiftgan train-classifier`, see
    /// `MNISTClassifierRecipe`), in evaluation mode.
    public static func pretrained() throws -> MNISTClassifier {
        var generator = RandomGenerator(seed: 0)
        let model = MNISTClassifier(generator: &generator)
        try PretrainedWeights.load("mnist_classifier", checksum: pretrainedChecksum, into: model)
        return model
    }

    /// CRC-32 of the committed judge of MNIST-M-style digits.
    public static let photoDigitsChecksum: UInt32 = 0xEA2D_26DF

    /// The committed judge of MNIST-M-style digits (`swiftgan train-classifier
    /// --data photo_digits`, the recipe with `photoDigits`), in evaluation mode.
    public static func pretrainedPhotoDigits() throws -> MNISTClassifier {
        var generator = RandomGenerator(seed: 0)
        let model = MNISTClassifier(channels: 3, generator: &generator)
        try PretrainedWeights.load("photo_digits_classifier", checksum: photoDigitsChecksum, into: model)
        return model
    }
}
