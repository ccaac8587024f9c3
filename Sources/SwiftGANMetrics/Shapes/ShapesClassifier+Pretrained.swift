import SwiftGANKernels

extension ShapesClassifier {
    /// CRC-32 of the committed weight file, checked before loading it.
    public static let pretrainedChecksum: UInt32 = 0xA178_0D80

    /// The committed classifier (trained by `swiftgan train-classifier --data shapes`,
    /// see `ShapesClassifierRecipe`), in evaluation mode.
    public static func pretrained() throws -> ShapesClassifier {
        var generator = RandomGenerator(seed: 0)
        let model = ShapesClassifier(generator: &generator)
        try PretrainedWeights.load("shapes_classifier", checksum: pretrainedChecksum, into: model)
        return model
    }
}
