import Foundation
import SwiftGANKernels

/// Reference statistics on disk, one NPZ file (pytorch-fid's layout) per
/// protocol, so a dataset's features are computed once and every FID says
/// what it compares against.
public struct ReferenceStatisticsCache: Sendable {
    /// What a set of reference statistics was computed from.
    public struct Key: Hashable, Sendable, CustomStringConvertible {
        public let dataset: String
        public let split: String
        public let featureNetwork: String
        /// How images were resized for the network (e.g. `bilinear_legacy`), or `none`.
        public let resizeMode: String

        public init(dataset: String, split: String, featureNetwork: String, resizeMode: String = "none") {
            (self.dataset, self.split, self.featureNetwork, self.resizeMode) = (dataset, split, featureNetwork, resizeMode)
        }

        /// The file name: the four parts joined by `-`, each reduced to letters, digits, `_` and `.`.
        public var fileName: String {
            [dataset, split, featureNetwork, resizeMode].map { part in
                String(part.map { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." ? $0 : "_" })
            }.joined(separator: "-") + ".npz"
        }

        public var description: String {
            "dataset \(dataset), split \(split), features \(featureNetwork), resize \(resizeMode)"
        }
    }

    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    /// Where the statistics for `key` are kept.
    public func url(for key: Key) -> URL {
        directory.appendingPathComponent(key.fileName)
    }

    /// The cached statistics for `key`, or those `compute` makes, written to the cache first.
    public func statistics(for key: Key, compute: () throws -> FeatureStatistics) throws -> FeatureStatistics {
        let file = url(for: key)
        if FileManager.default.fileExists(atPath: file.path) { return try FeatureStatistics(contentsOf: file) }
        let statistics = try compute()
        try FolderMaker.create(directory)
        try statistics.write(to: file)
        return statistics
    }
}
