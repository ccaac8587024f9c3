import SwiftGANKernels
import SwiftGANNN

/// RAISR's learned filters and the least-squares statistics they are solved
/// from, all buffers, so a checkpoint resumes the fit exactly: for each
/// bucket the Gram matrix `AᵀA` and moments `Aᵀb` of the cheap upscale's
/// `size x size` patches `A` against the true pixels `b`, and the filter
/// solving `(AᵀA + ridge) f = Aᵀb`. A bucket never seen keeps the identity
/// filter (the cheap upscale itself).
public final class RAISRFilters: Module {
    public let filters: Buffer
    public let gram: Buffer
    public let moments: Buffer
    public let size: Int
    /// Added to every Gram diagonal before solving, relative to its mean diagonal.
    public let ridge: Double
    let hash: RAISRHash

    public init(factor: Int, size: Int, window: Int, ridge: Double) {
        precondition(size % 2 == 1, "RAISRFilters: the filter size \(size) must be odd")
        hash = RAISRHash(factor: factor, window: window)
        (self.size, self.ridge) = (size, ridge)
        let (buckets, taps) = (hash.buckets, size * size)
        var identity = [Float](repeating: 0, count: buckets * taps)
        for bucket in 0..<buckets { identity[bucket * taps + taps / 2] = 1 }
        filters = Buffer(NDArray(identity, shape: [buckets, taps]))
        gram = Buffer(NDArray(zeros: [buckets, taps, taps]))
        moments = Buffer(NDArray(zeros: [buckets, taps]))
    }

    /// The `size x size` patch around every pixel of `plane` (edges replicated), pixel by pixel.
    func patches(_ plane: [Float], height: Int, width: Int) -> [Float] {
        let radius = size / 2, taps = size * size
        var out = [Float](repeating: 0, count: height * width * taps)
        for y in 0..<height {
            for x in 0..<width {
                let base = (y * width + x) * taps
                for dy in 0..<size {
                    let row = min(max(y + dy - radius, 0), height - 1) * width
                    for dx in 0..<size { out[base + dy * size + dx] = plane[row + min(max(x + dx - radius, 0), width - 1)] }
                }
            }
        }
        return out
    }

    /// Adds the pairs of `cheap` (the upscaled plane) patches and `truth` pixels to the statistics.
    func accumulate(cheap: [Float], truth: [Float], height: Int, width: Int) {
        let taps = size * size
        let buckets = hash.buckets(of: cheap, height: height, width: width)
        let all = patches(cheap, height: height, width: width)
        // The statistics are added to in place: the Gram buffer holds buckets x taps² floats (33 MB for x4 with 7x7 filters).
        gram.value.withUnsafeMutableBufferPointer { gram in
            moments.value.withUnsafeMutableBufferPointer { moments in
                for pixel in 0..<height * width {
                    let (bucket, base) = (buckets[pixel], pixel * taps)
                    let gramBase = bucket * taps * taps
                    for i in 0..<taps {
                        let a = all[base + i]
                        moments[bucket * taps + i] += a * truth[pixel]
                        for j in 0..<taps { gram[gramBase + i * taps + j] += a * all[base + j] }
                    }
                }
            }
        }
    }

    /// Solves every bucket's filter from the statistics so far.
    func solve() {
        let taps = size * size
        let (gram, moments) = (self.gram.value.elements, self.moments.value.elements)
        var filters = self.filters.value.elements
        for bucket in 0..<hash.buckets {
            let g = gram[bucket * taps * taps..<(bucket + 1) * taps * taps].map(Double.init)
            let trace = (0..<taps).reduce(0.0) { $0 + g[$1 * taps + $1] }
            guard trace > 0 else { continue }
            var matrix = g
            for i in 0..<taps { matrix[i * taps + i] += ridge * trace / Double(taps) }
            let rhs = moments[bucket * taps..<(bucket + 1) * taps].map(Double.init)
            guard let solution = CholeskySolver.solve(matrix, rhs, size: taps) else { continue }
            for i in 0..<taps { filters[bucket * taps + i] = Float(solution[i]) }
        }
        self.filters.value = NDArray(filters, shape: self.filters.shape)
    }

    /// Every pixel of the upscaled `plane` replaced by its bucket's filter over its patch.
    func apply(_ plane: [Float], height: Int, width: Int) -> [Float] {
        let taps = size * size
        let buckets = hash.buckets(of: plane, height: height, width: width)
        let all = patches(plane, height: height, width: width)
        let filters = self.filters.value.elements
        return (0..<height * width).map { pixel in
            let (f, p) = (buckets[pixel] * taps, pixel * taps)
            return (0..<taps).reduce(Float(0)) { $0 + filters[f + $1] * all[p + $1] }
        }
    }
}
