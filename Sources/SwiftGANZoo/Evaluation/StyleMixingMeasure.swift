import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANMetrics
import SwiftGANNN

/// Whether a W-space model's styles split as they should on `shapes`: pairs
/// of images A and B are mixed, the layers before a cutoff taking A's styles
/// and the rest B's, and the shapes classifier reads the images. The figures
/// are the share of mixes with A's shape (`mixing_shape_from_coarse`) and the
/// share with B's hue (`mixing_hue_from_fine`) at the default cutoff, and the
/// same two shares at every cutoff between the first and the last layer
/// (`mixing_shape_from_coarse_c3`, `mixing_hue_from_fine_c3` for the mixes
/// whose fine styles start at layer 3), which show where a model keeps its shape
/// and where its colour.
enum StyleMixingMeasure {
    /// The figures for `pairs` pairs drawn from `seed`; `cutoff` replaces the
    /// model's default cutoff (`StyleBasedGAN.coarseLayers`) in the unsuffixed keys.
    static func measure(
        _ model: StyleBasedGAN, inference: Inference, pairs: Int, seed: UInt64, cutoff: Int? = nil, classifier: ShapesClassifier
    ) -> [String: Double] {
        precondition(pairs > 0, "StyleMixingMeasure: pairs must be positive, got \(pairs)")
        let layers = StyleBasedGAN.generator(in: inference.networks).styleCount
        let split = cutoff ?? model.coarseLayers(in: inference.networks)
        let cutoffs = Set(1..<layers).union([split]).sorted()
        var random = RandomGenerator(seed: seed)
        let a = model.sampleLatent(count: pairs, random: &random).z, b = model.sampleLatent(count: pairs, random: &random).z
        var sameShape = [Int: Int](), sameHue = [Int: Int]()
        for start in stride(from: 0, to: pairs, by: 250) {
            let end = min(start + 250, pairs)
            let (coarse, fine) = (a.slice(axis: 0, start: start, end: end), b.slice(axis: 0, start: start, end: end))
            let sources = inference.evaluating {
                (model.mixed(coarse: coarse, fine: coarse, cutoff: layers, networks: inference.networks).value,
                 model.mixed(coarse: fine, fine: fine, cutoff: layers, networks: inference.networks).value)
            }
            let (coarseRead, fineRead) = (classifier.predict(sources.0), classifier.predict(sources.1))
            for k in cutoffs {
                let mixes = classifier.predict(inference.evaluating { model.mixed(coarse: coarse, fine: fine, cutoff: k, networks: inference.networks).value })
                for i in 0..<(end - start) {
                    if mixes[i][.shape] == coarseRead[i][.shape] { sameShape[k, default: 0] += 1 }
                    if mixes[i][.hue] == fineRead[i][.hue] { sameHue[k, default: 0] += 1 }
                }
            }
        }
        func share(_ counts: [Int: Int], _ k: Int) -> Double { Double(counts[k] ?? 0) / Double(pairs) }
        var figures = ["mixing_shape_from_coarse": share(sameShape, split), "mixing_hue_from_fine": share(sameHue, split)]
        for k in 1..<layers {
            figures["mixing_shape_from_coarse_c\(k)"] = share(sameShape, k)
            figures["mixing_hue_from_fine_c\(k)"] = share(sameHue, k)
        }
        return figures
    }
}
