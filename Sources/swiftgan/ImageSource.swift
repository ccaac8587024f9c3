import ArgumentParser
import Foundation
import SwiftGAN

/// Where `eval` reads images from: `mnist` (the bundled test set), an NPY
/// file (`[N, C, H, W]`; floats in [-1, 1], or uint8 in [0, 255]), a folder
/// of PNG/JPEG images, or a checkpoint or run folder (samples drawn from its generator).
/// All come back as `[N, C, H, W]` in [-1, 1].
enum ImageSource {
    static let help = "mnist (the bundled test set), an .npy file ([N, C, H, W], floats in [-1, 1] or uint8), a folder of images, or a checkpoint (.safetensors) or run folder"

    static func load(_ spec: String, channels: Int, count: Int, seed: UInt64) throws -> NDArray {
        if spec == "mnist" {
            return try QualityMeasures.mnistDigits(count: count)
        }
        let url = URL(fileURLWithPath: spec)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: spec, isDirectory: &isDirectory) else {
            throw CommandError("\(spec): no such file or folder; give \(help)")
        }
        if isDirectory.boolValue && FileManager.default.fileExists(atPath: url.appendingPathComponent("config.yaml").path) {
            let (_, trainer) = try ZooBuilder.trainer(restoring: CheckpointLocator.resolve(spec))
            return trainer.samples(count: count, seed: seed).samples
        }
        if isDirectory.boolValue {
            let dataset = try ImageFolderDataset(root: spec, loading: ImageLoading(channels: channels))
            guard dataset.count > 0 else { throw CommandError("\(spec): the folder holds no images") }
            return try stack(dataset, count: count)
        }
        switch url.pathExtension.lowercased() {
        case "npy":
            let file = try NPYFile(contentsOf: url)
            let array = file.rows(0..<min(count, file.shape.first ?? 0))
            return file.header.dtype.scalarType == .uint8 ? array.map(.affine(scale: 1 / 127.5, shift: -1)) : array
        case "safetensors":
            let (_, trainer) = try ZooBuilder.trainer(restoring: url)
            return trainer.samples(count: count, seed: seed).samples
        default:
            throw CommandError("\(spec): unknown kind of file; give \(help)")
        }
    }

    /// The first `count` examples of `dataset`, `[N, C, H, W]` scaled from [0, 1] to [-1, 1].
    private static func stack(_ dataset: any Dataset, count: Int) throws -> NDArray {
        let images = try (0..<min(count, dataset.count)).map { index -> NDArray in
            let image = try dataset.example(at: index).image
            return image.reshaped([1] + image.shape)
        }
        return NDArray.concatenate(images, axis: 0).map(.affine(scale: 2, shift: -1))
    }
}
