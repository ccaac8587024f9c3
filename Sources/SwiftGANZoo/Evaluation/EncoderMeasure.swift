import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANMetrics

/// How much of a digit an encoding model's encoder keeps, on the first
/// `count` bundled MNIST digits (all 10,000 for the figures) at the run's
/// resolution: `reconstruction_class_kept`, the share of `G(E(x))` the MNIST
/// classifier reads as x's label, and `linear_probe_accuracy`, a linear probe
/// of `E(x)` fitted on 80% of them (8,000) and scored on the other 20%
/// (2,000), a fixed seeded split. IcGAN adds
/// `edit_accuracy`, the share of edits to another label read as that label.
enum EncoderMeasure {
    /// The seed of the probe's split of the digits.
    static let splitSeed: UInt64 = 2024

    static func measure(_ model: any EncodingModel, inference: Inference, resolution: Int, seed: UInt64, count: Int = 10_000) throws -> [String: Double] {
        let mnist = try BundledData.mnistTest()
        precondition(count >= 10 && count <= mnist.count, "EncoderMeasure: count must be from 10 to \(mnist.count), got \(count)")
        let images = try QualityMeasures.mnistDigits(from: 0, count: count, resolution: resolution)
        let labels = Array(mnist.labels.prefix(count))
        let classifier = try MNISTClassifier.pretrained()
        var features: [NDArray] = [], kept = 0
        var edits = 0, editsHit = 0
        var random = RandomGenerator(seed: seed)
        for start in stride(from: 0, to: labels.count, by: 500) {
            let end = min(labels.count, start + 500)
            let batch = Tensor(images.slice(axis: 0, start: start, end: end))
            let truth = Array(labels[start..<end])
            let (encoded, rebuilt) = inference.evaluating { () -> (NDArray, NDArray) in
                let encoding = model.encode(batch, networks: inference.networks)
                return (encoding.value, model.decode(encoding, networks: inference.networks).value)
            }
            features.append(encoded)
            kept += zip(classifier.predict(QualityMeasures.digits((rebuilt, nil)).samples), truth).filter { $0 == $1 }.count
            if let icgan = model as? IcGAN {
                let targets = truth.map { ($0 + 1 + Int(random.next() % 9)) % 10 }
                let edited = inference.evaluating { icgan.decode(Tensor(encoded), labels: targets, networks: inference.networks).value }
                editsHit += zip(classifier.predict(QualityMeasures.digits((edited, nil)).samples), targets).filter { $0 == $1 }.count
                edits += targets.count
            }
        }
        let all = NDArray.concatenate(features, axis: 0)
        var splitter = RandomGenerator(seed: splitSeed)
        let order = splitter.permutation(labels.count)
        let trainCount = labels.count * 4 / 5
        let (trainRows, testRows) = (Array(order.prefix(trainCount)), Array(order.dropFirst(trainCount)))
        let probe = LinearProbe.accuracy(
            train: (all.indexSelect(axis: 0, trainRows), trainRows.map { labels[$0] }), test: (all.indexSelect(axis: 0, testRows), testRows.map { labels[$0] }),
            classes: 10)
        var report = ["reconstruction_class_kept": Double(kept) / Double(labels.count), "linear_probe_accuracy": probe]
        if edits > 0 { report["edit_accuracy"] = Double(editsHit) / Double(edits) }
        return report
    }
}
