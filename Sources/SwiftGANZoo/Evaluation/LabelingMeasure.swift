import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels

/// How well S3GAN's classifier head labels the real images whose labels it
/// was not given (`labeling_accuracy`): the head's predictions on up to
/// `limit` of them, read in batches of the run's batch size (the head
/// standardizes its features over the batch, as in training), against their
/// true labels.
enum LabelingMeasure {
    static func measure(_ configuration: TrainingConfiguration, inference: Inference, limit: Int = 2_048) throws -> [String: Double] {
        guard let critic = inference.networks["discriminator"] as? BigGANDiscriminator, critic.classifier != nil else { return [:] }
        let options = configuration.options(as: S3GANOptions.self)
        let full = try DatasetRegistry.load(configuration)
        let training = try S3GANDefinition.trainingData(full, options: options, configuration: configuration)
        var hidden: [Int] = []
        for index in 0..<training.count where hidden.count < limit {
            if try training.example(at: index).label == -1 { hidden.append(index) }
        }
        let batchSize = max(2, configuration.batchSize)
        var correct = 0, counted = 0
        for start in stride(from: 0, to: hidden.count, by: batchSize) {
            let indices = Array(hidden[start..<min(hidden.count, start + batchSize)])
            guard indices.count >= 2 else { break }
            let batch = try full.normalizedBatch(indices: indices)
            let logits = inference.evaluating { critic.classLogits(critic.features(Tensor(batch.images))) }
            correct += zip(ClassLabels.predictions(logits), batch.labels ?? []).filter { $0 == $1 }.count
            counted += indices.count
        }
        return counted == 0 ? [:] : ["labeling_accuracy": Double(correct) / Double(counted)]
    }
}
