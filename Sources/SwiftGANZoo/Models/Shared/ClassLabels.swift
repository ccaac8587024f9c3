import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels

/// Class labels as network inputs and targets: one-hot codes, label planes,
/// cross-entropy, accuracy, and the check that a batch carries usable labels.
public enum ClassLabels {
    /// `[N, classes]` rows with a 1 at each label.
    public static func oneHot(_ labels: [Int], classes: Int) -> NDArray {
        var values = [Float](repeating: 0, count: labels.count * classes)
        for (row, label) in labels.enumerated() {
            precondition(label >= 0 && label < classes, "ClassLabels: label \(label) is outside 0..<\(classes); give labels in that range or raise classCount")
            values[row * classes + label] = 1
        }
        return NDArray(values, shape: [labels.count, classes])
    }

    /// `x` with its labels appended along axis 1: the one-hot code for vectors
    /// `[N, D]`, one constant plane per class for images `[N, C, H, W]`.
    public static func append(_ labels: [Int], classes: Int, to x: Tensor) -> Tensor {
        precondition(labels.count == x.shape[0], "ClassLabels: \(labels.count) labels for \(x.shape[0]) samples")
        return append(code: oneHot(labels, classes: classes), to: x)
    }

    /// `x` with the rows of `code` `[N, L]` appended along axis 1: as they are
    /// for vectors `[N, D]`, one constant plane per column for images `[N, C, H, W]`.
    public static func append(code: NDArray, to x: Tensor) -> Tensor {
        precondition(code.rank == 2 && code.shape[0] == x.shape[0], "ClassLabels: a code \(code.shape) for \(x.shape[0]) samples")
        switch x.rank {
        case 2:
            return Tensor.concat([x, Tensor(code)], axis: 1)
        case 4:
            let planes = code.reshaped([code.shape[0], code.shape[1], 1, 1]) * NDArray(repeating: 1, shape: [1, 1, x.shape[2], x.shape[3]])
            return Tensor.concat([x, Tensor(planes)], axis: 1)
        default:
            preconditionFailure("ClassLabels: inputs must be vectors [N, D] or images [N, C, H, W] to take labels, got \(x.shape)")
        }
    }

    /// Mean cross-entropy of `logits [N, classes]` against `labels`.
    public static func crossEntropy(logits: Tensor, labels: [Int]) -> Tensor {
        let target = Tensor(oneHot(labels, classes: logits.shape[1]))
        return -(logits.logSoftmax(axis: 1) * target).sum(axes: [1]).mean()
    }

    /// The cross-entropy and accuracy on the labeled rows of a partly labeled
    /// batch (-1: unlabeled), `logits` giving the class logits of the rows asked
    /// for; nil when no row is labeled.
    static func supervisedTerm(_ labels: [Int], logits: (_ rows: [Int]) -> Tensor) -> (loss: Tensor, accuracy: Float)? {
        let rows = labels.indices.filter { labels[$0] >= 0 }
        guard !rows.isEmpty else { return nil }
        let (selected, targets) = (logits(rows), rows.map { labels[$0] })
        return (crossEntropy(logits: selected, labels: targets), accuracy(logits: selected, labels: targets))
    }

    /// The fraction of rows of `logits [N, classes]` whose largest entry is at the label.
    public static func accuracy(logits: Tensor, labels: [Int]) -> Float {
        let predicted = predictions(logits)
        let hits = zip(predicted, labels).filter { $0 == $1 }.count
        return labels.isEmpty ? 0 : Float(hits) / Float(labels.count)
    }

    /// The index of the largest entry of each row of `logits [N, classes]`.
    public static func predictions(_ logits: Tensor) -> [Int] {
        logits.value.argmax(axis: 1).elements.map { Int($0) }
    }

    /// The labels a latent of `count` samples carries, stopping with a message when it has none.
    static func of(_ latent: Latent, count: Int, model: String) -> [Int] {
        guard let labels = latent.labels, labels.count == count else {
            preconditionFailure("\(model): the latent of the \(count) fake samples has no labels; make it with sampleLatent")
        }
        return labels
    }

    /// Uniform labels in `0..<classes`.
    public static func sample(count: Int, classes: Int, random: inout RandomGenerator) -> [Int] {
        (0..<count).map { _ in Int(random.next() % UInt64(classes)) }
    }

    /// Why `batch` cannot train `model` (no labels, or labels outside
    /// `0..<classes`; -1 allowed when `allowUnlabeled`), or nil when it can.
    public static func problem(with batch: Batch, classes: Int, model: String, allowUnlabeled: Bool = false) -> String? {
        guard let labels = batch.labels else {
            return "\(model) needs labeled batches but the batch has no labels; give the dataset labels (ArrayDataset(images:labels:))"
        }
        guard labels.count == batch.images.shape[0] else {
            return "\(model): the batch has \(labels.count) labels for \(batch.images.shape[0]) samples"
        }
        let lowest = allowUnlabeled ? -1 : 0
        if let bad = labels.first(where: { $0 < lowest || $0 >= classes }) {
            let range = allowUnlabeled ? "0..<\(classes) (or -1 for unlabeled)" : "0..<\(classes)"
            return "\(model): label \(bad) is outside \(range); fix the labels or the model's classCount"
        }
        return nil
    }

    /// The labels of `batch`, stopping with `problem(with:...)`'s message when unusable.
    static func require(_ batch: Batch, classes: Int, model: String, allowUnlabeled: Bool = false) -> [Int] {
        if let problem = problem(with: batch, classes: classes, model: model, allowUnlabeled: allowUnlabeled) {
            preconditionFailure(problem)
        }
        return batch.labels!
    }
}
