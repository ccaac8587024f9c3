import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANMetrics
import SwiftGANNN

/// How often CoGAN's pairs correspond: the digit the MNIST classifier reads
/// in domain A's image against the one its photo-digit twin reads in domain
/// B's, over pairs drawn from one latent each.
enum CoupledPairMeasure {
    static func measure(_ model: CoGAN, inference: Inference, seed: UInt64, pairs: Int = 1_000) throws -> [String: Double] {
        var random = RandomGenerator(seed: seed)
        let z = model.sampleLatent(count: pairs, random: &random).z
        let (a, b) = inference.evaluating { model.pair(z, networks: inference.networks) }
        let digitsA = try MNISTClassifier.pretrained().predict(TranslationMeasure.centered28(a.value))
        let digitsB = try MNISTClassifier.pretrainedPhotoDigits().predict(TranslationMeasure.centered28(b.value))
        let drawn = (0..<10).filter { digit in digitsA.filter { $0 == digit }.count * 50 >= pairs }.count
        return ["pair_class_agreement": Double(zip(digitsA, digitsB).filter { $0 == $1 }.count) / Double(pairs), "digits_drawn": Double(drawn)]
    }
}
