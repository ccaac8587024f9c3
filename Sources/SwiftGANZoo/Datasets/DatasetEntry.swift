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
    /// The held-out split of translation and attribute data (never trained on), by which translators are measured; nil for other data.
    let heldOut: (@Sendable (DataOptions) throws -> any Dataset)?

    init(
        _ name: String, _ description: String, measures: [QualityMeasureKind] = [], nativeResolution: Int? = nil,
        shape: @escaping @Sendable (DataOptions) throws -> DatasetShape, load: @escaping @Sendable (DataOptions, UInt64) throws -> any Dataset,
        heldOut: (@Sendable (DataOptions) throws -> any Dataset)? = nil
    ) {
        (self.name, self.description, self.measures, self.shape, self.load) = (name, description, measures, shape, load)
        (self.nativeResolution, self.heldOut) = (nativeResolution, heldOut)
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
    /// `heldOut` draws a held-out split at a resolution, for models measured on one.
    static func rendered(
        _ name: String, _ description: String, channels: Int, classes: Int?, native: Int, measures: [QualityMeasureKind] = [],
        heldOut: (@Sendable (Int) throws -> any Dataset)? = nil, load: @escaping @Sendable (UInt64, Int) throws -> any Dataset
    ) -> DatasetEntry {
        DatasetEntry(name, description, measures: measures, nativeResolution: native, shape: { options in
            if let asked = options.channels, asked != channels {
                throw ConfigurationError(key: "data.channels", problem: "\(name) has \(channels) channel\(channels == 1 ? "" : "s"), not \(asked); remove the key")
            }
            let resolution = options.resolution ?? native
            return DatasetShape(sampleShape: [channels, resolution, resolution], classCount: classes)
        }, load: { options, seed in try load(seed, options.resolution ?? native) }, heldOut: heldOut.map { draw in
            { @Sendable (options: DataOptions) throws -> any Dataset in try draw(options.resolution ?? native) }
        })
    }

    /// Built-in translation data: inputs of `channels` and targets of
    /// `targetChannels` drawn at the resolution asked (`native` unless
    /// `data.resolution` says otherwise, one of `resolutions`), a training
    /// split from the run's seed and a fixed held-out split.
    static func translation(
        _ name: String, _ description: String, channels: Int, targetChannels: Int, targets: DatasetShape.Targets, classes: Int?,
        native: Int, resolutions: [Int], measures: [QualityMeasureKind] = [],
        load: @escaping @Sendable (UInt64, Int) throws -> any Dataset, heldOut: @escaping @Sendable (Int) throws -> any Dataset
    ) -> DatasetEntry {
        @Sendable func resolution(_ options: DataOptions) throws -> Int {
            if let asked = options.channels {
                throw ConfigurationError(key: "data.channels", problem: "\(name) has \(channels) input and \(targetChannels) target channels, set by the data; remove the key (asked \(asked))")
            }
            let resolution = options.resolution ?? native
            guard resolutions.contains(resolution) else {
                throw ConfigurationError(key: "data.resolution", problem: "\(name) is drawn at \(resolutions.map(String.init).joined(separator: " or ")) pixels, not \(resolution)")
            }
            return resolution
        }
        return DatasetEntry(name, description, measures: measures, nativeResolution: native, shape: { options in
            let side = try resolution(options)
            return DatasetShape(sampleShape: [channels, side, side], classCount: classes, targetShape: [targetChannels, side, side], targets: targets)
        }, load: { options, seed in try load(seed, resolution(options)) }, heldOut: { options in try heldOut(resolution(options)) })
    }
}
