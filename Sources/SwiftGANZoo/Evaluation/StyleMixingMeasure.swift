import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANMetrics
import SwiftGANNN

/// Whether a W-space model's styles split as they should on `shapes`: pairs
/// of images A and B are mixed, the layers before `cutoff` taking A's styles
/// and the rest B's, and the shapes classifier reads the three images. The
/// figures are the share of mixes with A's shape (`mixing_shape_from_coarse`)
/// and the share with B's hue (`mixing_hue_from_fine`).
enum StyleMixingMeasure {
    static func measure(
        _ model: StyleBasedGAN, inference: Inference, pairs: Int, seed: UInt64, cutoff: Int? = nil, classifier: ShapesClassifier
    ) -> [String: Double] {
        precondition(pairs > 0, "StyleMixingMeasure: pairs must be positive, got \(pairs)")
        let split = cutoff ?? model.coarseLayers(in: inference.networks)
        var random = RandomGenerator(seed: seed)
        let a = model.sampleLatent(count: pairs, random: &random).z, b = model.sampleLatent(count: pairs, random: &random).z
        var sameShape = 0, sameHue = 0
        for start in stride(from: 0, to: pairs, by: 250) {
            let end = min(start + 250, pairs)
            let (coarse, fine) = (a.slice(axis: 0, start: start, end: end), b.slice(axis: 0, start: start, end: end))
            let images = inference.evaluating {
                [(coarse, coarse), (fine, fine), (coarse, fine)].map { pair in
                    model.mixed(coarse: pair.0, fine: pair.1, cutoff: split, networks: inference.networks).value
                }
            }
            let read = images.map { classifier.predict($0) }
            for i in 0..<(end - start) {
                if read[2][i][.shape] == read[0][i][.shape] { sameShape += 1 }
                if read[2][i][.hue] == read[1][i][.hue] { sameHue += 1 }
            }
        }
        return ["mixing_shape_from_coarse": Double(sameShape) / Double(pairs), "mixing_hue_from_fine": Double(sameHue) / Double(pairs)]
    }
}
