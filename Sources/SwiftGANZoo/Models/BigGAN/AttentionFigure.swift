import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// SAGAN's attention figure: for each sample of a generator with a
/// self-attention block, the sample with its query pixel marked in red,
/// then the weights that pixel gives every position (brighter draws more),
/// scaled to the image's size. Images `[2N, 3, R, R]` in [-1, 1], sample then map.
public enum AttentionFigure {
    /// The figure of `count` samples from `seed`, for the query pixel at column `x`, row `y` of the image.
    public static func images(_ model: BigGAN, inference: Inference, count: Int, seed: UInt64, x: Int, y: Int) throws -> NDArray {
        var random = RandomGenerator(seed: seed)
        let latent = model.sampleLatent(count: count, random: &random)
        guard let generator = inference.networks["generator"] else { preconditionFailure("AttentionFigure: no generator network") }
        let (samples, attention) = inference.evaluating { model.generateWithAttention(latent, with: generator) }
        guard let attention else { throw ConfigurationError(key: "attention_resolution", problem: "the generator has no attention block (attention_resolution 0)") }
        let (n, channels, side) = (samples.shape[0], samples.shape[1], samples.shape[2])
        guard (0..<side).contains(x) && (0..<side).contains(y) else {
            throw ConfigurationError(key: "attention", problem: "the query pixel \(x),\(y) is outside the \(side)x\(side) image")
        }
        let positions = attention.shape[1]
        let grid = Int(Double(positions).squareRoot().rounded())
        let query = (y * grid / side) * grid + x * grid / side
        let weights = attention.value.elements, pixels = samples.value.elements
        var figure = [Float]()
        figure.reserveCapacity(2 * n * 3 * side * side)
        for sample in 0..<n {
            let plane = side * side
            var image: [Float] = []
            for c in 0..<3 {
                let start = (sample * channels + min(c, channels - 1)) * plane
                image += pixels[start..<(start + plane)]
            }
            let red: [Float] = [1, -1, -1]
            for c in 0..<3 { image[c * plane + y * side + x] = red[c] }
            figure += image
            let row = Array(weights[(sample * positions + query) * positions..<(sample * positions + query + 1) * positions])
            let largest = max(row.max() ?? 1, 1e-12)
            let map = (0..<plane).map { p -> Float in
                let cell = (p / side * grid / side) * grid + (p % side) * grid / side
                return 2 * row[cell] / largest - 1
            }
            figure += map + map + map
        }
        return NDArray(figure, shape: [2 * n, 3, side, side])
    }
}
