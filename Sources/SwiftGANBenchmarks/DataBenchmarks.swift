import Foundation
import SwiftGAN

/// How fast the data pipeline delivers batches of 64 (decoding, normalizing,
/// batching, with the prefetch thread): the bundled MNIST from IDX, and a
/// folder of 64x64 RGB PNGs made from the bundled photos.
enum DataBenchmarks {
    static let batchSize = 64

    static func all(folder: String) -> [BenchmarkCase] {
        [
            BenchmarkCase(name: "mnist_idx", workPerCall: Double(batchSize) * 1e9, workUnit: "images_per_s") {
                let loader = try! DataLoader(BundledData.mnistTest(), batchSize: batchSize, seed: 1)
                return { _ = try! loader.next() }
            },
            BenchmarkCase(name: "png_folder_64", workPerCall: Double(batchSize) * 1e9, workUnit: "images_per_s") {
                let dataset = try! ImageFolderDataset(root: folder, loading: ImageLoading(channels: 3))
                let loader = try! DataLoader(dataset, batchSize: batchSize, seed: 1)
                return { _ = try! loader.next() }
            },
        ]
    }

    /// Writes `count` 64x64 RGB PNG crops of the bundled photos into `folder` (made if missing).
    static func writeFolder(_ folder: String, count: Int = 512) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let photos = try BundledData.photoURLs.map { try ImageCodec.read($0.path).converted(toChannels: 3).resized(shorterSide: 256) }
        var random = RandomGenerator(seed: 7)
        for i in 0..<count {
            let photo = photos[i % photos.count]
            let crop = photo.randomCropped(width: 96, height: 96, using: &random).resized(width: 64, height: 64)
            try ImageCodec.writePNG(crop, to: (folder as NSString).appendingPathComponent(String(format: "%04d.png", i)))
        }
    }
}
