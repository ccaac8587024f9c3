import Foundation
import SwiftGANMetrics

/// The feature network of a perceptual loss, by name: `standin` (the
/// committed photo texture network, `PhotoTextureRecipe`) or `vgg19`
/// (torchvision's weights converted by `scripts/convert_vgg19_weights.py`,
/// read from `weightsPath`).
enum PerceptualNetworkChoice {
    static let names = ["standin", "vgg19"]

    static func network(_ name: String, weightsPath: String?, section: String) throws -> any LayeredFeatureNetwork {
        switch name {
        case "standin":
            return try PhotoTextureNetwork.pretrained()
        case "vgg19":
            guard let weightsPath, !weightsPath.isEmpty else {
                throw ConfigurationError(key: "\(section).vgg19_weights", problem: "feature_network vgg19 reads torchvision's weights converted by scripts/convert_vgg19_weights.py; give the .safetensors path")
            }
            do { return try VGG19Features.converted(at: URL(fileURLWithPath: weightsPath)) } catch {
                throw ConfigurationError(key: "\(section).vgg19_weights", problem: "\(error)")
            }
        default:
            throw ConfigurationError.unknown("\(section).feature_network", name, allowed: names)
        }
    }

    /// The layers of `layers` (comma-separated), each of weight 1, checked against the network's names.
    static func layers(_ layers: String, network: String, section: String) throws -> [String: Float] {
        let names = layers.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let known = network == "vgg19" ? VGG19Features.layerNames : PhotoTextureNetwork.layerNames
        guard !names.isEmpty else { throw ConfigurationError(key: "\(section).perceptual_layers", problem: "names no layer") }
        for name in names where !known.contains(name) {
            throw ConfigurationError(key: "\(section).perceptual_layers", problem: "\(network) has no layer \(name); its layers are \(known.joined(separator: ", "))")
        }
        return Dictionary(uniqueKeysWithValues: names.map { ($0, 1) })
    }
}
