import Foundation
import SwiftGANKernels

/// Mode statistics of Stacked MNIST samples (Metz et al., VEEGAN, PacGAN):
/// each of the three channels is read as a digit by the MNIST classifier,
/// so a sample falls in one of 1,000 modes (`100 * red + 10 * green + blue`).
/// Reports how many modes are covered and the KL divergence of the mode
/// histogram from the uniform distribution over the 1,000 modes.
public struct StackedMNISTModes: Equatable, Sendable {
    /// Samples per mode, 1,000 entries.
    public let histogram: [Int]

    public var modesCovered: Int { histogram.filter { $0 > 0 }.count }

    /// `KL(p || uniform)` of the mode histogram, in nats (0 when every mode is equally common).
    public var klDivergence: Double {
        let total = Double(histogram.reduce(0, +))
        return histogram.reduce(0.0) { sum, count in
            guard count > 0 else { return sum }
            let p = Double(count) / total
            return sum + p * log(p * 1_000)
        }
    }

    /// The statistics of `samples` `[N, 3, 28, 28]` in [-1, 1], read by `classifier`.
    public init(samples: NDArray, classifier: MNISTClassifier) throws {
        guard samples.rank == 4, Array(samples.shape.dropFirst()) == [3, 28, 28], samples.shape[0] > 0 else {
            throw MetricError("Stacked MNIST modes: expected samples [N, 3, 28, 28], got \(samples.shape)")
        }
        let n = samples.shape[0]
        let digits = (0..<3).map { channel in
            classifier.predict(samples.slice(axis: 1, start: channel, end: channel + 1))
        }
        var histogram = [Int](repeating: 0, count: 1_000)
        for i in 0..<n { histogram[100 * digits[0][i] + 10 * digits[1][i] + digits[2][i]] += 1 }
        self.histogram = histogram
    }
}
