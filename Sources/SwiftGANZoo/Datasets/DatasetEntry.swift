import SwiftGANData

/// One dataset a configuration can name: its shape from the `data:` options
/// (without loading it) and how to load it.
public struct DatasetEntry: Sendable {
    public let name: String
    /// One line: what it holds.
    public let description: String
    /// The quality measures samples of this data are judged by (see `QualityMeasures`).
    public let measures: [QualityMeasureKind]
    /// The side of the built-in images as they are made (nil for points and your own data).
    public let nativeResolution: Int?
    let shape: @Sendable (DataOptions) throws -> DatasetShape
    let load: @Sendable (DataOptions, UInt64) throws -> any Dataset

    init(
        _ name: String, _ description: String, measures: [QualityMeasureKind] = [], nativeResolution: Int? = nil,
        shape: @escaping @Sendable (DataOptions) throws -> DatasetShape, load: @escaping @Sendable (DataOptions, UInt64) throws -> any Dataset
    ) {
        (self.name, self.description, self.measures, self.shape, self.load) = (name, description, measures, shape, load)
        self.nativeResolution = nativeResolution
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

    /// The side of your own images unless `data.resolution` says otherwise (MNIST's).
    static let defaultResolution = 28

    /// Built-in images of `channels` at `native` pixels square, resized when `data.resolution` asks.
    static func images(
        _ name: String, _ description: String, channels: Int, classes: Int?, native: Int = defaultResolution, measures: [QualityMeasureKind] = [],
        load: @escaping @Sendable (UInt64) throws -> any Dataset
    ) -> DatasetEntry {
        rendered(name, description, channels: channels, classes: classes, native: native, measures: measures) { seed, resolution in
            let data = try load(seed)
            return resolution == native ? data : ResizedDataset(data, resolution: resolution)
        }
    }

    /// Built-in images of `channels`, drawn at the resolution asked (`native` unless `data.resolution` says otherwise).
    static func rendered(
        _ name: String, _ description: String, channels: Int, classes: Int?, native: Int, measures: [QualityMeasureKind] = [],
        load: @escaping @Sendable (UInt64, Int) throws -> any Dataset
    ) -> DatasetEntry {
        DatasetEntry(name, description, measures: measures, nativeResolution: native, shape: { options in
            if let asked = options.channels, asked != channels {
                throw ConfigurationError(key: "data.channels", problem: "\(name) has \(channels) channel\(channels == 1 ? "" : "s"), not \(asked); remove the key")
            }
            let resolution = options.resolution ?? native
            return DatasetShape(sampleShape: [channels, resolution, resolution], classCount: classes)
        }, load: { options, seed in try load(seed, options.resolution ?? native) })
    }
}
