import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANMetrics

/// How well TL-GAN's directions (fitted on `fitCount` samples) edit `shapes` samples: `pairs` seeds moved
/// by `amount` standard deviations of z along each attribute's direction;
/// `edit_<attribute>_raised` is the share whose expected level under the
/// classifier rose, `edit_<attribute>_shape_kept` the share whose shape did not change.
/// `edit_random_shape_kept` is the same share for a move of the same length
/// along one seeded random direction: how far the generator's shapes hold
/// under any move of that size, the baseline the attribute directions are read against.
enum LatentEditMeasure {
    static func measure(inference: Inference, pairs: Int = 1_000, amount: Double = 2, seed: UInt64, fitCount: Int = 4_000) throws -> [String: Double] {
        let classifier = try ShapesClassifier.pretrained()
        let directions = LatentDirections.fit(inference: inference, classifier: classifier, count: fitCount, seed: seed &+ 1)
        var random = RandomGenerator(seed: seed)
        guard case .latent(let latent) = inference.model.previewRequest(count: pairs, random: &random) else { return [:] }
        let before = inference.generate(latent)
        let shapesBefore = classifier.predict(before).map { $0[.shape] }
        let readingsBefore = LatentDirections.readings(of: before, classifier: classifier)
        /// The share of the seeds whose shape `after` (their images once moved) keeps.
        func shapeKept(_ after: NDArray) -> Double {
            Double(zip(shapesBefore, classifier.predict(after).map { $0[.shape] }).filter { $0 == $1 }.count) / Double(pairs)
        }
        var report: [String: Double] = [:]
        for attribute in LatentDirections.attributes {
            let moved = LatentDirections.moving(latent, along: directions.direction(attribute), by: amount)
            let after = inference.generate(moved)
            let readingsAfter = LatentDirections.readings(of: after, classifier: classifier)
            let raised = zip(readingsBefore[attribute.rawValue]!, readingsAfter[attribute.rawValue]!).filter { $1 > $0 }.count
            report["edit_\(attribute.rawValue)_raised"] = Double(raised) / Double(pairs)
            report["edit_\(attribute.rawValue)_shape_kept"] = shapeKept(after)
        }
        var directionRandom = RandomGenerator(seed: seed &+ 2)
        let randomDirection = LatentDirections.randomDirection(dimension: directions.latentDimension, random: &directionRandom)
        report["edit_random_shape_kept"] = shapeKept(inference.generate(LatentDirections.moving(latent, along: randomDirection, by: amount)))
        return report
    }
}
