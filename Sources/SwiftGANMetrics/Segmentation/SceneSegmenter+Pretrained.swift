import SwiftGANKernels

extension SceneSegmenter {
    /// CRC-32 of the committed weight file, checked before loading it.
    public static let pretrainedChecksum: UInt32 = 0xEB2F_A86C

    /// The committed segmenter (trained by `swiftgan train-classifier --data scenes`,
    /// see `SceneSegmenterRecipe`), in evaluation mode.
    public static func pretrained() throws -> SceneSegmenter {
        var generator = RandomGenerator(seed: 0)
        let model = SceneSegmenter(generator: &generator)
        try PretrainedWeights.load("scene_segmenter", checksum: pretrainedChecksum, into: model)
        return model
    }
}
