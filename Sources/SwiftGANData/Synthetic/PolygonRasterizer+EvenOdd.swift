extension PolygonRasterizer {
    /// `size x size` coverage values, row-major, of any simple polygon (convex
    /// or not) by the even-odd rule: a subpixel is inside when its center is,
    /// the pixel value is the inside fraction of its `supersampling²` subpixels.
    static func evenOddCoverage(_ vertices: [SIMD2<Double>], size: Int, supersampling: Int) -> [Float] {
        let s = supersampling
        let subSize = size * s
        var counts = [Int](repeating: 0, count: size * size)
        var crossings: [Double] = []
        for subRow in 0..<subSize {
            let y = (Double(subRow) + 0.5) / Double(s)
            crossings.removeAll(keepingCapacity: true)
            for (k, p) in vertices.enumerated() {
                let q = vertices[(k + 1) % vertices.count]
                guard (p.y <= y) != (q.y <= y) else { continue }
                crossings.append(p.x + (y - p.y) * (q.x - p.x) / (q.y - p.y))
            }
            crossings.sort()
            let rowOffset = (subRow / s) * size
            for pair in stride(from: 0, to: crossings.count - 1, by: 2) {
                let first = max(0, Int((crossings[pair] * Double(s) - 0.5).rounded(.up)))
                let last = min(subSize - 1, Int((crossings[pair + 1] * Double(s) - 0.5).rounded(.down)))
                guard first <= last else { continue }
                for column in (first / s)...(last / s) {
                    counts[rowOffset + column] += min(last, column * s + s - 1) - max(first, column * s) + 1
                }
            }
        }
        let scale = 1 / Float(s * s)
        return counts.map { Float($0) * scale }
    }
}
