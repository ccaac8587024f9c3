import Foundation
import SwiftGANData

/// Labeled points of two measures on one chart, with curves drawn through
/// ordered points: the perception-distortion plane of restorers (PSNR across,
/// a perceptual distance up), with a network interpolation as a curve.
public struct TradeoffPlot: Sendable {
    /// A point of the chart: its label and its two measures.
    public struct Point: Sendable {
        public var label: String
        public var x: Double
        public var y: Double

        public init(label: String, x: Double, y: Double) { (self.label, self.x, self.y) = (label, x, y) }
    }

    public var width: Int
    public var height: Int
    /// The names of the horizontal and vertical measures, written along the axes.
    public var xName: String, yName: String

    public init(width: Int = 720, height: Int = 480, xName: String, yName: String) {
        precondition(width >= 200 && height >= 120, "TradeoffPlot: at least 200x120 pixels, got \(width)x\(height)")
        (self.width, self.height, self.xName, self.yName) = (width, height, xName, yName)
    }

    /// The chart of `points` (dots with their labels) and `curves` (lines through their points in order, named at their first).
    public func image(points: [Point], curves: [(name: String, points: [Point])] = []) -> Image {
        var canvas = Canvas(width: width, height: height)
        let (left, right, top, bottom) = (56, width - 16, 16, height - 28)
        canvas.rectangle(x: left, y: top, width: right - left, height: bottom - top, color: (0.6, 0.6, 0.6))
        let all = (points + curves.flatMap(\.points)).filter { $0.x.isFinite && $0.y.isFinite }
        guard let lowX = all.map(\.x).min(), let highX = all.map(\.x).max(), let lowY = all.map(\.y).min(), let highY = all.map(\.y).max() else {
            return canvas.image
        }
        // A margin of a tenth of each span keeps the outermost points and their labels inside the frame.
        let (marginX, marginY) = (max(highX - lowX, 1e-9) / 10, max(highY - lowY, 1e-9) / 10)
        let (x0, x1, y0, y1) = (lowX - marginX, highX + marginX, lowY - marginY, highY + marginY)
        func position(_ p: Point) -> (Int, Int) {
            (left + Int((p.x - x0) / (x1 - x0) * Double(right - left)), bottom - Int((p.y - y0) / (y1 - y0) * Double(bottom - top)))
        }
        let ink: (Float, Float, Float) = (0.1, 0.1, 0.1)
        for (index, curve) in curves.enumerated() {
            let color = Self.curveColors[index % Self.curveColors.count]
            let finite = curve.points.filter { $0.x.isFinite && $0.y.isFinite }
            for (a, b) in zip(finite, finite.dropFirst()) { canvas.line(from: position(a), to: position(b), color: color) }
            for point in finite { dot(&canvas, at: position(point), color: color, label: point.label) }
            if let first = finite.first {
                let (x, y) = position(first)
                canvas.text(curve.name, x: x + 4, y: y - 2 * PixelFont.height, color: color)
            }
        }
        for point in points where point.x.isFinite && point.y.isFinite { dot(&canvas, at: position(point), color: (0.12, 0.47, 0.71), label: point.label) }
        for (value, column) in [(x0, left), (x1, right)] {
            let text = LossPlot.format(value, decimals: 3)
            canvas.text(text, x: min(max(column - PixelFont.textWidth(text) / 2, 0), width - PixelFont.textWidth(text)), y: bottom + 5, color: ink)
        }
        for (value, row) in [(y1, top), (y0, bottom - PixelFont.height)] {
            let text = LossPlot.format(value, decimals: 3)
            canvas.text(text, x: max(0, left - 3 - PixelFont.textWidth(text)), y: row, color: ink)
        }
        canvas.text(xName, x: (left + right - PixelFont.textWidth(xName)) / 2, y: bottom + 5 + PixelFont.height + 3, color: ink)
        canvas.text(yName, x: left + 4, y: top + 4, color: ink)
        return canvas.image
    }

    private static let curveColors: [(Float, Float, Float)] = [(0.84, 0.15, 0.16), (0.17, 0.63, 0.17), (0.58, 0.40, 0.74), (1.0, 0.5, 0.05)]

    private func dot(_ canvas: inout Canvas, at center: (Int, Int), color: (Float, Float, Float), label: String) {
        canvas.rectangle(x: center.0 - 2, y: center.1 - 2, width: 4, height: 4, color: color, filled: true)
        canvas.text(label, x: center.0 + 5, y: center.1 - PixelFont.height / 2, color: (0.1, 0.1, 0.1))
    }
}
