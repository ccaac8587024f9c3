/// The weights of one resampling axis, computed as PIL's `precompute_coeffs`:
/// output sample `i` is centred at `(i + 0.5) * scale` in the input, reads
/// the inputs within `support * max(scale, 1)` of it, and its weights are
/// normalized to sum to 1.
struct ResizeWeights {
    /// The first input index each output reads.
    let starts: [Int]
    /// The weights each output gives its inputs from `starts[i]` on.
    let weights: [[Double]]

    init(from inputSize: Int, to outputSize: Int, filter: ResizeFilter) {
        let scale = Double(inputSize) / Double(outputSize)
        let filterScale = max(scale, 1)
        let support = filter.support * filterScale
        var starts: [Int] = [], weights: [[Double]] = []
        for i in 0..<outputSize {
            let center = (Double(i) + 0.5) * scale
            let low = max(Int(center - support + 0.5), 0)
            let high = min(Int(center + support + 0.5), inputSize)
            var row = (low..<high).map { filter.weight((Double($0) - center + 0.5) / filterScale) }
            let total = row.reduce(0, +)
            if total != 0 { row = row.map { $0 / total } }
            starts.append(low)
            weights.append(row)
        }
        (self.starts, self.weights) = (starts, weights)
    }
}
