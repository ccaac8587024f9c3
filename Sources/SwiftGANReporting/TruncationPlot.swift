import SwiftGANData

/// The truncation trade-off of a style-space model as one image: above, the
/// Fréchet distances (`fid_*`) against ψ; below, precision and recall.
/// The horizontal axis is ψ · 100.
public enum TruncationPlot {
    /// The chart of `figures[i]`, the quality report at `psi[i]`.
    public static func image(psi: [Float], figures: [[String: Double]], width: Int = 720) -> Image {
        precondition(psi.count == figures.count, "TruncationPlot: \(psi.count) values of psi for \(figures.count) reports")
        let steps = psi.map { Int(($0 * 100).rounded()) }
        func series(_ keep: (String) -> Bool) -> [String: [(step: Int, value: Float)]] {
            let names = Set(figures.flatMap(\.keys)).filter(keep)
            return Dictionary(uniqueKeysWithValues: names.map { name in
                (name, zip(steps, figures).compactMap { step, report in report[name].map { (step, Float($0)) } })
            })
        }
        let plot = LossPlot(width: width, height: 240, buckets: 1_000, axisName: "psi x 100")
        let distances = plot.image(series { $0.hasPrefix("fid_") })
        let shares = plot.image(series { ["precision", "recall"].contains($0) })
        return Image(width: width, height: distances.height + shares.height, channels: 3, samples: distances.samples + shares.samples)
    }
}
