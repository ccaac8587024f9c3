import Foundation
import SwiftGANKernels
import SwiftGANNN
import SwiftGANOptim

/// The weight files committed with the metrics (the MNIST and shapes
/// classifiers), checked against their CRC-32 before they are loaded.
enum PretrainedWeights {
    /// Loads `Resources/NAME.safetensors` into `model` after checking its CRC-32, and puts the model in evaluation mode.
    static func load(_ name: String, checksum: UInt32, into model: Module) throws {
        guard let url = Bundle.module.url(forResource: name, withExtension: "safetensors", subdirectory: "Resources") else {
            throw CheckpointError(path: nil, problem: "the weights \(name).safetensors are missing from the SwiftGANMetrics resources")
        }
        let bytes = try Data(contentsOf: url)
        var crc = CRC32()
        crc.update(bytes)
        guard crc.value == checksum else {
            throw CheckpointError(
                path: url.path,
                problem: String(format: "checksum %08x differs from the expected %08x; the weight file is damaged or was replaced", crc.value, checksum))
        }
        try model.load(from: url)
        model.eval()
    }
}
