import SwiftGANData

/// One dataset a configuration can name: its shape from the `data:` options
/// (without loading it) and how to load it.
public struct DatasetEntry: Sendable {
    public let name: String
    /// One line: what it holds.
    public let description: String
    /// The quality measures samples of this data are judged by (see `QualityMeasures`).
    public let measures: [QualityMeasureKind]
    let shape: @Sendable (DataOptions) throws -> DatasetShape
    let load: @Sendable (DataOptions, UInt64) throws -> any Dataset

    init(
        _ name: String, _ description: String, measures: [QualityMeasureKind] = [],
        shape: @escaping @Sendable (DataOptions) throws -> DatasetShape, load: @escaping @Sendable (DataOptions, UInt64) throws -> any Dataset
    ) {
        (self.name, self.description, self.measures, self.shape, self.load) = (name, description, measures, shape, load)
    }

    /// Built-in points: the options must not ask for images.
    static func points(_ name: String, _ description: String, classes: Int?, measures: [QualityMeasureKind] = [], load: @escaping @Sendable (UInt64) -> any Dataset) -> DatasetEntry {
        DatasetEntry(name, description, measures: measures, shape: { options in
            for (key, value) in [("data.channels", options.channels), ("data.resolution", options.resolution)] where value != nil {
                throw ConfigurationError(key: key, problem: "\(name) holds 2-D points, not images; remove it")
            }
            return DatasetShape(sampleShape: [2], classCount: classes)
        }, load: { _, seed in load(seed) })
    }

    /// The side of the built-in images and of your own unless `data.resolution` says otherwise (MNIST's).
    static let nativeResolution = 28

    /// Built-in images of `channels` at 28x28, resized when `data.resolution` asks.
    static func images(
        _ name: String, _ description: String, channels: Int, classes: Int?, measures: [QualityMeasureKind] = [],
        load: @escaping @Sendable (UInt64) throws -> any Dataset
    ) -> DatasetEntry {
        DatasetEntry(name, description, measures: measures, shape: { options in
            if let asked = options.channels, asked != channels {
                throw ConfigurationError(key: "data.channels", problem: "\(name) has \(channels) channel\(channels == 1 ? "" : "s"), not \(asked); remove the key")
            }
            let resolution = options.resolution ?? nativeResolution
            return DatasetShape(sampleShape: [channels, resolution, resolution], classCount: classes)
        }, load: { options, seed in
            let data = try load(seed)
            guard let resolution = options.resolution, resolution != nativeResolution else { return data }
            return ResizedDataset(data, resolution: resolution)
        })
    }
}
