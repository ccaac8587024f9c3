import SwiftGANNN

/// The normalization layers of the translation networks, as the pix2pix and
/// CycleGAN repository's `--norm` names them.
public enum TranslationNorm: String, CaseIterable, Sendable {
    case batch, instance, none

    /// The `--norm` value of a configuration key, or an error naming the key.
    static func named(_ name: String, key: String) throws -> TranslationNorm {
        guard let norm = TranslationNorm(rawValue: name) else { throw ConfigurationError.unknown(key, name, allowed: allCases.map(\.rawValue)) }
        return norm
    }

    /// The layer for `channels`, nil for `none`. Instance norm without affine
    /// parameters, as the repository's default.
    func layer(_ channels: Int) -> (any LayerModule)? {
        switch self {
        case .batch: return BatchNorm(channels)
        case .instance: return InstanceNorm2d(channels)
        case .none: return nil
        }
    }

    /// Whether convolutions before this norm carry a bias (a batch norm's shift makes it redundant).
    var convolutionBias: Bool { self != .batch }
}
