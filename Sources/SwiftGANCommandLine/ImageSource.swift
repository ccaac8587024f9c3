import ArgumentParser
import Foundation
import SwiftGAN

/// Where `eval` reads images from: `mnist` (the bundled test set), an NPY
/// file (`[N, C, H, W]`; floats in [-1, 1] or [0, 1], or integers 0-255), a folder
/// of PNG/JPEG images, or a checkpoint or run folder (samples drawn from its generator).
/// All come back as `[N, C, H, W]` in [-1, 1].
enum ImageSource {
    static let help = "mnist (the bundled test set), shapes32 or shapes64 (the shapes measures' 10,000 reference images; shapes32:SEED draws them from another seed), an .npy file ([N, C, H, W], floats in [-1, 1] or integers 0-255), a folder of images, or a checkpoint (.safetensors) or run folder"

    /// The images `spec` names; float arrays are read as `floatRange` (-1...1 or 0...1).
    static func load(_ spec: String, channels: Int, count: Int, seed: UInt64, floatRange: ClosedRange<Float> = -1...1) throws -> NDArray {
        if spec == "mnist" {
            return try QualityMeasures.mnistDigits(count: count)
        }
        if let shapes = try shapes(spec, count: count) { return shapes }
        let url = URL(fileURLWithPath: spec)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: spec, isDirectory: &isDirectory) else {
            throw CommandError("\(spec): no such file or folder; give \(help)")
        }
        if isDirectory.boolValue && FileManager.default.fileExists(atPath: url.appendingPathComponent("config.yaml").path) {
            return try samples(of: CheckpointLocator.resolve(spec), count: count, seed: seed)
        }
        if isDirectory.boolValue {
            let dataset = try ImageFolderDataset(root: spec, loading: ImageLoading(channels: channels))
            guard dataset.count > 0 else { throw CommandError("\(spec): the folder holds no images") }
            try dataset.validateFiles()
            return try stack(dataset, count: count)
        }
        switch url.pathExtension.lowercased() {
        case "npy":
            return try array(NPYFile(contentsOf: url), path: spec, count: count, floatRange: floatRange)
        case "safetensors":
            return try samples(of: url, count: count, seed: seed)
        default:
            throw CommandError("\(spec): unknown kind of file; give \(help)")
        }
    }

    /// Rendered shapes for `shapes32`, `shapes64` or either with `:SEED`; nil for other specs.
    private static func shapes(_ spec: String, count: Int) throws -> NDArray? {
        let parts = spec.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard let resolution = ["shapes32": 32, "shapes64": 64][parts[0]] else { return nil }
        guard parts.count == 1 || UInt64(parts[1]) != nil else {
            throw CommandError("\(spec): the seed after '\(parts[0]):' must be a whole number from 0 to 2^64-1")
        }
        try ResourceCheck.requireMemory(4 * 3 * Double(resolution * resolution) * Double(count), for: "\(count) shapes at \(resolution)x\(resolution)", option: "--count")
        return QualityMeasures.shapesImages(count: count, resolution: resolution, seed: parts.count == 2 ? UInt64(parts[1]) : nil)
    }

    /// `count` samples of the checkpoint at `url`, refused before drawing when they cannot fit in memory.
    private static func samples(of url: URL, count: Int, seed: UInt64) throws -> NDArray {
        let (configuration, inference, _) = try ModelRegistry.inference(restoring: url)
        if inference.model.input.startsFromImages {
            let (kind, command) = inference.model is any RestorationModel ? ("restorer", "enhance") : ("translator", "translate")
            throw CommandError("\(url.path) holds a \(configuration.model) \(kind), which draws nothing from noise; write its outputs with swiftgan \(command) and compare those")
        }
        let values = inference.samples(count: 1, seed: seed).samples.count
        try ResourceCheck.requireMemory(4 * Double(values) * Double(count), for: "\(count) samples of \(url.lastPathComponent)", option: "--count")
        return inference.samples(count: count, seed: seed).samples
    }

    /// The first `count` images of an NPY file in [-1, 1]: integers must be
    /// 0-255 (scaled as 8-bit pixels), floats finite and within `floatRange`.
    private static func array(_ file: NPYFile, path: String, count: Int, floatRange: ClosedRange<Float>) throws -> NDArray {
        let type = file.header.dtype.scalarType
        guard type != .bool else { throw CommandError("\(path): holds booleans; images are floats in [-1, 1] or integers 0-255") }
        let array = file.rows(0..<min(count, file.shape.first ?? 0))
        let values = try ImageValues(array, path: path)
        if type.isInteger {
            guard values.areWithin(0...255) else {
                throw CommandError("\(path): integer images must hold 0-255, and these values span \(values.description)")
            }
            return array.map(.affine(scale: 1 / 127.5, shift: -1))
        }
        // Rounding in a generator's last layer or in float16 may step just past the bounds.
        guard values.areWithin(floatRange, slack: 1e-3) else {
            let hint = values.areWithin(0...255) ? "; for 0-255 pixels store the array as uint8" : ""
            throw CommandError("\(path): float images must lie in [\(floatRange.lowerBound), \(floatRange.upperBound)] (--pixel-range), and these values span \(values.description)\(hint)")
        }
        if floatRange == -1...1 && values.minimum >= 0 && values.maximum > 0.5 {
            FileHandle.standardError.write(Data("warning: \(path): the values span \(values.description), read as [-1, 1] images; give --pixel-range 0,1 if they are [0, 1] images\n".utf8))
        }
        let scaled = floatRange == -1...1 ? array : array.map(.affine(scale: 2, shift: -1))
        return scaled.map(.clamp(low: -1, high: 1))
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
