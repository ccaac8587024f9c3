import Foundation

/// SSIM's Gaussian window over one channel: local means, variances and
/// covariance by a separable filter, evaluated where the window fits.
struct SSIMWindow {
    static let radius = 5
    static let size = 2 * radius + 1
    static let sigma = 1.5

    let height: Int
    let width: Int
    let c1: Double
    let c2: Double
    let weights: [Double]

    init(height: Int, width: Int, dataRange: Double) {
        (self.height, self.width) = (height, width)
        (c1, c2) = ((0.01 * dataRange) * (0.01 * dataRange), (0.03 * dataRange) * (0.03 * dataRange))
        let raw = (-Self.radius...Self.radius).map { exp(-Double($0 * $0) / (2 * Self.sigma * Self.sigma)) }
        let total = raw.reduce(0, +)
        weights = raw.map { $0 / total }
    }

    /// The mean SSIM of one channel `x` against `y` (each `height * width`, row-major).
    func meanSimilarity(_ x: ArraySlice<Double>, _ y: ArraySlice<Double>) -> Double {
        let (x, y) = (Array(x), Array(y))
        let meanX = filtered(x), meanY = filtered(y)
        let squaresX = filtered(x.map { $0 * $0 }), squaresY = filtered(y.map { $0 * $0 })
        let products = filtered(zip(x, y).map { $0 * $1 })
        var total = 0.0
        for i in meanX.indices {
            let (mx, my) = (meanX[i], meanY[i])
            let varianceX = squaresX[i] - mx * mx, varianceY = squaresY[i] - my * my, covariance = products[i] - mx * my
            total += (2 * mx * my + c1) * (2 * covariance + c2) / ((mx * mx + my * my + c1) * (varianceX + varianceY + c2))
        }
        return total / Double(meanX.count)
    }

    /// The Gaussian-weighted local means at every position where the window fits.
    private func filtered(_ values: [Double]) -> [Double] {
        let (outHeight, outWidth) = (height - Self.size + 1, width - Self.size + 1)
        var rows = [Double](repeating: 0, count: height * outWidth)
        for r in 0..<height {
            for c in 0..<outWidth {
                rows[r * outWidth + c] = (0..<Self.size).reduce(0) { $0 + weights[$1] * values[r * width + c + $1] }
            }
        }
        var result = [Double](repeating: 0, count: outHeight * outWidth)
        for r in 0..<outHeight {
            for c in 0..<outWidth {
                result[r * outWidth + c] = (0..<Self.size).reduce(0) { $0 + weights[$1] * rows[(r + $1) * outWidth + c] }
            }
        }
        return result
    }
}
