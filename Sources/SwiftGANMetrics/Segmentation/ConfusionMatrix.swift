/// Counts of (true class, predicted class) over labeled pixels or samples,
/// accumulated batch by batch: what segmentation scores are read from.
public struct ConfusionMatrix: Sendable, Equatable {
    /// The number of classes, `0..<classes`.
    public let classes: Int
    /// `counts[truth * classes + predicted]`.
    public private(set) var counts: [Int]

    public init(classes: Int) {
        precondition(classes > 0, "ConfusionMatrix: classes \(classes) must be positive")
        self.classes = classes
        counts = [Int](repeating: 0, count: classes * classes)
    }

    /// Adds one count per position of `predicted` and `truth` (equal lengths, classes in `0..<classes`).
    public mutating func add(predicted: [Int], truth: [Int]) {
        precondition(predicted.count == truth.count, "ConfusionMatrix: \(predicted.count) predictions for \(truth.count) labels")
        for (p, t) in zip(predicted, truth) {
            precondition((0..<classes).contains(p) && (0..<classes).contains(t), "ConfusionMatrix: class \(t) predicted as \(p), not in 0..<\(classes)")
            counts[t * classes + p] += 1
        }
    }

    /// The count of class `truth` predicted as `predicted`.
    public subscript(truth: Int, predicted: Int) -> Int { counts[truth * classes + predicted] }

    /// Everything counted.
    public var total: Int { counts.reduce(0, +) }
}
