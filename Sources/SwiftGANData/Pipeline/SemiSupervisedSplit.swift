import SwiftGANKernels

/// A labeled dataset split for semi-supervised training (Salimans et al.'s
/// 100-label MNIST): a seeded permutation holds out `heldOut` examples for
/// testing; of the rest, the first `labeledPerClass` of each class (in
/// permutation order) keep their label and the others become unlabeled (-1).
public struct SemiSupervisedSplit: Sendable {
    /// The examples trained on, in the base dataset's numbering.
    public let trainIndices: [Int]
    /// The examples kept out of training, for measuring accuracy.
    public let heldOutIndices: [Int]
    /// The training examples whose labels are kept.
    public let labeledIndices: Set<Int>
    public let base: any Dataset

    public init(_ base: any Dataset, labeledPerClass: Int, heldOut: Int, seed: UInt64) throws {
        guard let classes = base.classCount else { throw DataError(path: nil, problem: "a semi-supervised split needs a labeled dataset") }
        guard labeledPerClass > 0 && heldOut >= 0 && heldOut < base.count else {
            throw DataError(path: nil, problem: "a semi-supervised split needs a positive count of labels per class and 0 <= held out < \(base.count), got \(labeledPerClass) and \(heldOut)")
        }
        var generator = RandomGenerator(seed: seed)
        let order = generator.permutation(base.count)
        trainIndices = Array(order.prefix(base.count - heldOut))
        heldOutIndices = Array(order.suffix(heldOut))
        var perClass = [Int](repeating: 0, count: classes)
        var labeled = Set<Int>()
        for index in trainIndices {
            guard let label = try base.example(at: index).label, label >= 0, label < classes else { continue }
            if perClass[label] < labeledPerClass {
                perClass[label] += 1
                labeled.insert(index)
            }
        }
        guard perClass.allSatisfy({ $0 == labeledPerClass }) else {
            throw DataError(path: nil, problem: "the training split has fewer than \(labeledPerClass) examples of some class (\(perClass))")
        }
        labeledIndices = labeled
        self.base = base
    }

    /// The training examples, unlabeled (-1) except the labeled few.
    public var training: any Dataset {
        MaskedLabelSubset(base: base, indices: trainIndices, labeled: labeledIndices)
    }
}

/// Examples `indices` of `base`, with every label outside `labeled` replaced by -1 (unlabeled).
struct MaskedLabelSubset: Dataset {
    let base: any Dataset
    let indices: [Int]
    let labeled: Set<Int>

    var count: Int { indices.count }
    var classCount: Int? { base.classCount }

    func example(at index: Int) throws -> Example {
        var example = try base.example(at: indices[index])
        if !labeled.contains(indices[index]) { example.label = -1 }
        return example
    }
}
