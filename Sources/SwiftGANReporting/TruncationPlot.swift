import SwiftGANData

/// The truncation trade-off as one image: above, the Fréchet distances
/// (`fid_*`) against the truncation (a style-space model's ψ, or the noise
/// threshold of BigGAN's trick); below, precision, recall and class accuracy.
/// The horizontal axis is the truncation · 100.
public enum TruncationPlot {
    /// The chart of `figures[i]`, the quality report at `values[i]`; `axisName` labels the horizontal axis.
    public static func image(values: [Float], axisName: String = "psi x 100", figures: [[String: Double]], width: Int = 720) -> Image {
        precondition(values.count == figures.count, "TruncationPlot: \(values.count) truncations for \(figures.count) reports")
        let steps = values.map { Int(($0 * 100).rounded()) }
        func series(_ keep: (String) -> Bool) -> [String: [(step: Int, value: Float)]] {
            let names = Set(figures.flatMap(\.keys)).filter(keep)
            return Dictionary(uniqueKeysWithValues: names.map { name in
                (name, zip(steps, figures).compactMap { step, report in report[name].map { (step, Float($0)) } })
            })
        }
        let plot = LossPlot(width: width, height: 240, buckets: 1_000, axisName: axisName)
        let distances = plot.image(series { $0.hasPrefix("fid_") })
        let shares = plot.image(series { ["precision", "recall", "class_accuracy"].contains($0) })
        return Image(width: width, height: distances.height + shares.height, channels: 3, samples: distances.samples + shares.samples)
    }
}
