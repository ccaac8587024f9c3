/// Median-cut colour quantization: the distinct colours of a frame are split
/// into at most `maximumColors` boxes, each time cutting the box with the
/// widest channel range at its pixel-weighted median; each box becomes the
/// mean of its pixels. A frame of at most `maximumColors` colours is kept
/// exactly.
struct MedianCutQuantizer {
    /// Palette entries, `[r, g, b]` each.
    let palette: [[UInt8]]
    /// The palette index of each pixel.
    let indices: [UInt8]

    /// Quantizes `pixels`, packed as `r << 16 | g << 8 | b`.
    init(pixels: [UInt32], maximumColors: Int = 256) {
        var counts: [UInt32: Int] = [:]
        for pixel in pixels { counts[pixel, default: 0] += 1 }
        var colors = counts.keys.sorted()
        var boxes = [Self.widest(colors, 0..<colors.count)]
        while boxes.count < maximumColors {
            guard let b = boxes.indices.max(by: { boxes[$0].extent < boxes[$1].extent }), boxes[b].extent > 0 else { break }
            let box = boxes[b].range, shift = boxes[b].shift
            colors[box].sort { $0 >> shift & 0xFF < $1 >> shift & 0xFF }
            let cut = Self.medianCut(colors[box], shift: shift, counts: counts)
            boxes[b] = Self.widest(colors, box.lowerBound..<cut)
            boxes.append(Self.widest(colors, cut..<box.upperBound))
        }
        var lookup: [UInt32: UInt8] = [:]
        var palette: [[UInt8]] = []
        for box in boxes where !box.range.isEmpty {
            var sums = [0, 0, 0], total = 0
            for color in colors[box.range] {
                let n = counts[color]!
                for c in 0..<3 { sums[c] += Int(color >> UInt32(16 - 8 * c) & 0xFF) * n }
                total += n
                lookup[color] = UInt8(palette.count)
            }
            palette.append(sums.map { UInt8(($0 + total / 2) / total) })
        }
        self.palette = palette.isEmpty ? [[0, 0, 0]] : palette
        self.indices = pixels.map { lookup[$0] ?? 0 }
    }

    /// The box `range` of `colors` with its widest channel (as a bit shift) and that channel's extent.
    private static func widest(_ colors: [UInt32], _ range: Range<Int>) -> (range: Range<Int>, shift: UInt32, extent: UInt32) {
        var low: [UInt32] = [255, 255, 255], high: [UInt32] = [0, 0, 0]
        for color in colors[range] {
            for c in 0..<3 {
                let value = color >> UInt32(16 - 8 * c) & 0xFF
                low[c] = min(low[c], value)
                high[c] = max(high[c], value)
            }
        }
        let channel = (0..<3).max { high[$0] &- low[$0] < high[$1] &- low[$1] }!
        return (range, UInt32(16 - 8 * channel), range.isEmpty ? 0 : high[channel] - low[channel])
    }

    /// The index in `sorted` (sorted by the channel at `shift`) nearest the
    /// pixel-weighted median where that channel's value changes.
    private static func medianCut(_ sorted: ArraySlice<UInt32>, shift: UInt32, counts: [UInt32: Int]) -> Int {
        let half = sorted.reduce(0) { $0 + counts[$1]! } / 2
        var seen = 0
        var best = sorted.startIndex + 1, bestDistance = Int.max
        for i in sorted.indices.dropFirst() {
            seen += counts[sorted[i - 1]]!
            guard sorted[i - 1] >> shift & 0xFF != sorted[i] >> shift & 0xFF else { continue }
            if abs(seen - half) < bestDistance { (best, bestDistance) = (i, abs(seen - half)) }
        }
        return best
    }
}
