import SwiftGANKernels

extension PhotoTextureNetwork {
    /// CRC-32 of the committed weight file, checked before loading it.
    public static let pretrainedChecksum: UInt32 = 0xA716_AF81

    /// The committed network (trained by `swiftgan train-classifier --data photo_texture`,
    /// see `PhotoTextureRecipe`), in evaluation mode.
    public static func pretrained() throws -> PhotoTextureNetwork {
        var generator = RandomGenerator(seed: 0)
        let network = PhotoTextureNetwork(classes: 8, generator: &generator)
        try PretrainedWeights.load("photo_texture", checksum: pretrainedChecksum, into: network)
        return network
    }
}
