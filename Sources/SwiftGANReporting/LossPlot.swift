import SwiftGANData
import Foundation

/// A line chart of training curves, drawn into an RGB image without a
/// graphics library: one colored line per series over steps, the value range
/// on the left, the step range below, and a legend.
public struct LossPlot: Sendable {
    public var width: Int
    public var height: Int
    /// Series points are averaged in this many buckets along the step axis (smoothing noisy losses).
    public var buckets: Int
    /// What the horizontal axis counts, written under its middle; nil: nothing.
    public var axisName: String?

    public init(width: Int = 720, height: Int = 400, buckets: Int = 200, axisName: String? = nil) {
        precondition(width >= 200 && height >= 120 && buckets > 0, "LossPlot: at least 200x120 pixels and one bucket, got \(width)x\(height), \(buckets)")
        (self.width, self.height, self.buckets, self.axisName) = (width, height, buckets, axisName)
    }

    private static let palette: [(Float, Float, Float)] = [
        (0.12, 0.47, 0.71), (1.0, 0.5, 0.05), (0.17, 0.63, 0.17), (0.84, 0.15, 0.16),
        (0.58, 0.40, 0.74), (0.55, 0.34, 0.29), (0.89, 0.47, 0.76), (0.5, 0.5, 0.5),
    ]

    /// The chart of `series` (name to `(step, value)` points; non-finite values are skipped).
    public func image(_ series: [String: [(step: Int, value: Float)]]) -> Image {
        var canvas = Canvas(width: width, height: height)
        let names = series.keys.sorted()
        let points = names.map { name in series[name]!.filter { $0.value.isFinite } }
        let all = points.flatMap { $0 }
        let (left, right, top, bottom) = (44, width - 12, 12 + 8 * ((names.count + 3) / 4), height - 20)
        canvas.rectangle(x: left, y: top, width: right - left, height: bottom - top, color: (0.6, 0.6, 0.6))
        guard let minStep = all.map(\.step).min(), let maxStep = all.map(\.step).max(),
              let low = all.map(\.value).min(), let high = all.map(\.value).max() else { return canvas.image }
        // In Double: the span of finite float values can overflow a Float.
        let span = max(Double(high) - Double(low), 1e-6), stepSpan = max(maxStep - minStep, 1)
        func x(_ step: Double) -> Int { left + Int((step - Double(minStep)) / Double(stepSpan) * Double(right - left)) }
        func y(_ value: Float) -> Int { bottom - Int((Double(value) - Double(low)) / span * Double(bottom - top)) }
        for (index, line) in points.enumerated() {
            let color = Self.palette[index % Self.palette.count]
            let smoothed = smooth(line, minStep: minStep, stepSpan: stepSpan)
            for (a, b) in zip(smoothed, smoothed.dropFirst()) { canvas.line(from: (x(a.step), y(a.value)), to: (x(b.step), y(b.value)), color: color) }
            let legendX = 12 + (index % 4) * ((width - 24) / 4), legendY = 4 + 8 * (index / 4)
            canvas.rectangle(x: legendX, y: legendY, width: 6, height: 5, color: color, filled: true)
            canvas.text(names[index], x: legendX + 9, y: legendY, color: (0.1, 0.1, 0.1))
        }
        let labels = [(Self.format(Double(high)), top), (Self.format(Double(low)), bottom - PixelFont.height)]
        for (label, row) in labels { canvas.text(label, x: max(0, left - 3 - PixelFont.textWidth(label)), y: row, color: (0.1, 0.1, 0.1)) }
        canvas.text(String(minStep), x: left, y: bottom + 5, color: (0.1, 0.1, 0.1))
        canvas.text(String(maxStep), x: right - PixelFont.textWidth(String(maxStep)), y: bottom + 5, color: (0.1, 0.1, 0.1))
        if let axisName { canvas.text(axisName, x: (left + right - PixelFont.textWidth(axisName)) / 2, y: bottom + 5, color: (0.1, 0.1, 0.1)) }
        return canvas.image
    }

    /// Bucket means, so thousands of noisy points draw as a readable curve.
    private func smooth(_ line: [(step: Int, value: Float)], minStep: Int, stepSpan: Int) -> [(step: Double, value: Float)] {
        var sums = [Double](repeating: 0, count: buckets), steps = [Double](repeating: 0, count: buckets), counts = [Int](repeating: 0, count: buckets)
        for point in line {
            let bucket = min(buckets - 1, (point.step - minStep) * buckets / stepSpan)
            sums[bucket] += Double(point.value)
            steps[bucket] += Double(point.step)
            counts[bucket] += 1
        }
        return (0..<buckets).filter { counts[$0] > 0 }.map { (steps[$0] / Double(counts[$0]), Float(sums[$0] / Double(counts[$0]))) }
    }

    /// An axis label: `decimals` places below 100, two fewer from 100, and
    /// scientific notation with one fewer beyond 10,000 or under 0.01.
    static func format(_ value: Double, decimals: Int = 2) -> String {
        let magnitude = abs(value)
        if magnitude != 0 && (magnitude >= 10_000 || magnitude < 0.01) { return String(format: "%.\(decimals - 1)e", value) }
        return String(format: "%.\(magnitude >= 100 ? decimals - 2 : decimals)f", value)
    }
}
