import Foundation
import SwiftGANData
import SwiftGANKernels

/// The built-in datasets a configuration can name, with what architectures need to know.
public struct ZooDataset {
    let dataset: any Dataset
    /// `[2]` for points, `[C, H, W]` for images.
    let sampleShape: [Int]
    let classCount: Int?

    var isPoints: Bool { sampleShape.count == 1 }

    static let names = ZooCatalog.datasets.map(\.name)

    /// The dataset `c.dataset` names; `folder` and `npy` read `c.dataPath`.
    static func make(_ c: TrainingConfiguration, seed: UInt64) throws -> ZooDataset {
        switch c.dataset {
        case "folder", "npy":
            if c.labeledPerClass != nil {
                throw ConfigurationError(key: "labeled_per_class", problem: "semi-supervised splits are made of the built-in labeled datasets (mnist); remove it for \(c.dataset)")
            }
            guard let path = c.dataPath else {
                throw ConfigurationError(key: "data_path", problem: "dataset \(c.dataset) reads your data from data_path; set it to a \(c.dataset == "folder" ? "folder of images" : ".npy file")")
            }
            return try user(c.dataset, path: path, channels: c.channels)
        default:
            let data = try make(c.dataset, seed: seed)
            guard let labeledPerClass = c.labeledPerClass else { return data }
            guard data.classCount != nil else {
                throw ConfigurationError(key: "labeled_per_class", problem: "\(c.dataset) has no labels to keep; remove labeled_per_class or choose a labeled dataset")
            }
            guard c.heldOut > 0 && c.heldOut < data.dataset.count else {
                throw ConfigurationError(key: "held_out", problem: "must be in 1..<\(data.dataset.count) (the examples of \(c.dataset)), got \(c.heldOut)")
            }
            let split = try semiSupervisedSplit(data.dataset, labeledPerClass: labeledPerClass, heldOut: c.heldOut)
            return ZooDataset(dataset: split.training, sampleShape: data.sampleShape, classCount: data.classCount)
        }
    }

    /// The fixed split of semi-supervised runs (seed 2024, as the MNIST classifier's held-out digits).
    public static func semiSupervisedSplit(_ dataset: any Dataset, labeledPerClass: Int, heldOut: Int) throws -> SemiSupervisedSplit {
        try SemiSupervisedSplit(dataset, labeledPerClass: labeledPerClass, heldOut: heldOut, seed: 2024)
    }

    /// Images of your own at 28x28, the size of the zoo's image networks: a
    /// folder of PNG/JPEG files (classes from subfolders, resized and
    /// center-cropped, `channels` 1 or 3) or an NPY array `[N, C, 28, 28]` in [0, 1].
    static func user(_ kind: String, path: String, channels: Int) throws -> ZooDataset {
        if kind == "folder" {
            guard [1, 3].contains(channels) else { throw ConfigurationError(key: "channels", problem: "must be 1 or 3 for a folder of images, got \(channels)") }
            let folder = try ImageFolderDataset(root: path, loading: ImageLoading(channels: channels, size: 28))
            guard folder.count > 0 else { throw ConfigurationError(key: "data_path", problem: "\(path) holds no PNG or JPEG images") }
            try folder.validateFiles()
            return ZooDataset(dataset: folder, sampleShape: [channels, 28, 28], classCount: folder.classCount)
        }
        let file = try NPYDataset(examples: NPYFile(contentsOf: URL(fileURLWithPath: path)))
        try checkValues(of: file.file, path: path)
        return ZooDataset(dataset: file, sampleShape: Array(file.file.shape.dropFirst()), classCount: nil)
    }

    /// Refuses an `npy` dataset with values that are not finite or lie outside
    /// [0, 1], before training; rows are read 1,024 at a time.
    static func checkValues(of file: NPYFile, path: String) throws {
        let count = file.shape.first ?? 0
        for start in stride(from: 0, to: count, by: 1_024) {
            let values = try ImageValues(file.rows(start..<min(start + 1_024, count)), path: path)
            guard values.areWithin(0...1, slack: 1e-3) else {
                throw ConfigurationError(key: "data_path", problem: "\(path): the images of an npy dataset must lie in [0, 1], and rows from \(start) span \(values)")
            }
        }
    }

    static func make(_ name: String, seed: UInt64) throws -> ZooDataset {
        switch name {
        case "ring": return ZooDataset(dataset: GaussianMixture2D.ring(count: 100_000, seed: seed), sampleShape: [2], classCount: 8)
        case "grid": return ZooDataset(dataset: GaussianMixture2D.grid(count: 100_000, seed: seed), sampleShape: [2], classCount: 25)
        case "swiss_roll": return ZooDataset(dataset: SwissRoll2D(count: 100_000, seed: seed), sampleShape: [2], classCount: nil)
        case "spiral": return ZooDataset(dataset: Spiral2D(count: 100_000, seed: seed), sampleShape: [2], classCount: 2)
        case "mnist": return ZooDataset(dataset: try BundledData.mnistTest(), sampleShape: [1, 28, 28], classCount: 10)
        case "polygons": return ZooDataset(dataset: ConvexPolygons(count: 10_000, seed: seed), sampleShape: [1, 28, 28], classCount: nil)
        case "stacked_mnist":
            let mnist = try BundledData.mnistTest()
            let stacked = StackedMNIST(images: try mnist.images(), labels: mnist.labels, count: 10_000, seed: seed)
            return ZooDataset(dataset: stacked, sampleShape: [3, 28, 28], classCount: 1000)
        default:
            throw ConfigurationError.unknown("dataset", name, allowed: names)
        }
    }
}
