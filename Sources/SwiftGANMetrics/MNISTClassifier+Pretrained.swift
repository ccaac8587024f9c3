import Foundation
import SwiftGANKernels
import SwiftGANNN
import SwiftGANOptim

extension MNISTClassifier {
    /// CRC-32 of the committed weight file, checked before loading it.
    public static let pretrainedChecksum: UInt32 = 0x8AA1_8D05

    /// The committed classifier (trained by `swiftgan train-classifier`, see
    /// `MNISTClassifierRecipe`), in evaluation mode.
    public static func pretrained() throws -> MNISTClassifier {
        guard let url = Bundle.module.url(forResource: "mnist_classifier", withExtension: "safetensors", subdirectory: "Resources") else {
            throw CheckpointError(path: nil, problem: "the MNIST classifier weights are missing from the SwiftGANMetrics resources")
        }
        let bytes = try Data(contentsOf: url)
        var crc = CRC32()
        crc.update(bytes)
        guard crc.value == pretrainedChecksum else {
            throw CheckpointError(
                path: url.path,
                problem: String(format: "checksum %08x differs from the expected %08x; the weight file is damaged or was replaced", crc.value, pretrainedChecksum))
        }
        var generator = RandomGenerator(seed: 0)
        let model = MNISTClassifier(generator: &generator)
        try model.load(from: url)
        model.eval()
        return model
    }
}
