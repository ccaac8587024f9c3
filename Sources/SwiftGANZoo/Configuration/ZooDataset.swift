import SwiftGANData
import SwiftGANKernels

/// The built-in datasets a configuration can name, with what architectures need to know.
struct ZooDataset {
    let dataset: any Dataset
    /// `[2]` for points, `[C, H, W]` for images.
    let sampleShape: [Int]
    let classCount: Int?

    var isPoints: Bool { sampleShape.count == 1 }

    static let names = ["ring", "grid", "swiss_roll", "spiral", "mnist", "polygons", "stacked_mnist"]

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
