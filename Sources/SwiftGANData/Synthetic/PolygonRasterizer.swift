/// Coverage rendering of a convex polygon by supersampling: each pixel is split
/// into `supersampling x supersampling` subpixels, a subpixel is inside when its
/// center is, and the pixel value is the inside fraction. This equals rendering
/// a binary image `supersampling` times larger and average-pooling it, computed
/// one subpixel row at a time from the polygon's span on that row.
enum PolygonRasterizer {
    /// `size x size` coverage values, row-major, for a convex polygon with
    /// vertices `(x, y) = (column, row)` in pixel units.
    static func coverage(_ vertices: [SIMD2<Double>], size: Int, supersampling: Int) -> [Float] {
        let s = supersampling
        let subSize = size * s
        var counts = [Int](repeating: 0, count: size * size)
        for subRow in 0..<subSize {
            let y = (Double(subRow) + 0.5) / Double(s)
            guard let (left, right) = span(vertices, y: y) else { continue }
            let first = max(0, Int((left * Double(s) - 0.5).rounded(.up)))
            let last = min(subSize - 1, Int((right * Double(s) - 0.5).rounded(.down)))
            guard first <= last else { continue }
            let rowOffset = (subRow / s) * size
            for column in (first / s)...(last / s) {
                counts[rowOffset + column] += min(last, column * s + s - 1) - max(first, column * s) + 1
            }
        }
        let scale = 1 / Float(s * s)
        return counts.map { Float($0) * scale }
    }

    /// The x-extent of the polygon on the horizontal line at `y`, if it meets it.
    private static func span(_ vertices: [SIMD2<Double>], y: Double) -> (Double, Double)? {
        var low = Double.infinity, high = -Double.infinity
        for (k, p) in vertices.enumerated() {
            let q = vertices[(k + 1) % vertices.count]
            guard (p.y <= y && y <= q.y) || (q.y <= y && y <= p.y) else { continue }
            let x = p.y == q.y ? min(p.x, q.x) : p.x + (y - p.y) * (q.x - p.x) / (q.y - p.y)
            let x2 = p.y == q.y ? max(p.x, q.x) : x
            low = min(low, x)
            high = max(high, x2)
        }
        return low <= high ? (low, high) : nil
    }
}
